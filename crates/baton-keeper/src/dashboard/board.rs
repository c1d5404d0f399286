//! What the dashboard knows, kept current from the keeper's index and a few registry reads, and every figure it
//! serves computed from it. Tallies that grow with history (slots per operator, cost per data kind) are kept
//! incrementally, so a request does work in the size of its answer, not of the index.

use std::collections::{BTreeMap, HashMap, VecDeque};

use alloy::primitives::{Address, B256, U256};
use baton_protocol::{deployment::Params, roster::Fault, schedule::Schedule};
use serde::Serialize;

use crate::store::{QueuedEntry, RecordedBatch};

/// Data kinds of `IBatchInbox.DataKind`, by value.
pub const DATA_KINDS: [&str; 4] = ["calldata", "blobs", "forced-only", "committee"];
/// Slots of history kept per slot (the strip of recent slots); older ones live on in the tallies only.
const RECENT_SLOTS: usize = 256;
/// Most forced entries one answer lists (pending ones first; the rest are counted).
pub const MAX_LISTED_ENTRIES: usize = 2_000;
/// Tries to read a batch's data before its transactions stay uncounted.
pub const MAX_COUNT_ATTEMPTS: u8 = 3;
/// Probes remembered.
pub const MAX_PROBES: usize = 10_000;
/// Most batches one cost answer lists.
pub const MAX_COST_POINTS: usize = 5_000;

/// Wei amounts go out as decimal strings: exact (beyond a double's 53 bits) and readable as they are.
fn decimal<S: serde::Serializer>(value: &U256, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}

/// L1 cost of one batch transaction, from its receipt.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchCost {
    /// Execution gas the transaction used.
    pub gas_used: u64,
    /// Blob gas it used (0 without blobs).
    pub blob_gas_used: u64,
    /// What a unit of gas cost, in wei.
    pub gas_price: u128,
}

/// One recorded batch as the dashboard shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BatchRow {
    /// Batch number.
    pub number: u64,
    /// Slot it was posted in.
    pub slot: u64,
    /// Signer of the header (zero for an escape-hatch batch).
    pub sequencer: Address,
    /// `IBatchInbox.DataKind`.
    pub kind: u8,
    /// L1 block.
    pub block: u64,
    /// That block's hash (with `tx`, the key of what is fetched about it).
    pub block_hash: B256,
    /// L1 transaction.
    pub tx: B256,
    /// First forced entry it includes.
    pub queue_start: u64,
    /// Forced-queue position after it.
    pub queue_end: u64,
    /// From the transaction's receipt, once fetched.
    pub cost: Option<BatchCost>,
    /// Its L2 transactions, once its data was read.
    pub tx_count: Option<u32>,
    /// Failed tries to read its data (given up after [`MAX_COUNT_ATTEMPTS`]).
    pub count_attempts: u8,
    /// The indexed event, to read its data.
    pub recorded: RecordedBatch,
}

impl From<&RecordedBatch> for BatchRow {
    fn from(b: &RecordedBatch) -> Self {
        Self {
            number: b.header.batchNumber,
            slot: b.header.slot,
            sequencer: b.header.sequencer,
            kind: b.kind,
            block: b.block,
            block_hash: b.block_hash,
            tx: b.tx,
            queue_start: b.queue_start,
            queue_end: b.header.queuePosition,
            cost: None,
            tx_count: None,
            count_attempts: 0,
            recorded: b.clone(),
        }
    }
}

/// One forced-queue entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryRow {
    /// Queue index.
    pub index: u64,
    /// Who queued it.
    pub sender: Address,
    /// L1 block it was queued in.
    pub block: u64,
    /// Last block a batch may include it by.
    pub deadline: u64,
    /// The batch that included it and that batch's block.
    pub included: Option<(u64, u64)>,
}

/// One operator's slash (a `Slashed` event, or one operator of an `Ejected` event).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SlashRow {
    /// Operator id.
    pub operator: u8,
    /// `ISequencerRegistry.Fault`.
    pub fault: u8,
    /// The fault's name.
    pub kind: String,
    /// Evidence digest.
    pub evidence: B256,
    /// Bond taken, wei.
    #[serde(serialize_with = "decimal")]
    pub penalty: U256,
    /// Paid to the reporter, wei.
    #[serde(serialize_with = "decimal")]
    pub bounty: U256,
    /// Who reported it.
    pub reporter: Address,
    /// Paid to the harmed user, wei.
    #[serde(serialize_with = "decimal")]
    pub compensation: U256,
    /// The harmed user (zero when none).
    pub victim: Address,
    /// When the payouts are released (0: credited at once).
    pub release_at: u64,
    /// L1 block.
    pub block: u64,
    /// L1 transaction.
    pub tx: B256,
}

/// An operator as the registry reports it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OperatorRecord {
    /// Operator id.
    pub id: u8,
    /// Owner (receives the bond back).
    pub owner: Address,
    /// Signing key.
    pub signer: Address,
    /// Bond, wei.
    #[serde(serialize_with = "decimal")]
    pub bond: U256,
    /// Lifecycle status.
    pub status: String,
    /// Bonded but may not post.
    pub suspended: bool,
    /// Strikes in the current epoch.
    pub strikes: u16,
}

/// How an operator's signed-header feed answers the keeper.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FeedHealth {
    /// The node's base URL.
    pub url: String,
    /// The signer of the last header it served (which operator it belongs to).
    pub signer: Option<Address>,
    /// Newest batch number served.
    pub cursor: u64,
    /// Unix milliseconds of the last answer.
    pub last_ok_ms: Option<u64>,
    /// Why the last request failed, if it did.
    pub error: Option<String>,
}

/// Slots an operator led, posted, covered for others and missed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SlotTally {
    /// Slots it was the leader of.
    pub led: u64,
    /// Of those, slots where it posted.
    pub posted: u64,
    /// Slots led by another where it posted the first batch (a backup covering).
    pub covered: u64,
    /// Slots it led where it posted nothing.
    pub missed: u64,
}

/// What happened in one slot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SlotRow {
    /// Slot number.
    pub slot: u64,
    /// Its leader.
    pub leader: Option<u8>,
    /// Who posted its first batch (`None`: nobody, or only the escape hatch).
    pub poster: Option<u8>,
    /// Batches posted in it.
    pub batches: u32,
}

/// Gas per data kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct KindTotals {
    batches: u64,
    costed: u64,
    gas: u128,
    blob_gas: u128,
    /// L2 transactions of the batches whose cost and count are both known.
    txs: u64,
    /// Gas of those batches.
    counted_gas: u128,
    counted_blob_gas: u128,
}

impl KindTotals {
    /// Counts a batch's cost, and its transactions when they are counted already.
    fn add_cost(&mut self, cost: BatchCost, count: Option<u32>) {
        self.costed += 1;
        self.gas += u128::from(cost.gas_used);
        self.blob_gas += u128::from(cost.blob_gas_used);
        if let Some(count) = count {
            self.add_counted(cost, count);
        }
    }

    /// Counts the transactions of a batch whose cost is known.
    fn add_counted(&mut self, cost: BatchCost, count: u32) {
        self.txs += u64::from(count);
        self.counted_gas += u128::from(cost.gas_used);
        self.counted_blob_gas += u128::from(cost.blob_gas_used);
    }
}

/// What the keeper's round hands the dashboard.
#[derive(Clone, Debug, Default)]
pub struct IndexUpdate {
    /// The index was rewound: forget everything recorded after this block (`Some(None)`: everything).
    pub rewound_to: Option<Option<u64>>,
    /// Batches recorded since the last update, in order (after a rewind: every batch past the fork point).
    pub batches: Vec<RecordedBatch>,
    /// Forced entries queued since the last update, in order.
    pub entries: Vec<QueuedEntry>,
    /// L1 head.
    pub head: u64,
    /// Indexed through this block.
    pub indexed: u64,
    /// Whether the escape hatch is open at the indexed block.
    pub escape_hatch_open: bool,
    /// The operators' feeds.
    pub feeds: Vec<FeedHealth>,
}

/// The dashboard's state.
#[derive(Debug)]
pub struct Board {
    schedule: Schedule,
    params: Params,
    registry: Address,
    inbox: Address,
    /// L1 head.
    pub head: u64,
    /// Indexed through this block.
    pub indexed: u64,
    escape_hatch_open: bool,
    /// Recorded batches; position = batch number.
    batches: Vec<BatchRow>,
    /// Batches signed by each signer (zero: escape-hatch and forced-only batches).
    batches_by: HashMap<Address, u64>,
    /// Forced entries; position = queue index.
    entries: Vec<EntryRow>,
    /// Every slash, in block order.
    slashes: Vec<SlashRow>,
    operators: BTreeMap<u8, OperatorRecord>,
    /// Member bitmaps of epochs that can no longer change.
    members: BTreeMap<u32, u128>,
    feeds: Vec<FeedHealth>,
    /// Slots `< tallied_through` are in the tallies.
    tallied_through: u64,
    tallies: BTreeMap<u8, SlotTally>,
    recent_slots: VecDeque<SlotRow>,
    kinds: [KindTotals; 4],
    /// Whether an inclusion probe runs.
    probe_enabled: bool,
    /// The newest probes, oldest first (at most [`MAX_PROBES`]).
    probes: VecDeque<ProbeRow>,
    /// Sends refused per node, and the last reason.
    probe_refusals: BTreeMap<String, (u64, String)>,
    /// Bumped at every change; clients compare it to refetch.
    pub version: u64,
}

impl Board {
    /// An empty board for a deployment.
    pub fn new(schedule: Schedule, params: Params, registry: Address, inbox: Address) -> Self {
        Self {
            schedule,
            params,
            registry,
            inbox,
            head: 0,
            indexed: 0,
            escape_hatch_open: false,
            batches: Vec::new(),
            batches_by: HashMap::new(),
            entries: Vec::new(),
            slashes: Vec::new(),
            operators: BTreeMap::new(),
            members: BTreeMap::new(),
            feeds: Vec::new(),
            tallied_through: 0,
            tallies: BTreeMap::new(),
            recent_slots: VecDeque::new(),
            kinds: [KindTotals::default(); 4],
            probe_enabled: false,
            probes: VecDeque::new(),
            probe_refusals: BTreeMap::new(),
            version: 0,
        }
    }

    /// The deployment's schedule.
    pub fn schedule(&self) -> &Schedule {
        &self.schedule
    }

    /// Applies what the keeper indexed. A rewind drops every batch, entry and slash after the fork point, and
    /// the slot tallies (recounted from what is left).
    pub fn apply(&mut self, update: IndexUpdate) {
        let changed = update.rewound_to.is_some()
            || !update.batches.is_empty()
            || !update.entries.is_empty()
            || (update.head, update.indexed, update.escape_hatch_open)
                != (self.head, self.indexed, self.escape_hatch_open)
            || update.feeds != self.feeds;
        if let Some(fork) = update.rewound_to {
            let keep = fork.map_or(0, |n| n + 1);
            for dropped in self.batches.iter().filter(|b| b.block >= keep) {
                if let Some(count) = self.batches_by.get_mut(&dropped.sequencer) {
                    *count -= 1;
                }
            }
            self.batches.retain(|b| b.block < keep);
            self.entries.retain(|e| e.block < keep);
            self.slashes.retain(|s| s.block < keep);
            for entry in &mut self.entries {
                if entry.included.is_some_and(|(_, block)| block >= keep) {
                    entry.included = None;
                }
            }
            for probe in &mut self.probes {
                if probe.included.as_ref().is_some_and(|i| i.block >= keep) {
                    probe.included = None;
                    probe.passed_over.clear();
                }
            }
            // Member sets were read at a head that no longer is; read them again.
            self.members.clear();
            self.recount_kinds();
            self.reset_tallies();
        }
        for entry in update.entries {
            if entry.index != self.entries.len() as u64 {
                continue; // already applied (an update repeated after a failed round)
            }
            self.entries.push(EntryRow {
                index: entry.index,
                sender: entry.sender,
                block: entry.block,
                deadline: entry.deadline,
                included: None,
            });
        }
        for batch in &update.batches {
            if batch.header.batchNumber != self.batches.len() as u64 {
                continue;
            }
            let row = BatchRow::from(batch);
            for index in row.queue_start..row.queue_end {
                if let Some(entry) = self.entries.get_mut(index as usize) {
                    entry.included = Some((row.number, row.block));
                }
            }
            if let Some(totals) = self.kinds.get_mut(usize::from(row.kind)) {
                totals.batches += 1;
            }
            *self.batches_by.entry(row.sequencer).or_default() += 1;
            self.batches.push(row);
        }
        self.head = update.head;
        self.indexed = update.indexed;
        self.escape_hatch_open = update.escape_hatch_open;
        self.feeds = update.feeds;
        self.tally_slots();
        // An idle round changes nothing: clients are not told to refetch.
        self.version += u64::from(changed);
    }

    /// Batches whose receipt is not fetched yet (newest first: the live view matters most), at most `limit`.
    pub fn batches_without_cost(&self, limit: usize) -> Vec<(u64, B256, B256)> {
        self.batches
            .iter()
            .rev()
            .filter(|b| b.cost.is_none())
            .take(limit)
            .map(|b| (b.number, b.block_hash, b.tx))
            .collect()
    }

    /// Batches whose L2 transactions are not counted yet and whose data was not given up on (newest first), at
    /// most `limit`.
    pub fn batches_without_count(&self, limit: usize) -> Vec<RecordedBatch> {
        self.batches
            .iter()
            .rev()
            .filter(|b| b.tx_count.is_none() && b.count_attempts < MAX_COUNT_ATTEMPTS)
            .take(limit)
            .map(|b| b.recorded.clone())
            .collect()
    }

    /// Notes a failed read of a batch's data.
    pub fn count_failed(&mut self, number: u64, block_hash: B256) {
        if let Some(row) = self.batches.get_mut(number as usize).filter(|r| r.block_hash == block_hash) {
            row.count_attempts = row.count_attempts.saturating_add(1);
        }
    }

    /// Records a batch's cost, if the batch is still the one fetched for (`block_hash`).
    pub fn set_cost(&mut self, number: u64, block_hash: B256, cost: BatchCost) {
        let Some(row) = self.batches.get_mut(number as usize) else { return };
        if row.block_hash != block_hash || row.cost.is_some() {
            return;
        }
        row.cost = Some(cost);
        self.kinds[usize::from(row.kind).min(3)].add_cost(cost, row.tx_count);
        self.version += 1;
    }

    /// Records how many L2 transactions a batch carries.
    pub fn set_tx_count(&mut self, number: u64, block_hash: B256, count: u32) {
        let Some(row) = self.batches.get_mut(number as usize) else { return };
        if row.block_hash != block_hash || row.tx_count.is_some() {
            return;
        }
        row.tx_count = Some(count);
        if let Some(cost) = row.cost {
            self.kinds[usize::from(row.kind).min(3)].add_counted(cost, count);
        }
        self.version += 1;
    }

    /// Turns the probe panel on.
    pub fn enable_probe(&mut self) {
        self.probe_enabled = true;
    }

    /// Records a probe the node at `node` accepted, sent when the L1 head was `head`.
    pub fn probe_sent(&mut self, hash: B256, node: &str, head: u64) {
        self.probes.push_back(ProbeRow {
            hash,
            node: node.to_owned(),
            sent_block: head,
            included: None,
            passed_over: Vec::new(),
        });
        if self.probes.len() > MAX_PROBES {
            self.probes.pop_front();
        }
        self.version += 1;
    }

    /// Records a probe the node at `node` refused (or did not answer).
    pub fn probe_refused(&mut self, node: &str, reason: String) {
        let entry = self.probe_refusals.entry(node.to_owned()).or_default();
        entry.0 += 1;
        entry.1 = reason;
        self.version += 1;
    }

    /// Notes which probes batch `number` (appended in `block_hash`) carries, among its transaction `hashes`; for
    /// each, every bonded operator that posted a batch before it, in a slot that began at least two blocks after the
    /// probe was sent (its leader builds the batch in the block before the slot: it had the probe), passed it over.
    pub fn probes_included(&mut self, number: u64, block_hash: B256, hashes: &[B256]) {
        let Some(batch) = self.batches.get(number as usize).filter(|b| b.block_hash == block_hash) else {
            return;
        };
        let (batch_block, poster) = (batch.block, batch.sequencer);
        let ids = self.id_of_signer();
        let mut changed = false;
        for probe in self.probes.iter_mut().filter(|p| p.included.is_none() && hashes.contains(&p.hash)) {
            let first = self.batches.partition_point(|b| b.block <= probe.sent_block);
            // Empty when the head read at sending lagged the chain (`first` past this batch): nobody is blamed.
            let mut passed_over: Vec<(u8, u64)> = self
                .batches
                .get(first..number as usize)
                .unwrap_or_default()
                .iter()
                .filter(|b| self.schedule.slot_start(b.slot) > probe.sent_block + 1)
                .filter_map(|b| ids.get(&b.sequencer).map(|id| (*id, b.slot)))
                .collect();
            passed_over.dedup();
            probe.passed_over = passed_over.into_iter().map(|(id, _)| id).collect();
            probe.included = Some(ProbeInclusion {
                batch: number,
                block: batch_block,
                by: ids.get(&poster).copied(),
                delay: batch_block.saturating_sub(probe.sent_block),
            });
            changed = true;
        }
        self.version += u64::from(changed);
    }

    fn recount_kinds(&mut self) {
        self.kinds = [KindTotals::default(); 4];
        for row in &self.batches {
            let totals = &mut self.kinds[usize::from(row.kind).min(3)];
            totals.batches += 1;
            if let Some(cost) = row.cost {
                totals.add_cost(cost, row.tx_count);
            }
        }
    }

    /// Adds slashes read from the registry (in block order, after every one held).
    pub fn add_slashes(&mut self, slashes: Vec<SlashRow>) {
        if !slashes.is_empty() {
            self.slashes.extend(slashes);
            self.version += 1;
        }
    }

    /// The block after the newest slash held, from where the registry's logs are read next.
    pub fn slashes_known_through(&self) -> Option<u64> {
        self.slashes.last().map(|s| s.block)
    }

    /// Replaces the registry's operator records.
    pub fn set_operators(&mut self, operators: Vec<OperatorRecord>) {
        let operators: BTreeMap<u8, OperatorRecord> = operators.into_iter().map(|o| (o.id, o)).collect();
        if operators != self.operators {
            self.operators = operators;
            // A signer seen for the first time may have posted slots already counted as nobody's.
            self.reset_tallies();
            self.tally_slots();
            self.version += 1;
        }
    }

    /// Epochs whose member set the tallies or the lookahead need and the board lacks: every epoch from the first
    /// untallied slot's through the one after the current (whose set is fixed two epochs ahead).
    pub fn epochs_needed(&self) -> Vec<u32> {
        let current = self.schedule.epoch_of(self.schedule.slot_at(self.head));
        let first = self.schedule.epoch_of(self.tallied_through);
        (first..=current.saturating_add(1)).filter(|e| !self.members.contains_key(e)).collect()
    }

    /// Records the member set of `epoch`.
    pub fn set_members(&mut self, epoch: u32, members: u128) {
        self.members.insert(epoch, members);
        self.tally_slots();
        self.version += 1;
    }

    fn reset_tallies(&mut self) {
        self.tallied_through = 0;
        self.tallies.clear();
        self.recent_slots.clear();
    }

    fn id_of_signer(&self) -> HashMap<Address, u8> {
        self.operators.values().map(|o| (o.signer, o.id)).collect()
    }

    /// Counts every slot that has ended at the indexed block and whose member set is known.
    fn tally_slots(&mut self) {
        let ids = self.id_of_signer();
        // Slots end at the indexed block: the last complete one is the one before the indexed block's slot, or
        // that slot itself when the indexed block is its last.
        let complete = self.schedule.slot_at(self.indexed + 1);
        let mut next_batch = self.batches.partition_point(|b| b.slot < self.tallied_through);
        while self.tallied_through < complete {
            let slot = self.tallied_through;
            let Some(&members) = self.members.get(&self.schedule.epoch_of(slot)) else { break };
            let leader = self.schedule.leader(slot, members);
            let mut poster = None;
            let mut batches = 0u32;
            let mut posted_by = Vec::new();
            while let Some(batch) = self.batches.get(next_batch).filter(|b| b.slot == slot) {
                batches += 1;
                if let Some(&id) = ids.get(&batch.sequencer) {
                    poster.get_or_insert(id);
                    posted_by.push(id);
                }
                next_batch += 1;
            }
            if let Some(leader) = leader {
                let tally = self.tallies.entry(leader).or_default();
                tally.led += 1;
                if posted_by.contains(&leader) {
                    tally.posted += 1;
                } else {
                    tally.missed += 1;
                }
            }
            if let Some(first) = poster.filter(|p| Some(*p) != leader) {
                self.tallies.entry(first).or_default().covered += 1;
            }
            self.recent_slots.push_back(SlotRow { slot, leader, poster, batches });
            if self.recent_slots.len() > RECENT_SLOTS {
                self.recent_slots.pop_front();
            }
            self.tallied_through += 1;
        }
    }
}

/// One probe transaction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProbeRow {
    /// L2 transaction hash.
    pub hash: B256,
    /// The node it was sent to.
    pub node: String,
    /// L1 head when it was sent.
    pub sent_block: u64,
    /// Where it landed.
    pub included: Option<ProbeInclusion>,
    /// Operators that passed it over: posted a batch without it in a slot begun at least two blocks after it was sent
    /// (one entry per slot).
    pub passed_over: Vec<u8>,
}

/// Where a probe landed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProbeInclusion {
    /// Batch number.
    pub batch: u64,
    /// L1 block of that batch.
    pub block: u64,
    /// The operator that posted it (`None`: the escape hatch or a keeper's forced batch).
    pub by: Option<u8>,
    /// Blocks from sent to included.
    pub delay: u64,
}

// ---- The answers of the JSON API ----

/// `GET /api/now`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Now {
    /// Board version.
    pub version: u64,
    /// L1 head.
    pub head: u64,
    /// Indexed through.
    pub indexed: u64,
    /// Slot of the next block.
    pub slot: u64,
    /// Its epoch.
    pub epoch: u32,
    /// Blocks per slot.
    pub slot_length: u64,
    /// Slots per epoch.
    pub slots_per_epoch: u64,
    /// Blocks until the slot ends.
    pub blocks_left_in_slot: u64,
    /// Leader first, then backups, of the current slot (empty without members).
    pub order: Vec<u8>,
    /// The coming slots whose order is known (the rest of this epoch and the next: fixed two epochs ahead).
    pub lookahead: Vec<LookaheadSlot>,
    /// Recent slots and who posted them.
    pub recent: Vec<SlotRow>,
    /// Escape hatch.
    pub escape_hatch: EscapeHatch,
    /// Batches recorded.
    pub batches: u64,
    /// Forced entries queued.
    pub queue_length: u64,
    /// Forced entries included.
    pub queue_head: u64,
}

/// One coming slot.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LookaheadSlot {
    /// Slot number.
    pub slot: u64,
    /// Its epoch.
    pub epoch: u32,
    /// First block.
    pub start_block: u64,
    /// Leader, then backups.
    pub order: Vec<u8>,
}

/// The escape hatch's state.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EscapeHatch {
    /// Anyone may post now.
    pub open: bool,
    /// Block of the last batch a bonded sequencer posted (genesis when none).
    pub last_sequenced_block: u64,
    /// Block from which it opens if no bonded sequencer posts before.
    pub opens_at_block: u64,
}

/// One row of `GET /api/operators`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OperatorView {
    /// The registry's record.
    #[serde(flatten)]
    pub record: OperatorRecord,
    /// Slots led, posted, covered, missed.
    pub slots: SlotTally,
    /// Batches it signed.
    pub batches: u64,
    /// Faults proven against it.
    pub faults: u64,
    /// Bond taken by them, wei.
    #[serde(serialize_with = "decimal")]
    pub penalties: U256,
    /// Its feed, when the keeper reads one that served its headers.
    pub feed: Option<FeedHealth>,
    /// Batches it posted without a waiting probe, in slots begun after the probe was sent.
    pub probes_passed_over: u64,
}

/// `GET /api/operators`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Operators {
    /// Board version.
    pub version: u64,
    /// Every operator.
    pub operators: Vec<OperatorView>,
    /// Every feed the keeper reads (also those no operator's header came from yet).
    pub feeds: Vec<FeedHealth>,
    /// Slots counted so far (those ended at the indexed block).
    pub slots_counted: u64,
}

/// One forced entry in `GET /api/forced`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EntryView {
    /// Queue index.
    pub index: u64,
    /// Who queued it.
    pub sender: Address,
    /// Block queued.
    pub block: u64,
    /// Deadline block.
    pub deadline: u64,
    /// `pending`, `overdue` (deadline passed, not included) or `included`.
    pub state: &'static str,
    /// Blocks until the deadline (negative: overdue), for pending and overdue ones.
    pub blocks_left: Option<i64>,
    /// The batch that included it.
    pub batch: Option<u64>,
    /// Blocks from queued to included.
    pub delay: Option<u64>,
}

/// Percentiles of a set of delays, in blocks.
#[derive(Debug, Default, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Percentiles {
    /// How many.
    pub count: u64,
    /// Median.
    pub p50: Option<u64>,
    /// 95th.
    pub p95: Option<u64>,
    /// 99th.
    pub p99: Option<u64>,
    /// Largest.
    pub max: Option<u64>,
}

impl Percentiles {
    /// Nearest-rank percentiles of `values`.
    pub fn of(mut values: Vec<u64>) -> Self {
        values.sort_unstable();
        let rank = |p: u64| -> Option<u64> {
            if values.is_empty() {
                return None;
            }
            let n = values.len() as u64;
            let index = (p * n).div_ceil(100).clamp(1, n) - 1;
            values.get(index as usize).copied()
        };
        Self {
            count: values.len() as u64,
            p50: rank(50),
            p95: rank(95),
            p99: rank(99),
            max: values.last().copied(),
        }
    }
}

/// `GET /api/forced`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Forced {
    /// Board version.
    pub version: u64,
    /// The window the percentiles cover, in blocks back from the indexed block (`null`: all history).
    pub window: Option<u64>,
    /// Enqueue-to-inclusion delays of entries included in the window.
    pub delays: Percentiles,
    /// Entries: pending and overdue ones first (oldest first), then the newest included ones, up to the limit.
    pub entries: Vec<EntryView>,
    /// Entries ever queued.
    pub total: u64,
    /// Not yet included.
    pub pending: u64,
    /// Past their deadline and not included.
    pub overdue: u64,
    /// `[inclusion block, delay]` of the entries included in the window, oldest first (the chart).
    pub series: Vec<[u64; 2]>,
    /// Censorship slashes.
    pub censorship: Vec<SlashRow>,
    /// Compensation those paid to users, wei.
    #[serde(serialize_with = "decimal")]
    pub compensation_paid: U256,
}

/// `GET /api/faults`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Faults {
    /// Board version.
    pub version: u64,
    /// Every slash, newest first.
    pub slashes: Vec<SlashRow>,
    /// Sum of penalties, wei.
    #[serde(serialize_with = "decimal")]
    pub penalties: U256,
    /// Sum of bounties, wei.
    #[serde(serialize_with = "decimal")]
    pub bounties: U256,
    /// Sum of compensation, wei.
    #[serde(serialize_with = "decimal")]
    pub compensation: U256,
}

/// One batch in `GET /api/cost`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CostPoint {
    /// Batch number.
    pub batch: u64,
    /// L1 block.
    pub block: u64,
    /// Data kind name.
    pub kind: &'static str,
    /// Execution gas.
    pub gas_used: u64,
    /// Blob gas.
    pub blob_gas_used: u64,
    /// L2 transactions, when counted.
    pub tx_count: Option<u32>,
    /// Execution gas per L2 transaction.
    pub gas_per_tx: Option<u64>,
}

/// Totals of one data kind.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KindCost {
    /// Data kind name.
    pub kind: &'static str,
    /// Batches recorded.
    pub batches: u64,
    /// Of those, with a known cost.
    pub costed: u64,
    /// Average execution gas per batch.
    pub gas_per_batch: Option<u64>,
    /// Execution gas per L2 transaction (over batches with both figures).
    pub gas_per_tx: Option<u64>,
    /// Blob gas per L2 transaction.
    pub blob_gas_per_tx: Option<u64>,
    /// L2 transactions counted.
    pub txs: u64,
}

/// `GET /api/cost`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Cost {
    /// Board version.
    pub version: u64,
    /// Per data kind.
    pub by_kind: Vec<KindCost>,
    /// The newest batches with a known cost, oldest first.
    pub series: Vec<CostPoint>,
}

/// One statement of `GET /api/trust`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TrustItem {
    /// What it is about.
    pub topic: &'static str,
    /// The statement, from the deployed parameters.
    pub text: String,
    /// `good`, `warning` or `info`.
    pub level: &'static str,
}

/// `GET /api/trust`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Trust {
    /// Registry address.
    pub registry: Address,
    /// Inbox address.
    pub inbox: Address,
    /// The statements.
    pub items: Vec<TrustItem>,
}

/// Probe figures of one node.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProbeNode {
    /// The node's URL.
    pub node: String,
    /// The operator whose headers its feed serves, if known.
    pub operator: Option<u8>,
    /// Probes it accepted (of those remembered).
    pub sent: u64,
    /// Of those, on L1.
    pub included: u64,
    /// Sends it refused or did not answer.
    pub refused: u64,
    /// Why the last one was refused.
    pub last_refusal: Option<String>,
    /// Sent-to-L1 delays of its included probes, in blocks.
    pub delays: Percentiles,
    /// Blocks the oldest probe still waiting has waited.
    pub oldest_pending: Option<u64>,
}

/// `GET /api/probe`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Probe {
    /// Board version.
    pub version: u64,
    /// Whether the keeper runs a probe (`--probe-key`).
    pub enabled: bool,
    /// Per node.
    pub nodes: Vec<ProbeNode>,
    /// `[operator, batches that passed a probe over]`, most first.
    pub passed_over: Vec<[u64; 2]>,
    /// `[sent block, delay, node index]` of included probes, oldest first (the chart).
    pub series: Vec<[u64; 3]>,
}

impl Board {
    /// `GET /api/probe`.
    pub fn probe(&self) -> Probe {
        let mut nodes: BTreeMap<&str, (Vec<u64>, u64, Option<u64>)> = BTreeMap::new();
        for url in self.probe_refusals.keys() {
            nodes.entry(url.as_str()).or_default();
        }
        let mut passed: BTreeMap<u8, u64> = BTreeMap::new();
        for probe in &self.probes {
            let node = nodes.entry(probe.node.as_str()).or_default();
            node.1 += 1;
            match &probe.included {
                Some(i) => node.0.push(i.delay),
                None => {
                    let waited = self.indexed.saturating_sub(probe.sent_block);
                    node.2 = Some(node.2.map_or(waited, |w: u64| w.max(waited)));
                }
            }
            for id in &probe.passed_over {
                *passed.entry(*id).or_default() += 1;
            }
        }
        let names: Vec<&str> = nodes.keys().copied().collect();
        let series = self
            .probes
            .iter()
            .filter_map(|p| {
                let i = p.included.as_ref()?;
                let node = names.iter().position(|n| *n == p.node)? as u64;
                Some([p.sent_block, i.delay, node])
            })
            .collect();
        let mut passed_over: Vec<[u64; 2]> = passed.into_iter().map(|(id, n)| [u64::from(id), n]).collect();
        passed_over.sort_by_key(|[id, n]| (std::cmp::Reverse(*n), *id));
        let ids = self.id_of_signer();
        Probe {
            version: self.version,
            enabled: self.probe_enabled,
            nodes: nodes
                .into_iter()
                .map(|(url, (delays, sent, oldest_pending))| {
                    let refusal = self.probe_refusals.get(url);
                    ProbeNode {
                        node: url.to_owned(),
                        operator: self
                            .feeds
                            .iter()
                            .find(|f| f.url == url)
                            .and_then(|f| f.signer)
                            .and_then(|s| ids.get(&s).copied()),
                        sent,
                        included: delays.len() as u64,
                        refused: refusal.map_or(0, |r| r.0),
                        last_refusal: refusal.map(|r| r.1.clone()),
                        delays: Percentiles::of(delays),
                        oldest_pending,
                    }
                })
                .collect(),
            passed_over,
            series,
        }
    }

    /// `GET /api/now`.
    pub fn now(&self) -> Now {
        let next_block = self.head + 1;
        let slot = self.schedule.slot_at(next_block);
        let epoch = self.schedule.epoch_of(slot);
        let order_of = |s: u64| {
            self.members
                .get(&self.schedule.epoch_of(s))
                .map(|&m| self.schedule.order(s, m))
                .unwrap_or_default()
        };
        let last_slot = self.schedule.epoch_first_slot(epoch.saturating_add(2)).saturating_sub(1);
        let lookahead = (slot + 1..=last_slot)
            .filter(|s| self.members.contains_key(&self.schedule.epoch_of(*s)))
            .map(|s| LookaheadSlot {
                slot: s,
                epoch: self.schedule.epoch_of(s),
                start_block: self.schedule.slot_start(s),
                order: order_of(s),
            })
            .collect();
        let last_sequenced = self
            .batches
            .iter()
            .rev()
            .find(|b| b.sequencer != Address::ZERO)
            .map_or(self.schedule.params.genesis_block, |b| b.block);
        Now {
            version: self.version,
            head: self.head,
            indexed: self.indexed,
            slot,
            epoch,
            slot_length: self.schedule.params.slot_length,
            slots_per_epoch: self.schedule.params.slots_per_epoch,
            blocks_left_in_slot: self.schedule.slot_start(slot + 1).saturating_sub(next_block),
            order: order_of(slot),
            lookahead,
            recent: self.recent_slots.iter().rev().take(64).cloned().collect(),
            escape_hatch: EscapeHatch {
                open: self.escape_hatch_open,
                last_sequenced_block: last_sequenced,
                opens_at_block: last_sequenced + u64::from(self.params.escape_delay),
            },
            batches: self.batches.len() as u64,
            queue_length: self.entries.len() as u64,
            queue_head: self.batches.last().map_or(0, |b| b.queue_end),
        }
    }

    /// `GET /api/operators`.
    pub fn operators(&self) -> Operators {
        let mut passed_over: HashMap<u8, u64> = HashMap::new();
        for id in self.probes.iter().flat_map(|p| &p.passed_over) {
            *passed_over.entry(*id).or_default() += 1;
        }
        let operators = self
            .operators
            .values()
            .map(|record| {
                let slashes = self.slashes.iter().filter(|s| s.operator == record.id);
                OperatorView {
                    slots: self.tallies.get(&record.id).copied().unwrap_or_default(),
                    batches: self.batches_by.get(&record.signer).copied().unwrap_or(0),
                    faults: slashes.clone().count() as u64,
                    penalties: slashes.map(|s| s.penalty).sum(),
                    feed: self.feeds.iter().find(|f| f.signer == Some(record.signer)).cloned(),
                    probes_passed_over: passed_over.get(&record.id).copied().unwrap_or(0),
                    record: record.clone(),
                }
            })
            .collect();
        Operators {
            version: self.version,
            operators,
            feeds: self.feeds.clone(),
            slots_counted: self.tallied_through,
        }
    }

    /// `GET /api/forced`: percentiles over entries included in the last `window` blocks (all when `None`), and at
    /// most `limit` entries listed (capped at [`MAX_LISTED_ENTRIES`]).
    pub fn forced(&self, window: Option<u64>, limit: usize) -> Forced {
        let limit = limit.min(MAX_LISTED_ENTRIES);
        let since = window.map_or(0, |w| self.indexed.saturating_sub(w));
        let mut series = Vec::new();
        let mut delays = Vec::new();
        let (mut pending, mut overdue) = (0, 0);
        let mut listed = Vec::new();
        for entry in &self.entries {
            match entry.included {
                Some((_, block)) => {
                    if block >= since {
                        let delay = block.saturating_sub(entry.block);
                        delays.push(delay);
                        series.push([block, delay]);
                    }
                }
                None => {
                    pending += 1;
                    let late = entry.deadline < self.indexed;
                    overdue += u64::from(late);
                    if listed.len() < limit {
                        listed.push(self.entry_view(entry));
                    }
                }
            }
        }
        for entry in self.entries.iter().rev().filter(|e| e.included.is_some()) {
            if listed.len() >= limit {
                break;
            }
            listed.push(self.entry_view(entry));
        }
        series.sort_unstable();
        let censorship: Vec<SlashRow> =
            self.slashes.iter().filter(|s| s.fault == Fault::Censorship as u8).cloned().collect();
        Forced {
            version: self.version,
            window,
            delays: Percentiles::of(delays),
            entries: listed,
            total: self.entries.len() as u64,
            pending,
            overdue,
            series,
            compensation_paid: censorship.iter().map(|s| s.compensation).sum(),
            censorship,
        }
    }

    fn entry_view(&self, entry: &EntryRow) -> EntryView {
        let state = match entry.included {
            Some(_) => "included",
            None if entry.deadline < self.indexed => "overdue",
            None => "pending",
        };
        EntryView {
            index: entry.index,
            sender: entry.sender,
            block: entry.block,
            deadline: entry.deadline,
            state,
            blocks_left: entry.included.is_none().then(|| entry.deadline as i64 - self.indexed as i64),
            batch: entry.included.map(|(b, _)| b),
            delay: entry.included.map(|(_, block)| block.saturating_sub(entry.block)),
        }
    }

    /// `GET /api/faults`.
    pub fn faults(&self) -> Faults {
        Faults {
            version: self.version,
            slashes: self.slashes.iter().rev().cloned().collect(),
            penalties: self.slashes.iter().map(|s| s.penalty).sum(),
            bounties: self.slashes.iter().map(|s| s.bounty).sum(),
            compensation: self.slashes.iter().map(|s| s.compensation).sum(),
        }
    }

    /// `GET /api/cost`: the newest `limit` costed batches (at most [`MAX_COST_POINTS`]).
    pub fn cost(&self, limit: usize) -> Cost {
        let limit = limit.min(MAX_COST_POINTS);
        let mut series: Vec<CostPoint> = self
            .batches
            .iter()
            .rev()
            .filter_map(|b| {
                let cost = b.cost?;
                Some(CostPoint {
                    batch: b.number,
                    block: b.block,
                    kind: DATA_KINDS.get(usize::from(b.kind)).copied().unwrap_or("unknown"),
                    gas_used: cost.gas_used,
                    blob_gas_used: cost.blob_gas_used,
                    tx_count: b.tx_count,
                    gas_per_tx: b.tx_count.filter(|n| *n > 0).map(|n| cost.gas_used / u64::from(n)),
                })
            })
            .take(limit)
            .collect();
        series.reverse();
        let by_kind = DATA_KINDS
            .iter()
            .zip(self.kinds.iter())
            .map(|(kind, t)| KindCost {
                kind,
                batches: t.batches,
                costed: t.costed,
                gas_per_batch: (t.costed > 0).then(|| (t.gas / u128::from(t.costed)) as u64),
                gas_per_tx: (t.txs > 0).then(|| (t.counted_gas / u128::from(t.txs)) as u64),
                blob_gas_per_tx: (t.txs > 0).then(|| (t.counted_blob_gas / u128::from(t.txs)) as u64),
                txs: t.txs,
            })
            .collect();
        Cost { version: self.version, by_kind, series }
    }

    /// `GET /api/trust`: what a user must trust, in words, from the deployed parameters (checked against the
    /// registry's `params()` when the keeper started).
    pub fn trust(&self) -> Trust {
        let p = &self.params;
        let s = &self.schedule.params;
        let eth = |wei: U256| {
            let text = alloy::primitives::utils::format_ether(wei);
            text.trim_end_matches('0').trim_end_matches('.').to_owned()
        };
        let mut items = vec![
            TrustItem {
                topic: "Who can post",
                text: format!(
                    "Up to {} bonded operators (at least {} ETH each) rotate: each slot of {} blocks has one leader, \
                     and backups may post after {} blocks each if it does not. The order is public two epochs \
                     ({} slots each) ahead.",
                    p.max_sequencers,
                    eth(p.min_bond),
                    s.slot_length,
                    s.grace_blocks,
                    s.slots_per_epoch
                ),
                level: "info",
            },
            TrustItem {
                topic: "Forced inclusion",
                text: format!(
                    "Anyone may queue a transaction or deposit on L1; a batch must include it within {} blocks. \
                     After that, anyone may post it, and the leader who left it out loses {} ETH, {} ETH of it \
                     to the user.",
                    p.inclusion_window,
                    eth(p.censorship_penalty),
                    eth(p.censorship_compensation)
                ),
                level: "good",
            },
            TrustItem {
                topic: "Self-sequencing",
                text: format!(
                    "If no bonded operator posts for {} blocks, the escape hatch opens and anyone may post batches.",
                    p.escape_delay
                ),
                level: "good",
            },
            TrustItem {
                topic: "Exit vs fault window",
                text: format!(
                    "An operator's bond stays {} blocks after it asks to leave; faults are provable for {} blocks.",
                    p.exit_delay, p.fault_window
                ),
                level: if p.exit_delay > p.fault_window { "good" } else { "warning" },
            },
            TrustItem {
                topic: "Upgrades and admin",
                text: "No owner, no proxy, no pause: every parameter is fixed at deployment (`baton verify` checks \
                       the deployed code against this repository's)."
                    .to_owned(),
                level: "good",
            },
            TrustItem {
                topic: "Promises before L1",
                text: format!(
                    "A broken inclusion receipt costs its signer {} ETH when contradicted, {} ETH when unkept ({} \
                     ETH to the holder); two conflicting committee certificates eject every member that signed \
                     both, with its whole bond.",
                    eth(p.receipt_safety_penalty),
                    eth(p.receipt_liveness_penalty),
                    eth(p.receipt_compensation)
                ),
                level: "good",
            },
        ];
        if p.max_sequencers < 4 {
            items.push(TrustItem {
                topic: "Set size",
                text: format!(
                    "The roster holds at most {} operators: a small set can collude.",
                    p.max_sequencers
                ),
                level: "warning",
            });
        }
        Trust { registry: self.registry, inbox: self.inbox, items }
    }
}

#[cfg(test)]
mod tests {
    use baton_protocol::{header::BatchHeader, roster::Status, sample};

    use super::*;

    fn board() -> Board {
        let deployment: baton_protocol::deployment::Deployment =
            serde_json::from_str(sample::DEPLOYMENT_JSON).expect("sample deployment");
        Board::new(
            Schedule::for_deployment(&deployment, 100),
            deployment.params.clone(),
            deployment.registry,
            deployment.inbox,
        )
    }

    fn batch(number: u64, slot: u64, block: u64, sequencer: Address, queue: (u64, u64)) -> RecordedBatch {
        RecordedBatch {
            header: BatchHeader {
                batchNumber: number,
                slot,
                sequencer,
                queuePosition: queue.1,
                ..Default::default()
            },
            queue_start: queue.0,
            block,
            block_hash: B256::with_last_byte(block as u8),
            tx: B256::with_last_byte(number as u8),
            kind: 0,
        }
    }

    fn active(id: u8, signer: Address) -> OperatorRecord {
        OperatorRecord {
            id,
            owner: Address::ZERO,
            signer,
            bond: U256::ZERO,
            status: Status::Active.name().to_owned(),
            suspended: false,
            strikes: 0,
        }
    }

    fn entry(index: u64, block: u64, deadline: u64) -> QueuedEntry {
        QueuedEntry { index, deadline, sender: Address::repeat_byte(9), block, block_hash: B256::ZERO }
    }

    #[test]
    fn percentiles_are_nearest_rank() {
        let p = Percentiles::of((1..=100).collect());
        assert_eq!((p.p50, p.p95, p.p99, p.max), (Some(50), Some(95), Some(99), Some(100)));
        assert_eq!(Percentiles::of(vec![]), Percentiles::default());
        let one = Percentiles::of(vec![7]);
        assert_eq!((one.p50, one.p99), (Some(7), Some(7)));
    }

    #[test]
    fn forced_entries_get_their_including_batch_and_a_rewind_takes_it_back() {
        let mut board = board();
        board.apply(IndexUpdate {
            entries: vec![entry(0, 110, 140), entry(1, 112, 142), entry(2, 113, 143)],
            batches: vec![batch(0, 2, 120, Address::ZERO, (0, 2))],
            indexed: 150,
            head: 150,
            ..Default::default()
        });
        let forced = board.forced(None, MAX_LISTED_ENTRIES);
        assert_eq!((forced.total, forced.pending, forced.overdue), (3, 1, 1));
        assert_eq!(forced.delays.count, 2);
        assert_eq!(forced.series, vec![[120, 8], [120, 10]]);
        assert_eq!(forced.entries[0].state, "overdue", "pending and overdue entries come first");
        assert_eq!(forced.entries[0].blocks_left, Some(143 - 150));
        // A reorg drops the including batch: both entries are pending again.
        board.apply(IndexUpdate {
            rewound_to: Some(Some(119)),
            indexed: 119,
            head: 119,
            ..Default::default()
        });
        let forced = board.forced(None, MAX_LISTED_ENTRIES);
        assert_eq!((forced.total, forced.pending, forced.delays.count), (3, 3, 0));
        assert_eq!(board.now().batches, 0);
        // The window counts only inclusions inside it.
        board.apply(IndexUpdate {
            batches: vec![batch(0, 3, 125, Address::ZERO, (0, 3))],
            indexed: 1_000,
            head: 1_000,
            ..Default::default()
        });
        assert_eq!(board.forced(Some(10), MAX_LISTED_ENTRIES).delays.count, 0);
        assert_eq!(board.forced(Some(900), MAX_LISTED_ENTRIES).delays.count, 3);
    }

    #[test]
    fn slots_count_as_posted_covered_or_missed_once_they_end_and_their_members_are_known() {
        let mut board = board();
        let signer = |id: u8| Address::repeat_byte(id + 1);
        board.set_operators((0..3).map(|id| active(id, signer(id))).collect());
        let members = 0b111;
        let schedule = *board.schedule();
        let slot_length = schedule.params.slot_length;
        let leader = |slot: u64| schedule.leader(slot, members).expect("members");
        let other = |slot: u64| (leader(slot) + 1) % 3;
        // Slot 0: posted by its leader; slot 1: by a backup; slot 2: nobody; slot 3 still running.
        let start = |slot: u64| schedule.slot_start(slot);
        board.apply(IndexUpdate {
            batches: vec![
                batch(0, 0, start(0), signer(leader(0)), (0, 0)),
                batch(1, 1, start(1) + 1, signer(other(1)), (0, 0)),
            ],
            indexed: start(3) + slot_length / 2,
            head: start(3) + slot_length / 2,
            ..Default::default()
        });
        assert_eq!(board.operators().slots_counted, 0, "nothing is counted without the member set");
        assert!(board.epochs_needed().contains(&0));
        board.set_members(0, members);
        board.set_members(1, members);
        let view = board.operators();
        assert_eq!(view.slots_counted, 3, "the running slot is not counted");
        let tally = |id: u8| view.operators.iter().find(|o| o.record.id == id).expect("listed").slots;
        let mut expected: BTreeMap<u8, SlotTally> = BTreeMap::new();
        expected.entry(leader(0)).or_default().led += 1;
        expected.entry(leader(0)).or_default().posted += 1;
        expected.entry(leader(1)).or_default().led += 1;
        expected.entry(leader(1)).or_default().missed += 1;
        expected.entry(other(1)).or_default().covered += 1;
        expected.entry(leader(2)).or_default().led += 1;
        expected.entry(leader(2)).or_default().missed += 1;
        for id in 0..3 {
            assert_eq!(tally(id), expected.get(&id).copied().unwrap_or_default(), "operator {id}");
        }
        let now = board.now();
        assert_eq!(now.recent.len(), 3);
        assert_eq!(now.recent[0].slot, 2, "newest first");
        assert_eq!(now.recent[0].poster, None);
        assert_eq!(now.order, schedule.order(3, members));
        // A reorg that removes slot 1's batch turns the backup's cover into nothing.
        board.apply(IndexUpdate {
            rewound_to: Some(Some(start(1))),
            indexed: start(3),
            head: start(3),
            ..Default::default()
        });
        board.set_members(0, members);
        let view = board.operators();
        let covered: u64 = view.operators.iter().map(|o| o.slots.covered).sum();
        assert_eq!(covered, 0);
        let batches: Vec<u64> = view.operators.iter().map(|o| o.batches).collect();
        let mut expected = vec![0; 3];
        expected[usize::from(leader(0))] = 1;
        assert_eq!(batches, expected, "the batch of slot 1 was rewound; slot 0's stays");
        assert_eq!(view.operators.iter().map(|o| o.slots.led).sum::<u64>(), 3);
    }

    #[test]
    fn cost_per_kind_counts_only_batches_with_both_figures() {
        let mut board = board();
        let mut blob = batch(1, 0, 101, Address::ZERO, (0, 0));
        blob.kind = 1;
        board.apply(IndexUpdate {
            batches: vec![batch(0, 0, 100, Address::ZERO, (0, 0)), blob],
            indexed: 101,
            head: 101,
            ..Default::default()
        });
        let hash = |block: u64| B256::with_last_byte(block as u8);
        board.set_cost(0, hash(100), BatchCost { gas_used: 50_000, blob_gas_used: 0, gas_price: 1 });
        board.set_cost(1, hash(101), BatchCost { gas_used: 30_000, blob_gas_used: 131_072, gas_price: 1 });
        board.set_tx_count(0, hash(100), 10);
        board.set_tx_count(1, B256::repeat_byte(7), 4); // a batch that was reorged away: ignored
        let cost = board.cost(100);
        assert_eq!(cost.series.len(), 2);
        assert_eq!(cost.series[0].gas_per_tx, Some(5_000));
        assert_eq!(cost.by_kind[0].gas_per_tx, Some(5_000));
        assert_eq!(cost.by_kind[1].gas_per_batch, Some(30_000));
        assert_eq!(cost.by_kind[1].gas_per_tx, None, "no count yet");
        board.set_tx_count(1, hash(101), 4);
        assert_eq!(board.cost(100).by_kind[1].blob_gas_per_tx, Some(32_768));
    }

    /// Operators 0 and 1; a probe (`0xab…`) sent to node A when the head was `sent_at`, one refused by node B; then
    /// batches 0 to 2 in slots 1 to 3 (posted by operators 0, 1 and 0).
    fn probe_board(sent_at: impl Fn(&Schedule) -> u64) -> (Board, Schedule, B256) {
        let mut board = board();
        let signer = |id: u8| Address::repeat_byte(id + 1);
        board.set_operators((0..2).map(|id| active(id, signer(id))).collect());
        board.enable_probe();
        let schedule = *board.schedule();
        let start = |slot: u64| schedule.slot_start(slot);
        board.apply(IndexUpdate { head: start(1), indexed: start(1), ..Default::default() });
        let probe = B256::repeat_byte(0xab);
        board.probe_sent(probe, "http://node-a/", sent_at(&schedule));
        board.probe_refused("http://node-b/", "connection refused".into());
        board.apply(IndexUpdate {
            batches: vec![
                batch(0, 1, start(1) + 1, signer(0), (0, 0)),
                batch(1, 2, start(2) + 1, signer(1), (0, 0)),
                batch(2, 3, start(3) + 2, signer(0), (0, 0)),
            ],
            head: start(4),
            indexed: start(4),
            ..Default::default()
        });
        (board, schedule, probe)
    }

    #[test]
    fn a_probe_is_timed_to_its_batch_and_operators_that_posted_without_it_passed_it_over() {
        // Slot 1 (begun when the probe was sent): operator 0 posts without it and is not blamed; slot 2 (begun a slot
        // later): operator 1 posts without it and passed it over; slot 3: operator 0 carries it.
        let (mut board, schedule, probe) = probe_board(|s| s.slot_start(1));
        let start = |slot: u64| schedule.slot_start(slot);
        board.probes_included(2, B256::with_last_byte((start(3) + 2) as u8), &[B256::ZERO, probe]);
        let view = board.probe();
        assert!(view.enabled);
        let a = view.nodes.iter().find(|n| n.node == "http://node-a/").expect("listed");
        assert_eq!((a.sent, a.included, a.delays.p50), (1, 1, Some(start(3) + 2 - start(1))));
        let b = view.nodes.iter().find(|n| n.node == "http://node-b/").expect("listed");
        assert_eq!((b.sent, b.refused, b.last_refusal.as_deref()), (0, 1, Some("connection refused")));
        assert_eq!(view.passed_over, vec![[1, 1]]);
        let ops = board.operators();
        assert_eq!(ops.operators.iter().map(|o| o.probes_passed_over).collect::<Vec<_>>(), vec![0, 1]);
        // A probe carried by a batch at or before the head read when it was sent (a lagging endpoint) blames nobody.
        let (mut lagging, ..) = probe_board(|s| s.slot_start(3) + 5);
        lagging.probes_included(2, B256::with_last_byte((start(3) + 2) as u8), &[probe]);
        let view = lagging.probe();
        assert!(view.passed_over.is_empty());
        assert_eq!(view.nodes[0].delays.p50, Some(0));
        // A reorg that drops the carrying batch puts the probe back to waiting, and forgets who passed it over.
        board.apply(IndexUpdate {
            rewound_to: Some(Some(start(3))),
            head: start(3),
            indexed: start(3),
            ..Default::default()
        });
        let view = board.probe();
        assert!(view.passed_over.is_empty());
        assert_eq!(view.nodes[0].included, 0);
        assert_eq!(view.nodes[0].oldest_pending, Some(start(3) - start(1)));
    }

    #[test]
    fn wei_amounts_are_decimal_strings() {
        let mut board = board();
        let wei = U256::from(10u64).pow(U256::from(18)) * U256::from(3);
        board.add_slashes(vec![SlashRow {
            operator: 1,
            fault: Fault::Censorship as u8,
            kind: Fault::Censorship.label().to_owned(),
            evidence: B256::ZERO,
            penalty: wei,
            bounty: U256::from(5),
            reporter: Address::ZERO,
            compensation: U256::ZERO,
            victim: Address::ZERO,
            release_at: 0,
            block: 1,
            tx: B256::ZERO,
        }]);
        let faults = serde_json::to_value(board.faults()).expect("serializes");
        assert_eq!(faults["penalties"], "3000000000000000000");
        assert_eq!(faults["slashes"][0]["bounty"], "5");
        assert_eq!(
            serde_json::to_value(board.forced(None, MAX_LISTED_ENTRIES)).expect("serializes")["censorship"]
                [0]["penalty"],
            "3000000000000000000"
        );
    }

    #[test]
    fn trust_statements_come_from_the_parameters() {
        let board = board();
        let trust = board.trust();
        let forced = trust.items.iter().find(|i| i.topic == "Forced inclusion").expect("stated");
        assert!(forced.text.contains(&board.params.inclusion_window.to_string()));
        assert!(trust.items.iter().any(|i| i.topic == "Upgrades and admin"));
        let who = trust.items.iter().find(|i| i.topic == "Who can post").expect("stated");
        // The sample's minimum bond is 100 wei: ETH amounts print without trailing zeros.
        assert!(who.text.contains("at least 0.0000000000000001 ETH each"), "{}", who.text);
    }
}
