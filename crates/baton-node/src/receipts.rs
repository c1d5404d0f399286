//! The node's inclusion receipts (docs/PROTOCOL.md §Inclusion receipts): which slots it may still promise, the
//! list of promised transactions of each slot, and the receipts it issued.
//!
//! Guarantees, with the store and the sequencer: a receipt is on disk before it leaves the node; a slot's list is
//! sealed (on disk) before the node signs that slot's first header, and no receipt joins a sealed list; every batch
//! the node posts in a slot carries the sealed list's transactions at their promised indices. So neither a crash
//! nor a restart nor a reorg that makes it re-post ever breaks a receipt it issued.

use std::{
    collections::{BTreeMap, HashMap, HashSet},
    sync::{Mutex, MutexGuard, RwLock},
};

use alloy::primitives::{Address, Bytes, B256};
use baton_protocol::receipt::{InclusionReceipt, SignedReceipt};

use crate::store::{Store, StoreError};

/// A slot the node leads and may still post in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct LedSlot {
    /// The slot.
    pub(crate) slot: u64,
    /// Its last L1 block.
    pub(crate) last_block: u64,
}

/// What the sequencer last saw: the L1 head and the slots ahead that this node leads.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Window {
    pub(crate) head: u64,
    pub(crate) led: Vec<LedSlot>,
}

/// How much a node promises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ReceiptLimits {
    /// Most receipts per slot (each is a liveness liability of `receiptLivenessPenalty`).
    pub(crate) per_slot: usize,
    /// Most bytes of promised transactions per slot (at most the batch size).
    pub(crate) bytes_per_slot: usize,
    /// Blocks a slot must still have after the next one for the node to promise in it.
    pub(crate) margin_blocks: u64,
}

/// Why no receipt was issued (the transaction is still accepted and pooled).
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub(crate) enum NoReceipt {
    /// The node leads no slot it can still post in within its horizon.
    #[error("this node leads no slot it can still post in within its receipt horizon; send to the leader of an upcoming slot (see `baton status`)")]
    NotLeading,
    /// Every slot it leads within the horizon is full or sealed.
    #[error("the receipt lists of this node's upcoming slots are full")]
    Full,
    /// The transaction was promised elsewhere in the list already (returned instead).
    #[error("already promised")]
    Known(Box<SignedReceipt>),
    /// The same transaction is being promised by a concurrent request (ask again with `baton_getReceipt`).
    #[error("a receipt for this transaction is being issued to a concurrent request; fetch it with baton_getReceipt")]
    InFlight,
}

#[derive(Debug, Default)]
struct Plan {
    sealed: bool,
    /// Promised transactions by index (a gap only after a failed write; the batch fills it with a pool transaction).
    txs: BTreeMap<u32, Bytes>,
    bytes: usize,
}

#[derive(Debug, Default)]
struct Book {
    plans: BTreeMap<u64, Plan>,
    by_tx: HashMap<B256, SignedReceipt>,
    /// Reserved, not yet signed and persisted: a second request for the same transaction must not reserve a
    /// second index for it.
    in_flight: HashSet<B256>,
}

/// The node's receipts, shared by the HTTP server (which issues them) and the sequencer (which seals and posts them).
#[derive(Debug)]
pub(crate) struct ReceiptBook {
    book: Mutex<Book>,
    window: RwLock<Window>,
    limits: ReceiptLimits,
}

/// A position reserved for a transaction, to sign and persist before the receipt is given out.
#[derive(Debug)]
pub(crate) struct Reservation {
    pub(crate) receipt: InclusionReceipt,
    /// The promised slot's last L1 block.
    pub(crate) last_block: u64,
}

impl ReceiptBook {
    /// The book as the store left it.
    pub(crate) fn load(store: &Store, limits: ReceiptLimits, signer: Address) -> Result<Self, StoreError> {
        let mut book = Book::default();
        for issued in store.receipts()? {
            let plan = book.plans.entry(issued.receipt.slot).or_default();
            plan.bytes += issued.raw.len();
            plan.txs.insert(issued.receipt.index, issued.raw);
            let signed = SignedReceipt { receipt: issued.receipt, signature: issued.signature, signer };
            book.by_tx.insert(signed.receipt.txHash, signed);
        }
        for slot in store.sealed_slots()? {
            book.plans.entry(slot).or_default().sealed = true;
        }
        Ok(Self { book: Mutex::new(book), window: RwLock::new(Window::default()), limits })
    }

    fn book(&self) -> MutexGuard<'_, Book> {
        // Every method leaves the book consistent before it can panic.
        self.book.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The sequencer's latest view of which slots this node leads.
    pub(crate) fn set_window(&self, window: Window) {
        if let Ok(mut w) = self.window.write() {
            *w = window;
        }
    }

    /// Whether the receipt list of `slot` is sealed.
    pub(crate) fn is_sealed(&self, slot: u64) -> bool {
        self.book().plans.get(&slot).is_some_and(|p| p.sealed)
    }

    /// The receipt issued for `tx_hash`, if any.
    pub(crate) fn get(&self, tx_hash: &B256) -> Option<SignedReceipt> {
        self.book().by_tx.get(tx_hash).cloned()
    }

    /// Reserves the next index of the first slot the node leads, can still post in and has room in, for the
    /// transaction `raw` (hash `tx_hash`), promising compensation to `beneficiary`.
    pub(crate) fn reserve(
        &self,
        l2_chain_id: u64,
        tx_hash: B256,
        raw: &Bytes,
        beneficiary: Address,
    ) -> Result<Reservation, NoReceipt> {
        let window = self.window.read().map(|w| w.clone()).unwrap_or_default();
        let mut book = self.book();
        if let Some(known) = book.by_tx.get(&tx_hash) {
            return Err(NoReceipt::Known(Box::new(known.clone())));
        }
        if book.in_flight.contains(&tx_hash) {
            return Err(NoReceipt::InFlight);
        }
        let mut any = false;
        for led in &window.led {
            // The batch lands in the next block at the earliest; keep a margin for its transaction to be mined.
            if led.last_block < window.head + 1 + self.limits.margin_blocks {
                continue;
            }
            any = true;
            let plan = book.plans.entry(led.slot).or_default();
            let next = plan.txs.last_key_value().map_or(0, |(i, _)| *i + 1);
            if plan.sealed
                || next as usize >= self.limits.per_slot
                || plan.bytes + raw.len() > self.limits.bytes_per_slot
            {
                continue;
            }
            plan.txs.insert(next, raw.clone());
            plan.bytes += raw.len();
            book.in_flight.insert(tx_hash);
            let receipt = InclusionReceipt {
                l2ChainId: l2_chain_id,
                txHash: tx_hash,
                slot: led.slot,
                index: next,
                beneficiary,
            };
            return Ok(Reservation { receipt, last_block: led.last_block });
        }
        Err(if any { NoReceipt::Full } else { NoReceipt::NotLeading })
    }

    /// Records a signed and persisted receipt, so `get` finds it.
    pub(crate) fn issued(&self, signed: SignedReceipt) {
        let mut book = self.book();
        book.in_flight.remove(&signed.receipt.txHash);
        book.by_tx.insert(signed.receipt.txHash, signed);
    }

    /// Gives up a reservation whose receipt was never given out (signing or persisting failed). Its index stays
    /// taken: the batch carries the transaction there, which keeps no promise and breaks none.
    pub(crate) fn abandon(&self, tx_hash: &B256) {
        self.book().in_flight.remove(tx_hash);
    }

    /// Seals the list of `slot` (on disk first) and returns its promised transactions by index. Idempotent.
    pub(crate) fn seal(&self, slot: u64, store: &Store) -> Result<BTreeMap<u32, Bytes>, StoreError> {
        let mut book = self.book();
        let plan = book.plans.entry(slot).or_default();
        if !plan.sealed {
            store.seal_slot(slot)?;
            plan.sealed = true;
        }
        Ok(plan.txs.clone())
    }

    /// Forgets slots before `slot` (their faults have left the window), in memory and on disk.
    pub(crate) fn prune(&self, slot: u64, store: &Store) -> Result<(), StoreError> {
        let mut book = self.book();
        if book.plans.first_key_value().is_none_or(|(s, _)| *s >= slot) {
            return Ok(());
        }
        store.prune_receipts(slot)?;
        book.plans = book.plans.split_off(&slot);
        book.by_tx.retain(|_, r| r.receipt.slot >= slot);
        Ok(())
    }
}

/// Builds a slot's batch: the promised transactions at their indices, every gap and the rest filled from `pool` in
/// order. Returns the raw transactions and, for each taken from the pool, its position in `pool`.
pub(crate) fn fill(planned: &BTreeMap<u32, Bytes>, pool: &[Bytes]) -> (Vec<Bytes>, Vec<usize>) {
    let mut out = Vec::with_capacity(planned.len() + pool.len());
    let mut used = Vec::new();
    let mut next_pool = 0;
    let last = planned.last_key_value().map_or(0, |(i, _)| *i as usize + 1);
    for index in 0..last {
        match planned.get(&(index as u32)) {
            Some(raw) => out.push(raw.clone()),
            None if next_pool < pool.len() => {
                out.push(pool[next_pool].clone());
                used.push(next_pool);
                next_pool += 1;
            }
            // A gap no pool transaction can fill: the later receipts of the slot break (only after a failed write).
            None => {}
        }
    }
    for (i, raw) in pool.iter().enumerate().skip(next_pool) {
        out.push(raw.clone());
        used.push(i);
    }
    (out, used)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::IssuedReceipt;
    use alloy::primitives::keccak256;

    fn limits() -> ReceiptLimits {
        ReceiptLimits { per_slot: 2, bytes_per_slot: 1_000, margin_blocks: 1 }
    }

    fn book(dir: &tempfile::TempDir) -> (Store, ReceiptBook) {
        let store = Store::open(&dir.path().join("n.redb")).expect("opens");
        let book = ReceiptBook::load(&store, limits(), Address::ZERO).expect("loads");
        (store, book)
    }

    fn tx(n: u8) -> (B256, Bytes) {
        let raw = Bytes::from(vec![n; 10]);
        (keccak256(&raw), raw)
    }

    /// The node signs receipts with libsecp256k1: the same deterministic (RFC 6979) bytes as the k256 signer every
    /// other part uses, which the contracts and `cast` agree with.
    #[test]
    fn receipts_signed_on_libsecp256k1_are_the_k256_bytes() {
        let key = alloy::signers::local::PrivateKeySigner::random();
        let domain = baton_protocol::header::domain(1, Address::repeat_byte(7));
        for n in 0..8u8 {
            let receipt = InclusionReceipt {
                l2ChainId: 901,
                txHash: keccak256([n]),
                slot: u64::from(n) * 3,
                index: u32::from(n),
                beneficiary: Address::repeat_byte(n),
            };
            let k256 = receipt.sign(&domain, &key).expect("signs");
            assert_eq!(receipt.sign(&domain, &key.to_secp256k1()).expect("signs"), k256);
            // As the node signs: from the separator it hashed once.
            assert_eq!(receipt.sign_under(&domain.separator(), &key.to_secp256k1()).expect("signs"), k256);
            assert_eq!(receipt.recover_signer(&domain, &k256).expect("recovers"), key.address());
        }
    }

    #[test]
    fn promises_only_slots_it_leads_with_time_left_in_index_order() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (_, book) = book(&dir);
        let (h, raw) = tx(1);
        assert_eq!(
            book.reserve(901, h, &raw, Address::ZERO).expect_err("not leading"),
            NoReceipt::NotLeading
        );
        // Slot 3 ends at block 11: with the head at 10 the next block is its last, inside the margin.
        book.set_window(Window {
            head: 10,
            led: vec![LedSlot { slot: 3, last_block: 11 }, LedSlot { slot: 5, last_block: 19 }],
        });
        let first = book.reserve(901, h, &raw, Address::ZERO).expect("slot 5");
        assert_eq!((first.receipt.slot, first.receipt.index), (5, 0));
        let (h2, raw2) = tx(2);
        assert_eq!(book.reserve(901, h2, &raw2, Address::ZERO).expect("room").receipt.index, 1);
        let (h3, raw3) = tx(3);
        assert_eq!(book.reserve(901, h3, &raw3, Address::ZERO).expect_err("full"), NoReceipt::Full);
    }

    /// Two requests for one transaction at once (a user racing itself) must not get two indices: the batch could
    /// carry it at one only, and the other receipt would be broken by construction.
    #[test]
    fn one_transaction_is_reserved_once_even_while_its_receipt_is_in_flight() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (_, book) = book(&dir);
        let led = vec![LedSlot { slot: 2, last_block: 20 }, LedSlot { slot: 3, last_block: 24 }];
        book.set_window(Window { head: 0, led });
        let (h, raw) = tx(1);
        let first = book.reserve(901, h, &raw, Address::ZERO).expect("reserves");
        assert_eq!(book.reserve(901, h, &raw, Address::ZERO).expect_err("in flight"), NoReceipt::InFlight);
        let signed = SignedReceipt {
            receipt: first.receipt,
            signature: Bytes::from_static(b"sig"),
            signer: Address::ZERO,
        };
        book.issued(signed.clone());
        assert_eq!(
            book.reserve(901, h, &raw, Address::ZERO).expect_err("known"),
            NoReceipt::Known(Box::new(signed))
        );
        // A reservation given up (its write failed) frees the transaction for another try, at a new index.
        let (h2, raw2) = tx(2);
        book.reserve(901, h2, &raw2, Address::ZERO).expect("reserves");
        book.abandon(&h2);
        let again = book.reserve(901, h2, &raw2, Address::ZERO).expect("again").receipt;
        assert_eq!((again.slot, again.index), (3, 0), "slot 2 is full: its indices stay taken");
    }

    #[test]
    fn a_sealed_slot_takes_no_receipt_even_after_a_restart() {
        let dir = tempfile::tempdir().expect("tempdir");
        {
            let (store, book) = book(&dir);
            book.set_window(Window { head: 0, led: vec![LedSlot { slot: 2, last_block: 20 }] });
            let (h, raw) = tx(1);
            let r = book.reserve(901, h, &raw, Address::ZERO).expect("reserves");
            let issued = IssuedReceipt { receipt: r.receipt, signature: Bytes::from_static(b"sig"), raw };
            store.put_records(&[], &[issued]).expect("persists");
            let sealed = book.seal(2, &store).expect("seals");
            assert_eq!(sealed.len(), 1);
        }
        let (store, book) = book(&dir);
        book.set_window(Window { head: 0, led: vec![LedSlot { slot: 2, last_block: 20 }] });
        assert!(book.is_sealed(2));
        let (h, raw) = tx(9);
        assert_eq!(book.reserve(901, h, &raw, Address::ZERO).expect_err("full"), NoReceipt::Full);
        assert_eq!(book.seal(2, &store).expect("seals again").get(&0), Some(&tx(1).1));
        assert!(book.get(&tx(1).0).is_some(), "the issued receipt is found after the restart");
        book.prune(3, &store).expect("prunes");
        assert!(book.get(&tx(1).0).is_none());
    }

    #[test]
    fn the_batch_puts_promises_at_their_indices_and_fills_the_rest_from_the_pool() {
        let planned: BTreeMap<u32, Bytes> = [(0, tx(1).1), (2, tx(2).1)].into_iter().collect();
        let pool = vec![tx(7).1, tx(8).1, tx(9).1];
        let (batch, used) = fill(&planned, &pool);
        assert_eq!(batch, vec![tx(1).1, tx(7).1, tx(2).1, tx(8).1, tx(9).1]);
        assert_eq!(used, vec![0, 1, 2]);
        let (batch, used) = fill(&BTreeMap::new(), &pool);
        assert_eq!((batch, used), (pool, vec![0, 1, 2]));
    }
}
