// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {TxRootLib} from "../src/libraries/TxRootLib.sol";
import {Test} from "./base/Test.sol";

contract TxRootLibTest is Test {
    function _leaves(uint256 count, bytes32 seed) internal pure returns (bytes32[] memory leaves) {
        leaves = new bytes32[](count);
        for (uint256 i; i < count; ++i) {
            leaves[i] = keccak256(abi.encode(seed, i));
        }
    }

    function _copy(bytes32[] memory a) internal pure returns (bytes32[] memory b) {
        b = new bytes32[](a.length);
        for (uint256 i; i < a.length; ++i) {
            b[i] = a[i];
        }
    }

    /// @dev Independent proof builder: recomputes each level in full and records the sibling.
    function _proof(bytes32[] memory leaves, uint256 index) internal pure returns (bytes32[] memory proof) {
        bytes32[] memory path = new bytes32[](256);
        uint256 n;
        bytes32[] memory level = _copy(leaves);
        while (level.length > 1) {
            uint256 width = level.length;
            if (!(index == width - 1 && width % 2 == 1)) path[n++] = level[index ^ 1];
            bytes32[] memory up = new bytes32[]((width + 1) / 2);
            for (uint256 i; i < width; i += 2) {
                up[i / 2] = i + 1 < width ? keccak256(abi.encodePacked(level[i], level[i + 1])) : level[i];
            }
            level = up;
            index /= 2;
        }
        proof = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            proof[i] = path[i];
        }
    }

    function test_root_emptyIsZero() public pure {
        assertEq(TxRootLib.root(new bytes32[](0)), bytes32(0));
    }

    function test_root_singleLeafBindsCount() public pure {
        bytes32[] memory one = new bytes32[](1);
        one[0] = keccak256("tx");
        assertEq(TxRootLib.root(one), keccak256(abi.encodePacked(uint256(1), keccak256("tx"))));
    }

    function test_root_threeLeavesPromotesTheOddOne() public pure {
        bytes32 a = keccak256("a");
        bytes32 b = keccak256("b");
        bytes32 c = keccak256("c");
        bytes32[] memory leaves = new bytes32[](3);
        (leaves[0], leaves[1], leaves[2]) = (a, b, c);
        bytes32 tree = keccak256(abi.encodePacked(keccak256(abi.encodePacked(a, b)), c));
        assertEq(TxRootLib.root(leaves), keccak256(abi.encodePacked(uint256(3), tree)));
    }

    function test_root_duplicatingTheLastLeafChangesTheRoot() public pure {
        bytes32[] memory three = _leaves(3, "x");
        bytes32[] memory four = new bytes32[](4);
        (four[0], four[1], four[2], four[3]) = (three[0], three[1], three[2], three[2]);
        assertNotEq(TxRootLib.root(_copy(three)), TxRootLib.root(four));
    }

    function testFuzz_verify_acceptsEveryLeafWithItsProof(uint8 countSeed, uint256 indexSeed, bytes32 seed)
        public
        pure
    {
        uint256 count = bound(countSeed, 1, 70);
        uint256 index = bound(indexSeed, 0, count - 1);
        bytes32[] memory leaves = _leaves(count, seed);
        bytes32 txRoot = TxRootLib.root(_copy(leaves));
        bytes32[] memory proof = _proof(leaves, index);
        assertTrue(TxRootLib.verify(txRoot, leaves[index], index, count, proof));
    }

    function testFuzz_verify_rejectsWrongLeafIndexOrCount(uint8 countSeed, uint256 indexSeed, bytes32 seed)
        public
        pure
    {
        uint256 count = bound(countSeed, 2, 70);
        uint256 index = bound(indexSeed, 0, count - 1);
        bytes32[] memory leaves = _leaves(count, seed);
        bytes32 txRoot = TxRootLib.root(_copy(leaves));
        bytes32[] memory proof = _proof(leaves, index);
        assertFalse(TxRootLib.verify(txRoot, keccak256("other"), index, count, proof), "wrong leaf");
        assertFalse(TxRootLib.verify(txRoot, leaves[index], (index + 1) % count, count, proof), "wrong index");
        assertFalse(TxRootLib.verify(txRoot, leaves[index], index, count + 1, proof), "wrong count");
        assertFalse(TxRootLib.verify(txRoot, leaves[index], count, count, proof), "index out of range");
    }
}
