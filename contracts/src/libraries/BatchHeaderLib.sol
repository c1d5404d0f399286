// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice A batch header as signed under EIP-712 by the posting operator's signing key.
/// @dev Field order is the EIP-712 type order; docs/PROTOCOL.md §Header is the normative definition.
struct BatchHeader {
    /// L2 chain the batch belongs to.
    uint64 l2ChainId;
    /// Strictly sequential batch number, starting at 0.
    uint64 batchNumber;
    /// Slot in which the batch is posted.
    uint64 slot;
    /// Header hash of batch `batchNumber - 1`, or zero for batch 0.
    bytes32 parentHash;
    /// keccak256 of the calldata payload, or keccak256 of the concatenated blob versioned hashes.
    bytes32 dataCommitment;
    /// Merkle root of the keccak256 hashes of the batch's own L2 transactions (docs/PROTOCOL.md §Tx root).
    bytes32 txRoot;
    /// Forced-queue position after this batch: entries below it are included.
    uint64 queuePosition;
    /// Signing key of the operator that signed the header; zero for permissionless batches.
    address sequencer;
}

/// @notice EIP-712 struct hashing of {BatchHeader}. The struct hash is the header hash that chains batches.
library BatchHeaderLib {
    bytes32 internal constant TYPEHASH = keccak256(
        "BatchHeader(uint64 l2ChainId,uint64 batchNumber,uint64 slot,bytes32 parentHash,bytes32 dataCommitment,bytes32 txRoot,uint64 queuePosition,address sequencer)"
    );

    /// @dev keccak256(TYPEHASH ‖ abi.encode(fields)); all fields are static, so this is hashStruct.
    function hash(BatchHeader memory header) internal pure returns (bytes32 digest) {
        bytes32 typehash = TYPEHASH;
        assembly ("memory-safe") {
            // The struct occupies 8 words right after `header`; the typehash goes in the word before it,
            // which is restored afterwards so memory is left untouched.
            let before := sub(header, 0x20)
            let saved := mload(before)
            mstore(before, typehash)
            digest := keccak256(before, 0x120)
            mstore(before, saved)
        }
    }
}
