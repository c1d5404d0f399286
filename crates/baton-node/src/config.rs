//! What a node is told: its endpoints, keys, data mode, limits and fault switches.

use std::{net::SocketAddr, path::PathBuf, time::Duration};

use alloy::signers::local::PrivateKeySigner;
use baton_protocol::deployment::Deployment;

use crate::{faults::Faults, mempool::Limits};

/// How a batch's data reaches L1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum DataMode {
    /// `appendBatch` with the payload in calldata.
    Calldata,
    /// `appendBlobBatch` with the payload in EIP-4844 blobs.
    Blobs,
    /// Each batch in whichever of the two costs less at the current base fee and blob base fee.
    Auto,
    /// `appendCertifiedBatch` with only the data commitment and the committee's certificate on L1, the payload kept
    /// by the members that attested it; in calldata when the round gathers no quorum.
    Committee,
}

/// The node's part in committee certificates (docs/PROTOCOL.md §Committee certificates).
#[derive(Clone, Debug)]
pub struct CommitteeSettings {
    /// The operator's BLS key (registered with `registerKey`); without one the node neither attests nor certifies.
    pub bls_key: Option<baton_protocol::bls::SecretKey>,
    /// How long the poster waits for a quorum of attestations before it posts uncertified.
    pub attest_timeout: Duration,
}

impl Default for CommitteeSettings {
    fn default() -> Self {
        Self { bls_key: None, attest_timeout: Duration::from_secs(2) }
    }
}

/// The node's inclusion receipts (docs/PROTOCOL.md §Inclusion receipts). Each receipt is a liability: an outage
/// that keeps the node from posting in a slot costs `receiptLivenessPenalty` per receipt of that slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReceiptSettings {
    /// Most receipts per slot (0 turns receipts off).
    pub per_slot: usize,
    /// Slots ahead of the current one the node promises (within the two fixed epochs of lookahead).
    pub horizon_slots: u64,
    /// Blocks a slot must still have after the next one for the node to promise in it.
    pub margin_blocks: u64,
    /// Least time between two group commits, in milliseconds. Receipts arriving meanwhile are signed under one
    /// signature (up to 8) and synced once: under load this is what keeps a receipt's CPU cost low, at up to this
    /// much added latency; a lone request after a quiet spell is committed at once. 0 commits each as it comes.
    pub group_interval_ms: u64,
}

impl Default for ReceiptSettings {
    fn default() -> Self {
        Self { per_slot: 256, horizon_slots: 8, margin_blocks: 1, group_interval_ms: 1 }
    }
}

/// Everything a node needs to run.
#[derive(Clone, Debug)]
pub struct NodeConfig {
    /// L1 JSON-RPC endpoint.
    pub l1_rpc: reqwest::Url,
    /// The deployment (addresses and parameters).
    pub deployment: Deployment,
    /// The operator's signing key (registered as its signer).
    pub signer: PrivateKeySigner,
    /// Address the HTTP server binds (port 0 for any free port).
    pub listen: SocketAddr,
    /// Directory of the node's database.
    pub data_dir: PathBuf,
    /// Other nodes' HTTP endpoints; accepted transactions are forwarded to them.
    pub peers: Vec<reqwest::Url>,
    /// Calldata or blobs.
    pub data_mode: DataMode,
    /// How often the node polls L1.
    pub poll_interval: Duration,
    /// How long one L1 request may take.
    pub rpc_timeout: Duration,
    /// How long a posted batch may stay unmined before it is replaced at a higher fee.
    pub tx_timeout: Duration,
    /// Most L2 transactions in one batch.
    pub max_batch_txs: usize,
    /// Most L2 transaction bytes in one batch.
    pub max_batch_bytes: usize,
    /// Mempool bounds.
    pub mempool: Limits,
    /// Fee cap for batch transactions, in wei per gas.
    pub max_fee_per_gas: u128,
    /// Fee cap for blob gas, in wei per blob gas.
    pub max_fee_per_blob_gas: u128,
    /// Beacon-API sources of blob data (a beacon node, then archivers); empty: anvil's own method (devnets).
    pub blob_sources: Vec<reqwest::Url>,
    /// Deliberate misbehaviour for devnets and tests (none by default).
    pub faults: Faults,
    /// L1 blocks after which the node treats a batch as final: until then it keeps the batch's transactions on
    /// disk, so that a reorg dropping the batch gives them back to the pool, also across a restart.
    pub confirmations: u64,
    /// How many inclusion receipts the node gives, and how far ahead.
    pub receipts: ReceiptSettings,
    /// Its BLS key and the attestation round's timeout.
    pub committee: CommitteeSettings,
    /// Start even when the signer is no operator's yet (it is about to be registered); otherwise such a key, which
    /// could never post, stops the node at start.
    pub wait_for_registration: bool,
}
