// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice A slot leader's promise: its first batch in `slot` carries `txHash` as leaf `index` of its `txRoot`.
/// @dev Field order is the EIP-712 type order; docs/PROTOCOL.md §Inclusion receipts is the normative definition.
struct InclusionReceipt {
    /// L2 chain the transaction belongs to.
    uint64 l2ChainId;
    /// keccak256 of the EIP-2718 encoded signed L2 transaction.
    bytes32 txHash;
    /// Slot whose batch carries it.
    uint64 slot;
    /// Leaf index in that batch's txRoot.
    uint32 index;
    /// Paid the compensation if the promise breaks.
    address beneficiary;
}

/// @notice EIP-712 struct hashing of {InclusionReceipt} and its evidence digest.
library InclusionReceiptLib {
    bytes32 internal constant TYPEHASH =
        keccak256("InclusionReceipt(uint64 l2ChainId,bytes32 txHash,uint64 slot,uint32 index,address beneficiary)");
    bytes32 internal constant FAULT_TAG = keccak256("baton.fault.receipt");

    /// @dev keccak256(TYPEHASH ‖ abi.encode(fields)); all fields are static, so this is hashStruct.
    function hash(InclusionReceipt memory receipt) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(TYPEHASH, receipt.l2ChainId, receipt.txHash, receipt.slot, receipt.index, receipt.beneficiary)
        );
    }

    /// @dev One digest per (signer, receipt): both faults of a receipt share it, so it is paid once.
    function evidence(address signer, bytes32 receiptHash) internal pure returns (bytes32) {
        return keccak256(abi.encode(FAULT_TAG, signer, receiptHash));
    }
}
