//! The node's embedded database (redb): the mempool, so accepted transactions survive a restart, and every
//! header the node signed, so it can never sign two different headers for one batch number.

use std::path::Path;

use alloy::{
    primitives::{Bytes, B256},
    sol_types::SolValue,
};
use baton_protocol::BatchHeader;
use redb::{Database, ReadableDatabase, ReadableTable, TableDefinition};

const MEMPOOL: TableDefinition<'_, u64, &[u8]> = TableDefinition::new("mempool");
const SIGNED: TableDefinition<'_, u64, &[u8]> = TableDefinition::new("signed_headers");
/// Second headers signed by the `equivocate` fault switch (never written by an honest node).
const EQUIVOCATIONS: TableDefinition<'_, u64, &[u8]> = TableDefinition::new("equivocations");

/// Errors of the node's database.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// redb failed (I/O, corruption, ...).
    #[error("database: {0}")]
    Db(#[from] redb::Error),
    /// A stored record does not decode.
    #[error("corrupt {0} record")]
    Corrupt(&'static str),
    /// Refused: the node already signed a different header for this batch number.
    #[error("refusing to sign a second header for batch {batch}: already signed {signed}, asked {asked}")]
    WouldEquivocate {
        /// The batch number.
        batch: u64,
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

/// The node's database file.
#[derive(Debug)]
pub struct Store {
    db: Database,
}

impl Store {
    /// Opens (or creates) the database at `path`.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let db = Database::create(path).map_err(storage)?;
        let txn = db.begin_write().map_err(storage)?;
        txn.open_table(MEMPOOL).map_err(storage)?;
        txn.open_table(SIGNED).map_err(storage)?;
        txn.open_table(EQUIVOCATIONS).map_err(storage)?;
        txn.commit().map_err(storage)?;
        Ok(Self { db })
    }

    /// Durably adds transactions (one commit for all of them).
    pub fn put_txs(&self, txs: &[(u64, Bytes)]) -> Result<(), StoreError> {
        let txn = self.db.begin_write().map_err(storage)?;
        {
            let mut table = txn.open_table(MEMPOOL).map_err(storage)?;
            for (seq, raw) in txs {
                table.insert(seq, raw.as_ref()).map_err(storage)?;
            }
        }
        txn.commit().map_err(storage)
    }

    /// Durably removes transactions.
    pub fn remove_txs(&self, seqs: &[u64]) -> Result<(), StoreError> {
        if seqs.is_empty() {
            return Ok(());
        }
        let txn = self.db.begin_write().map_err(storage)?;
        {
            let mut table = txn.open_table(MEMPOOL).map_err(storage)?;
            for seq in seqs {
                table.remove(seq).map_err(storage)?;
            }
        }
        txn.commit().map_err(storage)
    }

    /// Every stored mempool transaction, in arrival order.
    pub fn mempool(&self) -> Result<Vec<(u64, Bytes)>, StoreError> {
        let txn = self.db.begin_read().map_err(storage)?;
        let table = txn.open_table(MEMPOOL).map_err(storage)?;
        let mut out = Vec::new();
        for item in table.iter().map_err(storage)? {
            let (seq, raw) = item.map_err(storage)?;
            out.push((seq.value(), Bytes::copy_from_slice(raw.value())));
        }
        Ok(out)
    }

    /// Signs `header` with `sign` unless a different header was already signed for its batch number; the
    /// record is committed before the signature is returned, so a crash cannot lose it. Asking again for the
    /// same header returns the stored signature.
    pub fn sign_once<E>(
        &self,
        header: &BatchHeader,
        sign: impl FnOnce(&BatchHeader) -> Result<Bytes, E>,
    ) -> Result<Result<Bytes, E>, StoreError> {
        let batch = header.batchNumber;
        let txn = self.db.begin_write().map_err(storage)?;
        let signature = {
            let mut table = txn.open_table(SIGNED).map_err(storage)?;
            if let Some(existing) = table.get(batch).map_err(storage)? {
                let stored = decode_signed(existing.value())?;
                if stored.header != *header {
                    return Err(StoreError::WouldEquivocate {
                        batch,
                        signed: stored.header.hash(),
                        asked: header.hash(),
                    });
                }
                return Ok(Ok(stored.signature));
            }
            let signature = match sign(header) {
                Ok(sig) => sig,
                Err(e) => return Ok(Err(e)),
            };
            let record = (header.clone(), signature.clone()).abi_encode_params();
            table.insert(batch, record.as_slice()).map_err(storage)?;
            signature
        };
        txn.commit().map_err(storage)?;
        Ok(Ok(signature))
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
        for item in table.range(from..).map_err(storage)?.take(limit) {
            let (batch, value) = item.map_err(storage)?;
            out.push(decode_signed(value.value())?);
            if let Some(second) = extra.get(batch.value()).map_err(storage)? {
                out.push(decode_signed(second.value())?);
            }
        }
        Ok(out)
    }
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
    fn never_signs_two_headers_for_one_batch_even_after_reopening() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("node.redb");
        {
            let store = Store::open(&path).expect("opens");
            let first = store.sign_once(&header(3, 1), fake_sign).expect("db").expect("signs");
            let again = store.sign_once(&header(3, 1), fake_sign).expect("db").expect("same header");
            assert_eq!(first, again);
        }
        let store = Store::open(&path).expect("reopens");
        match store.sign_once(&header(3, 2), fake_sign) {
            Err(StoreError::WouldEquivocate { batch: 3, .. }) => {}
            other => panic!("expected a refusal, got {other:?}"),
        }
        store.sign_once(&header(4, 2), fake_sign).expect("db").expect("next batch is fine");
        let signed = store.signed_headers(0, 10).expect("reads");
        assert_eq!(signed.iter().map(|s| s.header.batchNumber).collect::<Vec<_>>(), vec![3, 4]);
    }

    #[test]
    fn mempool_survives_reopening() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("node.redb");
        {
            let store = Store::open(&path).expect("opens");
            store
                .put_txs(&[
                    (1, Bytes::from_static(b"a")),
                    (2, Bytes::from_static(b"b")),
                    (3, Bytes::from_static(b"c")),
                ])
                .expect("puts");
            store.remove_txs(&[2]).expect("removes");
        }
        let store = Store::open(&path).expect("reopens");
        assert_eq!(
            store.mempool().expect("reads"),
            vec![(1, Bytes::from_static(b"a")), (3, Bytes::from_static(b"c"))]
        );
    }
}
