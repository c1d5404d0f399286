// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BatchHeader} from "../libraries/BatchHeaderLib.sol";
import {InclusionReceipt} from "../libraries/InclusionReceiptLib.sol";
import {ISequencerRegistry} from "./ISequencerRegistry.sol";

/// @title IInclusionReceipts
/// @notice The proofs of broken inclusion receipts: a slot leader's signed promise that its first batch in a slot
///         carries a transaction at a given leaf of its `txRoot` (docs/PROTOCOL.md §Inclusion receipts). A proof
///         has the {ISequencerRegistry} charge the signer's operator; the registry names this contract in its
///         constructor, after checking that it names the registry back, and accepts charges from it alone. No owner, no parameters of its own besides the deployment's.
/// @dev Proofs also revert with the registry's errors: `UnknownSigner`, `AlreadyProven`, `NotAccountable`,
///      `EpochPruned`, `NoLeader`, `OutsideFaultWindow`, `SlotNotOver`, `HeaderMismatch` and the slot-evidence
///      errors (`HeadersRequired`, `HeadersNotConsecutive`, `HeadersDoNotCoverSlot`), and the inbox's `BatchPruned`.
interface IInclusionReceipts {
    /// @notice The receipt was signed for another rollup.
    error WrongChain(uint64 l2ChainId);
    /// @notice The signature is malformed (neither 65 bytes nor 65 plus 1 to 16 path siblings of 32) or does not
    ///         recover to an address.
    error InvalidSignature();
    /// @notice `batch` is not the signer's first batch in the receipt's slot (wrong slot, another sequencer, not
    ///         consecutive with `previous`, or `previous` is the signer's in the same slot).
    error NotFirstBatchInSlot(uint64 batchNumber);
    /// @notice The opening shows the promised transaction at the promised index, or does not open `txRoot`.
    error NotContradicted();
    /// @notice Only a slot's leader is held to post in it: a receipt from operator `id` promises no liveness.
    error ReceiptNotFromLeader(uint8 id, uint64 slot);
    /// @notice The signer posted a sequenced batch in `slot`: the receipt's liveness half is kept.
    error SignerPostedInSlot(uint64 slot);

    /// @notice Proves the safety fault: the signer's first batch in `receipt.slot` does not carry `receipt.txHash`
    ///         at `receipt.index`.
    /// @param signature The signer's 65-byte `r ‖ s ‖ v` over {receiptDigest}; or, for a receipt signed in a group,
    ///        the 65 bytes over {receiptRootDigest} of the group's root followed by the receipt's path to it (1 to 16
    ///        packed 32-byte siblings, leaf level first, pairs hashed smaller first). Both forms of one receipt are
    ///        one piece of evidence.
    /// @param batch The recorded header of the signer's first batch in the slot.
    /// @param previous The recorded header of batch `batch.batchNumber - 1` (ignored when `batch` is batch 0).
    /// @param count The number of transactions under `batch.txRoot`.
    /// @param leaf The transaction hash at `receipt.index` when `receipt.index < count` (ignored otherwise).
    /// @param proof The sibling path of `leaf` (`TxRootLib.verify`); when `receipt.index >= count`, `[treeRoot]` with
    ///        `txRoot == keccak256(count ‖ treeRoot)`, or empty for an empty batch.
    function slashContradictedReceipt(
        InclusionReceipt calldata receipt,
        bytes calldata signature,
        BatchHeader calldata batch,
        BatchHeader calldata previous,
        uint256 count,
        bytes32 leaf,
        bytes32[] calldata proof
    ) external;

    /// @notice Proves the liveness fault: the slot's leader signed `receipt` and posted no batch in its slot.
    /// @param signature Either form, as for {slashContradictedReceipt}.
    /// @param firstBatch,headers The slot evidence of `receipt.slot` (docs/PROTOCOL.md §Faults).
    function slashUnkeptReceipt(
        InclusionReceipt calldata receipt,
        bytes calldata signature,
        uint64 firstBatch,
        BatchHeader[] calldata headers
    ) external;

    /// @notice The EIP-712 digest the signer signs for `receipt` (Baton domain of this deployment's inbox).
    function receiptDigest(InclusionReceipt calldata receipt) external view returns (bytes32);

    /// @notice The EIP-712 digest of `InclusionReceiptRoot(bytes32 root)`: what one signature over a group of receipts
    ///         signs, `root` being the sorted-pair Merkle root of their receipt hashes.
    function receiptRootDigest(bytes32 root) external view returns (bytes32);

    /// @notice The evidence digest of `receipt` signed by `signer`: one per receipt, whichever fault is proven.
    function receiptEvidence(address signer, InclusionReceipt calldata receipt) external pure returns (bytes32);

    /// @notice The deployment's parameters, all of them: the registry's `params()` answers with these (its constructor
    ///         checked they are its own), as its runtime code has no room left to assemble them.
    function params() external view returns (ISequencerRegistry.Params memory);

    /// @notice keccak256(abi.encode(params)) of the deployment parameters it was built with; the registry's
    ///         constructor requires its own.
    function paramsHash() external view returns (bytes32);

    /// @notice The block this contract was deployed in, the first of the deployment: slot 0 begins there (the
    ///         registry's `genesisBlock()` is this).
    function genesisBlock() external view returns (uint64);

    function registry() external view returns (address);
    function inbox() external view returns (address);
}
