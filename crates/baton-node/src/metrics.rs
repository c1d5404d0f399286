//! Counters and gauges, exposed in the Prometheus text format on `GET /metrics`. Every series carries the node's
//! `signer` address and, once its registration is known, its `operator` id as labels, so one Prometheus scrapes
//! several nodes apart. The names and meanings are listed in the README (§Running a sequencer node).

use std::{
    fmt::Write,
    sync::atomic::{AtomicU64, Ordering},
};

/// What the group commit did: how many commits, how many requests they made durable, and the time they took;
/// and what the checkpoints that carry the journal into redb did. Requests per commit is how well it batches; its
/// busy share (time over wall time) near one means the commit thread is the node's queue.
#[derive(Debug, Default)]
pub struct CommitStats {
    /// Durable commits (one journal frame and its `fdatasync` each).
    pub commits: AtomicU64,
    /// Requests (accepted transactions, with their receipts) those commits acknowledged.
    pub requests: AtomicU64,
    /// Time spent committing, in microseconds.
    pub micros: AtomicU64,
    /// Checkpoints that wrote journaled records into redb (one redb commit each).
    pub checkpoints: AtomicU64,
    /// Time spent in those checkpoints, in microseconds.
    pub checkpoint_micros: AtomicU64,
}

/// The node's metrics.
#[derive(Debug, Default)]
pub struct Metrics {
    /// Transactions accepted into the mempool.
    pub txs_accepted: AtomicU64,
    /// Transactions refused (bad encoding, signature, chain id, size, pool full).
    pub txs_rejected: AtomicU64,
    /// Inclusion receipts issued.
    pub receipts_issued: AtomicU64,
    /// Transactions forwarded to peers.
    pub txs_forwarded: AtomicU64,
    /// Attestations this node signed as a committee member.
    pub attestations_signed: AtomicU64,
    /// Batches this node posted with a committee certificate.
    pub batches_certified: AtomicU64,
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
    /// The group commit's work, counted by the persister thread.
    pub commits: std::sync::Arc<CommitStats>,
    /// `signer="0x…",operator="3"`: the labels of every series.
    labels: std::sync::RwLock<String>,
}

impl Metrics {
    /// Labels every series with the node's signer and, when known, its operator id.
    pub fn identify(&self, signer: alloy::primitives::Address, operator: Option<u8>) {
        let labels = match operator {
            Some(id) => format!("signer=\"{signer}\",operator=\"{id}\""),
            None => format!("signer=\"{signer}\""),
        };
        if let Ok(mut current) = self.labels.write() {
            *current = labels;
        }
    }

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
                "baton_node_receipts_issued_total",
                "counter",
                "Inclusion receipts issued",
                &self.receipts_issued,
            ),
            (
                "baton_node_txs_forwarded_total",
                "counter",
                "Transactions forwarded to peers",
                &self.txs_forwarded,
            ),
            (
                "baton_node_attestations_signed_total",
                "counter",
                "Attestations signed as a committee member",
                &self.attestations_signed,
            ),
            (
                "baton_node_batches_certified_total",
                "counter",
                "Batches posted with a committee certificate",
                &self.batches_certified,
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
            ("baton_node_group_commits_total", "counter", "Durable group commits", &self.commits.commits),
            (
                "baton_node_group_commit_requests_total",
                "counter",
                "Requests acknowledged by group commits",
                &self.commits.requests,
            ),
            (
                "baton_node_group_commit_microseconds_total",
                "counter",
                "Time spent in group commits",
                &self.commits.micros,
            ),
            (
                "baton_node_journal_checkpoints_total",
                "counter",
                "Checkpoints of the journal into the database",
                &self.commits.checkpoints,
            ),
            (
                "baton_node_journal_checkpoint_microseconds_total",
                "counter",
                "Time spent in journal checkpoints",
                &self.commits.checkpoint_micros,
            ),
        ];
        let labels = self.labels.read().map(|l| l.clone()).unwrap_or_default();
        let labels = if labels.is_empty() { String::new() } else { format!("{{{labels}}}") };
        let mut out = String::new();
        for (name, kind, help, value) in rows {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} {kind}\n{name}{labels} {}",
                value.load(Ordering::Relaxed)
            );
        }
        out
    }
}
