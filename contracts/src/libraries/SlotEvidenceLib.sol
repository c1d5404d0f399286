// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IBatchInbox} from "../interfaces/IBatchInbox.sol";
import {ISequencerRegistry} from "../interfaces/ISequencerRegistry.sol";
import {BatchHeader, BatchHeaderLib} from "./BatchHeaderLib.sol";

/// @notice Reads a slot from its slot evidence: the recorded headers around it (docs/PROTOCOL.md §Faults). Shared by
///         the registry's censorship and missed-slot proofs and the receipts' liveness proof.
library SlotEvidenceLib {
    using BatchHeaderLib for BatchHeader;

    /// @dev Checks that `headers` are the recorded batches `firstBatch..` from the last one before `slot` (or batch 0)
    ///      to the first one after it (or the newest), and reads from them the queue position at the end of `slot`,
    ///      the signer of the last sequenced batch posted in `slot` (zero if none), and whether `signer` posted in it.
    function read(IBatchInbox inbox, uint64 slot, uint64 firstBatch, BatchHeader[] calldata headers, address signer)
        internal
        view
        returns (uint64 positionAtEnd, address lastSigner, bool signerPosted)
    {
        uint64 count = inbox.batchCount();
        uint256 n = headers.length;
        if (n == 0) {
            // No batch exists at all: nothing was posted in `slot` and nothing included.
            if (count != 0) revert ISequencerRegistry.HeadersRequired();
            return (0, address(0), false);
        }
        for (uint256 i; i < n; ++i) {
            BatchHeader memory h = headers[i];
            if (h.batchNumber != firstBatch + i) revert ISequencerRegistry.HeadersNotConsecutive(i);
            requireRecorded(inbox, h);
            if (h.slot > slot) continue;
            positionAtEnd = h.queuePosition;
            if (h.slot == slot && h.sequencer != address(0)) {
                lastSigner = h.sequencer;
                if (h.sequencer == signer) signerPosted = true;
            }
        }
        if (firstBatch != 0 && headers[0].slot >= slot) revert ISequencerRegistry.HeadersDoNotCoverSlot(slot);
        if (firstBatch + n != count && headers[n - 1].slot <= slot) {
            revert ISequencerRegistry.HeadersDoNotCoverSlot(slot);
        }
    }

    /// @dev Reverts unless `header` is the one the inbox recorded for its batch number.
    function requireRecorded(IBatchInbox inbox, BatchHeader memory header) internal view {
        if (inbox.batchHeaderHash(header.batchNumber) != header.hash()) {
            revert ISequencerRegistry.HeaderMismatch(header.batchNumber);
        }
    }
}
