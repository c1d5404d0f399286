//! Escrowed slash payouts, read from the registry's `Slashed` events. The registry keeps only
//! `keccak256(abi.encode(escrow))` per evidence digest (docs/PROTOCOL.md §Payouts): the record itself, which
//! `releasePayout` takes back, lives in the event, and whether it is still held is a comparison of hashes.

use alloy::{
    primitives::{keccak256, Address, B256},
    providers::DynProvider,
    rpc::types::Filter,
    sol_types::{SolEvent, SolValue},
};
use baton_bindings::sequencer_registry::{ISequencerRegistry::Escrow, SequencerRegistry};

use crate::{chunked_logs, L1Error, DEFAULT_LOG_CHUNK};

/// One slash whose payouts the registry escrowed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EscrowedPayout {
    /// The fault's evidence digest (the escrow's key).
    pub evidence: B256,
    /// Who is paid what, against whom, from when.
    pub escrow: Escrow,
    /// The L1 block of the slash.
    pub block: u64,
}

/// The registry's record of an escrow: what `escrowHashOf(evidence)` returns while it is held.
pub fn escrow_hash(escrow: &Escrow) -> B256 {
    keccak256(escrow.abi_encode())
}

/// Every escrow the registry at `registry` announced in blocks `[from, to]` (only `evidence`'s when given), in
/// block order. Slashes that paid nothing, and equivocations (paid at once), are left out.
pub async fn escrowed(
    provider: &DynProvider,
    registry: Address,
    evidence: Option<B256>,
    from: u64,
    to: u64,
) -> Result<Vec<EscrowedPayout>, L1Error> {
    let mut filter =
        Filter::new().address(registry).event_signature(SequencerRegistry::Slashed::SIGNATURE_HASH);
    if let Some(evidence) = evidence {
        filter = filter.topic3(evidence);
    }
    let mut out = Vec::new();
    for log in chunked_logs(provider, &filter, from, to, DEFAULT_LOG_CHUNK).await? {
        let tx = log.transaction_hash.unwrap_or_default();
        let event = SequencerRegistry::Slashed::decode_log_data(log.data()).map_err(|e| L1Error::Decode {
            what: "Slashed",
            tx,
            reason: e.to_string(),
        })?;
        if event.payout.releaseAt == 0 {
            continue;
        }
        out.push(EscrowedPayout {
            evidence: event.evidence,
            escrow: event.payout,
            block: log.block_number.unwrap_or_default(),
        });
    }
    Ok(out)
}

/// The escrow of `evidence`, if the registry announced one in blocks `[from, to]` (it marks each evidence once,
/// so there is at most one).
pub async fn escrow_of(
    provider: &DynProvider,
    registry: Address,
    evidence: B256,
    from: u64,
    to: u64,
) -> Result<Option<Escrow>, L1Error> {
    Ok(escrowed(provider, registry, Some(evidence), from, to).await?.pop().map(|p| p.escrow))
}

#[cfg(test)]
mod tests {
    use alloy::primitives::aliases::U96;

    use super::*;

    #[test]
    fn the_escrow_hash_is_the_keccak_of_the_abi_encoded_record() {
        let escrow = Escrow {
            victim: Address::repeat_byte(1),
            compensation: U96::from(2),
            reporter: Address::repeat_byte(3),
            bounty: U96::from(4),
            offender: Address::repeat_byte(5),
            releaseAt: 6,
        };
        // abi.encode of a static struct: six words, each left-padded.
        let mut words = Vec::new();
        for word in [
            B256::left_padding_from(&[1; 20]),
            B256::with_last_byte(2),
            B256::left_padding_from(&[3; 20]),
            B256::with_last_byte(4),
            B256::left_padding_from(&[5; 20]),
            B256::with_last_byte(6),
        ] {
            words.extend_from_slice(word.as_slice());
        }
        assert_eq!(escrow_hash(&escrow), keccak256(words));
    }
}
