// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice An independent model of the tree a node signs a group of receipts under (docs/PROTOCOL.md §Inclusion
///         receipts, "Receipts signed in a group"): pairs hashed smaller value first, an odd last node carried up
///         unchanged. Recomputes every level in full, sharing no code with `InclusionReceiptLib.rootOf`.
library ReceiptTree {
    function root(bytes32[] memory leaves) internal pure returns (bytes32) {
        bytes32[] memory level = leaves;
        while (level.length > 1) {
            level = _up(level);
        }
        return level[0];
    }

    /// @dev The path of leaf `index` packed as the signature's tail: the sibling at each level where there is one.
    function path(bytes32[] memory leaves, uint256 index) internal pure returns (bytes memory out) {
        bytes32[] memory level = leaves;
        while (level.length > 1) {
            if (index ^ 1 < level.length) out = abi.encodePacked(out, level[index ^ 1]);
            level = _up(level);
            index /= 2;
        }
    }

    function _up(bytes32[] memory level) private pure returns (bytes32[] memory next) {
        next = new bytes32[]((level.length + 1) / 2);
        for (uint256 i; i < next.length; ++i) {
            if (2 * i + 1 == level.length) {
                next[i] = level[2 * i];
            } else {
                (bytes32 a, bytes32 b) = (level[2 * i], level[2 * i + 1]);
                next[i] = a < b ? keccak256(abi.encodePacked(a, b)) : keccak256(abi.encodePacked(b, a));
            }
        }
    }
}
