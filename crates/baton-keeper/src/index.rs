//! The keeper's view of the L1 record: every recorded batch header and forced entry, indexed from the
//! deployment block by chunked `eth_getLogs`, persisted with a cursor of block number and hash, and rewound
//! when a reorg replaces blocks it had indexed.

use std::collections::BTreeMap;

use alloy::{
    eips::BlockNumberOrTag,
    primitives::{Address, B256},
    providers::{DynProvider, Provider},
    rpc::types::Filter,
    sol_types::SolEvent,
};
use baton_bindings::batch_inbox::BatchInbox;
use baton_l1::convert;
use tracing::{info, warn};

use crate::store::{Chunk, Cursor, QueuedEntry, RecordedBatch, Snapshot, Store, StoreError};

/// Errors while indexing.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// The endpoint failed.
    #[error("rpc: {0}")]
    Rpc(#[from] alloy::transports::TransportError),
    /// The endpoint does not know a block it just reported.
    #[error("block {0} not found")]
    MissingBlock(u64),
    /// A log does not decode as the inbox ABI.
    #[error("undecodable {what} log in block {block}: {reason}")]
    Decode {
        /// The event.
        what: &'static str,
        /// The block.
        block: u64,
        /// Why.
        reason: String,
    },
    /// A log misses the block or transaction fields every mined log has.
    #[error("log without block or transaction fields")]
    PendingLog,
    /// The database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// In-memory mirror of the indexed record.
#[derive(Debug, Default)]
pub struct Index {
    /// Indexed up to here (inclusive).
    pub cursor: Option<Cursor>,
    /// Recorded batches by number.
    pub batches: BTreeMap<u64, RecordedBatch>,
    /// Forced entries by index.
    pub entries: BTreeMap<u64, QueuedEntry>,
    /// Batch numbers by slot.
    by_slot: BTreeMap<u64, Vec<u64>>,
}

impl Index {
    /// Rebuilds the index from what the store holds.
    pub fn from_snapshot(snapshot: &Snapshot) -> Self {
        let mut index =
            Self { cursor: snapshot.cursor, entries: snapshot.entries.clone(), ..Self::default() };
        for batch in snapshot.batches.values() {
            index.add_batch(batch.clone());
        }
        index
    }

    fn add_batch(&mut self, batch: RecordedBatch) {
        self.by_slot.entry(batch.header.slot).or_default().push(batch.header.batchNumber);
        self.batches.insert(batch.header.batchNumber, batch);
    }

    fn truncate(&mut self, keep_through: Option<u64>) {
        let keep = keep_through.map_or(0, |n| n + 1);
        self.batches.retain(|_, b| b.block < keep);
        self.entries.retain(|_, e| e.block < keep);
        let batches = &self.batches;
        self.by_slot.retain(|_, numbers| {
            numbers.retain(|n| batches.contains_key(n));
            !numbers.is_empty()
        });
    }

    /// Number of recorded batches (the next batch number).
    pub fn batch_count(&self) -> u64 {
        self.batches.last_key_value().map_or(0, |(n, _)| n + 1)
    }

    /// Forced-queue position after the latest batch.
    pub fn queue_head(&self) -> u64 {
        self.batches.last_key_value().map_or(0, |(_, b)| b.header.queuePosition)
    }

    /// Number of forced entries queued.
    pub fn queue_length(&self) -> u64 {
        self.entries.last_key_value().map_or(0, |(i, _)| i + 1)
    }

    /// Batches posted in `slot`, in order.
    pub fn batches_in_slot(&self, slot: u64) -> impl Iterator<Item = &RecordedBatch> {
        self.by_slot.get(&slot).into_iter().flatten().filter_map(|n| self.batches.get(n))
    }

    /// The last batch posted in a slot at or before `slot`.
    pub fn last_batch_through_slot(&self, slot: u64) -> Option<&RecordedBatch> {
        self.by_slot.range(..=slot).next_back().and_then(|(_, n)| n.last()).and_then(|n| self.batches.get(n))
    }

    /// The first batch posted in a slot after `slot`.
    pub fn first_batch_after_slot(&self, slot: u64) -> Option<&RecordedBatch> {
        self.by_slot
            .range(slot.saturating_add(1)..)
            .next()
            .and_then(|(_, n)| n.first())
            .and_then(|n| self.batches.get(n))
    }

    /// Block of the latest batch signed by a bonded sequencer (the escape hatch's clock), if any.
    pub fn last_sequenced_block(&self) -> Option<u64> {
        self.batches.values().rev().find(|b| b.header.sequencer != Address::ZERO).map(|b| b.block)
    }
}

/// Reads the inbox's logs into the store and the in-memory index.
#[derive(Debug, Clone)]
pub struct Collector {
    provider: DynProvider,
    inbox: Address,
    /// First block to index (the deployment's `genesisBlock()`).
    start: u64,
    /// Block span of one `eth_getLogs` request.
    chunk: u64,
}

/// What one sync did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SyncReport {
    /// Set when a reorg rewound the index: the block it was kept through (`None`: nothing survived).
    pub rewound_to: Option<Option<u64>>,
    /// Blocks newly indexed.
    pub blocks: u64,
    /// Logs newly indexed.
    pub logs: u64,
    /// Blocks dropped by a reorg.
    pub reorged: u64,
}

impl Collector {
    /// A collector of `inbox` logs from block `start`, `chunk` blocks per request.
    pub fn new(provider: DynProvider, inbox: Address, start: u64, chunk: u64) -> Self {
        Self { provider, inbox, start, chunk: chunk.max(1) }
    }

    async fn block_hash(&self, number: u64) -> Result<B256, IndexError> {
        let block = self
            .provider
            .get_block_by_number(BlockNumberOrTag::Number(number))
            .await?
            .ok_or(IndexError::MissingBlock(number))?;
        Ok(block.header.hash)
    }

    /// Indexes up to block `target`: first checks the cursor still is on the chain (rewinding to the fork point
    /// if not), then reads logs chunk by chunk, committing each chunk with its cursor.
    pub async fn sync(
        &self,
        store: &Store,
        index: &mut Index,
        target: u64,
    ) -> Result<SyncReport, IndexError> {
        let mut report = SyncReport::default();
        if let Some(cursor) = index.cursor {
            if self.block_hash(cursor.number).await? != cursor.hash {
                report.reorged = self.rewind(store, index, cursor).await?;
                report.rewound_to = Some(index.cursor.map(|c| c.number));
            }
        }
        loop {
            let from = index.cursor.map_or(self.start, |c| c.number + 1);
            if from > target {
                return Ok(report);
            }
            let to = target.min(from.saturating_add(self.chunk - 1));
            // The hash first: logs fetched after it can only be from the same or a newer fork, and a newer fork
            // shows up as a cursor mismatch on the next sync.
            let hash = self.block_hash(to).await?;
            let chunk = self.read(from, to, Cursor { number: to, hash }).await?;
            report.blocks += to - from + 1;
            report.logs += (chunk.batches.len() + chunk.entries.len()) as u64;
            store.apply_chunk(&chunk)?;
            for batch in chunk.batches {
                index.add_batch(batch);
            }
            for entry in chunk.entries {
                index.entries.insert(entry.index, entry);
            }
            index.cursor = Some(chunk.cursor);
        }
    }

    async fn read(&self, from: u64, to: u64, cursor: Cursor) -> Result<Chunk, IndexError> {
        let filter = Filter::new()
            .address(self.inbox)
            .event_signature(vec![
                BatchInbox::BatchAppended::SIGNATURE_HASH,
                BatchInbox::ForcedEntryQueued::SIGNATURE_HASH,
            ])
            .from_block(from)
            .to_block(to);
        let mut chunk = Chunk { cursor, ..Chunk::default() };
        for log in self.provider.get_logs(&filter).await? {
            if log.removed {
                continue;
            }
            let (Some(block), Some(block_hash), Some(tx)) =
                (log.block_number, log.block_hash, log.transaction_hash)
            else {
                return Err(IndexError::PendingLog);
            };
            match log.topic0() {
                Some(&BatchInbox::BatchAppended::SIGNATURE_HASH) => {
                    let event = BatchInbox::BatchAppended::decode_log_data(log.data()).map_err(|e| {
                        IndexError::Decode { what: "BatchAppended", block, reason: e.to_string() }
                    })?;
                    chunk.batches.push(RecordedBatch {
                        header: convert(&event.header),
                        queue_start: event.queueStart,
                        block,
                        block_hash,
                        tx,
                        kind: event.kind,
                    });
                }
                Some(&BatchInbox::ForcedEntryQueued::SIGNATURE_HASH) => {
                    let event = BatchInbox::ForcedEntryQueued::decode_log_data(log.data()).map_err(|e| {
                        IndexError::Decode { what: "ForcedEntryQueued", block, reason: e.to_string() }
                    })?;
                    chunk.entries.push(QueuedEntry {
                        index: event.index,
                        deadline: event.deadline,
                        sender: event.sender,
                        block,
                        block_hash,
                    });
                }
                _ => {}
            }
        }
        chunk.batches.sort_by_key(|b| b.header.batchNumber);
        chunk.entries.sort_by_key(|e| e.index);
        Ok(chunk)
    }

    /// Walks back over the stored block hashes to the newest one still on the chain and forgets everything
    /// indexed after it. Returns how many blocks were dropped.
    async fn rewind(&self, store: &Store, index: &mut Index, stale: Cursor) -> Result<u64, IndexError> {
        let mut below = stale.number;
        let fork_point = 'search: loop {
            let known = store.block_hashes_below(below, 256)?;
            if known.is_empty() {
                break None;
            }
            for (number, hash) in &known {
                if self.block_hash(*number).await? == *hash {
                    break 'search Some(Cursor { number: *number, hash: *hash });
                }
            }
            match known.last() {
                Some((0, _)) | None => break None,
                Some((oldest, _)) => below = oldest - 1,
            }
        };
        store.rewind(fork_point)?;
        index.truncate(fork_point.map(|c| c.number));
        index.cursor = fork_point;
        let dropped = stale.number - fork_point.map_or(self.start.saturating_sub(1), |c| c.number);
        let to = fork_point.map_or_else(|| "genesis".to_owned(), |c| c.number.to_string());
        warn!(from = stale.number, to, dropped, "reorg: rewound the index");
        if fork_point.is_none() {
            info!(
                start = self.start,
                "no indexed block survived the reorg; re-indexing from the deployment block"
            );
        }
        Ok(dropped)
    }
}
