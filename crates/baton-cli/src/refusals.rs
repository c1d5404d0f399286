//! The contracts' refusals in words a person can act on: the rule, amounts in ETH, statuses by name, the block
//! from which the action is possible and about how long that is, and the next step.

use alloy::primitives::U256;
use baton_bindings::{batch_inbox::BatchInbox::BatchInboxErrors, sequencer_registry::SequencerRegistry};
use baton_protocol::roster::Status;

use crate::format_eth;

/// Seconds per L1 block assumed for "about how long" (Ethereum mainnet).
const BLOCK_SECONDS: f64 = 12.0;

/// A contract error in words: the registry's and the inbox's custom errors decoded, others as the node gave them.
/// `head` (the current block) adds how far away a block named in the refusal is.
pub fn explain(error: &alloy::contract::Error, head: Option<u64>) -> String {
    if let Some(decoded) = error.as_decoded_interface_error::<SequencerRegistry::SequencerRegistryErrors>() {
        return format!("the registry refused: {}", registry(&decoded, head));
    }
    if let Some(decoded) = error.as_decoded_interface_error::<BatchInboxErrors>() {
        return format!("the inbox refused: {}", inbox(&decoded, head));
    }
    error.to_string()
}

pub(crate) fn eth(wei: U256) -> String {
    format!("{} ETH", format_eth(&wei.to_string()))
}

/// `block N` and, when the head is known, how far that is.
fn from_block(block: u64, head: Option<u64>) -> String {
    match head {
        Some(head) if block > head => {
            format!("block {block}, in {}", crate::blocks_in_words(block - head, BLOCK_SECONDS))
        }
        _ => format!("block {block}"),
    }
}

/// The registry's refusal in words.
pub fn registry(error: &SequencerRegistry::SequencerRegistryErrors, head: Option<u64>) -> String {
    use SequencerRegistry::SequencerRegistryErrors as E;
    match error {
        E::InvalidParameters(e) => format!(
            "parameter {} breaks a rule of docs/PROTOCOL.md §Parameters (the constructor validates each one)",
            e.reason
        ),
        E::BondTooLow(e) => {
            format!("the bond must be at least {}, this is {}", eth(e.minimum), eth(e.actual))
        }
        E::BondTooHigh(e) => format!("a bond must fit 88 bits (about 3.1e8 ETH); {} does not", eth(e.bond)),
        E::NotReceiptsContract(_) => "only the deployment's InclusionReceipts contract charges receipts".into(),
        E::NotCommitteeContract(_) => "only the deployment's CommitteeCertificates contract charges certificate conflicts".into(),
        E::RosterFull(e) => {
            format!("the roster is full ({} operators); wait for an exit, then register", e.maxSequencers)
        }
        E::SignerAlreadyUsed(e) => format!(
            "signer {} is, or was, an operator's signer; a signer serves one operator once: use a new key",
            e.signer
        ),
        E::InvalidSigner(_) => "the signer is the zero address".into(),
        E::NotOwner(e) => format!("only the operator's owner {} may do this; use its key", e.owner),
        E::WrongStatus(e) => {
            let status = Status::name_of(e.status);
            let hint = match Status::from_u8(e.status) {
                Some(Status::Active) => "it is bonded and scheduled (exit first to withdraw; unjail is for Jailed)",
                Some(Status::Jailed) => "unjail it after its cooldown, or exit",
                Some(Status::Exiting) => "it is leaving: withdraw once the exit delay has passed",
                Some(Status::Ejected) => "it was ejected for equivocation: only withdraw remains",
                Some(Status::None) | None => "no operator has this id",
            };
            format!("the operator is {status}: {hint}")
        }
        E::NotWithdrawableYet(e) => format!(
            "the bond stays until every fault about its slots is out of the window: withdraw possible from {}",
            from_block(e.withdrawableAt, head)
        ),
        E::CooldownActive(e) => {
            format!("the jail cooldown runs: unjail possible from {}", from_block(e.unjailableAt, head))
        }
        E::UnknownOperator(e) => format!("no operator has id {} (see `baton status`)", e.id),
        E::UnknownSigner(e) => format!("{} is no registered operator's signer", e.signer),
        E::AlreadyProven(e) => format!("this fault ({}) was already proven", e.evidence),
        E::AlreadyEjected(e) => format!("operator {} was already ejected for an equivocation", e.id),
        E::EpochPruned(e) => format!("the roster of epoch {} is out of the fault window", e.epoch),
        E::InvalidSignature(_) => "a signature does not recover".into(),
        E::NotEquivocation(_) => "the headers are not two different headers for one position".into(),
        E::OutsideFaultWindow(e) => format!("slot {} is outside the fault window", e.slot),
        E::SlotNotOver(e) => format!("slot {} has not ended yet", e.slot),
        E::NotScheduled(e) => format!("operator {} was not scheduled in slot {}", e.id, e.slot),
        E::NoLeader(e) => format!("slot {} has no leader (no members)", e.slot),
        E::NotRosterBitmap(e) => format!("{:#x} is not a roster bitmap (bits from 128 on)", e.bits),
        E::HeaderMismatch(e) => format!("the header of batch {} is not the recorded one", e.batchNumber),
        E::HeadersRequired(_) => "batches exist: the evidence must list the headers around the slot".into(),
        E::HeadersNotConsecutive(e) => format!("evidence header {} does not follow the previous one", e.position),
        E::HeadersDoNotCoverSlot(e) => format!("the headers do not reach across slot {}", e.slot),
        E::LeaderPostedInSlot(e) => format!("the leader posted in slot {}", e.slot),
        E::NotAccountable(e) => format!("operator {} could not post throughout slot {}", e.id, e.slot),
        E::NoAccountableOperator(e) => format!("nobody could post in slot {}", e.slot),
        E::NotCensored(e) => format!("entry {} was included (queue position {})", e.index, e.includedPosition),
        E::NothingOwed(_) => "nothing is owed to this account".into(),
        E::TransferFailed(_) => "the ETH transfer to the receiving account failed (does it accept ETH?)".into(),
        E::UnknownPayout(e) => format!("no escrowed payout for {} (already released?)", e.evidence),
        E::PayoutLocked(e) => format!("the payout is escrowed until {}", from_block(e.releaseAt, head)),
        E::PayoutForfeited(e) => {
            format!("the payout of {} was forfeited to an equivocation proof against the offender", e.evidence)
        }
    }
}

/// The inbox's refusal in words.
pub fn inbox(error: &BatchInboxErrors, head: Option<u64>) -> String {
    use BatchInboxErrors as E;
    match error {
        E::WrongValue(e) => {
            format!("the call must carry {}, this carries {}", eth(e.expected), eth(e.actual))
        }
        E::TransactionSize(e) => {
            format!("the forced transaction is {} bytes; the queue takes 1 to {}", e.size, e.maximum)
        }
        E::InvalidDeposit(_) => "a deposit needs a non-zero L2 recipient".into(),
        E::EscapeHatchClosed(e) => format!(
            "bonded sequencers are live: the escape hatch opens at {} unless one posts",
            from_block(e.opensAtBlock, head)
        ),
        E::NotForceableYet(e) => {
            format!(
                "the entry may be forced once its deadline's slot ends: from {}",
                from_block(e.forceableAtBlock, head)
            )
        }
        E::UnsequencedBatchInSlot(e) => format!("slot {} already holds its one unsequenced batch", e.slot),
        E::QueuePositionOutOfRange(e) => format!(
            "queue position {} is outside {}..={} (entries below the first are already included)",
            e.actual, e.minimum, e.maximum
        ),
        E::OverdueEntrySkipped(e) => {
            format!(
                "forced entry {} is overdue (deadline block {}) and must be included",
                e.index, e.deadline
            )
        }
        E::NothingOwed(_) => "no inclusion fees are owed to this account".into(),
        E::TransferFailed(_) => {
            "the ETH transfer to the receiving account failed (does it accept ETH?)".into()
        }
        other => format!("{other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_amounts_and_waits_are_in_words() {
        use SequencerRegistry::SequencerRegistryErrors as E;
        let wrong = E::WrongStatus(SequencerRegistry::WrongStatus { status: 1 });
        assert!(registry(&wrong, None).starts_with("the operator is Active"));
        let low = E::BondTooLow(SequencerRegistry::BondTooLow {
            minimum: U256::from(10u128 * 10u128.pow(18)),
            actual: U256::from(10u128.pow(18)),
        });
        assert_eq!(registry(&low, None), "the bond must be at least 10.0000 ETH, this is 1.0000 ETH");
        let cooldown = E::CooldownActive(SequencerRegistry::CooldownActive { unjailableAt: 7_412 });
        assert_eq!(
            registry(&cooldown, Some(7_292)),
            "the jail cooldown runs: unjail possible from block 7412, in 120 blocks (about 24 minutes at 12 s per block)"
        );
        let parameter =
            E::InvalidParameters(SequencerRegistry::InvalidParameters { reason: "faultWindow".into() });
        assert!(registry(&parameter, None).starts_with("parameter faultWindow breaks a rule"));
    }
}
