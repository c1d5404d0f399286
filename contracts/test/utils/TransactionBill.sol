// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice What a whole transaction costs under EIP-7623: 21,000 + max(4·tokens + execution, 10·tokens), where
///         tokens = zero bytes + 4·non-zero bytes of calldata.
library TransactionBill {
    function compute(bytes memory data, uint256 execution) internal pure returns (uint256) {
        uint256 tokens;
        for (uint256 i; i < data.length; ++i) {
            tokens += data[i] == 0 ? 1 : 4;
        }
        uint256 standard = 4 * tokens + execution;
        uint256 floor = 10 * tokens;
        return 21_000 + (standard > floor ? standard : floor);
    }
}
