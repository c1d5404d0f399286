//! The Baton keeper: a watchtower that proves sequencer faults, forces overdue inclusions and never loses
//! evidence.
//!
//! It is shaped as collectors → strategies → executor. Collectors follow L1 (new heads as the wake-up signal,
//! chunked `eth_getLogs` from a persisted cursor of block number and hash, reorgs rewound to the fork point) and
//! gather off-chain evidence (operators' signed-header feeds and submissions on `POST /evidence`). Strategies
//! recompute, from that view at every head, which faults are provable now: equivocation (also against the
//! record), censorship of forced entries, missed leader slots (strikes and jailing), and overdue entries to
//! append. The executor simulates each action on the pending block, sends it from one signer with a local
//! nonce, replaces it at a higher fee when it is slow, and follows it to N confirmations. Every step is in an
//! embedded database before it has an effect, so a `kill -9` at any point loses nothing and never sends one
//! action twice.
//!
//! Beside the loop, [`dashboard`] serves a read-only web page and JSON API built from the same index (every keeper
//! serves it; `--watch-only` runs a keeper with no key that only indexes and serves).

pub mod action;
pub mod certificate;
pub mod dashboard;
pub mod evidence;
pub mod executor;
mod http;
pub mod index;
pub mod keeper;
pub mod metrics;
pub mod store;
pub mod strategy;

pub use executor::TxPolicy;
pub use keeper::{start, KeeperConfig, KeeperHandle};
pub use strategy::Policy;
