// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BatchInbox} from "../src/BatchInbox.sol";
import {SequencerRegistry} from "../src/SequencerRegistry.sol";
import {BatchHeader} from "../src/libraries/BatchHeaderLib.sol";
import {BatonFixture} from "./utils/BatonFixture.sol";

/// @notice Gas of each user-facing action, as docs/BENCHMARKS.md reports it: execution gas of the call alone
///         (`snapshotGasLastCall`, no isolation, so the 21,000 intrinsic and calldata cost are excluded), measured
///         with every account and storage slot the call touches cold, as in a real transaction. Forge 1.7.1's
///         `vm.cool` re-cools storage slots but not accounts, so each case computes its arguments in `setUp` (a
///         transaction of its own) and makes the measured call the test's first touch of the contracts;
///         `GasProbeTest` checks that this holds. Each measures the steady state (not the first batch or entry
///         ever) on a roster at the cap. Refresh with `make snapshot`; values land in snapshots/baton.json.
abstract contract GasBase is BatonFixture {
    uint8 internal constant ROSTER_CAP = 31;
    address internal constant KEEPER = address(0x4EE9E4);

    function setUp() public virtual override {
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
        (BatchHeader memory a, bytes memory sigA, BatchHeader memory b, bytes memory sigB) =
            conflictingPair((measuredLeader + 1) % (ROSTER_CAP - 1));
        vm.prank(KEEPER);
        registry.slashEquivocation(a, sigA, b, sigB);
        rollToEpoch(nextEpoch);
    }

    /// @dev Storage slots written in `setUp` are cold again in the test anyway; this makes it independent of how
    ///      forge splits setUp and the test. It does not touch the accounts.
    function coolStorage() internal {
        vm.cool(address(registry));
        vm.cool(address(inbox));
    }
}

/// @notice The method itself: at the start of a test the contracts' accounts are cold (BALANCE pays the 2,600
///         cold account access, not 100), and `vm.cool` leaves a touched account warm.
contract GasProbeTest is GasBase {
    uint256 internal sink;

    /// @dev Gas of one BALANCE of `account`; the result is kept so that the optimizer cannot drop the read.
    function _balanceCost(address account) internal returns (uint256 cost) {
        uint256 before = gasleft();
        uint256 balance = account.balance;
        cost = before - gasleft();
        sink = balance;
    }

    function test_probe_accountsAreColdAtTheStartOfATest() public {
        coolStorage();
        assertGe(_balanceCost(address(registry)), 2600);
        assertGe(_balanceCost(address(inbox)), 2600);
    }

    function test_probe_coolLeavesATouchedAccountWarm() public {
        inbox.batchCount();
        vm.cool(address(inbox));
        assertLt(_balanceCost(address(inbox)), 2600);
    }
}

contract GasRegisterTest is GasBase {
    function setUp() public override {
        super.setUp();
        vm.deal(owner(99), 2 ether);
    }

    function test_gas_register_atCap() public {
        coolStorage();
        vm.prank(owner(99));
        registry.register{value: 1 ether}(signerOf(99));
        vm.snapshotGasLastCall("baton", "register (31st operator, roster at cap)");
    }
}

contract GasRegisterPendingTest is GasBase {
    function setUp() public override {
        super.setUp();
        // An exit request earlier in this epoch already wrote the checkpoint this registration amends.
        vm.prank(owner(0));
        registry.requestExit(0);
        vm.deal(owner(99), 2 ether);
    }

    function test_gas_register_checkpointAlreadyPending() public {
        coolStorage();
        vm.prank(owner(99));
        registry.register{value: 1 ether}(signerOf(99));
        vm.snapshotGasLastCall("baton", "register (roster checkpoint already pending)");
    }
}

contract GasCalldataBatchTest is GasBase {
    BatchHeader internal header;
    bytes internal payload;
    bytes internal signature;

    function setUp() public override {
        super.setUp();
        payload = new bytes(1024);
        header = nextHeader(signerOf(leaderIndex()), payload);
        signature = sign(signerKey(leaderIndex()), header);
    }

    function test_gas_appendBatch_calldata1KB() public {
        coolStorage();
        inbox.appendBatch(header, payload, signature);
        vm.snapshotGasLastCall("baton", "appendBatch (calldata, 1 KB)");
    }
}

contract GasBlobBatchTest is GasBase {
    BatchHeader internal header;
    bytes internal signature;
    bytes32[] internal hashes;

    function setUp() public override {
        super.setUp();
        hashes.push(bytes32(uint256(0x01) << 248 | 0xb10b));
        header = nextHeader(signerOf(leaderIndex()), "");
        header.dataCommitment = keccak256(abi.encodePacked(hashes));
        signature = sign(signerKey(leaderIndex()), header);
    }

    function test_gas_appendBlobBatch_oneBlob() public {
        vm.blobhashes(hashes);
        coolStorage();
        inbox.appendBlobBatch(header, signature);
        vm.snapshotGasLastCall("baton", "appendBlobBatch (one blob)");
    }
}

contract GasForcedEntryBatchTest is GasBase {
    BatchHeader internal header;
    bytes internal signature;

    function setUp() public override {
        super.setUp();
        enqueue(address(0xCAFE));
        header = nextHeader(signerOf(leaderIndex()), "");
        header.queuePosition = 3;
        signature = sign(signerKey(leaderIndex()), header);
    }

    function test_gas_appendBatch_includingOneDueForcedEntry() public {
        coolStorage();
        inbox.appendBatch(header, "", signature);
        vm.snapshotGasLastCall("baton", "appendBatch (includes one due forced entry)");
    }
}

contract GasForcedBatchTest is GasBase {
    function setUp() public override {
        super.setUp();
        // The includer already has fees owed (it included the warm-up entries).
        enqueue(address(0xCAFE));
        (uint64 deadline,) = inbox.entry(2);
        rollToSlot(registry.slotAt(deadline) + 1);
    }

    function test_gas_appendForcedBatch_oneOverdueEntry() public {
        coolStorage();
        inbox.appendForcedBatch(3);
        vm.snapshotGasLastCall("baton", "appendForcedBatch (one overdue entry)");
    }
}

contract GasEnqueueTest is GasBase {
    bytes internal l2Tx;

    function setUp() public override {
        super.setUp();
        l2Tx = new bytes(200);
        vm.deal(address(0xCAFE), 2 ether);
    }

    function test_gas_enqueueTransaction_200B() public {
        coolStorage();
        vm.prank(address(0xCAFE));
        inbox.enqueueTransaction{value: p.forcedInclusionFee}(l2Tx);
        vm.snapshotGasLastCall("baton", "enqueueTransaction (200 B)");
    }

    function test_gas_depositETH() public {
        coolStorage();
        vm.prank(address(0xCAFE));
        inbox.depositETH{value: 1 ether}(address(0xD00D));
        vm.snapshotGasLastCall("baton", "depositETH");
    }
}

/// @dev The equivocation of the slot's leader, signed in `setUp`.
abstract contract GasEquivocationBase is GasBase {
    BatchHeader internal a;
    BatchHeader internal b;
    bytes internal sigA;
    bytes internal sigB;

    function setUp() public virtual override {
        super.setUp();
        (a, sigA, b, sigB) = conflictingPair(leaderIndex());
    }

    function measureEquivocation(string memory name) internal {
        coolStorage();
        vm.prank(KEEPER);
        registry.slashEquivocation(a, sigA, b, sigB);
        vm.snapshotGasLastCall("baton", name);
    }
}

contract GasEquivocationTest is GasEquivocationBase {
    function test_gas_slashEquivocation() public {
        measureEquivocation("slashEquivocation (new epoch: writes a roster checkpoint)");
    }
}

contract GasEquivocationPendingTest is GasEquivocationBase {
    function setUp() public override {
        super.setUp();
        // A registration earlier in the same epoch already wrote the checkpoint the ejection amends.
        bond(ROSTER_CAP - 1);
    }

    function test_gas_slashEquivocation_checkpointAlreadyPending() public {
        measureEquivocation("slashEquivocation (roster checkpoint already pending)");
    }
}
