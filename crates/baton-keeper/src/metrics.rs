//! The keeper's counters and gauges, exposed in the Prometheus text format on `GET /metrics`.

use std::{
    fmt::Write,
    sync::{
        atomic::{AtomicU64, Ordering},
        Mutex,
    },
};

use crate::action::ActionKind;

const KINDS: usize = ActionKind::ALL.len();

/// The keeper's metrics.
#[derive(Debug, Default)]
pub struct Metrics {
    /// Faults (and overdue entries) detected, by kind.
    pub detected: [AtomicU64; KINDS],
    /// Transactions submitted, by kind.
    pub submitted: [AtomicU64; KINDS],
    /// Actions confirmed on chain, by kind.
    pub confirmed: [AtomicU64; KINDS],
    /// Bounty credited to the keeper, in wei.
    pub bounty_wei: AtomicU128,
    /// Replacement transactions at a bumped fee.
    pub fee_bumps: AtomicU64,
    /// Our transactions that reverted on chain (a rival was first).
    pub lost_races: AtomicU64,
    /// RPC errors (L1 and feeds).
    pub rpc_errors: AtomicU64,
    /// Reorgs that rewound the index.
    pub reorgs: AtomicU64,
    /// Signed headers accepted as evidence.
    pub evidence_accepted: AtomicU64,
    /// Evidence refused (malformed, bad signature, wrong chain, too large).
    pub evidence_rejected: AtomicU64,
    /// Inclusion receipts accepted to hold.
    pub receipts_accepted: AtomicU64,
    /// Receipts refused.
    pub receipts_rejected: AtomicU64,
    /// Held receipts whose batch could not be judged: its data was unavailable or contradicts its txRoot (a
    /// broken promise L1 cannot prove; docs/PROTOCOL.md §Inclusion receipts).
    pub receipts_unjudgeable: AtomicU64,
    /// Committee certificates accepted to hold (verified against their committee).
    pub certificates_accepted: AtomicU64,
    /// Certificates refused.
    pub certificates_rejected: AtomicU64,
    /// Committee (data-availability) batches inside the fault window whose data no member served at the last try.
    pub committee_data_unavailable: AtomicU64,
    /// Latest L1 head.
    pub head: AtomicU64,
    /// Latest indexed block.
    pub indexed: AtomicU64,
    /// Actions with a transaction in flight.
    pub pending_txs: AtomicU64,
    /// 1 while the escape hatch is open.
    pub escape_hatch_open: AtomicU64,
}

/// A `u128` counter (wei does not fit in 64 bits).
#[derive(Debug, Default)]
pub struct AtomicU128(Mutex<u128>);

impl AtomicU128 {
    /// Adds `value`.
    pub fn add(&self, value: u128) {
        let mut guard = self.0.lock().unwrap_or_else(|p| p.into_inner());
        *guard = guard.saturating_add(value);
    }

    /// Subtracts `value` (a confirmation a reorg undid).
    pub fn sub(&self, value: u128) {
        let mut guard = self.0.lock().unwrap_or_else(|p| p.into_inner());
        *guard = guard.saturating_sub(value);
    }

    /// The current value.
    pub fn get(&self) -> u128 {
        *self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Metrics {
    /// Adds one to `counter`.
    pub fn inc(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// The counters that survive restarts by being stored (confirmations and bounty are recounted from the stored
    /// actions instead), by a stable name.
    pub fn stored_counters(&self) -> Vec<(String, &AtomicU64)> {
        let mut out: Vec<(String, &AtomicU64)> = Vec::new();
        for kind in ActionKind::ALL {
            out.push((format!("detected:{}", kind.label()), &self.detected[kind as usize]));
            out.push((format!("submitted:{}", kind.label()), &self.submitted[kind as usize]));
        }
        out.extend([
            ("fee-bumps".to_string(), &self.fee_bumps),
            ("lost-races".to_string(), &self.lost_races),
            ("rpc-errors".to_string(), &self.rpc_errors),
            ("reorgs".to_string(), &self.reorgs),
            ("evidence-accepted".to_string(), &self.evidence_accepted),
            ("evidence-rejected".to_string(), &self.evidence_rejected),
            ("receipts-accepted".to_string(), &self.receipts_accepted),
            ("receipts-rejected".to_string(), &self.receipts_rejected),
            ("receipts-unjudgeable".to_string(), &self.receipts_unjudgeable),
            ("certificates-accepted".to_string(), &self.certificates_accepted),
            ("certificates-rejected".to_string(), &self.certificates_rejected),
        ]);
        out
    }

    /// Renders the Prometheus text exposition.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let by_kind = [
            ("baton_keeper_faults_detected_total", "Faults and overdue entries detected", &self.detected),
            ("baton_keeper_actions_submitted_total", "Slashes and forced batches submitted", &self.submitted),
            ("baton_keeper_actions_confirmed_total", "Slashes and forced batches confirmed", &self.confirmed),
        ];
        for (name, help, counters) in by_kind {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} counter");
            for kind in ActionKind::ALL {
                let value = counters[kind as usize].load(Ordering::Relaxed);
                let _ = writeln!(out, "{name}{{kind=\"{}\"}} {value}", kind.label());
            }
        }
        let _ = writeln!(
            out,
            "# HELP baton_keeper_bounty_wei_total Bounty credited to the keeper\n# TYPE baton_keeper_bounty_wei_total counter\nbaton_keeper_bounty_wei_total {}",
            self.bounty_wei.get()
        );
        let head = self.head.load(Ordering::Relaxed);
        let indexed = self.indexed.load(Ordering::Relaxed);
        let rows = [
            (
                "baton_keeper_fee_bumps_total",
                "counter",
                "Replacement transactions at a bumped fee",
                self.fee_bumps.load(Ordering::Relaxed),
            ),
            (
                "baton_keeper_lost_races_total",
                "counter",
                "Own transactions reverted on chain",
                self.lost_races.load(Ordering::Relaxed),
            ),
            (
                "baton_keeper_rpc_errors_total",
                "counter",
                "RPC errors",
                self.rpc_errors.load(Ordering::Relaxed),
            ),
            (
                "baton_keeper_reorgs_total",
                "counter",
                "Reorgs that rewound the index",
                self.reorgs.load(Ordering::Relaxed),
            ),
            (
                "baton_keeper_evidence_accepted_total",
                "counter",
                "Signed headers accepted",
                self.evidence_accepted.load(Ordering::Relaxed),
            ),
            (
                "baton_keeper_evidence_rejected_total",
                "counter",
                "Evidence refused",
                self.evidence_rejected.load(Ordering::Relaxed),
            ),
            (
                "baton_keeper_receipts_accepted_total",
                "counter",
                "Inclusion receipts accepted to hold",
                self.receipts_accepted.load(Ordering::Relaxed),
            ),
            (
                "baton_keeper_receipts_rejected_total",
                "counter",
                "Inclusion receipts refused",
                self.receipts_rejected.load(Ordering::Relaxed),
            ),
            (
                "baton_keeper_receipts_unjudgeable_total",
                "counter",
                "Held receipts whose batch data was unavailable or invalid",
                self.receipts_unjudgeable.load(Ordering::Relaxed),
            ),
            (
                "baton_keeper_certificates_accepted_total",
                "counter",
                "Committee certificates accepted to hold",
                self.certificates_accepted.load(Ordering::Relaxed),
            ),
            (
                "baton_keeper_certificates_rejected_total",
                "counter",
                "Committee certificates refused",
                self.certificates_rejected.load(Ordering::Relaxed),
            ),
            (
                "baton_keeper_committee_data_unavailable",
                "gauge",
                "Committee batches in the fault window whose data no member serves",
                self.committee_data_unavailable.load(Ordering::Relaxed),
            ),
            ("baton_keeper_l1_head", "gauge", "Latest L1 head", head),
            ("baton_keeper_indexed_block", "gauge", "Latest indexed L1 block", indexed),
            (
                "baton_keeper_blocks_behind_head",
                "gauge",
                "L1 head minus latest indexed block",
                head.saturating_sub(indexed),
            ),
            (
                "baton_keeper_pending_transactions",
                "gauge",
                "Actions with a transaction in flight",
                self.pending_txs.load(Ordering::Relaxed),
            ),
            (
                "baton_keeper_escape_hatch_open",
                "gauge",
                "1 while anyone may post batches",
                self.escape_hatch_open.load(Ordering::Relaxed),
            ),
        ];
        for (name, kind, help, value) in rows {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}");
        }
        out
    }
}
