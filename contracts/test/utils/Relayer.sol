// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice A minimal relayer, standing for an operator's Safe or a relaying service: it forwards a call, so a batch
///         reaches the inbox as an inner call and its payload is not in the transaction's input. The end-to-end
///         test of reading such batches (through `debug_traceTransaction`) deploys it.
contract Relayer {
    /// @notice The forwarded call reverted with `reason`.
    error CallFailed(bytes reason);

    /// @notice Calls `target` with `data`, reverting with its reason if it reverts.
    function relay(address target, bytes calldata data) external {
        (bool ok, bytes memory reason) = target.call(data);
        if (!ok) revert CallFailed(reason);
    }
}
