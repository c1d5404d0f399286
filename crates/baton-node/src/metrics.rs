//! Counters and gauges, exposed in the Prometheus text format on `GET /metrics`.

use std::{
    fmt::Write,
    sync::atomic::{AtomicU64, Ordering},
};

/// The node's metrics.
#[derive(Debug, Default)]
pub struct Metrics {
    /// Transactions accepted into the mempool.
    pub txs_accepted: AtomicU64,
    /// Transactions refused (bad encoding, signature, chain id, size, pool full).
    pub txs_rejected: AtomicU64,
    /// Transactions forwarded to peers.
    pub txs_forwarded: AtomicU64,
    /// Batches this node posted and saw included.
    pub batches_posted: AtomicU64,
    /// Batch posts that failed or were abandoned.
    pub batch_failures: AtomicU64,
    /// Replacement transactions sent at a bumped fee.
    pub fee_bumps: AtomicU64,
    /// L1 RPC errors.
    pub rpc_errors: AtomicU64,
    /// L1 reorgs the node followed (its view rewound).
    pub reorgs: AtomicU64,
    /// Transactions in the mempool.
    pub mempool_txs: AtomicU64,
    /// Latest L1 block seen.
    pub l1_head: AtomicU64,
}

impl Metrics {
    /// Adds one to `counter`.
    pub fn inc(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// Renders the Prometheus text exposition.
    pub fn render(&self) -> String {
        let rows = [
            ("baton_node_txs_accepted_total", "counter", "Transactions accepted", &self.txs_accepted),
            ("baton_node_txs_rejected_total", "counter", "Transactions refused", &self.txs_rejected),
            (
                "baton_node_txs_forwarded_total",
                "counter",
                "Transactions forwarded to peers",
                &self.txs_forwarded,
            ),
            (
                "baton_node_batches_posted_total",
                "counter",
                "Batches posted and included",
                &self.batches_posted,
            ),
            (
                "baton_node_batch_failures_total",
                "counter",
                "Batch posts failed or abandoned",
                &self.batch_failures,
            ),
            (
                "baton_node_fee_bumps_total",
                "counter",
                "Replacement transactions at a bumped fee",
                &self.fee_bumps,
            ),
            ("baton_node_rpc_errors_total", "counter", "L1 RPC errors", &self.rpc_errors),
            ("baton_node_reorgs_total", "counter", "L1 reorgs followed", &self.reorgs),
            ("baton_node_mempool_txs", "gauge", "Transactions in the mempool", &self.mempool_txs),
            ("baton_node_l1_head", "gauge", "Latest L1 block seen", &self.l1_head),
        ];
        let mut out = String::new();
        for (name, kind, help, value) in rows {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {}",
                value.load(Ordering::Relaxed)
            );
        }
        out
    }
}
