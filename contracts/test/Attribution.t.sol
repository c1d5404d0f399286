// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BatchInbox} from "../src/BatchInbox.sol";
import {SequencerRegistry} from "../src/SequencerRegistry.sol";
import {IBatchInbox} from "../src/interfaces/IBatchInbox.sol";
import {ISequencerRegistry} from "../src/interfaces/ISequencerRegistry.sol";
import {BatchHeader} from "../src/libraries/BatchHeaderLib.sol";
import {SlashingBase} from "./Slashing.t.sol";

/// @notice The six ways the first-round rules punished the wrong operator or let a guilty one keep its bond, each
///         played as the attacker would and asserting the secure property (docs/PROTOCOL.md §Faults, §Payouts).
contract AttributionTest is SlashingBase {
    address internal constant SYBIL = address(0x5B11);

    function _deploy(ISequencerRegistry.Params memory params) internal {
        p = params;
        registry = deployBaton(p);
        inbox = BatchInbox(registry.inbox());
    }

    /// @dev The first slot at or after `from` (and before `until`) led by `id`.
    function _slotLedBy(uint8 id, uint64 from, uint64 until) internal view returns (uint64) {
        for (uint64 s = from; s < until; ++s) {
            if (registry.leaderOf(s) == id) return s;
        }
        revert("no such slot");
    }

    function _none() internal pure returns (BatchHeader[] memory) {
        return new BatchHeader[](0);
    }

    // ---- 1. strikes from different epochs never add up, whatever the report order ----

    function test_strikes_oneMissPerEpochReportedNewestFirstNeverJails() public {
        bondAndActivate(1); // one operator leads every slot
        uint64 first = registry.currentSlot();
        uint64[3] memory missed = [first, first + p.slotsPerEpoch, first + 2 * p.slotsPerEpoch];
        rollToSlot(missed[2] + 1);
        for (uint256 k = 3; k > 0; --k) {
            registry.reportMissedSlot(missed[k - 1], 0, _none());
        }
        ISequencerRegistry.Operator memory op = registry.operator(0);
        assertEq(uint8(op.status), uint8(ISequencerRegistry.Status.Active));
        assertEq(uint256(op.bond), p.minBond);
        for (uint256 k; k < 3; ++k) {
            assertEq(registry.strikesIn(0, registry.epochOf(missed[k])), 1);
        }
        assertEq(op.strikeEpoch, registry.epochOf(registry.currentSlot()), "the view shows the current epoch");
    }

    /// @dev Two misses in each of three epochs, reported in any order: nobody is jailed; a third miss in any one of
    ///      them jails, also when reported last.
    function testFuzz_strikes_countPerEpochOfTheSlotInAnyReportOrder(uint256 seed) public {
        bondAndActivate(1);
        uint64 base = registry.currentSlot();
        uint64[6] memory slots;
        for (uint256 k; k < 6; ++k) {
            slots[k] = base + uint64(k / 2) * p.slotsPerEpoch + uint64(k % 2);
        }
        for (uint256 k = 6; k > 1; --k) {
            uint256 j = uint256(keccak256(abi.encode(seed, k))) % k;
            (slots[k - 1], slots[j]) = (slots[j], slots[k - 1]);
        }
        rollToSlot(base + 3 * p.slotsPerEpoch);
        for (uint256 k; k < 6; ++k) {
            registry.reportMissedSlot(slots[k], 0, _none());
        }
        assertEq(uint8(registry.operator(0).status), uint8(ISequencerRegistry.Status.Active));
        uint64 third = base + uint64(seed % 3) * p.slotsPerEpoch + 2;
        registry.reportMissedSlot(third, 0, _none());
        assertEq(uint8(registry.operator(0).status), uint8(ISequencerRegistry.Status.Jailed));
    }

    // ---- 2. slots missed while suspended are never struck, before or after unjail ----

    function test_strikes_slotsMissedWhileJailedAreNeverStruckAfterUnjail() public {
        bondAndActivate(1);
        uint64 first = registry.currentSlot();
        rollToSlot(first + 3);
        for (uint64 s = first; s < first + 3; ++s) {
            registry.reportMissedSlot(s, 0, _none());
        }
        ISequencerRegistry.Operator memory op = registry.operator(0);
        assertTrue(op.suspended);
        uint64 jailedInSlot = first + 3;
        assertEq(op.suspendedFromSlot, jailedInSlot);
        // Still scheduled (the set changes two epochs later) but forbidden to post: those slots are not its fault.
        rollToSlot(jailedInSlot + 2);
        assertEq(registry.leaderOf(jailedInSlot + 1), 0);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.NotAccountable.selector, 0, jailedInSlot + 1));
        registry.reportMissedSlot(jailedInSlot + 1, 0, _none());

        // Unjail at the earliest block: every suspended slot is still inside the fault window, none is provable.
        vm.roll(op.unjailableAt);
        registry.topUp{value: p.jailPenalty}(0);
        vm.prank(owner(0));
        registry.unjail(0);
        uint64 unjailSlot = registry.currentSlot();
        assertEq(registry.operator(0).accountableFromSlot, unjailSlot + 1);
        for (uint64 s = jailedInSlot; s <= jailedInSlot + 2 * p.slotsPerEpoch; ++s) {
            if (registry.membersAt(registry.epochOf(s)) == 0) continue;
            vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.NotAccountable.selector, 0, s));
            registry.reportMissedSlot(s, 0, _none());
        }
        // Once back in the set, a slot it misses is its own fault again.
        uint64 back = uint64(registry.epochOf(unjailSlot) + 2) * p.slotsPerEpoch;
        rollToSlot(back + 1);
        registry.reportMissedSlot(back, 0, _none());
        assertEq(registry.strikesIn(0, registry.epochOf(back)), 1);
        assertEq(uint8(registry.operator(0).status), uint8(ISequencerRegistry.Status.Active));
    }

    // ---- 3. censorship lands on whoever posted in the deadline slot, never on a suspended leader ----

    /// @dev Jails operator `id` now with one reported miss (strikesToJail = 1) and returns the slot it was jailed in.
    function _jailWithOneStrike(uint8 id) internal returns (uint64 jailedIn) {
        uint64 slot = _slotLedBy(id, registry.currentSlot(), registry.currentSlot() + 2 * p.slotsPerEpoch);
        rollToSlot(slot + 1);
        (uint64 first, BatchHeader[] memory headers) = slotEvidence(slot);
        registry.reportMissedSlot(slot, first, headers);
        assertTrue(registry.operator(id).suspended);
        return registry.currentSlot();
    }

    /// @dev Enqueues an entry from `user` whose deadline is the last block of `slot`.
    function _entryDueIn(uint64 slot, address user) internal returns (uint64 index) {
        vm.roll(registry.slotStartBlock(slot) + p.slotLength - 1 - p.inclusionWindow);
        vm.deal(user, user.balance + 1 ether);
        vm.prank(user);
        index = inbox.enqueueTransaction{value: p.forcedInclusionFee}(hex"02f86b01");
    }

    /// @dev Jails (with one strike) the first operator that still leads a slot after its jailing, before it leaves
    ///      the set (which schedules depend on the deployment's addresses), and returns that slot.
    function _jailALeaderOfALaterSlot() internal returns (uint8 id, uint64 slot) {
        for (id = 0; id < 3; ++id) {
            uint256 snapshot = vm.snapshotState();
            uint64 jailedIn = _jailWithOneStrike(id);
            uint64 until = uint64(registry.epochOf(jailedIn) + 2) * p.slotsPerEpoch;
            for (slot = jailedIn + 3; slot < until; ++slot) {
                if (registry.leaderOf(slot) == id) return (id, slot);
            }
            vm.revertToState(snapshot);
        }
        revert("no operator leads a slot after its jailing");
    }

    function _strikesToJailOne() internal {
        ISequencerRegistry.Params memory params = defaultParams();
        params.strikesToJail = 1;
        _deploy(params);
        bondAndActivate(3);
    }

    function test_censorship_backupThatSkipsTheEntryPaysNotTheJailedLeader() public {
        _strikesToJailOne();
        // A slot the jailed leader still leads (it leaves the set two epochs after its jailing).
        (uint8 leader, uint64 slot) = _jailALeaderOfALaterSlot();
        uint64 index = _entryDueIn(slot, USER);
        uint8 backup = scheduleOf(slot)[1];
        uint96 leaderBond = registry.operator(leader).bond;

        // The colluding backup covers the slot just before the deadline and leaves the not-yet-due entry behind.
        rollToSlot(slot);
        postAsBackup(backup);
        rollToSlot(slot + 1);
        (uint64 first, BatchHeader[] memory headers) = slotEvidence(slot);
        vm.prank(KEEPER);
        registry.slashCensorship(index, first, headers);
        assertEq(registry.operator(leader).bond, leaderBond, "the suspended leader pays nothing");
        assertEq(uint256(registry.operator(backup).bond), p.minBond - p.censorshipPenalty, "the backup pays");
    }

    function test_censorship_nobodyAnswersWhenTheSuspendedLeadersSlotStaysEmpty() public {
        _strikesToJailOne();
        (, uint64 slot) = _jailALeaderOfALaterSlot();
        uint64 index = _entryDueIn(slot, USER);
        rollToSlot(slot + 1);
        (uint64 first, BatchHeader[] memory headers) = slotEvidence(slot);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.NoAccountableOperator.selector, slot));
        registry.slashCensorship(index, first, headers);
        // The entry is still included: anyone forces it now.
        force(index + 1);
        assertEq(inbox.queueHead(), index + 1);
    }

    function test_censorship_aLeaderJailedAfterPostingCannotShiftTheChargeToAnHonestBackup() public {
        _strikesToJailOne();
        uint64 now_ = registry.currentSlot();
        uint64 prepared = now_; // a miss its accomplice keeps for later
        uint8 leader = registry.leaderOf(prepared);
        uint64 slot = _slotLedBy(leader, prepared + 3, now_ + 8 * p.slotsPerEpoch);
        uint64 index = _entryDueIn(slot, USER);
        rollToSlot(slot);
        postAs(leader, ""); // leaves the (not yet due) entry behind
        // The accomplice jails it inside the slot, hoping to make it unaccountable for the slot.
        (uint64 first, BatchHeader[] memory headers) = slotEvidence(prepared);
        registry.reportMissedSlot(prepared, first, headers);
        assertEq(registry.operator(leader).suspendedFromSlot, slot);
        rollToSlot(slot + 1);
        (first, headers) = slotEvidence(slot);
        uint96 before = registry.operator(leader).bond;
        registry.slashCensorship(index, first, headers);
        assertEq(registry.operator(leader).bond, before - p.censorshipPenalty, "the poster pays");
        uint8 backup = scheduleOf(slot)[1];
        assertEq(uint256(registry.operator(backup).bond), p.minBond, "the honest backup pays nothing");
    }

    // ---- 4. self-reports shield nothing from a pending equivocation ----

    function test_selfReports_cannotShieldTheBondFromAPendingEquivocation() public {
        bondAndActivate(3);
        uint64 slot = registry.currentSlot() + 3;
        uint8 x = registry.leaderOf(slot);
        // X equivocates now (nobody has proven it yet)...
        (BatchHeader memory a, bytes memory sigA, BatchHeader memory b, bytes memory sigB) = conflictingPair(x);
        // ...then queues entries from its own second address, lets them go overdue in its own slot and
        // self-reports each censorship from its owner address.
        uint256 entries = 5;
        uint64[] memory indices = new uint64[](entries);
        for (uint256 k; k < entries; ++k) {
            indices[k] = _entryDueIn(slot, SYBIL);
        }
        rollToSlot(slot + 1);
        (uint64 first, BatchHeader[] memory headers) = slotEvidence(slot);
        vm.startPrank(owner(x));
        for (uint256 k; k < entries; ++k) {
            registry.slashCensorship(indices[k], first, headers);
        }
        vm.stopPrank();
        uint256 escrowed = registry.escrowedAgainst(signerOf(x));
        assertEq(escrowed, entries * uint256(p.censorshipPenalty) * p.bountyBps / 10_000);
        assertEq(registry.payoutOf(owner(x)) + registry.payoutOf(SYBIL), 0, "nothing leaves at once");

        // An honest keeper proves the equivocation: it takes what is left of the bond and the escrowed payouts.
        uint256 bondLeft = registry.operator(x).bond;
        vm.prank(KEEPER);
        registry.slashEquivocation(a, sigA, b, sigB);
        assertEq(registry.payoutOf(KEEPER), (bondLeft + escrowed) * p.bountyBps / 10_000);
        assertEq(registry.escrowedAgainst(signerOf(x)), 0);
        for (uint256 k; k < entries; ++k) {
            bytes32 evidence = censorshipDigest(indices[k]);
            ISequencerRegistry.Escrow memory e = escrowOf(evidence);
            vm.roll(e.releaseAt);
            vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.PayoutForfeited.selector, evidence));
            registry.releasePayout(evidence, e);
        }
        assertEq(registry.payoutOf(owner(x)) + registry.payoutOf(SYBIL), 0, "the operator recovers nothing");
        assertEq(registry.totalBonded() + registry.totalEscrowed(), 2 * uint256(p.minBond), "X lost all of it");
    }

    function test_selfReports_returnAtMostTheBountyShareOfWhatTheyCost() public {
        bondAndActivate(3);
        uint64 slot = registry.currentSlot() + 3;
        uint8 x = registry.leaderOf(slot);
        (BatchHeader memory a, bytes memory sigA, BatchHeader memory b, bytes memory sigB) = conflictingPair(x);
        uint64 index = _entryDueIn(slot, SYBIL);
        rollToSlot(slot + 1);
        (uint64 first, BatchHeader[] memory headers) = slotEvidence(slot);
        vm.startPrank(owner(x));
        registry.slashCensorship(index, first, headers);
        registry.slashEquivocation(a, sigA, b, sigB); // and reports its own equivocation too
        vm.stopPrank();
        ISequencerRegistry.Escrow memory e = escrowOf(censorshipDigest(index));
        vm.roll(e.releaseAt);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.PayoutForfeited.selector, censorshipDigest(index)));
        registry.releasePayout(censorshipDigest(index), e);
        uint256 returned = registry.payoutOf(owner(x)) + registry.payoutOf(SYBIL);
        assertLe(returned, uint256(p.minBond) * p.bountyBps / 10_000);
    }

    // ---- 5. no parameters under which a self-report is free or profitable ----

    function test_constructor_refusesCompensationAboveTheBountyShare() public {
        ISequencerRegistry.Params memory bad = defaultParams();
        bad.censorshipCompensation = bad.censorshipPenalty; // the first-round hole: a free instant exit
        (address receipts, address committee) = linkedFor(bad);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.InvalidParameters.selector, "censorshipCompensation"));
        new SequencerRegistry(bad, receipts, committee);
        bad.censorshipCompensation = uint96(uint256(bad.censorshipPenalty) * bad.bountyBps / 10_000) + 1;
        (receipts, committee) = linkedFor(bad);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.InvalidParameters.selector, "censorshipCompensation"));
        new SequencerRegistry(bad, receipts, committee);
        bad.censorshipCompensation -= 1;
        deployBaton(bad);
    }

    /// @dev Whatever parameters the constructor accepts, a self-reported censorship (the operator as reporter and
    ///      as the compensated user) returns at most bountyBps of its penalty.
    function testFuzz_constructor_acceptsOnlyParametersUnderWhichSelfReportsLose(
        uint96 penalty,
        uint96 compensation,
        uint16 bps
    ) public {
        ISequencerRegistry.Params memory params = defaultParams();
        params.censorshipPenalty = uint96(bound(penalty, 1, params.minBond));
        params.censorshipCompensation = uint96(bound(compensation, 0, params.censorshipPenalty));
        params.bountyBps = uint16(bound(bps, 0, 10_000));
        params.receiptCompensation = uint96(uint256(params.receiptLivenessPenalty) * params.bountyBps / 10_000);
        (address receipts, address committee) = linkedFor(params);
        try new SequencerRegistry(params, receipts, committee) returns (SequencerRegistry deployed) {
            registry = deployed;
            inbox = BatchInbox(deployed.inbox());
            p = params;
        } catch {
            return;
        }
        bondAndActivate(1);
        uint64 slot = registry.currentSlot() + 3;
        uint64 index = _entryDueIn(slot, SYBIL);
        rollToSlot(slot + 1);
        vm.prank(owner(0));
        registry.slashCensorship(index, 0, _none());
        ISequencerRegistry.Escrow memory e = escrowOf(censorshipDigest(index));
        uint256 returned = uint256(e.compensation) + e.bounty;
        assertLe(returned * 10_000, uint256(params.censorshipPenalty) * params.bountyBps);
        assertLt(returned, params.censorshipPenalty, "never free");
    }

    // ---- 6. forced batches cannot make an online leader miss its slot ----

    function test_forcedBatches_cannotMakeAnOnlineLeaderMissItsSlot() public {
        bondAndActivate(3);
        // The griefer queues one entry per block, so that one falls due at every block from here on.
        uint64 slot = registry.currentSlot() + 6;
        for (
            uint64 blk = registry.slotStartBlock(slot) - p.inclusionWindow - 2 * p.slotLength;
            blk < registry.slotStartBlock(slot + 1) - p.inclusionWindow;
            ++blk
        ) {
            vm.roll(blk);
            enqueue(address(0x6E1EF));
        }
        // Nobody posted in the slots before: entries due there are forceable when the target's slot begins.
        rollToSlot(slot);
        uint8 leader = registry.leaderOf(slot);
        BatchHeader memory signed = nextHeader(signerOf(leader), "");
        signed.queuePosition = inbox.queueLength();
        bytes memory sig = sign(signerKey(leader), signed);
        // Front-run once: the forced batch takes the batch number the leader signed.
        uint64 lastDue = inbox.queueHead();
        for (uint64 i = inbox.queueHead(); i < inbox.queueLength(); ++i) {
            (uint64 deadline,) = inbox.entry(i);
            if (registry.slotAt(deadline) < slot) lastDue = i + 1;
        }
        force(lastDue);
        expectAppendRevert(IBatchInbox.InvalidSignature.selector, signed, "", sig);
        // At every later block of the slot the griefer is refused: entries due inside the slot cannot be forced
        // in it, and the slot already holds its one unsequenced batch.
        for (uint64 k = 1; k < p.slotLength; ++k) {
            rollToSlot(slot);
            rollBlocks(k);
            for (uint64 pos = inbox.queueHead() + 1; pos <= inbox.queueLength(); ++pos) {
                vm.expectRevert();
                inbox.appendForcedBatch(pos);
            }
        }
        // The leader signs the next batch number in the same slot and lands it.
        rollToSlot(slot);
        rollBlocks(1);
        BatchHeader memory again = nextHeader(signerOf(leader), "");
        again.queuePosition = inbox.queueLength();
        append(again, "", sign(signerKey(leader), again));
        _posted[again.batchNumber] = again;
        assertEq(again.slot, slot);
        rollToSlot(slot + 1);
        (uint64 first, BatchHeader[] memory headers) = slotEvidence(slot);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.LeaderPostedInSlot.selector, slot));
        registry.reportMissedSlot(slot, first, headers);
    }
}
