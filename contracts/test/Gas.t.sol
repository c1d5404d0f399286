// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BatchInbox} from "../src/BatchInbox.sol";
import {SequencerRegistry} from "../src/SequencerRegistry.sol";
import {BatchHeader} from "../src/libraries/BatchHeaderLib.sol";
import {BatonFixture} from "./utils/BatonFixture.sol";

/// @notice Gas of each user-facing action, as docs/BENCHMARKS.md reports it: execution gas of the call alone
///         (`snapshotGasLastCall`, no isolation, so the 21,000 intrinsic and calldata cost are excluded), with the
///         touched contracts cooled first so every account and slot is cold, as in a fresh transaction. Each
///         measures the steady state (not the first batch or entry ever) on a roster at the cap.
///         Refresh with `make snapshot`; values land in snapshots/baton.json.
contract GasTest is BatonFixture {
    uint8 internal constant ROSTER_CAP = 31;

    function setUp() public override {
        vm.roll(100);
        p = defaultParams();
        p.maxSequencers = ROSTER_CAP;
        registry = new SequencerRegistry(p);
        inbox = BatchInbox(registry.inbox());
        bondAndActivate(ROSTER_CAP - 1);
        // Steady state: earlier batches, an included forced entry (fees owed to the poster), an earlier deposit,
        // and an earlier slash (so the burn and payout counters and the keeper's payout are already non-zero).
        enqueue(address(0xCAFE));
        vm.deal(address(0xCAFE), 2 ether);
        vm.prank(address(0xCAFE));
        inbox.depositETH{value: 1 ether}(address(0xD00D));
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "warm-up");
        h.queuePosition = 2;
        inbox.appendBatch(h, "warm-up", sign(signerKey(leaderIndex()), h));
        // A fresh epoch, so an ejection below must write a new roster checkpoint (the costlier case). The operator
        // ejected here must not lead the slot the measurements run in.
        uint32 nextEpoch = registry.epochOf(registry.currentSlot()) + 1;
        uint8 measuredLeader = registry.leaderOf(uint64(nextEpoch) * p.slotsPerEpoch);
        _equivocate((measuredLeader + 1) % (ROSTER_CAP - 1), false);
        rollToEpoch(nextEpoch);
    }

    /// @dev `cool` only inside tests: cooling during setUp leaves forge treating the contracts as code-less.
    function _equivocate(uint256 i, bool cool) internal {
        BatchHeader memory a = nextHeader(signerOf(i), "A");
        BatchHeader memory b = nextHeader(signerOf(i), "B");
        bytes memory sigA = sign(signerKey(i), a);
        bytes memory sigB = sign(signerKey(i), b);
        if (cool) _cool();
        vm.prank(address(0x4EE9E4));
        registry.slashEquivocation(a, sigA, b, sigB);
    }

    function _cool() internal {
        vm.cool(address(registry));
        vm.cool(address(inbox));
    }

    function test_gas_register_atCap() public {
        vm.deal(owner(99), 2 ether);
        _cool();
        vm.prank(owner(99));
        registry.register{value: 1 ether}(signerOf(99));
        vm.snapshotGasLastCall("baton", "register (31st operator, roster at cap)");
    }

    function test_gas_register_checkpointAlreadyPending() public {
        // An exit request earlier in this epoch already wrote the checkpoint this registration amends.
        vm.prank(owner(0));
        registry.requestExit(0);
        vm.deal(owner(99), 2 ether);
        _cool();
        vm.prank(owner(99));
        registry.register{value: 1 ether}(signerOf(99));
        vm.snapshotGasLastCall("baton", "register (roster checkpoint already pending)");
    }

    function test_gas_appendBatch_calldata1KB() public {
        bytes memory payload = new bytes(1024);
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), payload);
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        _cool();
        inbox.appendBatch(h, payload, sig);
        vm.snapshotGasLastCall("baton", "appendBatch (calldata, 1 KB)");
    }

    function test_gas_appendBlobBatch_oneBlob() public {
        bytes32[] memory hashes = new bytes32[](1);
        hashes[0] = bytes32(uint256(0x01) << 248 | 0xb10b);
        vm.blobhashes(hashes);
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        h.dataCommitment = keccak256(abi.encodePacked(hashes));
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        _cool();
        inbox.appendBlobBatch(h, sig);
        vm.snapshotGasLastCall("baton", "appendBlobBatch (one blob)");
    }

    function test_gas_appendBatch_includingOneDueForcedEntry() public {
        enqueue(address(0xCAFE));
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "");
        h.queuePosition = 3;
        bytes memory sig = sign(signerKey(leaderIndex()), h);
        _cool();
        inbox.appendBatch(h, "", sig);
        vm.snapshotGasLastCall("baton", "appendBatch (includes one due forced entry)");
    }

    function test_gas_enqueueTransaction_200B() public {
        bytes memory l2Tx = new bytes(200);
        vm.deal(address(0xCAFE), 1 ether);
        _cool();
        vm.prank(address(0xCAFE));
        inbox.enqueueTransaction{value: p.forcedInclusionFee}(l2Tx);
        vm.snapshotGasLastCall("baton", "enqueueTransaction (200 B)");
    }

    function test_gas_depositETH() public {
        vm.deal(address(0xCAFE), 2 ether);
        _cool();
        vm.prank(address(0xCAFE));
        inbox.depositETH{value: 1 ether}(address(0xD00D));
        vm.snapshotGasLastCall("baton", "depositETH");
    }

    function test_gas_slashEquivocation() public {
        _equivocate(leaderIndex(), true);
        vm.snapshotGasLastCall("baton", "slashEquivocation (new epoch: writes a roster checkpoint)");
    }

    function test_gas_slashEquivocation_checkpointAlreadyPending() public {
        // A registration earlier in the same epoch already wrote the checkpoint the ejection amends.
        bond(ROSTER_CAP - 1);
        _equivocate(leaderIndex(), true);
        vm.snapshotGasLastCall("baton", "slashEquivocation (roster checkpoint already pending)");
    }
}
