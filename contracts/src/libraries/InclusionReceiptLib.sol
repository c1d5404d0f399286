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

/// @notice EIP-712 struct hashing of {InclusionReceipt}, of the root that signs a group of them at once, and the
///         evidence digest.
/// @dev A node that issues many receipts at once may sign one `InclusionReceiptRoot(bytes32 root)` over the
///      sorted-pair Merkle tree of their hashes; each receipt then carries its path after the 65-byte signature
///      (docs/PROTOCOL.md §Inclusion receipts, "Receipts signed in a group").
library InclusionReceiptLib {
    bytes32 internal constant TYPEHASH =
        keccak256("InclusionReceipt(uint64 l2ChainId,bytes32 txHash,uint64 slot,uint32 index,address beneficiary)");
    bytes32 internal constant ROOT_TYPEHASH = keccak256("InclusionReceiptRoot(bytes32 root)");
    bytes32 internal constant FAULT_TAG = keccak256("baton.fault.receipt");
    /// @dev Most siblings a path may have (a group of up to 65,536 receipts).
    uint256 internal constant MAX_PATH = 16;

    /// @dev keccak256(TYPEHASH ‖ abi.encode(fields)); all fields are static, so this is hashStruct.
    function hash(InclusionReceipt memory receipt) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(TYPEHASH, receipt.l2ChainId, receipt.txHash, receipt.slot, receipt.index, receipt.beneficiary)
        );
    }

    /// @dev hashStruct of `InclusionReceiptRoot(bytes32 root)`.
    function hashRoot(bytes32 root) internal pure returns (bytes32 result) {
        bytes32 typehash = ROOT_TYPEHASH;
        assembly ("memory-safe") {
            mstore(0x00, typehash)
            mstore(0x20, root)
            result := keccak256(0x00, 0x40)
        }
    }

    /// @dev {hashRoot} of the root `leaf` reaches up `path` (packed 32-byte siblings, leaf level first), each pair
    ///      hashed smaller value first: `keccak256(min(a, b) ‖ max(a, b))`. One assembly block: this runs in every
    ///      proof of a receipt signed in a group.
    function hashRootOf(bytes32 leaf, bytes calldata path) internal pure returns (bytes32 result) {
        bytes32 typehash = ROOT_TYPEHASH;
        assembly ("memory-safe") {
            let node := leaf
            for {
                let at := path.offset
                let end := add(at, path.length)
            } lt(at, end) { at := add(at, 0x20) } {
                // The smaller of the two at 0x00, the other at 0x20.
                let sibling := calldataload(at)
                let first := shl(5, gt(node, sibling))
                mstore(first, node)
                mstore(xor(first, 0x20), sibling)
                node := keccak256(0x00, 0x40)
            }
            mstore(0x00, typehash)
            mstore(0x20, node)
            result := keccak256(0x00, 0x40)
        }
    }

    /// @dev One digest per (signer, receipt): both faults of a receipt share it, so it is paid once.
    function evidence(address signer, bytes32 receiptHash) internal pure returns (bytes32) {
        return keccak256(abi.encode(FAULT_TAG, signer, receiptHash));
    }
}
