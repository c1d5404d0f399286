//! Slots, epochs and who may post when (docs/PROTOCOL.md §Time and §Schedule), identical to the registry.
//!
//! The member set of an epoch is an input (`SequencerRegistry.membersAt(epoch)`, a bitmap of operator ids):
//! it is fixed two epochs ahead, so a caller that reads it for the current and next epoch can predict every
//! slot of both.

use alloy::{
    primitives::{keccak256, Address, B256, U256},
    sol_types::SolValue,
};

use crate::deployment::Deployment;

/// Timing parameters of a deployment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScheduleParams {
    /// The deployment's first block, where slot 0 begins (`genesisBlock()`).
    pub genesis_block: u64,
    /// L1 blocks per slot.
    pub slot_length: u64,
    /// Slots per epoch.
    pub slots_per_epoch: u64,
    /// Blocks each backup waits after the one before it.
    pub grace_blocks: u64,
}

/// The schedule of one deployment: its timing plus what the seed binds (L1 chain id and registry address).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Schedule {
    /// Timing parameters.
    pub params: ScheduleParams,
    /// L1 chain id (part of the seed).
    pub l1_chain_id: u64,
    /// Registry address (part of the seed).
    pub registry: Address,
}

impl Schedule {
    /// The schedule of `deployment`, whose genesis block (slot 0's first) is `genesis_block` (`genesisBlock()` on
    /// chain: the deployment file cannot know it).
    pub fn for_deployment(deployment: &Deployment, genesis_block: u64) -> Self {
        let p = &deployment.params;
        Self {
            params: ScheduleParams {
                genesis_block,
                slot_length: p.slot_length.into(),
                slots_per_epoch: p.slots_per_epoch.into(),
                grace_blocks: p.grace_blocks.into(),
            },
            l1_chain_id: deployment.chain_id,
            registry: deployment.registry,
        }
    }

    /// Slot containing L1 block `block` (slot 0 before genesis, as on L1).
    pub fn slot_at(&self, block: u64) -> u64 {
        block.saturating_sub(self.params.genesis_block) / self.params.slot_length
    }

    /// First block of `slot`.
    pub fn slot_start(&self, slot: u64) -> u64 {
        self.params.genesis_block + slot * self.params.slot_length
    }

    /// Epoch of `slot`.
    pub fn epoch_of(&self, slot: u64) -> u32 {
        // The registry truncates the same way; 2^32 epochs are centuries away.
        (slot / self.params.slots_per_epoch) as u32
    }

    /// First slot of `epoch`.
    pub fn epoch_first_slot(&self, epoch: u32) -> u64 {
        u64::from(epoch) * self.params.slots_per_epoch
    }

    /// Seed of `epoch`: `keccak256(abi.encode(uint256 chainid, address registry, uint32 epoch))`.
    pub fn seed(&self, epoch: u32) -> B256 {
        keccak256((U256::from(self.l1_chain_id), self.registry, epoch).abi_encode())
    }

    /// Rank of the leader of `slot` among `count` members.
    fn leader_rank(&self, slot: u64, count: usize) -> usize {
        let seed = self.seed(self.epoch_of(slot));
        let word = U256::from_be_bytes(keccak256((seed, U256::from(slot)).abi_encode()).0);
        // count <= 96, so the remainder fits.
        (word % U256::from(count)).to::<usize>()
    }

    /// Leader first, then backups in order; empty when the epoch has no members.
    pub fn order(&self, slot: u64, members: u128) -> Vec<u8> {
        let ids: Vec<u8> = crate::roster::ids(members).collect();
        if ids.is_empty() {
            return ids;
        }
        let start = self.leader_rank(slot, ids.len());
        (0..ids.len()).map(|k| ids[(start + k) % ids.len()]).collect()
    }

    /// The leader of `slot`, if the epoch has members.
    pub fn leader(&self, slot: u64, members: u128) -> Option<u8> {
        self.order(slot, members).first().copied()
    }

    /// First block at which member `id` may post in `slot`; `None` if it is not a member or never gets a turn
    /// before the slot ends.
    pub fn eligible_from(&self, slot: u64, members: u128, id: u8) -> Option<u64> {
        let offset = self.order(slot, members).iter().position(|&m| m == id)? as u64;
        let wait = offset * self.params.grace_blocks;
        (wait < self.params.slot_length).then(|| self.slot_start(slot) + wait)
    }

    /// Whether member `id` (not suspended) may post at `block`, given the member set of that block's epoch.
    pub fn is_eligible(&self, block: u64, members: u128, id: u8) -> bool {
        let slot = self.slot_at(block);
        self.eligible_from(slot, members, id).is_some_and(|from| block >= from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::address;

    fn schedule() -> Schedule {
        Schedule {
            params: ScheduleParams {
                genesis_block: 100,
                slot_length: 4,
                slots_per_epoch: 4,
                grace_blocks: 2,
            },
            l1_chain_id: 31337,
            registry: address!("5615dEB798BB3E4dFa0139dFa1b3D433Cc23b72f"),
        }
    }

    #[test]
    fn time_arithmetic() {
        let s = schedule();
        assert_eq!(s.slot_at(0), 0);
        assert_eq!(s.slot_at(100), 0);
        assert_eq!(s.slot_at(103), 0);
        assert_eq!(s.slot_at(104), 1);
        assert_eq!(s.slot_start(3), 112);
        assert_eq!(s.epoch_of(7), 1);
        assert_eq!(s.epoch_first_slot(2), 8);
    }

    #[test]
    fn order_is_a_rotation_of_members_by_id() {
        let s = schedule();
        let members = 0b1011_0101u128;
        for slot in 0..64 {
            let order = s.order(slot, members);
            let mut sorted = order.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, vec![0, 2, 4, 5, 7]);
            let start = sorted.iter().position(|&id| id == order[0]).expect("leader is a member");
            for (k, id) in order.iter().enumerate() {
                assert_eq!(*id, sorted[(start + k) % sorted.len()]);
            }
        }
        assert!(s.order(0, 0).is_empty());
        assert_eq!(s.leader(0, 0), None);
    }

    #[test]
    fn backups_wait_one_grace_period_each() {
        let s = schedule();
        let members = 0b111u128;
        let slot = 5;
        let order = s.order(slot, members);
        let start = s.slot_start(slot);
        assert_eq!(s.eligible_from(slot, members, order[0]), Some(start));
        assert_eq!(s.eligible_from(slot, members, order[1]), Some(start + 2));
        // Backup 2 would wait 4 blocks: the slot is over by then.
        assert_eq!(s.eligible_from(slot, members, order[2]), None);
        assert!(s.is_eligible(start, members, order[0]));
        assert!(!s.is_eligible(start + 1, members, order[1]));
        assert!(s.is_eligible(start + 3, members, order[1]));
        assert!(!s.is_eligible(start, members, 9));
    }
}
