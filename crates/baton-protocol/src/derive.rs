//! Derivation: the canonical ordered L2 transaction list, rebuilt from L1 records alone
//! (docs/PROTOCOL.md §Derivation).
//!
//! The caller fetches, in batch-number order, each appended batch (its header, `queueStart` and its data from
//! calldata or blob sidecars) and the forced entries; [`derive()`] checks that the records form one chain, then
//! emits for each batch the forced entries it includes followed by its own transactions. A batch whose data
//! does not match its header keeps its place in the chain but contributes no transactions of its own.

use std::collections::BTreeMap;

use alloy::{
    eips::eip4844::{
        builder::{SidecarCoder, SimpleCoder},
        Blob,
    },
    primitives::{keccak256, Address, Bytes, B256, U256},
};

use crate::{
    payload::{self, PayloadError},
    tx_root::tx_root,
    BatchHeader,
};

/// What a forced-queue entry carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryContent {
    /// A raw signed L2 transaction.
    Transaction(Bytes),
    /// An ETH deposit to an L2 address.
    Deposit {
        /// L2 recipient.
        to: Address,
        /// Amount in wei, net of the inclusion fee.
        value: U256,
    },
}

/// A forced-queue entry as `ForcedEntryQueued` reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ForcedEntry {
    /// Queue index.
    pub index: u64,
    /// L1 account that queued it.
    pub sender: Address,
    /// Last block at which a batch may skip it.
    pub deadline: u64,
    /// What it carries.
    pub content: EntryContent,
}

/// Where a batch's own data came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BatchData {
    /// The `payload` argument of `appendBatch`.
    Calldata(Bytes),
    /// The blobs of the transaction, in order, with their versioned hashes.
    Blobs {
        /// Versioned hashes from the transaction (what the inbox committed to).
        versioned_hashes: Vec<B256>,
        /// Blob contents, already checked against their KZG commitments by the fetcher.
        blobs: Vec<Blob>,
    },
    /// `appendForcedBatch`: no data of its own.
    ForcedOnly,
    /// `appendCertifiedBatch`: the payload, fetched from the committee that certified it (checked against the
    /// header's data commitment like calldata).
    Committee(Bytes),
}

/// One appended batch as L1 recorded it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BatchRecord {
    /// The recorded header.
    pub header: BatchHeader,
    /// First forced entry the batch includes (`BatchAppended.queueStart`).
    pub queue_start: u64,
    /// Its data.
    pub data: BatchData,
}

/// One item of the canonical L2 list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum L2Item {
    /// A forced transaction, at queue `index`.
    Forced {
        /// Queue index.
        index: u64,
        /// Raw transaction.
        tx: Bytes,
    },
    /// A forced ETH deposit, at queue `index`.
    Deposit {
        /// Queue index.
        index: u64,
        /// L1 sender.
        from: Address,
        /// L2 recipient.
        to: Address,
        /// Amount in wei.
        value: U256,
    },
    /// A transaction the sequencer put in batch `batch`.
    Sequenced {
        /// Batch number.
        batch: u64,
        /// Raw transaction.
        tx: Bytes,
    },
}

/// Why a batch's own transactions were dropped.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Rejection {
    /// The data does not hash to the header's `dataCommitment`.
    #[error("data commitment mismatch: header {header}, data {actual}")]
    DataCommitment {
        /// What the header commits to.
        header: B256,
        /// What the data hashes to.
        actual: B256,
    },
    /// The blobs do not decode with the simple 4844 coding.
    #[error("blobs do not decode")]
    BlobCoding,
    /// The payload is not a valid payload.
    #[error("invalid payload: {0}")]
    Payload(#[from] PayloadError),
    /// The decoded transactions do not produce the header's `txRoot`.
    #[error("tx root mismatch: header {header}, transactions {actual}")]
    TxRoot {
        /// What the header commits to.
        header: B256,
        /// The root of the decoded transactions.
        actual: B256,
    },
}

/// The records do not form the chain L1 holds: a fetching bug or an unfaithful RPC, never a sequencer fault.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DeriveError {
    /// Batch numbers are not consecutive.
    #[error("expected batch {expected}, got {actual}")]
    Gap {
        /// The next number.
        expected: u64,
        /// What came.
        actual: u64,
    },
    /// A header does not chain to the previous one.
    #[error("batch {0} does not chain to its parent")]
    BrokenChain(u64),
    /// A batch's `queueStart` is not the previous batch's `queuePosition`.
    #[error("batch {batch} starts the queue at {actual}, expected {expected}")]
    QueueDiscontinuity {
        /// The batch.
        batch: u64,
        /// Previous queue position.
        expected: u64,
        /// Its queue start.
        actual: u64,
    },
    /// A forced entry a batch includes was not supplied.
    #[error("forced entry {0} is missing")]
    MissingEntry(u64),
}

/// The derived list plus the batches whose own transactions were dropped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Derived {
    /// Canonical L2 items in order.
    pub items: Vec<L2Item>,
    /// `(batch number, why)` for every batch whose own data was rejected.
    pub rejected: Vec<(u64, Rejection)>,
}

impl Derived {
    /// The sequenced L2 transactions, in canonical order (forced entries left out).
    pub fn sequenced(&self) -> impl Iterator<Item = &Bytes> {
        self.items.iter().filter_map(|item| match item {
            L2Item::Sequenced { tx, .. } => Some(tx),
            _ => None,
        })
    }
}

/// The decoded own transactions of one batch, or why they are rejected.
pub fn batch_transactions(record: &BatchRecord) -> Result<Vec<Bytes>, Rejection> {
    let header = &record.header;
    let payload = match &record.data {
        BatchData::ForcedOnly => return Ok(Vec::new()),
        BatchData::Calldata(data) | BatchData::Committee(data) => {
            check_commitment(header.dataCommitment, keccak256(data))?;
            data.clone()
        }
        BatchData::Blobs { versioned_hashes, blobs } => {
            let concatenated: Vec<u8> = versioned_hashes.iter().flat_map(|h| h.0).collect();
            check_commitment(header.dataCommitment, keccak256(concatenated))?;
            let chunks = SimpleCoder::default().decode_all(blobs).ok_or(Rejection::BlobCoding)?;
            Bytes::from(chunks.concat())
        }
    };
    let txs = payload::decode(&payload)?;
    let hashes: Vec<B256> = txs.iter().map(keccak256).collect();
    let actual = tx_root(&hashes);
    if actual != header.txRoot {
        return Err(Rejection::TxRoot { header: header.txRoot, actual });
    }
    Ok(txs)
}

fn check_commitment(header: B256, actual: B256) -> Result<(), Rejection> {
    if header == actual {
        Ok(())
    } else {
        Err(Rejection::DataCommitment { header, actual })
    }
}

/// Derives the canonical list from `batches` (consecutive, in order) and the forced entries they include.
/// `previous` is the header of the batch before the first one (`None` when starting at batch 0).
pub fn derive(
    previous: Option<&BatchHeader>,
    batches: &[BatchRecord],
    entries: &BTreeMap<u64, ForcedEntry>,
) -> Result<Derived, DeriveError> {
    let mut out = Derived::default();
    let (mut next, mut parent, mut position) = match previous {
        Some(h) => (h.batchNumber + 1, h.hash(), h.queuePosition),
        None => (batches.first().map_or(0, |b| b.header.batchNumber), B256::ZERO, 0),
    };
    for (i, record) in batches.iter().enumerate() {
        let header = &record.header;
        if header.batchNumber != next {
            return Err(DeriveError::Gap { expected: next, actual: header.batchNumber });
        }
        // Without a known predecessor, the first batch's parent is taken on trust from L1.
        if (previous.is_some() || i > 0) && header.parentHash != parent {
            return Err(DeriveError::BrokenChain(header.batchNumber));
        }
        if (previous.is_some() || i > 0) && record.queue_start != position {
            return Err(DeriveError::QueueDiscontinuity {
                batch: header.batchNumber,
                expected: position,
                actual: record.queue_start,
            });
        }
        for index in record.queue_start..header.queuePosition {
            let entry = entries.get(&index).ok_or(DeriveError::MissingEntry(index))?;
            out.items.push(match &entry.content {
                EntryContent::Transaction(tx) => L2Item::Forced { index, tx: tx.clone() },
                EntryContent::Deposit { to, value } => {
                    L2Item::Deposit { index, from: entry.sender, to: *to, value: *value }
                }
            });
        }
        match batch_transactions(record) {
            Ok(txs) => out.items.extend(txs.into_iter().map(|tx| L2Item::Sequenced { batch: next, tx })),
            Err(why) => out.rejected.push((next, why)),
        }
        next += 1;
        parent = header.hash();
        position = header.queuePosition;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::TxFactory;
    use alloy::eips::eip4844::builder::SidecarBuilder;

    fn calldata_batch(n: u64, parent: B256, queue: (u64, u64), txs: &[Bytes]) -> BatchRecord {
        let data = payload::encode(txs).expect("encodes");
        let hashes: Vec<B256> = txs.iter().map(keccak256).collect();
        BatchRecord {
            header: BatchHeader {
                l2ChainId: 901,
                batchNumber: n,
                slot: n,
                parentHash: parent,
                dataCommitment: keccak256(&data),
                txRoot: tx_root(&hashes),
                queuePosition: queue.1,
                sequencer: Address::repeat_byte(1),
            },
            queue_start: queue.0,
            data: BatchData::Calldata(data),
        }
    }

    fn entries() -> BTreeMap<u64, ForcedEntry> {
        let mut m = BTreeMap::new();
        m.insert(
            0,
            ForcedEntry {
                index: 0,
                sender: Address::repeat_byte(9),
                deadline: 10,
                content: EntryContent::Transaction(Bytes::from_static(b"forced")),
            },
        );
        m.insert(
            1,
            ForcedEntry {
                index: 1,
                sender: Address::repeat_byte(8),
                deadline: 11,
                content: EntryContent::Deposit { to: Address::repeat_byte(7), value: U256::from(5) },
            },
        );
        m
    }

    #[test]
    fn forced_entries_come_first_then_the_batch_in_order() {
        let mut factory = TxFactory::new(901, 3, 1);
        let (a, b) = (factory.batch(3), factory.batch(2));
        let first = calldata_batch(0, B256::ZERO, (0, 0), &a);
        let second = calldata_batch(1, first.header.hash(), (0, 2), &b);
        let derived = derive(None, &[first, second], &entries()).expect("derives");
        assert!(derived.rejected.is_empty());
        let mut expected: Vec<L2Item> =
            a.iter().map(|tx| L2Item::Sequenced { batch: 0, tx: tx.clone() }).collect();
        expected.push(L2Item::Forced { index: 0, tx: Bytes::from_static(b"forced") });
        expected.push(L2Item::Deposit {
            index: 1,
            from: Address::repeat_byte(8),
            to: Address::repeat_byte(7),
            value: U256::from(5),
        });
        expected.extend(b.iter().map(|tx| L2Item::Sequenced { batch: 1, tx: tx.clone() }));
        assert_eq!(derived.items, expected);
    }

    #[test]
    fn a_batch_whose_data_lies_is_dropped_but_its_forced_entries_stay() {
        let txs = TxFactory::new(901, 3, 2).batch(2);
        let mut lying = calldata_batch(0, B256::ZERO, (0, 1), &txs);
        lying.header.txRoot = keccak256("not these");
        let derived = derive(None, &[lying], &entries()).expect("derives");
        assert_eq!(derived.items, vec![L2Item::Forced { index: 0, tx: Bytes::from_static(b"forced") }]);
        assert!(matches!(derived.rejected[..], [(0, Rejection::TxRoot { .. })]));

        let mut swapped = calldata_batch(0, B256::ZERO, (0, 0), &txs);
        swapped.data = BatchData::Calldata(Bytes::from_static(b"other data"));
        let derived = derive(None, &[swapped], &entries()).expect("derives");
        assert!(matches!(derived.rejected[..], [(0, Rejection::DataCommitment { .. })]));
    }

    #[test]
    fn blob_batches_decode_through_the_simple_coding() {
        let txs = TxFactory::new(901, 3, 3).batch(40);
        let payload = payload::encode(&txs).expect("encodes");
        let blobs = SidecarBuilder::<SimpleCoder>::from_slice(&payload).take();
        let versioned_hashes = vec![keccak256("vh0")];
        let mut record = calldata_batch(0, B256::ZERO, (0, 0), &txs);
        record.header.dataCommitment = keccak256(versioned_hashes[0]);
        record.data = BatchData::Blobs { versioned_hashes, blobs };
        assert_eq!(batch_transactions(&record).expect("valid"), txs);
    }

    #[test]
    fn inconsistent_records_are_errors_not_rejections() {
        let txs = TxFactory::new(901, 3, 4).batch(1);
        let first = calldata_batch(0, B256::ZERO, (0, 0), &txs);
        let unlinked = calldata_batch(1, keccak256("elsewhere"), (0, 0), &txs);
        assert_eq!(derive(None, &[first.clone(), unlinked], &entries()), Err(DeriveError::BrokenChain(1)));
        let skipped = calldata_batch(2, first.header.hash(), (0, 0), &txs);
        assert_eq!(
            derive(None, &[first.clone(), skipped], &entries()),
            Err(DeriveError::Gap { expected: 1, actual: 2 })
        );
        let needs_missing = calldata_batch(1, first.header.hash(), (0, 3), &txs);
        assert_eq!(derive(None, &[first, needs_missing], &entries()), Err(DeriveError::MissingEntry(2)));
    }
}
