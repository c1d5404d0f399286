// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Vm} from "./Vm.sol";

/// @notice Baton's minimal test base: the cheatcode handle, assertions, `bound` for fuzz inputs and the hooks
///         forge reads to target invariant campaigns. Assertions delegate to forge's `vm.assert*` cheatcodes,
///         which revert with a readable message, so a failed assertion fails the test.
abstract contract Test {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    // ---- assertions ----
    function assertTrue(bool condition) internal pure {
        vm.assertTrue(condition, "expected true");
    }

    function assertTrue(bool condition, string memory err) internal pure {
        vm.assertTrue(condition, err);
    }

    function assertFalse(bool condition) internal pure {
        vm.assertFalse(condition, "expected false");
    }

    function assertFalse(bool condition, string memory err) internal pure {
        vm.assertFalse(condition, err);
    }

    function assertEq(uint256 left, uint256 right) internal pure {
        vm.assertEq(left, right, "uint256 values differ");
    }

    function assertEq(uint256 left, uint256 right, string memory err) internal pure {
        vm.assertEq(left, right, err);
    }

    function assertEq(int256 left, int256 right) internal pure {
        vm.assertEq(left, right, "int256 values differ");
    }

    function assertEq(address left, address right) internal pure {
        vm.assertEq(left, right, "addresses differ");
    }

    function assertEq(address left, address right, string memory err) internal pure {
        vm.assertEq(left, right, err);
    }

    function assertEq(bytes32 left, bytes32 right) internal pure {
        vm.assertEq(left, right, "bytes32 values differ");
    }

    function assertEq(bytes32 left, bytes32 right, string memory err) internal pure {
        vm.assertEq(left, right, err);
    }

    function assertEq(bool left, bool right) internal pure {
        vm.assertEq(left, right, "bools differ");
    }

    function assertEq(bytes memory left, bytes memory right) internal pure {
        vm.assertEq(left, right, "bytes differ");
    }

    function assertNotEq(bytes32 left, bytes32 right) internal pure {
        vm.assertNotEq(left, right, "bytes32 values are equal");
    }

    function assertNotEq(address left, address right) internal pure {
        vm.assertNotEq(left, right, "addresses are equal");
    }

    function assertGt(uint256 left, uint256 right) internal pure {
        vm.assertGt(left, right, "expected left > right");
    }

    function assertGe(uint256 left, uint256 right) internal pure {
        vm.assertGe(left, right, "expected left >= right");
    }

    function assertGe(uint256 left, uint256 right, string memory err) internal pure {
        vm.assertGe(left, right, err);
    }

    function assertLt(uint256 left, uint256 right, string memory err) internal pure {
        vm.assertLt(left, right, err);
    }

    function assertLt(uint256 left, uint256 right) internal pure {
        vm.assertLt(left, right, "expected left < right");
    }

    function assertLe(uint256 left, uint256 right) internal pure {
        vm.assertLe(left, right, "expected left <= right");
    }

    function assertLe(uint256 left, uint256 right, string memory err) internal pure {
        vm.assertLe(left, right, err);
    }

    // ---- fuzz helpers ----

    /// @dev Maps any `x` into `[min, max]` uniformly enough for fuzzing, keeping small inputs unchanged
    ///      when they already fit so that shrinking stays meaningful.
    function bound(uint256 x, uint256 min, uint256 max) internal pure returns (uint256) {
        require(min <= max, "bound: min > max");
        if (x >= min && x <= max) return x;
        uint256 size = max - min;
        if (size == type(uint256).max) return x;
        return min + (x % (size + 1));
    }

    // ---- invariant targeting (read by forge before an invariant campaign) ----
    address[] private targetedContracts;
    address[] private excludedSenderList;

    function targetContract(address target) internal {
        targetedContracts.push(target);
    }

    function excludeSender(address sender) internal {
        excludedSenderList.push(sender);
    }

    function targetContracts() public view returns (address[] memory) {
        return targetedContracts;
    }

    function excludeSenders() public view returns (address[] memory) {
        return excludedSenderList;
    }
}
