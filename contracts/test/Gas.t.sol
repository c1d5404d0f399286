// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BatchInbox} from "../src/BatchInbox.sol";
import {InclusionReceipts} from "../src/InclusionReceipts.sol";
import {SequencerRegistry} from "../src/SequencerRegistry.sol";
import {IBatchInbox} from "../src/interfaces/IBatchInbox.sol";
import {BatchCalldataLib} from "../src/libraries/BatchCalldataLib.sol";
import {BatchHeader} from "../src/libraries/BatchHeaderLib.sol";
import {InclusionReceipt, InclusionReceiptLib} from "../src/libraries/InclusionReceiptLib.sol";
import {BatonFixture} from "./utils/BatonFixture.sol";
import {ReceiptTree} from "./utils/ReceiptTree.sol";
import {TransactionBill} from "./utils/TransactionBill.sol";
import {TxTree} from "./utils/TxTree.sol";

/// @notice Gas of each user-facing action, as docs/BENCHMARKS.md reports it: execution gas of the call alone
///         (`snapshotGasLastCall`, no isolation, so the 21,000 intrinsic and calldata cost are excluded), measured
///         with every account and storage slot the call touches cold, as in a real transaction. Forge 1.7.1's
///         `vm.cool` re-cools storage slots but not accounts, so each case computes its arguments in `setUp` (a
///         transaction of its own) and makes the measured call the test's first touch of the contracts;
///         `GasProbeTest` checks that this holds. Each measures the steady state (not the first batch or entry
///         ever: the ring of header hashes has wrapped) on a roster at the cap. Refresh with `make snapshot`; values
///         land in snapshots/baton.json. Whole-transaction bills (21,000 + calldata under EIP-7623 + execution) are
///         computed from the measured execution and the exact calldata bytes.
abstract contract GasBase is BatonFixture {
    uint8 internal constant ROSTER_CAP = 31;
    address internal constant KEEPER = address(0x4EE9E4);

    /// The last batch `setUp` records.
    BatchHeader internal warmUp;

    function setUp() public virtual override {
        vm.roll(100);
        p = defaultParams();
        p.maxSequencers = ROSTER_CAP;
        registry = deployBaton(p);
        inbox = BatchInbox(registry.inbox());
        if (wrapRing()) {
            // Day two: one roster change per epoch, more than the ring of roster checkpoints holds...
            for (uint256 i; i < ROSTER_CAP - 1; ++i) {
                bond(i);
                rollToEpoch(registry.epochOf(registry.currentSlot()) + 1);
            }
            assertGt(ROSTER_CAP - 1, registry.checkpointRingSize());
            rollToEpoch(registry.epochOf(registry.currentSlot()) + 2);
            // ...and every slot of the ring of header hashes holds an older batch's hash.
            uint64 size = inbox.headerRingSize();
            for (uint256 i; i < size; ++i) {
                postBySigner(leaderIndex(), "");
                rollBlocks(1);
            }
        } else {
            bondAndActivate(ROSTER_CAP - 1);
        }
        // Steady state: earlier batches, an included forced entry (fees owed to the poster), an earlier deposit,
        // and an earlier slash (so the burn and payout counters and the keeper's payout are already non-zero).
        enqueue(address(0xCAFE));
        vm.deal(address(0xCAFE), 2 ether);
        vm.prank(address(0xCAFE));
        inbox.depositETH{value: 1 ether}(address(0xD00D));
        BatchHeader memory h = nextHeader(signerOf(leaderIndex()), "warm-up");
        h.queuePosition = 2;
        append(h, "warm-up", sign(signerKey(leaderIndex()), h));
        warmUp = h;
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

    /// @dev Whether `setUp` wraps the rings of roster checkpoints and header hashes first (steady state); false
    ///      measures the first day.
    function wrapRing() internal pure virtual returns (bool) {
        return true;
    }

    /// @dev Posts the next batch from operator `i`'s signer account (sender authentication, as the node does).
    function postBySigner(uint256 i, bytes memory payload) internal {
        bytes memory data = senderCalldata(IBatchInbox.appendBatch.selector, nextHeader(signerOf(i), payload), payload);
        vm.prank(signerOf(i));
        callInbox(data);
    }

    /// @dev `n` bytes that look like compressed data: pseudo-random, so about one in 256 is zero.
    function randomBytes(uint256 n) internal pure returns (bytes memory out) {
        out = new bytes(n);
        bytes32 word;
        for (uint256 i; i < n; ++i) {
            if (i % 32 == 0) word = keccak256(abi.encode(n, i));
            out[i] = word[i % 32];
        }
    }

    function transactionBill(bytes memory data, uint256 execution) internal pure returns (uint256) {
        return TransactionBill.compute(data, execution);
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

/// @dev A calldata batch of `payloadSize` random bytes, posted by the signer (as the node does) and by a relayer with
///      the signature in calldata; each also reports the whole-transaction bill.
abstract contract GasCalldataBatchBase is GasBase {
    bytes internal bySigner;
    bytes internal signed;
    address internal signerAccount;

    function payloadSize() internal pure virtual returns (uint256);

    function setUp() public override {
        super.setUp();
        bytes memory payload = randomBytes(payloadSize());
        uint256 leader = leaderIndex();
        BatchHeader memory h = nextHeader(signerOf(leader), payload);
        bySigner = senderCalldata(IBatchInbox.appendBatch.selector, h, payload);
        signed = batchCalldata(IBatchInbox.appendBatch.selector, h, payload, sign(signerKey(leader), h));
        signerAccount = signerOf(leader);
    }

    function measure(bytes memory data, string memory name, string memory billName) internal {
        coolStorage();
        callInbox(data);
        uint256 execution = vm.snapshotGasLastCall("baton", name);
        if (bytes(billName).length != 0) vm.snapshotValue("baton", billName, transactionBill(data, execution));
    }

    /// @dev The anchor for the same payload: Arbitrum's `addSequencerL2BatchFromOrigin` calldata (nitro-contracts
    ///      v3.2.0 ABI, a one-byte brotli header flag before the payload, mainnet-sized counters, no gas refunder),
    ///      billed with the execution gas measured for it at 1 KB (118,579; docs/BENCHMARKS.md). From a few KB up
    ///      the EIP-7623 floor prices the transaction and the execution figure drops out.
    function arbitrumBill(bytes memory payload) internal pure returns (uint256) {
        bytes memory data = abi.encodeWithSignature(
            "addSequencerL2BatchFromOrigin(uint256,bytes,uint256,address,uint256,uint256)",
            uint256(912_345),
            abi.encodePacked(uint8(0), payload),
            uint256(2_012_345),
            address(0),
            uint256(301_234_567),
            uint256(301_234_890)
        );
        return transactionBill(data, 118_579);
    }
}

contract GasCalldataBatchTest is GasCalldataBatchBase {
    function payloadSize() internal pure override returns (uint256) {
        return 1024;
    }

    function test_gas_appendBatch_calldata1KB_bySigner() public {
        vm.prank(signerAccount);
        measure(bySigner, "appendBatch (calldata, 1 KB, sent by the signer)", "bill: calldata batch 1 KB");
    }

    function test_bill_arbitrum_calldata1KB() public {
        vm.snapshotValue("baton", "bill: Arbitrum, same 1 KB payload", arbitrumBill(randomBytes(payloadSize())));
    }

    function test_gas_appendBatch_calldata1KB_signed() public {
        measure(signed, "appendBatch (calldata, 1 KB, signature in calldata)", "bill: calldata batch 1 KB, signed");
    }
}

contract GasCalldataBatch10KBTest is GasCalldataBatchBase {
    function payloadSize() internal pure override returns (uint256) {
        return 10 * 1024;
    }

    function test_gas_appendBatch_calldata10KB_bySigner() public {
        vm.prank(signerAccount);
        measure(bySigner, "appendBatch (calldata, 10 KB, sent by the signer)", "bill: calldata batch 10 KB");
    }

    function test_bill_arbitrum_calldata10KB() public {
        vm.snapshotValue("baton", "bill: Arbitrum, same 10 KB payload", arbitrumBill(randomBytes(payloadSize())));
    }

    function test_gas_appendBatch_calldata10KB_signed() public {
        measure(signed, "appendBatch (calldata, 10 KB, signature in calldata)", "bill: calldata batch 10 KB, signed");
    }
}

contract GasCalldataBatch100KBTest is GasCalldataBatchBase {
    function payloadSize() internal pure override returns (uint256) {
        return 100 * 1024;
    }

    function test_gas_appendBatch_calldata100KB_bySigner() public {
        vm.prank(signerAccount);
        measure(bySigner, "appendBatch (calldata, 100 KB, sent by the signer)", "bill: calldata batch 100 KB");
    }

    function test_bill_arbitrum_calldata100KB() public {
        vm.snapshotValue("baton", "bill: Arbitrum, same 100 KB payload", arbitrumBill(randomBytes(payloadSize())));
    }

    function test_gas_appendBatch_calldata100KB_signed() public {
        measure(signed, "appendBatch (calldata, 100 KB, signature in calldata)", "bill: calldata batch 100 KB, signed");
    }
}

/// @notice The first day: the ring slot is still empty, so recording the header fills a fresh slot.
contract GasCalldataBatchFirstDayTest is GasCalldataBatchBase {
    function wrapRing() internal pure override returns (bool) {
        return false;
    }

    function payloadSize() internal pure override returns (uint256) {
        return 1024;
    }

    function test_gas_appendBatch_calldata1KB_beforeTheRingWraps() public {
        vm.prank(signerAccount);
        measure(bySigner, "appendBatch (calldata, 1 KB, sent by the signer, ring not yet wrapped)", "");
    }
}

contract GasBlobBatchTest is GasBase {
    bytes internal bySigner;
    bytes internal signed;
    address internal signerAccount;
    bytes32[] internal hashes;

    function setUp() public override {
        super.setUp();
        hashes.push(bytes32(uint256(0x01) << 248 | 0xb10b));
        uint256 leader = leaderIndex();
        BatchHeader memory h = nextHeader(signerOf(leader), "");
        h.dataCommitment = keccak256(abi.encodePacked(hashes));
        bySigner = senderCalldata(IBatchInbox.appendBlobBatch.selector, h, "");
        signed = batchCalldata(IBatchInbox.appendBlobBatch.selector, h, "", sign(signerKey(leader), h));
        signerAccount = signerOf(leader);
    }

    function test_gas_appendBlobBatch_oneBlob_bySigner() public {
        vm.blobhashes(hashes);
        coolStorage();
        vm.prank(signerAccount);
        callInbox(bySigner);
        uint256 execution = vm.snapshotGasLastCall("baton", "appendBlobBatch (one blob, sent by the signer)");
        vm.snapshotValue("baton", "bill: one-blob batch (blob gas excluded)", transactionBill(bySigner, execution));
    }

    function test_gas_appendBlobBatch_oneBlob_signed() public {
        vm.blobhashes(hashes);
        coolStorage();
        callInbox(signed);
        vm.snapshotGasLastCall("baton", "appendBlobBatch (one blob, signature in calldata)");
    }
}

contract GasForcedEntryBatchTest is GasBase {
    bytes internal bySigner;
    address internal signerAccount;

    function setUp() public override {
        super.setUp();
        // Steady state for a node: its signer account already has fees owed from an earlier inclusion.
        uint256 leader = leaderIndex();
        enqueue(address(0xCAFE));
        BatchHeader memory h = nextHeader(signerOf(leader), "");
        h.queuePosition += 1;
        bytes memory data = senderCalldata(IBatchInbox.appendBatch.selector, h, "");
        vm.prank(signerOf(leader));
        callInbox(data);
        rollBlocks(1);
        enqueue(address(0xCAFE));
        h = nextHeader(signerOf(leader), "");
        h.queuePosition += 1;
        bySigner = senderCalldata(IBatchInbox.appendBatch.selector, h, "");
        signerAccount = signerOf(leader);
    }

    function test_gas_appendBatch_includingOneDueForcedEntry() public {
        coolStorage();
        vm.prank(signerAccount);
        callInbox(bySigner);
        vm.snapshotGasLastCall("baton", "appendBatch (includes one due forced entry, sent by the signer)");
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

/// @dev A broken inclusion receipt of the slot's leader: its batch of 1,024 transactions has another one at the
///      promised index (the issue's reference size).
contract GasReceiptTest is GasBase {
    uint256 internal constant TXS = 1024;
    uint32 internal constant PROMISED_INDEX = 777;

    InclusionReceipts internal receipts;
    InclusionReceipt internal receipt;
    bytes internal receiptSig;
    bytes internal groupSig;
    BatchHeader internal batch;
    BatchHeader internal previous;
    bytes32[] internal leaves;

    function setUp() public override {
        super.setUp();
        receipts = InclusionReceipts(registry.receipts());
        uint256 leader = leaderIndex();
        receipt = InclusionReceipt({
            l2ChainId: L2_CHAIN_ID,
            txHash: keccak256("promised"),
            slot: registry.currentSlot(),
            index: PROMISED_INDEX,
            beneficiary: address(0xCAFE)
        });
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(signerKey(leader), receipts.receiptDigest(receipt));
        receiptSig = abi.encodePacked(r, s, v);
        bytes32[] memory hashes = new bytes32[](8);
        for (uint256 i; i < 8; ++i) {
            hashes[i] = keccak256(abi.encode("another receipt of the group", i));
        }
        hashes[5] = InclusionReceiptLib.hash(receipt);
        (v, r, s) = vm.sign(signerKey(leader), receipts.receiptRootDigest(ReceiptTree.root(hashes)));
        groupSig = abi.encodePacked(r, s, v, ReceiptTree.path(hashes, 5));
        leaves = TxTree.leaves(TXS, "batch");
        previous = warmUp;
        batch = nextHeader(signerOf(leader), "");
        batch.txRoot = TxTree.txRoot(leaves);
        bytes memory data = senderCalldata(IBatchInbox.appendBatch.selector, batch, "");
        vm.prank(signerOf(leader));
        callInbox(data);
        rollBlocks(1);
    }

    function test_gas_slashContradictedReceipt_1024txs() public {
        measureContradicted(receiptSig, "slashContradictedReceipt (1,024 txs, 10 siblings)");
    }

    /// @dev The same receipt signed in a group of 8 (the most the reference node puts under one signature, so that
    ///      proofs of its receipts stay under 70,000 gas): one signature over the group's root and a path of 3
    ///      siblings in the signature.
    function test_gas_slashContradictedReceipt_1024txs_signedInAGroupOf8() public {
        measureContradicted(groupSig, "slashContradictedReceipt (1,024 txs, 10 siblings; signed in a group of 8)");
    }

    /// @dev The safety proof of `receipt` shown with `sig`, every slot it touches cold.
    function measureContradicted(bytes memory sig, string memory label) internal {
        bytes32[] memory path = TxTree.proof(leaves, PROMISED_INDEX);
        InclusionReceipt memory r = receipt;
        BatchHeader memory b = batch;
        BatchHeader memory prev = previous;
        bytes32 leaf = leaves[PROMISED_INDEX];
        coolStorage();
        vm.prank(KEEPER);
        receipts.slashContradictedReceipt(r, sig, b, prev, TXS, leaf, path);
        vm.snapshotGasLastCall("baton", label);
    }
}

/// @dev A receipt of the next slot's leader, which then posts nothing in its slot (the liveness fault).
contract GasUnkeptReceiptTest is GasBase {
    InclusionReceipts internal receipts;
    InclusionReceipt internal receipt;
    bytes internal receiptSig;
    uint64 internal firstBatch;
    BatchHeader[] internal headers;

    function setUp() public override {
        super.setUp();
        receipts = InclusionReceipts(registry.receipts());
        uint64 slot = registry.currentSlot() + 1;
        uint256 leader = registry.leaderOf(slot);
        receipt = InclusionReceipt({
            l2ChainId: L2_CHAIN_ID, txHash: keccak256("promised"), slot: slot, index: 0, beneficiary: address(0xCAFE)
        });
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(signerKey(leader), receipts.receiptDigest(receipt));
        receiptSig = abi.encodePacked(r, s, v);
        rollToSlot(slot + 1);
        // Nothing was posted since the warm-up batch: it is the newest, so it alone covers the slot.
        firstBatch = inbox.batchCount() - 1;
        headers.push(warmUp);
    }

    function test_gas_slashUnkeptReceipt() public {
        InclusionReceipt memory r = receipt;
        bytes memory sig = receiptSig;
        BatchHeader[] memory evidence = headers;
        uint64 first = firstBatch;
        coolStorage();
        vm.prank(KEEPER);
        receipts.slashUnkeptReceipt(r, sig, first, evidence);
        vm.snapshotGasLastCall("baton", "slashUnkeptReceipt (slot evidence of 1 header)");
    }
}
