//! The node's view of the L1 record, built to follow reorgs of any depth: the batches it has seen (with the
//! block that recorded each), checkpoints of the blocks it processed (to find where a reorg forked), and the
//! transactions each recent batch took out of the mempool (so a reorg that drops the batch puts them back).
//! Pure bookkeeping; the sequencer asks L1 which checkpoint is still canonical and calls [`ChainView::rewind`].

use std::collections::{BTreeMap, VecDeque};

use alloy::primitives::{Address, B256};
use baton_protocol::BatchHeader;

use crate::mempool::PoolTx;

/// Checkpoints kept: one per distinct processed head, so reorgs at least this deep are followed exactly.
const CHECKPOINTS: usize = 256;
/// Headers kept; a reorg older than the oldest of them makes the node read the record again from genesis.
const HEADERS: usize = 4_096;

/// A recorded batch as the node saw it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Recorded {
    header: BatchHeader,
    block: u64,
}

/// What the node knows of the chain of batches, and how to undo it.
#[derive(Debug)]
pub(crate) struct ChainView {
    genesis: u64,
    scanned: u64,
    checkpoints: VecDeque<(u64, B256)>,
    headers: BTreeMap<u64, Recorded>,
    /// Blocks at or below this one may hold batches no longer in `headers` (pruned).
    pruned_through: Option<u64>,
    included: BTreeMap<u64, (u64, Vec<PoolTx>)>,
}

impl ChainView {
    /// Nothing seen yet; the record starts at `genesis` (the deployment's `genesisBlock()`).
    pub(crate) fn new(genesis: u64) -> Self {
        Self {
            genesis,
            scanned: genesis.saturating_sub(1),
            checkpoints: VecDeque::new(),
            headers: BTreeMap::new(),
            pruned_through: None,
            included: BTreeMap::new(),
        }
    }

    /// The last block whose batches were processed.
    pub(crate) const fn scanned(&self) -> u64 {
        self.scanned
    }

    /// The newest recorded header.
    pub(crate) fn tip(&self) -> Option<&BatchHeader> {
        self.headers.values().next_back().map(|r| &r.header)
    }

    /// Signers of the recorded batches posted in `slot` (zero for unsequenced ones), in batch order.
    pub(crate) fn signers_in(&self, slot: u64) -> Vec<Address> {
        let mut signers: Vec<Address> = self
            .headers
            .values()
            .rev()
            .take_while(|r| r.header.slot >= slot)
            .filter(|r| r.header.slot == slot)
            .map(|r| r.header.sequencer)
            .collect();
        signers.reverse();
        signers
    }

    /// Records batch `header`, recorded in `block`, which took `txs` out of the pool.
    pub(crate) fn record(&mut self, header: BatchHeader, block: u64, txs: Vec<PoolTx>) {
        let number = header.batchNumber;
        if !txs.is_empty() {
            self.included.insert(number, (block, txs));
        }
        self.headers.insert(number, Recorded { header, block });
        while self.headers.len() > HEADERS {
            if let Some((_, oldest)) = self.headers.pop_first() {
                self.pruned_through = Some(self.pruned_through.unwrap_or(0).max(oldest.block));
            }
        }
    }

    /// Marks every block up to `block` (whose hash is `hash`) as processed.
    pub(crate) fn scanned_to(&mut self, block: u64, hash: B256) {
        self.scanned = block;
        if self.checkpoints.back().is_some_and(|(b, _)| *b == block) {
            self.checkpoints.pop_back();
        }
        self.checkpoints.push_back((block, hash));
        while self.checkpoints.len() > CHECKPOINTS {
            self.checkpoints.pop_front();
        }
    }

    /// Checkpoints, newest first: the sequencer checks them against L1 to find where a reorg forked.
    pub(crate) fn checkpoints_newest_first(&self) -> impl Iterator<Item = (u64, B256)> + '_ {
        self.checkpoints.iter().rev().copied()
    }

    /// Forgets everything recorded after block `fork` (the newest processed block still on the chain; `None`
    /// when none is), and returns the transactions the forgotten batches had taken out of the pool. A fork
    /// older than what the view remembers resets it to genesis: the record is read again from the start.
    pub(crate) fn rewind(&mut self, fork: Option<u64>) -> Vec<PoolTx> {
        let fork = match fork {
            Some(block) if self.pruned_through.is_none_or(|p| block >= p) => block,
            _ => self.genesis.saturating_sub(1),
        };
        let mut restored = Vec::new();
        let dropped: Vec<u64> =
            self.included.iter().filter(|(_, (b, _))| *b > fork).map(|(n, _)| *n).collect();
        for number in dropped {
            if let Some((_, txs)) = self.included.remove(&number) {
                restored.extend(txs);
            }
        }
        self.headers.retain(|_, r| r.block <= fork);
        if fork < self.genesis {
            self.pruned_through = None;
        }
        self.checkpoints.retain(|(b, _)| *b <= fork);
        self.scanned = fork.min(self.scanned);
        restored.sort_by_key(|tx| tx.seq);
        restored
    }

    /// Forgets the pool transactions of batches recorded at least `confirmations` blocks below `head` (final by
    /// the node's rule); returns their sequence numbers, now safe to delete from disk.
    pub(crate) fn finalize(&mut self, head: u64, confirmations: u64) -> Vec<u64> {
        let final_through = head.saturating_sub(confirmations);
        let done: Vec<u64> =
            self.included.iter().filter(|(_, (b, _))| *b <= final_through).map(|(n, _)| *n).collect();
        let mut seqs = Vec::new();
        for number in done {
            if let Some((_, txs)) = self.included.remove(&number) {
                seqs.extend(txs.iter().map(|tx| tx.seq));
            }
        }
        seqs
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::{keccak256, Bytes};

    fn header(number: u64, slot: u64, sequencer: u8) -> BatchHeader {
        BatchHeader {
            batchNumber: number,
            slot,
            sequencer: Address::repeat_byte(sequencer),
            ..Default::default()
        }
    }

    fn tx(seq: u64) -> PoolTx {
        let raw = Bytes::from(seq.to_be_bytes().to_vec());
        PoolTx { seq, hash: keccak256(&raw), raw }
    }

    #[test]
    fn a_reorg_forgets_later_batches_and_gives_their_transactions_back() {
        let mut view = ChainView::new(100);
        view.record(header(0, 1, 1), 104, vec![tx(1), tx(2)]);
        view.scanned_to(105, B256::repeat_byte(5));
        view.record(header(1, 2, 2), 108, vec![tx(3)]);
        view.record(header(2, 2, 0), 109, vec![]);
        view.scanned_to(110, B256::repeat_byte(10));
        assert_eq!(view.signers_in(2), vec![Address::repeat_byte(2), Address::ZERO]);
        assert_eq!(view.checkpoints_newest_first().map(|(b, _)| b).collect::<Vec<_>>(), vec![110, 105]);

        // Block 110 was reorged away, 105 is still canonical.
        let restored = view.rewind(Some(105));
        assert_eq!(restored, vec![tx(3)]);
        assert_eq!(view.tip().map(|h| h.batchNumber), Some(0));
        assert_eq!(view.scanned(), 105);
        assert!(view.signers_in(2).is_empty());
        assert_eq!(view.checkpoints_newest_first().count(), 1);

        // Nothing canonical any more: back to genesis, every batch's transactions back in the pool.
        let restored = view.rewind(None);
        assert_eq!(restored, vec![tx(1), tx(2)]);
        assert_eq!((view.tip(), view.scanned()), (None, 99));
    }

    #[test]
    fn final_batches_release_their_transactions_for_deletion() {
        let mut view = ChainView::new(100);
        view.record(header(0, 1, 1), 104, vec![tx(1)]);
        view.record(header(1, 2, 1), 108, vec![tx(2), tx(3)]);
        assert!(view.finalize(110, 8).is_empty(), "block 104 is 6 deep");
        assert_eq!(view.finalize(112, 8), vec![1]);
        assert_eq!(view.finalize(120, 8), vec![2, 3]);
        // A reorg below a final batch cannot give its transactions back: they are gone from the pool for good.
        assert!(view.rewind(Some(101)).is_empty());
    }

    #[test]
    fn a_fork_below_pruned_headers_resets_to_genesis() {
        let mut view = ChainView::new(10);
        for n in 0..(HEADERS as u64 + 5) {
            view.record(header(n, n, 1), 10 + n, vec![]);
        }
        view.scanned_to(10 + HEADERS as u64 + 5, B256::ZERO);
        view.rewind(Some(12));
        assert_eq!((view.tip(), view.scanned()), (None, 9), "read again from genesis");
    }
}
