//! The ordered mempool: first come, first served, bounded, deduplicated by hash.
//!
//! Order is arrival order: each accepted transaction gets the next sequence number while the pool's lock is
//! held, so there are no ties (two requests racing are ordered by who takes the lock first). A transaction
//! stays in the pool until the node sees it in a batch on L1; while a batch that carries it is being posted it
//! is marked in flight and not offered again.

use std::collections::{BTreeMap, HashMap, HashSet};

use alloy::primitives::{Bytes, B256};

/// Capacity limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Most transactions held.
    pub max_txs: usize,
    /// Most bytes held.
    pub max_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self { max_txs: 200_000, max_bytes: 256 << 20 }
    }
}

/// Outcome of [`Mempool::insert`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Insert {
    /// New, with this sequence number.
    Added(u64),
    /// Already held (or already in flight).
    Known,
    /// No room.
    Full,
}

/// One pooled transaction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PoolTx {
    /// Arrival sequence number.
    pub seq: u64,
    /// keccak256 of the raw bytes (the L2 transaction hash).
    pub hash: B256,
    /// EIP-2718 bytes.
    pub raw: Bytes,
}

/// The pool.
#[derive(Debug, Default)]
pub struct Mempool {
    limits: Limits,
    by_seq: BTreeMap<u64, PoolTx>,
    by_hash: HashMap<B256, u64>,
    in_flight: HashSet<u64>,
    /// Transactions another node promised (by sequence number): not offered before this L1 block, when the
    /// promised slot has ended; the promiser includes them first.
    held: HashMap<u64, u64>,
    bytes: usize,
    next_seq: u64,
}

impl Mempool {
    /// An empty pool.
    pub fn new(limits: Limits) -> Self {
        Self { limits, ..Default::default() }
    }

    /// Restores transactions loaded from disk (in their original order and sequence numbers).
    pub fn restore(&mut self, txs: impl IntoIterator<Item = (u64, B256, Bytes)>) {
        for (seq, hash, raw) in txs {
            self.bytes += raw.len();
            self.by_hash.insert(hash, seq);
            self.by_seq.insert(seq, PoolTx { seq, hash, raw });
            self.next_seq = self.next_seq.max(seq + 1);
        }
    }

    /// Adds a transaction whose hash is `hash`.
    pub fn insert(&mut self, hash: B256, raw: Bytes) -> Insert {
        if self.by_hash.contains_key(&hash) {
            return Insert::Known;
        }
        if self.by_seq.len() >= self.limits.max_txs || self.bytes + raw.len() > self.limits.max_bytes {
            return Insert::Full;
        }
        let seq = self.next_seq;
        self.next_seq += 1;
        self.bytes += raw.len();
        self.by_hash.insert(hash, seq);
        self.by_seq.insert(seq, PoolTx { seq, hash, raw });
        Insert::Added(seq)
    }

    /// Holds transaction `seq` back until block `not_before` (another node promised it for a slot ending before).
    pub fn hold(&mut self, seq: u64, not_before: u64) {
        if self.by_seq.contains_key(&seq) {
            self.held.insert(seq, not_before);
        }
    }

    /// The oldest transactions not in flight nor held at `next_block`, up to `max_txs` and `max_bytes`, marked in
    /// flight.
    pub fn take(&mut self, max_txs: usize, max_bytes: usize, next_block: u64) -> Vec<PoolTx> {
        let mut out = Vec::new();
        let mut bytes = 0;
        for tx in self.by_seq.values() {
            if out.len() == max_txs {
                break;
            }
            if self.in_flight.contains(&tx.seq) || self.held.get(&tx.seq).is_some_and(|b| next_block < *b) {
                continue;
            }
            if bytes + tx.raw.len() > max_bytes {
                break;
            }
            bytes += tx.raw.len();
            out.push(tx.clone());
        }
        self.in_flight.extend(out.iter().map(|tx| tx.seq));
        out
    }

    /// Offers in-flight transactions again (their batch did not land).
    pub fn release(&mut self, seqs: &[u64]) {
        for seq in seqs {
            self.in_flight.remove(seq);
        }
    }

    /// Drops the transactions with these hashes (seen in a batch on L1); returns them, so that a reorg that
    /// drops the batch can [`restore`](Self::restore) them.
    pub fn remove_included(&mut self, hashes: &[B256]) -> Vec<PoolTx> {
        let mut removed = Vec::new();
        for hash in hashes {
            if let Some(seq) = self.by_hash.remove(hash) {
                if let Some(tx) = self.by_seq.remove(&seq) {
                    self.bytes -= tx.raw.len();
                    removed.push(tx);
                }
                self.in_flight.remove(&seq);
                self.held.remove(&seq);
            }
        }
        removed
    }

    /// Transactions held.
    pub fn len(&self) -> usize {
        self.by_seq.len()
    }

    /// Whether the pool is empty.
    pub fn is_empty(&self) -> bool {
        self.by_seq.is_empty()
    }

    /// Bytes held.
    pub fn bytes(&self) -> usize {
        self.bytes
    }

    /// Whether `hash` is held.
    pub fn contains(&self, hash: &B256) -> bool {
        self.by_hash.contains_key(hash)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::keccak256;

    fn tx(n: u8) -> (B256, Bytes) {
        let raw = Bytes::from(vec![n; 10]);
        (keccak256(&raw), raw)
    }

    #[test]
    fn first_come_first_served_dedup_and_in_flight() {
        let mut pool = Mempool::new(Limits::default());
        for n in 0..5 {
            let (h, r) = tx(n);
            assert_eq!(pool.insert(h, r), Insert::Added(u64::from(n)));
        }
        let (h, r) = tx(2);
        assert_eq!(pool.insert(h, r), Insert::Known);
        let first = pool.take(2, usize::MAX, 0);
        assert_eq!(first.iter().map(|t| t.seq).collect::<Vec<_>>(), vec![0, 1]);
        let next = pool.take(10, usize::MAX, 0);
        assert_eq!(next.iter().map(|t| t.seq).collect::<Vec<_>>(), vec![2, 3, 4], "in flight is skipped");
        pool.release(&[0, 1]);
        assert_eq!(pool.take(10, usize::MAX, 0).iter().map(|t| t.seq).collect::<Vec<_>>(), vec![0, 1]);
        assert_eq!(pool.remove_included(&[first[0].hash, keccak256("unknown")]), vec![first[0].clone()]);
        assert_eq!(pool.len(), 4);
    }

    #[test]
    fn bounded_by_count_and_bytes() {
        let mut pool = Mempool::new(Limits { max_txs: 2, max_bytes: 25 });
        let (a, ra) = tx(1);
        let (b, rb) = tx(2);
        let (c, rc) = tx(3);
        assert_eq!(pool.insert(a, ra), Insert::Added(0));
        assert_eq!(pool.insert(b, rb), Insert::Added(1));
        assert_eq!(pool.insert(c, rc.clone()), Insert::Full);
        pool.remove_included(&[a]);
        assert_eq!(pool.insert(c, rc), Insert::Added(2));
        assert_eq!(pool.bytes(), 20);
        let mut small = Mempool::new(Limits { max_txs: 10, max_bytes: 15 });
        let (d, rd) = tx(4);
        let (e, re) = tx(5);
        assert_eq!(small.insert(d, rd), Insert::Added(0));
        assert_eq!(small.insert(e, re), Insert::Full, "bytes bound");
    }

    #[test]
    fn take_respects_the_byte_budget() {
        let mut pool = Mempool::new(Limits::default());
        for n in 0..4 {
            let (h, r) = tx(n);
            pool.insert(h, r);
        }
        assert_eq!(pool.take(10, 25, 0).len(), 2);
    }

    #[test]
    fn a_transaction_another_node_promised_is_held_until_its_slot_ended() {
        let mut pool = Mempool::new(Limits::default());
        let (a, ra) = tx(1);
        let (b, rb) = tx(2);
        pool.insert(a, ra);
        pool.insert(b, rb);
        pool.hold(0, 50);
        let taken: Vec<u64> = pool.take(10, usize::MAX, 49).iter().map(|t| t.seq).collect();
        assert_eq!(taken, vec![1], "held before block 50");
        pool.release(&taken);
        assert_eq!(pool.take(10, usize::MAX, 50).len(), 2, "offered once the slot has ended");
    }
}
