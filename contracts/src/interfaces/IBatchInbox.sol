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
        ForcedOnly,
        /// Committee data availability: only the commitment is on L1; the certificate's signers hold the payload.
        Committee
    }

    /// @notice How a posted batch shows who sequenced it (first byte after the selector of `appendBatch()` and
    ///         `appendBlobBatch()`, docs/PROTOCOL.md §Batch calldata).
    enum Authentication {
        /// A 64-byte EIP-2098 signature of the operator's signer over the header follows the fixed fields.
        Signature,
        /// The L1 sender is the operator's signer: its transaction authenticates the header, whose hash's first 8
        /// bytes follow the fixed fields (so it records only the header the sender means); no signature.
        Sender,
        /// No operator: an escape-hatch batch, only while the hatch is open; no signature.
        Unsequenced
    }

    /// @notice What a forced-queue entry carries.
    enum EntryKind {
        Transaction,
        Deposit
    }

    /// @notice Batch `batchNumber` was appended with header hash `headerHash`; `header` is the full header the
    ///         inbox rebuilt and recorded (calldata carries only the fields it cannot know).
    /// @param queueStart First forced entry the batch includes; entries `[queueStart, header.queuePosition)`.
    event BatchAppended(
        uint64 indexed batchNumber, bytes32 headerHash, DataKind kind, uint64 queueStart, BatchHeader header
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

    /// @notice The batch calldata is shorter than its fixed fields, or names an unknown authentication.
    error MalformedBatch();
    /// @notice The new queue position moves backwards or past the end of the queue.
    error QueuePositionOutOfRange(uint64 minimum, uint64 maximum, uint64 actual);
    /// @notice The batch leaves behind an entry whose deadline has passed.
    error OverdueEntrySkipped(uint64 index, uint64 deadline);
    /// @notice The signature does not recover to the operator's signer over the header the inbox rebuilt (the
    ///         header was signed for another batch number, slot, parent, data or queue position).
    error InvalidSignature();
    /// @notice A batch authenticated by its sender was not sent by the operator's signer.
    error NotSigner(address signer, address sender);
    /// @notice The header the inbox rebuilt (hash `headerHash`) is not the one the sender named: another batch
    ///         landed first, the slot changed, or a reorg changed the parent.
    error UnintendedHeader(bytes32 headerHash);
    /// @notice Operator `operatorId` may not post in this block (not scheduled, not yet its turn, or suspended).
    error NotEligible(uint8 operatorId);
    /// @notice A sequenced batch was already appended in this block: at most one per block, which bounds the
    ///         batches a fault window holds and so the ring of header hashes.
    error SequencedBatchInBlock();
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
    /// @notice The batch is older than the ring of header hashes keeps; every fault about it is out of its window.
    error BatchPruned(uint64 batchNumber, uint64 oldestKept);
    /// @notice The forced-queue index does not exist.
    error UnknownEntry(uint64 index);

    /// @notice Appends a batch whose data is the calldata after the fixed fields. The calldata is packed, not ABI
    ///         encoded: `authentication (1) ‖ operatorId (1) ‖ queueAdvance (uint32) ‖ txRoot (32) ‖
    ///         [r (32) ‖ yParityAndS (32) for Signature | headerHash[0:8] for Sender] ‖ payload`. The inbox rebuilds the
    ///         header from what it knows (chain, batch number, slot, parent, data commitment, queue position
    ///         `queueHead + queueAdvance`, the operator's signer) and records its hash (docs/PROTOCOL.md §Batch
    ///         calldata).
    function appendBatch() external;

    /// @notice Appends a batch whose data is in the blobs of this transaction; packed calldata as `appendBatch()`
    ///         without a payload.
    function appendBlobBatch() external;

    /// @notice Appends a sequenced batch whose payload stays with the committee (data-availability mode): packed
    ///         calldata as `appendBatch()`, then `dataCommitment (32)` (`keccak256(payload)`) and the certificate of
    ///         the rebuilt header: the arguments of `ICommitteeCertificates.verifyCertificate` ABI-encoded without
    ///         their first four words (the attestation, which the inbox fills in from the header it rebuilt)
    ///         (docs/PROTOCOL.md §Committee certificates). Reverts with the committee contract's errors when the
    ///         certificate does not verify or lacks a quorum.
    function appendCertifiedBatch() external;

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

    /// @notice Recorded header hash of batch `batchNumber`; reverts if the batch does not exist or has left the
    ///         ring of header hashes.
    function batchHeaderHash(uint64 batchNumber) external view returns (bytes32);

    /// @notice How many of the latest header hashes the inbox keeps: enough for every batch a fault proof may
    ///         read (docs/PROTOCOL.md §Header record).
    function headerRingSize() external view returns (uint64);

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
