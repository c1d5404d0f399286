//! The Baton sequencer node.
//!
//! It accepts L2 transactions over JSON-RPC (`eth_sendRawTransaction`), checks them, orders them first come
//! first served in a bounded mempool that survives restarts, shares them with its peers so the current leader
//! has them, and whenever the L1 schedule makes it the eligible poster it builds a batch (due forced entries
//! first), signs the header exactly once per position, posts it as calldata or blobs and sees it through to
//! inclusion. Its view of the L1 record follows reorgs of any depth: a batch a reorg dropped gives its
//! transactions back to the pool and is posted again. Every signed header is published on an HTTP feed for
//! keepers and peers.

pub mod faults;
pub mod fees;
pub mod mempool;
pub mod metrics;
pub mod node;
mod rpc;
pub mod store;
mod view;

pub use faults::Faults;
pub use node::{start, DataMode, NodeConfig, NodeHandle};
