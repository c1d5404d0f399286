//! What the keeper does about a fault: an [`Action`] (one L1 call, keyed so the same fault always gets the
//! same key) and the persisted state machine it goes through.

use alloy::primitives::{Address, Bytes, B256};
use serde::{Deserialize, Serialize};

/// The kinds of action, one per fault the protocol defines plus forced inclusion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActionKind {
    /// `slashEquivocation`: two signed headers for one batch number.
    Equivocation,
    /// `slashRecordConflict`: a signed header against the recorded one by the same signer.
    RecordConflict,
    /// `slashCensorship`: a forced entry left behind past the end of its deadline's slot.
    Censorship,
    /// `reportMissedSlot`: the leader posted nothing in its slot (strikes, then jailing).
    MissedSlot,
    /// `appendForcedBatch`: overdue entries appended without any sequencer.
    ForcedBatch,
    /// `releasePayout`: the escrowed payouts of one of this keeper's censorship, missed-slot or receipt
    /// slashes, once their escrow has ended.
    ReleasePayout,
    /// `slashContradictedReceipt`: the signer's first batch in the slot has another transaction (or too few) at
    /// the promised index.
    ReceiptContradicted,
    /// `slashUnkeptReceipt`: the slot's leader promised inclusion and posted nothing in its slot.
    ReceiptUnkept,
    /// `slashConflictingCertificates`: two committee certificates for one position and different headers.
    CertificateConflict,
    /// `sealCommittee`: seals a final epoch's committee that nobody sealed, so that a conflict in it can be proven.
    SealCommittee,
}

impl ActionKind {
    /// Every kind, for metrics.
    pub const ALL: [Self; 10] = [
        Self::Equivocation,
        Self::RecordConflict,
        Self::Censorship,
        Self::MissedSlot,
        Self::ForcedBatch,
        Self::ReleasePayout,
        Self::ReceiptContradicted,
        Self::ReceiptUnkept,
        Self::CertificateConflict,
        Self::SealCommittee,
    ];

    /// The label used in metrics and logs.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Equivocation => "equivocation",
            Self::RecordConflict => "record-conflict",
            Self::Censorship => "censorship",
            Self::MissedSlot => "missed-slot",
            Self::ForcedBatch => "forced-batch",
            Self::ReleasePayout => "release-payout",
            Self::ReceiptContradicted => "receipt-contradicted",
            Self::ReceiptUnkept => "receipt-unkept",
            Self::CertificateConflict => "certificate-conflict",
            Self::SealCommittee => "seal-committee",
        }
    }
}

/// One L1 call a strategy wants made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    /// Identity of the fault: the contract's evidence digest, `forced:<position>` for a forced batch,
    /// `release:<digest>` for the release of a slash's escrowed payouts, or `seal:<epoch>` for sealing a committee.
    /// The same fault always yields the same key, so recomputing a decision never duplicates it.
    pub key: String,
    /// What it is.
    pub kind: ActionKind,
    /// The contract called.
    pub to: Address,
    /// ABI-encoded call.
    pub calldata: Bytes,
    /// First L1 block in which the call could succeed (for reaction latency).
    pub provable_at: u64,
    /// Human description for logs and status.
    pub summary: String,
}

/// One signed transaction sent for an action.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    /// Transaction hash.
    pub hash: B256,
    /// EIP-2718 bytes, kept so a restart rebroadcasts exactly this transaction.
    pub raw: Bytes,
    /// Its max fee per gas.
    #[serde(with = "decimal")]
    pub max_fee_per_gas: u128,
    /// Its priority fee per gas.
    #[serde(with = "decimal")]
    pub max_priority_fee_per_gas: u128,
    /// Its gas limit.
    pub gas_limit: u64,
}

/// Where an action stands. Persisted before each transition has an effect on L1.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum ActionState {
    /// Decided; its simulation has not passed yet (the last failure is kept). Retried every round.
    Planned {
        /// Why the last simulation failed, if it did.
        last_error: Option<String>,
    },
    /// Signed and (about to be) broadcast. Every attempt shares `nonce`, so at most one can be mined.
    Submitted {
        /// The nonce of every attempt.
        nonce: u64,
        /// Attempts, oldest first (each replacement pays at least the configured bump more).
        attempts: Vec<Attempt>,
        /// Unix milliseconds of the latest attempt.
        sent_at_ms: u64,
    },
    /// Mined; waiting for confirmations.
    Mined {
        /// The mined transaction.
        hash: B256,
        /// Its block.
        block: u64,
        /// Whether it succeeded.
        success: bool,
        /// The nonce of every attempt.
        nonce: u64,
        /// Every attempt, kept so a reorg that drops the block can follow them again.
        attempts: Vec<Attempt>,
    },
    /// Mined, succeeded and confirmed.
    Confirmed {
        /// The transaction.
        hash: B256,
        /// Its block.
        block: u64,
        /// Bounty credited to the keeper, in wei.
        #[serde(with = "decimal")]
        bounty: u128,
        /// L1 blocks from `provable_at` to inclusion.
        latency_blocks: u64,
        /// The nonce of every attempt, kept (with them) until the block is final: a reorg deeper than the
        /// confirmations that drops it puts the very same transactions back in flight.
        #[serde(default)]
        nonce: u64,
        /// Every attempt.
        #[serde(default)]
        attempts: Vec<Attempt>,
        /// The payout record of this keeper's slash when the registry escrowed it (the `Slashed` event's
        /// `payout`), ABI-encoded as `releasePayout` takes it back: the registry keeps only its hash.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        escrow: Option<Bytes>,
    },
    /// Nothing (more) to do: someone else proved it, it was included, or it is no fault after all.
    Settled {
        /// Why.
        reason: String,
    },
}

impl ActionState {
    /// Whether the action needs no more work.
    pub const fn is_final(&self) -> bool {
        matches!(self, Self::Confirmed { .. } | Self::Settled { .. })
    }

    /// Short name for status output.
    pub const fn name(&self) -> &'static str {
        match self {
            Self::Planned { .. } => "planned",
            Self::Submitted { .. } => "submitted",
            Self::Mined { .. } => "mined",
            Self::Confirmed { .. } => "confirmed",
            Self::Settled { .. } => "settled",
        }
    }
}

/// An action and its state, as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionRecord {
    /// The action.
    pub action: Action,
    /// Its state.
    pub state: ActionState,
    /// L1 head when it was first planned.
    pub planned_at_head: u64,
}

/// `u128` as a decimal string: JSON numbers above 2^64 do not survive serde's internally tagged enums.
mod decimal {
    use serde::{Deserialize, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(value: &u128, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(value)
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u128, D::Error> {
        String::deserialize(deserializer)?.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_round_trips_through_json() {
        let attempt = Attempt {
            hash: B256::repeat_byte(1),
            raw: Bytes::from_static(b"raw"),
            max_fee_per_gas: u128::MAX,
            max_priority_fee_per_gas: 7,
            gas_limit: 100_000,
        };
        let states = [
            ActionState::Planned { last_error: Some("SlotNotOver".into()) },
            ActionState::Submitted { nonce: 3, attempts: vec![attempt.clone()], sent_at_ms: 5 },
            ActionState::Mined {
                hash: attempt.hash,
                block: 9,
                success: true,
                nonce: 3,
                attempts: vec![attempt],
            },
            ActionState::Confirmed {
                hash: B256::ZERO,
                block: 9,
                bounty: u128::MAX,
                latency_blocks: 1,
                nonce: 3,
                attempts: Vec::new(),
                escrow: Some(Bytes::from_static(b"record")),
            },
            ActionState::Settled { reason: "already proven".into() },
        ];
        for state in states {
            let record = ActionRecord {
                action: Action {
                    key: "k".into(),
                    kind: ActionKind::Censorship,
                    to: Address::ZERO,
                    calldata: Bytes::from_static(b"call"),
                    provable_at: 4,
                    summary: "s".into(),
                },
                state,
                planned_at_head: 2,
            };
            let json = serde_json::to_vec(&record).expect("serializes");
            assert_eq!(serde_json::from_slice::<ActionRecord>(&json).expect("deserializes"), record);
        }
    }
}
