// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice An independent model of the txRoot tree for tests (docs/PROTOCOL.md §Tx root): recomputes every level in
///         full, so it shares no code with `TxRootLib`.
library TxTree {
    function leaves(uint256 count, bytes32 seed) internal pure returns (bytes32[] memory out) {
        out = new bytes32[](count);
        for (uint256 i; i < count; ++i) {
            out[i] = keccak256(abi.encode(seed, i));
        }
    }

    function copy(bytes32[] memory a) internal pure returns (bytes32[] memory b) {
        b = new bytes32[](a.length);
        for (uint256 i; i < a.length; ++i) {
            b[i] = a[i];
        }
    }

    /// @dev The sibling path of leaf `index`, bottom-up, skipping levels where the node is promoted.
    function proof(bytes32[] memory all, uint256 index) internal pure returns (bytes32[] memory path) {
        bytes32[] memory scratch = new bytes32[](256);
        uint256 n;
        bytes32[] memory level = copy(all);
        while (level.length > 1) {
            uint256 width = level.length;
            if (!(index == width - 1 && width % 2 == 1)) scratch[n++] = level[index ^ 1];
            level = _up(level);
            index /= 2;
        }
        path = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            path[i] = scratch[i];
        }
    }

    /// @dev The root before the count is bound in (`txRoot = keccak256(count ‖ treeRoot)`).
    function treeRoot(bytes32[] memory all) internal pure returns (bytes32) {
        bytes32[] memory level = copy(all);
        while (level.length > 1) {
            level = _up(level);
        }
        return level[0];
    }

    function txRoot(bytes32[] memory all) internal pure returns (bytes32) {
        if (all.length == 0) return bytes32(0);
        return keccak256(abi.encodePacked(all.length, treeRoot(all)));
    }

    function _up(bytes32[] memory level) private pure returns (bytes32[] memory up) {
        uint256 width = level.length;
        up = new bytes32[]((width + 1) / 2);
        for (uint256 i; i < width; i += 2) {
            up[i / 2] = i + 1 < width ? keccak256(abi.encodePacked(level[i], level[i + 1])) : level[i];
        }
    }
}
