// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice Pure schedule arithmetic over a roster bitmap: bit `i` set means operator id `i` is scheduled.
/// @dev Operators are ranked by id inside an epoch's bitmap. The leader of a slot is the member at rank
///      `keccak256(seed, slot) mod n`; backup `k` is the member `k` ranks after it, wrapping around.
library ScheduleLib {
    /// @notice A bitmap handed to {popCount} has a bit set from 128 on: no roster bitmap does.
    error NotRosterBitmap(uint256 bits);

    /// @notice Number of set bits of `x`, a roster bitmap (a roster holds at most 96 ids): SWAR over 128 bits, the
    ///         byte counts summed by one multiply. Reverts with {NotRosterBitmap} from bit 128 on.
    /// @dev Inlined at every call site, so sized for bytecode: three 16-byte masks and one multiplier instead of
    ///      the eight 32-byte masks a 256-bit version needs (about 340 bytes less per site).
    function popCount(uint256 x) internal pure returns (uint256 count) {
        if (x >> 128 != 0) revert NotRosterBitmap(x);
        unchecked {
            x = x - ((x >> 1) & 0x55555555555555555555555555555555);
            x = (x & 0x33333333333333333333333333333333) + ((x >> 2) & 0x33333333333333333333333333333333);
            x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f;
            // Byte k of the product is the sum of bytes 0..k of x (each at most 8, so no sum carries): byte 15 is
            // the count.
            count = ((x * 0x01010101010101010101010101010101) >> 120) & 0xff;
        }
    }

    /// @notice Rank of member `id` among the set bits of `members` (members with a lower id come first).
    function rankOf(uint256 members, uint256 id) internal pure returns (uint256) {
        return popCount(members & ((uint256(1) << id) - 1));
    }

    /// @notice Id of the member at `rank` (0-based). Reverts with a panic if `rank >= popCount(members)`.
    function memberAt(uint256 members, uint256 rank) internal pure returns (uint256 id) {
        uint256 seen;
        for (id = 0; members >> id != 0; ++id) {
            if (members & (uint256(1) << id) != 0) {
                if (seen == rank) return id;
                ++seen;
            }
        }
        assert(false);
    }

    /// @notice Rank of the leader of `slot` in an epoch with `count` members and seed `seed`.
    function leaderRank(bytes32 seed, uint256 slot, uint256 count) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(seed, slot))) % count;
    }

    /// @notice How many positions after the leader member `id` stands: 0 for the leader, k for backup k.
    function backupOffset(uint256 members, uint256 id, bytes32 seed, uint256 slot) internal pure returns (uint256) {
        uint256 count = popCount(members);
        return (rankOf(members, id) + count - leaderRank(seed, slot, count)) % count;
    }
}
