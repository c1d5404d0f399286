// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BatchHeader} from "../libraries/BatchHeaderLib.sol";

/// @title IBatchInbox
/// @notice The rollup's L1 batch inbox: an append-only chain of signed batch headers, the forced-inclusion
///         queue (raw L2 transactions and ETH deposits) and the escape hatch. docs/PROTOCOL.md is normative.
interface IBatchInbox {
    /// @notice How a batch's data reached L1.
    enum DataKind {
        Calldata,
        Blobs,
        ForcedOnly
    }

    /// @notice What a forced-queue entry carries.
    enum EntryKind {
        Transaction,
        Deposit
    }

    /// @notice Batch `batchNumber` was appended with header hash `headerHash`.
    /// @param poster The account that sent the L1 transaction (not necessarily the signer).
    /// @param queueStart First forced entry the batch includes; entries `[queueStart, header.queuePosition)`.
    event BatchAppended(
        uint64 indexed batchNumber,
        bytes32 indexed headerHash,
        uint64 indexed slot,
        DataKind kind,
        address poster,
        uint64 queueStart,
        BatchHeader header
    );

    /// @notice A forced entry was queued. For a transaction `data` is the raw signed L2 transaction and
    ///         `value` is zero; for a deposit `data` is empty, `to` is the L2 recipient and `value` the amount.
    event ForcedEntryQueued(
        uint64 indexed index,
        address indexed sender,
        EntryKind kind,
        address to,
        uint256 value,
        uint64 deadline,
        bytes data
    );

    /// @notice `account` withdrew `amount` of inclusion fees it earned.
    event FeesWithdrawn(address indexed account, uint256 amount);

    /// @notice The header's l2ChainId is not this rollup's.
    error WrongL2ChainId(uint64 expected, uint64 actual);
    /// @notice The header's batch number is not the next one.
    error WrongBatchNumber(uint64 expected, uint64 actual);
    /// @notice The header's slot is not the current slot.
    error WrongSlot(uint64 expected, uint64 actual);
    /// @notice The header's parent hash is not the hash of the previous header.
    error WrongParent(bytes32 expected, bytes32 actual);
    /// @notice The header's data commitment does not match the posted data.
    error WrongDataCommitment(bytes32 expected, bytes32 actual);
    /// @notice The new queue position moves backwards or past the end of the queue.
    error QueuePositionOutOfRange(uint64 minimum, uint64 maximum, uint64 actual);
    /// @notice The batch leaves behind an entry whose deadline has passed.
    error OverdueEntrySkipped(uint64 index, uint64 deadline);
    /// @notice The signature does not recover to the header's sequencer.
    error InvalidSignature();
    /// @notice The header's sequencer may not post in this block.
    error NotEligible(address sequencer);
    /// @notice A permissionless batch was posted while bonded sequencers are live.
    error EscapeHatchClosed(uint64 opensAtBlock);
    /// @notice A blob batch was posted without blobs.
    error NoBlobs();
    /// @notice A forced-only batch was appended before the slot of its last entry's deadline ended (forcing an
    ///         entry inside its deadline's slot would clear that slot's censor); it may be appended from
    ///         `forceableAtBlock`.
    error NotForceableYet(uint64 forceableAtBlock);
    /// @notice The slot already holds an unsequenced batch (forced-only or escape hatch): at most one per slot, so
    ///         nobody can keep the slot's leader from posting by taking its batch number again and again.
    error UnsequencedBatchInSlot(uint64 slot);
    /// @notice The raw transaction is empty or larger than the limit.
    error TransactionSize(uint256 size, uint256 maximum);
    /// @notice msg.value does not cover what the call requires.
    error WrongValue(uint256 expected, uint256 actual);
    /// @notice A deposit to the zero address or of zero value.
    error InvalidDeposit();
    /// @notice Nothing to withdraw.
    error NothingOwed();
    /// @notice The ETH transfer to the caller failed.
    error TransferFailed();
    /// @notice The chain's block numbers exceed what the inbox packs (32 bits).
    error BlockNumberTooLarge();
    /// @notice The batch number has no recorded header.
    error UnknownBatch(uint64 batchNumber);
    /// @notice The forced-queue index does not exist.
    error UnknownEntry(uint64 index);

    /// @notice Appends a batch whose data is `payload`, posted in calldata.
    function appendBatch(BatchHeader calldata header, bytes calldata payload, bytes calldata signature) external;

    /// @notice Appends a batch whose data is in the blobs of this transaction.
    function appendBlobBatch(BatchHeader calldata header, bytes calldata signature) external;

    /// @notice Anyone appends a batch that only includes forced entries, up to `newQueuePosition`, once the slot of
    ///         entry `newQueuePosition - 1`'s deadline has ended; at most one unsequenced batch per slot.
    function appendForcedBatch(uint64 newQueuePosition) external;

    /// @notice Queues a raw signed L2 transaction for forced inclusion; msg.value must equal the fee.
    function enqueueTransaction(bytes calldata l2Transaction) external payable returns (uint64 index);

    /// @notice Queues an ETH deposit of `msg.value - fee` to `l2Recipient`.
    function depositETH(address l2Recipient) external payable returns (uint64 index);

    /// @notice Withdraws the inclusion fees owed to the caller.
    function withdrawFees() external;

    /// @notice EIP-712 digest the sequencer signs for `header` (domain: this inbox on this L1 chain).
    function headerDigest(BatchHeader calldata header) external view returns (bytes32);

    /// @notice Header hash (EIP-712 struct hash) of `header`.
    function headerHash(BatchHeader calldata header) external pure returns (bytes32);

    /// @notice The header `txRoot` of a batch whose L2 transactions have these keccak256 hashes, in order.
    function computeTxRoot(bytes32[] calldata txHashes) external pure returns (bytes32);

    /// @notice Recorded header hash of batch `batchNumber`; reverts if the batch does not exist.
    function batchHeaderHash(uint64 batchNumber) external view returns (bytes32);

    /// @notice Number of batches appended so far.
    function batchCount() external view returns (uint64);

    /// @notice Queue position after the latest batch: entries below it are included.
    function queueHead() external view returns (uint64);

    /// @notice Number of forced entries ever queued.
    function queueLength() external view returns (uint64);

    /// @notice Deadline block and sender of forced entry `index`.
    function entry(uint64 index) external view returns (uint64 deadline, address sender);

    /// @notice Block from which anyone may post, unless a bonded sequencer posts first.
    function escapeHatchOpensAt() external view returns (uint64);

    /// @notice Whether anyone may post batches in the current block.
    function escapeHatchOpen() external view returns (bool);
}
