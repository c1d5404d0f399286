// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice Pure schedule arithmetic over a roster bitmap: bit `i` set means operator id `i` is scheduled.
/// @dev Operators are ranked by id inside an epoch's bitmap. The leader of a slot is the member at rank
///      `keccak256(seed, slot) mod n`; backup `k` is the member `k` ranks after it, wrapping around.
library ScheduleLib {
    /// @notice Number of set bits (SWAR popcount).
    function popCount(uint256 x) internal pure returns (uint256 count) {
        unchecked {
            x = x - ((x >> 1) & 0x5555555555555555555555555555555555555555555555555555555555555555);
            x = (x & 0x3333333333333333333333333333333333333333333333333333333333333333)
                + ((x >> 2) & 0x3333333333333333333333333333333333333333333333333333333333333333);
            x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f;
            // Fold the per-byte counts pairwise rather than with one multiply: a multiply sums them into a
            // single byte, which overflows when all 256 bits are set.
            x = (x & 0x00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff)
                + ((x >> 8) & 0x00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff);
            x = (x & 0x0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff)
                + ((x >> 16) & 0x0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff);
            x = (x & 0x00000000ffffffff00000000ffffffff00000000ffffffff00000000ffffffff)
                + ((x >> 32) & 0x00000000ffffffff00000000ffffffff00000000ffffffff00000000ffffffff);
            x = (x & 0x0000000000000000ffffffffffffffff0000000000000000ffffffffffffffff)
                + ((x >> 64) & 0x0000000000000000ffffffffffffffff0000000000000000ffffffffffffffff);
            count = (x & type(uint128).max) + (x >> 128);
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
