// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

import {IBatchInbox} from "./interfaces/IBatchInbox.sol";
import {IInclusionReceipts} from "./interfaces/IInclusionReceipts.sol";
import {ISequencerRegistry} from "./interfaces/ISequencerRegistry.sol";
import {BatchHeader, BatchHeaderLib} from "./libraries/BatchHeaderLib.sol";
import {BatonEip712} from "./libraries/BatonEip712.sol";
import {InclusionReceipt, InclusionReceiptLib} from "./libraries/InclusionReceiptLib.sol";
import {SlotEvidenceLib} from "./libraries/SlotEvidenceLib.sol";
import {TxRootLib} from "./libraries/TxRootLib.sol";

/// @title InclusionReceipts
/// @notice Proves broken inclusion receipts and has the registry charge their signers. Deployed just before the
///         {SequencerRegistry}, whose constructor checks that this contract names it and accepts charges from it
///         alone (docs/PROTOCOL.md §Deployment).
/// @dev Everything is checked here, through the registry's views (the signer's operator, the slot's leader, whether
///      it could post throughout the slot); the registry only marks the evidence once and moves the bond.
contract InclusionReceipts is IInclusionReceipts {
    using InclusionReceiptLib for InclusionReceipt;
    using BatchHeaderLib for BatchHeader;

    address public immutable override registry;
    address public immutable override inbox;
    /// @inheritdoc IInclusionReceipts
    uint64 public immutable override genesisBlock;
    uint32 internal immutable slotLength;
    /// @inheritdoc IInclusionReceipts
    bytes32 public immutable override paramsHash;
    uint64 internal immutable l2ChainId;
    uint32 internal immutable faultWindow;
    uint96 internal immutable safetyPenalty;
    uint96 internal immutable livenessPenalty;
    uint96 internal immutable compensation;
    bytes32 internal immutable _cachedDomainSeparator;
    uint256 internal immutable _cachedChainId;
    /// @dev Read by views only (the registry's `params()`); the proofs use the immutables above.
    ISequencerRegistry.Params internal _params;

    /// @param registry_ The registry that will charge these proofs: the address its deployment will have (the
    ///        registry's constructor checks that this contract names it, with the same parameters).
    /// @param p The deployment's parameters; the receipt penalties are validated here.
    constructor(address registry_, ISequencerRegistry.Params memory p) {
        // Like every penalty: at most the bond; compensation inside the payout share of the smaller penalty, so a
        // self-report returns at most bountyBps of what it costs.
        if (p.receiptSafetyPenalty > p.minBond) revert ISequencerRegistry.InvalidParameters("receiptSafetyPenalty");
        if (p.receiptLivenessPenalty > p.receiptSafetyPenalty) {
            revert ISequencerRegistry.InvalidParameters("receiptLivenessPenalty");
        }
        if (uint256(p.receiptCompensation) * 10_000 > uint256(p.receiptLivenessPenalty) * p.bountyBps) {
            revert ISequencerRegistry.InvalidParameters("receiptCompensation");
        }
        address inbox_ = BatonEip712.inboxOf(registry_);
        registry = registry_;
        inbox = inbox_;
        paramsHash = keccak256(abi.encode(p));
        l2ChainId = p.l2ChainId;
        faultWindow = p.faultWindow;
        genesisBlock = uint64(block.number);
        slotLength = p.slotLength;
        safetyPenalty = p.receiptSafetyPenalty;
        livenessPenalty = p.receiptLivenessPenalty;
        compensation = p.receiptCompensation;
        _cachedChainId = block.chainid;
        _cachedDomainSeparator = BatonEip712.domainSeparator(block.chainid, inbox_);
        _params = p;
    }

    /// @inheritdoc IInclusionReceipts
    function slashContradictedReceipt(
        InclusionReceipt calldata receipt,
        bytes calldata signature,
        BatchHeader calldata batch,
        BatchHeader calldata previous,
        uint256 count,
        bytes32 leaf,
        bytes32[] calldata proof
    ) external {
        (address signer, bytes32 receiptHash) = _signerOf(receipt, signature);
        bytes32 txRoot = _firstBatchInSlot(signer, receipt.slot, batch, previous);
        if (!_contradicts(txRoot, receipt, count, leaf, proof)) revert NotContradicted();
        // The registry resolves the signer's operator (`UnknownSigner` for others, retired ones included).
        _charge(ISequencerRegistry.Fault.ReceiptContradicted, signer, receipt, receiptHash);
    }

    /// @inheritdoc IInclusionReceipts
    function slashUnkeptReceipt(
        InclusionReceipt calldata receipt,
        bytes calldata signature,
        uint64 firstBatch,
        BatchHeader[] calldata headers
    ) external {
        (address signer, bytes32 receiptHash) = _signerOf(receipt, signature);
        uint64 slot = receipt.slot;
        if (block.number < _slotStart(slot + 1)) revert ISequencerRegistry.SlotNotOver(slot);
        if (block.number >= _slotStart(slot + 1) + faultWindow) revert ISequencerRegistry.OutsideFaultWindow(slot);
        (,, bool posted) = SlotEvidenceLib.read(IBatchInbox(inbox), slot, firstBatch, headers, signer);
        if (posted) revert SignerPostedInSlot(slot);
        _requireLeaderAnswering(signer, slot);
        _charge(ISequencerRegistry.Fault.ReceiptUnkept, signer, receipt, receiptHash);
    }

    /// @inheritdoc IInclusionReceipts
    function params() external view returns (ISequencerRegistry.Params memory) {
        return _params;
    }

    /// @inheritdoc IInclusionReceipts
    function receiptDigest(InclusionReceipt calldata receipt) external view returns (bytes32) {
        return BatonEip712.digest(_domainSeparator(), InclusionReceiptLib.hash(receipt));
    }

    /// @inheritdoc IInclusionReceipts
    function receiptRootDigest(bytes32 root) external view returns (bytes32) {
        return BatonEip712.digest(_domainSeparator(), InclusionReceiptLib.hashRoot(root));
    }

    /// @inheritdoc IInclusionReceipts
    function receiptEvidence(address signer, InclusionReceipt calldata receipt) external pure returns (bytes32) {
        return InclusionReceiptLib.evidence(signer, InclusionReceiptLib.hash(receipt));
    }

    /// @dev Checks that `batch` is the recorded first batch of `signer` in `slot` (after `previous`, unless it is batch
    ///      0) and returns its txRoot.
    function _firstBatchInSlot(address signer, uint64 slot, BatchHeader calldata batch, BatchHeader calldata previous)
        internal
        view
        returns (bytes32)
    {
        // A batch recorded in `slot` means the slot has begun; the ring keeps it only inside the window.
        if (block.number >= _slotStart(slot + 1) + faultWindow) revert ISequencerRegistry.OutsideFaultWindow(slot);
        BatchHeader memory b = batch;
        if (b.slot != slot || b.sequencer != signer) revert NotFirstBatchInSlot(b.batchNumber);
        SlotEvidenceLib.requireRecorded(IBatchInbox(inbox), b);
        if (b.batchNumber != 0) {
            // A recorded header's parent hash is the recorded hash of the batch before it: no second read.
            BatchHeader memory prev = previous;
            if (prev.hash() != b.parentHash) revert ISequencerRegistry.HeaderMismatch(b.batchNumber - 1);
            if (prev.slot == slot && prev.sequencer == signer) revert NotFirstBatchInSlot(b.batchNumber);
        }
        return b.txRoot;
    }

    /// @dev Whether the opening shows something other than the receipt's transaction at its index under `txRoot`:
    ///      another leaf there, or fewer than `index + 1` transactions (the count is bound into the root, so it
    ///      cannot be lied about).
    function _contradicts(
        bytes32 txRoot,
        InclusionReceipt calldata receipt,
        uint256 count,
        bytes32 leaf,
        bytes32[] calldata proof
    ) internal pure returns (bool) {
        uint256 index = receipt.index;
        if (index < count) return leaf != receipt.txHash && TxRootLib.verify(txRoot, leaf, index, count, proof);
        if (count == 0) return txRoot == bytes32(0) && proof.length == 0;
        return proof.length == 1 && keccak256(abi.encodePacked(count, proof[0])) == txRoot;
    }

    function _charge(
        ISequencerRegistry.Fault fault,
        address signer,
        InclusionReceipt calldata receipt,
        bytes32 receiptHash
    ) internal {
        uint256 penalty = fault == ISequencerRegistry.Fault.ReceiptUnkept ? livenessPenalty : safetyPenalty;
        ISequencerRegistry(registry)
            .chargeReceipt(
                signer,
                fault,
                InclusionReceiptLib.evidence(signer, receiptHash),
                penalty,
                receipt.beneficiary,
                compensation,
                msg.sender
            );
    }

    /// @dev Reverts unless the operator of `signer` led `slot` and could post at every block of it (docs/PROTOCOL.md
    ///      §Roster): only the leader had to post.
    function _requireLeaderAnswering(address signer, uint64 slot) internal view {
        ISequencerRegistry reg = ISequencerRegistry(registry);
        uint8 id = reg.operatorIdOf(signer);
        if (reg.leaderOf(slot) != id) revert ReceiptNotFromLeader(id, slot);
        ISequencerRegistry.Operator memory op = reg.operator(id);
        if (slot < op.accountableFromSlot || (op.suspended && slot >= op.suspendedFromSlot)) {
            revert ISequencerRegistry.NotAccountable(id, slot);
        }
    }

    function _signerOf(InclusionReceipt calldata receipt, bytes calldata signature)
        internal
        view
        returns (address signer, bytes32 receiptHash)
    {
        if (receipt.l2ChainId != l2ChainId) revert WrongChain(receipt.l2ChainId);
        receiptHash = InclusionReceiptLib.hash(receipt);
        uint256 length = signature.length;
        bytes32 signed = receiptHash;
        if (length != 65) {
            // Signed in a group: the 65 bytes sign the group's root, the receipt's path to it follows. A length under
            // 97 wraps `pathBytes - 32` past the bound.
            unchecked {
                uint256 pathBytes = length - 65;
                if (pathBytes & 31 != 0 || pathBytes - 32 >= 32 * InclusionReceiptLib.MAX_PATH) {
                    revert InvalidSignature();
                }
            }
            signed = InclusionReceiptLib.hashRootOf(receiptHash, signature[65:]);
        }
        bytes32 r;
        bytes32 s;
        uint8 v;
        // At least 65 bytes from here on: `r ‖ s ‖ v` read in place.
        assembly ("memory-safe") {
            r := calldataload(signature.offset)
            s := calldataload(add(signature.offset, 0x20))
            v := byte(0, calldataload(add(signature.offset, 0x40)))
        }
        ECDSA.RecoverError err;
        (signer, err,) = ECDSA.tryRecover(BatonEip712.digest(_domainSeparator(), signed), v, r, s);
        if (err != ECDSA.RecoverError.NoError) revert InvalidSignature();
    }

    function _domainSeparator() internal view returns (bytes32) {
        return
            block.chainid == _cachedChainId ? _cachedDomainSeparator : BatonEip712.domainSeparator(block.chainid, inbox);
    }

    function _slotStart(uint64 slot) internal view returns (uint64) {
        return genesisBlock + slot * slotLength;
    }
}
