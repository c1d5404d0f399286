// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {CommitteeCertificates} from "../../src/CommitteeCertificates.sol";
import {IBatchInbox} from "../../src/interfaces/IBatchInbox.sol";
import {ICommitteeCertificates} from "../../src/interfaces/ICommitteeCertificates.sol";
import {BatchHeader, BatchHeaderLib} from "../../src/libraries/BatchHeaderLib.sol";
import {ScheduleLib} from "../../src/libraries/ScheduleLib.sol";
import {BatonFixture} from "./BatonFixture.sol";
import {BlsSigner} from "./BlsSigner.sol";

/// @notice A deployment whose operators hold BLS keys (operator `i`'s secret key is `BLS_KEY_BASE + i`), with helpers
///         that seal committees and build certificates the way docs/PROTOCOL.md §Committee certificates defines them.
abstract contract CommitteeFixture is BatonFixture {
    uint256 internal constant BLS_KEY_BASE = 0xB150000;
    bytes internal constant ATTESTATION_DST = "BATON-V1-ATTESTATION-BLS12381G1_XMD:SHA-256_SSWU_RO_";
    bytes internal constant POP_DST = "BATON-V1-POP-BLS12381G1_XMD:SHA-256_SSWU_RO_";

    CommitteeCertificates internal committee;
    /// @dev Operators (by id) whose key the tests registered.
    uint256 internal keyedIds;

    function setUp() public virtual override {
        super.setUp();
        committee = CommitteeCertificates(registry.committee());
    }

    function blsKey(uint256 i) internal pure returns (uint256) {
        return BLS_KEY_BASE + i;
    }

    function publicKeyOf(uint256 i) internal view returns (bytes memory) {
        return BlsSigner.publicKey(blsKey(i));
    }

    function proofOfPossession(uint256 i, address signer, bytes memory key) internal view returns (bytes memory) {
        return BlsSigner.sign(blsKey(i), committee.popMessage(signer, key), POP_DST);
    }

    /// @dev Operator `i` (id `i`) registers its key, sent by its signer.
    function registerBlsKey(uint256 i) internal {
        bytes memory key = publicKeyOf(i);
        bytes memory pop = proofOfPossession(i, signerOf(i), key);
        vm.prank(signerOf(i));
        committee.registerKey(key, pop);
        keyedIds |= uint256(1) << i;
    }

    /// @dev Bonds operators `0..n-1`, registers BLS keys for the ids in `withKeys`, activates them and seals the
    ///      committee of the current epoch.
    function setUpCommittee(uint256 n, uint256 withKeys) internal returns (ICommitteeCertificates.Committee memory) {
        for (uint256 i; i < n; ++i) {
            bond(i);
            if ((withKeys >> i) & 1 == 1) registerBlsKey(i);
        }
        rollToEpoch(registry.epochOf(registry.currentSlot()) + 2);
        return seal(registry.epochOf(registry.currentSlot()));
    }

    /// @dev The keys `sealCommittee` takes for `epoch`: one per member, ascending id, empty for one without a key.
    function sealingKeys(uint32 epoch) internal view returns (bytes[] memory keys) {
        uint256 members = registry.membersAt(epoch);
        keys = new bytes[](ScheduleLib.popCount(members));
        uint256 rank;
        for (uint256 id; members >> id != 0; ++id) {
            if ((members >> id) & 1 == 0) continue;
            if ((keyedIds >> id) & 1 == 1) keys[rank] = publicKeyOf(id);
            ++rank;
        }
    }

    function seal(uint32 epoch) internal returns (ICommitteeCertificates.Committee memory) {
        committee.sealCommittee(epoch, sealingKeys(epoch));
        return committeeOf(epoch);
    }

    /// @dev The committee data of `epoch` as {CommitteeSealed} carries it, computed independently of the contract:
    ///      the aggregate key is the public key of the sum of the members' secret keys.
    function committeeOf(uint32 epoch) internal view returns (ICommitteeCertificates.Committee memory c) {
        uint256 members = registry.membersAt(epoch);
        c.members = uint96(members);
        c.keyed = uint96(members & keyedIds);
        c.keysHash = keccak256(abi.encodePacked(keyHashes(epoch)));
        uint256 sum;
        for (uint256 id; c.keyed >> id != 0; ++id) {
            if ((c.keyed >> id) & 1 == 1) sum += blsKey(id);
        }
        c.aggregateKey = sum == 0 ? new bytes(256) : BlsSigner.publicKey(sum);
    }

    function keyHashes(uint32 epoch) internal view returns (bytes32[] memory hashes) {
        uint256 members = registry.membersAt(epoch);
        hashes = new bytes32[](ScheduleLib.popCount(members));
        uint256 rank;
        for (uint256 id; members >> id != 0; ++id) {
            if ((members >> id) & 1 == 0) continue;
            if ((keyedIds >> id) & 1 == 1) hashes[rank] = keccak256(publicKeyOf(id));
            ++rank;
        }
    }

    function attestation(uint64 batchNumber, uint64 slot, bytes32 parentHash, bytes32 headerHash)
        internal
        pure
        returns (ICommitteeCertificates.Attestation memory)
    {
        return ICommitteeCertificates.Attestation(batchNumber, slot, parentHash, headerHash);
    }

    /// @dev The certificate of `signers` (a bitmap of ids) on `a`: the sum of their signatures, which is the
    ///      signature of the sum of their secret keys.
    function certify(ICommitteeCertificates.Attestation memory a, uint256 signers)
        internal
        view
        returns (ICommitteeCertificates.Certificate memory)
    {
        uint256 sum;
        for (uint256 id; signers >> id != 0; ++id) {
            if ((signers >> id) & 1 == 1) sum += blsKey(id);
        }
        return ICommitteeCertificates.Certificate(
            uint96(signers), BlsSigner.sign(sum, committee.attestationDigest(a), ATTESTATION_DST)
        );
    }

    /// @dev The keys of the keyed members of `c` outside `signers`, ascending id.
    function absentKeys(ICommitteeCertificates.Committee memory c, uint256 signers)
        internal
        view
        returns (bytes[] memory keys)
    {
        uint256 absent = c.keyed & ~signers;
        keys = new bytes[](ScheduleLib.popCount(absent));
        uint256 next;
        for (uint256 id; absent >> id != 0; ++id) {
            if ((absent >> id) & 1 == 1) keys[next++] = publicKeyOf(id);
        }
    }

    function certified(
        ICommitteeCertificates.Committee memory c,
        ICommitteeCertificates.Attestation memory a,
        uint256 signers
    ) internal view returns (ICommitteeCertificates.Certified memory) {
        return ICommitteeCertificates.Certified(a, certify(a, signers), absentKeys(c, signers));
    }

    /// @dev `appendCertifiedBatch()` calldata for `h` sent by its sequencer (sender authentication), certified by
    ///      `signers` of committee `c`: the data commitment, then the ABI-encoded certificate.
    function certifiedCalldata(BatchHeader memory h, ICommitteeCertificates.Committee memory c, uint256 signers)
        internal
        view
        returns (bytes memory)
    {
        ICommitteeCertificates.Attestation memory a =
            attestation(h.batchNumber, h.slot, h.parentHash, BatchHeaderLib.hash(h));
        uint32 epoch = registry.epochOf(h.slot);
        bytes32[] memory hashes = (c.keyed & ~signers) == 0 ? new bytes32[](0) : keyHashes(epoch);
        bytes memory arguments = abi.encode(a, c, certify(a, signers), hashes, absentKeys(c, signers));
        bytes memory tail = abi.encodePacked(h.dataCommitment, withoutAttestation(arguments));
        return senderCalldata(IBatchInbox.appendCertifiedBatch.selector, h, tail);
    }

    /// @dev The ABI-encoded arguments of `verifyCertificate` without their first four words (the attestation).
    function withoutAttestation(bytes memory arguments) internal pure returns (bytes memory rest) {
        rest = new bytes(arguments.length - 128);
        for (uint256 i; i < rest.length; ++i) {
            rest[i] = arguments[i + 128];
        }
    }

    /// @dev Ids `from..to-1` as a bitmap.
    function ids(uint256 from, uint256 to) internal pure returns (uint256 bits) {
        for (uint256 id = from; id < to; ++id) {
            bits |= uint256(1) << id;
        }
    }
}
