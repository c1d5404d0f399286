// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IBatchInbox} from "../src/interfaces/IBatchInbox.sol";
import {ICommitteeCertificates} from "../src/interfaces/ICommitteeCertificates.sol";
import {ISequencerRegistry} from "../src/interfaces/ISequencerRegistry.sol";
import {BatchCalldataLib} from "../src/libraries/BatchCalldataLib.sol";
import {BatchHeader, BatchHeaderLib} from "../src/libraries/BatchHeaderLib.sol";
import {BlsLib} from "../src/libraries/BlsLib.sol";
import {BlsSigner} from "./utils/BlsSigner.sol";
import {CommitteeFixture} from "./utils/CommitteeFixture.sol";

/// @notice Committee certificates (docs/PROTOCOL.md §Committee certificates): keys and their proofs of possession,
///         sealed committees, certificate verification and the conflicting-certificates slash, attacked.
contract CommitteeTest is CommitteeFixture {
    address internal constant REPORTER = address(0x5EE);
    /// @dev A G1 point on the curve outside the prime-order subgroup (x = 4).
    bytes internal constant G1_OUTSIDE_SUBGROUP =
        hex"00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004000000000000000000000000000000000a989badd40d6212b33cffc3f3763e9bc760f988c9926b26da9dd85e928483446346b8ed00e1de5d5ea93e354abe706c";
    /// @dev A G2 point on the twist outside the prime-order subgroup (x = 2).
    bytes internal constant G2_OUTSIDE_SUBGROUP =
        hex"000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000020000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000013a59858b6809fca4d9a3b6539246a70051a3c88899964a42bc9a69cf9acdd9dd387cfa9086b894185b9a46a402be730000000000000000000000000000000002d27e0ec3356299a346a09ad7dc4ef68a483c3aed53f9139d2f929a3eecebf72082e5e58c6da24ee32e03040c406d4f";

    bytes32 internal constant PARENT = keccak256("parent");
    bytes32 internal constant HEADER_A = keccak256("header A");
    bytes32 internal constant HEADER_B = keccak256("header B");

    // ---- keys ----

    function test_registerKey_storesTheHashAndAnnouncesTheKey() public {
        bond(0);
        bytes memory key = publicKeyOf(0);
        bytes memory pop = proofOfPossession(0, signerOf(0), key);
        vm.expectEmit(address(committee));
        emit ICommitteeCertificates.KeyRegistered(0, signerOf(0), key);
        vm.prank(signerOf(0));
        committee.registerKey(key, pop);
        (address signer, bytes32 keyHash) = committee.keyOf(0);
        assertEq(signer, signerOf(0));
        assertEq(keyHash, keccak256(key));
    }

    function test_registerKey_onlyFromARegisteredSignerAndOnce() public {
        bytes memory key = publicKeyOf(0);
        bytes memory pop = proofOfPossession(0, signerOf(0), key);
        vm.prank(signerOf(0));
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.UnknownSigner.selector, signerOf(0)));
        committee.registerKey(key, pop);
        // The owner is not the signer: only the hot key that signs batches registers the committee key.
        bond(0);
        bytes memory ownerPop = proofOfPossession(0, owner(0), key);
        vm.prank(owner(0));
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.UnknownSigner.selector, owner(0)));
        committee.registerKey(key, ownerPop);
        registerBlsKey(0);
        // Not even the same key again: a signer's key never changes.
        vm.prank(signerOf(0));
        vm.expectRevert(abi.encodeWithSelector(ICommitteeCertificates.KeyAlreadyRegistered.selector, signerOf(0)));
        committee.registerKey(key, pop);
    }

    function test_registerKey_refusesInfinityAndMalformedPoints() public {
        bond(0);
        bytes memory infinityPop = proofOfPossession(0, signerOf(0), new bytes(256));
        bytes memory key = publicKeyOf(0);
        bytes memory offCurve = bytes.concat(key);
        offCurve[255] = bytes1(uint8(offCurve[255]) ^ 1);
        bytes memory offCurvePop = proofOfPossession(0, signerOf(0), offCurve);
        vm.startPrank(signerOf(0));
        vm.expectRevert(ICommitteeCertificates.InvalidKey.selector);
        committee.registerKey(new bytes(256), infinityPop);
        vm.expectRevert(ICommitteeCertificates.InvalidKey.selector);
        committee.registerKey(new bytes(192), new bytes(128));
        vm.expectRevert(ICommitteeCertificates.InvalidProofOfPossession.selector);
        committee.registerKey(key, new bytes(96));
        // An infinity proof, and a key off the curve (one coordinate changed).
        vm.expectRevert(ICommitteeCertificates.InvalidProofOfPossession.selector);
        committee.registerKey(key, new bytes(128));
        vm.expectRevert(ICommitteeCertificates.InvalidProofOfPossession.selector);
        committee.registerKey(offCurve, offCurvePop);
        vm.stopPrank();
    }

    /// @dev A key on the curve but outside the prime-order subgroup would let sums of keys escape the pairing's
    ///      subgroup check; the proof's pairing rejects it.
    function test_registerKey_refusesAKeyOutsideTheSubgroup() public {
        bond(0);
        bytes memory pop = BlsSigner.sign(1, committee.popMessage(signerOf(0), G2_OUTSIDE_SUBGROUP), POP_DST);
        vm.prank(signerOf(0));
        vm.expectRevert(ICommitteeCertificates.InvalidProofOfPossession.selector);
        committee.registerKey(G2_OUTSIDE_SUBGROUP, pop);
    }

    /// @dev The rogue-key attack: operator 1 announces `pk' = x·g2 - pk0`, so that the "aggregate" of operators 0
    ///      and 1 is `x·g2` and it alone could sign for both. It cannot sign a proof of possession for `pk'` (it does
    ///      not know its secret key): neither its own key's proof nor operator 0's passes.
    function test_registerKey_refusesARogueKey() public {
        bond(0);
        bond(1);
        registerBlsKey(0);
        uint256 r = 0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001;
        // x·g2 - pk0 = (x - sk0)·g2: the attacker would need x - sk0, which it only has because this test knows sk0.
        uint256 x = 12_345;
        bytes memory rogue = BlsSigner.publicKey(addmod(x, r - blsKey(0), r));
        bytes32 message = committee.popMessage(signerOf(1), rogue);
        bytes memory withOwnKey = BlsSigner.sign(x, message, POP_DST);
        bytes memory withVictimsKey = BlsSigner.sign(blsKey(0), message, POP_DST);
        vm.startPrank(signerOf(1));
        vm.expectRevert(ICommitteeCertificates.InvalidProofOfPossession.selector);
        committee.registerKey(rogue, withOwnKey);
        vm.expectRevert(ICommitteeCertificates.InvalidProofOfPossession.selector);
        committee.registerKey(rogue, withVictimsKey);
        vm.stopPrank();
    }

    /// @dev A proof binds the signer: operator 1 copying operator 0's key and proof is refused.
    function test_registerKey_refusesACopiedKeyAndProof() public {
        bond(0);
        bond(1);
        bytes memory key = publicKeyOf(0);
        bytes memory pop = proofOfPossession(0, signerOf(0), key);
        vm.prank(signerOf(1));
        vm.expectRevert(ICommitteeCertificates.InvalidProofOfPossession.selector);
        committee.registerKey(key, pop);
        // ...and a proof under the attestation tag never passes for one of possession.
        bytes memory attestationSigned =
            BlsSigner.sign(blsKey(0), committee.popMessage(signerOf(0), key), ATTESTATION_DST);
        vm.prank(signerOf(0));
        vm.expectRevert(ICommitteeCertificates.InvalidProofOfPossession.selector);
        committee.registerKey(key, attestationSigned);
    }

    // ---- sealing ----

    function test_seal_commitsMembersKeysAndTheirSum() public {
        ICommitteeCertificates.Committee memory c = setUpCommittee(5, ids(0, 4)); // operator 4 has no key
        uint32 epoch = registry.epochOf(registry.currentSlot());
        assertEq(uint256(c.members), ids(0, 5));
        assertEq(uint256(c.keyed), ids(0, 4));
        assertEq(
            committee.committeeHash(epoch),
            keccak256(abi.encodePacked(c.members, c.keyed, c.keysHash, c.aggregateKey)),
            "the contract's sum of keys is the key of the sum of secrets"
        );
        bytes[] memory keys = sealingKeys(epoch);
        vm.expectRevert(abi.encodeWithSelector(ICommitteeCertificates.AlreadySealed.selector, epoch));
        committee.sealCommittee(epoch, keys);
    }

    function test_seal_onlyFinalEpochsWithTheirRegisteredKeys() public {
        for (uint256 i; i < 3; ++i) {
            bond(i);
            registerBlsKey(i);
        }
        uint32 current = registry.epochOf(registry.currentSlot());
        vm.expectRevert(abi.encodeWithSelector(ICommitteeCertificates.EmptyCommittee.selector, current));
        committee.sealCommittee(current, new bytes[](0));
        // Two epochs ahead, the roster may still change.
        vm.expectRevert(abi.encodeWithSelector(ICommitteeCertificates.CommitteeNotFinal.selector, current + 2));
        committee.sealCommittee(current + 2, new bytes[](3));
        rollToEpoch(current + 1);
        uint32 epoch = current + 2; // now the next epoch: final
        bytes[] memory keys = sealingKeys(epoch);
        vm.expectRevert(abi.encodeWithSelector(ICommitteeCertificates.WrongKeyCount.selector, 3, 2));
        committee.sealCommittee(epoch, new bytes[](2));
        (keys[0], keys[1]) = (keys[1], keys[0]);
        vm.expectRevert(abi.encodeWithSelector(ICommitteeCertificates.KeyMismatch.selector, 0));
        committee.sealCommittee(epoch, keys);
        keys = sealingKeys(epoch);
        keys[2] = "";
        vm.expectRevert(abi.encodeWithSelector(ICommitteeCertificates.KeyMismatch.selector, 2));
        committee.sealCommittee(epoch, keys);
        committee.sealCommittee(epoch, sealingKeys(epoch));
    }

    function test_seal_aMemberWithoutKeyMustBeGivenNone() public {
        bond(0);
        bond(1);
        registerBlsKey(0);
        uint32 epoch = registry.epochOf(registry.currentSlot()) + 1;
        rollToEpoch(epoch - 1 + 1);
        epoch += 1;
        bytes[] memory keys = sealingKeys(epoch);
        keys[1] = publicKeyOf(1); // operator 1 never registered it
        vm.expectRevert(abi.encodeWithSelector(ICommitteeCertificates.KeyMismatch.selector, 1));
        committee.sealCommittee(epoch, keys);
    }

    // ---- verification ----

    function _committeeOfSeven() internal returns (ICommitteeCertificates.Committee memory c, uint64 slot) {
        c = setUpCommittee(7, ids(0, 7));
        slot = registry.currentSlot();
    }

    function _verify(
        ICommitteeCertificates.Committee memory c,
        ICommitteeCertificates.Attestation memory a,
        ICommitteeCertificates.Certificate memory cert,
        uint256 signers
    ) internal view {
        committee.verifyCertificate(a, c, cert, keyHashes(registry.epochOf(a.slot)), absentKeys(c, signers));
    }

    function test_verify_allMembersAndAnExactQuorum() public {
        (ICommitteeCertificates.Committee memory c, uint64 slot) = _committeeOfSeven();
        ICommitteeCertificates.Attestation memory a = attestation(3, slot, PARENT, HEADER_A);
        _verify(c, a, certify(a, ids(0, 7)), ids(0, 7));
        assertEq(committee.quorum(7), 5);
        uint256 five = ids(0, 7) & ~(uint256(1) << 2) & ~(uint256(1) << 5);
        _verify(c, a, certify(a, five), five);
        // With nobody absent, no key hashes are needed at all.
        committee.verifyCertificate(a, c, certify(a, ids(0, 7)), new bytes32[](0), new bytes[](0));
    }

    function test_verify_quorumOneShort() public {
        (ICommitteeCertificates.Committee memory c, uint64 slot) = _committeeOfSeven();
        ICommitteeCertificates.Attestation memory a = attestation(3, slot, PARENT, HEADER_A);
        uint256 four = ids(0, 4);
        ICommitteeCertificates.Certificate memory cert = certify(a, four);
        vm.expectRevert(abi.encodeWithSelector(ICommitteeCertificates.QuorumNotReached.selector, 4, 5));
        this.verifyExternally(c, a, cert, four);
    }

    /// @dev Quorum counts members, keyed or not: members without a key cannot sign, so they count against it.
    function test_verify_quorumCountsMembersWithoutKeys() public {
        ICommitteeCertificates.Committee memory c = setUpCommittee(7, ids(0, 4)); // 4 of 7 keyed; quorum 5
        ICommitteeCertificates.Attestation memory a = attestation(0, registry.currentSlot(), 0, HEADER_A);
        ICommitteeCertificates.Certificate memory cert = certify(a, ids(0, 4));
        vm.expectRevert(abi.encodeWithSelector(ICommitteeCertificates.QuorumNotReached.selector, 4, 5));
        this.verifyExternally(c, a, cert, ids(0, 4));
        // An unkeyed member's bit cannot be added to reach it.
        cert = certify(a, ids(0, 5));
        vm.expectRevert(abi.encodeWithSelector(ICommitteeCertificates.NotKeyedMember.selector, uint96(ids(0, 5))));
        this.verifyExternally(c, a, cert, ids(0, 5));
    }

    function test_verify_refusesBitsOfNonMembers() public {
        (ICommitteeCertificates.Committee memory c, uint64 slot) = _committeeOfSeven();
        ICommitteeCertificates.Attestation memory a = attestation(3, slot, PARENT, HEADER_A);
        uint256 withStranger = ids(0, 7) | (uint256(1) << 9);
        ICommitteeCertificates.Certificate memory cert = certify(a, withStranger);
        vm.expectRevert(abi.encodeWithSelector(ICommitteeCertificates.NotKeyedMember.selector, uint96(withStranger)));
        this.verifyExternally(c, a, cert, ids(0, 7));
    }

    function test_verify_refusesForgedAndMalformedSignatures() public {
        (ICommitteeCertificates.Committee memory c, uint64 slot) = _committeeOfSeven();
        ICommitteeCertificates.Attestation memory a = attestation(3, slot, PARENT, HEADER_A);
        uint256 all = ids(0, 7);
        // Signed over another header, by a set one short of the claimed one, infinity, outside the subgroup.
        ICommitteeCertificates.Certificate memory cert = certify(attestation(3, slot, PARENT, HEADER_B), all);
        vm.expectRevert(ICommitteeCertificates.InvalidCertificate.selector);
        this.verifyExternally(c, a, cert, all);
        cert = certify(a, ids(0, 6));
        cert.signers = uint96(all);
        vm.expectRevert(ICommitteeCertificates.InvalidCertificate.selector);
        this.verifyExternally(c, a, cert, all);
        cert.signature = new bytes(128);
        vm.expectRevert(ICommitteeCertificates.InvalidCertificate.selector);
        this.verifyExternally(c, a, cert, all);
        cert.signature = G1_OUTSIDE_SUBGROUP;
        vm.expectRevert(ICommitteeCertificates.InvalidCertificate.selector);
        this.verifyExternally(c, a, cert, all);
        cert.signature = new bytes(96);
        vm.expectRevert(BlsLib.WrongPointSize.selector);
        this.verifyExternally(c, a, cert, all);
    }

    function test_verify_refusesAnotherCommitteeOrWrongAbsentKeys() public {
        (ICommitteeCertificates.Committee memory c, uint64 slot) = _committeeOfSeven();
        uint32 epoch = registry.epochOf(slot);
        ICommitteeCertificates.Attestation memory a = attestation(3, slot, PARENT, HEADER_A);
        uint256 five = ids(0, 5);
        ICommitteeCertificates.Certificate memory cert = certify(a, five);
        ICommitteeCertificates.Committee memory other = committeeOf(epoch);
        other.keyed = uint96(ids(0, 6));
        bytes32[] memory hashes = keyHashes(epoch);
        bytes[] memory absent = absentKeys(c, five);
        vm.expectRevert(abi.encodeWithSelector(ICommitteeCertificates.CommitteeMismatch.selector, epoch));
        committee.verifyCertificate(a, other, cert, hashes, absent);
        hashes[6] = keccak256("another key");
        vm.expectRevert(abi.encodeWithSelector(ICommitteeCertificates.CommitteeMismatch.selector, epoch));
        committee.verifyCertificate(a, c, cert, hashes, absent);
        hashes = keyHashes(epoch);
        (absent[0], absent[1]) = (absent[1], absent[0]);
        vm.expectRevert(abi.encodeWithSelector(ICommitteeCertificates.KeyMismatch.selector, 5));
        committee.verifyCertificate(a, c, cert, hashes, absent);
        vm.expectRevert(abi.encodeWithSelector(ICommitteeCertificates.WrongKeyCount.selector, 2, 1));
        committee.verifyCertificate(a, c, cert, hashes, new bytes[](1));
    }

    function test_verify_anUnsealedEpochCertifiesNothing() public {
        (ICommitteeCertificates.Committee memory c, uint64 slot) = _committeeOfSeven();
        uint32 epoch = registry.epochOf(slot);
        ICommitteeCertificates.Attestation memory later = attestation(3, slot + p.slotsPerEpoch, PARENT, HEADER_A);
        ICommitteeCertificates.Certificate memory cert = certify(later, ids(0, 7));
        vm.expectRevert(abi.encodeWithSelector(ICommitteeCertificates.CommitteeNotSealed.selector, epoch + 1));
        committee.verifyCertificate(later, c, cert, new bytes32[](0), new bytes[](0));
    }

    /// @dev Any signer set verifies exactly when it reaches the quorum.
    function testFuzz_verify_exactlyTheSetsThatReachTheQuorum(uint8 subset) public {
        (ICommitteeCertificates.Committee memory c, uint64 slot) = _committeeOfSeven();
        uint256 signers = uint256(subset) & ids(0, 7);
        vm.assume(signers != 0);
        ICommitteeCertificates.Attestation memory a = attestation(1, slot, PARENT, HEADER_A);
        uint256 count;
        for (uint256 bits = signers; bits != 0; bits &= bits - 1) {
            ++count;
        }
        ICommitteeCertificates.Certificate memory cert = certify(a, signers);
        if (count < 5) {
            vm.expectRevert(abi.encodeWithSelector(ICommitteeCertificates.QuorumNotReached.selector, count, 5));
        }
        this.verifyExternally(c, a, cert, signers);
    }

    /// @dev An absent member's key replaced by another member's key, or cut or padded by a byte, is named: the
    ///      subtraction loop checks each key's length and hash against the sealed committee. One or two members
    ///      sit out (a quorum of 5 of 7 still signs).
    function testFuzz_verify_aForgedAbsentKeyIsNamed(uint8 first, uint8 second, uint8 how) public {
        (ICommitteeCertificates.Committee memory c, uint64 slot) = _committeeOfSeven();
        uint256 out = (uint256(1) << (first % 7)) | (uint256(1) << (second % 7));
        uint256 signers = ids(0, 7) & ~out;
        ICommitteeCertificates.Attestation memory a = attestation(1, slot, PARENT, HEADER_A);
        ICommitteeCertificates.Certificate memory cert = certify(a, signers);
        bytes[] memory absent = absentKeys(c, signers);
        // The forged key is the j-th absent one, of member `id`.
        uint256 j = (how / 3) % absent.length;
        uint256 id = j == 0 ? _lowestBit(out) : 6 - _lowestBit(_reverse7(out));
        if (how % 3 == 0) {
            absent[j] = publicKeyOf(id == 0 ? 1 : 0);
        } else if (how % 3 == 1) {
            absent[j] = bytes.concat(absent[j], hex"00");
        } else {
            bytes memory cut = absent[j];
            assembly ("memory-safe") {
                mstore(cut, 255)
            }
        }
        bytes32[] memory hashes = keyHashes(registry.epochOf(slot));
        vm.expectRevert(abi.encodeWithSelector(ICommitteeCertificates.KeyMismatch.selector, uint8(id)));
        committee.verifyCertificate(a, c, cert, hashes, absent);
    }

    function _lowestBit(uint256 bits) internal pure returns (uint256 id) {
        while ((bits >> id) & 1 == 0) {
            ++id;
        }
    }

    /// @dev `bits` mirrored over ids 0..6, so that its lowest bit is the highest of `bits`.
    function _reverse7(uint256 bits) internal pure returns (uint256 mirrored) {
        for (uint256 id; id < 7; ++id) {
            if ((bits >> id) & 1 == 1) mirrored |= uint256(1) << (6 - id);
        }
    }

    function verifyExternally(
        ICommitteeCertificates.Committee memory c,
        ICommitteeCertificates.Attestation memory a,
        ICommitteeCertificates.Certificate memory cert,
        uint256 absentFrom
    ) external view {
        _verify(c, a, cert, absentFrom);
    }

    // ---- accountable safety ----

    function _conflict(ICommitteeCertificates.Committee memory c, uint64 slot, uint256 first, uint256 second)
        internal
        view
        returns (ICommitteeCertificates.Certified memory, ICommitteeCertificates.Certified memory)
    {
        return (
            certified(c, attestation(3, slot, PARENT, HEADER_A), first),
            certified(c, attestation(3, slot, PARENT, HEADER_B), second)
        );
    }

    function test_conflict_ejectsEveryMemberInBothSetsAndNobodyElse() public {
        (ICommitteeCertificates.Committee memory c, uint64 slot) = _committeeOfSeven();
        (ICommitteeCertificates.Certified memory a, ICommitteeCertificates.Certified memory b) =
            _conflict(c, slot, ids(0, 5), ids(2, 7));
        bytes32 evidence = keccak256(abi.encode(keccak256("baton.fault.certificate-conflict"), uint64(3), slot, PARENT));
        uint256 bounty = uint256(p.minBond) * p.bountyBps / 10_000;
        bytes32[] memory hashes = keyHashes(registry.epochOf(slot));
        uint256[] memory penalties = new uint256[](3);
        for (uint256 i; i < 3; ++i) {
            penalties[i] = p.minBond;
        }
        vm.expectEmit(address(registry));
        // One event for the three double signers, their penalties in id order, the bounties summed.
        emit ISequencerRegistry.Ejected(
            ISequencerRegistry.Fault.CertificateConflict, evidence, REPORTER, ids(2, 5), 3 * bounty, penalties
        );
        vm.prank(REPORTER);
        committee.slashConflictingCertificates(a, b, c, hashes);
        for (uint8 id; id < 7; ++id) {
            bool guilty = id >= 2 && id < 5;
            assertEq(uint256(registry.operator(id).bond), guilty ? 0 : p.minBond);
            assertTrue((registry.operator(id).status == ISequencerRegistry.Status.Ejected) == guilty);
        }
        assertEq(registry.payoutOf(REPORTER), 3 * bounty, "paid at once, like an equivocation");
        assertEq(registry.totalBurned(), 3 * (uint256(p.minBond) - bounty));

        // Once each: the same proof again, or the other order, finds nobody left to charge.
        vm.expectRevert(ICommitteeCertificates.NothingToSlash.selector);
        committee.slashConflictingCertificates(b, a, c, hashes);
    }

    /// @dev A later proof about another position with overlapping signers charges only those not yet ejected.
    function test_conflict_skipsMembersEjectedAlready() public {
        (ICommitteeCertificates.Committee memory c, uint64 slot) = _committeeOfSeven();
        (ICommitteeCertificates.Certified memory a, ICommitteeCertificates.Certified memory b) =
            _conflict(c, slot, ids(0, 5), ids(2, 7));
        bytes32[] memory hashes = keyHashes(registry.epochOf(slot));
        committee.slashConflictingCertificates(a, b, c, hashes);
        a = certified(c, attestation(4, slot, HEADER_A, HEADER_A), ids(1, 6));
        b = certified(c, attestation(4, slot, HEADER_A, HEADER_B), ids(0, 5) | (uint256(1) << 6));
        uint256[] memory penalties = new uint256[](1);
        penalties[0] = p.minBond;
        uint256 bounty = uint256(p.minBond) * p.bountyBps / 10_000;
        bytes32 evidence =
            keccak256(abi.encode(keccak256("baton.fault.certificate-conflict"), uint64(4), slot, HEADER_A));
        vm.expectEmit(address(registry));
        // The event lists the operators charged, not those named: 2 to 4 were ejected by the first proof.
        emit ISequencerRegistry.Ejected(
            ISequencerRegistry.Fault.CertificateConflict, evidence, REPORTER, uint256(1) << 1, bounty, penalties
        );
        vm.prank(REPORTER);
        committee.slashConflictingCertificates(a, b, c, hashes);
        assertEq(uint256(registry.operator(1).bond), 0);
        assertEq(registry.payoutOf(REPORTER), uint256(p.minBond) * p.bountyBps / 10_000, "only operator 1 was left");
        assertEq(uint256(registry.operator(0).bond), p.minBond, "signed one of them only");
    }

    /// @dev Honest members attest a batch number again after an L1 reorg dropped their certified batch past its
    ///      slot: a later slot is a new position, not a conflict. Nor are other parents or batch numbers.
    function test_conflict_onlySamePositionDifferentHeader() public {
        (ICommitteeCertificates.Committee memory c, uint64 slot) = _committeeOfSeven();
        bytes32[] memory hashes = keyHashes(registry.epochOf(slot));
        ICommitteeCertificates.Certified memory a = certified(c, attestation(3, slot - 1, PARENT, HEADER_A), ids(0, 7));
        ICommitteeCertificates.Certified memory b = certified(c, attestation(3, slot, PARENT, HEADER_B), ids(0, 7));
        vm.expectRevert(ICommitteeCertificates.NotConflicting.selector);
        committee.slashConflictingCertificates(a, b, c, hashes);
        b = certified(c, attestation(3, slot - 1, HEADER_A, HEADER_B), ids(0, 7));
        vm.expectRevert(ICommitteeCertificates.NotConflicting.selector);
        committee.slashConflictingCertificates(a, b, c, hashes);
        b = certified(c, attestation(4, slot - 1, PARENT, HEADER_B), ids(0, 7));
        vm.expectRevert(ICommitteeCertificates.NotConflicting.selector);
        committee.slashConflictingCertificates(a, b, c, hashes);
        vm.expectRevert(ICommitteeCertificates.NotConflicting.selector);
        committee.slashConflictingCertificates(a, a, c, hashes);
    }

    /// @dev A valid certificate beside a forged one proves nothing, and neither does a pair whose second one lacks
    ///      a quorum.
    function test_conflict_needsTwoValidCertificates() public {
        (ICommitteeCertificates.Committee memory c, uint64 slot) = _committeeOfSeven();
        bytes32[] memory hashes = keyHashes(registry.epochOf(slot));
        (ICommitteeCertificates.Certified memory a, ICommitteeCertificates.Certified memory b) =
            _conflict(c, slot, ids(0, 7), ids(0, 7));
        b.certificate.signature = certify(a.attestation, ids(0, 7)).signature; // a's signature, b's header
        vm.expectRevert(ICommitteeCertificates.InvalidCertificate.selector);
        committee.slashConflictingCertificates(a, b, c, hashes);
        (a, b) = _conflict(c, slot, ids(0, 7), ids(0, 4));
        vm.expectRevert(abi.encodeWithSelector(ICommitteeCertificates.QuorumNotReached.selector, 4, 5));
        committee.slashConflictingCertificates(a, b, c, hashes);
    }

    function test_conflict_onlyInsideTheFaultWindow() public {
        (ICommitteeCertificates.Committee memory c, uint64 slot) = _committeeOfSeven();
        bytes32[] memory hashes = keyHashes(registry.epochOf(slot));
        (ICommitteeCertificates.Certified memory a, ICommitteeCertificates.Certified memory b) =
            _conflict(c, slot + 1, ids(0, 7), ids(0, 7));
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.OutsideFaultWindow.selector, slot + 1));
        committee.slashConflictingCertificates(a, b, c, hashes);
        (a, b) = _conflict(c, slot, ids(0, 7), ids(0, 7));
        vm.roll(registry.slotStartBlock(slot + 1) + p.faultWindow);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.OutsideFaultWindow.selector, slot));
        committee.slashConflictingCertificates(a, b, c, hashes);
        vm.roll(block.number - 1);
        committee.slashConflictingCertificates(a, b, c, hashes);
    }

    /// @dev A member that reports its own conflict (as the reporter) gets back at most bountyBps of what it loses.
    function test_conflict_selfReportLoses() public {
        (ICommitteeCertificates.Committee memory c, uint64 slot) = _committeeOfSeven();
        (ICommitteeCertificates.Certified memory a, ICommitteeCertificates.Certified memory b) =
            _conflict(c, slot, ids(0, 7), ids(0, 7));
        bytes32[] memory hashes = keyHashes(registry.epochOf(slot));
        vm.prank(owner(0));
        committee.slashConflictingCertificates(a, b, c, hashes);
        uint256 lost = 7 * uint256(p.minBond);
        assertEq(registry.payoutOf(owner(0)), lost * p.bountyBps / 10_000);
        assertLe(registry.payoutOf(owner(0)), lost / 2);
    }

    function test_chargeCertificateConflict_onlyFromTheCommitteeContract() public {
        setUpCommittee(3, ids(0, 3));
        uint64 slot = registry.currentSlot();
        vm.expectRevert(ISequencerRegistry.NotCommitteeContract.selector);
        registry.chargeCertificateConflict(ids(0, 3), slot, bytes32(0), address(this));
        // Even the committee contract charges only members of the slot's epoch (slot 0's had none).
        vm.prank(address(committee));
        assertEq(registry.chargeCertificateConflict(ids(0, 3), 0, bytes32(0), address(this)), 0);
        assertEq(uint256(registry.operator(0).bond), p.minBond);
    }

    // ---- data-availability batches ----

    function _leaderHeader(bytes memory payload) internal view returns (BatchHeader memory) {
        return nextHeader(signerOf(leaderIndex()), payload);
    }

    function _postFrom(address sender, bytes memory data) internal {
        vm.prank(sender);
        callInbox(data);
    }

    function test_certifiedBatch_recordsTheHeaderWithOnlyItsCommitment() public {
        (ICommitteeCertificates.Committee memory c,) = _committeeOfSeven();
        bytes memory payload = "held by the committee";
        address leader = signerOf(leaderIndex());
        BatchHeader memory h = _leaderHeader(payload);
        bytes memory data = certifiedCalldata(h, c, ids(0, 5));
        vm.expectEmit(address(inbox));
        emit IBatchInbox.BatchAppended(h.batchNumber, BatchHeaderLib.hash(h), IBatchInbox.DataKind.Committee, 0, h);
        _postFrom(leader, data);
        assertEq(inbox.batchHeaderHash(h.batchNumber), BatchHeaderLib.hash(h));
        assertEq(h.dataCommitment, keccak256(payload), "the commitment of the data the committee holds");
    }

    function test_certifiedBatch_refusedWithoutAQuorum() public {
        (ICommitteeCertificates.Committee memory c,) = _committeeOfSeven();
        address leader = signerOf(leaderIndex());
        BatchHeader memory h = _leaderHeader("data");
        bytes memory data = certifiedCalldata(h, c, ids(0, 4));
        vm.expectRevert(abi.encodeWithSelector(ICommitteeCertificates.QuorumNotReached.selector, 4, 5));
        _postFrom(leader, data);
    }

    /// @dev A certificate binds the whole header: one for other data, another parent or another queue position is
    ///      worthless for this one.
    function test_certifiedBatch_refusedForACertificateOfAnotherHeader() public {
        (ICommitteeCertificates.Committee memory c,) = _committeeOfSeven();
        address leader = signerOf(leaderIndex());
        BatchHeader memory h = _leaderHeader("data");
        BatchHeader memory other = copy(h);
        other.dataCommitment = keccak256("other data");
        bytes memory data = certifiedCalldata(other, c, ids(0, 7));
        // Swap the commitment in the calldata back to h's: the inbox rebuilds h, the certificate is for `other`.
        bytes memory forged = certifiedCalldata(h, c, ids(0, 7));
        assertEq(data.length, forged.length);
        // Same length, same layout: put `other`'s certificate after h's commitment.
        uint256 commitmentAt = 4 + 42 + 8;
        for (uint256 i = commitmentAt + 32; i < data.length; ++i) {
            forged[i] = data[i];
        }
        vm.expectRevert(ICommitteeCertificates.InvalidCertificate.selector);
        _postFrom(leader, forged);
    }

    function test_certifiedBatch_neverUnsequencedNorWithoutCommitment() public {
        _committeeOfSeven();
        bytes memory unsequenced = BatchCalldataLib.encode(
            IBatchInbox.appendCertifiedBatch.selector,
            IBatchInbox.Authentication.Unsequenced,
            0,
            0,
            TX_ROOT,
            "",
            abi.encode(keccak256("data"))
        );
        vm.expectRevert(IBatchInbox.MalformedBatch.selector);
        callInbox(unsequenced);
        address leader = signerOf(leaderIndex());
        BatchHeader memory h = _leaderHeader("data");
        bytes memory short = senderCalldata(IBatchInbox.appendCertifiedBatch.selector, h, hex"0102");
        vm.expectRevert(IBatchInbox.MalformedBatch.selector);
        _postFrom(leader, short);
    }

    /// @dev Only the eligible operator appends, as for every sequenced batch: a certificate gives no posting right.
    function test_certifiedBatch_onlyByTheEligibleOperator() public {
        (ICommitteeCertificates.Committee memory c,) = _committeeOfSeven();
        uint256 leader = leaderIndex();
        uint256 other = (leader + 1) % 7;
        BatchHeader memory h = nextHeader(signerOf(other), "data");
        bytes memory data = certifiedCalldata(h, c, ids(0, 7));
        vm.prank(signerOf(other));
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.NotEligible.selector, uint8(other)));
        callInbox(data);
    }
}
