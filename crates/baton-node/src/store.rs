//! The node's embedded database (redb): the mempool, so accepted transactions survive a restart; every
//! header the node signed with its payload, so it can never sign two different headers for one position
//! `(batchNumber, slot, parentHash)` and can re-post exactly what it signed after an L1 reorg dropped it; and every
//! inclusion receipt it issued with its transaction, plus the slots whose receipt lists are sealed, so a restart
//! never breaks a promise; and, for committee certificates, every attestation it signed (one header per position,
//! as for its own headers), the payloads it attested (served to derivation) and the certificates it assembled.

use std::path::Path;

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
use redb::{Database, ReadableDatabase, ReadableTable, TableDefinition};

const MEMPOOL: TableDefinition<'_, u64, &[u8]> = TableDefinition::new("mempool");
/// Signed headers by position `(batchNumber, slot, parentHash)`: `abi.encode(header, signature, payload)`.
const SIGNED: TableDefinition<'_, (u64, u64, [u8; 32]), &[u8]> = TableDefinition::new("signed_positions");
/// The first-round table (one header per batch number, no payload), migrated into [`SIGNED`] at open.
const SIGNED_V1: TableDefinition<'_, u64, &[u8]> = TableDefinition::new("signed_headers");
/// Second headers signed by the `equivocate` fault switch (never written by an honest node).
const EQUIVOCATIONS: TableDefinition<'_, u64, &[u8]> = TableDefinition::new("equivocations");
/// Issued receipts by `(slot, index)`: `abi.encode(receipt, signature, rawTransaction)`.
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
/// When each accepted transaction arrived (unix milliseconds), by hash: `baton track` measures submission to
/// certificate with it. Kept for [`ACCEPTED_RETENTION_MS`].
const ACCEPTED: TableDefinition<'_, [u8; 32], u64> = TableDefinition::new("accepted_at");

/// How long arrival times are kept: far longer than any batch takes to be posted and certified.
const ACCEPTED_RETENTION_MS: u64 = 3_600_000;

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

fn position(header: &BatchHeader) -> (u64, u64, [u8; 32]) {
    (header.batchNumber, header.slot, header.parentHash.0)
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
        txn.open_table(ACCEPTED).map_err(storage)?;
        txn.commit().map_err(storage)?;
        Ok(Self { db })
    }

    /// Durably adds transactions and issued receipts (one commit for all of them).
    pub fn put_records(&self, txs: &[(u64, Bytes)], receipts: &[IssuedReceipt]) -> Result<(), StoreError> {
        let txn = self.db.begin_write().map_err(storage)?;
        {
            let mut table = txn.open_table(MEMPOOL).map_err(storage)?;
            let mut accepted = txn.open_table(ACCEPTED).map_err(storage)?;
            let now = now_ms();
            for (seq, raw) in txs {
                table.insert(seq, raw.as_ref()).map_err(storage)?;
                accepted.insert(keccak256(raw).0, now).map_err(storage)?;
            }
            let mut table = txn.open_table(RECEIPTS).map_err(storage)?;
            for issued in receipts {
                let record = (issued.receipt.clone(), issued.signature.clone(), issued.raw.clone())
                    .abi_encode_params();
                table
                    .insert((issued.receipt.slot, issued.receipt.index), record.as_slice())
                    .map_err(storage)?;
            }
        }
        txn.commit().map_err(storage)
    }

    /// Every issued receipt still kept, by slot and index.
    pub fn receipts(&self) -> Result<Vec<IssuedReceipt>, StoreError> {
        let txn = self.db.begin_read().map_err(storage)?;
        let table = txn.open_table(RECEIPTS).map_err(storage)?;
        let mut out = Vec::new();
        for item in table.iter().map_err(storage)? {
            let (_, value) = item.map_err(storage)?;
            let (receipt, signature, raw) =
                <(InclusionReceipt, Bytes, Bytes)>::abi_decode_params(value.value())
                    .map_err(|_| StoreError::Corrupt("receipt"))?;
            out.push(IssuedReceipt { receipt, signature, raw });
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
        let txn = self.db.begin_write().map_err(storage)?;
        {
            let mut receipts = txn.open_table(RECEIPTS).map_err(storage)?;
            receipts.retain(|(s, _), _| s >= slot).map_err(storage)?;
            let mut sealed = txn.open_table(SEALED).map_err(storage)?;
            sealed.retain(|s, _| s >= slot).map_err(storage)?;
            let mut attested = txn.open_table(ATTESTED).map_err(storage)?;
            attested.retain(|(_, s, _), _| s >= slot).map_err(storage)?;
            let mut certificates = txn.open_table(CERTIFICATES).map_err(storage)?;
            certificates
                .retain(|_, record| decode_certificate(record).is_ok_and(|c| c.0.slot >= slot))
                .map_err(storage)?;
            let horizon = now_ms().saturating_sub(ACCEPTED_RETENTION_MS);
            txn.open_table(ACCEPTED).map_err(storage)?.retain(|_, at| at >= horizon).map_err(storage)?;
        }
        txn.commit().map_err(storage)
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

    /// When the node accepted the transaction `hash` (unix milliseconds), if it did within the last hour.
    pub fn accepted_at(&self, hash: B256) -> Result<Option<u64>, StoreError> {
        let txn = self.db.begin_read().map_err(storage)?;
        let table = txn.open_table(ACCEPTED).map_err(storage)?;
        Ok(table.get(hash.0).map_err(storage)?.map(|at| at.value()))
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
        let accepted = store.accepted_at(keccak256(b"tx")).expect("reads").expect("recorded");
        assert!(accepted >= before);
        assert_eq!(store.accepted_at(B256::ZERO).expect("reads"), None);

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
}
