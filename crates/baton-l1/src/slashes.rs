//! The registry's slashes, one row per operator charged, from either of its two events: `Slashed` (one operator:
//! a fault whose payout is escrowed or settled) and `Ejected` (an equivocation or a certificate conflict: every
//! operator it ejected, in one event; docs/PROTOCOL.md §Payouts). Watchers read both through [`slashes_in`], so
//! that an ejection of eleven operators is eleven rows like any eleven slashes.

use alloy::{
    primitives::{Address, B256, U256},
    rpc::types::Log,
    sol_types::SolEvent,
};
use baton_bindings::sequencer_registry::SequencerRegistry;

use crate::L1Error;

/// The topic of each slash event, for a log filter.
pub const SLASH_EVENTS: [B256; 2] =
    [SequencerRegistry::Slashed::SIGNATURE_HASH, SequencerRegistry::Ejected::SIGNATURE_HASH];

/// One operator's charge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slash {
    /// Operator id.
    pub operator: u8,
    /// `ISequencerRegistry.Fault`.
    pub fault: u8,
    /// The fault's evidence digest.
    pub evidence: B256,
    /// Bond (and, for an ejection, forfeited escrow) taken, wei.
    pub penalty: U256,
    /// Paid to the reporter, wei.
    pub bounty: U256,
    /// Who proved the fault.
    pub reporter: Address,
    /// Paid to the harmed user, wei.
    pub compensation: U256,
    /// The harmed user (zero when none).
    pub victim: Address,
    /// When the payouts are released (0: credited at once).
    pub release_at: u64,
}

/// The slashes one registry log announces: one for `Slashed`, one per operator for `Ejected` (in id order, each
/// with `bounty_bps` of its own penalty, rounded down as the registry rounds it), none for any other event.
pub fn slashes_in(log: &Log, bounty_bps: u16) -> Result<Vec<Slash>, L1Error> {
    let tx = log.transaction_hash.unwrap_or_default();
    let decode =
        |what: &'static str, e: alloy::sol_types::Error| L1Error::Decode { what, tx, reason: e.to_string() };
    match log.topic0() {
        Some(&SequencerRegistry::Slashed::SIGNATURE_HASH) => {
            let event =
                SequencerRegistry::Slashed::decode_log_data(log.data()).map_err(|e| decode("Slashed", e))?;
            Ok(vec![Slash {
                operator: event.id,
                fault: event.fault,
                evidence: event.evidence,
                penalty: event.penalty,
                bounty: U256::from(event.payout.bounty),
                reporter: event.payout.reporter,
                compensation: U256::from(event.payout.compensation),
                victim: event.payout.victim,
                release_at: event.payout.releaseAt,
            }])
        }
        Some(&SequencerRegistry::Ejected::SIGNATURE_HASH) => {
            let event =
                SequencerRegistry::Ejected::decode_log_data(log.data()).map_err(|e| decode("Ejected", e))?;
            let ids: Vec<u8> = (0..128u8).filter(|&id| event.ids.bit(usize::from(id))).collect();
            if ids.len() != event.penalties.len() || event.ids >= U256::from(1u8) << 128 {
                return Err(L1Error::Decode {
                    what: "Ejected",
                    tx,
                    reason: format!("{} penalties for ids {:#x}", event.penalties.len(), event.ids),
                });
            }
            Ok(ids
                .into_iter()
                .zip(event.penalties)
                .map(|(operator, penalty)| Slash {
                    operator,
                    fault: event.fault,
                    evidence: event.evidence,
                    penalty,
                    bounty: penalty * U256::from(bounty_bps) / U256::from(10_000u32),
                    reporter: event.reporter,
                    compensation: U256::ZERO,
                    victim: Address::ZERO,
                    release_at: 0,
                })
                .collect())
        }
        _ => Ok(Vec::new()),
    }
}

#[cfg(test)]
mod tests {
    use alloy::primitives::{LogData, B256};

    use super::*;

    fn log(data: LogData) -> Log {
        Log { inner: alloy::primitives::Log { address: Address::ZERO, data }, ..Default::default() }
    }

    #[test]
    fn an_ejection_is_one_row_per_operator_in_id_order() {
        let reporter = Address::repeat_byte(7);
        let event = SequencerRegistry::Ejected {
            fault: 5,
            evidence: B256::repeat_byte(1),
            reporter,
            ids: U256::from(0b1010_0100u32),
            bounty: U256::from(300u32),
            penalties: vec![U256::from(1_000u32), U256::from(1_009u32), U256::from(999u32)],
        };
        let rows = slashes_in(&log(event.encode_log_data()), 1_000).expect("an ejection decodes");
        assert_eq!(rows.iter().map(|r| r.operator).collect::<Vec<_>>(), [2, 5, 7]);
        assert_eq!(rows.iter().map(|r| r.penalty.to::<u64>()).collect::<Vec<_>>(), [1_000, 1_009, 999]);
        // Rounded per operator, as the registry credits them: 100 + 100 + 99.
        assert_eq!(rows.iter().map(|r| r.bounty.to::<u64>()).collect::<Vec<_>>(), [100, 100, 99]);
        assert!(rows.iter().all(|r| r.reporter == reporter && r.fault == 5 && r.release_at == 0));
    }

    #[test]
    fn an_ejection_whose_penalties_do_not_match_its_ids_is_refused() {
        let event = SequencerRegistry::Ejected {
            fault: 0,
            evidence: B256::ZERO,
            reporter: Address::ZERO,
            ids: U256::from(0b11u32),
            bounty: U256::ZERO,
            penalties: vec![U256::from(1u32)],
        };
        assert!(matches!(slashes_in(&log(event.encode_log_data()), 1_000), Err(L1Error::Decode { .. })));
    }

    #[test]
    fn other_events_carry_no_slash() {
        let event = SequencerRegistry::Unjailed { id: 1, fromEpoch: 3 };
        assert!(slashes_in(&log(event.encode_log_data()), 1_000).expect("decodes").is_empty());
    }
}
