// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

import {IBatchInbox} from "./interfaces/IBatchInbox.sol";
import {ISequencerRegistry} from "./interfaces/ISequencerRegistry.sol";
import {BatchHeader, BatchHeaderLib} from "./libraries/BatchHeaderLib.sol";
import {BatonEip712} from "./libraries/BatonEip712.sol";
import {TxRootLib} from "./libraries/TxRootLib.sol";

/// @title BatchInbox
/// @notice Append-only chain of batch headers, the forced-inclusion queue and the escape hatch.
/// @dev Deployed by {SequencerRegistry}, which is the only source of posting rights. Forced-entry deadlines are
///      monotonic in queue order, so "no overdue entry is left behind" is checked on one entry: the first one
///      the batch does not include.
contract BatchInbox is IBatchInbox, EIP712 {
    using BatchHeaderLib for BatchHeader;

    ISequencerRegistry public immutable registry;
    uint64 public immutable l2ChainId;
    uint64 public immutable genesisBlock;
    uint32 public immutable slotLength;
    uint32 public immutable inclusionWindow;
    uint32 public immutable escapeDelay;
    uint96 public immutable forcedInclusionFee;
    uint32 public immutable maxForcedTxSize;

    /// @dev Everything a batch append reads and writes, packed in one slot. Block and slot numbers fit 32 bits for
    ///      1,600 years of 12-second blocks (the constructor refuses a chain already past that).
    struct State {
        uint64 batchCount;
        uint64 queueHead;
        uint64 queueLength;
        /// Block of the latest batch signed by a bonded sequencer (deployment block before the first).
        uint32 lastSequencedBlock;
        /// Slot of the latest unsequenced batch, plus one (0: none yet).
        uint32 unsequencedSlotPlusOne;
    }

    State internal _state;
    mapping(uint256 batchNumber => bytes32) internal _headerHashes;
    /// @dev `deadline << 160 | sender`: one slot per entry; the entry's content lives in its event.
    mapping(uint256 index => uint256) internal _entries;
    mapping(address account => uint256) public feesOwed;
    uint256 public totalDeposits;

    constructor(
        uint64 l2ChainId_,
        uint64 genesisBlock_,
        uint32 slotLength_,
        uint32 inclusionWindow_,
        uint32 escapeDelay_,
        uint96 forcedInclusionFee_,
        uint32 maxForcedTxSize_
    ) EIP712(BatonEip712.NAME, BatonEip712.VERSION) {
        registry = ISequencerRegistry(msg.sender);
        l2ChainId = l2ChainId_;
        genesisBlock = genesisBlock_;
        slotLength = slotLength_;
        inclusionWindow = inclusionWindow_;
        escapeDelay = escapeDelay_;
        forcedInclusionFee = forcedInclusionFee_;
        maxForcedTxSize = maxForcedTxSize_;
        if (genesisBlock_ > type(uint32).max) revert BlockNumberTooLarge();
        // forge-lint: disable-next-line(unsafe-typecast)
        _state.lastSequencedBlock = uint32(genesisBlock_);
    }

    // ------------------------------------------------------------------------------------------------
    // Batches
    // ------------------------------------------------------------------------------------------------

    /// @inheritdoc IBatchInbox
    function appendBatch(BatchHeader calldata header, bytes calldata payload, bytes calldata signature) external {
        _append(header, keccak256(payload), signature, DataKind.Calldata);
    }

    /// @inheritdoc IBatchInbox
    function appendBlobBatch(BatchHeader calldata header, bytes calldata signature) external {
        uint256 count;
        while (blobhash(count) != 0) ++count;
        if (count == 0) revert NoBlobs();
        bytes32[] memory hashes = new bytes32[](count);
        for (uint256 i; i < count; ++i) {
            hashes[i] = blobhash(i);
        }
        bytes32 commitment = keccak256(abi.encodePacked(hashes));
        _append(header, commitment, signature, DataKind.Blobs);
    }

    /// @inheritdoc IBatchInbox
    function appendForcedBatch(uint64 newQueuePosition) external {
        State memory st = _state;
        if (newQueuePosition <= st.queueHead || newQueuePosition > st.queueLength) {
            revert QueuePositionOutOfRange(st.queueHead + 1, st.queueLength, newQueuePosition);
        }
        // Only entries whose deadline's slot has ended may be forced: censorship of an entry is judged at the end of
        // that slot, so a forced batch inside it would clear the censor. Deadlines are monotonic: checking the
        // last entry covers the others.
        uint64 forceableAt = _slotStart(_slotAt(_deadline(newQueuePosition - 1)) + 1);
        if (block.number < forceableAt) revert NotForceableYet(forceableAt);
        BatchHeader memory header = BatchHeader({
            l2ChainId: l2ChainId,
            batchNumber: st.batchCount,
            slot: _currentSlot(),
            parentHash: _parentHash(st.batchCount),
            dataCommitment: bytes32(0),
            txRoot: bytes32(0),
            queuePosition: newQueuePosition,
            sequencer: address(0)
        });
        _record(st, header, DataKind.ForcedOnly, false);
    }

    function _append(BatchHeader calldata header, bytes32 commitment, bytes calldata signature, DataKind kind)
        internal
    {
        State memory st = _state;
        if (header.l2ChainId != l2ChainId) revert WrongL2ChainId(l2ChainId, header.l2ChainId);
        if (header.batchNumber != st.batchCount) revert WrongBatchNumber(st.batchCount, header.batchNumber);
        uint64 slot = _currentSlot();
        if (header.slot != slot) revert WrongSlot(slot, header.slot);
        bytes32 parent = _parentHash(st.batchCount);
        if (header.parentHash != parent) revert WrongParent(parent, header.parentHash);
        if (header.dataCommitment != commitment) revert WrongDataCommitment(commitment, header.dataCommitment);

        BatchHeader memory h = header;
        bool sequenced = h.sequencer != address(0);
        if (sequenced) {
            (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(_hashTypedDataV4(h.hash()), signature);
            if (err != ECDSA.RecoverError.NoError || signer != h.sequencer) revert InvalidSignature();
            if (!registry.isEligiblePoster(signer)) revert NotEligible(signer);
        } else {
            uint64 opensAt = uint64(st.lastSequencedBlock) + escapeDelay;
            if (block.number < opensAt) revert EscapeHatchClosed(opensAt);
            if (signature.length != 0) revert InvalidSignature();
        }
        _record(st, h, kind, sequenced);
    }

    /// @dev Checks the queue position (and that an unsequenced batch is the slot's first), then stores the header
    ///      and pays the includer. `st` is the loaded state.
    function _record(State memory st, BatchHeader memory header, DataKind kind, bool sequenced) internal {
        if (!sequenced) {
            // An unsequenced batch takes the batch number a leader may have signed; one per slot leaves the leader
            // the rest of its slot to sign the next number.
            // forge-lint: disable-next-line(unsafe-typecast)
            uint32 slotPlusOne = uint32(header.slot + 1);
            if (st.unsequencedSlotPlusOne == slotPlusOne) revert UnsequencedBatchInSlot(header.slot);
            st.unsequencedSlotPlusOne = slotPlusOne;
        }
        uint64 position = header.queuePosition;
        if (position < st.queueHead || position > st.queueLength) {
            revert QueuePositionOutOfRange(st.queueHead, st.queueLength, position);
        }
        if (position < st.queueLength) {
            uint64 deadline = _deadline(position);
            if (block.number > deadline) revert OverdueEntrySkipped(position, deadline);
        }

        bytes32 hash = header.hash();
        uint64 queueStart = st.queueHead;
        _headerHashes[st.batchCount] = hash;
        st.batchCount += 1;
        st.queueHead = position;
        // forge-lint: disable-next-line(unsafe-typecast)
        if (sequenced) st.lastSequencedBlock = uint32(block.number);
        _state = st;
        if (position != queueStart) feesOwed[msg.sender] += uint256(position - queueStart) * forcedInclusionFee;
        emit BatchAppended(header.batchNumber, hash, header.slot, kind, msg.sender, queueStart, header);
    }

    // ------------------------------------------------------------------------------------------------
    // Forced queue
    // ------------------------------------------------------------------------------------------------

    /// @inheritdoc IBatchInbox
    function enqueueTransaction(bytes calldata l2Transaction) external payable returns (uint64) {
        uint256 size = l2Transaction.length;
        if (size == 0 || size > maxForcedTxSize) revert TransactionSize(size, maxForcedTxSize);
        if (msg.value != forcedInclusionFee) revert WrongValue(forcedInclusionFee, msg.value);
        return _enqueue(EntryKind.Transaction, address(0), 0, l2Transaction);
    }

    /// @inheritdoc IBatchInbox
    function depositETH(address l2Recipient) external payable returns (uint64) {
        if (l2Recipient == address(0)) revert InvalidDeposit();
        if (msg.value <= forcedInclusionFee) revert WrongValue(uint256(forcedInclusionFee) + 1, msg.value);
        uint256 amount = msg.value - forcedInclusionFee;
        totalDeposits += amount;
        return _enqueue(EntryKind.Deposit, l2Recipient, amount, "");
    }

    function _enqueue(EntryKind kind, address to, uint256 value, bytes memory data) internal returns (uint64 index) {
        State storage st = _state;
        index = st.queueLength;
        st.queueLength = index + 1;
        uint64 deadline = uint64(block.number) + inclusionWindow;
        _entries[index] = uint256(deadline) << 160 | uint160(msg.sender);
        emit ForcedEntryQueued(index, msg.sender, kind, to, value, deadline, data);
    }

    /// @inheritdoc IBatchInbox
    function withdrawFees() external {
        uint256 amount = feesOwed[msg.sender];
        if (amount == 0) revert NothingOwed();
        feesOwed[msg.sender] = 0;
        emit FeesWithdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }

    // ------------------------------------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------------------------------------

    /// @inheritdoc IBatchInbox
    function headerDigest(BatchHeader calldata header) external view returns (bytes32) {
        return _hashTypedDataV4(BatchHeaderLib.hash(header));
    }

    /// @inheritdoc IBatchInbox
    function headerHash(BatchHeader calldata header) external pure returns (bytes32) {
        return BatchHeaderLib.hash(header);
    }

    /// @inheritdoc IBatchInbox
    function computeTxRoot(bytes32[] calldata txHashes) external pure returns (bytes32) {
        return TxRootLib.root(txHashes);
    }

    /// @inheritdoc IBatchInbox
    function batchHeaderHash(uint64 batchNumber) external view returns (bytes32) {
        if (batchNumber >= _state.batchCount) revert UnknownBatch(batchNumber);
        return _headerHashes[batchNumber];
    }

    /// @inheritdoc IBatchInbox
    function batchCount() external view returns (uint64) {
        return _state.batchCount;
    }

    /// @inheritdoc IBatchInbox
    function queueHead() external view returns (uint64) {
        return _state.queueHead;
    }

    /// @inheritdoc IBatchInbox
    function queueLength() external view returns (uint64) {
        return _state.queueLength;
    }

    /// @inheritdoc IBatchInbox
    function entry(uint64 index) external view returns (uint64 deadline, address sender) {
        if (index >= _state.queueLength) revert UnknownEntry(index);
        uint256 packed = _entries[index];
        // safe: the entry was packed from a uint64 deadline and an address
        // forge-lint: disable-next-line(unsafe-typecast)
        return (uint64(packed >> 160), address(uint160(packed)));
    }

    /// @inheritdoc IBatchInbox
    function escapeHatchOpensAt() public view returns (uint64) {
        return uint64(_state.lastSequencedBlock) + escapeDelay;
    }

    /// @inheritdoc IBatchInbox
    function escapeHatchOpen() external view returns (bool) {
        return block.number >= escapeHatchOpensAt();
    }

    function _currentSlot() internal view returns (uint64) {
        return _slotAt(block.number);
    }

    function _slotAt(uint256 blockNumber) internal view returns (uint64) {
        return uint64((blockNumber - genesisBlock) / slotLength);
    }

    function _slotStart(uint64 slot) internal view returns (uint64) {
        return genesisBlock + slot * slotLength;
    }

    function _parentHash(uint64 batchNumber) internal view returns (bytes32) {
        return batchNumber == 0 ? bytes32(0) : _headerHashes[batchNumber - 1];
    }

    function _deadline(uint64 index) internal view returns (uint64) {
        return uint64(_entries[index] >> 160);
    }
}
