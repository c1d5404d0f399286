// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BatchInbox} from "../src/BatchInbox.sol";
import {InclusionReceipts} from "../src/InclusionReceipts.sol";
import {SequencerRegistry} from "../src/SequencerRegistry.sol";
import {ISequencerRegistry} from "../src/interfaces/ISequencerRegistry.sol";
import {ScheduleLib} from "../src/libraries/ScheduleLib.sol";
import {BatonFixture} from "./utils/BatonFixture.sol";

contract RejectingReceiver {
    receive() external payable {
        revert("no");
    }
}

contract SequencerRegistryTest is BatonFixture {
    // ---- constructor ----

    function test_constructor_wiresInboxAndParams() public view {
        assertEq(address(inbox.registry()), address(registry));
        assertEq(registry.genesisBlock(), 100);
        assertEq(inbox.genesisBlock(), 100);
        ISequencerRegistry.Params memory got = registry.params();
        assertEq(keccak256(abi.encode(got)), keccak256(abi.encode(p)));
        assertEq(inbox.escapeHatchOpensAt(), 100 + p.escapeDelay);
    }

    function _expectInvalid(ISequencerRegistry.Params memory bad, string memory reason) internal {
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.InvalidParameters.selector, reason));
        // The receipts contract checks the receipt penalties; the registry checks the rest before looking at it.
        if (bytes(reason).length > 7 && bytes7(bytes(reason)) == "receipt") linkedFor(bad);
        else new SequencerRegistry(bad, address(0), address(0));
    }

    /// @dev The two deployment transactions may land blocks apart: slot 0 begins at the first, for the registry, its
    ///      inbox and the receipts contract alike (a header signed for a slot must mean the same slot to all three).
    function test_constructor_slotsCountFromTheReceiptsContractsBlockEverywhere() public {
        ISequencerRegistry.Params memory params = defaultParams();
        (address receipts, address committee) = linkedFor(params);
        uint256 first = block.number;
        vm.roll(first + 7);
        SequencerRegistry later = new SequencerRegistry(params, receipts, committee);
        assertEq(later.genesisBlock(), first, "registry");
        assertEq(BatchInbox(later.inbox()).genesisBlock(), first, "inbox");
        assertEq(InclusionReceipts(receipts).genesisBlock(), first, "receipts");
        assertEq(later.currentSlot(), 7 / params.slotLength, "slots have run since the first transaction");
    }

    function test_constructor_rejectsEveryInvalidParameter() public {
        ISequencerRegistry.Params memory bad;
        bad = defaultParams();
        bad.maxSequencers = 0;
        _expectInvalid(bad, "maxSequencers");
        bad = defaultParams();
        bad.maxSequencers = 97;
        _expectInvalid(bad, "maxSequencers");
        bad = defaultParams();
        bad.minBond = 0;
        _expectInvalid(bad, "minBond");
        bad = defaultParams();
        bad.slotLength = 0;
        _expectInvalid(bad, "slot or epoch length");
        bad = defaultParams();
        bad.slotsPerEpoch = 0;
        _expectInvalid(bad, "slot or epoch length");
        bad = defaultParams();
        bad.graceBlocks = 0;
        _expectInvalid(bad, "graceBlocks");
        bad = defaultParams();
        bad.graceBlocks = bad.slotLength;
        _expectInvalid(bad, "graceBlocks");
        bad = defaultParams();
        bad.inclusionWindow = 0;
        _expectInvalid(bad, "inclusionWindow");
        bad = defaultParams();
        bad.escapeDelay = bad.slotLength - 1;
        _expectInvalid(bad, "escapeDelay");
        bad = defaultParams();
        bad.faultWindow = bad.slotLength - 1;
        _expectInvalid(bad, "faultWindow");
        bad = defaultParams();
        bad.exitDelay = bad.faultWindow;
        _expectInvalid(bad, "exitDelay");
        bad = defaultParams();
        bad.strikesToJail = 0;
        _expectInvalid(bad, "strikesToJail");
        bad = defaultParams();
        bad.jailPenalty = bad.minBond;
        _expectInvalid(bad, "jailPenalty");
        bad = defaultParams();
        bad.censorshipPenalty = bad.minBond + 1;
        _expectInvalid(bad, "censorshipPenalty");
        bad = defaultParams();
        bad.censorshipCompensation = bad.censorshipPenalty + 1;
        _expectInvalid(bad, "censorshipCompensation");
        bad = defaultParams();
        bad.bountyBps = 5001;
        _expectInvalid(bad, "bountyBps");
        bad = defaultParams();
        bad.maxForcedTxSize = 0;
        _expectInvalid(bad, "maxForcedTxSize");
        bad = defaultParams();
        bad.receiptSafetyPenalty = bad.minBond + 1;
        _expectInvalid(bad, "receiptSafetyPenalty");
        bad = defaultParams();
        bad.receiptLivenessPenalty = bad.receiptSafetyPenalty + 1;
        _expectInvalid(bad, "receiptLivenessPenalty");
        bad = defaultParams();
        bad.receiptCompensation = uint96(uint256(bad.receiptLivenessPenalty) * bad.bountyBps / 10_000) + 1;
        _expectInvalid(bad, "receiptCompensation");
    }

    function test_constructor_refusesAReceiptsContractThatDoesNotNameItOrDiffers() public {
        // No code, another registry's, or one built with other parameters: the pair would not be linked.
        (, address committee) = linkedFor(p);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.InvalidParameters.selector, "receipts"));
        new SequencerRegistry(p, address(0xdead), committee);
        address foreign = registry.receipts();
        (, committee) = linkedFor(p);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.InvalidParameters.selector, "receipts"));
        new SequencerRegistry(p, foreign, committee);
        ISequencerRegistry.Params memory other = defaultParams();
        other.receiptSafetyPenalty -= 1;
        (address mismatched,) = linkedFor(other);
        (, committee) = linkedFor(p);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.InvalidParameters.selector, "receipts"));
        new SequencerRegistry(p, mismatched, committee);
        // The deployment links both ways and reports the receipt penalties among its parameters.
        assertEq(InclusionReceipts(registry.receipts()).registry(), address(registry));
        assertEq(InclusionReceipts(registry.receipts()).inbox(), address(inbox));
        assertEq(uint256(registry.params().receiptSafetyPenalty), p.receiptSafetyPenalty);
        assertEq(uint256(registry.params().receiptCompensation), p.receiptCompensation);
    }

    // ---- register ----

    function test_register_bondsAndSchedulesTwoEpochsLater() public {
        vm.deal(owner(0), 5 ether);
        vm.expectEmit(address(registry));
        emit ISequencerRegistry.Registered(0, owner(0), signerOf(0), 2 ether, 2);
        vm.prank(owner(0));
        uint8 id = registry.register{value: 2 ether}(signerOf(0));
        assertEq(id, 0);
        ISequencerRegistry.Operator memory op = registry.operator(0);
        assertEq(op.owner, owner(0));
        assertEq(op.signer, signerOf(0));
        assertEq(uint256(op.bond), 2 ether);
        assertEq(uint8(op.status), uint8(ISequencerRegistry.Status.Active));
        assertEq(registry.operatorIdOf(signerOf(0)), 0);
        assertEq(registry.totalBonded(), 2 ether);
        assertEq(address(registry).balance, 2 ether);
        assertEq(registry.membersAt(0), 0);
        assertEq(registry.membersAt(1), 0);
        assertEq(registry.membersAt(2), 1);
    }

    function test_register_revertsBelowMinBond() public {
        vm.deal(owner(0), 5 ether);
        vm.prank(owner(0));
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.BondTooLow.selector, 1 ether, 1 ether - 1));
        registry.register{value: 1 ether - 1}(signerOf(0));
    }

    /// @dev A bond is stored in 88 bits (3 * 10^8 ETH, beyond the ether supply): the top fits, one wei more does not.
    function test_register_revertsAboveUint88() public {
        uint256 tooMuch = uint256(type(uint88).max) + 1;
        vm.deal(owner(0), tooMuch);
        vm.prank(owner(0));
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.BondTooHigh.selector, tooMuch));
        registry.register{value: tooMuch}(signerOf(0));
        vm.prank(owner(0));
        registry.register{value: tooMuch - 1}(signerOf(0));
        assertEq(uint256(registry.operator(0).bond), type(uint88).max);
    }

    function test_register_revertsOnZeroSigner() public {
        vm.deal(owner(0), 5 ether);
        vm.prank(owner(0));
        vm.expectRevert(ISequencerRegistry.InvalidSigner.selector);
        registry.register{value: 1 ether}(address(0));
    }

    function test_register_revertsOnReusedSigner() public {
        bond(0);
        vm.deal(owner(1), 5 ether);
        vm.prank(owner(1));
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.SignerAlreadyUsed.selector, signerOf(0)));
        registry.register{value: 1 ether}(signerOf(0));
    }

    function test_register_revertsWhenRosterFull() public {
        for (uint256 i; i < p.maxSequencers; ++i) {
            bond(i);
        }
        vm.deal(owner(99), 5 ether);
        vm.prank(owner(99));
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.RosterFull.selector, p.maxSequencers));
        registry.register{value: 1 ether}(signerOf(99));
    }

    function test_register_reusesTheIdOfAWithdrawnOperatorButNeverItsSigner() public {
        bond(0);
        bond(1);
        vm.prank(owner(0));
        registry.requestExit(0);
        vm.roll(registry.operator(0).withdrawableAt);
        vm.prank(owner(0));
        registry.withdraw(0);
        assertEq(bond(2), 0);
        vm.deal(owner(3), 5 ether);
        vm.prank(owner(3));
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.SignerAlreadyUsed.selector, signerOf(0)));
        registry.register{value: 1 ether}(signerOf(0));
    }

    // ---- top up ----

    function test_topUp_addsToBond() public {
        bond(0);
        vm.deal(address(this), 1 ether);
        vm.expectEmit(address(registry));
        emit ISequencerRegistry.ToppedUp(0, 0.5 ether, 1.5 ether);
        registry.topUp{value: 0.5 ether}(0);
        assertEq(uint256(registry.operator(0).bond), 1.5 ether);
        assertEq(registry.totalBonded(), 1.5 ether);
    }

    function test_topUp_revertsForUnknownOperator() public {
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.UnknownOperator.selector, 3));
        registry.topUp(3);
    }

    function test_topUp_revertsAboveUint88() public {
        bond(0);
        uint256 room = uint256(type(uint88).max) - p.minBond;
        vm.deal(address(this), room + 1);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.BondTooHigh.selector, uint256(type(uint88).max) + 1));
        registry.topUp{value: room + 1}(0);
        registry.topUp{value: room}(0);
        assertEq(uint256(registry.operator(0).bond), type(uint88).max);
    }

    // ---- exit and withdraw ----

    function test_exit_leavesScheduleTwoEpochsLaterAndWithdrawsAfterDelay() public {
        bondAndActivate(2);
        uint32 epoch = registry.epochOf(registry.currentSlot());
        vm.prank(owner(0));
        registry.requestExit(0);
        ISequencerRegistry.Operator memory op = registry.operator(0);
        assertEq(uint8(op.status), uint8(ISequencerRegistry.Status.Exiting));
        assertEq(op.leavesAtEpoch, epoch + 2);
        assertEq(registry.membersAt(epoch + 1), 3);
        assertEq(registry.membersAt(epoch + 2), 2);
        uint64 startOfLeave = registry.slotStartBlock(uint64(epoch + 2) * p.slotsPerEpoch);
        assertEq(op.withdrawableAt, startOfLeave + p.exitDelay);

        vm.roll(op.withdrawableAt - 1);
        vm.prank(owner(0));
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.NotWithdrawableYet.selector, op.withdrawableAt));
        registry.withdraw(0);

        vm.roll(op.withdrawableAt);
        uint256 before = owner(0).balance;
        vm.prank(owner(0));
        registry.withdraw(0);
        assertEq(owner(0).balance - before, 1 ether);
        assertEq(uint8(registry.operator(0).status), uint8(ISequencerRegistry.Status.None));
        assertEq(registry.totalBonded(), 1 ether);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.UnknownSigner.selector, signerOf(0)));
        registry.operatorIdOf(signerOf(0));
    }

    function test_exit_revertsForNonOwner() public {
        bond(0);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.NotOwner.selector, owner(0)));
        registry.requestExit(0);
    }

    function test_exit_revertsTwice() public {
        bond(0);
        vm.startPrank(owner(0));
        registry.requestExit(0);
        expectWrongStatus(ISequencerRegistry.Status.Exiting);
        registry.requestExit(0);
        vm.stopPrank();
    }

    function test_withdraw_revertsWhileActive() public {
        bond(0);
        vm.prank(owner(0));
        expectWrongStatus(ISequencerRegistry.Status.Active);
        registry.withdraw(0);
    }

    function test_withdraw_revertsWhenOwnerRejectsEth() public {
        RejectingReceiver rejecting = new RejectingReceiver();
        vm.deal(address(rejecting), 2 ether);
        vm.startPrank(address(rejecting));
        registry.register{value: 1 ether}(signerOf(0));
        registry.requestExit(0);
        vm.roll(registry.operator(0).withdrawableAt);
        vm.expectRevert(ISequencerRegistry.TransferFailed.selector);
        registry.withdraw(0);
        vm.stopPrank();
    }

    // ---- unjail ----

    function test_unjail_revertsWhenNotJailed() public {
        bond(0);
        vm.prank(owner(0));
        expectWrongStatus(ISequencerRegistry.Status.Active);
        registry.unjail(0);
    }

    function test_withdrawPayout_revertsWhenNothingOwed() public {
        vm.expectRevert(ISequencerRegistry.NothingOwed.selector);
        registry.withdrawPayout();
    }

    // ---- schedule ----

    function test_schedule_isAPermutationWithTheLeaderFirst() public {
        bondAndActivate(5);
        uint64 first = registry.currentSlot();
        for (uint64 slot = first; slot < first + 3 * p.slotsPerEpoch; ++slot) {
            uint8[] memory order = scheduleOf(slot);
            assertEq(order.length, 5);
            assertEq(order[0], registry.leaderOf(slot));
            uint256 seen;
            for (uint256 k; k < order.length; ++k) {
                seen |= uint256(1) << order[k];
            }
            assertEq(seen, 0x1f);
        }
    }

    function test_schedule_emptyEpochHasNoLeader() public {
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.NoLeader.selector, 0));
        registry.leaderOf(0);
        assertEq(scheduleOf(0).length, 0);
    }

    function test_eligibility_leaderFirstThenBackupsAfterEachGrace() public {
        bondAndActivate(3);
        uint64 slot = registry.currentSlot();
        uint8[] memory order = scheduleOf(slot);
        assertEq(registry.eligibleSigner(order[0]), signerOf(order[0]));
        assertEq(registry.eligibleSigner(order[1]), address(0));
        assertEq(registry.eligibleSigner(order[2]), address(0));
        rollBlocks(p.graceBlocks);
        assertEq(registry.eligibleSigner(order[1]), signerOf(order[1]));
        assertEq(registry.eligibleSigner(order[2]), address(0));
        assertEq(registry.eligibleSigner(77), address(0));
    }

    function testFuzz_schedule_offsetsMatchOrder(uint128 members, uint64 slot, bytes32 seed) public pure {
        vm.assume(members != 0);
        uint256 n = ScheduleLib.popCount(members);
        uint256 leader = ScheduleLib.leaderRank(seed, slot, n);
        for (uint256 k; k < n; ++k) {
            uint256 id = ScheduleLib.memberAt(members, (leader + k) % n);
            assertEq(ScheduleLib.backupOffset(members, id, seed, slot), k);
            assertEq(ScheduleLib.rankOf(members, id), (leader + k) % n);
        }
    }

    function testFuzz_popCount(uint128 x) public pure {
        uint256 expected;
        for (uint256 i; i < 128; ++i) {
            if (x & (uint256(1) << i) != 0) ++expected;
        }
        assertEq(ScheduleLib.popCount(x), expected);
    }

    function test_popCount_extremes() public pure {
        assertEq(ScheduleLib.popCount(0), 0);
        assertEq(ScheduleLib.popCount(type(uint128).max), 128);
        assertEq(ScheduleLib.popCount(type(uint96).max), 96);
        assertEq(ScheduleLib.popCount(uint256(1) << 127), 1);
    }

    function testFuzz_popCount_refusesBitsFrom128(uint256 x) public {
        vm.assume(x >> 128 != 0);
        vm.expectRevert(abi.encodeWithSelector(ScheduleLib.NotRosterBitmap.selector, x));
        this.popCountOf(x);
    }

    function popCountOf(uint256 x) external pure returns (uint256) {
        return ScheduleLib.popCount(x);
    }

    function testFuzz_bondMath_topUpsAddUp(uint96 extraA, uint96 extraB) public {
        extraA = uint96(bound(extraA, 0, 1000 ether));
        extraB = uint96(bound(extraB, 0, 1000 ether));
        bond(0);
        vm.deal(address(this), uint256(extraA) + extraB);
        registry.topUp{value: extraA}(0);
        registry.topUp{value: extraB}(0);
        assertEq(uint256(registry.operator(0).bond), 1 ether + uint256(extraA) + extraB);
        assertEq(address(registry).balance, registry.totalBonded());
    }

    // ---- ring of roster checkpoints ----

    /// @dev One roster change per epoch wraps the ring; every epoch a fault proof may still name reads back its
    ///      roster, and older ones revert instead of answering with a newer roster.
    function test_checkpointRing_keepsEveryProvableEpochAndPrunesOlderOnes() public {
        uint64 ring = registry.checkpointRingSize();
        assertEq(ring, (uint64(p.faultWindow) + p.slotLength) / (uint64(p.slotsPerEpoch) * p.slotLength) + 4);
        uint32 first = registry.epochOf(registry.currentSlot());
        uint256 changes = ring + 2;
        uint256[] memory expected = new uint256[](changes + 2);
        uint256 members;
        for (uint256 k; k < changes; ++k) {
            if (k < 12) {
                bond(k);
                members |= uint256(1) << k;
            } else {
                vm.prank(owner(k - 12));
                registry.requestExit(uint8(k - 12));
                members &= ~(uint256(1) << (k - 12));
            }
            expected[k + 2] = members;
            if (k + 1 < changes) rollToEpoch(registry.epochOf(registry.currentSlot()) + 1);
        }
        uint32 current = registry.epochOf(registry.currentSlot());
        assertEq(current, first + changes - 1);
        uint32 oldestProvable = registry.epochOf(registry.slotAt(block.number - p.faultWindow - p.slotLength));
        for (uint32 e = oldestProvable; e <= current + 2; ++e) {
            assertEq(registry.membersAt(e), expected[e - first], "roster of a provable epoch");
        }
        assertGt(oldestProvable, first + 2);
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.EpochPruned.selector, first + 2));
        registry.membersAt(first + 2);
    }
}
