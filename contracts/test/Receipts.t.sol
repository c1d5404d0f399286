// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BatchInbox} from "../src/BatchInbox.sol";
import {InclusionReceipts} from "../src/InclusionReceipts.sol";
import {IInclusionReceipts} from "../src/interfaces/IInclusionReceipts.sol";
import {ISequencerRegistry} from "../src/interfaces/ISequencerRegistry.sol";
import {BatchHeader} from "../src/libraries/BatchHeaderLib.sol";
import {BatonEip712} from "../src/libraries/BatonEip712.sol";
import {InclusionReceipt, InclusionReceiptLib} from "../src/libraries/InclusionReceiptLib.sol";
import {SlashingBase} from "./Slashing.t.sol";
import {ReceiptTree} from "./utils/ReceiptTree.sol";
import {TxTree} from "./utils/TxTree.sol";

/// @notice Inclusion receipts (docs/PROTOCOL.md §Inclusion receipts): a broken promise costs its signer, once, and
///         nothing else does: every way to pin a broken receipt on an operator that kept it is tried here.
contract ReceiptsTest is SlashingBase {
    address internal constant HOLDER = address(0xB0B0);
    bytes32 internal constant GROUP_ROOT = 0x3dde07e971e2170f0ce81736bf4bad94565b1b8f33a53e3214874b3c8d5fb8ad;
    bytes32 internal constant GROUP_DIGEST = 0xa3353fc4bb4b686deee5e7cd1247a4786174e592dcefebd49edb8ec91e57c643;
    bytes internal constant GROUP_MEMBER_1_SIGNATURE =
        hex"e6e895411e0be2d4a4e35355d65921795285a1220b4aa91236f5513acc3c09b57c48052d552418fc58118bd9723375f28a54b512593647c42141ac6b36a751511b2c4c08e262b88333c72f8384f970396ee322404a770cf0642a9cb7c4558e5669810b602c3c6121ea7fb6e742712b084511eb84d32fc8ff71764b3d3843dac041";
    bytes32 internal constant PROMISED = keccak256("the promised L2 transaction");

    InclusionReceipts internal receipts;

    function setUp() public override {
        super.setUp();
        receipts = InclusionReceipts(registry.receipts());
        bondAndActivate(3);
    }

    // ---- helpers ----

    function receiptFor(uint64 slot, uint32 index) internal pure returns (InclusionReceipt memory) {
        return
            InclusionReceipt({l2ChainId: L2_CHAIN_ID, txHash: PROMISED, slot: slot, index: index, beneficiary: HOLDER});
    }

    function signReceipt(uint256 key, InclusionReceipt memory r) internal view returns (bytes memory) {
        (uint8 v, bytes32 rr, bytes32 s) = vm.sign(key, receipts.receiptDigest(r));
        return abi.encodePacked(rr, s, v);
    }

    /// @dev `size` receipts of `slot` at indices 0.. (all promising `PROMISED`, beneficiaries apart), and their
    ///      hashes: a group a node signs at once.
    function groupFor(uint64 slot, uint256 size)
        internal
        pure
        returns (InclusionReceipt[] memory group, bytes32[] memory hashes)
    {
        group = new InclusionReceipt[](size);
        hashes = new bytes32[](size);
        for (uint256 i; i < size; ++i) {
            group[i] = receiptFor(slot, uint32(i));
            group[i].beneficiary = address(uint160(0xB0B0 + i));
            hashes[i] = InclusionReceiptLib.hash(group[i]);
        }
    }

    /// @dev Member `member`'s signature in the group form: one signature over the root, then its path.
    function signInGroup(uint256 key, bytes32[] memory hashes, uint256 member) internal view returns (bytes memory) {
        (uint8 v, bytes32 rr, bytes32 s) = vm.sign(key, receipts.receiptRootDigest(ReceiptTree.root(hashes)));
        return abi.encodePacked(rr, s, v, ReceiptTree.path(hashes, member));
    }

    /// @dev Posts a batch of operator `i` whose txRoot commits `leaves`, and remembers it as evidence.
    function postTxs(uint256 i, bytes32[] memory leaves) internal returns (BatchHeader memory h) {
        h = nextHeader(signerOf(i), "");
        h.txRoot = TxTree.txRoot(leaves);
        append(h, "", sign(signerKey(i), h));
        _posted[h.batchNumber] = h;
    }

    /// @dev `count` transactions with `PROMISED` at `at` (none when `at >= count`).
    function batchWith(uint256 count, uint256 at) internal pure returns (bytes32[] memory leaves) {
        leaves = TxTree.leaves(count, "other transactions");
        if (at < count) leaves[at] = PROMISED;
    }

    function previousOf(BatchHeader memory h) internal view returns (BatchHeader memory prev) {
        if (h.batchNumber != 0) prev = recorded(h.batchNumber - 1);
    }

    /// @dev The `slashContradictedReceipt` call opening `leaves` (the batch's transactions) at the receipt's index.
    function contradictedCall(
        InclusionReceipt memory r,
        bytes memory sig,
        BatchHeader memory batch,
        bytes32[] memory leaves
    ) internal view returns (bytes memory) {
        BatchHeader memory prev = previousOf(batch);
        if (r.index < leaves.length) {
            return abi.encodeCall(
                IInclusionReceipts.slashContradictedReceipt,
                (r, sig, batch, prev, leaves.length, leaves[r.index], TxTree.proof(leaves, r.index))
            );
        }
        bytes32[] memory root = new bytes32[](leaves.length == 0 ? 0 : 1);
        if (leaves.length != 0) root[0] = TxTree.treeRoot(leaves);
        return abi.encodeCall(
            IInclusionReceipts.slashContradictedReceipt, (r, sig, batch, prev, leaves.length, bytes32(0), root)
        );
    }

    function proveContradicted(
        InclusionReceipt memory r,
        bytes memory sig,
        BatchHeader memory batch,
        bytes32[] memory leaves
    ) internal {
        callReceipts(contradictedCall(r, sig, batch, leaves));
    }

    function proveContradictedAs(
        address reporter,
        InclusionReceipt memory r,
        bytes memory sig,
        BatchHeader memory batch,
        bytes32[] memory leaves
    ) internal {
        bytes memory data = contradictedCall(r, sig, batch, leaves);
        vm.prank(reporter);
        callReceipts(data);
    }

    /// @dev Builds the call first (it reads the chain), then expects it to revert with `reason`.
    function expectContradictedRevert(
        bytes memory reason,
        InclusionReceipt memory r,
        bytes memory sig,
        BatchHeader memory batch,
        bytes32[] memory leaves
    ) internal {
        bytes memory data = contradictedCall(r, sig, batch, leaves);
        vm.expectRevert(reason);
        callReceipts(data);
    }

    function callReceipts(bytes memory data) internal {
        (bool ok, bytes memory reason) = address(receipts).call(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(reason, 0x20), mload(reason))
            }
        }
    }

    function evidenceOf(uint256 i, InclusionReceipt memory r) internal view returns (bytes32) {
        return receipts.receiptEvidence(signerOf(i), r);
    }

    function backupOf(uint64 slot) internal view returns (uint8) {
        return scheduleOf(slot)[1];
    }

    /// @dev The vector `baton_protocol::receipt::vector::shared_vector` checks on the Rust side: the receipt below in
    ///      the domain (chain 31337, inbox 0x…bb), signed by key 1.
    function test_sharedVectorMatchesTheRustReceipt() public pure {
        InclusionReceipt memory r = InclusionReceipt({
            l2ChainId: 901,
            txHash: bytes32(0xabababababababababababababababababababababababababababababababab),
            slot: 1234,
            index: 77,
            beneficiary: address(0xaa)
        });
        bytes32 receiptHash = InclusionReceiptLib.hash(r);
        assertEq(receiptHash, 0x2c4c08e262b88333c72f8384f970396ee322404a770cf0642a9cb7c4558e5669);
        bytes32 digest = BatonEip712.digest(BatonEip712.domainSeparator(31_337, address(0xbb)), receiptHash);
        assertEq(digest, 0xfb9fd036f2f7cf5f42e9df10e4b6616f6d34751e5546d82404cd1161e56ada5e);
        (uint8 v, bytes32 rr, bytes32 s) = vm.sign(1, digest);
        assertEq(
            abi.encodePacked(rr, s, v),
            hex"cecc7f4bb5d19653b98258cf4e21f8d2d328d3c01614bc9ab5a1853a38226e775e5344e9e1b721aecd6cb712ca1f217553fb7c6a324333d5c4a27577e5bd81a21c"
        );
        assertEq(
            InclusionReceiptLib.evidence(vm.addr(1), receiptHash),
            0xf9d46b7799f0a8697236856d762b415671a1aef41460415f3d64c53c76430fb9
        );
    }

    // ---- the safety fault: the signer's first batch in the slot contradicts the receipt ----

    function test_contradicted_anotherTransactionAtTheIndexCostsTheSafetyPenaltyAndPaysTheHolder() public {
        uint64 slot = registry.currentSlot();
        uint256 leader = leaderIndex();
        InclusionReceipt memory r = receiptFor(slot, 2);
        bytes memory sig = signReceipt(signerKey(leader), r);
        bytes32[] memory leaves = batchWith(6, 4); // the promised transaction, but at index 4
        BatchHeader memory batch = postTxs(leader, leaves);

        bytes32 evidence = evidenceOf(leader, r);
        uint256 paidOut = uint256(p.receiptSafetyPenalty) * p.bountyBps / 10_000;
        vm.expectEmit(address(registry));
        emit ISequencerRegistry.Slashed(
            uint8(leader),
            ISequencerRegistry.Fault.ReceiptContradicted,
            evidence,
            p.receiptSafetyPenalty,
            ISequencerRegistry.Escrow({
                victim: HOLDER,
                compensation: p.receiptCompensation,
                reporter: KEEPER,
                bounty: uint96(paidOut) - p.receiptCompensation,
                offender: signerOf(leader),
                releaseAt: registry.slotStartBlock(registry.currentSlot() + 1) + p.faultWindow
            })
        );
        proveContradictedAs(KEEPER, r, sig, batch, leaves);
        assertEq(uint256(registry.operator(uint8(leader)).bond), p.minBond - p.receiptSafetyPenalty);
        assertTrue(registry.faultProven(evidence));
        ISequencerRegistry.Escrow memory e = escrowOf(evidence);
        assertEq(e.victim, HOLDER);
        assertEq(e.reporter, KEEPER);
        assertEq(e.offender, signerOf(leader));
        release(evidence);
        assertEq(registry.payoutOf(HOLDER), p.receiptCompensation);
        assertEq(registry.payoutOf(KEEPER), paidOut - p.receiptCompensation);
    }

    function test_contradicted_aBatchTooShortForTheIndexIsProvenByItsCount() public {
        uint64 slot = registry.currentSlot();
        uint256 leader = leaderIndex();
        InclusionReceipt memory r = receiptFor(slot, 7);
        bytes32[] memory leaves = batchWith(7, 99); // indices 0..6
        BatchHeader memory batch = postTxs(leader, leaves);
        proveContradictedAs(KEEPER, r, signReceipt(signerKey(leader), r), batch, leaves);
        assertEq(uint256(registry.operator(uint8(leader)).bond), p.minBond - p.receiptSafetyPenalty);
    }

    function test_contradicted_anEmptyBatchBreaksEveryReceiptOfTheSlot() public {
        uint64 slot = registry.currentSlot();
        uint256 leader = leaderIndex();
        InclusionReceipt memory r = receiptFor(slot, 0);
        BatchHeader memory batch = postTxs(leader, new bytes32[](0));
        assertEq(batch.txRoot, bytes32(0));
        proveContradicted(r, signReceipt(signerKey(leader), r), batch, new bytes32[](0));
        assertEq(uint256(registry.operator(uint8(leader)).bond), p.minBond - p.receiptSafetyPenalty);
    }

    function test_contradicted_aKeptReceiptCannotBeProvenBroken() public {
        uint64 slot = registry.currentSlot();
        uint256 leader = leaderIndex();
        InclusionReceipt memory r = receiptFor(slot, 3);
        bytes memory sig = signReceipt(signerKey(leader), r);
        bytes32[] memory leaves = batchWith(9, 3);
        BatchHeader memory batch = postTxs(leader, leaves);
        BatchHeader memory prev = previousOf(batch);

        // The promised leaf itself.
        vm.expectRevert(IInclusionReceipts.NotContradicted.selector);
        receipts.slashContradictedReceipt(r, sig, batch, prev, 9, PROMISED, TxTree.proof(leaves, 3));
        // Another leaf with a forged path.
        bytes32[] memory forged = TxTree.proof(leaves, 3);
        vm.expectRevert(IInclusionReceipts.NotContradicted.selector);
        receipts.slashContradictedReceipt(r, sig, batch, prev, 9, keccak256("fake"), forged);
        // A neighbour's genuine path presented for the promised index.
        vm.expectRevert(IInclusionReceipts.NotContradicted.selector);
        receipts.slashContradictedReceipt(r, sig, batch, prev, 9, leaves[2], TxTree.proof(leaves, 2));
        // A smaller count than the batch has, with a made-up tree root.
        bytes32[] memory madeUp = new bytes32[](1);
        madeUp[0] = TxTree.treeRoot(leaves);
        vm.expectRevert(IInclusionReceipts.NotContradicted.selector);
        receipts.slashContradictedReceipt(r, sig, batch, prev, 3, bytes32(0), madeUp);
        // An empty opening of a non-empty batch.
        vm.expectRevert(IInclusionReceipts.NotContradicted.selector);
        receipts.slashContradictedReceipt(r, sig, batch, prev, 0, bytes32(0), new bytes32[](0));
        assertEq(uint256(registry.operator(uint8(leader)).bond), p.minBond);
    }

    function test_contradicted_onlyTheSignersFirstBatchInTheSlotIsHeldToIt() public {
        uint64 slot = registry.currentSlot();
        uint256 leader = leaderIndex();
        InclusionReceipt memory r = receiptFor(slot, 0);
        bytes memory sig = signReceipt(signerKey(leader), r);
        bytes32[] memory kept = batchWith(2, 0);
        postTxs(leader, kept);
        rollBlocks(1);
        bytes32[] memory other = batchWith(2, 9);
        BatchHeader memory second = postTxs(leader, other);
        // The second batch of the slot contradicts, but the promise was about the first, which kept it.
        expectContradictedRevert(
            abi.encodeWithSelector(IInclusionReceipts.NotFirstBatchInSlot.selector, second.batchNumber),
            r,
            sig,
            second,
            other
        );
        // Nor can a batch of another slot stand in for it.
        rollToSlot(slot + 1);
        uint256 next = leaderIndex();
        bytes32[] memory later = batchWith(1, 9);
        BatchHeader memory third = postTxs(next, later);
        expectContradictedRevert(
            abi.encodeWithSelector(IInclusionReceipts.NotFirstBatchInSlot.selector, third.batchNumber),
            r,
            signReceipt(signerKey(next), r),
            third,
            later
        );
    }

    /// @dev The previous header is checked against the batch's recorded parent hash: a made-up one naming another
    ///      sequencer cannot pass the signer's second batch of the slot off as its first.
    function test_contradicted_aForgedPreviousHeaderCannotMakeASecondBatchFirst() public {
        uint64 slot = registry.currentSlot();
        uint256 leader = leaderIndex();
        InclusionReceipt memory r = receiptFor(slot, 0);
        bytes memory sig = signReceipt(signerKey(leader), r);
        postTxs(leader, batchWith(2, 0));
        rollBlocks(1);
        bytes32[] memory other = batchWith(2, 9);
        BatchHeader memory second = postTxs(leader, other);
        BatchHeader memory forged = previousOf(second);
        forged.sequencer = address(0xBEEF);
        bytes memory data = abi.encodeCall(
            IInclusionReceipts.slashContradictedReceipt,
            (r, sig, second, forged, other.length, other[0], TxTree.proof(other, 0))
        );
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.HeaderMismatch.selector, second.batchNumber - 1));
        callReceipts(data);
        // With the true previous header it is what it is: the second batch, not held to the receipt.
        expectContradictedRevert(
            abi.encodeWithSelector(IInclusionReceipts.NotFirstBatchInSlot.selector, second.batchNumber),
            r,
            sig,
            second,
            other
        );
    }

    function test_contradicted_aLeaderCoveredByABackupIsHeldToItsOwnFirstBatch() public {
        uint64 slot = registry.currentSlot();
        uint256 leader = leaderIndex();
        uint8 backup = backupOf(slot);
        InclusionReceipt memory r = receiptFor(slot, 1);
        bytes memory sig = signReceipt(signerKey(leader), r);
        rollBlocks(p.graceBlocks);
        bytes32[] memory covered = batchWith(3, 7);
        BatchHeader memory backupBatch = postTxs(backup, covered);
        // The backup's batch is not the leader's: it proves nothing against the leader, nor against the backup.
        expectContradictedRevert(
            abi.encodeWithSelector(IInclusionReceipts.NotFirstBatchInSlot.selector, backupBatch.batchNumber),
            r,
            sig,
            backupBatch,
            covered
        );
        rollBlocks(1);
        bytes32[] memory own = batchWith(3, 2);
        BatchHeader memory leaderBatch = postTxs(leader, own);
        proveContradicted(r, sig, leaderBatch, own);
        assertEq(uint256(registry.operator(uint8(leader)).bond), p.minBond - p.receiptSafetyPenalty);
        assertEq(uint256(registry.operator(backup).bond), p.minBond);
    }

    function test_receipt_isPaidOnceWhateverIsProvenAgain() public {
        uint64 slot = registry.currentSlot();
        uint256 leader = leaderIndex();
        InclusionReceipt memory r = receiptFor(slot, 0);
        bytes memory sig = signReceipt(signerKey(leader), r);
        bytes32[] memory leaves = batchWith(4, 3);
        BatchHeader memory batch = postTxs(leader, leaves);
        proveContradicted(r, sig, batch, leaves);
        // Another opening of the same broken receipt.
        bytes32 evidence = evidenceOf(leader, r);
        expectContradictedRevert(
            abi.encodeWithSelector(ISequencerRegistry.AlreadyProven.selector, evidence), r, sig, batch, leaves
        );
        // A different receipt (another beneficiary) for the same position is another promise, paid on its own.
        InclusionReceipt memory twin = receiptFor(slot, 0);
        twin.beneficiary = USER;
        proveContradicted(twin, signReceipt(signerKey(leader), twin), batch, leaves);
        assertEq(uint256(registry.operator(uint8(leader)).bond), p.minBond - 2 * uint256(p.receiptSafetyPenalty));
    }

    function test_receipt_refusesAnotherRollupAForgedSignatureAndAnUnregisteredSigner() public {
        uint64 slot = registry.currentSlot();
        uint256 leader = leaderIndex();
        bytes32[] memory leaves = batchWith(4, 3);
        BatchHeader memory batch = postTxs(leader, leaves);
        InclusionReceipt memory r = receiptFor(slot, 0);

        InclusionReceipt memory foreign = receiptFor(slot, 0);
        foreign.l2ChainId = L2_CHAIN_ID + 1;
        expectContradictedRevert(
            abi.encodeWithSelector(IInclusionReceipts.WrongChain.selector, L2_CHAIN_ID + 1),
            foreign,
            signReceipt(signerKey(leader), foreign),
            batch,
            leaves
        );

        expectContradictedRevert(
            abi.encodeWithSelector(IInclusionReceipts.InvalidSignature.selector), r, hex"1234", batch, leaves
        );

        // Signed by a key no operator registered: it names nobody's batch.
        expectContradictedRevert(
            abi.encodeWithSelector(IInclusionReceipts.NotFirstBatchInSlot.selector, batch.batchNumber),
            r,
            signReceipt(0xBAD, r),
            batch,
            leaves
        );

        // Another operator's receipt against the leader's batch.
        uint256 other = (leader + 1) % 3;
        expectContradictedRevert(
            abi.encodeWithSelector(IInclusionReceipts.NotFirstBatchInSlot.selector, batch.batchNumber),
            r,
            signReceipt(signerKey(other), r),
            batch,
            leaves
        );

        // The recorded header, altered.
        BatchHeader memory altered = copy(batch);
        altered.txRoot = TxTree.txRoot(batchWith(4, 9));
        expectContradictedRevert(
            abi.encodeWithSelector(ISequencerRegistry.HeaderMismatch.selector, batch.batchNumber),
            r,
            signReceipt(signerKey(leader), r),
            altered,
            batchWith(4, 9)
        );
    }

    // ---- receipts signed in a group: one signature over a root, each receipt with its path ----

    /// @dev The vector `baton_protocol::receipt::vector::shared_group_vector` checks on the Rust side: three receipts
    ///      of the shared vector's shape at indices 77, 78 and 79, signed as a group by key 1.
    function test_sharedGroupVectorMatchesTheRust() public pure {
        bytes32[] memory hashes = new bytes32[](3);
        for (uint256 i; i < 3; ++i) {
            hashes[i] = InclusionReceiptLib.hash(
                InclusionReceipt({
                    l2ChainId: 901,
                    txHash: bytes32(0xabababababababababababababababababababababababababababababababab),
                    slot: 1234,
                    index: uint32(77 + i),
                    beneficiary: address(0xaa)
                })
            );
        }
        bytes32 root = ReceiptTree.root(hashes);
        assertEq(root, GROUP_ROOT);
        bytes32 digest =
            BatonEip712.digest(BatonEip712.domainSeparator(31_337, address(0xbb)), InclusionReceiptLib.hashRoot(root));
        assertEq(digest, GROUP_DIGEST);
        (uint8 v, bytes32 rr, bytes32 s) = vm.sign(1, digest);
        assertEq(abi.encodePacked(rr, s, v, ReceiptTree.path(hashes, 1)), GROUP_MEMBER_1_SIGNATURE);
    }

    function test_group_aMemberIsProvenWithItsPathAndPaidOnceInEitherForm() public {
        uint64 slot = registry.currentSlot();
        uint256 leader = leaderIndex();
        (InclusionReceipt[] memory group, bytes32[] memory hashes) = groupFor(slot, 5);
        bytes32[] memory leaves = batchWith(6, 5); // the promised transaction at index 5: every member broken
        BatchHeader memory batch = postTxs(leader, leaves);

        InclusionReceipt memory r = group[2];
        bytes memory grouped = signInGroup(signerKey(leader), hashes, 2);
        assertEq(grouped.length, 65 + 3 * 32, "five leaves: three levels");
        proveContradictedAs(KEEPER, r, grouped, batch, leaves);
        assertEq(uint256(registry.operator(uint8(leader)).bond), p.minBond - p.receiptSafetyPenalty);
        assertEq(escrowOf(evidenceOf(leader, r)).victim, r.beneficiary);
        // The same receipt signed alone is the same evidence.
        expectContradictedRevert(
            abi.encodeWithSelector(ISequencerRegistry.AlreadyProven.selector, evidenceOf(leader, r)),
            r,
            signReceipt(signerKey(leader), r),
            batch,
            leaves
        );
        // The last member, carried up a level without a sibling, has a shorter path.
        bytes memory last = signInGroup(signerKey(leader), hashes, 4);
        assertEq(last.length, 65 + 32);
        proveContradicted(group[4], last, batch, leaves);
        assertEq(uint256(registry.operator(uint8(leader)).bond), p.minBond - 2 * uint256(p.receiptSafetyPenalty));
    }

    function test_group_aSignatureBindsOnlyTheReceiptsOfItsTree() public {
        uint64 slot = registry.currentSlot();
        uint256 leader = leaderIndex();
        (InclusionReceipt[] memory group, bytes32[] memory hashes) = groupFor(slot, 4);
        bytes32[] memory leaves = batchWith(4, 9);
        BatchHeader memory batch = postTxs(leader, leaves);
        bytes memory grouped = signInGroup(signerKey(leader), hashes, 1);
        bytes memory notTheSigners =
            abi.encodeWithSelector(IInclusionReceipts.NotFirstBatchInSlot.selector, batch.batchNumber);

        // Malformed: shorter than a signature, a partial sibling, more than 16 siblings.
        bytes memory invalid = abi.encodeWithSelector(IInclusionReceipts.InvalidSignature.selector);
        expectContradictedRevert(invalid, group[1], sliceOf(grouped, 64), batch, leaves);
        expectContradictedRevert(invalid, group[1], sliceOf(grouped, 66), batch, leaves);
        expectContradictedRevert(invalid, group[1], sliceOf(grouped, 96), batch, leaves);
        expectContradictedRevert(invalid, group[1], abi.encodePacked(grouped, bytes1(0)), batch, leaves);
        expectContradictedRevert(invalid, group[1], abi.encodePacked(grouped, new bytes(15 * 32)), batch, leaves);

        // A sibling altered, or a receipt outside the tree shown with a member's path: another root, another signer.
        bytes memory forged = abi.encodePacked(grouped);
        forged[70] ^= 0x01;
        expectContradictedRevert(notTheSigners, group[1], forged, batch, leaves);
        InclusionReceipt memory outsider = receiptFor(slot, 1);
        outsider.beneficiary = address(0xE5E);
        expectContradictedRevert(notTheSigners, outsider, grouped, batch, leaves);
        // A member's path under another member: the pairs no longer meet at the root (unless they are siblings).
        expectContradictedRevert(notTheSigners, group[3], grouped, batch, leaves);
        // The root's signature alone is no receipt's signature, and a receipt's own signature is no root's.
        expectContradictedRevert(notTheSigners, group[1], sliceOf(grouped, 65), batch, leaves);
        bytes memory alone = signReceipt(signerKey(leader), group[1]);
        bytes memory wrongForm = abi.encodePacked(alone, ReceiptTree.path(hashes, 1));
        expectContradictedRevert(notTheSigners, group[1], wrongForm, batch, leaves);

        // The genuine form goes through.
        proveContradicted(group[1], grouped, batch, leaves);
    }

    function test_group_aLeaderThatNeverPostsBreaksEveryMemberOnce() public {
        uint64 slot = registry.currentSlot();
        uint256 leader = leaderIndex();
        (InclusionReceipt[] memory group, bytes32[] memory hashes) = groupFor(slot, 3);
        rollToSlot(slot + 1);
        postAsLeader();
        (uint64 first, BatchHeader[] memory headers) = slotEvidence(slot);
        for (uint256 i; i < 3; ++i) {
            vm.prank(KEEPER);
            receipts.slashUnkeptReceipt(group[i], signInGroup(signerKey(leader), hashes, i), first, headers);
        }
        assertEq(uint256(registry.operator(uint8(leader)).bond), p.minBond - 3 * uint256(p.receiptLivenessPenalty));
        bytes memory again = signReceipt(signerKey(leader), group[0]);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.AlreadyProven.selector, evidenceOf(leader, group[0])));
        receipts.slashUnkeptReceipt(group[0], again, first, headers);
    }

    function sliceOf(bytes memory b, uint256 length) internal pure returns (bytes memory out) {
        out = new bytes(length);
        for (uint256 i; i < length; ++i) {
            out[i] = b[i];
        }
    }

    function test_contradicted_staysProvableForTheFaultWindowOnly() public {
        uint64 slot = registry.currentSlot();
        uint256 leader = leaderIndex();
        InclusionReceipt memory r = receiptFor(slot, 0);
        bytes memory sig = signReceipt(signerKey(leader), r);
        bytes32[] memory leaves = batchWith(2, 1);
        BatchHeader memory batch = postTxs(leader, leaves);
        vm.roll(registry.slotStartBlock(slot + 1) + p.faultWindow);
        expectContradictedRevert(
            abi.encodeWithSelector(ISequencerRegistry.OutsideFaultWindow.selector, slot), r, sig, batch, leaves
        );
        vm.roll(block.number - 1);
        proveContradicted(r, sig, batch, leaves);
    }

    // ---- the liveness fault: the leader never posted in the slot ----

    function test_unkept_aLeaderThatNeverPostsPaysTheLivenessPenaltyOncePerReceipt() public {
        uint64 slot = registry.currentSlot();
        uint256 leader = leaderIndex();
        InclusionReceipt memory r = receiptFor(slot, 0);
        bytes memory sig = signReceipt(signerKey(leader), r);
        // A backup covers the slot; the leader's promise was about its own batch.
        rollBlocks(p.graceBlocks);
        postAs(backupOf(slot), "");
        (uint64 first, BatchHeader[] memory headers) = slotEvidence(slot);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.SlotNotOver.selector, slot));
        receipts.slashUnkeptReceipt(r, sig, first, headers);

        rollToSlot(slot + 1);
        postAsLeader();
        (first, headers) = slotEvidence(slot);
        vm.expectEmit(address(registry));
        emit ISequencerRegistry.Slashed(
            uint8(leader),
            ISequencerRegistry.Fault.ReceiptUnkept,
            evidenceOf(leader, r),
            p.receiptLivenessPenalty,
            ISequencerRegistry.Escrow({
                victim: r.beneficiary,
                compensation: p.receiptCompensation,
                reporter: KEEPER,
                bounty: uint96(uint256(p.receiptLivenessPenalty) * p.bountyBps / 10_000) - p.receiptCompensation,
                offender: signerOf(leader),
                releaseAt: registry.slotStartBlock(registry.currentSlot() + 1) + p.faultWindow
            })
        );
        vm.prank(KEEPER);
        receipts.slashUnkeptReceipt(r, sig, first, headers);
        assertEq(uint256(registry.operator(uint8(leader)).bond), p.minBond - p.receiptLivenessPenalty);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.AlreadyProven.selector, evidenceOf(leader, r)));
        receipts.slashUnkeptReceipt(r, sig, first, headers);
    }

    function test_unkept_aLeaderThatPostedIsNotChargedEvenIfItsBatchBrokeTheReceipt() public {
        uint64 slot = registry.currentSlot();
        uint256 leader = leaderIndex();
        InclusionReceipt memory r = receiptFor(slot, 5);
        bytes memory sig = signReceipt(signerKey(leader), r);
        postTxs(leader, batchWith(2, 0));
        rollToSlot(slot + 1);
        (uint64 first, BatchHeader[] memory headers) = slotEvidence(slot);
        vm.expectRevert(abi.encodeWithSelector(IInclusionReceipts.SignerPostedInSlot.selector, slot));
        receipts.slashUnkeptReceipt(r, sig, first, headers);
    }

    function test_unkept_onlyTheLeaderPromisesLiveness() public {
        uint64 slot = registry.currentSlot();
        uint8 backup = backupOf(slot);
        InclusionReceipt memory r = receiptFor(slot, 0);
        bytes memory sig = signReceipt(signerKey(backup), r);
        rollToSlot(slot + 1);
        (uint64 first, BatchHeader[] memory headers) = slotEvidence(slot);
        vm.expectRevert(abi.encodeWithSelector(IInclusionReceipts.ReceiptNotFromLeader.selector, backup, slot));
        receipts.slashUnkeptReceipt(r, sig, first, headers);
    }

    function test_unkept_aLeaderSuspendedDuringTheSlotIsNotCharged() public {
        // Jail the leader of a later slot with missed-slot reports, then let that slot pass empty.
        ISequencerRegistry.Params memory params = defaultParams();
        params.strikesToJail = 1;
        p = params;
        registry = deployBaton(params);
        inbox = BatchInbox(registry.inbox());
        receipts = InclusionReceipts(registry.receipts());
        bondAndActivate(3);
        uint64 missed = registry.currentSlot();
        uint8 leader = registry.leaderOf(missed);
        uint64 later;
        uint64 until = uint64(registry.epochOf(missed) + 2) * p.slotsPerEpoch;
        for (later = missed + 2; later < until && registry.leaderOf(later) != leader; ++later) {}
        require(later < until, "the jailed leader leads no later slot before it leaves the set");
        InclusionReceipt memory r = receiptFor(later, 0);
        bytes memory sig = signReceipt(signerKey(leader), r);
        rollToSlot(missed + 1);
        (uint64 first, BatchHeader[] memory headers) = slotEvidence(missed);
        registry.reportMissedSlot(missed, first, headers);
        assertTrue(registry.operator(leader).suspended);
        rollToSlot(later + 1);
        (first, headers) = slotEvidence(later);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.NotAccountable.selector, leader, later));
        receipts.slashUnkeptReceipt(r, sig, first, headers);
    }

    // ---- self-reports and shielding ----

    function test_selfReport_returnsAtMostTheBountyShareAndAnEquivocationTakesEvenThat() public {
        uint64 slot = registry.currentSlot();
        uint256 leader = leaderIndex();
        address self = owner(leader); // the operator reports itself and is its own beneficiary
        InclusionReceipt memory r = receiptFor(slot, 0);
        r.beneficiary = self;
        bytes32[] memory leaves = batchWith(1, 9);
        BatchHeader memory batch = postTxs(leader, leaves);
        proveContradictedAs(self, r, signReceipt(signerKey(leader), r), batch, leaves);
        bytes32 evidence = evidenceOf(leader, r);
        ISequencerRegistry.Escrow memory e = escrowOf(evidence);
        assertLe(uint256(e.compensation) + e.bounty, uint256(p.receiptSafetyPenalty) * p.bountyBps / 10_000);

        // It equivocates before the escrow is released: the escrowed payouts join the equivocation's penalty.
        rollBlocks(1);
        (BatchHeader memory a, bytes memory sigA, BatchHeader memory b, bytes memory sigB) = conflictingPair(leader);
        registry.slashEquivocation(a, sigA, b, sigB);
        vm.roll(e.releaseAt);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.PayoutForfeited.selector, evidence));
        registry.releasePayout(evidence, e);
        assertEq(registry.payoutOf(self), 0);
    }

    /// @dev A path for the real leaf at the receipt's index with one sibling flipped never opens the root.
    function expectForgedPathRefused(
        InclusionReceipt memory r,
        bytes memory sig,
        BatchHeader memory batch,
        bytes32[] memory leaves,
        bytes32 forgery
    ) internal {
        bytes32[] memory path = TxTree.proof(leaves, r.index);
        if (path.length == 0) return;
        path[uint256(forgery) % path.length] ^= bytes32(uint256(1) | uint256(forgery));
        BatchHeader memory prev = previousOf(batch);
        vm.expectRevert(IInclusionReceipts.NotContradicted.selector);
        receipts.slashContradictedReceipt(r, sig, batch, prev, leaves.length, leaves[r.index], path);
    }

    function test_chargeReceipt_isOnlyForTheReceiptsContract() public {
        vm.expectRevert(ISequencerRegistry.NotReceiptsContract.selector);
        registry.chargeReceipt(
            signerOf(0), ISequencerRegistry.Fault.ReceiptContradicted, bytes32(0), 1 ether, KEEPER, 0, KEEPER
        );
    }

    // ---- fuzz: random trees, indices and forged openings ----

    /// @dev In a group of any size, every member is provable with its path, and a path with any sibling altered
    ///      recovers someone else.
    function testFuzz_group_everyMemberIsProvableWithItsPathAndOnlyWithIt(
        uint16 sizeSeed,
        uint16 memberSeed,
        uint256 forgery
    ) public {
        uint256 size = bound(sizeSeed, 2, 300);
        uint256 member = bound(memberSeed, 0, size - 1);
        uint64 slot = registry.currentSlot();
        uint256 leader = leaderIndex();
        (InclusionReceipt[] memory group, bytes32[] memory hashes) = groupFor(slot, size);
        bytes32[] memory leaves = batchWith(size, size); // no member kept
        BatchHeader memory batch = postTxs(leader, leaves);
        bytes memory grouped = signInGroup(signerKey(leader), hashes, member);
        assertLe(grouped.length, 65 + 9 * 32);
        bytes memory forged = abi.encodePacked(grouped);
        uint256 at = 65 + forgery % (grouped.length - 65);
        forged[at] = bytes1(uint8(forged[at]) ^ uint8(1 | (forgery >> 8)));
        expectContradictedRevert(
            abi.encodeWithSelector(IInclusionReceipts.NotFirstBatchInSlot.selector, batch.batchNumber),
            group[member],
            forged,
            batch,
            leaves
        );
        proveContradicted(group[member], grouped, batch, leaves);
        assertEq(uint256(registry.operator(uint8(leader)).bond), p.minBond - p.receiptSafetyPenalty);
    }

    /// @dev Whatever the batch holds and whatever index was promised, a proof succeeds exactly when the promised
    ///      transaction is not at the promised index, and a forged opening never does.
    function testFuzz_contradicted_provableExactlyWhenThePromiseIsBroken(
        uint16 countSeed,
        uint16 indexSeed,
        uint16 placedSeed,
        bytes32 forgery
    ) public {
        uint256 count = bound(countSeed, 0, 300);
        uint32 index = uint32(bound(indexSeed, 0, count + 3));
        uint256 placed = bound(placedSeed, 0, count + 1);
        uint64 slot = registry.currentSlot();
        uint256 leader = leaderIndex();
        InclusionReceipt memory r = receiptFor(slot, index);
        bytes memory sig = signReceipt(signerKey(leader), r);
        bytes32[] memory leaves = batchWith(count, placed);
        BatchHeader memory batch = postTxs(leader, leaves);
        if (index < count && count > 1) expectForgedPathRefused(r, sig, batch, leaves, forgery);
        bool broken = index >= count || leaves[index] != PROMISED;
        if (broken) {
            proveContradicted(r, sig, batch, leaves);
        } else {
            expectContradictedRevert(
                abi.encodeWithSelector(IInclusionReceipts.NotContradicted.selector), r, sig, batch, leaves
            );
        }
        uint256 expected = broken ? p.minBond - p.receiptSafetyPenalty : p.minBond;
        assertEq(uint256(registry.operator(uint8(leader)).bond), expected);
    }
}
