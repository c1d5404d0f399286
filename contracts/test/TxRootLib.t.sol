// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {TxRootLib} from "../src/libraries/TxRootLib.sol";
import {Test} from "./base/Test.sol";
import {TxTree} from "./utils/TxTree.sol";

contract TxRootLibTest is Test {
    /// @dev The library reads proofs from calldata, as the receipts contract passes them.
    function verify(bytes32 txRoot, bytes32 leaf, uint256 index, uint256 count, bytes32[] calldata proof)
        external
        pure
        returns (bool)
    {
        return TxRootLib.verify(txRoot, leaf, index, count, proof);
    }

    function _leaves(uint256 count, bytes32 seed) internal pure returns (bytes32[] memory) {
        return TxTree.leaves(count, seed);
    }

    function _copy(bytes32[] memory a) internal pure returns (bytes32[] memory) {
        return TxTree.copy(a);
    }

    function _proof(bytes32[] memory leaves, uint256 index) internal pure returns (bytes32[] memory) {
        return TxTree.proof(leaves, index);
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
        view
    {
        uint256 count = bound(countSeed, 1, 70);
        uint256 index = bound(indexSeed, 0, count - 1);
        bytes32[] memory leaves = _leaves(count, seed);
        bytes32 txRoot = TxRootLib.root(_copy(leaves));
        bytes32[] memory proof = _proof(leaves, index);
        assertTrue(this.verify(txRoot, leaves[index], index, count, proof));
    }

    function testFuzz_verify_rejectsWrongLeafIndexOrCount(uint8 countSeed, uint256 indexSeed, bytes32 seed)
        public
        view
    {
        uint256 count = bound(countSeed, 2, 70);
        uint256 index = bound(indexSeed, 0, count - 1);
        bytes32[] memory leaves = _leaves(count, seed);
        bytes32 txRoot = TxRootLib.root(_copy(leaves));
        bytes32[] memory proof = _proof(leaves, index);
        assertFalse(this.verify(txRoot, keccak256("other"), index, count, proof), "wrong leaf");
        assertFalse(this.verify(txRoot, leaves[index], (index + 1) % count, count, proof), "wrong index");
        assertFalse(this.verify(txRoot, leaves[index], index, count + 1, proof), "wrong count");
        assertFalse(this.verify(txRoot, leaves[index], count, count, proof), "index out of range");
        // A path one sibling too long or too short never opens the root.
        bytes32[] memory longer = new bytes32[](proof.length + 1);
        for (uint256 i; i < proof.length; ++i) {
            longer[i] = proof[i];
        }
        longer[proof.length] = keccak256("extra");
        assertFalse(this.verify(txRoot, leaves[index], index, count, longer), "path too long");
        bytes32[] memory shorter = new bytes32[](proof.length - 1);
        for (uint256 i; i < shorter.length; ++i) {
            shorter[i] = proof[i];
        }
        assertFalse(this.verify(txRoot, leaves[index], index, count, shorter), "path too short");
    }
}
