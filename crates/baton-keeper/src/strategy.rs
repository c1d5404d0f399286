//! Strategies: pure functions from the keeper's view of L1 (and the evidence it holds) to the actions it should
//! take now. Each recomputes its whole decision at every head and names each fault by the contract's own
//! evidence digest, so running them again, after a restart or a reorg, never yields a second action for one
//! fault. Whether an action is still needed is finally decided by simulating it on L1.

use std::collections::{BTreeMap, HashMap, HashSet};

use alloy::{
    primitives::{keccak256, Address, Bytes, B256},
    sol_types::{SolCall, SolValue},
};
use baton_bindings::{
    batch_inbox::BatchInbox,
    committee_certificates::CommitteeCertificates,
    inclusion_receipts::InclusionReceipts,
    sequencer_registry::{ISequencerRegistry::Escrow, SequencerRegistry},
};
use baton_l1::{committee, convert};
use baton_protocol::{committee::Committee, deployment::Params, schedule::Schedule, BatchHeader};

use crate::{
    action::{Action, ActionKind},
    index::Index,
    store::{Evidence, HeldCertificate, HeldReceipt, RecordedBatch},
};

/// `keccak256(abi.encode(keccak256("baton.fault.equivocation"), signer, batchNumber))`, as the registry.
pub fn equivocation_digest(signer: Address, batch: u64) -> B256 {
    keccak256((keccak256("baton.fault.equivocation"), signer, batch).abi_encode())
}

/// `keccak256(abi.encode(keccak256("baton.fault.censorship"), entryIndex))`, as the registry.
pub fn censorship_digest(entry: u64) -> B256 {
    keccak256((keccak256("baton.fault.censorship"), entry).abi_encode())
}

/// `keccak256(abi.encode(keccak256("baton.fault.missed-slot"), slot))`, as the registry.
pub fn missed_slot_digest(slot: u64) -> B256 {
    keccak256((keccak256("baton.fault.missed-slot"), slot).abi_encode())
}

/// An operator as the missed-slot strategy needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OperatorFacts {
    /// Its registered signer.
    pub signer: Address,
    /// Jailed or ejected now (a suspended leader cannot be struck again).
    pub suspended: bool,
    /// First slot of the current suspension (meaningful while suspended).
    pub suspended_from_slot: u64,
    /// Slots before this one are never held against it (its last unjail, or its registration).
    pub accountable_from_slot: u64,
}

impl OperatorFacts {
    /// Whether the operator answers for `slot`: it could post at every block of it (the registry's rule).
    pub fn accountable(&self, slot: u64) -> bool {
        slot >= self.accountable_from_slot && (!self.suspended || slot < self.suspended_from_slot)
    }
}

/// Which strategies run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Policy {
    /// Prove equivocation (both forms).
    pub equivocation: bool,
    /// Prove censorship of forced entries.
    pub censorship: bool,
    /// Report missed leader slots (strikes earn nothing until one jails; they cost gas).
    pub missed_slots: bool,
    /// Append overdue forced entries as forced-only batches (earns the inclusion fee per entry).
    pub force_inclusion: bool,
    /// Release the escrowed payouts of this keeper's own censorship, missed-slot and receipt slashes once their
    /// escrow ends (the bounty, and the harmed user's compensation with it, then wait in `payoutOf`).
    pub release_payouts: bool,
    /// Prove broken inclusion receipts handed in on `POST /receipts`.
    pub receipts: bool,
    /// Prove conflicting committee certificates (from nodes' certificate feeds and `POST /certificates`).
    pub certificates: bool,
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            equivocation: true,
            censorship: true,
            missed_slots: true,
            force_inclusion: true,
            release_payouts: true,
            receipts: true,
            certificates: true,
        }
    }
}

/// One of this keeper's confirmed slashes whose payouts the registry escrowed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EscrowedSlash {
    /// The fault's evidence digest (the escrow's key).
    pub evidence: B256,
    /// The payout record its `Slashed` event carried, which `releasePayout` takes back.
    pub escrow: Escrow,
}

/// Everything the strategies look at.
#[derive(Debug)]
pub struct View<'a> {
    /// The indexed record.
    pub index: &'a Index,
    /// Off-chain evidence.
    pub evidence: &'a [Evidence],
    /// The deployment's schedule.
    pub schedule: &'a Schedule,
    /// The deployment's parameters.
    pub params: &'a Params,
    /// The registry.
    pub registry: Address,
    /// The inbox.
    pub inbox: Address,
    /// The receipts contract.
    pub receipts: Address,
    /// The committee certificates contract.
    pub committee: Address,
    /// Inclusion receipts held.
    pub held: &'a [HeldReceipt],
    /// Committee certificates held.
    pub certificates: &'a [HeldCertificate],
    /// The committee of every epoch a held certificate belongs to (as the keeper verified it).
    pub committees: &'a HashMap<u32, Committee>,
    /// Transaction hashes of the batches a held receipt is judged by, by batch number (loaded from L1 data).
    pub batch_txs: &'a HashMap<u64, Vec<B256>>,
    /// Last indexed block (head minus the confirmation depth).
    pub indexed: u64,
    /// Member bitmap of every epoch the missed-slot strategy asks about.
    pub members: &'a HashMap<u32, u128>,
    /// Operators by id, for the leaders of candidate missed slots.
    pub operators: &'a HashMap<u8, OperatorFacts>,
    /// Keys of actions that need no more work.
    pub finished: &'a HashSet<String>,
}

impl View<'_> {
    /// The block in which a transaction sent now lands at the earliest.
    fn next_block(&self) -> u64 {
        self.indexed + 1
    }

    /// First block at which `slot` has ended (a fault about it can be proven from here).
    fn slot_end(&self, slot: u64) -> u64 {
        self.schedule.slot_start(slot + 1)
    }

    /// Whether a fault about `slot` is still inside the fault window at the next block.
    fn in_window(&self, slot: u64) -> bool {
        self.next_block() < self.slot_end(slot).saturating_add(u64::from(self.params.fault_window))
    }

    /// The slots in which a fault could still be proven and that have ended, oldest first.
    pub fn provable_slots(&self) -> std::ops::Range<u64> {
        let genesis = self.schedule.params.genesis_block;
        if self.next_block() <= genesis {
            return 0..0;
        }
        let current = self.schedule.slot_at(self.next_block());
        let window = u64::from(self.params.fault_window);
        // slot_end(s) + window > next  <=>  s + 1 > (next - window - genesis) / len
        let oldest = self
            .next_block()
            .saturating_sub(window)
            .saturating_sub(genesis)
            .checked_div(self.schedule.params.slot_length)
            .unwrap_or(0);
        oldest.min(current)..current
    }

    fn unfinished(&self, key: &str) -> bool {
        !self.finished.contains(key)
    }
}

fn registry_call(
    view: &View<'_>,
    kind: ActionKind,
    key: B256,
    call: impl SolCall,
    at: u64,
    summary: String,
) -> Action {
    Action {
        key: key.to_string(),
        kind,
        to: view.registry,
        calldata: Bytes::from(call.abi_encode()),
        provable_at: at,
        summary,
    }
}

/// Equivocation: two different headers for one position `(batchNumber, slot, parentHash)` signed by one signer
/// (from feeds and submissions), or one signed header against the recorded header of that position by the same
/// signer. Headers for one batch number in other slots or on other parents are what honest nodes sign after a
/// reorg, and no fault.
pub fn equivocation(view: &View<'_>) -> Vec<Action> {
    let mut groups: BTreeMap<(Address, u64, u64, B256), Vec<&Evidence>> = BTreeMap::new();
    for evidence in view.evidence {
        let h = &evidence.header;
        groups.entry((h.sequencer, h.batchNumber, h.slot, h.parentHash)).or_default().push(evidence);
    }
    let current = view.schedule.slot_at(view.next_block());
    let mut actions: Vec<Action> = Vec::new();
    for ((signer, batch, slot, parent), signed) in groups {
        let key = equivocation_digest(signer, batch);
        // One slash per signer and batch number, whichever position it equivocated at.
        if !view.unfinished(&key.to_string()) || actions.iter().any(|a| a.key == key.to_string()) {
            continue;
        }
        let recorded = view.index.batches.get(&batch).filter(|r| {
            r.header.sequencer == signer && r.header.slot == slot && r.header.parentHash == parent
        });
        let conflict = recorded.and_then(|r| {
            let hash = r.header.hash();
            signed.iter().find(|e| e.header.hash() != hash).map(|e| (*e, r))
        });
        let (action_slot, action) = if let Some((evidence, record)) = conflict {
            let slot = evidence.header.slot.max(record.header.slot);
            let at = evidence.seen_at_block.max(record.block + 1).max(view.schedule.slot_start(slot));
            let call = SequencerRegistry::slashRecordConflictCall {
                signed: convert(&evidence.header),
                signature: evidence.signature.clone(),
                recorded: convert(&record.header),
            };
            let summary = format!("{signer} signed batch {batch} twice (against the record)");
            (slot, registry_call(view, ActionKind::RecordConflict, key, call, at, summary))
        } else {
            let mut distinct: Vec<&Evidence> = Vec::new();
            for e in &signed {
                if distinct.iter().all(|d| d.header.hash() != e.header.hash()) {
                    distinct.push(e);
                }
            }
            let [first, second, ..] = distinct[..] else { continue };
            let slot = first.header.slot.max(second.header.slot);
            let at = first.seen_at_block.max(second.seen_at_block).max(view.schedule.slot_start(slot));
            let call = SequencerRegistry::slashEquivocationCall {
                first: convert(&first.header),
                firstSignature: first.signature.clone(),
                second: convert(&second.header),
                secondSignature: second.signature.clone(),
            };
            let summary = format!("{signer} signed two headers for batch {batch}");
            (slot, registry_call(view, ActionKind::Equivocation, key, call, at, summary))
        };
        // Provable once the later slot has begun, until the window closes.
        if action_slot <= current && view.in_window(action_slot) {
            actions.push(action);
        }
    }
    actions
}

/// The key of a certificate-conflict action: the contract's evidence digest of the position and the members both
/// certificates hold. A later pair at the same position that catches members the first did not is another action;
/// one that catches nobody new settles in simulation (`NothingToSlash`).
pub fn certificate_conflict_key(evidence: B256, guilty: u128) -> String {
    format!("{evidence}:{guilty:#x}")
}

/// Certificate conflicts (docs/PROTOCOL.md §Committee certificates): two held certificates for one position
/// `(batchNumber, slot, parentHash)` and different headers prove that every member in both signer sets signed
/// twice. For each position the pair with the most members in common is proven; members ejected already are skipped
/// by the registry. Only members in both sets are ever named: a member that signed one of the two headers is honest.
pub fn certificate_conflicts(view: &View<'_>) -> Vec<Action> {
    let mut positions: BTreeMap<(u64, u64, B256), Vec<&HeldCertificate>> = BTreeMap::new();
    for held in view.certificates {
        let a = &held.certified.attestation;
        positions.entry((a.batchNumber, a.slot, a.parentHash)).or_default().push(held);
    }
    let current = view.schedule.slot_at(view.next_block());
    let mut actions = Vec::new();
    let mut sealing = std::collections::BTreeSet::new();
    for ((batch, slot, _), held) in positions {
        if slot > current || !view.in_window(slot) {
            continue;
        }
        let epoch = view.schedule.epoch_of(slot);
        let Some(committee) = view.committees.get(&epoch) else { continue };
        let mut best: Option<(u128, &HeldCertificate, &HeldCertificate)> = None;
        for (i, first) in held.iter().enumerate() {
            for second in &held[i + 1..] {
                let (a, b) = (&first.certified, &second.certified);
                if !a.attestation.conflicts_with(&b.attestation) {
                    continue;
                }
                let guilty = a.signers.to::<u128>() & b.signers.to::<u128>();
                if guilty != 0 && best.is_none_or(|(g, ..)| guilty.count_ones() > g.count_ones()) {
                    best = Some((guilty, first, second));
                }
            }
        }
        let Some((guilty, first, second)) = best else { continue };
        let evidence = first.certified.attestation.conflict_evidence();
        let key = certificate_conflict_key(evidence, guilty);
        if !view.unfinished(&key) {
            continue;
        }
        let (a, b) = (&first.certified, &second.certified);
        let (ca, cb) = (a.certificate(), b.certificate());
        let absent = committee.keyed() & !(ca.signers & cb.signers);
        let call = CommitteeCertificates::slashConflictingCertificatesCall {
            first: committee::certified_arg(committee, &a.attestation, &ca),
            second: committee::certified_arg(committee, &b.attestation, &cb),
            committee: committee::committee_arg(committee),
            keyHashes: if absent == 0 { Vec::new() } else { committee.key_hashes() },
        };
        let at = first.seen_at_block.max(second.seen_at_block).max(view.schedule.slot_start(slot));
        // The proof needs the epoch's committee sealed on L1. Sealing is permissionless and nobody is paid for it;
        // a committee batch seals its epoch as a side effect, but certificates that only circulated off L1 may
        // conflict in an epoch nobody sealed. The keeper seals it then (settled at once if already sealed).
        let seal_key = format!("seal:{epoch}");
        if sealing.insert(epoch) && view.unfinished(&seal_key) {
            let call = CommitteeCertificates::sealCommitteeCall { epoch, keys: committee.sealing_keys() };
            actions.push(Action {
                key: seal_key,
                kind: ActionKind::SealCommittee,
                to: view.committee,
                calldata: Bytes::from(call.abi_encode()),
                provable_at: at,
                summary: format!("seal the committee of epoch {epoch}, where certificates conflict"),
            });
        }
        let ids: Vec<String> = baton_protocol::roster::ids(guilty).map(|id| id.to_string()).collect();
        actions.push(Action {
            key,
            kind: ActionKind::CertificateConflict,
            to: view.committee,
            calldata: Bytes::from(call.abi_encode()),
            provable_at: at,
            summary: format!(
                "operators {} certified two headers for batch {batch} in slot {slot}",
                ids.join(", ")
            ),
        });
    }
    actions
}

/// The signer's first batch in `slot` (by batch number) and the batch before it, if recorded.
pub fn first_batch_of(
    index: &Index,
    signer: Address,
    slot: u64,
) -> Option<(&RecordedBatch, Option<&RecordedBatch>)> {
    let first = index.batches_in_slot(slot).find(|b| b.header.sequencer == signer)?;
    let number = first.header.batchNumber;
    Some((first, number.checked_sub(1).and_then(|n| index.batches.get(&n))))
}

/// Broken inclusion receipts (docs/PROTOCOL.md §Inclusion receipts): once the signer's first batch in the
/// receipt's slot is recorded, a receipt it contradicts (another transaction at the index, or too few) is proven
/// with the batch's txRoot opening; once the slot has ended with no batch of the signer in it, the receipt is
/// proven unkept with the slot evidence (the receipts contract checks that the signer led the slot and could post:
/// otherwise the simulation settles it). Batches whose transactions are not loaded yet are judged next round.
pub fn receipts(view: &View<'_>) -> Vec<Action> {
    let mut actions = Vec::new();
    for held in view.held {
        let signed = &held.signed;
        let r = &signed.receipt;
        let key = signed.evidence();
        if !view.unfinished(&key.to_string()) || !view.in_window(r.slot) {
            continue;
        }
        let receipt: InclusionReceipts::InclusionReceipt = convert(r);
        match first_batch_of(view.index, signed.signer, r.slot) {
            Some((batch, previous)) => {
                let Some(txs) = view.batch_txs.get(&batch.header.batchNumber) else { continue };
                let Some(opening) = r.contradiction(txs) else { continue };
                let call = InclusionReceipts::slashContradictedReceiptCall {
                    receipt,
                    signature: signed.signature.clone(),
                    batch: convert(&batch.header),
                    previous: convert(&previous.map(|p| p.header.clone()).unwrap_or_default()),
                    count: alloy::primitives::U256::from(opening.count),
                    leaf: opening.leaf,
                    proof: opening.proof,
                };
                actions.push(Action {
                    key: key.to_string(),
                    kind: ActionKind::ReceiptContradicted,
                    to: view.receipts,
                    calldata: Bytes::from(call.abi_encode()),
                    provable_at: batch.block,
                    summary: format!(
                        "receipt of {} for slot {} index {} contradicted by batch {}",
                        signed.signer, r.slot, r.index, batch.header.batchNumber
                    ),
                });
            }
            None if view.slot_end(r.slot) <= view.indexed => {
                let (first, headers) = slot_evidence(view, r.slot);
                let headers = headers.iter().map(convert).collect();
                let call = InclusionReceipts::slashUnkeptReceiptCall {
                    receipt,
                    signature: signed.signature.clone(),
                    firstBatch: first,
                    headers,
                };
                actions.push(Action {
                    key: key.to_string(),
                    kind: ActionKind::ReceiptUnkept,
                    to: view.receipts,
                    calldata: Bytes::from(call.abi_encode()),
                    provable_at: view.slot_end(r.slot),
                    summary: format!(
                        "receipt of {} for slot {} index {} unkept: no batch of its signer in the slot",
                        signed.signer, r.slot, r.index
                    ),
                });
            }
            None => {}
        }
    }
    actions
}

/// The evidence the registry takes about `slot`: the recorded batches from the last one before the slot (or
/// batch 0) to the first one after it (or the newest).
fn slot_evidence(view: &View<'_>, slot: u64) -> (u64, Vec<SequencerRegistry::BatchHeader>) {
    let count = view.index.batch_count();
    let first = if slot == 0 {
        0
    } else {
        view.index.last_batch_through_slot(slot - 1).map_or(0, |b| b.header.batchNumber)
    };
    let last = view.index.first_batch_after_slot(slot).map_or(count, |b| b.header.batchNumber + 1);
    let headers = (first..last)
        .filter_map(|n| view.index.batches.get(&n))
        .map(|b| convert::<BatchHeader, SequencerRegistry::BatchHeader>(&b.header))
        .collect();
    (first, headers)
}

/// Censorship: a forced entry whose deadline fell in slot `s`, still not included by the last batch posted in a
/// slot at or before `s`, once `s` has ended. The registry charges the last sequenced poster of `s`, or the leader
/// if none posted and it could; when nobody answers, the simulation says so and the action settles.
pub fn censorship(view: &View<'_>) -> Vec<Action> {
    let mut actions = Vec::new();
    for entry in view.index.entries.values().rev() {
        let slot = view.schedule.slot_at(entry.deadline);
        if !view.in_window(slot) {
            break; // deadlines are monotonic: every earlier entry is out of the window too
        }
        let key = censorship_digest(entry.index);
        if view.slot_end(slot) > view.next_block() || !view.unfinished(&key.to_string()) {
            continue;
        }
        let prior = view.index.last_batch_through_slot(slot);
        if prior.is_some_and(|p| p.header.queuePosition > entry.index) {
            continue; // included in time
        }
        let (first, headers) = slot_evidence(view, slot);
        let call =
            SequencerRegistry::slashCensorshipCall { entryIndex: entry.index, firstBatch: first, headers };
        let summary = format!(
            "forced entry {} left behind past its deadline {} (slot {slot})",
            entry.index, entry.deadline
        );
        actions.push(registry_call(view, ActionKind::Censorship, key, call, view.slot_end(slot), summary));
    }
    actions
}

/// Forced inclusion: append, in one forced-only batch, every entry no batch has included whose deadline's slot
/// has ended.
///
/// Waiting for the end of the deadline's slot (at most `slotLength - 1` blocks past the deadline) is deliberate:
/// the registry judges censorship by the last batch posted *by the end of that slot*, so a forced batch inside it
/// would shield the censoring leader from the slash and cost the user its compensation.
pub fn forced_inclusion(view: &View<'_>) -> Vec<Action> {
    let head = view.index.queue_head();
    let next = view.next_block();
    let due = |deadline: u64| deadline < next && view.slot_end(view.schedule.slot_at(deadline)) <= next;
    let Some((last, deadline)) = view
        .index
        .entries
        .range(head..)
        .take_while(|(_, e)| due(e.deadline))
        .last()
        .map(|(i, e)| (*i, e.deadline))
    else {
        return Vec::new();
    };
    let position = last + 1;
    let key = format!("forced:{position}");
    if !view.unfinished(&key) {
        return Vec::new();
    }
    vec![Action {
        key,
        kind: ActionKind::ForcedBatch,
        to: view.inbox,
        calldata: Bytes::from(BatchInbox::appendForcedBatchCall { newQueuePosition: position }.abi_encode()),
        provable_at: view.slot_end(view.schedule.slot_at(deadline)),
        summary: format!("append overdue forced entries [{head}, {position})"),
    }]
}

/// Releases: for each of this keeper's escrowed slashes, `releasePayout` with its record from the escrow's end
/// (`releaseAt`). Anyone may release; a keeper releases its own.
pub fn release_payouts(view: &View<'_>, slashes: &[EscrowedSlash]) -> Vec<Action> {
    let mut actions = Vec::new();
    for slash in slashes {
        let release_at = slash.escrow.releaseAt;
        let key = format!("release:{}", slash.evidence);
        if view.next_block() < release_at || !view.unfinished(&key) {
            continue;
        }
        actions.push(Action {
            key,
            kind: ActionKind::ReleasePayout,
            to: view.registry,
            calldata: Bytes::from(
                SequencerRegistry::releasePayoutCall {
                    evidence: slash.evidence,
                    escrow: slash.escrow.clone(),
                }
                .abi_encode(),
            ),
            provable_at: release_at,
            summary: format!("release the escrowed payouts of {}", slash.evidence),
        });
    }
    actions
}

/// A slot that ended without a batch by its leader, before the leader's facts are known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MissedSlotCandidate {
    /// The slot.
    pub slot: u64,
    /// Its leader.
    pub leader: u8,
}

/// Slots that ended inside the fault window, have a leader, are not finished and need the leader's facts to
/// decide. The caller fetches [`OperatorFacts`] for the leaders and calls [`missed_slots`].
pub fn missed_slot_candidates(view: &View<'_>) -> Vec<MissedSlotCandidate> {
    let mut out = Vec::new();
    for slot in view.provable_slots() {
        if !view.unfinished(&missed_slot_digest(slot).to_string()) {
            continue;
        }
        let Some(members) = view.members.get(&view.schedule.epoch_of(slot)) else { continue };
        if let Some(leader) = view.schedule.leader(slot, *members) {
            out.push(MissedSlotCandidate { slot, leader });
        }
    }
    out
}

/// Missed slots: the leader of an ended slot, not suspended now and able to post throughout the slot, signed
/// none of the slot's batches.
pub fn missed_slots(view: &View<'_>, candidates: &[MissedSlotCandidate]) -> Vec<Action> {
    let mut actions = Vec::new();
    for candidate in candidates {
        let Some(leader) = view.operators.get(&candidate.leader) else { continue };
        let slot = candidate.slot;
        if leader.suspended || !leader.accountable(slot) {
            continue;
        }
        if view.index.batches_in_slot(slot).any(|b| b.header.sequencer == leader.signer) {
            continue;
        }
        let (first, headers) = slot_evidence(view, slot);
        let call = SequencerRegistry::reportMissedSlotCall { slot, firstBatch: first, headers };
        let summary = format!("operator {} (leader) posted nothing in slot {slot}", candidate.leader);
        let key = missed_slot_digest(slot);
        actions.push(registry_call(view, ActionKind::MissedSlot, key, call, view.slot_end(slot), summary));
    }
    actions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{QueuedEntry, RecordedBatch, Snapshot};
    use alloy::{primitives::address, signers::local::PrivateKeySigner};
    use baton_protocol::{deployment::Deployment, header};

    const REGISTRY: Address = address!("0x00000000000000000000000000000000000000aa");
    const INBOX: Address = address!("0x00000000000000000000000000000000000000bb");
    const RECEIPTS: Address = address!("0x00000000000000000000000000000000000000cc");
    const COMMITTEE: Address = address!("0x00000000000000000000000000000000000000dd");

    /// Genesis 100, 4-block slots, 4 slots per epoch, inclusion window 10, fault window 200.
    fn deployment() -> Deployment {
        Deployment::from_json(
            r#"{"chainId":31337,"registry":"0x00000000000000000000000000000000000000aa",
                "inbox":"0x00000000000000000000000000000000000000bb",
                "receipts":"0x00000000000000000000000000000000000000cc",
                "committee":"0x00000000000000000000000000000000000000dd","params":{"bountyBps":1000,
                "censorshipCompensation":"1","censorshipPenalty":"10","escapeDelay":40,"exitDelay":300,
                "receiptSafetyPenalty":"10","receiptLivenessPenalty":"10","receiptCompensation":"1",
                "faultWindow":200,"forcedInclusionFee":"1","graceBlocks":2,"inclusionWindow":10,
                "jailCooldown":200,"jailPenalty":"1","l2ChainId":901,"maxForcedTxSize":4096,
                "maxSequencers":8,"minBond":"100","slotLength":4,"slotsPerEpoch":4,"strikesToJail":3}}"#,
        )
        .expect("valid deployment")
    }

    struct Fixture {
        deployment: Deployment,
        schedule: Schedule,
        index: Index,
        evidence: Vec<Evidence>,
        members: HashMap<u32, u128>,
        operators: HashMap<u8, OperatorFacts>,
        finished: HashSet<String>,
        held: Vec<HeldReceipt>,
        batch_txs: HashMap<u64, Vec<B256>>,
        certificates: Vec<HeldCertificate>,
        committees: HashMap<u32, Committee>,
    }

    impl Fixture {
        fn new(batches: &[(u64, Address, u64)], deadlines: &[u64]) -> Self {
            let deployment = deployment();
            let schedule = Schedule::for_deployment(&deployment, 100);
            let mut snapshot = Snapshot::default();
            let mut parent = B256::ZERO;
            for (number, (slot, sequencer, queue_position)) in batches.iter().enumerate() {
                let header = BatchHeader {
                    l2ChainId: 901,
                    batchNumber: number as u64,
                    slot: *slot,
                    parentHash: parent,
                    queuePosition: *queue_position,
                    sequencer: *sequencer,
                    ..Default::default()
                };
                parent = header.hash();
                let block = schedule.slot_start(*slot);
                snapshot.batches.insert(
                    number as u64,
                    RecordedBatch {
                        header,
                        queue_start: 0,
                        block,
                        block_hash: B256::ZERO,
                        tx: B256::ZERO,
                        kind: 0,
                    },
                );
            }
            for (index, deadline) in deadlines.iter().enumerate() {
                snapshot.entries.insert(
                    index as u64,
                    QueuedEntry {
                        index: index as u64,
                        deadline: *deadline,
                        sender: Address::repeat_byte(7),
                        block: deadline - 10,
                        block_hash: B256::ZERO,
                    },
                );
            }
            Self {
                deployment,
                schedule,
                index: Index::from_snapshot(&snapshot),
                evidence: Vec::new(),
                members: HashMap::new(),
                operators: HashMap::new(),
                finished: HashSet::new(),
                held: Vec::new(),
                batch_txs: HashMap::new(),
                certificates: Vec::new(),
                committees: HashMap::new(),
            }
        }

        fn view(&self, indexed: u64) -> View<'_> {
            View {
                index: &self.index,
                evidence: &self.evidence,
                schedule: &self.schedule,
                params: &self.deployment.params,
                registry: REGISTRY,
                inbox: INBOX,
                receipts: RECEIPTS,
                committee: COMMITTEE,
                held: &self.held,
                certificates: &self.certificates,
                committees: &self.committees,
                batch_txs: &self.batch_txs,
                indexed,
                members: &self.members,
                operators: &self.operators,
                finished: &self.finished,
            }
        }
    }

    fn decode_censorship(action: &Action) -> SequencerRegistry::slashCensorshipCall {
        SequencerRegistry::slashCensorshipCall::abi_decode(&action.calldata).expect("censorship call")
    }

    #[test]
    fn censorship_waits_for_the_end_of_the_deadline_slot_and_names_the_right_headers() {
        let a = Address::repeat_byte(1);
        // Entry 0: deadline 121 (slot 5, blocks 120..=123). Batches in slots 4 and 7; neither includes it.
        let f = Fixture::new(&[(4, a, 0), (7, a, 0)], &[121]);
        assert!(censorship(&f.view(122)).is_empty(), "slot 5 is not over before block 124");
        let actions = censorship(&f.view(123));
        assert_eq!(actions.len(), 1);
        assert_eq!(actions[0].key, censorship_digest(0).to_string());
        assert_eq!(actions[0].provable_at, 124);
        let call = decode_censorship(&actions[0]);
        assert_eq!((call.entryIndex, call.firstBatch), (0, 0));
        assert_eq!(call.headers.iter().map(|h| h.slot).collect::<Vec<_>>(), vec![4, 7]);
        // Out of the fault window: slot 5 ends at 124, provable while block < 324.
        assert_eq!(censorship(&f.view(322)).len(), 1);
        assert!(censorship(&f.view(323)).is_empty());
    }

    #[test]
    fn an_entry_included_by_the_end_of_its_slot_is_no_censorship() {
        let a = Address::repeat_byte(1);
        // The batch of slot 5 (after the deadline block, in the same slot) includes it.
        let f = Fixture::new(&[(4, a, 0), (5, a, 1)], &[121]);
        assert!(censorship(&f.view(130)).is_empty());
        // No batch at all: no headers.
        let f = Fixture::new(&[], &[121]);
        let call = decode_censorship(&censorship(&f.view(130))[0]);
        assert_eq!((call.firstBatch, call.headers.len()), (0, 0));
    }

    #[test]
    fn forced_inclusion_covers_every_due_entry_once_its_slot_ended() {
        // Deadlines 121 (slot 5), 122 (slot 5), 126 (slot 6).
        let mut f = Fixture::new(&[], &[121, 122, 126]);
        assert!(forced_inclusion(&f.view(121)).is_empty(), "not overdue");
        assert!(forced_inclusion(&f.view(122)).is_empty(), "overdue, but slot 5 runs until 123");
        let actions = forced_inclusion(&f.view(123));
        assert_eq!(actions.len(), 1);
        let call = BatchInbox::appendForcedBatchCall::abi_decode(&actions[0].calldata).expect("call");
        assert_eq!(call.newQueuePosition, 2, "both entries of slot 5");
        assert_eq!(actions[0].key, "forced:2");
        let call = BatchInbox::appendForcedBatchCall::abi_decode(&forced_inclusion(&f.view(127))[0].calldata)
            .expect("call");
        assert_eq!(call.newQueuePosition, 3);
        f.finished.insert("forced:3".into());
        assert!(forced_inclusion(&f.view(127)).is_empty(), "finished actions are not planned again");
        // Entries already included by a batch are never forced.
        let f = Fixture::new(&[(5, Address::repeat_byte(1), 2)], &[121, 122, 126]);
        assert!(forced_inclusion(&f.view(124)).is_empty());
    }

    #[test]
    fn missed_slot_names_the_headers_around_the_slot_and_spares_posting_or_suspended_leaders() {
        let leader = Address::repeat_byte(1);
        let other = Address::repeat_byte(2);
        // Batches: slot 3 (other), slot 5 twice (other), slot 6 (leader), slot 8 (other).
        let mut f =
            Fixture::new(&[(3, other, 0), (5, other, 0), (5, other, 0), (6, leader, 0), (8, other, 0)], &[]);
        f.members.insert(1, 0b1); // operator 0 alone: it leads every slot of epoch 1 (slots 4..=7)
        let facts = OperatorFacts {
            signer: leader,
            suspended: false,
            suspended_from_slot: 0,
            accountable_from_slot: 0,
        };
        f.operators.insert(0, facts);
        let view = f.view(127); // slots up to 6 have ended
        let candidates = missed_slot_candidates(&view);
        assert_eq!(candidates.iter().map(|c| c.slot).collect::<Vec<_>>(), vec![4, 5, 6]);
        let actions = missed_slots(&view, &candidates);
        let slots: Vec<u64> = actions
            .iter()
            .map(|a| SequencerRegistry::reportMissedSlotCall::abi_decode(&a.calldata).expect("call").slot)
            .collect();
        assert_eq!(slots, vec![4, 5], "the leader posted in slot 6");
        let call = SequencerRegistry::reportMissedSlotCall::abi_decode(&actions[1].calldata).expect("call");
        assert_eq!(call.firstBatch, 0, "from the last batch before slot 5 (slot 3)");
        assert_eq!(call.headers.iter().map(|h| h.slot).collect::<Vec<_>>(), vec![3, 5, 5, 6]);
        assert_eq!(actions[1].key, missed_slot_digest(5).to_string());
        assert_eq!(actions[1].provable_at, f.schedule.slot_start(6));

        f.operators.insert(0, OperatorFacts { accountable_from_slot: 5, ..facts });
        let forgiven = missed_slots(&f.view(127), &candidates);
        assert_eq!(forgiven.len(), 1, "slot 4 was before its unjail");
        f.operators.insert(0, OperatorFacts { suspended: true, suspended_from_slot: 5, ..facts });
        assert!(missed_slots(&f.view(127), &candidates).is_empty(), "a suspended leader cannot be struck");
        f.members.clear();
        assert!(missed_slot_candidates(&f.view(127)).is_empty(), "no members, no leader");
    }

    #[test]
    fn payouts_are_released_from_the_end_of_their_escrow_once() {
        let mut f = Fixture::new(&[], &[]);
        // Mined in block 130 (slot 7, ending at 132): released from 132 + 200.
        let escrow = Escrow {
            victim: Address::repeat_byte(0x0a),
            compensation: alloy::primitives::aliases::U96::from(4),
            reporter: Address::repeat_byte(0x0b),
            bounty: alloy::primitives::aliases::U96::from(96),
            offender: Address::repeat_byte(0x0c),
            releaseAt: 332,
        };
        let slash = EscrowedSlash { evidence: censorship_digest(3), escrow: escrow.clone() };
        assert!(
            release_payouts(&f.view(330), std::slice::from_ref(&slash)).is_empty(),
            "escrow runs until 332"
        );
        let actions = release_payouts(&f.view(331), std::slice::from_ref(&slash));
        assert_eq!(actions.len(), 1);
        assert_eq!(actions[0].kind, ActionKind::ReleasePayout);
        assert_eq!(actions[0].provable_at, 332);
        let call = SequencerRegistry::releasePayoutCall::abi_decode(&actions[0].calldata).expect("call");
        assert_eq!(call.evidence, censorship_digest(3));
        assert_eq!(call.escrow, escrow, "the record the registry hashed, as the event carried it");
        f.finished.insert(actions[0].key.clone());
        assert!(release_payouts(&f.view(400), &[slash]).is_empty(), "finished");
    }

    fn evidence(key: &PrivateKeySigner, header: BatchHeader, seen: u64) -> Evidence {
        let domain = header::domain(31337, INBOX);
        let header = BatchHeader { sequencer: key.address(), ..header };
        Evidence {
            signature: header.sign(&domain, key).expect("signs"),
            header,
            source: "test".into(),
            seen_at_block: seen,
        }
    }

    #[test]
    fn equivocation_needs_two_different_headers_or_a_conflicting_record_of_the_same_signer() {
        let key = PrivateKeySigner::random();
        let h = |root: u8, slot: u64| BatchHeader {
            l2ChainId: 901,
            batchNumber: 1,
            slot,
            txRoot: B256::repeat_byte(root),
            ..Default::default()
        };
        // The record: batch 1 by someone else (an honest race lost by `key`).
        let mut f = Fixture::new(&[(4, Address::repeat_byte(9), 0), (5, Address::repeat_byte(9), 0)], &[]);
        f.evidence = vec![evidence(&key, h(1, 5), 130), evidence(&key, h(1, 5), 131)];
        assert!(equivocation(&f.view(130)).is_empty(), "one header twice, record by another signer");

        f.evidence.push(evidence(&key, h(2, 5), 133));
        let actions = equivocation(&f.view(133));
        assert_eq!(actions.len(), 1);
        assert_eq!(actions[0].kind, ActionKind::Equivocation);
        assert_eq!(actions[0].key, equivocation_digest(key.address(), 1).to_string());
        assert_eq!(actions[0].provable_at, 133, "provable once the second header was seen");

        // Two headers for a future slot are not provable yet.
        f.evidence = vec![evidence(&key, h(1, 40), 130), evidence(&key, h(2, 40), 130)];
        assert!(equivocation(&f.view(133)).is_empty());
        // The same batch number signed again for a later slot (a reorg dropped the first): no fault.
        f.evidence = vec![evidence(&key, h(1, 5), 130), evidence(&key, h(2, 6), 130)];
        assert!(equivocation(&f.view(133)).is_empty());

        // Against the record: batch 1 recorded with `key` as its sequencer.
        let mut f = Fixture::new(&[(4, key.address(), 0), (5, key.address(), 0)], &[]);
        let parent = f.index.batches[&0].header.hash();
        // On another parent (another chain's batch 0): no conflict with this record.
        f.evidence = vec![evidence(&key, h(3, 5), 130)];
        assert!(equivocation(&f.view(130)).is_empty());
        f.evidence = vec![evidence(&key, BatchHeader { parentHash: parent, ..h(3, 5) }, 130)];
        let actions = equivocation(&f.view(130));
        assert_eq!(actions.len(), 1);
        assert_eq!(actions[0].kind, ActionKind::RecordConflict);
        let call = SequencerRegistry::slashRecordConflictCall::abi_decode(&actions[0].calldata)
            .expect("record conflict");
        assert_eq!(call.recorded.batchNumber, 1);
        f.finished.insert(actions[0].key.clone());
        assert!(equivocation(&f.view(131)).is_empty(), "finished");
    }

    fn held(signer: Address, slot: u64, index: u32, tx: B256) -> HeldReceipt {
        let receipt = baton_protocol::receipt::InclusionReceipt {
            l2ChainId: 901,
            txHash: tx,
            slot,
            index,
            beneficiary: Address::repeat_byte(0xbe),
        };
        HeldReceipt {
            signed: baton_protocol::receipt::SignedReceipt {
                receipt,
                signature: Bytes::from(vec![1; 65]),
                signer,
            },
            source: "submission".into(),
        }
    }

    #[test]
    fn a_receipt_is_proven_contradicted_by_the_signers_first_batch_once_its_transactions_are_known() {
        let (signer, other) = (Address::repeat_byte(1), Address::repeat_byte(2));
        // Slot 5: another operator's batch 1, then the signer's batch 2 (its first in the slot), then its batch 3.
        let mut f = Fixture::new(&[(4, other, 0), (5, other, 0), (5, signer, 0), (5, signer, 0)], &[]);
        let promised = keccak256("promised");
        f.held = vec![held(signer, 5, 1, promised), held(signer, 5, 0, keccak256("kept"))];
        assert!(receipts(&f.view(200)).is_empty(), "batch 2's transactions are not loaded yet");
        f.batch_txs.insert(2, vec![keccak256("kept"), keccak256("another")]);
        f.batch_txs.insert(3, vec![keccak256("kept"), promised]);
        let actions = receipts(&f.view(200));
        assert_eq!(actions.len(), 1, "only the broken receipt: {actions:?}");
        assert_eq!(actions[0].kind, ActionKind::ReceiptContradicted);
        assert_eq!(actions[0].to, RECEIPTS);
        assert_eq!(actions[0].key, f.held[0].signed.evidence().to_string());
        let call =
            InclusionReceipts::slashContradictedReceiptCall::abi_decode(&actions[0].calldata).expect("call");
        assert_eq!((call.batch.batchNumber, call.previous.batchNumber), (2, 1), "judged by its first batch");
        assert_eq!(call.leaf, keccak256("another"));
        f.finished.insert(actions[0].key.clone());
        assert!(receipts(&f.view(200)).is_empty(), "once per receipt");
    }

    #[test]
    fn a_receipt_is_proven_unkept_only_once_its_slot_ended_without_a_batch_of_its_signer() {
        let signer = Address::repeat_byte(1);
        let mut f = Fixture::new(&[(4, Address::repeat_byte(2), 0), (7, Address::repeat_byte(2), 0)], &[]);
        f.held = vec![held(signer, 5, 0, keccak256("promised"))];
        let slot_end = f.schedule.slot_start(6);
        assert!(receipts(&f.view(slot_end - 1)).is_empty(), "slot 5 has not ended");
        let actions = receipts(&f.view(slot_end));
        assert_eq!(actions.len(), 1);
        assert_eq!(actions[0].kind, ActionKind::ReceiptUnkept);
        let call = InclusionReceipts::slashUnkeptReceiptCall::abi_decode(&actions[0].calldata).expect("call");
        assert_eq!(call.firstBatch, 0);
        assert_eq!(call.headers.len(), 2, "the batches around the slot");
        let window_end = slot_end + u64::from(f.deployment.params.fault_window);
        assert!(receipts(&f.view(window_end)).is_empty(), "out of the window");
    }

    fn bls_key(id: u8) -> baton_protocol::bls::SecretKey {
        baton_protocol::bls::SecretKey::from_bytes(&B256::with_last_byte(id + 1)).expect("valid scalar")
    }

    /// Six keyed members (ids 0 to 5) in epoch 1 (slots 4 to 7); quorum 4.
    fn committee_fixture() -> Fixture {
        let mut f = Fixture::new(&[(4, Address::repeat_byte(1), 0)], &[]);
        let keys = (0..6).map(|id| (id, bls_key(id).public_key())).collect();
        f.committees.insert(1, Committee::new(0b11_1111, keys));
        f
    }

    /// A certificate by `signers` on the header at batch 1, slot 5, parent `parent`, told apart by `tag`.
    fn certified(f: &Fixture, parent: B256, tag: u8, signers: &[u8]) -> HeldCertificate {
        let attestation = baton_protocol::committee::Attestation {
            batchNumber: 1,
            slot: 5,
            parentHash: parent,
            headerHash: B256::repeat_byte(tag),
        };
        let domain = header::domain(f.deployment.chain_id, f.deployment.inbox);
        let signatures =
            signers.iter().map(|id| (*id, bls_key(*id).attest(attestation.digest(&domain)))).collect();
        let certificate = f.committees[&1].certify(&signatures).expect("aggregates");
        f.committees[&1].verify(&domain, &attestation, &certificate).expect("a valid certificate");
        HeldCertificate {
            certified: baton_protocol::committee::CertifiedAttestation::new(attestation, &certificate),
            source: "test".into(),
            seen_at_block: 110,
        }
    }

    #[test]
    fn conflicting_certificates_name_only_the_members_in_both_signer_sets() {
        let mut f = committee_fixture();
        let parent = B256::repeat_byte(9);
        f.certificates = vec![
            certified(&f, parent, 1, &[0, 1, 2, 3]),
            certified(&f, parent, 1, &[0, 1, 2, 4]), // the same header again: no conflict with the first
            certified(&f, parent, 2, &[0, 1, 4, 5]),
            certified(&f, B256::repeat_byte(8), 3, &[2, 3, 4, 5]), // another parent: a reorg's re-attestation
        ];
        let slot_start = f.schedule.slot_start(5);
        assert!(certificate_conflicts(&f.view(slot_start - 2)).is_empty(), "provable from the slot on");
        let actions = certificate_conflicts(&f.view(slot_start));
        assert_eq!(actions.len(), 2, "one position conflicts, and its epoch is sealed first: {actions:?}");
        let seal = &actions[0];
        assert_eq!((seal.kind, seal.to, seal.key.as_str()), (ActionKind::SealCommittee, COMMITTEE, "seal:1"));
        let call = CommitteeCertificates::sealCommitteeCall::abi_decode(&seal.calldata).expect("seal call");
        assert_eq!((call.epoch, call.keys), (1, f.committees[&1].sealing_keys()));
        let action = &actions[1];
        assert_eq!((action.kind, action.to), (ActionKind::CertificateConflict, COMMITTEE));
        let call = CommitteeCertificates::slashConflictingCertificatesCall::abi_decode(&action.calldata)
            .expect("conflict call");
        let guilty =
            call.first.certificate.signers.to::<u128>() & call.second.certificate.signers.to::<u128>();
        // {0,1,2,4} against {0,1,4,5} catches three, {0,1,2,3} against {0,1,4,5} two: the larger is proven.
        assert_eq!(guilty, 0b1_0011, "members 0, 1 and 4 signed both headers");
        assert_eq!(
            action.key,
            certificate_conflict_key(f.certificates[0].certified.attestation.conflict_evidence(), guilty)
        );
        assert_eq!(call.keyHashes.len(), 6, "absent keyed members need every key hash");
        assert_eq!((call.first.absentKeys.len(), call.second.absentKeys.len()), (2, 2));
        assert_eq!(action.provable_at, slot_start);

        f.finished.insert(action.key.clone());
        f.finished.insert(seal.key.clone());
        assert!(certificate_conflicts(&f.view(slot_start)).is_empty(), "once per position and signer set");
        let window_end = f.schedule.slot_start(6) + u64::from(f.deployment.params.fault_window);
        f.finished.clear();
        assert!(certificate_conflicts(&f.view(window_end)).is_empty(), "out of the window");
    }

    #[test]
    fn certificates_without_a_common_signer_or_committee_prove_nothing() {
        let mut f = committee_fixture();
        let parent = B256::repeat_byte(9);
        // Disjoint signer sets cannot both reach the quorum of 4 out of 6; a hand-built pair still proves nobody.
        let mut first = certified(&f, parent, 1, &[0, 1, 2, 3]);
        let second = certified(&f, parent, 2, &[2, 3, 4, 5]);
        first.certified.signers = alloy::primitives::U128::from(0b00_0011u128);
        f.certificates = vec![first, second];
        assert!(certificate_conflicts(&f.view(f.schedule.slot_start(5))).is_empty());

        f.certificates =
            vec![certified(&f, parent, 1, &[0, 1, 2, 3]), certified(&f, parent, 2, &[0, 1, 4, 5])];
        f.committees.clear();
        assert!(
            certificate_conflicts(&f.view(f.schedule.slot_start(5))).is_empty(),
            "without the epoch's committee nothing can be encoded"
        );
    }
}
