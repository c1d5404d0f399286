//! Fault switches: deliberate misbehaviour for devnets and tests, off unless named. They exist so that the
//! keeper and the contracts can be shown to catch each fault the protocol defines with a real node doing it.

use alloy::{
    consensus::{transaction::SignerRecoverable, TxEnvelope},
    eips::eip2718::Decodable2718,
    primitives::{Address, Bytes},
};

/// Which faults the node commits. The default commits none.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Faults {
    /// Stop sequencing: post nothing, refuse transactions, forward nothing (a crashed or unplugged operator).
    pub offline: bool,
    /// Censor these senders: never include their L2 transactions nor forward them, and stop the forced queue in
    /// front of their entries (by L1 sender or L2 signer) for as long as the inbox allows.
    pub censor: Vec<Address>,
    /// Equivocate: after posting each batch, sign a second, different header for the same batch number and
    /// publish it on the header feed.
    pub equivocate: bool,
    /// Break inclusion receipts: post each slot's batch with its first promised transaction left out, so every
    /// receipt of the slot points at the wrong transaction (a safety fault).
    pub break_receipts: bool,
    /// Attest without the sign-once guard: sign any header the checks accept, even a second one for a position
    /// this node attested already (a member colluding in a conflicting certificate).
    pub double_attest: bool,
    /// Certify two headers for one position: see [`SplitCommittee`]. The switch turns itself off once both
    /// certificates exist (a round without a quorum leaves it on for the next batch).
    pub certify_twice: Option<SplitCommittee>,
}

/// How a poster splits the committee to get two conflicting certificates for the position of its next batch with
/// transactions: `colluders` (nodes that double-attest) and `first` attest the header it posts, `colluders` and
/// `second` a second header for the same position (its transactions less the last). Honest members attest one
/// header each, so only the colluders sign both; both certificates go on the poster's certificate feed.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SplitCommittee {
    /// Members that sign both headers (the poster itself must double-attest too).
    pub colluders: Vec<reqwest::Url>,
    /// Honest members asked about the posted header only.
    pub first: Vec<reqwest::Url>,
    /// Honest members asked about the second header only.
    pub second: Vec<reqwest::Url>,
}

impl Faults {
    /// Whether any switch is on.
    pub fn any(&self) -> bool {
        self.offline
            || self.equivocate
            || self.break_receipts
            || self.double_attest
            || self.certify_twice.is_some()
            || !self.censor.is_empty()
    }

    /// Whether the raw L2 transaction `raw` is signed by a censored sender.
    pub fn censors_tx(&self, raw: &Bytes) -> bool {
        if self.censor.is_empty() {
            return false;
        }
        TxEnvelope::decode_2718(&mut raw.as_ref())
            .ok()
            .and_then(|tx| tx.recover_signer().ok())
            .is_some_and(|sender| self.censor.contains(&sender))
    }
}
