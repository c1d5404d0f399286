//! Strategies: pure functions from the keeper's view of L1 (and the evidence it holds) to the actions it should
//! take now. Each recomputes its whole decision at every head and names each fault by the contract's own
//! evidence digest, so running them again, after a restart or a reorg, never yields a second action for one
//! fault. Whether an action is still needed is finally decided by simulating it on L1.

use std::collections::{BTreeMap, HashMap, HashSet};

use alloy::{
    primitives::{keccak256, Address, Bytes, B256},
    sol_types::{SolCall, SolValue},
};
use baton_bindings::{batch_inbox::BatchInbox, sequencer_registry::SequencerRegistry};
use baton_l1::convert;
use baton_protocol::{deployment::Params, schedule::Schedule, BatchHeader};

use crate::{
    action::{Action, ActionKind},
    index::Index,
    store::Evidence,
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
}

impl Default for Policy {
    fn default() -> Self {
        Self { equivocation: true, censorship: true, missed_slots: true, force_inclusion: true }
    }
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

/// Equivocation: two different headers for one batch number signed by one signer (from feeds and
/// submissions), or one signed header against the recorded header of the same batch by the same signer.
pub fn equivocation(view: &View<'_>) -> Vec<Action> {
    let mut groups: BTreeMap<(Address, u64), Vec<&Evidence>> = BTreeMap::new();
    for evidence in view.evidence {
        groups.entry((evidence.header.sequencer, evidence.header.batchNumber)).or_default().push(evidence);
    }
    let current = view.schedule.slot_at(view.next_block());
    let mut actions = Vec::new();
    for ((signer, batch), signed) in groups {
        let key = equivocation_digest(signer, batch);
        if !view.unfinished(&key.to_string()) {
            continue;
        }
        let recorded = view.index.batches.get(&batch).filter(|r| r.header.sequencer == signer);
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

/// Censorship: a forced entry whose deadline fell in slot `s`, still not included by the last batch posted in a
/// slot at or before `s`, once `s` has ended.
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
        let next_batch = prior.map_or(0, |p| p.header.batchNumber + 1);
        let following = view.index.batches.get(&next_batch);
        let call = SequencerRegistry::slashCensorshipCall {
            entryIndex: entry.index,
            nextBatch: next_batch,
            prior: convert(&prior.map(|p| p.header.clone()).unwrap_or_default()),
            following: convert(&following.map(|f| f.header.clone()).unwrap_or_default()),
        };
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

/// Missed slots: the leader of an ended slot, not suspended now, signed none of the slot's batches.
pub fn missed_slots(view: &View<'_>, candidates: &[MissedSlotCandidate]) -> Vec<Action> {
    let mut actions = Vec::new();
    for candidate in candidates {
        let Some(leader) = view.operators.get(&candidate.leader) else { continue };
        if leader.suspended {
            continue;
        }
        let slot = candidate.slot;
        if view.index.batches_in_slot(slot).any(|b| b.header.sequencer == leader.signer) {
            continue;
        }
        let count = view.index.batch_count();
        let first = if slot == 0 {
            0
        } else {
            view.index.last_batch_through_slot(slot - 1).map_or(0, |b| b.header.batchNumber)
        };
        let last = view.index.first_batch_after_slot(slot).map_or(count, |b| b.header.batchNumber + 1);
        let headers: Vec<_> = (first..last)
            .filter_map(|n| view.index.batches.get(&n))
            .map(|b| convert::<BatchHeader, SequencerRegistry::BatchHeader>(&b.header))
            .collect();
        let call = SequencerRegistry::reportMissedSlotCall { slot, firstBatch: first, headers };
        let summary = format!("operator {} (leader) posted nothing in slot {slot}", candidate.leader);
        let key = missed_slot_digest(slot);
        actions.push(registry_call(view, ActionKind::MissedSlot, key, call, view.slot_end(slot), summary));
    }
    actions
}
