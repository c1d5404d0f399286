// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {SequencerRegistry} from "../src/SequencerRegistry.sol";
import {IBatchInbox} from "../src/interfaces/IBatchInbox.sol";
import {BatchCalldataLib} from "../src/libraries/BatchCalldataLib.sol";
import {BatchHeader, BatchHeaderLib} from "../src/libraries/BatchHeaderLib.sol";
import {BatonFixture} from "./utils/BatonFixture.sol";

/// @notice A poster contract that refuses ETH.
contract RejectingPoster {
    function post(IBatchInbox inbox, bytes calldata data) external {
        (bool ok,) = address(inbox).call(data);
        require(ok, "post failed");
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

        rollBlocks(1); // at most one sequenced batch per block
        BatchHeader memory second = nextHeader(signerOf(leaderIndex()), "payload-1");
        assertEq(second.parentHash, BatchHeaderLib.hash(first));
        vm.expectEmit(address(inbox));
        emit IBatchInbox.BatchAppended(1, BatchHeaderLib.hash(second), IBatchInbox.DataKind.Calldata, 0, second);
        append(second, "payload-1", sign(signerKey(leaderIndex()), second));
        assertEq(inbox.batchCount(), 2);
    }

    function test_appendBatch_relayerMayPostTheLeadersSignedHeader() public {
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        appendFrom(address(0xBEEF), h, "", sig);
        assertEq(inbox.batchCount(), 1);
    }

    function test_appendBatch_revertsForBackupInsideGraceAndAcceptsItAfter() public {
        uint8[] memory order = scheduleOf(registry.currentSlot());
        BatchHeader memory h = nextHeader(signerOf(order[1]), "");
        bytes memory sig = sign(signerKey(order[1]), h);
        expectAppendRevert(abi.encodeWithSelector(IBatchInbox.NotEligible.selector, order[1]), h, "", sig);
        rollBlocks(p.graceBlocks);
        append(h, "", sig);
        assertEq(inbox.batchCount(), 1);
    }

    /// @dev The inbox rebuilds the header from what it knows; a signature over any other chain, batch number, slot,
    ///      parent or data does not verify against it.
    function testFuzz_appendBatch_headerSignedForAnotherPositionIsRejected(uint8 field, bytes32 other) public {
        postAsLeader();
        rollBlocks(1);
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "posted");
        field = uint8(bound(field, 0, 4));
        if (field == 0) h.l2ChainId ^= uint64(uint256(other)) | 1;
        if (field == 1) h.batchNumber ^= uint64(uint256(other)) | 1;
        if (field == 2) h.slot ^= uint64(uint256(other)) | 1;
        if (field == 3) h.parentHash ^= other | bytes32(uint256(1));
        if (field == 4) h.dataCommitment ^= other | bytes32(uint256(1));
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        expectAppendRevert(IBatchInbox.InvalidSignature.selector, h, "posted", sig);
    }

    function test_appendBatch_rebuildsTheHeaderItRecords() public {
        enqueue(address(0xCAFE));
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "payload");
        h.queuePosition = 1;
        h.txRoot = keccak256("other transactions");
        append(h, "payload", sign(signerKey(leaderIndex()), h));
        assertEq(inbox.batchHeaderHash(0), BatchHeaderLib.hash(h));
        assertEq(inbox.queueHead(), 1);
    }

    function test_appendBatch_senderAuthenticationNeedsNoSignature() public {
        uint256 leader = leaderIndex();
        BatchHeader memory h = nextHeader(signerOf(leader), "by the signer");
        bytes memory data = senderCalldata(IBatchInbox.appendBatch.selector, h, "by the signer");
        assertEq(data.length, 50 + 13, "50 bytes besides the payload");
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.NotSigner.selector, signerOf(leader), address(this)));
        callInbox(data);
        vm.prank(signerOf(leader));
        callInbox(data);
        assertEq(inbox.batchHeaderHash(0), BatchHeaderLib.hash(h), "the same header a signature would cover");
    }

    /// @dev A sender's transaction records only the header it names: landing on another batch, in a later slot or
    ///      with other data, it reverts, so nothing the signer never meant is ever recorded under its name.
    function test_appendBatch_senderRecordsOnlyTheHeaderItNames() public {
        uint256 leader = leaderIndex();
        BatchHeader memory h = nextHeader(signerOf(leader), "meant");
        bytes memory meant = senderCalldata(IBatchInbox.appendBatch.selector, h, "meant");
        // Other data under the same named header.
        bytes memory swapped = senderCalldata(IBatchInbox.appendBatch.selector, h, "other");
        vm.prank(signerOf(leader));
        vm.expectPartialRevert(IBatchInbox.UnintendedHeader.selector);
        callInbox(swapped);
        // Another batch lands first (here a relayed one), so the named header is no longer the next one.
        postAs(leader, "relayed first");
        rollBlocks(1);
        vm.prank(signerOf(leader));
        vm.expectPartialRevert(IBatchInbox.UnintendedHeader.selector);
        callInbox(meant);
        assertEq(inbox.batchCount(), 1);
    }

    function test_appendBatch_atMostOneSequencedBatchPerBlock() public {
        postAsLeader();
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        expectAppendRevert(IBatchInbox.SequencedBatchInBlock.selector, h, "", sig);
        rollBlocks(1);
        append(h, "", sig);
        assertEq(inbox.batchCount(), 2);
    }

    function test_appendBatch_malformedCalldataIsRejected() public {
        bytes memory sig = sign(signerKey(leaderIndex()), nextHeader(signerOf(leaderIndex()), ""));
        bytes memory full =
            abi.encodePacked(IBatchInbox.appendBatch.selector, uint8(0), uint8(leaderIndex()), uint32(0), TX_ROOT, sig);
        // Shorter than the fixed fields, or than the signature.
        for (uint256 len = 4; len < 106; len += 17) {
            bytes memory cut = new bytes(len);
            for (uint256 i; i < len; ++i) {
                cut[i] = full[i];
            }
            vm.expectRevert(IBatchInbox.MalformedBatch.selector);
            callInbox(cut);
        }
        // An unknown authentication, and an unsequenced batch naming an operator.
        vm.expectRevert(IBatchInbox.MalformedBatch.selector);
        callInbox(abi.encodePacked(IBatchInbox.appendBatch.selector, uint8(3), uint8(0), uint32(0), TX_ROOT));
        vm.roll(inbox.escapeHatchOpensAt());
        vm.expectRevert(IBatchInbox.MalformedBatch.selector);
        callInbox(abi.encodePacked(IBatchInbox.appendBatch.selector, uint8(2), uint8(1), uint32(0), TX_ROOT));
        // A blob batch carries no payload.
        vm.expectRevert(IBatchInbox.MalformedBatch.selector);
        callInbox(abi.encodePacked(IBatchInbox.appendBlobBatch.selector, uint8(2), uint8(0), uint32(0), TX_ROOT, "x"));
    }

    function test_appendBatch_revertsWhenSignerIsNotTheHeaderSequencer() public {
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        bytes memory sig = sign(0xBAD, h);
        expectAppendRevert(IBatchInbox.InvalidSignature.selector, h, "", sig);
    }

    function test_appendBatch_revertsForAnIdWithoutOperator() public {
        BatchHeader memory h = nextHeader(vm.addr(0xBAD), "");
        bytes memory sig = sign(0xBAD, h);
        bytes memory data = BatchCalldataLib.encode(
            IBatchInbox.appendBatch.selector, IBatchInbox.Authentication.Signature, 9, 0, h.txRoot, sig, ""
        );
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.NotEligible.selector, 9));
        callInbox(data);
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
            assertEq(registry.eligibleSigner(uint8(leader)), address(0));
        }
    }

    // ---- signatures (fuzzed) ----

    /// @dev EIP-2098 cannot carry the high-s twin of a signature (bit 255 is the parity), and whatever a poster puts
    ///      there instead does not verify: every header has one valid signature encoding.
    function testFuzz_signature_highSIsRejected(bytes32 payloadSeed) public {
        bytes memory payload = abi.encode(payloadSeed);
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), payload);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(signerKey(leaderIndex()), inbox.headerDigest(h));
        uint256 highS = SECP256K1_N - uint256(s);
        for (uint256 parity; parity < 2; ++parity) {
            bytes memory malleated = abi.encodePacked(
                IBatchInbox.appendBatch.selector,
                uint8(0),
                uint8(leaderIndex()),
                uint32(0),
                h.txRoot,
                r,
                bytes32(highS | (parity << 255)),
                payload
            );
            vm.expectRevert(IBatchInbox.InvalidSignature.selector);
            callInbox(malleated);
        }
        append(h, payload, abi.encodePacked(r, s, v));
    }

    function testFuzz_signature_wrongSignerIsRejected(uint256 key) public {
        key = bound(key, 1, SECP256K1_N - 1);
        vm.assume(key != signerKey(leaderIndex()));
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        bytes memory sig = sign(key, h);
        expectAppendRevert(IBatchInbox.InvalidSignature.selector, h, "", sig);
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
        expectAppendRevert(IBatchInbox.InvalidSignature.selector, h, "", abi.encodePacked(r, s, v));
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
        SequencerRegistry other = deployBaton(p);
        IBatchInbox otherInbox = IBatchInbox(other.inbox());
        vm.deal(owner(0), 10 ether);
        vm.prank(owner(0));
        other.register{value: 1 ether}(signerOf(0));
        vm.roll(now_);
        // Operator 0 is the only member there, so it leads every slot.
        assertEq(other.eligibleSigner(0), signerOf(0));
        BatchHeader memory h = nextHeader(signerOf(0), "");
        bytes memory data = batchCalldata(IBatchInbox.appendBatch.selector, h, "", sign(signerKey(0), h));
        (bool ok, bytes memory reason) = address(otherInbox).call(data);
        assertFalse(ok);
        assertEq(reason, abi.encodeWithSelector(IBatchInbox.InvalidSignature.selector));
    }

    function test_signature_replayOnAnotherL1ChainIsRejected() public {
        uint256 leader = leaderIndex();
        BatchHeader memory h = nextHeader(signerOf(leader), "");
        bytes memory sig = sign(signerKey(leader), h);
        // Another L1 chain id on which the same operator may post now (the schedule's seed binds the chain id).
        uint256 home = block.chainid;
        for (uint256 c = home + 1; c < home + 100; ++c) {
            vm.chainId(c);
            if (registry.eligibleSigner(uint8(leader)) == signerOf(leader)) break;
        }
        assertTrue(block.chainid != home);
        assertEq(registry.eligibleSigner(uint8(leader)), signerOf(leader));
        expectAppendRevert(IBatchInbox.InvalidSignature.selector, h, "", sig);
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
        emit IBatchInbox.BatchAppended(0, BatchHeaderLib.hash(h), IBatchInbox.DataKind.Blobs, 0, h);
        appendBlob(h, sig);
    }

    function test_appendBlobBatch_revertsWithoutBlobs() public {
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        expectAppendBlobRevert(IBatchInbox.NoBlobs.selector, h, sig);
    }

    function test_appendBlobBatch_revertsOnCommitmentToOtherBlobs() public {
        bytes32[] memory hashes = new bytes32[](1);
        hashes[0] = bytes32(uint256(0x01) << 248 | 7);
        vm.blobhashes(hashes);
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        h.dataCommitment = keccak256(abi.encodePacked(bytes32(uint256(0x01) << 248 | 8)));
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        expectAppendBlobRevert(IBatchInbox.InvalidSignature.selector, h, sig);
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

    function test_headerRing_coversTheFaultWindowAndTheSlot() public view {
        uint64 span = p.slotLength + p.faultWindow;
        assertEq(inbox.headerRingSize(), span + span / p.slotLength + 2);
    }

    /// @dev After the ring wraps, the oldest batch is pruned, every kept one reads back its own hash, and the chain
    ///      still links through the reused slot.
    function test_headerRing_wrapsAndPrunesTheOldest() public {
        uint64 size = inbox.headerRingSize();
        bytes32[] memory hashes = new bytes32[](size + 2);
        for (uint256 i; i < size + 2; ++i) {
            hashes[i] = BatchHeaderLib.hash(postAsLeader());
            rollBlocks(1);
        }
        assertEq(inbox.batchCount(), size + 2);
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.BatchPruned.selector, 1, 2));
        inbox.batchHeaderHash(1);
        for (uint64 n = 2; n < size + 2; ++n) {
            assertEq(inbox.batchHeaderHash(n), hashes[n]);
        }
        BatchHeader memory next = nextHeader(signerOf(leaderIndex()), "");
        assertEq(next.parentHash, hashes[size + 1]);
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
            append(h, "", sig);
            assertEq(inbox.queueHead(), 0);
        } else {
            expectAppendRevert(
                abi.encodeWithSelector(IBatchInbox.OverdueEntrySkipped.selector, index, deadline), h, "", sig
            );
        }
    }

    function test_queue_includingEntriesPaysThePoster() public {
        enqueue(address(0xCAFE));
        enqueue(address(0xCAFE));
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        h.queuePosition = 2;
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        appendFrom(address(0xBEEF), h, "", sig);
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
        poster.post(inbox, batchCalldata(IBatchInbox.appendBatch.selector, h, "", sig));
        vm.expectRevert(IBatchInbox.TransferFailed.selector);
        poster.withdraw(inbox);
        assertEq(inbox.feesOwed(address(poster)), p.forcedInclusionFee, "nothing lost on a failed transfer");
    }

    function test_queue_positionOutOfRangeReverts() public {
        enqueue(address(0xCAFE));
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        h.queuePosition = 2;
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        expectAppendRevert(abi.encodeWithSelector(IBatchInbox.QueuePositionOutOfRange.selector, 0, 1, 2), h, "", sig);
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
        expectAppendRevert(IBatchInbox.InvalidSignature.selector, signed, "", sig);
        // ...but no second unsequenced batch (forced or escape hatch) can take the next one in this slot.
        rollBlocks(1);
        BatchHeader memory hatch = nextHeader(address(0), "");
        expectAppendRevert(abi.encodeWithSelector(IBatchInbox.UnsequencedBatchInSlot.selector, slot), hatch, "", "");
        postAs(leader, "");
        assertEq(inbox.batchCount(), 2);
        // The next slot may carry one again.
        rollToSlot(slot + 1);
        hatch = nextHeader(address(0), "");
        expectAppendRevert(
            abi.encodeWithSelector(IBatchInbox.EscapeHatchClosed.selector, inbox.escapeHatchOpensAt()), hatch, "", ""
        );
    }

    function test_appendForcedBatch_revertsOutOfRange() public {
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.QueuePositionOutOfRange.selector, 1, 0, 0));
        inbox.appendForcedBatch(0);
    }

    // ---- escape hatch ----

    function test_escapeHatch_closedWhileSequencersAreLive() public {
        BatchHeader memory h = nextHeader(address(0), "");
        expectAppendRevert(
            abi.encodeWithSelector(IBatchInbox.EscapeHatchClosed.selector, 100 + p.escapeDelay), h, "", ""
        );
    }

    function test_escapeHatch_opensAfterSilenceAndClosesWhenASequencerPosts() public {
        vm.roll(inbox.escapeHatchOpensAt());
        assertTrue(inbox.escapeHatchOpen());
        BatchHeader memory h = nextHeader(address(0), "anyone");
        appendFrom(address(0xA11), h, "anyone", "");
        assertTrue(inbox.escapeHatchOpen(), "a permissionless batch does not close the hatch");
        rollToSlot(registry.currentSlot() + 1); // one unsequenced batch per slot
        h = nextHeader(address(0), "again");
        append(h, "again", "");

        postAsLeader();
        assertFalse(inbox.escapeHatchOpen());
        h = nextHeader(address(0), "");
        expectAppendRevert(
            abi.encodeWithSelector(IBatchInbox.EscapeHatchClosed.selector, block.number + p.escapeDelay), h, "", ""
        );
    }

    function test_escapeHatch_stillBoundToOverdueEntries() public {
        uint64 index = enqueue(address(0xCAFE));
        (uint64 deadline,) = inbox.entry(index);
        uint256 opensAt = inbox.escapeHatchOpensAt();
        vm.roll(opensAt > deadline ? opensAt : deadline + 1);
        BatchHeader memory h = nextHeader(address(0), "");
        expectAppendRevert(abi.encodeWithSelector(IBatchInbox.OverdueEntrySkipped.selector, index, deadline), h, "", "");
        h.queuePosition = 1;
        append(h, "", "");
        assertEq(inbox.queueHead(), 1);
    }
}
