//! The keeper's embedded database (redb). Everything the keeper knows survives `kill -9`: the L1 cursor
//! (block number and hash), the indexed batches and forced entries with the block each came from, the hashes
//! of those blocks (to find the fork point of a reorg), off-chain evidence and inclusion receipts, each feed's
//! cursor, and every action with its state and the exact signed transactions sent for it.
//!
//! Each method is one redb write transaction, so a crash leaves either all or nothing of a step.

use std::{collections::BTreeMap, path::Path};

use alloy::primitives::{Address, Bytes, B256};
use baton_protocol::{committee::CertifiedAttestation, receipt::SignedReceipt, BatchHeader};
use redb::{Database, ReadableDatabase, ReadableTable, TableDefinition};
use serde::{de::DeserializeOwned, Deserialize, Serialize};

use crate::action::ActionRecord;

const META: TableDefinition<'_, &str, &[u8]> = TableDefinition::new("meta");
const BLOCKS: TableDefinition<'_, u64, &[u8]> = TableDefinition::new("block_hashes");
const BATCHES: TableDefinition<'_, u64, &[u8]> = TableDefinition::new("batches");
const ENTRIES: TableDefinition<'_, u64, &[u8]> = TableDefinition::new("entries");
const EVIDENCE: TableDefinition<'_, &[u8], &[u8]> = TableDefinition::new("evidence");
const ACTIONS: TableDefinition<'_, &str, &[u8]> = TableDefinition::new("actions");
/// Receipts by `slot (8 bytes, big-endian) ‖ evidence digest`, so pruning by slot is a range delete.
const RECEIPTS: TableDefinition<'_, &[u8], &[u8]> = TableDefinition::new("receipts");
/// Committee certificates by `slot (8 bytes, big-endian) ‖ header hash ‖ signer bitmap (16 bytes)`, pruned by slot.
const CERTIFICATES: TableDefinition<'_, &[u8], &[u8]> = TableDefinition::new("certificates");

const CURSOR_KEY: &str = "cursor";

/// Errors of the keeper's database.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// redb failed (I/O, lock held by another process, corruption).
    #[error("database: {0}")]
    Db(#[from] redb::Error),
    /// A stored record does not decode.
    #[error("corrupt {what} record: {reason}")]
    Corrupt {
        /// The table.
        what: &'static str,
        /// The decoder's message.
        reason: String,
    },
}

fn dberr<E: Into<redb::Error>>(e: E) -> StoreError {
    StoreError::Db(e.into())
}

fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    // Serializing plain structs of numbers, hashes and byte strings cannot fail.
    serde_json::to_vec(value).unwrap_or_else(|e| unreachable!("serializable record: {e}"))
}

fn decode<T: DeserializeOwned>(what: &'static str, bytes: &[u8]) -> Result<T, StoreError> {
    serde_json::from_slice(bytes).map_err(|e| StoreError::Corrupt { what, reason: e.to_string() })
}

/// The last L1 block whose logs are indexed, and its hash (checked against the chain to detect reorgs).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cursor {
    /// Block number.
    pub number: u64,
    /// Block hash.
    pub hash: B256,
}

/// A `BatchAppended` event, with the block it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordedBatch {
    /// The recorded header.
    pub header: BatchHeader,
    /// First forced entry the batch includes.
    pub queue_start: u64,
    /// L1 block of the event.
    pub block: u64,
    /// That block's hash.
    pub block_hash: B256,
    /// The transaction that appended it.
    pub tx: B256,
    /// How its data reached L1: 0 calldata, 1 blobs, 2 forced-only, 3 committee (`IBatchInbox.DataKind`).
    #[serde(default)]
    pub kind: u8,
}

impl RecordedBatch {
    /// The batch as the L1 reader takes it, to read its data.
    pub fn appended(&self) -> baton_l1::Appended {
        baton_l1::Appended {
            header: self.header.clone(),
            queue_start: self.queue_start,
            kind: self.kind,
            tx: self.tx,
            block: self.block,
        }
    }
}

/// A `ForcedEntryQueued` event, with the block it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueuedEntry {
    /// Queue index.
    pub index: u64,
    /// Last block by which a batch must include it.
    pub deadline: u64,
    /// The L1 account that queued it (compensated if it is censored).
    pub sender: Address,
    /// L1 block of the event.
    pub block: u64,
    /// That block's hash.
    pub block_hash: B256,
}

/// A header signed by some signer, seen off-chain (a node's feed or a submission).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The signed header.
    pub header: BatchHeader,
    /// 65-byte signature, already checked to recover to `header.sequencer`.
    pub signature: Bytes,
    /// Where it came from (a feed URL or `submission`).
    pub source: String,
    /// First block a transaction could land in when the keeper first saw it (head + 1).
    pub seen_at_block: u64,
}

impl Evidence {
    /// Key ordering evidence by batch number, then signer, then header hash.
    fn key(&self) -> Vec<u8> {
        let mut key = Vec::with_capacity(60);
        key.extend_from_slice(&self.header.batchNumber.to_be_bytes());
        key.extend_from_slice(self.header.sequencer.as_slice());
        key.extend_from_slice(self.header.hash().as_slice());
        key
    }
}

/// An inclusion receipt a holder handed in, checked (signature, chain, registered signer) before it was stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldReceipt {
    /// The signed receipt.
    pub signed: SignedReceipt,
    /// Where it came from (`submission`).
    pub source: String,
}

impl HeldReceipt {
    fn key(&self) -> Vec<u8> {
        let mut key = Vec::with_capacity(40);
        key.extend_from_slice(&self.signed.receipt.slot.to_be_bytes());
        key.extend_from_slice(self.signed.evidence().as_slice());
        key
    }
}

/// A committee certificate from a node's feed or a submission, verified against its epoch's committee before it
/// was stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldCertificate {
    /// The certificate and what it certifies.
    pub certified: CertifiedAttestation,
    /// Where it came from (a feed URL or `submission`).
    pub source: String,
    /// First block a transaction could land in when the keeper first saw it (head + 1).
    pub seen_at_block: u64,
}

impl HeldCertificate {
    fn key(&self) -> Vec<u8> {
        let a = &self.certified.attestation;
        let mut key = Vec::with_capacity(56);
        key.extend_from_slice(&a.slot.to_be_bytes());
        key.extend_from_slice(a.headerHash.as_slice());
        key.extend_from_slice(&self.certified.signers.to_be_bytes::<16>());
        key
    }
}

/// Everything stored, as loaded at start-up.
#[derive(Debug, Default)]
pub struct Snapshot {
    /// Indexed up to here.
    pub cursor: Option<Cursor>,
    /// Recorded batches by number.
    pub batches: BTreeMap<u64, RecordedBatch>,
    /// Forced entries by index.
    pub entries: BTreeMap<u64, QueuedEntry>,
    /// Off-chain evidence.
    pub evidence: Vec<Evidence>,
    /// Inclusion receipts held, by slot.
    pub receipts: Vec<HeldReceipt>,
    /// Committee certificates held, by slot.
    pub certificates: Vec<HeldCertificate>,
    /// Actions by key.
    pub actions: BTreeMap<String, ActionRecord>,
}

/// What one indexed block range adds.
#[derive(Debug, Default)]
pub struct Chunk {
    /// Batches appended in the range.
    pub batches: Vec<RecordedBatch>,
    /// Entries queued in the range.
    pub entries: Vec<QueuedEntry>,
    /// The new cursor (the range's last block).
    pub cursor: Cursor,
}

/// The keeper's database file.
#[derive(Debug)]
pub struct Store {
    db: Database,
}

impl Store {
    /// Opens (or creates) the database at `path`. Fails if another keeper holds it.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let db = Database::create(path).map_err(dberr)?;
        let txn = db.begin_write().map_err(dberr)?;
        txn.open_table(META).map_err(dberr)?;
        txn.open_table(BLOCKS).map_err(dberr)?;
        txn.open_table(BATCHES).map_err(dberr)?;
        txn.open_table(ENTRIES).map_err(dberr)?;
        txn.open_table(EVIDENCE).map_err(dberr)?;
        txn.open_table(ACTIONS).map_err(dberr)?;
        txn.open_table(RECEIPTS).map_err(dberr)?;
        txn.open_table(CERTIFICATES).map_err(dberr)?;
        txn.commit().map_err(dberr)?;
        Ok(Self { db })
    }

    /// Reads everything back.
    pub fn load(&self) -> Result<Snapshot, StoreError> {
        let txn = self.db.begin_read().map_err(dberr)?;
        let mut snapshot = Snapshot::default();
        let meta = txn.open_table(META).map_err(dberr)?;
        if let Some(raw) = meta.get(CURSOR_KEY).map_err(dberr)? {
            snapshot.cursor = Some(decode("cursor", raw.value())?);
        }
        for item in txn.open_table(BATCHES).map_err(dberr)?.iter().map_err(dberr)? {
            let (number, raw) = item.map_err(dberr)?;
            snapshot.batches.insert(number.value(), decode("batch", raw.value())?);
        }
        for item in txn.open_table(ENTRIES).map_err(dberr)?.iter().map_err(dberr)? {
            let (index, raw) = item.map_err(dberr)?;
            snapshot.entries.insert(index.value(), decode("entry", raw.value())?);
        }
        for item in txn.open_table(EVIDENCE).map_err(dberr)?.iter().map_err(dberr)? {
            let (_, raw) = item.map_err(dberr)?;
            snapshot.evidence.push(decode("evidence", raw.value())?);
        }
        for item in txn.open_table(RECEIPTS).map_err(dberr)?.iter().map_err(dberr)? {
            let (_, raw) = item.map_err(dberr)?;
            snapshot.receipts.push(decode("receipt", raw.value())?);
        }
        for item in txn.open_table(CERTIFICATES).map_err(dberr)?.iter().map_err(dberr)? {
            let (_, raw) = item.map_err(dberr)?;
            snapshot.certificates.push(decode("certificate", raw.value())?);
        }
        for item in txn.open_table(ACTIONS).map_err(dberr)?.iter().map_err(dberr)? {
            let (key, raw) = item.map_err(dberr)?;
            snapshot.actions.insert(key.value().to_string(), decode("action", raw.value())?);
        }
        Ok(snapshot)
    }

    /// Adds one indexed range and moves the cursor, atomically.
    pub fn apply_chunk(&self, chunk: &Chunk) -> Result<(), StoreError> {
        let txn = self.db.begin_write().map_err(dberr)?;
        {
            let mut blocks = txn.open_table(BLOCKS).map_err(dberr)?;
            let mut batches = txn.open_table(BATCHES).map_err(dberr)?;
            for b in &chunk.batches {
                batches.insert(b.header.batchNumber, encode(b).as_slice()).map_err(dberr)?;
                blocks.insert(b.block, b.block_hash.as_slice()).map_err(dberr)?;
            }
            let mut entries = txn.open_table(ENTRIES).map_err(dberr)?;
            for e in &chunk.entries {
                entries.insert(e.index, encode(e).as_slice()).map_err(dberr)?;
                blocks.insert(e.block, e.block_hash.as_slice()).map_err(dberr)?;
            }
            blocks.insert(chunk.cursor.number, chunk.cursor.hash.as_slice()).map_err(dberr)?;
            txn.open_table(META)
                .map_err(dberr)?
                .insert(CURSOR_KEY, encode(&chunk.cursor).as_slice())
                .map_err(dberr)?;
        }
        txn.commit().map_err(dberr)
    }

    /// Known block hashes at or below `number`, newest first, at most `limit`.
    pub fn block_hashes_below(&self, number: u64, limit: usize) -> Result<Vec<(u64, B256)>, StoreError> {
        let txn = self.db.begin_read().map_err(dberr)?;
        let table = txn.open_table(BLOCKS).map_err(dberr)?;
        let mut out = Vec::new();
        for item in table.range(..=number).map_err(dberr)?.rev().take(limit) {
            let (n, hash) = item.map_err(dberr)?;
            out.push((
                n.value(),
                B256::try_from(hash.value())
                    .map_err(|e| StoreError::Corrupt { what: "block hash", reason: e.to_string() })?,
            ));
        }
        Ok(out)
    }

    /// Forgets everything indexed from blocks after `to.number` and moves the cursor back to `to`, atomically.
    pub fn rewind(&self, to: Option<Cursor>) -> Result<(), StoreError> {
        let keep = to.map_or(0, |c| c.number + 1);
        let txn = self.db.begin_write().map_err(dberr)?;
        {
            let mut batches = txn.open_table(BATCHES).map_err(dberr)?;
            let stale: Vec<u64> = batches
                .iter()
                .map_err(dberr)?
                .rev()
                .map(|item| {
                    item.map_err(dberr)
                        .and_then(|(k, v)| Ok((k.value(), decode::<RecordedBatch>("batch", v.value())?)))
                })
                .take_while(|r| r.as_ref().map_or(true, |(_, b)| b.block >= keep))
                .map(|r| r.map(|(k, _)| k))
                .collect::<Result<_, _>>()?;
            for k in stale {
                batches.remove(k).map_err(dberr)?;
            }
            let mut entries = txn.open_table(ENTRIES).map_err(dberr)?;
            let stale: Vec<u64> = entries
                .iter()
                .map_err(dberr)?
                .rev()
                .map(|item| {
                    item.map_err(dberr)
                        .and_then(|(k, v)| Ok((k.value(), decode::<QueuedEntry>("entry", v.value())?)))
                })
                .take_while(|r| r.as_ref().map_or(true, |(_, e)| e.block >= keep))
                .map(|r| r.map(|(k, _)| k))
                .collect::<Result<_, _>>()?;
            for k in stale {
                entries.remove(k).map_err(dberr)?;
            }
            let mut blocks = txn.open_table(BLOCKS).map_err(dberr)?;
            blocks.retain_in(keep.., |_, _| false).map_err(dberr)?;
            let mut meta = txn.open_table(META).map_err(dberr)?;
            match to {
                Some(cursor) => {
                    meta.insert(CURSOR_KEY, encode(&cursor).as_slice()).map_err(dberr)?;
                }
                None => {
                    meta.remove(CURSOR_KEY).map_err(dberr)?;
                }
            }
        }
        txn.commit().map_err(dberr)
    }

    /// Stores `evidence`; returns false if the same signed header was already stored.
    pub fn put_evidence(&self, evidence: &Evidence) -> Result<bool, StoreError> {
        let key = evidence.key();
        let txn = self.db.begin_write().map_err(dberr)?;
        let new = {
            let mut table = txn.open_table(EVIDENCE).map_err(dberr)?;
            if table.get(key.as_slice()).map_err(dberr)?.is_some() {
                false
            } else {
                table.insert(key.as_slice(), encode(evidence).as_slice()).map_err(dberr)?;
                true
            }
        };
        txn.commit().map_err(dberr)?;
        Ok(new)
    }

    /// Deletes evidence about batches below `batch` (too old to prove anything).
    pub fn prune_evidence(&self, batch: u64) -> Result<(), StoreError> {
        let txn = self.db.begin_write().map_err(dberr)?;
        {
            let mut table = txn.open_table(EVIDENCE).map_err(dberr)?;
            let end = batch.to_be_bytes();
            table.retain_in(..end.as_slice(), |_, _| false).map_err(dberr)?;
        }
        txn.commit().map_err(dberr)
    }

    /// Stores a held receipt; returns false if it was already held.
    pub fn put_receipt(&self, held: &HeldReceipt) -> Result<bool, StoreError> {
        self.put_new(RECEIPTS, &held.key(), &encode(held))
    }

    /// Deletes receipts for slots below `slot` (their faults have left the window).
    pub fn prune_receipts(&self, slot: u64) -> Result<(), StoreError> {
        self.prune_below_slot(RECEIPTS, slot)
    }

    /// Stores a held certificate; returns false if it was already held.
    pub fn put_certificate(&self, held: &HeldCertificate) -> Result<bool, StoreError> {
        self.put_new(CERTIFICATES, &held.key(), &encode(held))
    }

    /// Deletes certificates for slots below `slot` (their faults have left the window).
    pub fn prune_certificates(&self, slot: u64) -> Result<(), StoreError> {
        self.prune_below_slot(CERTIFICATES, slot)
    }

    /// Inserts `value` at `key` unless the key is taken; returns whether it was inserted.
    fn put_new(
        &self,
        table: TableDefinition<'_, &[u8], &[u8]>,
        key: &[u8],
        value: &[u8],
    ) -> Result<bool, StoreError> {
        let txn = self.db.begin_write().map_err(dberr)?;
        let new = {
            let mut table = txn.open_table(table).map_err(dberr)?;
            let new = table.get(key).map_err(dberr)?.is_none();
            if new {
                table.insert(key, value).map_err(dberr)?;
            }
            new
        };
        txn.commit().map_err(dberr)?;
        Ok(new)
    }

    /// Deletes the records of a table keyed by slot first whose slot is below `slot`.
    fn prune_below_slot(
        &self,
        table: TableDefinition<'_, &[u8], &[u8]>,
        slot: u64,
    ) -> Result<(), StoreError> {
        let txn = self.db.begin_write().map_err(dberr)?;
        {
            let mut table = txn.open_table(table).map_err(dberr)?;
            let end = slot.to_be_bytes();
            table.retain_in(..end.as_slice(), |_, _| false).map_err(dberr)?;
        }
        txn.commit().map_err(dberr)
    }

    /// Writes an action's record (its state machine's every step goes through here before it has effects).
    pub fn put_action(&self, record: &ActionRecord) -> Result<(), StoreError> {
        let txn = self.db.begin_write().map_err(dberr)?;
        txn.open_table(ACTIONS)
            .map_err(dberr)?
            .insert(record.action.key.as_str(), encode(record).as_slice())
            .map_err(dberr)?;
        txn.commit().map_err(dberr)
    }

    /// Deletes the records of actions that need no more work and can never be planned again.
    pub fn delete_actions(&self, keys: &[String]) -> Result<(), StoreError> {
        let txn = self.db.begin_write().map_err(dberr)?;
        {
            let mut table = txn.open_table(ACTIONS).map_err(dberr)?;
            for key in keys {
                table.remove(key.as_str()).map_err(dberr)?;
            }
        }
        txn.commit().map_err(dberr)
    }

    /// The stored value of a small named setting (feed cursors).
    pub fn meta(&self, key: &str) -> Result<Option<u64>, StoreError> {
        let txn = self.db.begin_read().map_err(dberr)?;
        let table = txn.open_table(META).map_err(dberr)?;
        table.get(key).map_err(dberr)?.map(|raw| decode("meta", raw.value())).transpose()
    }

    /// Sets a small named setting.
    pub fn set_meta(&self, key: &str, value: u64) -> Result<(), StoreError> {
        let txn = self.db.begin_write().map_err(dberr)?;
        txn.open_table(META).map_err(dberr)?.insert(key, encode(&value).as_slice()).map_err(dberr)?;
        txn.commit().map_err(dberr)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn batch(number: u64, block: u64) -> RecordedBatch {
        RecordedBatch {
            header: BatchHeader { batchNumber: number, slot: block / 4, ..Default::default() },
            queue_start: 0,
            block,
            block_hash: B256::with_last_byte(block as u8),
            tx: B256::ZERO,
            kind: 0,
        }
    }

    fn entry(index: u64, block: u64) -> QueuedEntry {
        QueuedEntry {
            index,
            deadline: block + 10,
            sender: Address::ZERO,
            block,
            block_hash: B256::with_last_byte(block as u8),
        }
    }

    #[test]
    fn chunks_survive_reopening_and_a_rewind_drops_exactly_the_later_blocks() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("keeper.redb");
        {
            let store = Store::open(&path).expect("opens");
            store
                .apply_chunk(&Chunk {
                    batches: vec![batch(0, 10), batch(1, 20)],
                    entries: vec![entry(0, 15)],
                    cursor: Cursor { number: 20, hash: B256::with_last_byte(20) },
                })
                .expect("applies");
            store
                .apply_chunk(&Chunk {
                    batches: vec![batch(2, 30)],
                    entries: vec![entry(1, 25), entry(2, 30)],
                    cursor: Cursor { number: 40, hash: B256::with_last_byte(40) },
                })
                .expect("applies");
        }
        let store = Store::open(&path).expect("reopens");
        let snapshot = store.load().expect("loads");
        assert_eq!(snapshot.cursor.map(|c| c.number), Some(40));
        assert_eq!(snapshot.batches.len(), 3);
        assert_eq!(snapshot.entries.len(), 3);
        let known: Vec<u64> =
            store.block_hashes_below(40, 10).expect("reads").iter().map(|(n, _)| *n).collect();
        assert_eq!(known, vec![40, 30, 25, 20, 15, 10], "every block with a record, newest first");

        let fork = Cursor { number: 25, hash: B256::with_last_byte(25) };
        store.rewind(Some(fork)).expect("rewinds");
        let snapshot = store.load().expect("loads");
        assert_eq!(snapshot.cursor, Some(fork));
        assert_eq!(snapshot.batches.keys().copied().collect::<Vec<_>>(), vec![0, 1]);
        assert_eq!(snapshot.entries.keys().copied().collect::<Vec<_>>(), vec![0, 1]);
        assert_eq!(store.block_hashes_below(100, 10).expect("reads").first().map(|(n, _)| *n), Some(25));

        store.rewind(None).expect("rewinds to nothing");
        let snapshot = store.load().expect("loads");
        assert!(snapshot.cursor.is_none() && snapshot.batches.is_empty() && snapshot.entries.is_empty());
    }

    #[test]
    fn evidence_is_deduplicated_and_pruned_by_batch() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(&dir.path().join("keeper.redb")).expect("opens");
        let evidence = |batch: u64, root: u8| Evidence {
            header: BatchHeader { batchNumber: batch, txRoot: B256::repeat_byte(root), ..Default::default() },
            signature: Bytes::new(),
            source: "test".into(),
            seen_at_block: 1,
        };
        assert!(store.put_evidence(&evidence(3, 1)).expect("stores"));
        assert!(!store.put_evidence(&evidence(3, 1)).expect("stores"), "the same signed header again");
        assert!(store.put_evidence(&evidence(3, 2)).expect("stores"), "another header for the same batch");
        assert!(store.put_evidence(&evidence(9, 1)).expect("stores"));
        store.prune_evidence(4).expect("prunes");
        let left: Vec<u64> =
            store.load().expect("loads").evidence.iter().map(|e| e.header.batchNumber).collect();
        assert_eq!(left, vec![9]);
        store.set_meta("feed:x", 12).expect("sets");
        assert_eq!(store.meta("feed:x").expect("reads"), Some(12));
        assert_eq!(store.meta("feed:y").expect("reads"), None);
    }

    #[test]
    fn receipts_survive_reopening_once_each_until_their_slot_is_pruned() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("k.redb");
        let held = |slot: u64, index: u32| HeldReceipt {
            signed: SignedReceipt {
                receipt: baton_protocol::receipt::InclusionReceipt { slot, index, ..Default::default() },
                signature: Bytes::from(vec![1; 65]),
                signer: Address::repeat_byte(1),
            },
            source: "submission".into(),
        };
        {
            let store = Store::open(&path).expect("opens");
            assert!(store.put_receipt(&held(7, 0)).expect("puts"));
            assert!(!store.put_receipt(&held(7, 0)).expect("puts"), "held once");
            assert!(store.put_receipt(&held(9, 1)).expect("puts"));
        }
        let store = Store::open(&path).expect("reopens");
        assert_eq!(store.load().expect("loads").receipts, vec![held(7, 0), held(9, 1)]);
        store.prune_receipts(8).expect("prunes");
        assert_eq!(store.load().expect("loads").receipts, vec![held(9, 1)]);
    }

    #[test]
    fn a_second_keeper_cannot_open_the_same_database() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("keeper.redb");
        let _first = Store::open(&path).expect("opens");
        assert!(Store::open(&path).is_err(), "two keepers on one database would send twice");
    }
}
