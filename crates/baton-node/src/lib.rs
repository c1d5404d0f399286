//! The Baton sequencer node.
//!
//! It accepts L2 transactions over JSON-RPC (`eth_sendRawTransaction`), checks them, orders them first come
//! first served in a bounded mempool that survives restarts, shares them with its peers so the current leader
//! has them, and whenever the L1 schedule makes it the eligible poster it builds a batch (due forced entries
//! first), signs the header exactly once per position, posts it as calldata or blobs and sees it through to
//! inclusion. Its view of the L1 record follows reorgs of any depth: a batch a reorg dropped gives its
//! transactions back to the pool and is posted again. Every signed header is published on an HTTP feed for
//! keepers and peers.
//!
//! The slot's leader also promises inclusion at once (`baton_sendTransaction`): a signed receipt naming the slot
//! and index where the transaction will be, recorded on disk before it is given out and honoured by every batch it
//! posts in that slot.
//!
//! Modules, each depending only on those below it: `config` (what the node is told), `journal` (the write-ahead
//! log), `store` on it, and `receipts` (the receipt book) and `state` (what its parts share) at the bottom;
//! `persister` (group commit and checkpoints), `peers` (forwarding), `rpc` (HTTP) and `sequencer` (the L1 loop) on
//! them; `launch` wires them together. `client` is the API's client, for wallets, tools and peers.

pub mod client;
mod committee;
mod config;
pub mod faults;
pub mod fees;
pub mod journal;
mod launch;
pub mod mempool;
pub mod metrics;
mod peers;
mod persister;
mod receipts;
mod rpc;
mod sequencer;
mod state;
pub mod store;
mod view;

pub use client::{
    AttestReply, AttestRequest, CertifiedHeader, ClientError, NodeClient, Sent, TransactionStatus,
};
pub use config::{CommitteeSettings, DataMode, NodeConfig, ReceiptSettings};
pub use faults::{Faults, SplitCommittee};
pub use launch::{start, NodeHandle};
