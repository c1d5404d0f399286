// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice The batch header's `txRoot`: a Merkle root over the keccak256 hashes of the batch's own L2 transactions,
///         in batch order (docs/PROTOCOL.md §Tx root).
/// @dev Nodes are keccak256(left ‖ right). A level with an odd number of nodes promotes its last node unchanged
///      (duplicating it would let two different lists share a root). The count is bound into the root,
///      `txRoot = keccak256(uint256(count) ‖ treeRoot)`, so a proof's shape is fixed by (index, count). An empty
///      batch has `txRoot == 0`.
library TxRootLib {
    /// @notice Root of `leaves` (consumed: the array is overwritten while hashing).
    function root(bytes32[] memory leaves) internal pure returns (bytes32) {
        uint256 count = leaves.length;
        if (count == 0) return bytes32(0);
        uint256 width = count;
        while (width > 1) {
            uint256 next = (width + 1) / 2;
            for (uint256 i; i < width / 2; ++i) {
                leaves[i] = _hashPair(leaves[2 * i], leaves[2 * i + 1]);
            }
            if (width % 2 == 1) leaves[next - 1] = leaves[width - 1];
            width = next;
        }
        return keccak256(abi.encodePacked(count, leaves[0]));
    }

    /// @notice Whether `leaf` is transaction `index` of `count` under `txRoot`, given the sibling path `proof`
    ///         (bottom-up, with no entry for levels where the node was promoted).
    function verify(bytes32 txRoot, bytes32 leaf, uint256 index, uint256 count, bytes32[] calldata proof)
        internal
        pure
        returns (bool ok)
    {
        if (index >= count) return false;
        // Assembly because a slashing proof is paid by its reporter: about 100 gas per level instead of 350.
        assembly ("memory-safe") {
            let node := leaf
            let used := 0
            let siblings := proof.length
            for { let width := count } gt(width, 1) { width := shr(1, add(width, 1)) } {
                // The last node of an odd level is promoted unchanged: no sibling for it.
                if iszero(and(eq(index, sub(width, 1)), and(width, 1))) {
                    if eq(used, siblings) {
                        used := not(0) // too short: fails the length check below
                        break
                    }
                    let sibling := calldataload(add(proof.offset, shl(5, used)))
                    used := add(used, 1)
                    switch and(index, 1)
                    case 0 {
                        mstore(0x00, node)
                        mstore(0x20, sibling)
                    }
                    default {
                        mstore(0x00, sibling)
                        mstore(0x20, node)
                    }
                    node := keccak256(0x00, 0x40)
                }
                index := shr(1, index)
            }
            mstore(0x00, count)
            mstore(0x20, node)
            ok := and(eq(used, siblings), eq(keccak256(0x00, 0x40), txRoot))
        }
    }

    function _hashPair(bytes32 left, bytes32 right) private pure returns (bytes32 result) {
        assembly ("memory-safe") {
            mstore(0x00, left)
            mstore(0x20, right)
            result := keccak256(0x00, 0x40)
        }
    }
}
