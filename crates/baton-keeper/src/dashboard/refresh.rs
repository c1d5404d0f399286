//! The dashboard's own task: applies what the keeper indexed, then reads what the index does not hold (the
//! registry's operators, member sets and slash events, each batch's receipt and transaction count). It runs
//! beside the keeper loop, never inside it: a slow endpoint delays the dashboard, never a proof.

use std::{
    collections::BTreeSet,
    sync::{Arc, RwLock},
    time::Duration,
};

use alloy::{
    primitives::{Address, U256},
    providers::{DynProvider, Provider},
    rpc::types::Filter,
    sol_types::SolEvent,
};
use baton_bindings::sequencer_registry::SequencerRegistry;
use baton_l1::{Blobs, L1Reader};
use baton_protocol::roster::{Fault, Status};
use tokio::sync::{mpsc, watch};
use tracing::debug;

use super::board::{BatchCost, Board, IndexUpdate, OperatorRecord, SlashRow};

/// Receipts fetched per pass (a long history catches up over passes, newest first).
const RECEIPTS_PER_PASS: usize = 128;
/// Batches whose data is read per pass to count their transactions.
const COUNTS_PER_PASS: usize = 16;
/// Member sets read per pass.
const EPOCHS_PER_PASS: usize = 64;

/// Reads the registry and the batches' receipts and data for the board.
pub(crate) struct Refresher {
    pub(crate) provider: DynProvider,
    pub(crate) registry: Address,
    pub(crate) reader: L1Reader<Blobs>,
    pub(crate) board: Arc<RwLock<Board>>,
    pub(crate) version: watch::Sender<u64>,
    pub(crate) timeout: Duration,
    /// Registry logs are read from here on.
    pub(crate) scan_from: u64,
    /// Operator ids seen registered.
    pub(crate) ids: BTreeSet<u8>,
    /// The deployment's `bountyBps`: an `Ejected` event carries each operator's penalty, and its bounty is this
    /// share of it.
    pub(crate) bounty_bps: u16,
    /// The epoch whose operator records the board holds, `None` until read and after anything that may have
    /// changed one: a registry event (every change of a record emits one) or a rewind. A record otherwise changes
    /// only at an epoch boundary (its strikes count per epoch), so it is read once per epoch, not once per head.
    pub(crate) operators_read_at: Option<u32>,
}

impl Refresher {
    /// Applies updates as they come and refreshes after each batch of them, until the keeper stops.
    pub(crate) async fn run(mut self, mut updates: mpsc::UnboundedReceiver<IndexUpdate>) {
        while let Some(first) = updates.recv().await {
            let mut pending = vec![first];
            while let Ok(next) = updates.try_recv() {
                pending.push(next);
            }
            {
                // The field, not `board_mut()`: the loop moves `scan_from` while the board is held.
                let mut board = self.board.write().unwrap_or_else(|p| p.into_inner());
                for update in pending {
                    if let Some(fork) = update.rewound_to {
                        let keep = fork.map_or(0, |n| n + 1);
                        self.scan_from = self.scan_from.min(keep);
                        self.operators_read_at = None;
                    }
                    board.apply(update);
                }
            }
            if let Err(e) = self.refresh().await {
                debug!(error = %format!("{e:#}"), "dashboard refresh incomplete; retrying at the next head");
            }
            let version = self.board.read().map(|b| b.version).unwrap_or_default();
            self.version.send_replace(version);
        }
    }

    /// The board to write (a writer that panicked left it consistent: every change is one call).
    fn board_mut(&self) -> std::sync::RwLockWriteGuard<'_, Board> {
        self.board.write().unwrap_or_else(|p| p.into_inner())
    }

    async fn rpc<T, E: std::error::Error + Send + Sync + 'static>(
        &self,
        what: &'static str,
        f: impl std::future::IntoFuture<Output = Result<T, E>>,
    ) -> eyre::Result<T> {
        tokio::time::timeout(self.timeout, f.into_future())
            .await
            .map_err(|_| eyre::eyre!("{what}: no answer within {:?}", self.timeout))?
            .map_err(|e| eyre::eyre!("{what}: {e}"))
    }

    async fn refresh(&mut self) -> eyre::Result<()> {
        let indexed = self.board.read().map(|b| b.indexed).unwrap_or_default();
        self.scan_registry(indexed).await?;
        let epoch = self
            .board
            .read()
            .map(|b| b.schedule().epoch_of(b.schedule().slot_at(b.head)))
            .unwrap_or_default();
        if self.operators_read_at != Some(epoch) {
            self.read_operators().await?;
            self.operators_read_at = Some(epoch);
        }
        self.read_members().await?;
        self.read_costs().await?;
        self.count_transactions().await;
        Ok(())
    }

    /// Every registry event up to the indexed block: `Registered` (which ids exist), `Slashed` and `Ejected` for the
    /// board, and any at all marks the operator records stale.
    async fn scan_registry(&mut self, indexed: u64) -> eyre::Result<()> {
        if self.scan_from > indexed {
            return Ok(());
        }
        let filter = Filter::new().address(self.registry);
        let logs = self
            .rpc(
                "registry logs",
                baton_l1::chunked_logs(
                    &self.provider,
                    &filter,
                    self.scan_from,
                    indexed,
                    baton_l1::DEFAULT_LOG_CHUNK,
                ),
            )
            .await?;
        let mut slashes = Vec::new();
        for log in logs {
            if log.removed {
                continue;
            }
            self.operators_read_at = None;
            match log.topic0() {
                Some(&SequencerRegistry::Registered::SIGNATURE_HASH) => {
                    let event = SequencerRegistry::Registered::decode_log_data(log.data())?;
                    self.ids.insert(event.id);
                }
                _ => {
                    for slash in baton_l1::slashes::slashes_in(&log, self.bounty_bps)? {
                        slashes.push(SlashRow {
                            operator: slash.operator,
                            fault: slash.fault,
                            kind: Fault::label_of(slash.fault),
                            evidence: slash.evidence,
                            penalty: slash.penalty,
                            bounty: slash.bounty,
                            reporter: slash.reporter,
                            compensation: slash.compensation,
                            victim: slash.victim,
                            release_at: slash.release_at,
                            block: log.block_number.unwrap_or_default(),
                            tx: log.transaction_hash.unwrap_or_default(),
                        });
                    }
                }
            }
        }
        self.board_mut().add_slashes(slashes);
        self.scan_from = indexed + 1;
        Ok(())
    }

    async fn read_operators(&self) -> eyre::Result<()> {
        let registry = SequencerRegistry::new(self.registry, self.provider.clone());
        let mut records = Vec::with_capacity(self.ids.len());
        for &id in &self.ids {
            let o = self.rpc("operator", registry.operator(id).call()).await?;
            if o.status == Status::None as u8 {
                continue; // registered in a block a reorg removed
            }
            records.push(OperatorRecord {
                id,
                owner: o.owner,
                signer: o.signer,
                bond: U256::from(o.bond),
                status: Status::name_of(o.status),
                suspended: o.suspended,
                strikes: o.strikes,
            });
        }
        self.board_mut().set_operators(records);
        Ok(())
    }

    async fn read_members(&self) -> eyre::Result<()> {
        let needed = self.board.read().map(|b| b.epochs_needed()).unwrap_or_default();
        let registry = SequencerRegistry::new(self.registry, self.provider.clone());
        for epoch in needed.into_iter().take(EPOCHS_PER_PASS) {
            let members = self.rpc("membersAt", registry.membersAt(epoch).call()).await?;
            self.board_mut().set_members(epoch, members.to::<u128>());
        }
        Ok(())
    }

    async fn read_costs(&self) -> eyre::Result<()> {
        let wanted = self.board.read().map(|b| b.batches_without_cost(RECEIPTS_PER_PASS)).unwrap_or_default();
        for (number, block_hash, tx) in wanted {
            let Some(receipt) = self.rpc("receipt", self.provider.get_transaction_receipt(tx)).await? else {
                continue;
            };
            if receipt.block_hash != Some(block_hash) {
                continue; // reorged: the next update replaces the batch
            }
            let cost = BatchCost {
                gas_used: receipt.gas_used,
                blob_gas_used: receipt.blob_gas_used.unwrap_or(0),
                gas_price: receipt.effective_gas_price,
            };
            self.board_mut().set_cost(number, block_hash, cost);
        }
        Ok(())
    }

    /// Reads the data of a few uncounted batches (calldata, blobs, or a committee member's copy).
    async fn count_transactions(&self) {
        let wanted = self.board.read().map(|b| b.batches_without_count(COUNTS_PER_PASS)).unwrap_or_default();
        for batch in wanted {
            let number = batch.header.batchNumber;
            let read =
                tokio::time::timeout(self.timeout, self.reader.transaction_hashes(&batch.appended())).await;
            let mut board = self.board_mut();
            match read {
                Ok(Ok(Ok(hashes))) => {
                    board.probes_included(number, batch.block_hash, &hashes);
                    board.set_tx_count(number, batch.block_hash, hashes.len() as u32);
                }
                // Derivation rejects the batch: it carries no transaction.
                Ok(Ok(Err(_))) => board.set_tx_count(number, batch.block_hash, 0),
                Ok(Err(e)) => {
                    debug!(batch = number, error = %e, "batch data unreadable");
                    board.count_failed(number, batch.block_hash);
                }
                Err(_) => board.count_failed(number, batch.block_hash),
            }
        }
    }
}
