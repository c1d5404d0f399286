//! The `baton` command's library: the devnet that plays the whole system on one machine, the operator commands
//! (deploy, bond, exit, status) and the user commands (send, deposit, force-include, track), and `verify` (the deployment is this repository's code and has no
//! admin path), usable from tests
//! and other tools as well as from the binary.

use alloy::primitives::U256;
use baton_protocol::deployment::Params;

pub mod devnet;
pub mod ops;
pub mod payouts;
pub mod refusals;
pub mod user;
pub mod verify;

const ETHER: u128 = 1_000_000_000_000_000_000;

/// Wei (decimal string) as ETH with four decimals.
pub fn format_eth(wei: &str) -> String {
    let wei: u128 = wei.parse().unwrap_or(0);
    format!("{}.{:04}", wei / ETHER, (wei % ETHER) / (ETHER / 10_000))
}

/// The production defaults of script/Deploy.s.sol (12 s L1 blocks); docs/PROTOCOL.md explains each.
pub fn default_params() -> Params {
    let ether = |n: u128, d: u128| U256::from(n * ETHER / d);
    Params {
        l2_chain_id: 901,
        min_bond: ether(10, 1),
        max_sequencers: 16,
        slot_length: 5,
        slots_per_epoch: 32,
        grace_blocks: 2,
        inclusion_window: 25,
        escape_delay: 300,
        fault_window: 7_200,
        exit_delay: 14_400,
        strikes_to_jail: 3,
        jail_cooldown: 7_200,
        jail_penalty: ether(1, 10),
        censorship_penalty: ether(1, 1),
        censorship_compensation: ether(1, 20),
        bounty_bps: 1_000,
        forced_inclusion_fee: ether(1, 1_000),
        max_forced_tx_size: 32_768,
    }
}
