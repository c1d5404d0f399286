// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IBatchInbox} from "../interfaces/IBatchInbox.sol";

/// @notice Builds the packed calldata of `IBatchInbox.appendBatch()` and `appendBlobBatch()` for contracts that post
///         batches (relayers, multisig modules) and for tests. docs/PROTOCOL.md §Batch calldata is normative; the
///         Rust encoder (`baton_protocol::calldata`) produces the same bytes (shared vectors).
library BatchCalldataLib {
    /// @notice The signature is not 65 bytes `r ‖ s ‖ v` with v 27 or 28.
    error BadSignatureLength();
    /// @notice A sender-authenticated batch needs the 32-byte header hash; an unsequenced one nothing.
    error BadProofLength();

    /// @notice `selector ‖ authentication ‖ operatorId ‖ queueAdvance ‖ txRoot ‖ proof ‖ payload`.
    /// @param selector `appendBatch.selector` or `appendBlobBatch.selector` (the latter with an empty payload).
    /// @param proof For {IBatchInbox.Authentication.Signature} the 65-byte `r ‖ s ‖ v` signature (sent as EIP-2098);
    ///        for {IBatchInbox.Authentication.Sender} the header hash (its first 8 bytes are sent); empty for
    ///        unsequenced batches.
    function encode(
        bytes4 selector,
        IBatchInbox.Authentication authentication,
        uint8 operatorId,
        uint32 queueAdvance,
        bytes32 txRoot,
        bytes memory proof,
        bytes memory payload
    ) internal pure returns (bytes memory) {
        bytes memory sent;
        if (authentication == IBatchInbox.Authentication.Signature) {
            sent = toCompact(proof);
        } else if (authentication == IBatchInbox.Authentication.Sender) {
            if (proof.length != 32) revert BadProofLength();
            sent = abi.encodePacked(bytes8(abi.decode(proof, (bytes32))));
        } else if (proof.length != 0) {
            revert BadProofLength();
        }
        return abi.encodePacked(selector, uint8(authentication), operatorId, queueAdvance, txRoot, sent, payload);
    }

    /// @notice EIP-2098: `r ‖ (yParity << 255 | s)` from a 65-byte `r ‖ s ‖ v`.
    function toCompact(bytes memory signature) internal pure returns (bytes memory) {
        if (signature.length != 65) revert BadSignatureLength();
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            r := mload(add(signature, 0x20))
            s := mload(add(signature, 0x40))
            v := byte(0, mload(add(signature, 0x60)))
        }
        if (v != 27 && v != 28) revert BadSignatureLength();
        return abi.encodePacked(r, bytes32(uint256(s) | (uint256(v - 27) << 255)));
    }
}
