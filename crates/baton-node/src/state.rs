//! The state the HTTP server, peer forwarding and the sequencer share: the mempool, the store, the receipt book,
//! metrics, peers and fault switches. It depends on nothing above it, so the modules that use it never import each other.

use std::sync::{atomic::Ordering, Arc, Mutex, MutexGuard, RwLock};

use serde_json::json;

use alloy::{primitives::Address, sol_types::Eip712Domain};

use crate::{
    committee::CommitteeBook, faults::Faults, mempool::Mempool, metrics::Metrics, persister::Persister,
    receipts::ReceiptBook, store::Store,
};

/// State shared by the HTTP server, peer forwarding and the sequencer.
#[derive(Debug)]
pub(crate) struct Shared {
    pub(crate) l2_chain_id: u64,
    pub(crate) store: Arc<Store>,
    pub(crate) metrics: Metrics,
    pub(crate) mempool: Mutex<Mempool>,
    pub(crate) persister: Persister,
    pub(crate) http: reqwest::Client,
    pub(crate) peers: RwLock<Vec<reqwest::Url>>,
    pub(crate) faults: RwLock<Faults>,
    /// The inclusion receipts the node issued and may still issue.
    pub(crate) receipts: ReceiptBook,
    /// The operator's signer address (receipts name it; the persister holds the key that signs them) and the
    /// deployment's EIP-712 domain.
    pub(crate) signer: Address,
    pub(crate) domain: Eip712Domain,
    /// The sealed committees the node knows, its BLS key and its view of the record, for the attestation round.
    pub(crate) committee: CommitteeBook,
}

impl Shared {
    pub(crate) fn mempool(&self) -> MutexGuard<'_, Mempool> {
        // A panic while holding the lock leaves a consistent pool (every method is transactional in memory).
        self.mempool.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// What the attestation round and a member's answer need from the shared state.
    pub(crate) fn committee_context(&self) -> crate::committee::Context<'_> {
        crate::committee::Context {
            store: &self.store,
            domain: &self.domain,
            l2_chain_id: self.l2_chain_id,
            http: &self.http,
            double_attest: self.faults().double_attest,
        }
    }

    /// The fault switches in force.
    pub(crate) fn faults(&self) -> Faults {
        self.faults.read().map(|f| f.clone()).unwrap_or_default()
    }

    pub(crate) fn status(&self) -> serde_json::Value {
        let pool = self.mempool();
        json!({
            "mempoolTxs": pool.len(),
            "mempoolBytes": pool.bytes(),
            "l1Head": self.metrics.l1_head.load(Ordering::Relaxed),
            "batchesPosted": self.metrics.batches_posted.load(Ordering::Relaxed),
            "receiptsIssued": self.metrics.receipts_issued.load(Ordering::Relaxed),
        })
    }
}
