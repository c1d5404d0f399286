// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Test} from "./Test.sol";

/// @notice Proves the test base itself: assertions fail when they must and `bound` stays in range.
contract TestBaseTest is Test {
    function test_assertEqPassesOnEqualValues() public pure {
        assertEq(uint256(7), uint256(7));
        assertEq(bytes32("a"), bytes32("a"));
        assertEq(address(1), address(1));
        assertTrue(true);
        assertFalse(false);
    }

    function test_assertEqRevertsOnDifferentValues() public {
        vm.expectRevert(bytes("uint256 values differ: 1 != 2"));
        this.externalAssertEq(1, 2);
    }

    function test_assertTrueRevertsOnFalse() public {
        vm.expectRevert(bytes("expected true"));
        this.externalAssertTrue(false);
    }

    function testFuzz_boundStaysInRange(uint256 x, uint256 min, uint256 max) public pure {
        if (min > max) (min, max) = (max, min);
        uint256 y = bound(x, min, max);
        assertGe(y, min);
        assertLe(y, max);
    }

    function externalAssertEq(uint256 a, uint256 b) external pure {
        assertEq(a, b);
    }

    function externalAssertTrue(bool a) external pure {
        assertTrue(a);
    }
}
