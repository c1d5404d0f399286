// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ICommitteeCertificates} from "./interfaces/ICommitteeCertificates.sol";
import {ISequencerRegistry} from "./interfaces/ISequencerRegistry.sol";
import {BatonEip712} from "./libraries/BatonEip712.sol";
import {BlsLib} from "./libraries/BlsLib.sol";
import {ScheduleLib} from "./libraries/ScheduleLib.sol";

/// @title CommitteeCertificates
/// @notice BLS keys with proofs of possession, each epoch's sealed committee, certificate verification, and the
///         proof of two certificates for one position (docs/PROTOCOL.md §Committee certificates). Deployed before
///         the {SequencerRegistry}, whose constructor checks that this contract names it and accepts conflict
///         charges from it alone.
/// @dev The registry's views give signers, memberships and time; the registry only moves bonds. Only key hashes
///      and one committee hash per epoch are stored: the keys themselves travel in calldata and events, checked
///      against those hashes, because a G2 key read from storage would cost six cold slots.
contract CommitteeCertificates is ICommitteeCertificates {
    bytes internal constant ATTESTATION_DST = "BATON-V1-ATTESTATION-BLS12381G1_XMD:SHA-256_SSWU_RO_";
    bytes internal constant POP_DST = "BATON-V1-POP-BLS12381G1_XMD:SHA-256_SSWU_RO_";
    bytes32 internal constant POP_TAG = keccak256("baton.bls.pop");
    bytes32 internal constant CONFLICT_TAG = keccak256("baton.fault.certificate-conflict");
    bytes32 internal constant ATTESTATION_TYPEHASH =
        keccak256("Attestation(uint64 batchNumber,uint64 slot,bytes32 parentHash,bytes32 headerHash)");

    address public immutable override registry;
    address public immutable override inbox;
    bytes32 public immutable override paramsHash;
    uint32 internal immutable slotsPerEpoch;
    bytes32 internal immutable _cachedDomainSeparator;
    uint256 internal immutable _cachedChainId;

    struct KeyRecord {
        address signer;
        bytes32 keyHash;
    }

    mapping(uint8 id => KeyRecord) internal _keys;
    mapping(uint32 epoch => bytes32) public override committeeHash;

    /// @param registry_ The registry that will charge conflicts: the address its deployment will have (its
    ///        constructor checks that this contract names it, with the same parameters).
    constructor(address registry_, ISequencerRegistry.Params memory p) {
        address inbox_ = BatonEip712.inboxOf(registry_);
        registry = registry_;
        inbox = inbox_;
        paramsHash = keccak256(abi.encode(p));
        slotsPerEpoch = p.slotsPerEpoch;
        _cachedChainId = block.chainid;
        _cachedDomainSeparator = BatonEip712.domainSeparator(block.chainid, inbox_);
    }

    // ------------------------------------------------------------------------------------------------
    // Keys and committees
    // ------------------------------------------------------------------------------------------------

    /// @inheritdoc ICommitteeCertificates
    function registerKey(bytes calldata publicKey, bytes calldata proofOfPossession) external {
        uint8 id = ISequencerRegistry(registry).operatorIdOf(msg.sender);
        if (_keys[id].signer == msg.sender) revert KeyAlreadyRegistered(msg.sender);
        if (publicKey.length != BlsLib.G2_POINT_SIZE || BlsLib.isZero(publicKey)) revert InvalidKey();
        if (proofOfPossession.length != BlsLib.G1_POINT_SIZE) revert InvalidProofOfPossession();
        if (!BlsLib.verify(proofOfPossession, popMessage(msg.sender, publicKey), POP_DST, publicKey)) {
            revert InvalidProofOfPossession();
        }
        _keys[id] = KeyRecord(msg.sender, keccak256(publicKey));
        emit KeyRegistered(id, msg.sender, publicKey);
    }

    /// @inheritdoc ICommitteeCertificates
    function sealCommittee(uint32 epoch, bytes[] calldata keys) external {
        if (committeeHash[epoch] != 0) revert AlreadySealed(epoch);
        ISequencerRegistry reg = ISequencerRegistry(registry);
        // Roster changes take effect two epochs after they are requested: up to the next epoch, membership is final.
        if (epoch > reg.currentSlot() / slotsPerEpoch + 1) revert CommitteeNotFinal(epoch);
        uint256 members = reg.membersAt(epoch);
        if (members == 0) revert EmptyCommittee(epoch);
        uint256 count = ScheduleLib.popCount(members);
        if (keys.length != count) revert WrongKeyCount(count, keys.length);

        bytes memory keyHashes = new bytes(32 * count);
        bytes memory aggregateKey = new bytes(BlsLib.G2_POINT_SIZE);
        uint256 keyed;
        uint256 rank;
        for (uint256 id; members >> id != 0; ++id) {
            if ((members >> id) & 1 == 0) continue;
            bytes calldata key = keys[rank];
            // safe: ids are below 96
            // forge-lint: disable-next-line(unsafe-typecast)
            bytes32 keyHash = _currentKeyHash(reg, uint8(id));
            if (keyHash == 0) {
                // forge-lint: disable-next-line(unsafe-typecast)
                if (key.length != 0) revert KeyMismatch(uint8(id));
            } else {
                // forge-lint: disable-next-line(unsafe-typecast)
                if (keccak256(key) != keyHash) revert KeyMismatch(uint8(id));
                // A registered key was accepted by the pairing once: on the curve, in the subgroup, canonical.
                if (keyed == 0) {
                    aggregateKey = key;
                } else if (!BlsLib.addG2(aggregateKey, key)) {
                    revert BlsLib.PrecompileFailed();
                }
                keyed |= uint256(1) << id;
                assembly ("memory-safe") {
                    mstore(add(add(keyHashes, 0x20), shl(5, rank)), keyHash)
                }
            }
            ++rank;
        }
        bytes32 keysHash = keccak256(keyHashes);
        // safe: both bitmaps are roster bitmaps, below 2^96
        // forge-lint: disable-next-line(unsafe-typecast)
        (uint96 members96, uint96 keyed96) = (uint96(members), uint96(keyed));
        committeeHash[epoch] = keccak256(abi.encodePacked(members96, keyed96, keysHash, aggregateKey));
        emit CommitteeSealed(epoch, members96, keyed96, keysHash, aggregateKey);
    }

    /// @dev The key hash operator `id` holds now: the registered one if its signer is still `id`'s (a signer serves
    ///      one id for life, and retires when its operator withdraws), else zero.
    function _currentKeyHash(ISequencerRegistry reg, uint8 id) internal view returns (bytes32) {
        KeyRecord memory record = _keys[id];
        if (record.keyHash == 0) return 0;
        try reg.operatorIdOf(record.signer) returns (uint8 holder) {
            return holder == id ? record.keyHash : bytes32(0);
        } catch {
            return 0;
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Certificates
    // ------------------------------------------------------------------------------------------------

    /// @inheritdoc ICommitteeCertificates
    function verifyCertificate(
        Attestation calldata attestation,
        Committee calldata committee,
        Certificate calldata certificate,
        bytes32[] calldata keyHashes,
        bytes[] calldata absentKeys
    ) external view {
        uint96 signers = certificate.signers;
        _checkCommittee(_epochOf(attestation.slot), committee, committee.keyed & ~uint256(signers), keyHashes);
        bytes memory key = _signersKey(committee, signers, keyHashes, absentKeys);
        if (!BlsLib.verify(certificate.signature, attestationDigest(attestation), ATTESTATION_DST, key)) {
            revert InvalidCertificate();
        }
    }

    /// @inheritdoc ICommitteeCertificates
    function slashConflictingCertificates(
        Certified calldata first,
        Certified calldata second,
        Committee calldata committee,
        bytes32[] calldata keyHashes
    ) external {
        Attestation calldata a = first.attestation;
        Attestation calldata b = second.attestation;
        if (
            a.batchNumber != b.batchNumber || a.slot != b.slot || a.parentHash != b.parentHash
                || a.headerHash == b.headerHash
        ) revert NotConflicting();

        (uint96 firstSigners, uint96 secondSigners) = (first.certificate.signers, second.certificate.signers);
        // One committee for both: its hashes are checked once.
        _checkCommittee(
            _epochOf(a.slot), committee, committee.keyed & ~uint256(firstSigners & secondSigners), keyHashes
        );
        bytes memory firstKey = _signersKey(committee, firstSigners, keyHashes, first.absentKeys);
        bytes memory secondKey = _signersKey(committee, secondSigners, keyHashes, second.absentKeys);
        // One three-pair check for both: e(sigA + sigB, g2) = e(H(mA), keyA) · e(H(mB), keyB). The messages differ
        // and every key was proven, so the sum verifies only if each signer signed its message.
        (bool ok, bytes memory signature) = BlsLib.addG1(first.certificate.signature, second.certificate.signature);
        if (
            !ok
                || !BlsLib.verifyTwo(
                    signature, ATTESTATION_DST, attestationDigest(a), firstKey, attestationDigest(b), secondKey
                )
        ) revert InvalidCertificate();

        bytes32 evidence = keccak256(abi.encode(CONFLICT_TAG, a.batchNumber, a.slot, a.parentHash));
        uint256 guilty = uint256(firstSigners) & secondSigners;
        if (ISequencerRegistry(registry).chargeCertificateConflict(guilty, a.slot, evidence, msg.sender) == 0) {
            revert NothingToSlash();
        }
    }

    /// @dev Checks `committee` against the sealed hash of `epoch` and, when some keyed member is `absent` from a
    ///      certificate (its key is then checked against its hash), `keyHashes` against the committee's keys hash.
    function _checkCommittee(uint32 epoch, Committee calldata committee, uint256 absent, bytes32[] calldata keyHashes)
        internal
        view
    {
        bytes32 sealedHash = committeeHash[epoch];
        if (sealedHash == 0) revert CommitteeNotSealed(epoch);
        if (
            keccak256(abi.encodePacked(committee.members, committee.keyed, committee.keysHash, committee.aggregateKey))
                != sealedHash
        ) revert CommitteeMismatch(epoch);
        if (absent != 0 && keccak256(abi.encodePacked(keyHashes)) != committee.keysHash) {
            revert CommitteeMismatch(epoch);
        }
    }

    /// @dev The sum of the public keys of `signers`, after checking that every signer is a keyed member and that
    ///      they reach the quorum: the committee's aggregate key minus the keys of its keyed members that did not
    ///      sign. The caller checked `committee` and `keyHashes` ({_checkCommittee}).
    function _signersKey(
        Committee calldata committee,
        uint96 signers,
        bytes32[] calldata keyHashes,
        bytes[] calldata absentKeys
    ) internal view returns (bytes memory key) {
        uint256 keyed = committee.keyed;
        if (signers & ~keyed != 0) revert NotKeyedMember(signers);
        uint256 count = ScheduleLib.popCount(signers);
        uint256 needed = quorum(ScheduleLib.popCount(committee.members));
        if (count < needed) revert QuorumNotReached(count, needed);

        key = committee.aggregateKey;
        uint256 absent = keyed & ~uint256(signers);
        uint256 expected = absent == 0 ? 0 : ScheduleLib.popCount(absent);
        if (absentKeys.length != expected) revert WrongKeyCount(expected, absentKeys.length);
        if (absent == 0) return key;
        uint256 mismatch = BlsLib.subKeys(key, committee.members, absent, keyHashes, absentKeys);
        // safe: ids are below 96
        // forge-lint: disable-next-line(unsafe-typecast)
        if (mismatch != 0) revert KeyMismatch(uint8(mismatch - 1));
    }

    // ------------------------------------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------------------------------------

    /// @inheritdoc ICommitteeCertificates
    function keyOf(uint8 id) external view returns (address signer, bytes32 keyHash) {
        KeyRecord memory record = _keys[id];
        return (record.signer, record.keyHash);
    }

    /// @inheritdoc ICommitteeCertificates
    function quorum(uint256 members) public pure returns (uint256) {
        return (2 * members + 2) / 3;
    }

    /// @inheritdoc ICommitteeCertificates
    function popMessage(address signer, bytes calldata publicKey) public view returns (bytes32) {
        return keccak256(abi.encode(POP_TAG, block.chainid, address(this), signer, keccak256(publicKey)));
    }

    /// @inheritdoc ICommitteeCertificates
    function attestationDigest(Attestation calldata attestation) public view returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(
                ATTESTATION_TYPEHASH,
                attestation.batchNumber,
                attestation.slot,
                attestation.parentHash,
                attestation.headerHash
            )
        );
        return BatonEip712.digest(_domainSeparator(), structHash);
    }

    /// @inheritdoc ICommitteeCertificates
    function attestationDst() external pure returns (bytes memory) {
        return ATTESTATION_DST;
    }

    /// @inheritdoc ICommitteeCertificates
    function popDst() external pure returns (bytes memory) {
        return POP_DST;
    }

    function _domainSeparator() internal view returns (bytes32) {
        return
            block.chainid == _cachedChainId ? _cachedDomainSeparator : BatonEip712.domainSeparator(block.chainid, inbox);
    }

    function _epochOf(uint64 slot) internal view returns (uint32) {
        // safe for 2^32 epochs, as in the registry
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint32(slot / slotsPerEpoch);
    }
}
