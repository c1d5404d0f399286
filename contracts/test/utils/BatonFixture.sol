// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BatchInbox} from "../../src/BatchInbox.sol";
import {CommitteeCertificates} from "../../src/CommitteeCertificates.sol";
import {InclusionReceipts} from "../../src/InclusionReceipts.sol";
import {SequencerRegistry} from "../../src/SequencerRegistry.sol";
import {IBatchInbox} from "../../src/interfaces/IBatchInbox.sol";
import {ISequencerRegistry} from "../../src/interfaces/ISequencerRegistry.sol";
import {BatchCalldataLib} from "../../src/libraries/BatchCalldataLib.sol";
import {BatchHeader, BatchHeaderLib} from "../../src/libraries/BatchHeaderLib.sol";
import {ScheduleLib} from "../../src/libraries/ScheduleLib.sol";
import {Test} from "../base/Test.sol";
import {Vm} from "../base/Vm.sol";
import {BatonDeployment} from "./BatonDeployment.sol";

/// @notice Deploys Baton with small test parameters and offers helpers to bond operators, move through slots and
///         build, sign and post headers. Operator `i` has signing key `SIGNER_KEY_BASE + i` and owner `owner(i)`.
abstract contract BatonFixture is Test {
    uint256 internal constant SIGNER_KEY_BASE = 0xA11CE;
    uint64 internal constant L2_CHAIN_ID = 901;
    bytes32 internal constant TX_ROOT = keccak256("some L2 transactions");

    SequencerRegistry internal registry;
    BatchInbox internal inbox;
    ISequencerRegistry.Params internal p;
    /// @dev The escrow records the registry announced in `Slashed` (it keeps only their hashes), by evidence.
    mapping(bytes32 evidence => ISequencerRegistry.Escrow) private _escrowBook;

    function defaultParams() internal pure returns (ISequencerRegistry.Params memory) {
        return ISequencerRegistry.Params({
            l2ChainId: L2_CHAIN_ID,
            minBond: 1 ether,
            maxSequencers: 16,
            slotLength: 4,
            slotsPerEpoch: 4,
            graceBlocks: 2,
            inclusionWindow: 10,
            escapeDelay: 40,
            faultWindow: 200,
            exitDelay: 300,
            strikesToJail: 3,
            jailCooldown: 200,
            jailPenalty: 0.01 ether,
            censorshipPenalty: 0.1 ether,
            censorshipCompensation: 0.004 ether,
            receiptSafetyPenalty: 0.2 ether,
            receiptLivenessPenalty: 0.01 ether,
            receiptCompensation: 0.0005 ether,
            bountyBps: 1000,
            forcedInclusionFee: 0.001 ether,
            maxForcedTxSize: 4096
        });
    }

    function setUp() public virtual {
        vm.recordLogs();
        vm.roll(100);
        p = defaultParams();
        registry = deployBaton(p);
        inbox = BatchInbox(registry.inbox());
    }

    /// @dev A whole deployment from this contract (docs/PROTOCOL.md §Deployment).
    function deployBaton(ISequencerRegistry.Params memory params_) internal returns (SequencerRegistry) {
        return BatonDeployment.deploy(address(this), params_);
    }

    /// @dev The receipts and committee contracts for the registry this contract deploys right after them, so a test
    ///      can expect the registry's own constructor to revert.
    function linkedFor(ISequencerRegistry.Params memory params_)
        internal
        returns (address receipts, address committee)
    {
        address next = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 2);
        receipts = address(new InclusionReceipts(next, params_));
        committee = address(new CommitteeCertificates(next, params_));
    }

    // ---- payouts ----

    /// @dev The escrow record of `evidence`, as its `Slashed` event carried it (events recorded since `setUp`; a
    ///      record released since is still returned).
    function escrowOf(bytes32 evidence) internal returns (ISequencerRegistry.Escrow memory) {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter == address(registry) && logs[i].topics[0] == ISequencerRegistry.Slashed.selector) {
                (, ISequencerRegistry.Escrow memory payout) =
                    abi.decode(logs[i].data, (uint256, ISequencerRegistry.Escrow));
                if (payout.releaseAt != 0) _escrowBook[logs[i].topics[3]] = payout;
            }
        }
        return _escrowBook[evidence];
    }

    /// @dev Releases the payouts of `evidence` with the record its event carried.
    function releasePayout(bytes32 evidence) internal {
        ISequencerRegistry.Escrow memory escrow = escrowOf(evidence);
        registry.releasePayout(evidence, escrow);
    }

    // ---- operators ----

    function owner(uint256 i) internal pure returns (address) {
        return address(uint160(0xB0B000 + i));
    }

    function signerKey(uint256 i) internal pure returns (uint256) {
        return SIGNER_KEY_BASE + i;
    }

    function signerOf(uint256 i) internal pure returns (address) {
        return vm.addr(signerKey(i));
    }

    function bond(uint256 i) internal returns (uint8 id) {
        vm.deal(owner(i), 10 ether);
        vm.prank(owner(i));
        id = registry.register{value: p.minBond}(signerOf(i));
    }

    /// @dev Bonds `n` operators (ids 0..n-1) and rolls to the first block of the epoch in which they are active.
    function bondAndActivate(uint256 n) internal {
        for (uint256 i; i < n; ++i) {
            bond(i);
        }
        rollToEpoch(registry.epochOf(registry.currentSlot()) + 2);
    }

    /// @dev The order of `slot` (leader first, then backups), computed as docs/PROTOCOL.md §Schedule defines it from
    ///      the registry's `membersAt` and `epochSeed`: the contracts themselves only ever need the leader and one
    ///      operator's offset, so the registry has no view for the whole order.
    function scheduleOf(uint64 slot) internal view returns (uint8[] memory order) {
        uint32 epoch = registry.epochOf(slot);
        uint256 members = registry.membersAt(epoch);
        uint256 n = ScheduleLib.popCount(members);
        order = new uint8[](n);
        if (n == 0) return order;
        uint256 leaderRank = ScheduleLib.leaderRank(registry.epochSeed(epoch), slot, n);
        for (uint256 k; k < n; ++k) {
            order[k] = uint8(ScheduleLib.memberAt(members, (leaderRank + k) % n));
        }
    }

    function expectWrongStatus(ISequencerRegistry.Status status) internal {
        vm.expectRevert(abi.encodeWithSelector(ISequencerRegistry.WrongStatus.selector, status));
    }

    // ---- time ----

    function rollToSlot(uint64 slot) internal {
        vm.roll(registry.slotStartBlock(slot));
    }

    function rollToEpoch(uint32 epoch) internal {
        rollToSlot(uint64(epoch) * p.slotsPerEpoch);
    }

    function rollBlocks(uint256 blocks) internal {
        vm.roll(block.number + blocks);
    }

    // ---- headers ----

    function nextHeader(address sequencer, bytes memory payload) internal view returns (BatchHeader memory h) {
        uint64 count = inbox.batchCount();
        h = BatchHeader({
            l2ChainId: L2_CHAIN_ID,
            batchNumber: count,
            slot: registry.currentSlot(),
            parentHash: count == 0 ? bytes32(0) : inbox.batchHeaderHash(count - 1),
            dataCommitment: keccak256(payload),
            txRoot: TX_ROOT,
            queuePosition: inbox.queueHead(),
            sequencer: sequencer
        });
    }

    /// @dev A real copy: `BatchHeader memory b = a` aliases the same memory.
    function copy(BatchHeader memory h) internal pure returns (BatchHeader memory) {
        return abi.decode(abi.encode(h), (BatchHeader));
    }

    function sign(uint256 key, BatchHeader memory h) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, inbox.headerDigest(h));
        return abi.encodePacked(r, s, v);
    }

    /// @dev Two different headers operator `i` signs for the next batch in this slot: an equivocation.
    function conflictingPair(uint256 i)
        internal
        view
        returns (BatchHeader memory a, bytes memory sigA, BatchHeader memory b, bytes memory sigB)
    {
        a = nextHeader(signerOf(i), "version A");
        b = nextHeader(signerOf(i), "version B");
        sigA = sign(signerKey(i), a);
        sigB = sign(signerKey(i), b);
    }

    function leaderIndex() internal view returns (uint256) {
        return registry.leaderOf(registry.currentSlot());
    }

    /// @dev Posts an empty-payload calldata batch as the current slot's leader and returns its header.
    function postAsLeader() internal virtual returns (BatchHeader memory h) {
        return postAs(leaderIndex(), "");
    }

    function postAs(uint256 i, bytes memory payload) internal virtual returns (BatchHeader memory h) {
        h = nextHeader(signerOf(i), payload);
        append(h, payload, sign(signerKey(i), h));
    }

    // ---- packed batch calldata ----

    /// @dev `appendBatch()` calldata carrying `h`'s own fields (the rest the inbox rebuilds): signed when
    ///      `signature` is given, unsequenced when `h.sequencer` is zero.
    function batchCalldata(bytes4 selector, BatchHeader memory h, bytes memory payload, bytes memory signature)
        internal
        view
        returns (bytes memory)
    {
        IBatchInbox.Authentication auth = h.sequencer == address(0)
            ? IBatchInbox.Authentication.Unsequenced
            : IBatchInbox.Authentication.Signature;
        uint8 id = h.sequencer == address(0) ? 0 : registry.operatorIdOf(h.sequencer);
        // safe in tests: a batch advances the queue by far fewer than 2^32 entries
        // forge-lint: disable-next-line(unsafe-typecast)
        uint32 advance = uint32(h.queuePosition - inbox.queueHead());
        return BatchCalldataLib.encode(selector, auth, id, advance, h.txRoot, signature, payload);
    }

    /// @dev `h` posted by its sequencer's own account (sender authentication: the header hash's first 8 bytes instead
    ///      of a signature), as the node posts.
    function senderCalldata(bytes4 selector, BatchHeader memory h, bytes memory payload)
        internal
        view
        returns (bytes memory)
    {
        // safe in tests: a batch advances the queue by far fewer than 2^32 entries
        // forge-lint: disable-next-line(unsafe-typecast)
        uint32 advance = uint32(h.queuePosition - inbox.queueHead());
        return BatchCalldataLib.encode(
            selector,
            IBatchInbox.Authentication.Sender,
            registry.operatorIdOf(h.sequencer),
            advance,
            h.txRoot,
            abi.encode(BatchHeaderLib.hash(h)),
            payload
        );
    }

    /// @dev Posts `h` with `payload` in calldata, as `append` would from any account (signature-authenticated).
    function append(BatchHeader memory h, bytes memory payload, bytes memory signature) internal {
        callInbox(batchCalldata(IBatchInbox.appendBatch.selector, h, payload, signature));
    }

    /// @dev `append` sent from `sender`.
    function appendFrom(address sender, BatchHeader memory h, bytes memory payload, bytes memory signature) internal {
        bytes memory data = batchCalldata(IBatchInbox.appendBatch.selector, h, payload, signature);
        vm.prank(sender);
        callInbox(data);
    }

    /// @dev Posts `h` as a blob batch; the test sets the blob hashes.
    function appendBlob(BatchHeader memory h, bytes memory signature) internal {
        callInbox(batchCalldata(IBatchInbox.appendBlobBatch.selector, h, "", signature));
    }

    /// @dev Builds the calldata first (it reads the chain), then expects `append` of it to revert with `reason`.
    function expectAppendRevert(bytes memory reason, BatchHeader memory h, bytes memory payload, bytes memory sig)
        internal
    {
        bytes memory data = batchCalldata(IBatchInbox.appendBatch.selector, h, payload, sig);
        vm.expectRevert(reason);
        callInbox(data);
    }

    function expectAppendRevert(bytes4 reason, BatchHeader memory h, bytes memory payload, bytes memory sig) internal {
        expectAppendRevert(abi.encodeWithSelector(reason), h, payload, sig);
    }

    function expectAppendBlobRevert(bytes4 reason, BatchHeader memory h, bytes memory sig) internal {
        bytes memory data = batchCalldata(IBatchInbox.appendBlobBatch.selector, h, "", sig);
        vm.expectRevert(reason);
        callInbox(data);
    }

    /// @dev Calls the inbox with raw calldata, bubbling its revert data up unchanged (for `vm.expectRevert`).
    function callInbox(bytes memory data) internal {
        (bool ok, bytes memory reason) = address(inbox).call(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(reason, 0x20), mload(reason))
            }
        }
    }

    // ---- forced queue ----

    function enqueue(address user) internal returns (uint64 index) {
        vm.deal(user, user.balance + 1 ether);
        vm.prank(user);
        index = inbox.enqueueTransaction{value: p.forcedInclusionFee}(hex"02f86b01");
    }
}
