// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IBatchInbox} from "../src/interfaces/IBatchInbox.sol";
import {ISequencerRegistry} from "../src/interfaces/ISequencerRegistry.sol";
import {BatchHeader} from "../src/libraries/BatchHeaderLib.sol";
import {BatonFixture} from "./utils/BatonFixture.sol";

/// @notice A reporter contract that refuses ETH, to prove payouts survive a failed transfer.
contract RejectingReporter {
    function slash(
        ISequencerRegistry registry,
        BatchHeader calldata a,
        bytes calldata sigA,
        BatchHeader calldata b,
        bytes calldata sigB
    ) external {
        registry.slashEquivocation(a, sigA, b, sigB);
    }

    function withdraw(ISequencerRegistry registry) external {
        registry.withdrawPayout();
    }

    receive() external payable {
        revert("no ETH");
    }
}

/// @notice Helpers shared by the slashing suites: remembers every header it posts so tests can hand the
///         registry the recorded headers as evidence, the way a keeper does from BatchAppended events.
abstract contract SlashingBase is BatonFixture {
    address internal constant KEEPER = address(0x4EE9E4);
    address internal constant USER = address(0xCAFE);

    mapping(uint64 => BatchHeader) internal _posted;

    function postAs(uint256 i, bytes memory payload) internal override returns (BatchHeader memory h) {
        h = super.postAs(i, payload);
        _posted[h.batchNumber] = h;
    }

    function recorded(uint64 batchNumber) internal view returns (BatchHeader memory h) {
        h = _posted[batchNumber];
        assertEq(inbox.batchHeaderHash(batchNumber), inbox.headerHash(h));
    }

    /// @dev Appends a forced-only batch up to `position` and remembers its header like a posted one.
    function force(uint64 position) internal returns (BatchHeader memory h) {
        h = nextHeader(address(0), "");
        (h.dataCommitment, h.txRoot, h.queuePosition) = (bytes32(0), bytes32(0), position);
        inbox.appendForcedBatch(position);
        _posted[h.batchNumber] = h;
    }

    /// @dev The evidence a keeper hands over for `slot`: the recorded batches from the last one before the slot
    ///      (or batch 0) to the first one after it (or the newest).
    function slotEvidence(uint64 slot) internal view returns (uint64 first, BatchHeader[] memory headers) {
        uint64 count = inbox.batchCount();
        if (count == 0) return (0, new BatchHeader[](0));
        uint64 last = count - 1;
        for (uint64 n; n < count; ++n) {
            if (_posted[n].slot < slot) first = n;
        }
        for (uint64 n = count; n > 0; --n) {
            if (_posted[n - 1].slot > slot) last = n - 1;
        }
        headers = new BatchHeader[](last - first + 1);
        for (uint64 n = first; n <= last; ++n) {
            headers[n - first] = recorded(n);
        }
    }

    /// @dev Releases the escrowed payouts of `evidence` at the first block it may be.
    function release(bytes32 evidence) internal {
        vm.roll(escrowOf(evidence).releaseAt);
        releasePayout(evidence);
    }

    function censorshipDigest(uint64 index) internal pure returns (bytes32) {
        return keccak256(abi.encode(keccak256("baton.fault.censorship"), index));
    }

    function missedSlotDigest(uint64 slot) internal pure returns (bytes32) {
        return keccak256(abi.encode(keccak256("baton.fault.missed-slot"), slot));
    }

    function postAsBackup(uint8 backup) internal {
        rollBlocks(p.graceBlocks);
        postAs(backup, "");
    }

    function assertJailedThenUnjail(uint8 id) internal {
        ISequencerRegistry.Operator memory op = registry.operator(id);
        assertEq(uint8(op.status), uint8(ISequencerRegistry.Status.Jailed));
        assertTrue(op.suspended);
        assertEq(uint256(op.bond), 1 ether - p.jailPenalty);
        assertEq(registry.escrowedAgainst(signerOf(id)), uint256(p.jailPenalty) * p.bountyBps / 10_000);
        assertEq(registry.eligibleSigner(id), address(0));

        vm.prank(owner(id));
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.CooldownActive.selector, op.unjailableAt));
        registry.unjail(id);
        vm.roll(op.unjailableAt);
        vm.prank(owner(id));
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.BondTooLow.selector, p.minBond, op.bond));
        registry.unjail(id);
        registry.topUp{value: p.jailPenalty}(id);
        vm.prank(owner(id));
        registry.unjail(id);
        assertEq(uint8(registry.operator(id).status), uint8(ISequencerRegistry.Status.Active));
        assertEq(registry.operator(id).strikes, 0);
        uint32 epoch = registry.epochOf(registry.currentSlot());
        assertEq(registry.membersAt(epoch + 2) & (uint256(1) << id), uint256(1) << id);
    }
}

contract SlashingTest is SlashingBase {
    function setUp() public override {
        super.setUp();
        bondAndActivate(3);
    }

    function _status(uint256 i) internal view returns (ISequencerRegistry.Status) {
        return registry.operator(uint8(i)).status;
    }

    // ---- equivocation: two signed headers ----

    function test_equivocation_slashesWholeBondEjectsAndPaysBounty() public {
        uint256 i = leaderIndex();
        (BatchHeader memory a, bytes memory sigA, BatchHeader memory b, bytes memory sigB) = conflictingPair(i);
        bytes32 evidence =
            keccak256(abi.encode(keccak256("baton.fault.equivocation"), signerOf(i), uint64(a.batchNumber)));
        uint256[] memory penalties = new uint256[](1);
        penalties[0] = 1 ether;
        vm.expectEmit(address(registry));
        // The bounty is credited at once: no escrow.
        emit ISequencerRegistry.Ejected(
            ISequencerRegistry.Fault.Equivocation, evidence, KEEPER, uint256(1) << i, 0.1 ether, penalties
        );
        vm.prank(KEEPER);
        registry.slashEquivocation(a, sigA, b, sigB);

        ISequencerRegistry.Operator memory op = registry.operator(uint8(i));
        assertEq(uint256(op.bond), 0);
        assertEq(uint8(op.status), uint8(ISequencerRegistry.Status.Ejected));
        assertTrue(op.suspended);
        // No evidence slot: the ejection is the once-only mark.
        assertFalse(registry.faultProven(evidence));
        assertEq(registry.payoutOf(KEEPER), 0.1 ether);
        assertEq(registry.totalBurned(), 0.9 ether);
        assertEq(registry.eligibleSigner(uint8(i)), address(0), "ejected immediately");

        vm.prank(KEEPER);
        registry.withdrawPayout();
        assertEq(KEEPER.balance, 0.1 ether);
        assertEq(address(registry).balance, registry.totalBonded() + registry.totalBurned() + registry.totalPayouts());
    }

    function test_equivocation_ejectedOperatorCannotTopUpOrUnjail() public {
        (BatchHeader memory a, bytes memory sigA, BatchHeader memory b, bytes memory sigB) = conflictingPair(0);
        registry.slashEquivocation(a, sigA, b, sigB);
        expectWrongStatus(ISequencerRegistry.Status.Ejected);
        registry.topUp{value: 1 ether}(0);
        vm.prank(owner(0));
        expectWrongStatus(ISequencerRegistry.Status.Ejected);
        registry.unjail(0);
    }

    function test_withdrawPayout_revertsWhenReporterRejectsEth() public {
        (BatchHeader memory a, bytes memory sigA, BatchHeader memory b, bytes memory sigB) = conflictingPair(0);
        RejectingReporter reporter = new RejectingReporter();
        reporter.slash(registry, a, sigA, b, sigB);
        assertEq(registry.payoutOf(address(reporter)), 0.1 ether);
        vm.expectRevert(ISequencerRegistry.TransferFailed.selector);
        reporter.withdraw(registry);
        assertEq(registry.payoutOf(address(reporter)), 0.1 ether, "nothing lost on a failed transfer");
    }

    function test_equivocation_provableOnlyOnce() public {
        (BatchHeader memory a, bytes memory sigA, BatchHeader memory b, bytes memory sigB) = conflictingPair(0);
        registry.slashEquivocation(a, sigA, b, sigB);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.AlreadyEjected.selector, 0));
        registry.slashEquivocation(b, sigB, a, sigA);
        // Another equivocation of the same operator (another position) finds no bond left and is refused too.
        BatchHeader memory c = copy(a);
        BatchHeader memory d = copy(a);
        c.batchNumber = d.batchNumber = a.batchNumber + 1;
        d.dataCommitment = keccak256("another version");
        bytes memory sigC = sign(signerKey(0), c);
        bytes memory sigD = sign(signerKey(0), d);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.AlreadyEjected.selector, 0));
        registry.slashEquivocation(c, sigC, d, sigD);
        assertEq(registry.payoutOf(address(this)), 0.1 ether, "one bounty");
    }

    function test_equivocation_revertsOnDifferentBatchNumbers() public {
        (BatchHeader memory a, bytes memory sigA, BatchHeader memory b,) = conflictingPair(0);
        b.batchNumber += 1;
        bytes memory sigB = sign(signerKey(0), b);
        vm.expectRevert(ISequencerRegistry.NotEquivocation.selector);
        registry.slashEquivocation(a, sigA, b, sigB);
    }

    function test_equivocation_revertsOnTheSameHeaderTwice() public {
        (BatchHeader memory a, bytes memory sigA,,) = conflictingPair(0);
        vm.expectRevert(ISequencerRegistry.NotEquivocation.selector);
        registry.slashEquivocation(a, sigA, a, sigA);
    }

    function test_equivocation_revertsWhenSignersDiffer() public {
        (BatchHeader memory a, bytes memory sigA, BatchHeader memory b,) = conflictingPair(0);
        bytes memory sigB = sign(signerKey(1), b);
        vm.expectRevert(ISequencerRegistry.InvalidSignature.selector);
        registry.slashEquivocation(a, sigA, b, sigB);
    }

    function test_equivocation_revertsOnMalformedSignature() public {
        (BatchHeader memory a,, BatchHeader memory b, bytes memory sigB) = conflictingPair(0);
        vm.expectRevert(ISequencerRegistry.InvalidSignature.selector);
        registry.slashEquivocation(a, hex"00", b, sigB);
    }

    function test_equivocation_revertsForUnknownSigner() public {
        BatchHeader memory a = nextHeader(vm.addr(0xBAD), "A");
        BatchHeader memory b = nextHeader(vm.addr(0xBAD), "B");
        bytes memory sigA = sign(0xBAD, a);
        bytes memory sigB = sign(0xBAD, b);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.UnknownSigner.selector, vm.addr(0xBAD)));
        registry.slashEquivocation(a, sigA, b, sigB);
    }

    function test_equivocation_revertsForFutureSlot() public {
        (BatchHeader memory a,, BatchHeader memory b,) = conflictingPair(0);
        a.slot += 1;
        b.slot += 1;
        bytes memory sigA = sign(signerKey(0), a);
        bytes memory sigB = sign(signerKey(0), b);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.OutsideFaultWindow.selector, b.slot));
        registry.slashEquivocation(a, sigA, b, sigB);
    }

    /// @dev What an honest node signs after an L1 reorg dropped its batch: the same batch number for a later slot,
    ///      or on a new parent. Not equivocation, in either form.
    function test_equivocation_headersForAnotherSlotOrParentAreNot() public {
        (BatchHeader memory a, bytes memory sigA, BatchHeader memory b,) = conflictingPair(0);
        b.slot += 1;
        bytes memory sigB = sign(signerKey(0), b);
        vm.expectRevert(ISequencerRegistry.NotEquivocation.selector);
        registry.slashEquivocation(a, sigA, b, sigB);
        b.slot = a.slot;
        b.parentHash = keccak256("another parent");
        sigB = sign(signerKey(0), b);
        vm.expectRevert(ISequencerRegistry.NotEquivocation.selector);
        registry.slashEquivocation(a, sigA, b, sigB);
    }

    /// @dev The attack on that rule: two headers for one batch number in different slots never both land, so the
    ///      chain cannot fork through them, whichever is tried first.
    function testFuzz_equivocation_headersForDifferentSlotsNeverBothLand(bool earlierFirst, uint8 gap) public {
        uint8 leader = uint8(leaderIndex());
        uint64 slot = registry.currentSlot();
        uint64 later = slot + 1 + uint64(bound(gap, 0, 6));
        BatchHeader memory a = nextHeader(signerOf(leader), "A");
        BatchHeader memory b = copy(a);
        b.slot = later;
        b.dataCommitment = keccak256("B");
        bytes memory sigA = sign(signerKey(leader), a);
        bytes memory sigB = sign(signerKey(leader), b);
        if (earlierFirst) append(a, "A", sigA);
        rollToSlot(later);
        // Everyone is eligible after enough grace: roll to the slot's last block.
        rollBlocks(p.slotLength - 1);
        (bool ok,) = address(inbox).call(batchCalldata(IBatchInbox.appendBatch.selector, b, "B", sigB));
        rollToSlot(later + 1);
        (ok,) = address(inbox).call(batchCalldata(IBatchInbox.appendBatch.selector, a, "A", sigA));
        assertLe(inbox.batchCount(), 1, "one header per batch number on any chain");
    }

    function test_equivocation_revertsOutsideFaultWindow() public {
        (BatchHeader memory a, bytes memory sigA, BatchHeader memory b, bytes memory sigB) = conflictingPair(0);
        vm.roll(registry.slotStartBlock(a.slot + 1) + p.faultWindow - 1);
        uint256 snap = vm.snapshotState();
        registry.slashEquivocation(a, sigA, b, sigB); // last block of the window
        vm.revertToState(snap);
        rollBlocks(1);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.OutsideFaultWindow.selector, a.slot));
        registry.slashEquivocation(a, sigA, b, sigB);
    }

    function test_equivocation_revertsForSlotsTheOperatorWasNotScheduledIn() public {
        bond(5); // scheduled two epochs from now
        (BatchHeader memory a, bytes memory sigA, BatchHeader memory b, bytes memory sigB) = conflictingPair(5);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.NotScheduled.selector, 3, a.slot));
        registry.slashEquivocation(a, sigA, b, sigB);
    }

    function test_equivocation_exitNeverBeatsSlashing() public {
        (BatchHeader memory a, bytes memory sigA, BatchHeader memory b, bytes memory sigB) = conflictingPair(0);
        vm.prank(owner(0));
        registry.requestExit(0);
        uint64 withdrawableAt = registry.operator(0).withdrawableAt;
        // The fault stays provable until its window closes, which is always before the bond can leave.
        uint64 windowCloses = registry.slotStartBlock(a.slot + 1) + p.faultWindow;
        assertLt(windowCloses, withdrawableAt);
        vm.roll(windowCloses - 1);
        registry.slashEquivocation(a, sigA, b, sigB);
        vm.roll(withdrawableAt);
        uint256 before = owner(0).balance;
        vm.prank(owner(0));
        registry.withdraw(0);
        assertEq(owner(0).balance, before, "nothing left to withdraw");
    }

    function test_equivocation_selfReportIsNeverProfitable() public {
        (BatchHeader memory a, bytes memory sigA, BatchHeader memory b, bytes memory sigB) = conflictingPair(0);
        uint256 bondBefore = registry.operator(0).bond;
        vm.prank(owner(0));
        registry.slashEquivocation(a, sigA, b, sigB);
        assertLt(registry.payoutOf(owner(0)), bondBefore);
        assertEq(registry.payoutOf(owner(0)), bondBefore * p.bountyBps / 10_000);
    }

    // ---- equivocation: a signed header against the recorded one ----

    function test_recordConflict_slashesThePosterOfTheRecord() public {
        uint256 i = leaderIndex();
        BatchHeader memory recordedHeader = postAs(i, "posted");
        BatchHeader memory other = copy(recordedHeader);
        other.dataCommitment = keccak256("withheld");
        bytes memory sig = sign(signerKey(i), other);
        vm.prank(KEEPER);
        registry.slashRecordConflict(other, sig, recordedHeader);
        assertEq(uint8(_status(i)), uint8(ISequencerRegistry.Status.Ejected));
        assertEq(registry.payoutOf(KEEPER), 0.1 ether);
    }

    function test_recordConflict_honestRaceBetweenLeaderAndBackupIsNotAFault() public {
        uint8[] memory order = scheduleOf(registry.currentSlot());
        BatchHeader memory leaderHeader = nextHeader(signerOf(order[0]), "leader's batch");
        bytes memory leaderSig = sign(signerKey(order[0]), leaderHeader);
        rollBlocks(p.graceBlocks);
        BatchHeader memory recordedHeader = postAs(order[1], "backup's batch");
        leaderHeader.slot = recordedHeader.slot;
        leaderSig = sign(signerKey(order[0]), leaderHeader);
        vm.expectRevert(ISequencerRegistry.NotEquivocation.selector);
        registry.slashRecordConflict(leaderHeader, leaderSig, recordedHeader);
    }

    function test_recordConflict_revertsOnForgedRecord() public {
        uint256 i = leaderIndex();
        BatchHeader memory recordedHeader = postAs(i, "posted");
        BatchHeader memory forged = copy(recordedHeader);
        forged.txRoot = keccak256("forged");
        bytes memory sig = sign(signerKey(i), recordedHeader);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.HeaderMismatch.selector, recordedHeader.batchNumber));
        registry.slashRecordConflict(recordedHeader, sig, forged);
    }

    function test_recordConflict_revertsWhenSignedHeaderIsTheRecord() public {
        uint256 i = leaderIndex();
        BatchHeader memory recordedHeader = postAs(i, "posted");
        bytes memory sig = sign(signerKey(i), recordedHeader);
        vm.expectRevert(ISequencerRegistry.NotEquivocation.selector);
        registry.slashRecordConflict(recordedHeader, sig, recordedHeader);
    }

    function test_recordConflict_aHeaderForAnotherSlotIsNotAConflict() public {
        uint256 i = leaderIndex();
        BatchHeader memory recordedHeader = postAs(i, "posted");
        BatchHeader memory other = copy(recordedHeader);
        other.slot += 1;
        other.dataCommitment = keccak256("re-signed after a reorg");
        bytes memory sig = sign(signerKey(i), other);
        rollToSlot(other.slot);
        vm.expectRevert(ISequencerRegistry.NotEquivocation.selector);
        registry.slashRecordConflict(other, sig, recordedHeader);
    }

    function test_recordConflict_revertsOnDifferentBatchNumbers() public {
        uint256 i = leaderIndex();
        BatchHeader memory recordedHeader = postAs(i, "posted");
        BatchHeader memory other = copy(recordedHeader);
        other.batchNumber += 1;
        bytes memory sig = sign(signerKey(i), other);
        vm.expectRevert(ISequencerRegistry.NotEquivocation.selector);
        registry.slashRecordConflict(other, sig, recordedHeader);
    }

    function test_recordConflict_sharesEvidenceWithTwoHeaderForm() public {
        uint256 i = leaderIndex();
        BatchHeader memory recordedHeader = postAs(i, "posted");
        bytes memory recordedSig = sign(signerKey(i), recordedHeader);
        BatchHeader memory other = copy(recordedHeader);
        other.dataCommitment = keccak256("withheld");
        bytes memory sig = sign(signerKey(i), other);
        registry.slashEquivocation(recordedHeader, recordedSig, other, sig);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.AlreadyEjected.selector, i));
        registry.slashRecordConflict(other, sig, recordedHeader);
    }

    // ---- censorship ----

    /// @dev Enqueues an entry, posts one batch that skips it while it is not yet overdue, then lets the deadline
    ///      slot end. Returns the entry index and its deadline slot.
    function _censor() internal returns (uint64 index, uint64 deadlineSlot) {
        index = enqueue(USER);
        (uint64 deadline,) = inbox.entry(index);
        deadlineSlot = registry.slotAt(deadline);
        // The leader of the deadline slot posts in it and leaves the entry out (it was queued before the slot began).
        rollToSlot(deadlineSlot);
        postAsLeader();
        _posted[0] = _lastLeaderHeader;
        rollToSlot(deadlineSlot + 1);
    }

    BatchHeader internal _lastLeaderHeader;

    function postAsLeader() internal override returns (BatchHeader memory h) {
        h = postAs(leaderIndex(), "");
        _lastLeaderHeader = h;
    }

    function test_censorship_chargesTheLastPosterOfTheDeadlineSlotAndEscrowsPayouts() public {
        (uint64 index, uint64 slot) = _censor();
        uint8 culprit = uint8(registry.operatorIdOf(_lastLeaderHeader.sequencer));
        (uint64 first, BatchHeader[] memory headers) = slotEvidence(slot);
        vm.prank(KEEPER);
        registry.slashCensorship(index, first, headers);

        assertEq(uint256(registry.operator(culprit).bond), 1 ether - p.censorshipPenalty);
        uint256 paidOut = uint256(p.censorshipPenalty) * p.bountyBps / 10_000;
        uint256 bounty = paidOut - p.censorshipCompensation;
        assertEq(registry.totalBurned(), p.censorshipPenalty - paidOut);
        ISequencerRegistry.Escrow memory e = escrowOf(censorshipDigest(index));
        assertEq(registry.escrowHashOf(censorshipDigest(index)), keccak256(abi.encode(e)), "only the hash is kept");
        assertEq(e.victim, USER);
        assertEq(uint256(e.compensation), p.censorshipCompensation);
        assertEq(e.reporter, KEEPER);
        assertEq(uint256(e.bounty), bounty);
        assertEq(e.offender, signerOf(culprit));
        assertEq(e.releaseAt, registry.slotStartBlock(registry.currentSlot() + 1) + p.faultWindow);
        assertEq(registry.payoutOf(USER), 0, "nothing leaves before the release");

        vm.expectPartialRevert(ISequencerRegistry.AlreadyProven.selector);
        registry.slashCensorship(index, first, headers);

        vm.roll(e.releaseAt - 1);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.PayoutLocked.selector, e.releaseAt));
        registry.releasePayout(censorshipDigest(index), e);
        // Any other record is refused: the payouts go only where the slash sent them.
        ISequencerRegistry.Escrow memory forged = e;
        forged.reporter = USER;
        vm.roll(e.releaseAt);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.UnknownPayout.selector, censorshipDigest(index)));
        registry.releasePayout(censorshipDigest(index), forged);
        release(censorshipDigest(index));
        assertEq(registry.escrowHashOf(censorshipDigest(index)), bytes32(0));
        assertTrue(registry.faultProven(censorshipDigest(index)), "released, still proven once");
        assertEq(registry.payoutOf(USER), p.censorshipCompensation);
        assertEq(registry.payoutOf(KEEPER), bounty);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.UnknownPayout.selector, censorshipDigest(index)));
        registry.releasePayout(censorshipDigest(index), e);
        vm.prank(USER);
        registry.withdrawPayout();
        assertEq(USER.balance, 1 ether - p.forcedInclusionFee + p.censorshipCompensation);
    }

    function test_censorship_revertsWhenTheEntryWasIncludedInTime() public {
        uint64 index = enqueue(USER);
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        h.queuePosition = 1;
        append(h, "", sign(signerKey(leaderIndex()), h));
        _posted[0] = h;
        (uint64 deadline,) = inbox.entry(index);
        uint64 slot = registry.slotAt(deadline);
        rollToSlot(slot + 1);
        (uint64 first, BatchHeader[] memory headers) = slotEvidence(slot);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.NotCensored.selector, index, 1));
        registry.slashCensorship(index, first, headers);
    }

    function test_censorship_revertsBeforeTheDeadlineSlotEnds() public {
        uint64 index = enqueue(USER);
        (uint64 deadline,) = inbox.entry(index);
        uint64 slot = registry.slotAt(deadline);
        rollToSlot(slot);
        BatchHeader[] memory none = new BatchHeader[](0);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.SlotNotOver.selector, slot));
        registry.slashCensorship(index, 0, none);
    }

    function test_censorship_revertsOutsideFaultWindow() public {
        (uint64 index, uint64 slot) = _censor();
        vm.roll(registry.slotStartBlock(slot + 1) + p.faultWindow);
        (uint64 first, BatchHeader[] memory headers) = slotEvidence(slot);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.OutsideFaultWindow.selector, slot));
        registry.slashCensorship(index, first, headers);
    }

    function test_censorship_lateForcedInclusionDoesNotExcuseTheCensor() public {
        (uint64 index, uint64 slot) = _censor();
        BatchHeader memory forced = force(1); // anyone includes the overdue entry, after the deadline slot
        assertGt(forced.slot, slot);
        // Hiding the forced batch is refused: batch 1 exists, so the evidence must reach it.
        BatchHeader[] memory hidden = new BatchHeader[](1);
        hidden[0] = recorded(0);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.HeadersDoNotCoverSlot.selector, slot));
        registry.slashCensorship(index, 0, hidden);
        // Honest evidence still proves the fault.
        (uint64 first, BatchHeader[] memory headers) = slotEvidence(slot);
        registry.slashCensorship(index, first, headers);
        assertEq(escrowOf(censorshipDigest(index)).compensation, p.censorshipCompensation);
    }

    function test_censorship_revertsOnInconsistentEvidence() public {
        (uint64 index,) = _censor();
        BatchHeader[] memory headers = new BatchHeader[](1);
        headers[0] = recorded(0);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.HeadersNotConsecutive.selector, 0));
        registry.slashCensorship(index, 1, headers);
        headers[0].queuePosition = 1;
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.HeaderMismatch.selector, 0));
        registry.slashCensorship(index, 0, headers);
        BatchHeader[] memory none = new BatchHeader[](0);
        vm.expectRevert(ISequencerRegistry.HeadersRequired.selector);
        registry.slashCensorship(index, 0, none);
    }

    function test_censorship_aBatchInsideTheDeadlineSlotNamesItsPoster() public {
        uint64 index = enqueue(USER);
        (uint64 deadline,) = inbox.entry(index);
        uint64 slot = registry.slotAt(deadline);
        postAsLeader(); // batch 0, before the deadline slot, skips the entry (legal: not due)
        rollToSlot(slot);
        uint8 poster = registry.leaderOf(slot);
        postAs(poster, ""); // batch 1, inside the deadline slot, still before the deadline, skips it too
        rollToSlot(slot + 1);
        // Evidence that stops at batch 0 hides batch 1.
        BatchHeader[] memory short = new BatchHeader[](1);
        short[0] = recorded(0);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.HeadersDoNotCoverSlot.selector, slot));
        registry.slashCensorship(index, 0, short);
        (uint64 first, BatchHeader[] memory headers) = slotEvidence(slot);
        registry.slashCensorship(index, first, headers);
        assertEq(uint256(registry.operator(poster).bond), 1 ether - p.censorshipPenalty);
    }

    function test_censorship_revertsForUnknownEntry() public {
        BatchHeader[] memory none = new BatchHeader[](0);
        vm.expectRevert(abi.encodeWithSelector(IBatchInbox.UnknownEntry.selector, 9));
        registry.slashCensorship(9, 0, none);
    }

    // ---- missed slots ----

    function test_missedSlot_strikeWithoutBatches() public {
        uint64 slot = registry.currentSlot();
        uint8 leader = registry.leaderOf(slot);
        rollToSlot(slot + 1);
        BatchHeader[] memory none = new BatchHeader[](0);
        vm.expectEmit(address(registry));
        emit ISequencerRegistry.Struck(leader, slot, 1);
        registry.reportMissedSlot(slot, 0, none);
        assertEq(registry.operator(leader).strikes, 1);
        vm.expectPartialRevert(ISequencerRegistry.AlreadyProven.selector);
        registry.reportMissedSlot(slot, 0, none);
    }

    function test_missedSlot_backupCoveringTheSlotStillStrikesTheLeader() public {
        uint64 slot = registry.currentSlot();
        uint8[] memory order = scheduleOf(slot);
        postAsBackup(order[1]);
        rollToSlot(slot + 1);
        BatchHeader[] memory headers = new BatchHeader[](1);
        headers[0] = recorded(0);
        registry.reportMissedSlot(slot, 0, headers);
        assertEq(registry.operator(order[0]).strikes, 1);
        assertEq(registry.operator(order[1]).strikes, 0);
    }

    function test_missedSlot_revertsWhenTheLeaderPosted() public {
        uint64 slot = registry.currentSlot();
        postAs(leaderIndex(), "");
        rollToSlot(slot + 1);
        BatchHeader[] memory headers = new BatchHeader[](1);
        headers[0] = recorded(0);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.LeaderPostedInSlot.selector, slot));
        registry.reportMissedSlot(slot, 0, headers);
    }

    function test_missedSlot_revertsOnEvidenceThatDoesNotCoverTheSlot() public {
        uint64 slot = registry.currentSlot();
        postAsBackup(scheduleOf(slot)[1]); // batch 0, in `slot`, not by its leader
        rollToSlot(slot + 1);
        postAs(leaderIndex(), ""); // batch 1, in `slot + 1`
        rollToSlot(slot + 2);
        BatchHeader[] memory headers = new BatchHeader[](1);
        BatchHeader memory batch0 = recorded(0);
        BatchHeader memory batch1 = recorded(1);

        headers[0] = batch1; // starts after batch 0, hiding it
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.HeadersDoNotCoverSlot.selector, slot));
        registry.reportMissedSlot(slot, 1, headers);

        headers[0] = batch0; // stops before batch 1, hiding it
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.HeadersDoNotCoverSlot.selector, slot + 1));
        registry.reportMissedSlot(slot + 1, 0, headers);

        BatchHeader[] memory empty = new BatchHeader[](0);
        vm.expectRevert(ISequencerRegistry.HeadersRequired.selector);
        registry.reportMissedSlot(slot, 0, empty);

        BatchHeader[] memory repeated = new BatchHeader[](2);
        repeated[0] = batch0;
        repeated[1] = batch0;
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.HeadersNotConsecutive.selector, 1));
        registry.reportMissedSlot(slot, 0, repeated);
    }

    function test_missedSlot_revertsWhileTheSlotIsOpen() public {
        uint64 slot = registry.currentSlot();
        BatchHeader[] memory none = new BatchHeader[](0);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.SlotNotOver.selector, slot));
        registry.reportMissedSlot(slot, 0, none);
    }

    function test_missedSlot_revertsForAnEmptyEpoch() public {
        BatchHeader[] memory none = new BatchHeader[](0);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.NoLeader.selector, 0));
        registry.reportMissedSlot(0, 0, none);
    }
}

/// @notice With one operator it leads every slot, so strike counts and jailing are deterministic.
contract JailingTest is SlashingBase {
    function setUp() public override {
        super.setUp();
        bondAndActivate(1);
    }

    function test_jailing_thirdStrikeInAnEpochJailsWithPenaltyAndUnjailRestores() public {
        uint64 slot = registry.currentSlot();
        BatchHeader[] memory none = new BatchHeader[](0);
        rollToSlot(slot + 3);
        vm.startPrank(KEEPER);
        registry.reportMissedSlot(slot, 0, none);
        registry.reportMissedSlot(slot + 1, 0, none);
        assertEq(uint8(registry.operator(0).status), uint8(ISequencerRegistry.Status.Active));
        assertEq(registry.escrowedAgainst(signerOf(0)), 0, "strikes below the threshold pay nothing");
        registry.reportMissedSlot(slot + 2, 0, none);
        vm.stopPrank();
        assertJailedThenUnjail(0);
    }

    function test_jailing_strikesResetInANewEpoch() public {
        uint64 slot = registry.currentSlot(); // first slot of an epoch
        BatchHeader[] memory none = new BatchHeader[](0);
        rollToSlot(slot + p.slotsPerEpoch + 1);
        registry.reportMissedSlot(slot, 0, none);
        registry.reportMissedSlot(slot + 1, 0, none);
        registry.reportMissedSlot(slot + p.slotsPerEpoch, 0, none);
        assertEq(registry.operator(0).strikes, 1);
        assertEq(uint8(registry.operator(0).status), uint8(ISequencerRegistry.Status.Active));
    }

    function test_jailing_suspendedOperatorIsNotStruckAgain() public {
        uint64 slot = registry.currentSlot();
        BatchHeader[] memory none = new BatchHeader[](0);
        rollToSlot(slot + 4);
        registry.reportMissedSlot(slot, 0, none);
        registry.reportMissedSlot(slot + 1, 0, none);
        registry.reportMissedSlot(slot + 2, 0, none);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.NotAccountable.selector, 0, slot + 3));
        registry.reportMissedSlot(slot + 3, 0, none);
    }

    function test_jailing_jailedOperatorCanExitAndWithdraw() public {
        uint64 slot = registry.currentSlot();
        BatchHeader[] memory none = new BatchHeader[](0);
        rollToSlot(slot + 3);
        registry.reportMissedSlot(slot, 0, none);
        registry.reportMissedSlot(slot + 1, 0, none);
        registry.reportMissedSlot(slot + 2, 0, none);
        vm.prank(owner(0));
        registry.requestExit(0);
        ISequencerRegistry.Operator memory op = registry.operator(0);
        assertEq(uint8(op.status), uint8(ISequencerRegistry.Status.Exiting));
        assertTrue(op.suspended, "exiting from jail does not restore posting rights");
        vm.roll(op.withdrawableAt);
        vm.prank(owner(0));
        registry.withdraw(0);
        assertEq(owner(0).balance, 10 ether - p.jailPenalty);
    }
}
