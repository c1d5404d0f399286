//! The node's embedded database (redb): the mempool, so accepted transactions survive a restart; every
//! header the node signed with its payload, so it can never sign two different headers for one position
//! `(batchNumber, slot, parentHash)` and can re-post exactly what it signed after an L1 reorg dropped it; and every
//! inclusion receipt it issued with its transaction, plus the slots whose receipt lists are sealed, so a restart
//! never breaks a promise; and, for committee certificates, every attestation it signed (one header per position,
//! as for its own headers), the payloads it attested (served to derivation) and the certificates it assembled.
//!
//! The ingest path's writes (accepted transactions, their arrival times, issued receipts) reach the disk through the
//! write-ahead [`journal`](crate::journal) first and redb at the next checkpoint; every other write goes to redb
//! directly. Reads of journaled records checkpoint first, and removals run in a durable checkpoint's own commit,
//! after its inserts, so both see and act on everything acknowledged before them.

use std::{
    path::Path,
    sync::{Arc, Mutex, MutexGuard},
    time::{Duration, Instant},
};

use alloy::{
    primitives::{keccak256, Bytes, B256},
    sol_types::SolValue,
};
use baton_protocol::{
    bls::G1Bytes,
    committee::{Attestation, Certificate, CertifiedAttestation},
    receipt::InclusionReceipt,
    BatchHeader,
};
use redb::{Database, Durability, ReadableDatabase, ReadableTable, TableDefinition, WriteTransaction};

use crate::journal::{Journal, JournalError};

const MEMPOOL: TableDefinition<'_, u64, &[u8]> = TableDefinition::new("mempool");
/// Signed headers by position `(batchNumber, slot, parentHash)`: `abi.encode(header, signature, payload)`.
const SIGNED: TableDefinition<'_, (u64, u64, [u8; 32]), &[u8]> = TableDefinition::new("signed_positions");
/// The first-round table (one header per batch number, no payload), migrated into [`SIGNED`] at open.
const SIGNED_V1: TableDefinition<'_, u64, &[u8]> = TableDefinition::new("signed_headers");
/// Second headers signed by the `equivocate` fault switch (never written by an honest node).
const EQUIVOCATIONS: TableDefinition<'_, u64, &[u8]> = TableDefinition::new("equivocations");
/// Issued receipts by `(slot, index)`, each as [`encode_receipt`] writes it (or, written before it, as
/// `abi.encode(receipt, signature, rawTransaction)`).
const RECEIPTS: TableDefinition<'_, (u64, u32), &[u8]> = TableDefinition::new("receipts");
/// Slots whose receipt list is sealed (a header was about to be signed for them): no receipt joins them again.
const SEALED: TableDefinition<'_, u64, u8> = TableDefinition::new("sealed_receipt_slots");
/// Attestations signed, by position `(batchNumber, slot, parentHash)`: the header hash attested.
const ATTESTED: TableDefinition<'_, (u64, u64, [u8; 32]), [u8; 32]> =
    TableDefinition::new("attested_positions");
/// Payloads of attested batches, by data commitment: `abi.encode(slot, payload)`.
const BATCH_DATA: TableDefinition<'_, [u8; 32], &[u8]> = TableDefinition::new("batch_data");
/// Certificates assembled, by header hash: `abi.encode(attestation, signers, signature, latencyMs)`.
const CERTIFICATES: TableDefinition<'_, [u8; 32], &[u8]> = TableDefinition::new("certificates");
/// When each accepted transaction arrived (unix milliseconds), by `(arrival second, hash)`: `baton track` measures
/// submission to certificate with it. Kept for [`ACCEPTED_RETENTION_MS`]. Time first, so that a checkpoint's inserts
/// land together at the table's end and pruning drops a prefix: keyed by hash alone, every checkpoint rewrote leaves
/// all over a table that holds an hour of arrivals. A lookup by hash reads one key per second of a bounded window
/// ([`ACCEPTED_LOOKBACK_S`]).
const ACCEPTED: TableDefinition<'_, (u64, [u8; 32]), u64> = TableDefinition::new("accepted_by_second");
/// The first layout (by hash alone), migrated into [`ACCEPTED`] at open.
const ACCEPTED_V1: TableDefinition<'_, [u8; 32], u64> = TableDefinition::new("accepted_at");

/// The highest journal generation whose frames are all in redb, under [`CHECKPOINTED`].
const JOURNAL: TableDefinition<'_, &str, u64> = TableDefinition::new("journal");
const CHECKPOINTED: &str = "checkpointed_generation";

/// Bytes per journal segment (two segments per node): at 10,000 receipts a second (~7 MB/s) a segment holds about a
/// second of them, ten checkpoint intervals.
pub const JOURNAL_SEGMENT_BYTES: u64 = 8 << 20;

/// How long arrival times are kept: far longer than any batch takes to be posted and certified.
const ACCEPTED_RETENTION_MS: u64 = 3_600_000;

/// The first second whose arrival times are still kept at `now_ms`: older ones are pruned and never looked for.
fn first_kept_second(now_ms: u64) -> u64 {
    now_ms.saturating_sub(ACCEPTED_RETENTION_MS) / 1000
}

/// How far before the time it is given a lookup by hash searches (seconds): one point read per second, so a lookup
/// costs a bounded few hundred reads, whoever asks and for whatever hash.
pub const ACCEPTED_LOOKBACK_S: u64 = 600;

/// How far after the time it is given a lookup searches (seconds): that time may come from another node's clock
/// (a certificate assembled by a peer).
const ACCEPTED_SKEW_S: u64 = 30;

/// Now, in unix milliseconds.
pub(crate) fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// Errors of the node's database.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// redb failed (I/O, corruption, ...).
    #[error("database: {0}")]
    Db(#[from] redb::Error),
    /// A stored record does not decode.
    #[error("corrupt {0} record")]
    Corrupt(&'static str),
    /// The write-ahead journal failed.
    #[error(transparent)]
    Journal(#[from] JournalError),
    /// Refused: the node already attested a different header for this position.
    #[error(
        "refusing to attest a second header for batch {batch} in slot {slot}: already attested {attested}"
    )]
    WouldConflict {
        /// The batch number.
        batch: u64,
        /// The slot.
        slot: u64,
        /// Hash of the header attested before.
        attested: B256,
    },
    /// Refused: the node already signed a different header for this position.
    #[error("refusing to sign a second header for batch {batch} in slot {slot}: already signed {signed}, asked {asked}")]
    WouldEquivocate {
        /// The batch number.
        batch: u64,
        /// The slot.
        slot: u64,
        /// Hash of the header signed before.
        signed: B256,
        /// Hash of the header asked for now.
        asked: B256,
    },
}

fn storage<E: Into<redb::Error>>(e: E) -> StoreError {
    StoreError::Db(e.into())
}

/// A header the node signed, with its signature.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SignedHeader {
    /// The header.
    pub header: BatchHeader,
    /// 65-byte signature.
    pub signature: Bytes,
}

/// A receipt the node issued, with its signature and the transaction it promises.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IssuedReceipt {
    /// The promise.
    pub receipt: InclusionReceipt,
    /// The signer's 65-byte signature.
    pub signature: Bytes,
    /// The raw L2 transaction (its keccak256 is `receipt.txHash`).
    pub raw: Bytes,
}

/// A header the node signed with everything needed to post it again: its signature and its payload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedBatch {
    /// The header and its signature.
    pub signed: SignedHeader,
    /// The batch payload (calldata, or the bytes its blobs carry).
    pub payload: Bytes,
}

/// The first byte of a receipt record in the compact layout: an ABI-encoded record (the first layout) starts with the
/// zero high byte of its `l2ChainId` word.
const RECEIPT_RECORD_V2: u8 = 1;

/// A receipt record: `0x01 | l2ChainId: u64 | txHash: 32 | beneficiary: 20 | signatureLen: u16 | signature | raw`
/// (integers little-endian; slot and index are the key). Half the bytes of the ABI encoding it replaces (~340
/// against ~610 for a receipt with three siblings), and every receipt is written twice, to the journal and to redb.
fn encode_receipt(issued: &IssuedReceipt) -> Vec<u8> {
    let InclusionReceipt { l2ChainId, txHash, beneficiary, .. } = &issued.receipt;
    let mut out = Vec::with_capacity(63 + issued.signature.len() + issued.raw.len());
    out.push(RECEIPT_RECORD_V2);
    out.extend_from_slice(&l2ChainId.to_le_bytes());
    out.extend_from_slice(txHash.as_slice());
    out.extend_from_slice(beneficiary.as_slice());
    // A signature is 65 bytes and at most `MAX_GROUP_PATH` siblings: far below u16::MAX.
    out.extend_from_slice(&(issued.signature.len() as u16).to_le_bytes());
    out.extend_from_slice(&issued.signature);
    out.extend_from_slice(&issued.raw);
    out
}

/// Reads a receipt record of either layout back; `None` when it does not decode.
fn decode_receipt((slot, index): (u64, u32), record: &[u8]) -> Option<IssuedReceipt> {
    let Some((&RECEIPT_RECORD_V2, rest)) = record.split_first() else {
        let (receipt, signature, raw) = <(InclusionReceipt, Bytes, Bytes)>::abi_decode_params(record).ok()?;
        return (receipt.slot == slot && receipt.index == index).then_some(IssuedReceipt {
            receipt,
            signature,
            raw,
        });
    };
    let (chain, rest) = rest.split_first_chunk::<8>()?;
    let (tx_hash, rest) = rest.split_first_chunk::<32>()?;
    let (beneficiary, rest) = rest.split_first_chunk::<20>()?;
    let (signature_len, rest) = rest.split_first_chunk::<2>()?;
    let (signature, raw) = rest.split_at_checked(u16::from_le_bytes(*signature_len).into())?;
    Some(IssuedReceipt {
        receipt: InclusionReceipt {
            l2ChainId: u64::from_le_bytes(*chain),
            txHash: B256::from(*tx_hash),
            slot,
            index,
            beneficiary: (*beneficiary).into(),
        },
        signature: Bytes::copy_from_slice(signature),
        raw: Bytes::copy_from_slice(raw),
    })
}

fn position(header: &BatchHeader) -> (u64, u64, [u8; 32]) {
    (header.batchNumber, header.slot, header.parentHash.0)
}

/// Journaled records not yet in redb, encoded as redb stores them.
#[derive(Clone, Debug, Default)]
struct Pending {
    /// `(sequence, transaction hash, arrival ms, raw transaction)`.
    txs: Vec<(u64, [u8; 32], u64, Bytes)>,
    /// `((slot, index), record)`, the record as [`encode_receipt`] writes it.
    receipts: Vec<((u64, u32), Vec<u8>)>,
}

impl Pending {
    fn is_empty(&self) -> bool {
        self.txs.is_empty() && self.receipts.is_empty()
    }

    fn append(&mut self, mut later: Self) {
        self.txs.append(&mut later.txs);
        self.receipts.append(&mut later.receipts);
    }

    /// Puts `earlier` (records taken out for a checkpoint that failed) back before what arrived since.
    fn prepend(&mut self, mut earlier: Self) {
        earlier.append(std::mem::take(self));
        *self = earlier;
    }

    /// Frame payload: `txCount: u32`, per transaction `seq: u64 | arrivalMs: u64 | len: u32 | raw`, then
    /// `receiptCount: u32`, per receipt `slot: u64 | index: u32 | len: u32 | record`; little-endian. (The hash is
    /// recomputed on replay.)
    fn encode(&self) -> Vec<u8> {
        let size = 8
            + self.txs.iter().map(|t| 20 + t.3.len()).sum::<usize>()
            + self.receipts.iter().map(|r| 16 + r.1.len()).sum::<usize>();
        let mut out = Vec::with_capacity(size);
        out.extend_from_slice(&(self.txs.len() as u32).to_le_bytes());
        for (seq, _, at, raw) in &self.txs {
            out.extend_from_slice(&seq.to_le_bytes());
            out.extend_from_slice(&at.to_le_bytes());
            out.extend_from_slice(&(raw.len() as u32).to_le_bytes());
            out.extend_from_slice(raw);
        }
        out.extend_from_slice(&(self.receipts.len() as u32).to_le_bytes());
        for ((slot, index), record) in &self.receipts {
            out.extend_from_slice(&slot.to_le_bytes());
            out.extend_from_slice(&index.to_le_bytes());
            out.extend_from_slice(&(record.len() as u32).to_le_bytes());
            out.extend_from_slice(record);
        }
        out
    }

    fn decode(mut bytes: &[u8]) -> Option<Self> {
        fn take<'a>(bytes: &mut &'a [u8], n: usize) -> Option<&'a [u8]> {
            let (head, rest) = bytes.split_at_checked(n)?;
            *bytes = rest;
            Some(head)
        }
        fn u32_(bytes: &mut &[u8]) -> Option<u32> {
            Some(u32::from_le_bytes(take(bytes, 4)?.try_into().ok()?))
        }
        fn u64_(bytes: &mut &[u8]) -> Option<u64> {
            Some(u64::from_le_bytes(take(bytes, 8)?.try_into().ok()?))
        }
        let mut out = Self::default();
        for _ in 0..u32_(&mut bytes)? {
            let (seq, at, len) = (u64_(&mut bytes)?, u64_(&mut bytes)?, u32_(&mut bytes)?);
            let raw = take(&mut bytes, len as usize)?;
            out.txs.push((seq, keccak256(raw).0, at, Bytes::copy_from_slice(raw)));
        }
        for _ in 0..u32_(&mut bytes)? {
            let (slot, index, len) = (u64_(&mut bytes)?, u32_(&mut bytes)?, u32_(&mut bytes)?);
            out.receipts.push(((slot, index), take(&mut bytes, len as usize)?.to_vec()));
        }
        bytes.is_empty().then_some(out)
    }
}

/// The journal and what it holds that redb does not yet.
#[derive(Debug)]
struct Ingest {
    journal: Journal,
    pending: Pending,
    /// Records a checkpoint took out of `pending` and is writing to redb (lookups see them there meanwhile).
    applying: Option<Arc<Pending>>,
    /// Records are in redb by a commit that is not durable yet (a lazy checkpoint): only the journal keeps them
    /// through a crash until the next durable checkpoint.
    unsynced: bool,
    /// When the last durable checkpoint ended.
    synced_at: Instant,
}

/// The longest a lazy checkpoint ([`Store::checkpoint_lazily`]) leaves redb without a durable commit: redb reuses the
/// pages a commit frees only after a durable one, so this bounds its file's growth at low load (at high load a
/// half-full journal segment calls for one sooner).
const SYNC_EVERY: Duration = Duration::from_secs(1);

/// The node's database file and its write-ahead journal.
#[derive(Debug)]
pub struct Store {
    db: Database,
    ingest: Mutex<Ingest>,
    /// Held through a checkpoint: one at a time.
    checkpointing: Mutex<()>,
    /// [`SYNC_EVERY`] (tests lengthen it).
    sync_every: Duration,
}

/// A write that removes records, run in the commit of the durable checkpoint it needs first (so one sync serves both).
type Removal<'a> = &'a dyn Fn(&WriteTransaction) -> Result<(), StoreError>;

/// Writes journaled records into redb and, when `generation` is given, records it as checkpointed and runs `then`, in
/// one durable commit; without a generation the commit is not durable (redb makes it so with the next durable one).
fn apply(
    db: &Database,
    pending: &Pending,
    generation: Option<u64>,
    then: Option<Removal<'_>>,
) -> Result<(), StoreError> {
    let mut txn = db.begin_write().map_err(storage)?;
    if generation.is_none() {
        txn.set_durability(Durability::None).map_err(storage)?;
    }
    {
        let mut mempool = txn.open_table(MEMPOOL).map_err(storage)?;
        let mut accepted = txn.open_table(ACCEPTED).map_err(storage)?;
        for (seq, hash, at, raw) in &pending.txs {
            mempool.insert(seq, raw.as_ref()).map_err(storage)?;
            accepted.insert((at / 1000, *hash), at).map_err(storage)?;
        }
        let mut receipts = txn.open_table(RECEIPTS).map_err(storage)?;
        for (key, record) in &pending.receipts {
            receipts.insert(key, record.as_slice()).map_err(storage)?;
        }
        // Never in a commit that is not durable: another writer's durable commit would make it so while the journal
        // still appends to that generation, and a crash would then skip those frames.
        if let Some(generation) = generation {
            let mut journal = txn.open_table(JOURNAL).map_err(storage)?;
            let before = journal.get(CHECKPOINTED).map_err(storage)?.map_or(0, |g| g.value());
            journal.insert(CHECKPOINTED, before.max(generation)).map_err(storage)?;
        }
    }
    // After the inserts: a removal must land after the insert it undoes.
    if let Some(then) = then {
        then(&txn)?;
    }
    txn.commit().map_err(storage)
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // Every holder leaves the state consistent before it can panic.
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Store {
    /// Opens (or creates) the database at `path` and its journal beside it, replaying into redb what the journal
    /// holds beyond the last checkpoint.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        Self::open_with_journal(path, JOURNAL_SEGMENT_BYTES)
    }

    /// [`Self::open`] with journal segments of `segment_bytes` (tests exercise full segments with small ones).
    pub fn open_with_journal(path: &Path, segment_bytes: u64) -> Result<Self, StoreError> {
        let db = Database::create(path).map_err(storage)?;
        let txn = db.begin_write().map_err(storage)?;
        txn.open_table(MEMPOOL).map_err(storage)?;
        {
            let mut signed = txn.open_table(SIGNED).map_err(storage)?;
            // Headers signed under the first-round layout keep refusing their position (without a payload).
            let old = txn.open_table(SIGNED_V1).map_err(storage)?;
            for item in old.iter().map_err(storage)? {
                let (_, value) = item.map_err(storage)?;
                let old = decode_signed(value.value())?;
                let record = (old.header.clone(), old.signature, Bytes::new()).abi_encode_params();
                signed.insert(position(&old.header), record.as_slice()).map_err(storage)?;
            }
        }
        txn.delete_table(SIGNED_V1).map_err(storage)?;
        txn.open_table(EQUIVOCATIONS).map_err(storage)?;
        txn.open_table(RECEIPTS).map_err(storage)?;
        txn.open_table(SEALED).map_err(storage)?;
        txn.open_table(ATTESTED).map_err(storage)?;
        txn.open_table(BATCH_DATA).map_err(storage)?;
        txn.open_table(CERTIFICATES).map_err(storage)?;
        {
            let mut accepted = txn.open_table(ACCEPTED).map_err(storage)?;
            let old = txn.open_table(ACCEPTED_V1).map_err(storage)?;
            for item in old.iter().map_err(storage)? {
                let (hash, at) = item.map_err(storage)?;
                let at = at.value();
                accepted.insert((at / 1000, hash.value()), at).map_err(storage)?;
            }
        }
        txn.delete_table(ACCEPTED_V1).map_err(storage)?;
        let checkpointed = txn
            .open_table(JOURNAL)
            .map_err(storage)?
            .get(CHECKPOINTED)
            .map_err(storage)?
            .map_or(0, |g| g.value());
        txn.commit().map_err(storage)?;

        let (mut journal, frames) = Journal::open(path, segment_bytes, checkpointed)?;
        let replayed = frames.last().map_or(checkpointed, |(generation, _)| *generation);
        let mut pending = Pending::default();
        for (_, payload) in frames {
            pending.append(Pending::decode(&payload).ok_or(StoreError::Corrupt("journal frame"))?);
        }
        if !pending.is_empty() {
            apply(&db, &pending, Some(replayed), None)?;
        }
        // Everything the journal held is in redb now (a segment started but never written counts as covered too).
        journal.checkpointed(journal.generation());
        journal.rotate()?;
        let ingest = Mutex::new(Ingest {
            journal,
            pending: Pending::default(),
            applying: None,
            unsynced: false,
            synced_at: Instant::now(),
        });
        Ok(Self { db, ingest, checkpointing: Mutex::new(()), sync_every: SYNC_EVERY })
    }

    /// Durably adds transactions and issued receipts: one journal frame and one `fdatasync`. When this returns `Ok`
    /// they survive a crash; redb has them after the next [`Self::checkpoint`].
    pub fn put_records(&self, txs: &[(u64, Bytes)], receipts: &[IssuedReceipt]) -> Result<(), StoreError> {
        let now = now_ms();
        let records = Pending {
            txs: txs.iter().map(|(seq, raw)| (*seq, keccak256(raw).0, now, raw.clone())).collect(),
            receipts: receipts
                .iter()
                .map(|issued| ((issued.receipt.slot, issued.receipt.index), encode_receipt(issued)))
                .collect(),
        };
        if records.is_empty() {
            return Ok(());
        }
        let payload = records.encode();
        // At most three tries: the active segment is full, a new generation starts (after a checkpoint if the
        // other segment still needs one), the frame goes there.
        for _ in 0..3 {
            let mut ingest = lock(&self.ingest);
            match ingest.journal.append(&payload) {
                Ok(()) => {
                    ingest.pending.append(records);
                    return Ok(());
                }
                Err(JournalError::Full) if ingest.journal.can_rotate() => ingest.journal.rotate()?,
                Err(JournalError::Full) => {
                    drop(ingest);
                    self.checkpoint()?;
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(JournalError::Full.into())
    }

    /// Writes every journaled record to redb in one durable commit, and lets the journal reuse the segment that held
    /// them. Returns how many records it wrote. Appends go on meanwhile into a new generation, except when the journal
    /// has no free segment to start one in (an earlier checkpoint failed, or a segment filled before one ran): then
    /// they wait for this one. Whoever removes records does it in this commit ([`Self::checkpoint_then`]), so that no
    /// replay of the journal brings back what it removes.
    pub fn checkpoint(&self) -> Result<usize, StoreError> {
        self.checkpoint_then(None)
    }

    /// [`Self::checkpoint`], running `then` in the same durable commit after the journaled records (in a commit of its
    /// own when there are none).
    fn checkpoint_then(&self, then: Option<Removal<'_>>) -> Result<usize, StoreError> {
        let _one_at_a_time = lock(&self.checkpointing);
        self.checkpoint_durably(lock(&self.ingest), then)
    }

    /// The periodic checkpoint: writes the journaled records to redb in a commit that is not durable (no sync: the
    /// journal still holds them, and a crash replays them), so that redb's sync, which the next acknowledgement's
    /// `fdatasync` would queue behind, runs seldom. Durable instead, as [`Self::checkpoint`], once the active journal
    /// segment is half full (a segment is reused only after a durable checkpoint covered it) or a second
    /// (`SYNC_EVERY`) after the last durable one.
    pub fn checkpoint_lazily(&self) -> Result<usize, StoreError> {
        let _one_at_a_time = lock(&self.checkpointing);
        let mut ingest = lock(&self.ingest);
        if ingest.journal.half_full() || ingest.synced_at.elapsed() >= self.sync_every {
            return self.checkpoint_durably(ingest, None);
        }
        if ingest.pending.is_empty() {
            return Ok(0);
        }
        let records = std::mem::take(&mut ingest.pending);
        let count = records.txs.len() + records.receipts.len();
        let (mut ingest, applied) = self.apply_released(ingest, records, None, None);
        applied?;
        ingest.unsynced = true;
        Ok(count)
    }

    /// [`apply`] with `ingest` released meanwhile, so that appends go on: lookups find the records in `applying` until
    /// the commit ends, and a failed commit puts them back before what arrived since. Returns `ingest` locked again.
    fn apply_released<'a>(
        &'a self,
        mut ingest: MutexGuard<'a, Ingest>,
        records: Pending,
        generation: Option<u64>,
        then: Option<Removal<'_>>,
    ) -> (MutexGuard<'a, Ingest>, Result<(), StoreError>) {
        let records = Arc::new(records);
        ingest.applying = Some(records.clone());
        drop(ingest);
        let applied = apply(&self.db, &records, generation, then);
        let mut ingest = lock(&self.ingest);
        ingest.applying = None;
        if applied.is_err() {
            ingest.pending.prepend(Arc::unwrap_or_clone(records));
        }
        (ingest, applied)
    }

    /// [`Self::checkpoint_then`] once it holds the checkpoint lock and `ingest`.
    fn checkpoint_durably<'a>(
        &'a self,
        mut ingest: MutexGuard<'a, Ingest>,
        then: Option<Removal<'_>>,
    ) -> Result<usize, StoreError> {
        if ingest.pending.is_empty() && !ingest.unsynced {
            drop(ingest);
            if let Some(then) = then {
                let txn = self.db.begin_write().map_err(storage)?;
                then(&txn)?;
                txn.commit().map_err(storage)?;
            }
            return Ok(0);
        }
        let generation = ingest.journal.generation();
        let records = std::mem::take(&mut ingest.pending);
        let count = records.txs.len() + records.receipts.len();
        if ingest.journal.can_rotate() {
            if let Err(e) = ingest.journal.rotate() {
                ingest.pending.prepend(records);
                return Err(e.into());
            }
            let (relocked, applied) = self.apply_released(ingest, records, Some(generation), then);
            ingest = relocked;
            applied?;
            ingest.journal.checkpointed(generation);
        } else {
            if let Err(e) = apply(&self.db, &records, Some(generation), then) {
                ingest.pending.prepend(records);
                return Err(e);
            }
            ingest.journal.checkpointed(generation);
            ingest.journal.rotate()?;
        }
        // The durable commit made every earlier lazy one durable too.
        ingest.unsynced = false;
        ingest.synced_at = Instant::now();
        Ok(count)
    }

    /// Every issued receipt still kept, by slot and index.
    pub fn receipts(&self) -> Result<Vec<IssuedReceipt>, StoreError> {
        self.checkpoint()?;
        let txn = self.db.begin_read().map_err(storage)?;
        let table = txn.open_table(RECEIPTS).map_err(storage)?;
        let mut out = Vec::new();
        for item in table.iter().map_err(storage)? {
            let (key, value) = item.map_err(storage)?;
            out.push(decode_receipt(key.value(), value.value()).ok_or(StoreError::Corrupt("receipt"))?);
        }
        Ok(out)
    }

    /// Durably seals the receipt list of `slot`.
    pub fn seal_slot(&self, slot: u64) -> Result<(), StoreError> {
        let txn = self.db.begin_write().map_err(storage)?;
        txn.open_table(SEALED).map_err(storage)?.insert(slot, 1).map_err(storage)?;
        txn.commit().map_err(storage)
    }

    /// Slots whose receipt lists are sealed.
    pub fn sealed_slots(&self) -> Result<Vec<u64>, StoreError> {
        let txn = self.db.begin_read().map_err(storage)?;
        let table = txn.open_table(SEALED).map_err(storage)?;
        let mut out = Vec::new();
        for item in table.iter().map_err(storage)? {
            out.push(item.map_err(storage)?.0.value());
        }
        Ok(out)
    }

    /// Forgets receipts, seals, attestations and certificates of slots before `slot` (their faults have left the
    /// window), and arrival times older than an hour. Attested payloads are kept: derivation may still need them.
    pub fn prune_receipts(&self, slot: u64) -> Result<(), StoreError> {
        // In the checkpoint's commit, after the journaled receipts it may remove (and a prefix where the key starts
        // with the slot, so that a prune does not read every record it keeps).
        self.checkpoint_then(Some(&|txn| {
            let mut receipts = txn.open_table(RECEIPTS).map_err(storage)?;
            receipts.retain_in(..(slot, 0), |_, _| false).map_err(storage)?;
            let mut sealed = txn.open_table(SEALED).map_err(storage)?;
            sealed.retain_in(..slot, |_, _| false).map_err(storage)?;
            let mut attested = txn.open_table(ATTESTED).map_err(storage)?;
            attested.retain(|(_, s, _), _| s >= slot).map_err(storage)?;
            let mut certificates = txn.open_table(CERTIFICATES).map_err(storage)?;
            certificates
                .retain(|_, record| decode_certificate(record).is_ok_and(|c| c.0.slot >= slot))
                .map_err(storage)?;
            let mut accepted = txn.open_table(ACCEPTED).map_err(storage)?;
            accepted.retain_in(..(first_kept_second(now_ms()), [0; 32]), |_, _| false).map_err(storage)?;
            Ok(())
        }))?;
        Ok(())
    }

    /// Attests `attestation` with `sign` unless a different header was attested for its position; the attestation
    /// and the batch's `payload` (under `commitment`) are committed before the signature is returned. Attesting the
    /// same header again returns a fresh signature of it (BLS signatures are deterministic: the same bytes).
    pub fn attest_once<T, E>(
        &self,
        attestation: &Attestation,
        commitment: B256,
        payload: &Bytes,
        sign: impl FnOnce() -> Result<T, E>,
    ) -> Result<Result<T, E>, StoreError> {
        let key = (attestation.batchNumber, attestation.slot, attestation.parentHash.0);
        let txn = self.db.begin_write().map_err(storage)?;
        let signature = {
            let mut table = txn.open_table(ATTESTED).map_err(storage)?;
            if let Some(existing) = table.get(key).map_err(storage)? {
                let attested = B256::from(existing.value());
                if attested != attestation.headerHash {
                    return Err(StoreError::WouldConflict {
                        batch: attestation.batchNumber,
                        slot: attestation.slot,
                        attested,
                    });
                }
            }
            let signature = match sign() {
                Ok(sig) => sig,
                Err(e) => return Ok(Err(e)),
            };
            table.insert(key, attestation.headerHash.0).map_err(storage)?;
            let record = (attestation.slot, payload.clone()).abi_encode_params();
            txn.open_table(BATCH_DATA)
                .map_err(storage)?
                .insert(commitment.0, record.as_slice())
                .map_err(storage)?;
            signature
        };
        txn.commit().map_err(storage)?;
        Ok(Ok(signature))
    }

    /// The payload of an attested batch, by its data commitment.
    pub fn batch_data(&self, commitment: B256) -> Result<Option<Bytes>, StoreError> {
        let txn = self.db.begin_read().map_err(storage)?;
        let table = txn.open_table(BATCH_DATA).map_err(storage)?;
        let Some(record) = table.get(commitment.0).map_err(storage)? else { return Ok(None) };
        let (_, payload) = <(u64, Bytes)>::abi_decode_params(record.value())
            .map_err(|_| StoreError::Corrupt("batch data"))?;
        Ok(Some(payload))
    }

    /// When the node accepted the transaction `hash` (unix milliseconds), if it did within the last hour and at most
    /// [`ACCEPTED_LOOKBACK_S`] before `not_after_ms` (now when `None`; e.g. when the transaction's certificate was
    /// assembled).
    pub fn accepted_at(&self, hash: B256, not_after_ms: Option<u64>) -> Result<Option<u64>, StoreError> {
        let now = now_ms();
        let last = (not_after_ms.unwrap_or(now).min(now) / 1000).saturating_add(ACCEPTED_SKEW_S);
        let first = last.saturating_sub(ACCEPTED_SKEW_S + ACCEPTED_LOOKBACK_S).max(first_kept_second(now));
        let journaled = {
            let ingest = lock(&self.ingest);
            let find = |records: &Pending| records.txs.iter().find(|t| t.1 == hash.0).map(|t| t.2);
            find(&ingest.pending).or_else(|| ingest.applying.as_deref().and_then(find))
        };
        if let Some(at) = journaled {
            return Ok((first..=last).contains(&(at / 1000)).then_some(at));
        }
        let txn = self.db.begin_read().map_err(storage)?;
        let table = txn.open_table(ACCEPTED).map_err(storage)?;
        for second in (first..=last).rev() {
            if let Some(at) = table.get((second, hash.0)).map_err(storage)? {
                return Ok(Some(at.value()));
            }
        }
        Ok(None)
    }

    /// Keeps a certificate the node assembled, how long its round took and when it ended (milliseconds).
    pub fn put_certificate(
        &self,
        attestation: &Attestation,
        certificate: &Certificate,
        latency_ms: u64,
    ) -> Result<(), StoreError> {
        let txn = self.db.begin_write().map_err(storage)?;
        {
            let record = (
                attestation.clone(),
                certificate.signers,
                Bytes::copy_from_slice(certificate.signature.as_slice()),
                latency_ms,
                now_ms(),
            )
                .abi_encode_params();
            txn.open_table(CERTIFICATES)
                .map_err(storage)?
                .insert(attestation.headerHash.0, record.as_slice())
                .map_err(storage)?;
        }
        txn.commit().map_err(storage)
    }

    /// The certificate of the header `header_hash`, if this node assembled one, with its round's latency and the
    /// unix time it was assembled at (milliseconds).
    pub fn certificate(
        &self,
        header_hash: B256,
    ) -> Result<Option<(Attestation, Certificate, u64, u64)>, StoreError> {
        let txn = self.db.begin_read().map_err(storage)?;
        let table = txn.open_table(CERTIFICATES).map_err(storage)?;
        let Some(record) = table.get(header_hash.0).map_err(storage)? else { return Ok(None) };
        let (attestation, signers, signature, latency_ms, certified_at_ms) =
            decode_certificate(record.value()).map_err(|_| StoreError::Corrupt("certificate"))?;
        let signature =
            G1Bytes::try_from(signature.as_ref()).map_err(|_| StoreError::Corrupt("certificate"))?;
        Ok(Some((attestation, Certificate { signers, signature }, latency_ms, certified_at_ms)))
    }

    /// The certificates this node assembled for batch numbers from `from` on, in batch-number order, at most
    /// `limit` (the table holds only slots inside the fault window, so the scan is short).
    pub fn certificates_from(
        &self,
        from: u64,
        limit: usize,
    ) -> Result<Vec<CertifiedAttestation>, StoreError> {
        let txn = self.db.begin_read().map_err(storage)?;
        let table = txn.open_table(CERTIFICATES).map_err(storage)?;
        let mut out = Vec::new();
        for item in table.iter().map_err(storage)? {
            let (_, record) = item.map_err(storage)?;
            let (attestation, signers, signature, ..) =
                decode_certificate(record.value()).map_err(|_| StoreError::Corrupt("certificate"))?;
            if attestation.batchNumber < from {
                continue;
            }
            let signature =
                G1Bytes::try_from(signature.as_ref()).map_err(|_| StoreError::Corrupt("certificate"))?;
            out.push(CertifiedAttestation::new(attestation, &Certificate { signers, signature }));
        }
        out.sort_by_key(|c| (c.attestation.batchNumber, c.attestation.headerHash));
        out.truncate(limit);
        Ok(out)
    }

    /// Durably removes transactions.
    pub fn remove_txs(&self, seqs: &[u64]) -> Result<(), StoreError> {
        if seqs.is_empty() {
            return Ok(());
        }
        // In the checkpoint's commit: a removal must land after the insert it undoes, or a replay would bring the
        // transaction back.
        self.checkpoint_then(Some(&|txn| {
            let mut table = txn.open_table(MEMPOOL).map_err(storage)?;
            for seq in seqs {
                table.remove(seq).map_err(storage)?;
            }
            Ok(())
        }))?;
        Ok(())
    }

    /// Every stored mempool transaction, in arrival order.
    pub fn mempool(&self) -> Result<Vec<(u64, Bytes)>, StoreError> {
        self.checkpoint()?;
        let txn = self.db.begin_read().map_err(storage)?;
        let table = txn.open_table(MEMPOOL).map_err(storage)?;
        let mut out = Vec::new();
        for item in table.iter().map_err(storage)? {
            let (seq, raw) = item.map_err(storage)?;
            out.push((seq.value(), Bytes::copy_from_slice(raw.value())));
        }
        Ok(out)
    }

    /// Signs `header` (with its `payload`) using `sign` unless a different header was already signed for its
    /// position `(batchNumber, slot, parentHash)`; the record is committed before the signature is returned, so a
    /// crash cannot lose it. Asking again for the same header returns the stored signature. Other slots or
    /// parents for one batch number are other positions (what the node signs after a reorg dropped its batch).
    pub fn sign_once<E>(
        &self,
        header: &BatchHeader,
        payload: &Bytes,
        sign: impl FnOnce(&BatchHeader) -> Result<Bytes, E>,
    ) -> Result<Result<Bytes, E>, StoreError> {
        let txn = self.db.begin_write().map_err(storage)?;
        let signature = {
            let mut table = txn.open_table(SIGNED).map_err(storage)?;
            if let Some(existing) = table.get(position(header)).map_err(storage)? {
                let stored = decode_batch(existing.value())?;
                if stored.signed.header != *header {
                    return Err(StoreError::WouldEquivocate {
                        batch: header.batchNumber,
                        slot: header.slot,
                        signed: stored.signed.header.hash(),
                        asked: header.hash(),
                    });
                }
                return Ok(Ok(stored.signed.signature));
            }
            let signature = match sign(header) {
                Ok(sig) => sig,
                Err(e) => return Ok(Err(e)),
            };
            let record = (header.clone(), signature.clone(), payload.clone()).abi_encode_params();
            table.insert(position(header), record.as_slice()).map_err(storage)?;
            signature
        };
        txn.commit().map_err(storage)?;
        Ok(Ok(signature))
    }

    /// What the node signed for the position of `header`, if anything.
    pub fn signed_at(&self, header: &BatchHeader) -> Result<Option<SignedBatch>, StoreError> {
        let txn = self.db.begin_read().map_err(storage)?;
        let table = txn.open_table(SIGNED).map_err(storage)?;
        let stored = table.get(position(header)).map_err(storage)?;
        stored.map(|v| decode_batch(v.value())).transpose()
    }

    /// Fault switch `equivocate`: records a second header signed for a batch number, for the feed.
    pub fn put_equivocation(&self, header: &BatchHeader, signature: &Bytes) -> Result<(), StoreError> {
        let txn = self.db.begin_write().map_err(storage)?;
        {
            let mut table = txn.open_table(EQUIVOCATIONS).map_err(storage)?;
            let record = (header.clone(), signature.clone()).abi_encode_params();
            table.insert(header.batchNumber, record.as_slice()).map_err(storage)?;
        }
        txn.commit().map_err(storage)
    }

    /// Signed headers from batch `from`, at most `limit`, in batch order (with any second header the
    /// `equivocate` fault switch signed, right after the first).
    pub fn signed_headers(&self, from: u64, limit: usize) -> Result<Vec<SignedHeader>, StoreError> {
        let txn = self.db.begin_read().map_err(storage)?;
        let table = txn.open_table(SIGNED).map_err(storage)?;
        let extra = txn.open_table(EQUIVOCATIONS).map_err(storage)?;
        let mut out = Vec::new();
        for item in table.range((from, 0, [0u8; 32])..).map_err(storage)?.take(limit) {
            let (key, value) = item.map_err(storage)?;
            out.push(decode_batch(value.value())?.signed);
            if let Some(second) = extra.get(key.value().0).map_err(storage)? {
                out.push(decode_signed(second.value())?);
            }
        }
        Ok(out)
    }
}

/// A stored certificate: attestation, signers, signature, round latency and assembly time (ms).
fn decode_certificate(bytes: &[u8]) -> Result<(Attestation, u128, Bytes, u64, u64), alloy::sol_types::Error> {
    <(Attestation, u128, Bytes, u64, u64)>::abi_decode_params(bytes)
}

fn decode_batch(bytes: &[u8]) -> Result<SignedBatch, StoreError> {
    let (header, signature, payload) = <(BatchHeader, Bytes, Bytes)>::abi_decode_params(bytes)
        .map_err(|_| StoreError::Corrupt("signed header"))?;
    Ok(SignedBatch { signed: SignedHeader { header, signature }, payload })
}

fn decode_signed(bytes: &[u8]) -> Result<SignedHeader, StoreError> {
    let (header, signature) =
        <(BatchHeader, Bytes)>::abi_decode_params(bytes).map_err(|_| StoreError::Corrupt("signed header"))?;
    Ok(SignedHeader { header, signature })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::convert::Infallible;

    fn header(batch: u64, tag: u8) -> BatchHeader {
        BatchHeader { batchNumber: batch, txRoot: B256::repeat_byte(tag), ..Default::default() }
    }

    fn fake_sign(h: &BatchHeader) -> Result<Bytes, Infallible> {
        Ok(Bytes::copy_from_slice(h.hash().as_slice()))
    }

    #[test]
    fn never_signs_two_headers_for_one_position_even_after_reopening() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("node.redb");
        let payload = Bytes::from_static(b"payload");
        {
            let store = Store::open(&path).expect("opens");
            let first = store.sign_once(&header(3, 1), &payload, fake_sign).expect("db").expect("signs");
            let again =
                store.sign_once(&header(3, 1), &payload, fake_sign).expect("db").expect("same header");
            assert_eq!(first, again);
        }
        let store = Store::open(&path).expect("reopens");
        match store.sign_once(&header(3, 2), &payload, fake_sign) {
            Err(StoreError::WouldEquivocate { batch: 3, slot: 0, .. }) => {}
            other => panic!("expected a refusal, got {other:?}"),
        }
        let stored = store.signed_at(&header(3, 2)).expect("reads").expect("the header of that position");
        assert_eq!((stored.signed.header, stored.payload), (header(3, 1), payload.clone()));
        // The same batch number in a later slot, or on another parent: another position.
        let later = BatchHeader { slot: 1, ..header(3, 2) };
        store.sign_once(&later, &payload, fake_sign).expect("db").expect("a later slot is fine");
        let reparented = BatchHeader { parentHash: B256::repeat_byte(7), ..header(3, 2) };
        store.sign_once(&reparented, &payload, fake_sign).expect("db").expect("another parent is fine");
        store.sign_once(&header(4, 2), &payload, fake_sign).expect("db").expect("next batch is fine");
        let signed = store.signed_headers(0, 10).expect("reads");
        assert_eq!(signed.iter().map(|s| s.header.batchNumber).collect::<Vec<_>>(), vec![3, 3, 3, 4]);
        assert_eq!(store.signed_headers(4, 10).expect("reads").len(), 1);
    }

    #[test]
    fn first_round_records_are_migrated_and_keep_refusing_their_position() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("node.redb");
        {
            let db = Database::create(&path).expect("creates");
            let txn = db.begin_write().expect("txn");
            {
                let mut old = txn.open_table(SIGNED_V1).expect("table");
                let record = (header(5, 1), Bytes::from_static(b"sig")).abi_encode_params();
                old.insert(5, record.as_slice()).expect("inserts");
            }
            txn.commit().expect("commits");
        }
        let store = Store::open(&path).expect("opens and migrates");
        assert!(matches!(
            store.sign_once(&header(5, 2), &Bytes::new(), fake_sign),
            Err(StoreError::WouldEquivocate { batch: 5, .. })
        ));
        assert_eq!(store.signed_headers(0, 10).expect("reads").len(), 1);
    }

    #[test]
    fn receipts_and_seals_survive_reopening_until_pruned() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("node.redb");
        let issued = |slot: u64, index: u32| IssuedReceipt {
            receipt: InclusionReceipt { slot, index, ..Default::default() },
            signature: Bytes::from_static(b"sig"),
            raw: Bytes::from(vec![index as u8]),
        };
        {
            let store = Store::open(&path).expect("opens");
            store
                .put_records(&[(1, Bytes::from_static(b"a"))], &[issued(5, 0), issued(5, 1), issued(9, 0)])
                .expect("puts");
            store.seal_slot(5).expect("seals");
        }
        let store = Store::open(&path).expect("reopens");
        assert_eq!(store.receipts().expect("reads"), vec![issued(5, 0), issued(5, 1), issued(9, 0)]);
        assert_eq!(store.sealed_slots().expect("reads"), vec![5]);
        assert_eq!(store.mempool().expect("reads").len(), 1);
        store.prune_receipts(6).expect("prunes");
        assert_eq!(store.receipts().expect("reads"), vec![issued(9, 0)]);
        assert!(store.sealed_slots().expect("reads").is_empty());
    }

    fn raw(n: u32) -> Bytes {
        Bytes::from(n.to_be_bytes().repeat(8))
    }

    fn issued(slot: u64, index: u32) -> IssuedReceipt {
        IssuedReceipt {
            receipt: InclusionReceipt { slot, index, ..Default::default() },
            signature: Bytes::from_static(b"sig"),
            raw: raw(index),
        }
    }

    fn checkpointed(store: &Store) -> u64 {
        let txn = store.db.begin_read().expect("reads");
        let table = txn.open_table(JOURNAL).expect("table");
        table.get(CHECKPOINTED).expect("reads").map_or(0, |g| g.value())
    }

    /// What a `kill -9` leaves: acknowledged records in the journal, none of them in redb yet (no checkpoint ran).
    #[test]
    fn acknowledged_records_survive_a_crash_before_any_checkpoint() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("node.redb");
        {
            let store = Store::open(&path).expect("opens");
            store.put_records(&[(1, raw(1))], &[issued(4, 0)]).expect("puts");
            store.put_records(&[(2, raw(2))], &[issued(4, 1)]).expect("puts");
            assert!(
                store.accepted_at(keccak256(raw(2)), None).expect("reads").is_some(),
                "seen before a checkpoint"
            );
            let txn = store.db.begin_read().expect("reads");
            assert!(
                txn.open_table(MEMPOOL).expect("table").first().expect("reads").is_none(),
                "redb has none yet"
            );
        }
        let store = Store::open(&path).expect("reopens and replays");
        assert_eq!(store.mempool().expect("reads"), vec![(1, raw(1)), (2, raw(2))]);
        assert_eq!(store.receipts().expect("reads"), vec![issued(4, 0), issued(4, 1)]);
        assert!(store.accepted_at(keccak256(raw(1)), None).expect("reads").is_some());
        assert_eq!(checkpointed(&store), 1, "the replay recorded the generation it covered");
    }

    /// A removal must not be undone by the checkpoint or the replay of the insert it removes.
    #[test]
    fn a_transaction_removed_while_journaled_stays_removed_after_a_crash() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("node.redb");
        {
            let store = Store::open(&path).expect("opens");
            store.put_records(&[(1, raw(1)), (2, raw(2))], &[]).expect("puts");
            store.remove_txs(&[1]).expect("removes");
            store.put_records(&[(3, raw(3))], &[]).expect("puts");
            store.prune_receipts(0).expect("prunes");
            store.put_records(&[(4, raw(4))], &[]).expect("puts");
        }
        let store = Store::open(&path).expect("reopens");
        assert_eq!(store.mempool().expect("reads"), vec![(2, raw(2)), (3, raw(3)), (4, raw(4))]);
    }

    /// Small segments fill after three frames: the journal starts new generations, checkpointing first when the
    /// other segment is still needed. A crash after any acknowledged append, then more appends and a second crash,
    /// loses nothing.
    #[test]
    fn a_crash_at_any_point_of_rotations_and_checkpoints_loses_nothing() {
        let segment = 4096 + 1_600;
        for crash_after in 1..=30u64 {
            let dir = tempfile::tempdir().expect("tempdir");
            let path = dir.path().join("node.redb");
            let put = |store: &Store, seq: u64| {
                store.put_records(&[(seq, raw(seq as u32))], &[issued(seq, 0)]).expect("puts");
            };
            {
                let store = Store::open_with_journal(&path, segment).expect("opens");
                for seq in 0..crash_after {
                    put(&store, seq);
                    if seq % 9 == 2 {
                        store.checkpoint().expect("checkpoints");
                    } else if seq % 4 == 1 {
                        store.checkpoint_lazily().expect("checkpoints");
                    }
                }
            }
            {
                let store = Store::open_with_journal(&path, segment).expect("reopens");
                for seq in 100..107 {
                    put(&store, seq);
                }
            }
            let store = Store::open_with_journal(&path, segment).expect("reopens");
            let seqs: Vec<u64> = store.mempool().expect("reads").into_iter().map(|(s, _)| s).collect();
            assert_eq!(
                seqs,
                (0..crash_after).chain(100..107).collect::<Vec<_>>(),
                "crash after {crash_after}"
            );
            assert_eq!(store.receipts().expect("reads").len() as u64, crash_after + 7);
        }
    }

    /// The transaction sequence numbers in the journal frames of generations after `checkpointed`: what a crash now
    /// would replay.
    fn journaled(path: &Path, segment: u64, checkpointed: u64) -> Vec<u64> {
        let (_, frames) = Journal::open(path, segment, checkpointed).expect("opens the journal");
        frames
            .iter()
            .flat_map(|(_, payload)| Pending::decode(payload).expect("decodes").txs)
            .map(|(seq, ..)| seq)
            .collect()
    }

    /// A lazy checkpoint puts the records in redb (readers see them there) in a commit that records no generation,
    /// so the journal still replays them after a crash that loses that commit; a durable checkpoint after it records
    /// the generation, and nothing is left to replay.
    #[test]
    fn a_lazy_checkpoint_leaves_its_records_to_the_journal_until_a_durable_one() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("node.redb");
        let mut store = Store::open(&path).expect("opens");
        store.sync_every = Duration::from_secs(3_600); // however slow the machine, only the segment's fill counts
        let before = checkpointed(&store);
        store.put_records(&[(1, raw(1)), (2, raw(2))], &[issued(4, 0)]).expect("puts");
        assert_eq!(store.checkpoint_lazily().expect("checkpoints"), 3);
        {
            let txn = store.db.begin_read().expect("reads");
            let mempool = txn.open_table(MEMPOOL).expect("table");
            assert_eq!(redb::ReadableTableMetadata::len(&mempool).expect("counts"), 2, "in redb");
            assert!(txn.open_table(RECEIPTS).expect("table").get((4, 0)).expect("reads").is_some());
        }
        assert_eq!(checkpointed(&store), before, "no generation recorded by a commit that is not durable");
        assert_eq!(journaled(&path, JOURNAL_SEGMENT_BYTES, before), vec![1, 2], "a crash replays them");
        store.put_records(&[(3, raw(3))], &[]).expect("puts");
        assert_eq!(store.checkpoint_lazily().expect("checkpoints"), 1);
        assert_eq!(journaled(&path, JOURNAL_SEGMENT_BYTES, before), vec![1, 2, 3]);
        assert_eq!(
            store.checkpoint().expect("checkpoints"),
            0,
            "nothing new, but the earlier ones made durable"
        );
        let after = checkpointed(&store);
        assert!(after > before, "the durable checkpoint recorded the generation");
        assert!(journaled(&path, JOURNAL_SEGMENT_BYTES, after).is_empty(), "nothing left to replay");
        assert_eq!(store.checkpoint().expect("checkpoints"), 0, "and nothing more to do");
    }

    /// A segment is reused only after a durable checkpoint covered it: a lazy checkpoint turns durable once the
    /// active segment is half written, long before it fills.
    #[test]
    fn a_lazy_checkpoint_is_durable_once_the_active_segment_is_half_full() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("node.redb");
        let segment = 4096 + 4096;
        let mut store = Store::open_with_journal(&path, segment).expect("opens");
        store.sync_every = Duration::from_secs(3_600);
        let before = checkpointed(&store);
        let mut seq = 0;
        while !lock(&store.ingest).journal.half_full() {
            store.put_records(&[(seq, raw(seq as u32))], &[]).expect("puts");
            seq += 1;
            if !lock(&store.ingest).journal.half_full() {
                store.checkpoint_lazily().expect("checkpoints");
                assert_eq!(checkpointed(&store), before, "durable before the segment was half full");
            }
        }
        assert!(seq > 10, "several frames before half full");
        store.checkpoint_lazily().expect("checkpoints");
        assert!(checkpointed(&store) > before, "durable at half full");
        assert!(!lock(&store.ingest).journal.half_full(), "appends went on in a new segment");
    }

    /// At low load the segment never fills: a lazy checkpoint is durable once [`SYNC_EVERY`] has passed since the last
    /// durable one (redb reclaims the pages its commits free only then).
    #[test]
    fn a_lazy_checkpoint_is_durable_once_the_sync_period_has_passed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut store = Store::open(&dir.path().join("node.redb")).expect("opens");
        let before = checkpointed(&store);
        store.sync_every = Duration::ZERO;
        store.put_records(&[(1, raw(1))], &[]).expect("puts");
        assert_eq!(store.checkpoint_lazily().expect("checkpoints"), 1);
        assert!(checkpointed(&store) > before);
    }

    /// Checkpoints race the group commit in the node: every record acknowledged while they ran is found afterwards,
    /// in redb or replayed from the journal.
    #[test]
    fn checkpoints_running_beside_appends_lose_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("node.redb");
        {
            let store = std::sync::Arc::new(Store::open_with_journal(&path, 4096 + 4096).expect("opens"));
            let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
            let checkpointer = {
                let (store, done) = (store.clone(), done.clone());
                std::thread::spawn(move || {
                    let mut written = 0;
                    for round in 0.. {
                        if done.load(std::sync::atomic::Ordering::Relaxed) {
                            break;
                        }
                        written += if round % 3 == 0 {
                            store.checkpoint().expect("checkpoints")
                        } else {
                            store.checkpoint_lazily().expect("checkpoints")
                        };
                    }
                    written
                })
            };
            for seq in 0..500u64 {
                store.put_records(&[(seq, raw(seq as u32))], &[]).expect("puts");
            }
            done.store(true, std::sync::atomic::Ordering::Relaxed);
            assert!(checkpointer.join().expect("joins") > 0, "the checkpoints ran meanwhile");
        }
        let store = Store::open_with_journal(&path, 4096 + 4096).expect("reopens");
        let seqs: Vec<u64> = store.mempool().expect("reads").into_iter().map(|(s, _)| s).collect();
        assert_eq!(seqs, (0..500).collect::<Vec<_>>());
    }

    #[test]
    fn a_journal_frame_round_trips_and_a_malformed_one_is_refused() {
        let records = Pending {
            txs: vec![(7, keccak256(raw(7)).0, 123, raw(7))],
            receipts: vec![((9, 2), b"record".to_vec())],
        };
        let encoded = records.encode();
        let decoded = Pending::decode(&encoded).expect("decodes");
        assert_eq!((decoded.txs, decoded.receipts), (records.txs, records.receipts));
        assert!(Pending::decode(&encoded[..encoded.len() - 1]).is_none(), "truncated");
        assert!(Pending::decode(&[encoded.as_slice(), &[0]].concat()).is_none(), "trailing bytes");
    }

    #[test]
    fn mempool_survives_reopening() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("node.redb");
        {
            let store = Store::open(&path).expect("opens");
            store
                .put_records(
                    &[
                        (1, Bytes::from_static(b"a")),
                        (2, Bytes::from_static(b"b")),
                        (3, Bytes::from_static(b"c")),
                    ],
                    &[],
                )
                .expect("puts");
            store.remove_txs(&[2]).expect("removes");
        }
        let store = Store::open(&path).expect("reopens");
        assert_eq!(
            store.mempool().expect("reads"),
            vec![(1, Bytes::from_static(b"a")), (3, Bytes::from_static(b"c"))]
        );
    }

    #[test]
    fn certificates_are_served_in_batch_order_with_their_times_and_pruned_by_slot() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(&dir.path().join("node.redb")).expect("opens");
        let before = now_ms();
        store.put_records(&[(1, Bytes::from_static(b"tx"))], &[]).expect("puts");
        let accepted = store.accepted_at(keccak256(b"tx"), None).expect("reads").expect("recorded");
        assert!(accepted >= before);
        assert_eq!(store.accepted_at(B256::ZERO, None).expect("reads"), None);

        let attestation = |batch: u64, slot: u64, tag: u8| Attestation {
            batchNumber: batch,
            slot,
            parentHash: B256::ZERO,
            headerHash: B256::repeat_byte(tag),
        };
        let certificate = Certificate { signers: 0b111, signature: G1Bytes::repeat_byte(9) };
        for (batch, slot, tag) in [(7, 20, 1), (5, 18, 2), (7, 20, 3), (9, 22, 4)] {
            store.put_certificate(&attestation(batch, slot, tag), &certificate, 12).expect("puts");
        }
        let served: Vec<(u64, u8)> = store
            .certificates_from(6, 2)
            .expect("reads")
            .iter()
            .map(|c| (c.attestation.batchNumber, c.attestation.headerHash[0]))
            .collect();
        assert_eq!(served, vec![(7, 1), (7, 3)], "from batch 6 on, in order, at most 2");
        let (_, held, latency, certified_at) =
            store.certificate(B256::repeat_byte(4)).expect("reads").expect("held");
        assert_eq!((held, latency), (certificate, 12));
        assert!(certified_at >= accepted, "assembled after the transaction arrived");

        store.prune_receipts(20).expect("prunes");
        assert_eq!(store.certificates_from(0, 10).expect("reads").len(), 3, "slot 18's is gone");
    }

    /// Arrival times are found within the window before the time asked about, and not outside it; an hour later
    /// they are pruned, a prefix of the table.
    #[test]
    fn arrival_times_are_found_in_a_bounded_window_and_pruned_after_an_hour() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(&dir.path().join("node.redb")).expect("opens");
        let now = now_ms();
        let (recent, old, stale) = (B256::repeat_byte(1), B256::repeat_byte(2), B256::repeat_byte(3));
        let old_at = now - 1_200_000;
        let stale_at = now - ACCEPTED_RETENTION_MS - 5_000;
        {
            let txn = store.db.begin_write().expect("writes");
            {
                let mut table = txn.open_table(ACCEPTED).expect("table");
                table.insert((now / 1000, recent.0), now).expect("inserts");
                table.insert((old_at / 1000, old.0), old_at).expect("inserts");
                table.insert((stale_at / 1000, stale.0), stale_at).expect("inserts");
            }
            txn.commit().expect("commits");
        }
        assert_eq!(store.accepted_at(recent, None).expect("reads"), Some(now));
        assert_eq!(
            store.accepted_at(old, None).expect("reads"),
            None,
            "twenty minutes back: outside the window"
        );
        let certified = old_at + 300_000;
        assert_eq!(
            store.accepted_at(old, Some(certified)).expect("reads"),
            Some(old_at),
            "five minutes before"
        );
        assert_eq!(
            store.accepted_at(old, Some(old_at - 20_000)).expect("reads"),
            Some(old_at),
            "a peer's clock"
        );
        assert_eq!(store.accepted_at(old, Some(old_at - 60_000)).expect("reads"), None, "a minute before it");
        assert_eq!(
            store.accepted_at(recent, Some(now + 86_400_000)).expect("reads"),
            Some(now),
            "future: now"
        );

        store.prune_receipts(0).expect("prunes");
        let txn = store.db.begin_read().expect("reads");
        let kept: Vec<[u8; 32]> = txn
            .open_table(ACCEPTED)
            .expect("table")
            .iter()
            .expect("reads")
            .map(|item| item.expect("reads").0.value().1)
            .collect();
        assert_eq!(kept, vec![old.0, recent.0], "only the arrival older than an hour is gone, oldest first");
    }

    /// A database written with arrival times keyed by hash alone keeps them under the time-first key.
    #[test]
    fn arrival_times_of_the_first_layout_are_migrated() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("node.redb");
        let at = now_ms() - 2_000;
        {
            let db = Database::create(&path).expect("creates");
            let txn = db.begin_write().expect("writes");
            txn.open_table(ACCEPTED_V1).expect("table").insert(B256::repeat_byte(5).0, at).expect("inserts");
            txn.commit().expect("commits");
        }
        let store = Store::open(&path).expect("opens and migrates");
        assert_eq!(store.accepted_at(B256::repeat_byte(5), None).expect("reads"), Some(at));
        let txn = store.db.begin_read().expect("reads");
        assert!(txn.open_table(ACCEPTED_V1).is_err(), "the first table is gone");
    }

    /// While a checkpoint writes records to redb they are in neither `pending` nor a committed table: lookups see them
    /// in `applying`.
    #[test]
    fn an_arrival_being_checkpointed_is_still_found() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(&dir.path().join("node.redb")).expect("opens");
        store.put_records(&[(1, raw(1))], &[]).expect("puts");
        {
            let mut ingest = lock(&store.ingest);
            let records = std::mem::take(&mut ingest.pending);
            ingest.applying = Some(Arc::new(records));
        }
        assert!(store.accepted_at(keccak256(raw(1)), None).expect("reads").is_some());
        let hour_ago = now_ms() - 3_600_000;
        assert_eq!(store.accepted_at(keccak256(raw(1)), Some(hour_ago)).expect("reads"), None, "same window");
    }

    /// Receipt records round-trip in the compact layout, records of the first (ABI) layout still read, and a cut or
    /// misplaced record does not.
    #[test]
    fn receipt_records_of_both_layouts_read_back() {
        let issued = IssuedReceipt {
            receipt: InclusionReceipt {
                l2ChainId: 901,
                txHash: B256::repeat_byte(0xab),
                slot: 77,
                index: 3,
                beneficiary: alloy::primitives::Address::repeat_byte(0xcd),
            },
            signature: Bytes::from(vec![7u8; 65 + 16 * 32]),
            raw: raw(9),
        };
        let record = encode_receipt(&issued);
        assert_eq!(record.len(), 63 + issued.signature.len() + issued.raw.len());
        assert_eq!(decode_receipt((77, 3), &record), Some(issued.clone()));
        for cut in [0, 1, 60, 63 + issued.signature.len() - 1] {
            assert_eq!(decode_receipt((77, 3), &record[..cut]), None, "cut at {cut}");
        }
        let legacy =
            (issued.receipt.clone(), issued.signature.clone(), issued.raw.clone()).abi_encode_params();
        assert!(legacy.len() >= record.len() + 250, "{} against {}", legacy.len(), record.len());
        assert_eq!(decode_receipt((77, 3), &legacy), Some(issued));
        assert_eq!(decode_receipt((77, 4), &legacy), None, "a record under another key");
    }

    /// A prune of receipts still only in the journal removes them in the checkpoint's own commit: none comes back
    /// when the journal is replayed, and the later slot's stays.
    #[test]
    fn receipts_pruned_while_journaled_stay_pruned_after_a_crash() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("node.redb");
        {
            let store = Store::open(&path).expect("opens");
            store.put_records(&[(1, raw(1))], &[issued(3, 0), issued(3, 1)]).expect("puts");
            store.put_records(&[(2, raw(2))], &[issued(9, 0)]).expect("puts");
            store.prune_receipts(5).expect("prunes");
            assert_eq!(checkpointed(&store), 1, "the prune's commit recorded the generation it covered");
        }
        let store = Store::open(&path).expect("reopens and replays");
        assert_eq!(store.receipts().expect("reads"), vec![issued(9, 0)]);
        assert_eq!(store.mempool().expect("reads").len(), 2, "transactions are not the prune's to remove");
    }
}
