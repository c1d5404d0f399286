// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

import {IBatchInbox} from "./interfaces/IBatchInbox.sol";
import {ICommitteeCertificates} from "./interfaces/ICommitteeCertificates.sol";
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
    /// @notice Verifies the certificates of committee (data-availability) batches.
    ICommitteeCertificates public immutable committee;
    uint64 public immutable l2ChainId;
    uint64 public immutable genesisBlock;
    uint32 public immutable slotLength;
    uint32 public immutable inclusionWindow;
    uint32 public immutable escapeDelay;
    uint96 public immutable forcedInclusionFee;
    uint32 public immutable maxForcedTxSize;
    /// @inheritdoc IBatchInbox
    uint64 public immutable headerRingSize;

    /// @dev Packed batch calldata: `authentication (1) ‖ operatorId (1) ‖ queueAdvance (4) ‖ txRoot (32)` after
    ///      the selector, then a 64-byte signature ({Authentication.Signature}) or the first 8 bytes of the header
    ///      hash the sender intends ({Authentication.Sender}).
    uint256 internal constant FIXED_END = 4 + 1 + 1 + 4 + 32;
    uint256 internal constant SIGNED_END = FIXED_END + 64;
    uint256 internal constant SENT_END = FIXED_END + 8;

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

    /// @dev What `_append` needs from the packed calldata.
    struct Posted {
        Authentication authentication;
        uint8 operatorId;
        uint64 queueAdvance;
        bytes32 txRoot;
    }

    State internal _state;
    /// @dev Header hash of batch `n` at `n % headerRingSize`: once the ring has wrapped, recording a batch rewrites a
    ///      used slot (5,000 gas) instead of filling a fresh one (22,100).
    mapping(uint256 ringIndex => bytes32) internal _headerHashes;
    /// @dev `deadline << 160 | sender`: one slot per entry; the entry's content lives in its event.
    mapping(uint256 index => uint256) internal _entries;
    mapping(address account => uint256) public feesOwed;

    constructor(
        uint64 l2ChainId_,
        uint64 genesisBlock_,
        uint32 slotLength_,
        uint32 inclusionWindow_,
        uint32 escapeDelay_,
        uint96 forcedInclusionFee_,
        uint32 maxForcedTxSize_,
        uint64 headerRingSize_,
        address committee_
    ) EIP712(BatonEip712.NAME, BatonEip712.VERSION) {
        registry = ISequencerRegistry(msg.sender);
        committee = ICommitteeCertificates(committee_);
        l2ChainId = l2ChainId_;
        genesisBlock = genesisBlock_;
        slotLength = slotLength_;
        inclusionWindow = inclusionWindow_;
        escapeDelay = escapeDelay_;
        forcedInclusionFee = forcedInclusionFee_;
        maxForcedTxSize = maxForcedTxSize_;
        headerRingSize = headerRingSize_;
        if (genesisBlock_ > type(uint32).max) revert BlockNumberTooLarge();
        // forge-lint: disable-next-line(unsafe-typecast)
        _state.lastSequencedBlock = uint32(genesisBlock_);
    }

    // ------------------------------------------------------------------------------------------------
    // Batches
    // ------------------------------------------------------------------------------------------------

    /// @inheritdoc IBatchInbox
    function appendBatch() external {
        (Posted memory posted, uint256 dataStart) = _readPosted();
        _append(posted, keccak256(msg.data[dataStart:]), DataKind.Calldata, 0);
    }

    /// @inheritdoc IBatchInbox
    function appendBlobBatch() external {
        (Posted memory posted, uint256 dataStart) = _readPosted();
        if (msg.data.length != dataStart) revert MalformedBatch();
        uint256 count;
        while (blobhash(count) != 0) ++count;
        if (count == 0) revert NoBlobs();
        bytes32[] memory hashes = new bytes32[](count);
        for (uint256 i; i < count; ++i) {
            hashes[i] = blobhash(i);
        }
        bytes32 commitment = keccak256(abi.encodePacked(hashes));
        _append(posted, commitment, DataKind.Blobs, 0);
    }

    /// @inheritdoc IBatchInbox
    function appendCertifiedBatch() external {
        (Posted memory posted, uint256 dataStart) = _readPosted();
        // The escape hatch is for when the set is silent: its batches carry their data on L1.
        if (posted.authentication == Authentication.Unsequenced || msg.data.length < dataStart + 32) {
            revert MalformedBatch();
        }
        _append(posted, bytes32(msg.data[dataStart:dataStart + 32]), DataKind.Committee, dataStart + 32);
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
        _record(st, header, header.hash(), DataKind.ForcedOnly, false);
    }

    /// @dev Reads the packed fixed fields after the selector; returns where the data (payload) starts.
    function _readPosted() internal pure returns (Posted memory posted, uint256 dataStart) {
        if (msg.data.length < FIXED_END) revert MalformedBatch();
        uint256 word;
        bytes32 txRoot;
        assembly ("memory-safe") {
            word := calldataload(4)
            txRoot := calldataload(10)
        }
        uint256 authentication = word >> 248;
        if (authentication > uint256(Authentication.Unsequenced)) revert MalformedBatch();
        posted.authentication = Authentication(authentication);
        // safe: the second byte of the word, masked by the cast on purpose
        // forge-lint: disable-next-line(unsafe-typecast)
        posted.operatorId = uint8(word >> 240);
        posted.queueAdvance = uint64((word >> 208) & 0xffffffff);
        posted.txRoot = txRoot;
        if (posted.authentication == Authentication.Signature) {
            dataStart = SIGNED_END;
        } else if (posted.authentication == Authentication.Sender) {
            dataStart = SENT_END;
        } else {
            dataStart = FIXED_END;
            // One encoding per batch: an unsequenced batch names no operator.
            if (posted.operatorId != 0) revert MalformedBatch();
        }
        if (msg.data.length < dataStart) revert MalformedBatch();
    }

    /// @dev Rebuilds, authenticates and records the batch `posted` describes; a committee batch's certificate, ABI
    ///      encoded from `certificateStart` on, must certify the rebuilt header.
    function _append(Posted memory posted, bytes32 commitment, DataKind kind, uint256 certificateStart) internal {
        State memory st = _state;
        bool sequenced = posted.authentication != Authentication.Unsequenced;
        address signer;
        if (sequenced) {
            signer = registry.eligibleSigner(posted.operatorId);
            if (signer == address(0)) revert NotEligible(posted.operatorId);
            if (st.lastSequencedBlock == block.number) revert SequencedBatchInBlock();
        } else {
            uint64 opensAt = uint64(st.lastSequencedBlock) + escapeDelay;
            if (block.number < opensAt) revert EscapeHatchClosed(opensAt);
        }
        BatchHeader memory header = BatchHeader({
            l2ChainId: l2ChainId,
            batchNumber: st.batchCount,
            slot: _currentSlot(),
            parentHash: _parentHash(st.batchCount),
            dataCommitment: commitment,
            txRoot: posted.txRoot,
            queuePosition: st.queueHead + posted.queueAdvance,
            sequencer: signer
        });
        bytes32 hash = header.hash();
        if (posted.authentication == Authentication.Signature) {
            bytes32 r;
            bytes32 vs;
            assembly ("memory-safe") {
                r := calldataload(FIXED_END)
                vs := calldataload(add(FIXED_END, 32))
            }
            // EIP-2098 compact form; tryRecover refuses an s in the upper half, so each signature has one encoding.
            (address recovered, ECDSA.RecoverError err,) = ECDSA.tryRecover(_hashTypedDataV4(hash), r, vs);
            if (err != ECDSA.RecoverError.NoError || recovered != signer) revert InvalidSignature();
        } else if (sequenced) {
            if (msg.sender != signer) revert NotSigner(signer, msg.sender);
            // The sender names the header it means, so its transaction can only ever record that header: landing
            // after another batch, in a later slot or on a reorged parent, it reverts instead.
            bytes8 intended;
            assembly ("memory-safe") {
                intended := calldataload(FIXED_END)
            }
            // safe: the truncation to the first 8 bytes is the rule
            // forge-lint: disable-next-line(unsafe-typecast)
            if (bytes8(hash) != intended) revert UnintendedHeader(hash);
        }
        if (kind == DataKind.Committee) _requireCertified(header, hash, certificateStart);
        _record(st, header, hash, kind, sequenced);
    }

    /// @dev Reverts (with the committee contract's reason) unless the certificate in the calldata from `start` on
    ///      certifies `header`, whose hash is `hash`. The calldata holds the arguments of
    ///      `verifyCertificate(attestation, committee, certificate, keyHashes, absentKeys)` ABI-encoded without their
    ///      first four words, the attestation: the inbox writes those from the header it rebuilt and forwards the
    ///      rest as it is, so nobody but the rebuilt header is ever attested and nothing is decoded here.
    function _requireCertified(BatchHeader memory header, bytes32 hash, uint256 start) internal view {
        address verifier = address(committee);
        bytes4 selector = ICommitteeCertificates.verifyCertificate.selector;
        uint64 batchNumber = header.batchNumber;
        uint64 slot = header.slot;
        bytes32 parentHash = header.parentHash;
        assembly ("memory-safe") {
            let tail := sub(calldatasize(), start)
            let data := mload(0x40)
            mstore(data, selector)
            mstore(add(data, 0x04), batchNumber)
            mstore(add(data, 0x24), slot)
            mstore(add(data, 0x44), parentHash)
            mstore(add(data, 0x64), hash)
            calldatacopy(add(data, 0x84), start, tail)
            if iszero(staticcall(gas(), verifier, data, add(0x84, tail), 0x00, 0x00)) {
                returndatacopy(data, 0x00, returndatasize())
                revert(data, returndatasize())
            }
        }
    }

    /// @dev Checks the queue position (and that an unsequenced batch is the slot's first), then stores the header
    ///      hash and pays the includer. `st` is the loaded state.
    function _record(State memory st, BatchHeader memory header, bytes32 hash, DataKind kind, bool sequenced) internal {
        if (!sequenced) {
            // An unsequenced batch takes the batch number a leader may have signed; one per slot leaves the leader
            // the rest of its slot to sign the next number.
            // forge-lint: disable-next-line(unsafe-typecast)
            uint32 slotPlusOne = uint32(header.slot + 1);
            if (st.unsequencedSlotPlusOne == slotPlusOne) revert UnsequencedBatchInSlot(header.slot);
            st.unsequencedSlotPlusOne = slotPlusOne;
        }
        uint64 position = header.queuePosition;
        if (position > st.queueLength) revert QueuePositionOutOfRange(st.queueHead, st.queueLength, position);
        if (position < st.queueLength) {
            uint64 deadline = _deadline(position);
            if (block.number > deadline) revert OverdueEntrySkipped(position, deadline);
        }

        uint64 queueStart = st.queueHead;
        _headerHashes[st.batchCount % headerRingSize] = hash;
        st.batchCount += 1;
        st.queueHead = position;
        // forge-lint: disable-next-line(unsafe-typecast)
        if (sequenced) st.lastSequencedBlock = uint32(block.number);
        _state = st;
        if (position != queueStart) feesOwed[msg.sender] += uint256(position - queueStart) * forcedInclusionFee;
        emit BatchAppended(header.batchNumber, hash, kind, queueStart, header);
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
        // No running total of deposits: 5,000 gas per deposit for a figure the events already give.
        return _enqueue(EntryKind.Deposit, l2Recipient, msg.value - forcedInclusionFee, "");
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
        uint64 count = _state.batchCount;
        if (batchNumber >= count) revert UnknownBatch(batchNumber);
        if (count - batchNumber > headerRingSize) revert BatchPruned(batchNumber, count - headerRingSize);
        return _headerHashes[batchNumber % headerRingSize];
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
        return batchNumber == 0 ? bytes32(0) : _headerHashes[(batchNumber - 1) % headerRingSize];
    }

    function _deadline(uint64 index) internal view returns (uint64) {
        return uint64(_entries[index] >> 160);
    }
}
