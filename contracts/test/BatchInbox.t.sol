// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {SequencerRegistry} from "../src/SequencerRegistry.sol";
import {IBatchInbox} from "../src/interfaces/IBatchInbox.sol";
import {BatchHeader, BatchHeaderLib} from "../src/libraries/BatchHeaderLib.sol";
import {BatonFixture} from "./utils/BatonFixture.sol";

/// @notice A poster contract that refuses ETH.
contract RejectingPoster {
    function post(IBatchInbox inbox, BatchHeader calldata h, bytes calldata sig) external {
        inbox.appendBatch(h, "", sig);
    }

    function withdraw(IBatchInbox inbox) external {
        inbox.withdrawFees();
    }

    receive() external payable {
        revert("no ETH");
    }
}

contract BatchInboxTest is BatonFixture {
    uint256 internal constant SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141;

    function setUp() public override {
        super.setUp();
        bondAndActivate(3);
    }

    // ---- calldata batches ----

    function test_appendBatch_leaderAppendsChainedBatches() public {
        BatchHeader memory first = postAs(leaderIndex(), "payload-0");
        assertEq(inbox.batchCount(), 1);
        assertEq(inbox.batchHeaderHash(0), BatchHeaderLib.hash(first));
        assertEq(inbox.headerHash(first), BatchHeaderLib.hash(first));

        BatchHeader memory second = nextHeader(signerOf(leaderIndex()), "payload-1");
        assertEq(second.parentHash, BatchHeaderLib.hash(first));
        vm.expectEmit(address(inbox));
        emit IBatchInbox.BatchAppended(
            1, BatchHeaderLib.hash(second), second.slot, IBatchInbox.DataKind.Calldata, address(this), 0, second
        );
        inbox.appendBatch(second, "payload-1", sign(signerKey(leaderIndex()), second));
        assertEq(inbox.batchCount(), 2);
    }

    function test_appendBatch_relayerMayPostTheLeadersSignedHeader() public {
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        vm.prank(address(0xBEEF));
        inbox.appendBatch(h, "", sig);
        assertEq(inbox.batchCount(), 1);
    }

    function test_appendBatch_revertsForBackupInsideGraceAndAcceptsItAfter() public {
        uint8[] memory order = registry.scheduleOf(registry.currentSlot());
        BatchHeader memory h = nextHeader(signerOf(order[1]), "");
        bytes memory sig = sign(signerKey(order[1]), h);
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.NotEligible.selector, signerOf(order[1])));
        inbox.appendBatch(h, "", sig);
        rollBlocks(p.graceBlocks);
        inbox.appendBatch(h, "", sig);
        assertEq(inbox.batchCount(), 1);
    }

    function test_appendBatch_revertsOnWrongL2ChainId() public {
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        h.l2ChainId = 7;
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.WrongL2ChainId.selector, L2_CHAIN_ID, 7));
        inbox.appendBatch(h, "", sig);
    }

    function test_appendBatch_revertsOnWrongBatchNumber() public {
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        h.batchNumber = 1;
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.WrongBatchNumber.selector, 0, 1));
        inbox.appendBatch(h, "", sig);
    }

    function test_appendBatch_revertsOnWrongSlot() public {
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        h.slot += 1;
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.WrongSlot.selector, h.slot - 1, h.slot));
        inbox.appendBatch(h, "", sig);
    }

    function test_appendBatch_revertsOnWrongParent() public {
        postAsLeader();
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        bytes32 expected = h.parentHash;
        h.parentHash = keccak256("fork");
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.WrongParent.selector, expected, h.parentHash));
        inbox.appendBatch(h, "", sig);
    }

    function test_appendBatch_revertsOnWrongDataCommitment() public {
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "committed");
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        vm.expectRevert(
            abi.encodeWithSelector(IBatchInbox.WrongDataCommitment.selector, keccak256("posted"), h.dataCommitment)
        );
        inbox.appendBatch(h, "posted", sig);
    }

    function test_appendBatch_revertsWhenSignerIsNotTheHeaderSequencer() public {
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        bytes memory sig = sign(0xBAD, h);
        vm.expectRevert(IBatchInbox.InvalidSignature.selector);
        inbox.appendBatch(h, "", sig);
    }

    function test_appendBatch_revertsOnMalformedSignature() public {
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        vm.expectRevert(IBatchInbox.InvalidSignature.selector);
        inbox.appendBatch(h, "", hex"1234");
    }

    function test_appendBatch_revertsForUnbondedSigner() public {
        BatchHeader memory h = nextHeader(vm.addr(0xBAD), "");
        bytes memory sig = sign(0xBAD, h);
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.NotEligible.selector, vm.addr(0xBAD)));
        inbox.appendBatch(h, "", sig);
    }

    function test_appendBatch_exitedOperatorNeverPosts() public {
        uint256 leader = leaderIndex();
        vm.prank(owner(leader));
        registry.requestExit(uint8(leader));
        uint32 leaves = registry.operator(uint8(leader)).leavesAtEpoch;
        rollToEpoch(leaves);
        uint64 first = registry.currentSlot();
        for (uint64 slot = first; slot < first + p.slotsPerEpoch; ++slot) {
            rollToSlot(slot);
            rollBlocks(p.slotLength - 1); // even the last backup window
            assertFalse(registry.isEligiblePoster(signerOf(leader)));
        }
    }

    // ---- signatures (fuzzed) ----

    function testFuzz_signature_highSIsRejected(bytes32 payloadSeed) public {
        bytes memory payload = abi.encode(payloadSeed);
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), payload);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(signerKey(leaderIndex()), inbox.headerDigest(h));
        bytes memory malleated = abi.encodePacked(r, bytes32(SECP256K1_N - uint256(s)), v == 27 ? uint8(28) : 27);
        vm.expectRevert(IBatchInbox.InvalidSignature.selector);
        inbox.appendBatch(h, payload, malleated);
        inbox.appendBatch(h, payload, abi.encodePacked(r, s, v));
    }

    function testFuzz_signature_wrongSignerIsRejected(uint256 key) public {
        key = bound(key, 1, SECP256K1_N - 1);
        vm.assume(key != signerKey(leaderIndex()));
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        bytes memory sig = sign(key, h);
        vm.expectRevert(IBatchInbox.InvalidSignature.selector);
        inbox.appendBatch(h, "", sig);
    }

    function testFuzz_signature_wrongDomainIsRejected(string memory name, uint256 chainId, address verifier) public {
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        vm.assume(
            chainId != block.chainid || verifier != address(inbox) || keccak256(bytes(name)) != keccak256("Baton")
        );
        bytes32 domain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256(bytes(name)),
                keccak256("1"),
                chainId,
                verifier
            )
        );
        bytes32 digest = keccak256(abi.encodePacked("\x19\x01", domain, BatchHeaderLib.hash(h)));
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(signerKey(leaderIndex()), digest);
        vm.expectRevert(IBatchInbox.InvalidSignature.selector);
        inbox.appendBatch(h, "", abi.encodePacked(r, s, v));
    }

    function test_signature_digestMatchesHandRolledEip712() public view {
        BatchHeader memory h = nextHeader(signerOf(0), "x");
        bytes32 domain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("Baton"),
                keccak256("1"),
                block.chainid,
                address(inbox)
            )
        );
        bytes32 structHash = keccak256(
            abi.encode(
                BatchHeaderLib.TYPEHASH,
                h.l2ChainId,
                h.batchNumber,
                h.slot,
                h.parentHash,
                h.dataCommitment,
                h.txRoot,
                h.queuePosition,
                h.sequencer
            )
        );
        assertEq(BatchHeaderLib.hash(h), structHash);
        assertEq(inbox.headerDigest(h), keccak256(abi.encodePacked("\x19\x01", domain, structHash)));
    }

    function test_signature_replayOnAnotherInboxIsRejected() public {
        // A second deployment with the same genesis and the same operator bonded: same slot, same batch number.
        uint256 now_ = block.number;
        vm.roll(registry.genesisBlock());
        SequencerRegistry other = new SequencerRegistry(p);
        IBatchInbox otherInbox = IBatchInbox(other.inbox());
        vm.deal(owner(0), 10 ether);
        vm.prank(owner(0));
        other.register{value: 1 ether}(signerOf(0));
        vm.roll(now_);
        // Operator 0 is the only member there, so it leads every slot.
        assertTrue(other.isEligiblePoster(signerOf(0)));
        BatchHeader memory h = nextHeader(signerOf(0), "");
        bytes memory sig = sign(signerKey(0), h);
        vm.expectRevert(IBatchInbox.InvalidSignature.selector);
        otherInbox.appendBatch(h, "", sig);
    }

    function test_signature_replayOnAnotherL1ChainIsRejected() public {
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        vm.chainId(block.chainid + 1);
        vm.expectRevert(IBatchInbox.InvalidSignature.selector);
        inbox.appendBatch(h, "", sig);
    }

    function test_computeTxRoot_matchesTheLibrary() public view {
        bytes32[] memory hashes = new bytes32[](5);
        for (uint256 i; i < 5; ++i) {
            hashes[i] = keccak256(abi.encode(i));
        }
        bytes32 expected = keccak256(
            abi.encodePacked(
                uint256(5),
                keccak256(
                    abi.encodePacked(
                        keccak256(
                            abi.encodePacked(
                                keccak256(abi.encodePacked(hashes[0], hashes[1])),
                                keccak256(abi.encodePacked(hashes[2], hashes[3]))
                            )
                        ),
                        hashes[4]
                    )
                )
            )
        );
        assertEq(inbox.computeTxRoot(hashes), expected);
    }

    // ---- blobs ----

    function test_appendBlobBatch_commitsToAllBlobHashes() public {
        bytes32[] memory hashes = new bytes32[](2);
        hashes[0] = bytes32(uint256(0x01) << 248 | 1);
        hashes[1] = bytes32(uint256(0x01) << 248 | 2);
        vm.blobhashes(hashes);
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        h.dataCommitment = keccak256(abi.encodePacked(hashes));
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        vm.expectEmit(address(inbox));
        emit IBatchInbox.BatchAppended(
            0, BatchHeaderLib.hash(h), h.slot, IBatchInbox.DataKind.Blobs, address(this), 0, h
        );
        inbox.appendBlobBatch(h, sig);
    }

    function test_appendBlobBatch_revertsWithoutBlobs() public {
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        vm.expectRevert(IBatchInbox.NoBlobs.selector);
        inbox.appendBlobBatch(h, sig);
    }

    function test_appendBlobBatch_revertsOnCommitmentToOtherBlobs() public {
        bytes32[] memory hashes = new bytes32[](1);
        hashes[0] = bytes32(uint256(0x01) << 248 | 7);
        vm.blobhashes(hashes);
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        h.dataCommitment = keccak256(abi.encodePacked(bytes32(uint256(0x01) << 248 | 8)));
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBatchInbox.WrongDataCommitment.selector, keccak256(abi.encodePacked(hashes)), h.dataCommitment
            )
        );
        inbox.appendBlobBatch(h, sig);
    }

    // ---- forced queue ----

    function test_enqueueTransaction_recordsDeadlineAndSender() public {
        vm.deal(address(0xCAFE), 1 ether);
        vm.expectEmit(address(inbox));
        emit IBatchInbox.ForcedEntryQueued(
            0,
            address(0xCAFE),
            IBatchInbox.EntryKind.Transaction,
            address(0),
            0,
            uint64(block.number) + p.inclusionWindow,
            hex"02f86b01"
        );
        vm.prank(address(0xCAFE));
        uint64 index = inbox.enqueueTransaction{value: p.forcedInclusionFee}(hex"02f86b01");
        assertEq(index, 0);
        (uint64 deadline, address sender) = inbox.entry(0);
        assertEq(deadline, block.number + p.inclusionWindow);
        assertEq(sender, address(0xCAFE));
        assertEq(inbox.queueLength(), 1);
    }

    function test_enqueueTransaction_revertsOnEmptyOrOversizedTransaction() public {
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.TransactionSize.selector, 0, p.maxForcedTxSize));
        inbox.enqueueTransaction{value: p.forcedInclusionFee}("");
        bytes memory big = new bytes(p.maxForcedTxSize + 1);
        vm.expectRevert(
            abi.encodeWithSelector(IBatchInbox.TransactionSize.selector, p.maxForcedTxSize + 1, p.maxForcedTxSize)
        );
        inbox.enqueueTransaction{value: p.forcedInclusionFee}(big);
    }

    function test_enqueueTransaction_revertsOnWrongFee() public {
        vm.deal(address(this), 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.WrongValue.selector, p.forcedInclusionFee, 1));
        inbox.enqueueTransaction{value: 1}(hex"01");
    }

    function test_depositETH_queuesAmountNetOfFee() public {
        vm.deal(address(0xCAFE), 2 ether);
        vm.prank(address(0xCAFE));
        inbox.depositETH{value: 1 ether}(address(0xD00D));
        assertEq(inbox.totalDeposits(), 1 ether - p.forcedInclusionFee);
        assertEq(address(inbox).balance, 1 ether);
    }

    function test_depositETH_revertsOnZeroRecipientOrNoValue() public {
        vm.deal(address(this), 1 ether);
        vm.expectRevert(IBatchInbox.InvalidDeposit.selector);
        inbox.depositETH{value: 1 ether}(address(0));
        vm.expectRevert(
            abi.encodeWithSelector(IBatchInbox.WrongValue.selector, p.forcedInclusionFee + 1, p.forcedInclusionFee)
        );
        inbox.depositETH{value: p.forcedInclusionFee}(address(1));
    }

    function test_entry_revertsForUnknownIndex() public {
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.UnknownEntry.selector, 0));
        inbox.entry(0);
    }

    function test_batchHeaderHash_revertsForUnknownBatch() public {
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.UnknownBatch.selector, 0));
        inbox.batchHeaderHash(0);
    }

    /// @dev deadline - 1, deadline and deadline + 1: a batch may skip the entry only while it is not overdue.
    function testFuzz_queue_deadlineBoundary(uint8 offsetSeed) public {
        int256 offset = int256(uint256(bound(offsetSeed, 0, 2))) - 1;
        uint64 index = enqueue(address(0xCAFE));
        (uint64 deadline,) = inbox.entry(index);
        vm.roll(uint256(int256(uint256(deadline)) + offset));
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), ""); // skips the entry
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        if (offset <= 0) {
            inbox.appendBatch(h, "", sig);
            assertEq(inbox.queueHead(), 0);
        } else {
            vm.expectRevert(abi.encodeWithSelector(IBatchInbox.OverdueEntrySkipped.selector, index, deadline));
            inbox.appendBatch(h, "", sig);
        }
    }

    function test_queue_includingEntriesPaysThePoster() public {
        enqueue(address(0xCAFE));
        enqueue(address(0xCAFE));
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        h.queuePosition = 2;
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        vm.prank(address(0xBEEF));
        inbox.appendBatch(h, "", sig);
        assertEq(inbox.queueHead(), 2);
        assertEq(inbox.feesOwed(address(0xBEEF)), 2 * p.forcedInclusionFee);
        vm.prank(address(0xBEEF));
        inbox.withdrawFees();
        assertEq(address(0xBEEF).balance, 2 * p.forcedInclusionFee);
        vm.prank(address(0xBEEF));
        vm.expectRevert(IBatchInbox.NothingOwed.selector);
        inbox.withdrawFees();
    }

    function test_withdrawFees_revertsWhenPosterRejectsEth() public {
        enqueue(address(0xCAFE));
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        h.queuePosition = 1;
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        RejectingPoster poster = new RejectingPoster();
        poster.post(inbox, h, sig);
        vm.expectRevert(IBatchInbox.TransferFailed.selector);
        poster.withdraw(inbox);
        assertEq(inbox.feesOwed(address(poster)), p.forcedInclusionFee, "nothing lost on a failed transfer");
    }

    function test_queue_positionOutOfRangeReverts() public {
        enqueue(address(0xCAFE));
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        h.queuePosition = 2;
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.QueuePositionOutOfRange.selector, 0, 1, 2));
        inbox.appendBatch(h, "", sig);
    }

    function test_queue_positionCannotMoveBackwards() public {
        enqueue(address(0xCAFE));
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        h.queuePosition = 1;
        inbox.appendBatch(h, "", sign(signerKey(leaderIndex()), h));
        h = nextHeader(signerOf(leaderIndex()), "");
        h.queuePosition = 0;
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.QueuePositionOutOfRange.selector, 1, 1, 0));
        inbox.appendBatch(h, "", sig);
    }

    // ---- forced-only batches ----

    function test_appendForcedBatch_anyoneIncludesOverdueEntries() public {
        enqueue(address(0xCAFE));
        uint64 second = enqueue(address(0xCAFE));
        (uint64 deadline,) = inbox.entry(second);
        rollToSlot(registry.slotAt(deadline) + 1);
        vm.prank(address(0xF00));
        inbox.appendForcedBatch(2);
        assertEq(inbox.queueHead(), 2);
        assertEq(inbox.batchCount(), 1);
        assertEq(inbox.feesOwed(address(0xF00)), 2 * p.forcedInclusionFee);
        BatchHeader memory expected = BatchHeader({
            l2ChainId: L2_CHAIN_ID,
            batchNumber: 0,
            slot: registry.currentSlot(),
            parentHash: bytes32(0),
            dataCommitment: bytes32(0),
            txRoot: bytes32(0),
            queuePosition: 2,
            sequencer: address(0)
        });
        assertEq(inbox.batchHeaderHash(0), BatchHeaderLib.hash(expected));
        // A forced-only batch does not count as a bonded sequencer being live.
        assertEq(inbox.escapeHatchOpensAt(), 100 + p.escapeDelay);
    }

    function test_appendForcedBatch_revertsUntilTheDeadlineSlotHasEnded() public {
        uint64 index = enqueue(address(0xCAFE));
        (uint64 deadline,) = inbox.entry(index);
        uint64 forceableAt = registry.slotStartBlock(registry.slotAt(deadline) + 1);
        assertGt(forceableAt, deadline + 1);
        // Overdue but inside its deadline's slot: forcing it now would clear that slot's censor.
        vm.roll(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.NotForceableYet.selector, forceableAt));
        inbox.appendForcedBatch(1);
        vm.roll(forceableAt);
        inbox.appendForcedBatch(1);
    }

    function test_appendForcedBatch_cannotTakeEntriesWhoseDeadlineSlotIsOpen() public {
        enqueue(address(0xCAFE));
        rollBlocks(p.slotLength);
        enqueue(address(0xCAFE));
        (uint64 firstDeadline,) = inbox.entry(0);
        (uint64 secondDeadline,) = inbox.entry(1);
        rollToSlot(registry.slotAt(firstDeadline) + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBatchInbox.NotForceableYet.selector, registry.slotStartBlock(registry.slotAt(secondDeadline) + 1)
            )
        );
        inbox.appendForcedBatch(2);
        inbox.appendForcedBatch(1);
        assertEq(inbox.queueHead(), 1);
    }

    function test_unsequencedBatches_atMostOnePerSlotSoALeaderCanAlwaysSignAgain() public {
        vm.roll(inbox.escapeHatchOpensAt());
        enqueue(address(0xCAFE));
        (uint64 deadline,) = inbox.entry(0);
        uint64 slot = registry.slotAt(deadline) + 1;
        rollToSlot(slot);
        // A forced batch takes the batch number the leader signed...
        uint8 leader = uint8(leaderIndex());
        BatchHeader memory signed = nextHeader(signerOf(leader), "");
        signed.queuePosition = 1;
        bytes memory sig = sign(signerKey(leader), signed);
        inbox.appendForcedBatch(1);
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.WrongBatchNumber.selector, 1, 0));
        inbox.appendBatch(signed, "", sig);
        // ...but no second unsequenced batch (forced or escape hatch) can take the next one in this slot.
        rollBlocks(1);
        BatchHeader memory hatch = nextHeader(address(0), "");
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.UnsequencedBatchInSlot.selector, slot));
        inbox.appendBatch(hatch, "", "");
        postAs(leader, "");
        assertEq(inbox.batchCount(), 2);
        // The next slot may carry one again.
        rollToSlot(slot + 1);
        hatch = nextHeader(address(0), "");
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.EscapeHatchClosed.selector, inbox.escapeHatchOpensAt()));
        inbox.appendBatch(hatch, "", "");
    }

    function test_appendForcedBatch_revertsOutOfRange() public {
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.QueuePositionOutOfRange.selector, 1, 0, 0));
        inbox.appendForcedBatch(0);
    }

    // ---- escape hatch ----

    function test_escapeHatch_closedWhileSequencersAreLive() public {
        BatchHeader memory h = nextHeader(address(0), "");
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.EscapeHatchClosed.selector, 100 + p.escapeDelay));
        inbox.appendBatch(h, "", "");
    }

    function test_escapeHatch_opensAfterSilenceAndClosesWhenASequencerPosts() public {
        vm.roll(inbox.escapeHatchOpensAt());
        assertTrue(inbox.escapeHatchOpen());
        BatchHeader memory h = nextHeader(address(0), "anyone");
        vm.prank(address(0xA11));
        inbox.appendBatch(h, "anyone", "");
        assertTrue(inbox.escapeHatchOpen(), "a permissionless batch does not close the hatch");
        rollToSlot(registry.currentSlot() + 1); // one unsequenced batch per slot
        h = nextHeader(address(0), "again");
        inbox.appendBatch(h, "again", "");

        postAsLeader();
        assertFalse(inbox.escapeHatchOpen());
        h = nextHeader(address(0), "");
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.EscapeHatchClosed.selector, block.number + p.escapeDelay));
        inbox.appendBatch(h, "", "");
    }

    function test_escapeHatch_permissionlessBatchMustCarryNoSignature() public {
        vm.roll(inbox.escapeHatchOpensAt());
        BatchHeader memory h = nextHeader(address(0), "");
        vm.expectRevert(IBatchInbox.InvalidSignature.selector);
        inbox.appendBatch(h, "", hex"01");
    }

    function test_escapeHatch_stillBoundToOverdueEntries() public {
        uint64 index = enqueue(address(0xCAFE));
        (uint64 deadline,) = inbox.entry(index);
        uint256 opensAt = inbox.escapeHatchOpensAt();
        vm.roll(opensAt > deadline ? opensAt : deadline + 1);
        BatchHeader memory h = nextHeader(address(0), "");
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.OverdueEntrySkipped.selector, index, deadline));
        inbox.appendBatch(h, "", "");
        h.queuePosition = 1;
        inbox.appendBatch(h, "", "");
        assertEq(inbox.queueHead(), 1);
    }
}
