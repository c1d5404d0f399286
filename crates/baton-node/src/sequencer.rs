//! The sequencer loop: follows the L1 record (reorgs included), and whenever the schedule makes this node the
//! eligible poster, builds a batch (due forced entries first), signs its header once per position and sees it
//! through to inclusion from the signer's own account.

use std::{
    collections::{BTreeMap, HashMap, HashSet},
    sync::{atomic::Ordering, Arc},
    time::Duration,
};

use alloy::{
    contract::RawCallBuilder,
    eips::eip4844::{
        builder::{SidecarBuilder, SimpleCoder},
        BlobTransactionSidecar,
    },
    network::EthereumWallet,
    primitives::{keccak256, Bytes, B256},
    providers::{DynProvider, Provider, ProviderBuilder},
    rpc::types::TransactionReceipt,
};
use baton_bindings::{
    batch_inbox::BatchInbox, committee_certificates::CommitteeCertificates,
    sequencer_registry::SequencerRegistry,
};
use baton_l1::{Blobs, L1Reader};
use baton_protocol::{
    calldata,
    committee::{Attestation, Certificate, Committee},
    derive::{batch_transactions, BatchData, BatchRecord, EntryContent, ForcedEntry},
    header, payload,
    roster::Status,
    schedule::Schedule,
    tx_root::tx_root,
    BatchHeader,
};
use eyre::{eyre, Result, WrapErr};
use tokio::sync::watch;
use tracing::{debug, info, warn};

use crate::{
    committee,
    config::{DataMode, NodeConfig},
    faults::{Faults, SplitCommittee},
    metrics::Metrics,
    receipts::{self, LedSlot, Window},
    state::Shared,
    store::StoreError,
    view::ChainView,
};

/// Which batch a post carried.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Posted {
    /// The transactions taken from the pool for it.
    These,
    /// The header signed earlier for the same position, posted again.
    Stored,
}

/// Runs blocking work (batch encoding, the tx root, KZG commitments, a database sync) on the blocking pool, off the
/// async workers that answer RPC requests: building a 5,000-transaction batch takes tens of milliseconds here, and
/// a sync about one, which would hold up every request queued on that worker (the receipt latency's tail).
async fn off_workers<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    tokio::task::spawn_blocking(work).await.map_err(|e| eyre!("blocking task failed: {e}"))
}

/// The data commitment of `payload`: its hash in calldata, the hash of its blobs' versioned hashes in blobs.
fn data_commitment(payload: &Bytes, sidecar: Option<&BlobTransactionSidecar>) -> B256 {
    match sidecar {
        None => keccak256(payload),
        Some(s) => keccak256(s.versioned_hashes().flat_map(|h| h.0).collect::<Vec<u8>>()),
    }
}

/// The blob sidecar carrying `payload` (simple coding, as derivation reads it).
fn sidecar_of(payload: &Bytes) -> Result<BlobTransactionSidecar> {
    Ok(SidecarBuilder::<SimpleCoder>::from_slice(payload).build::<BlobTransactionSidecar>()?)
}

/// Says which operator the node signs for, and refuses a signer that can never post: one no operator registered
/// (or whose operator withdrew: its signer is retired), or an ejected operator's.
async fn check_signer(
    registry: &SequencerRegistry::SequencerRegistryInstance<DynProvider>,
    signer: alloy::primitives::Address,
    wait_for_registration: bool,
) -> Result<Option<u8>> {
    match registry.operatorIdOf(signer).call().await {
        Ok(id) => {
            let op = registry.operator(id).call().await.wrap_err("reading the operator")?;
            let status = Status::name_of(op.status);
            if op.status == Status::Ejected as u8 {
                return Err(eyre!(
                    "operator {id} (signer {signer}) was ejected for equivocation: this signer can never post again"
                ));
            }
            info!(operator = id, %signer, status, bond_wei = %op.bond, suspended = op.suspended, "signing for operator {id}");
            Ok(Some(id))
        }
        Err(e) if e.as_decoded_error::<SequencerRegistry::UnknownSigner>().is_some() => {
            if wait_for_registration {
                warn!(%signer, "no operator has this signer yet: waiting for its registration");
                return Ok(None);
            }
            Err(eyre!(
                "{signer} is no operator's signer on this deployment (never registered, or its operator withdrew), so \
                 this node could never post: register it with `baton register --signer {signer}`, or pass \
                 --wait-for-registration to start before the registration lands"
            ))
        }
        Err(e) => Err(e).wrap_err("reading the signer's operator"),
    }
}

pub(crate) struct Sequencer {
    config: NodeConfig,
    shared: Arc<Shared>,
    provider: DynProvider,
    reader: L1Reader<Blobs>,
    registry: SequencerRegistry::SequencerRegistryInstance<DynProvider>,
    inbox: BatchInbox::BatchInboxInstance<DynProvider>,
    schedule: Schedule,
    domain: alloy::sol_types::Eip712Domain,
    view: ChainView,
    members: HashMap<u32, u128>,
    /// Committee keys announced on L1, read incrementally from the deployment's first block.
    key_book: baton_l1::committee::KeyBook,
    /// Forced entries read so far (only while censoring: the honest path needs only the queue length).
    entries: BTreeMap<u64, ForcedEntry>,
    entries_scanned: u64,
}

impl Sequencer {
    pub(crate) async fn new(config: NodeConfig, shared: Arc<Shared>) -> Result<Self> {
        let provider = ProviderBuilder::new()
            .wallet(EthereumWallet::from(config.signer.clone()))
            .connect_http(config.l1_rpc.clone())
            .erased();
        let d = &config.deployment;
        // Same chain, Baton's code at both addresses, linked, with the file's parameters: else nothing is sent.
        tokio::time::timeout(config.rpc_timeout * 4, baton_l1::guard::check_deployment(&provider, d))
            .await
            .map_err(|_| eyre!("L1 did not answer within {:?}", config.rpc_timeout * 4))??;
        let registry = SequencerRegistry::new(d.registry, provider.clone());
        let inbox = BatchInbox::new(d.inbox, provider.clone());
        let operator = check_signer(&registry, config.signer.address(), config.wait_for_registration).await?;
        shared.metrics.identify(config.signer.address(), operator);
        let genesis = tokio::time::timeout(config.rpc_timeout, registry.genesisBlock().call())
            .await
            .map_err(|_| eyre!("L1 did not answer within {:?}", config.rpc_timeout))?
            .wrap_err("reading genesisBlock: is the deployment on this chain?")?;
        let schedule = Schedule::for_deployment(d, genesis);
        let domain = header::domain(d.chain_id, d.inbox);
        let blobs = Blobs::configured(provider.clone(), config.blob_sources.clone());
        let reader = L1Reader::new(provider.clone(), d.inbox, blobs);
        shared.committee.set_schedule(schedule);
        Ok(Self {
            key_book: baton_l1::committee::KeyBook::from_block(genesis),
            view: ChainView::new(genesis),
            config,
            shared,
            provider,
            reader,
            registry,
            inbox,
            schedule,
            domain,
            members: HashMap::new(),
            entries: BTreeMap::new(),
            entries_scanned: genesis.saturating_sub(1),
        })
    }

    pub(crate) async fn run(mut self, mut stop: watch::Receiver<bool>) {
        let mut ticker = tokio::time::interval(self.config.poll_interval);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
        loop {
            tokio::select! {
                _ = stop.wait_for(|s| *s) => return,
                _ = ticker.tick() => {}
            }
            let step =
                tokio::time::timeout(self.config.rpc_timeout * 4 + self.config.tx_timeout * 4, self.step());
            match step.await {
                Ok(Ok(())) => {}
                Ok(Err(e)) => {
                    Metrics::inc(&self.shared.metrics.rpc_errors);
                    warn!(error = %format!("{e:#}"), "sequencer step failed; retrying");
                }
                Err(_) => warn!("sequencer step timed out; retrying"),
            }
        }
    }

    async fn rpc<
        T,
        F: std::future::IntoFuture<Output = Result<T, E>>,
        E: std::error::Error + Send + Sync + 'static,
    >(
        &self,
        what: &'static str,
        f: F,
    ) -> Result<T> {
        tokio::time::timeout(self.config.rpc_timeout, f.into_future())
            .await
            .map_err(|_| eyre!("{what}: L1 did not answer within {:?}", self.config.rpc_timeout))?
            .wrap_err(what)
    }

    async fn step(&mut self) -> Result<()> {
        let head = self.rpc("eth_blockNumber", self.provider.get_block_number()).await?;
        self.shared.metrics.l1_head.store(head, Ordering::Relaxed);
        self.track(head).await?;
        self.prune_receipts(head).await?;
        if self.shared.faults().offline {
            self.shared.receipts.set_window(Window::default());
            return Ok(());
        }
        let target = head + 1;
        let slot = self.schedule.slot_at(target);
        let signer = self.config.signer.address();
        let Ok(id) = self.registry.operatorIdOf(signer).call().await else {
            self.shared.receipts.set_window(Window::default());
            return Ok(()); // not registered (yet, or any more)
        };
        self.publish_receipt_window(head, id).await?;
        if self.shared.committee.participates() {
            self.refresh_committees(head, id).await?;
        }
        let posted = self.view.signers_in(slot);
        if posted.contains(&signer) {
            return Ok(()); // one batch of ours per slot
        }
        let epoch = self.schedule.epoch_of(slot);
        let members = self.members_of(epoch, head).await?;
        if !self.schedule.is_eligible(target, members, id) {
            return Ok(());
        }
        // The leader posts its own batch in its slot whatever else landed there (a backup's cover, or a forced or
        // escape-hatch batch that took the batch number it had signed: then it signs the next one). A backup
        // covers only a slot that holds no sequenced batch yet.
        let leader = self.schedule.leader(slot, members) == Some(id);
        if !leader && posted.iter().any(|s| !s.is_zero()) {
            return Ok(());
        }
        if self.rpc("operator", self.registry.operator(id).call()).await?.suspended {
            return Ok(());
        }
        self.post_batch(slot, head, id).await
    }

    /// Learns the sealed committees of the current and the next epoch; the leader of the current slot seals one
    /// that is final but not sealed yet (one sealer per slot, so members do not race for it).
    async fn refresh_committees(&mut self, head: u64, id: u8) -> Result<()> {
        let current = self.schedule.epoch_of(self.schedule.slot_at(head + 1));
        let committee_address = self.config.deployment.committee;
        let contract = CommitteeCertificates::new(committee_address, self.provider.clone());
        for epoch in [current, current + 1] {
            if self.shared.committee.get(epoch).is_some() {
                continue;
            }
            let sealed = self.rpc("committeeHash", contract.committeeHash(epoch).call()).await?;
            let members = self.members_of(epoch, head).await?;
            if members == 0 {
                continue;
            }
            let registry = self.config.deployment.registry;
            let read = baton_l1::committee::committee_with(
                &self.provider,
                registry,
                committee_address,
                epoch,
                &mut self.key_book,
            );
            let committee = tokio::time::timeout(self.config.rpc_timeout * 4, read)
                .await
                .map_err(|_| eyre!("reading the committee of epoch {epoch} timed out"))??;
            if sealed.is_zero() {
                let slot = self.schedule.slot_at(head + 1);
                let now = self.members_of(self.schedule.epoch_of(slot), head).await?;
                if self.schedule.leader(slot, now) == Some(id) {
                    match baton_l1::committee::seal(&self.provider, committee_address, epoch, &committee)
                        .await
                    {
                        Ok(()) => info!(epoch, members = members.count_ones(), "sealed the committee"),
                        Err(e) => warn!(epoch, error = %e, "could not seal the committee"),
                    }
                }
                continue;
            }
            if committee.hash() != sealed {
                warn!(
                    epoch,
                    "the sealed committee differs from the one read back: not attesting in this epoch"
                );
                continue;
            }
            let mut signers = BTreeMap::new();
            for member in committee.ids() {
                let op = self.rpc("operator", self.registry.operator(member).call()).await?;
                signers.insert(member, op.signer);
            }
            info!(epoch, keyed = committee.keys.len(), "committee known");
            self.shared.committee.learn(epoch, committee::Known { committee, signers });
        }
        Ok(())
    }

    /// The member bitmap of `epoch`, cached for the current and the next epoch (fixed two epochs ahead).
    async fn members_of(&mut self, epoch: u32, head: u64) -> Result<u128> {
        if let Some(m) = self.members.get(&epoch) {
            return Ok(*m);
        }
        let m = u128::try_from(self.rpc("membersAt", self.registry.membersAt(epoch).call()).await?)
            .map_err(|_| eyre!("member bitmap wider than 128 bits"))?;
        if epoch <= self.schedule.epoch_of(self.schedule.slot_at(head)) + 1 {
            self.members.insert(epoch, m);
        }
        Ok(m)
    }

    /// Tells the receipt book which slots this node may still promise: those it leads within the receipt horizon
    /// and the fixed lookahead (the current and next epoch), that it has not posted in or sealed, while it is not
    /// suspended.
    async fn publish_receipt_window(&mut self, head: u64, id: u8) -> Result<()> {
        let settings = self.config.receipts;
        let mut led = Vec::new();
        if settings.per_slot > 0 {
            let first = self.schedule.slot_at(head + 1);
            let fixed_until = self.schedule.epoch_of(self.schedule.slot_at(head)) + 1;
            let signer = self.config.signer.address();
            for slot in first..=first + settings.horizon_slots {
                let epoch = self.schedule.epoch_of(slot);
                if epoch > fixed_until {
                    break;
                }
                let members = self.members_of(epoch, head).await?;
                if self.schedule.leader(slot, members) == Some(id)
                    && !self.view.signers_in(slot).contains(&signer)
                    && !self.shared.receipts.is_sealed(slot)
                {
                    led.push(LedSlot { slot, last_block: self.schedule.slot_start(slot + 1) - 1 });
                }
            }
            if !led.is_empty() && self.rpc("operator", self.registry.operator(id).call()).await?.suspended {
                led.clear();
            }
        }
        self.shared.receipts.set_window(Window { head, led });
        Ok(())
    }

    /// Forgets receipts of slots whose faults have left the window.
    async fn prune_receipts(&self, head: u64) -> Result<()> {
        let window_slots =
            self.config.deployment.params.fault_window.div_ceil(self.config.deployment.params.slot_length);
        let keep_from = self.schedule.slot_at(head).saturating_sub(u64::from(window_slots) + 2);
        let shared = self.shared.clone();
        off_workers(move || shared.receipts.prune(keep_from, &shared.store)).await??;
        Ok(())
    }

    /// Processes batches appended up to `head`: first follows any reorg (rewinding to the newest processed block
    /// still on the chain and giving the dropped batches' transactions back to the pool), then advances the view
    /// and takes included transactions out of the pool.
    async fn track(&mut self, head: u64) -> Result<()> {
        let head_hash = self.block_hash(head).await?.ok_or_else(|| eyre!("block {head} not found"))?;
        self.follow_reorgs(head, head_hash).await?;
        if head > self.view.scanned() {
            let appended = tokio::time::timeout(
                self.config.rpc_timeout * 4,
                self.reader.appended(self.view.scanned() + 1, head),
            )
            .await
            .map_err(|_| eyre!("reading batches timed out"))??;
            for batch in appended {
                // The view follows the events alone; the data only serves to clear the mempool, so a blob source
                // that cannot serve it never stalls the node (those transactions are then offered again).
                let data = if batch.kind == 3 {
                    // A committee batch's transactions are known only from its payload: without it the node would
                    // offer them again (a duplicate on L2), so its view waits here until a member serves it.
                    let payload = self.committee_payload(&batch.header).await?;
                    Ok(BatchData::Committee(payload))
                } else {
                    self.reader.data(&batch).await
                };
                let hashes: Vec<B256> = match data {
                    Ok(data) => {
                        let record = BatchRecord {
                            header: batch.header.clone(),
                            queue_start: batch.queue_start,
                            data,
                        };
                        match batch_transactions(&record) {
                            Ok(txs) => txs.iter().map(keccak256).collect(),
                            Err(why) => {
                                warn!(batch = batch.header.batchNumber, %why, "batch carries no valid transactions");
                                Vec::new()
                            }
                        }
                    }
                    Err(e) => {
                        warn!(batch = batch.header.batchNumber, error = %e, "batch data unavailable; its transactions stay pooled");
                        Vec::new()
                    }
                };
                let removed = self.shared.mempool().remove_included(&hashes);
                self.view.record(batch.header, batch.block, removed);
            }
        }
        self.view.scanned_to(head, head_hash);
        self.shared.committee.set_view(head, self.view.tip().map(|h| (h.batchNumber, h.hash())));
        let final_seqs = self.view.finalize(head, self.config.confirmations);
        if !final_seqs.is_empty() {
            let store = self.shared.store.clone();
            off_workers(move || store.remove_txs(&final_seqs)).await??;
        }
        self.shared.metrics.mempool_txs.store(self.shared.mempool().len() as u64, Ordering::Relaxed);
        Ok(())
    }

    /// The payload of a committee batch: from the node's own store (it attested or posted the batch), else from the
    /// first peer that serves one matching the commitment. An error (the step is retried) when none does.
    async fn committee_payload(&self, header: &BatchHeader) -> Result<Bytes> {
        let commitment = header.dataCommitment;
        if let Some(payload) = self.shared.store.batch_data(commitment)? {
            return Ok(payload);
        }
        let peers = self.shared.peers.read().map(|p| p.clone()).unwrap_or_default();
        for peer in peers {
            let client = crate::client::NodeClient::with_http(self.shared.http.clone(), peer)
                .timeout(self.config.rpc_timeout);
            match client.batch_data(commitment).await {
                Ok(Some(payload)) if keccak256(&payload) == commitment => return Ok(payload),
                Ok(_) => {}
                Err(e) => debug!(error = %e, "a peer did not serve committee data"),
            }
        }
        Err(eyre!(
            "batch {}: no member serves the committee data {commitment} yet; waiting for it",
            header.batchNumber
        ))
    }

    /// The hash of block `number` on the chain now, `None` when the chain is shorter.
    async fn block_hash(&self, number: u64) -> Result<Option<B256>> {
        let block =
            self.rpc("eth_getBlockByNumber", self.provider.get_block_by_number(number.into())).await?;
        Ok(block.map(|b| b.header.hash))
    }

    /// Detects a reorg below the processed head and rewinds the view to the newest processed block still on
    /// the chain (to genesis when none is, or when the fork is older than the view remembers).
    async fn follow_reorgs(&mut self, head: u64, head_hash: B256) -> Result<()> {
        let Some((newest, hash)) = self.view.checkpoints_newest_first().next() else { return Ok(()) };
        // Between new blocks the newest checkpoint is the head itself, whose hash was just read.
        let current = if newest == head { Some(head_hash) } else { self.block_hash(newest).await? };
        if current == Some(hash) {
            return Ok(());
        }
        let checkpoints: Vec<(u64, B256)> = self.view.checkpoints_newest_first().collect();
        let mut fork = None;
        for (block, hash) in checkpoints.into_iter().skip(1) {
            if self.block_hash(block).await? == Some(hash) {
                fork = Some(block);
                break;
            }
        }
        let restored = self.view.rewind(fork);
        warn!(
            from = newest,
            to = self.view.scanned(),
            restored = restored.len(),
            "L1 reorg: rewound the view; transactions of dropped batches are back in the pool"
        );
        Metrics::inc(&self.shared.metrics.reorgs);
        self.shared.mempool().restore(restored.into_iter().map(|tx| (tx.seq, tx.hash, tx.raw)));
        Ok(())
    }

    async fn post_batch(&mut self, slot: u64, head: u64, operator_id: u8) -> Result<()> {
        let (batch_number, parent) = match self.view.tip() {
            Some(h) => (h.batchNumber + 1, h.hash()),
            None => (0, B256::ZERO),
        };
        // Due forced entries first: this node includes every queued entry in its next batch.
        let mut queue_position = self.rpc("queueLength", self.inbox.queueLength().call()).await?;
        let faults = self.shared.faults();
        if !faults.censor.is_empty() {
            queue_position = self.censored_queue_position(&faults, queue_position, head).await?;
        }
        // The promised transactions first, at their indices; no receipt joins this slot from now on.
        let shared = self.shared.clone();
        let mut planned = off_workers(move || shared.receipts.seal(slot, &shared.store)).await??;
        let planned_bytes: usize = planned.values().map(|raw| raw.len()).sum();
        let mut txs = self.shared.mempool().take(
            self.config.max_batch_txs.saturating_sub(planned.len()),
            self.config.max_batch_bytes.saturating_sub(planned_bytes),
            head + 1,
        );
        let promised: HashSet<B256> = planned.values().map(keccak256).collect();
        let (skipped, kept): (Vec<_>, Vec<_>) =
            txs.into_iter().partition(|t| promised.contains(&t.hash) || faults.censors_tx(&t.raw));
        self.shared.mempool().release(&skipped.iter().map(|t| t.seq).collect::<Vec<_>>());
        txs = kept;
        if faults.break_receipts && !planned.is_empty() {
            warn!(slot, receipts = planned.len(), "fault switch: leaving the first promised transaction out");
            planned = planned.into_values().skip(1).zip(0u32..).map(|(raw, i)| (i, raw)).collect();
        }
        let pool: Vec<Bytes> = txs.iter().map(|t| t.raw.clone()).collect();
        let (raws, used) = receipts::fill(&planned, &pool);
        let taken: HashSet<usize> = used.iter().copied().collect();
        let unused: Vec<u64> =
            txs.iter().enumerate().filter(|(i, _)| !taken.contains(i)).map(|(_, t)| t.seq).collect();
        self.shared.mempool().release(&unused);
        let seqs: Vec<u64> = used.iter().map(|&i| txs[i].seq).collect();
        match self.sign_and_post(batch_number, parent, slot, queue_position, &raws, operator_id).await {
            Ok(Posted::These) => Ok(()),
            Ok(Posted::Stored) => {
                // The batch posted was the one signed earlier for this position, not these transactions.
                self.shared.mempool().release(&seqs);
                Ok(())
            }
            Err(e) => {
                self.shared.mempool().release(&seqs);
                Metrics::inc(&self.shared.metrics.batch_failures);
                Err(e)
            }
        }
    }

    /// Fault switch: the queue position that leaves out the first entry of a censored sender, as long as that
    /// entry is not overdue (the inbox refuses to leave an overdue entry behind).
    async fn censored_queue_position(
        &mut self,
        faults: &Faults,
        queue_length: u64,
        head: u64,
    ) -> Result<u64> {
        if head > self.entries_scanned {
            let fresh = self.reader.forced_entries(self.entries_scanned + 1, head).await?;
            self.entries.extend(fresh);
            self.entries_scanned = head;
        }
        let queue_head = self.view.tip().map_or(0, |h| h.queuePosition);
        for (index, entry) in self.entries.range(queue_head..queue_length) {
            let censored = faults.censor.contains(&entry.sender)
                || matches!(&entry.content, EntryContent::Transaction(raw) if faults.censors_tx(raw));
            // The batch lands in block head + 1 at the earliest; the entry is overdue there once past its deadline.
            if censored && head < entry.deadline {
                warn!(entry = index, "fault switch: leaving a censored forced entry behind");
                return Ok(*index);
            }
        }
        Ok(queue_length)
    }

    /// Signs and posts the batch of `raws` at this position, or, when a different header was signed for the
    /// position before (a reorg dropped the batch, or the pool changed since), posts exactly that one again. The
    /// transaction is sent from the signer's account and names the header by hash (sender authentication), so it
    /// can only ever record the header signed here.
    async fn sign_and_post(
        &mut self,
        batch_number: u64,
        parent: B256,
        slot: u64,
        queue_position: u64,
        raws: &[Bytes],
        operator_id: u8,
    ) -> Result<Posted> {
        let owned = raws.to_vec();
        let (mut payload, root) = off_workers(move || -> Result<(Bytes, B256)> {
            let hashes: Vec<B256> = owned.iter().map(keccak256).collect();
            Ok((payload::encode(&owned)?, tx_root(&hashes)))
        })
        .await??;
        // Read once per batch: auto mode decides with it, and the blob transaction is priced from it.
        let mut blob_base_fee = None;
        let blobs = match self.config.data_mode {
            DataMode::Calldata | DataMode::Committee => false,
            DataMode::Blobs => !payload.is_empty(),
            DataMode::Auto => {
                let base_fee = self
                    .rpc(
                        "latest block",
                        self.provider.get_block_by_number(alloy::eips::BlockNumberOrTag::Latest),
                    )
                    .await?
                    .and_then(|b| b.header.base_fee_per_gas)
                    .map_or(0, u128::from);
                let fee = self.rpc("eth_blobBaseFee", self.provider.get_blob_base_fee()).await?;
                blob_base_fee = Some(fee);
                crate::fees::blobs_cheaper(&payload, base_fee, fee)
            }
        };
        let mut sidecar = if blobs {
            let payload = payload.clone();
            Some(off_workers(move || sidecar_of(&payload)).await??)
        } else {
            None
        };
        let mut header = BatchHeader {
            l2ChainId: self.config.deployment.params.l2_chain_id,
            batchNumber: batch_number,
            slot,
            parentHash: parent,
            dataCommitment: data_commitment(&payload, sidecar.as_ref()),
            txRoot: root,
            queuePosition: queue_position,
            sequencer: self.config.signer.address(),
        };
        let mut posted = Posted::These;
        // The signature goes to the store and the signed-header feed; the transaction carries the header's hash
        // prefix instead (sender authentication), 56 bytes less.
        let signature;
        let signing = {
            let (store, signer, domain) =
                (self.shared.store.clone(), self.config.signer.clone(), self.domain.clone());
            let (header, payload) = (header.clone(), payload.clone());
            off_workers(move || store.sign_once(&header, &payload, |h| h.sign(&domain, &signer))).await?
        };
        match signing {
            Ok(signed) => {
                signature = signed?;
            }
            Err(StoreError::WouldEquivocate { batch, slot, .. }) => {
                let stored =
                    self.shared.store.signed_at(&header)?.ok_or_else(|| {
                        eyre!("batch {batch}: the header signed for slot {slot} is missing")
                    })?;
                info!(batch, slot, "posting again the header signed earlier for this position");
                signature = stored.signed.signature;
                header = stored.signed.header;
                payload = stored.payload;
                // Calldata or blobs, as it was signed: the commitment says which.
                sidecar = if keccak256(&payload) == header.dataCommitment || payload.is_empty() {
                    None
                } else {
                    Some(sidecar_of(&payload)?)
                };
                if data_commitment(&payload, sidecar.as_ref()) != header.dataCommitment {
                    // A first-round record (no payload kept) or another data mode: it cannot be rebuilt.
                    return Err(eyre!(
                        "batch {batch}: cannot rebuild the data of the header signed for slot {slot}"
                    ));
                }
                posted = Posted::Stored;
            }
            Err(e) => return Err(e.into()),
        }
        let in_blobs = sidecar.is_some();
        // The attestation round: a certificate makes the batch final in seconds (any two conflict only by burning a
        // third of the bond), and in committee mode leaves the payload off L1.
        let certified = if self.shared.committee.participates() {
            let split =
                self.shared.faults().certify_twice.filter(|_| posted == Posted::These && !raws.is_empty());
            let peers = match &split {
                Some(split) => [split.colluders.clone(), split.first.clone()].concat(),
                None => self.shared.peers.read().map(|p| p.clone()).unwrap_or_default(),
            };
            let certified = self.certify(&header, &signature, &payload, peers).await?;
            if let Some(split) = split.filter(|_| certified.is_some()) {
                self.certify_conflicting(&header, raws, split).await?;
            }
            certified
        } else {
            None
        };
        let queue_head = self.view.tip().map_or(0, |h| h.queuePosition);
        let sent = calldata::Posted::sent_by_signer(&header, operator_id, queue_head)?;
        let input = match (&certified, in_blobs) {
            (_, true) => sent.encode(calldata::Entry::Blobs, &[]),
            (Some((_, certificate, committee)), false) if self.config.data_mode == DataMode::Committee => {
                sent.encode(
                    calldata::Entry::Committee,
                    &committee.certified_batch_payload(&header, certificate),
                )
            }
            _ => sent.encode(calldata::Entry::Calldata, &payload),
        };
        let receipt = self.send_with_bumps(&header, input, sidecar, blob_base_fee).await?;
        if !receipt.status() {
            return Err(eyre!("batch {} reverted in block {:?}", header.batchNumber, receipt.block_number));
        }
        info!(
            signer = %header.sequencer,
            batch = header.batchNumber,
            slot,
            txs = if posted == Posted::These { raws.len() } else { 0 },
            blobs = in_blobs,
            block = receipt.block_number.unwrap_or_default(),
            "batch included"
        );
        Metrics::inc(&self.shared.metrics.batches_posted);
        if self.shared.faults().equivocate {
            // Fault switch: a second header for the same position, signed and published on the feed.
            let mut other = header.clone();
            other.txRoot.0[31] ^= 1;
            let signature = other.sign(&self.domain, &self.config.signer)?;
            self.shared.store.put_equivocation(&other, &signature)?;
            warn!(
                batch = header.batchNumber,
                "fault switch: signed and published a second header for this batch"
            );
        }
        Ok(posted)
    }

    /// The attestation round for `header` with `peers` (see [`committee::gather`]); a certificate it yields is kept
    /// (and served on the certificate feed) with the round's latency.
    async fn certify(
        &self,
        header: &BatchHeader,
        signature: &Bytes,
        payload: &Bytes,
        peers: Vec<reqwest::Url>,
    ) -> Result<Option<(Attestation, Certificate, Committee)>> {
        let started = std::time::Instant::now();
        let request = crate::client::AttestRequest {
            header: header.clone(),
            signature: signature.clone(),
            payload: payload.clone(),
        };
        let certified = committee::gather(
            &self.shared.committee,
            self.shared.committee_context(),
            peers,
            self.config.committee.attest_timeout,
            request,
        )
        .await;
        if let Some((attestation, certificate, _)) = &certified {
            let latency_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
            self.shared.store.put_certificate(attestation, certificate, latency_ms)?;
            Metrics::inc(&self.shared.metrics.batches_certified);
        }
        Ok(certified)
    }

    /// Fault switch `certify_twice`, once `header` is certified: a second header for its position, with its
    /// transactions less the last, signed and certified by the colluders and the `second` members; its certificate
    /// goes on the feed next to the first. The switch turns itself off once both certificates exist; a round without
    /// a quorum (a member too slow to answer) leaves it on for the next batch.
    async fn certify_conflicting(
        &self,
        header: &BatchHeader,
        raws: &[Bytes],
        split: SplitCommittee,
    ) -> Result<()> {
        let shorter = &raws[..raws.len().saturating_sub(1)];
        let payload = payload::encode(shorter)?;
        let hashes: Vec<B256> = shorter.iter().map(keccak256).collect();
        let other =
            BatchHeader { dataCommitment: keccak256(&payload), txRoot: tx_root(&hashes), ..header.clone() };
        let signature = other.sign(&self.domain, &self.config.signer)?;
        let peers = [split.colluders, split.second].concat();
        match self.certify(&other, &signature, &payload, peers).await? {
            Some((_, certificate, _)) => {
                if let Ok(mut faults) = self.shared.faults.write() {
                    faults.certify_twice = None;
                }
                warn!(
                    batch = header.batchNumber,
                    signers = format!("{:#x}", certificate.signers),
                    "fault switch: certified a second header for this position"
                )
            }
            None => warn!(
                batch = header.batchNumber,
                "fault switch: the second header got no quorum; trying again with the next batch"
            ),
        }
        Ok(())
    }

    /// Sends the batch transaction and waits for it, replacing it at a fee at least 12.5 % higher each time it
    /// stays unmined for `tx_timeout` (under `max_fee_per_gas`). Every replacement has the same nonce, so at most
    /// one lands. `blob_base_fee` is the one read for this batch already, if any.
    async fn send_with_bumps(
        &self,
        header: &BatchHeader,
        input: Bytes,
        sidecar: Option<BlobTransactionSidecar>,
        blob_base_fee: Option<u128>,
    ) -> Result<TransactionReceipt> {
        let me = self.config.signer.address();
        let nonce = self.rpc("nonce", self.provider.get_transaction_count(me).pending()).await?;
        let fees = self.rpc("fees", self.provider.estimate_eip1559_fees()).await?;
        let cap = self.config.max_fee_per_gas;
        let (mut max_fee, mut tip) = (fees.max_fee_per_gas.min(cap), fees.max_priority_fee_per_gas.min(cap));
        // Blob gas: twice the current blob base fee (room for it to rise for a few blocks), under the cap.
        let blob_cap = self.config.max_fee_per_blob_gas;
        let mut blob_fee = match &sidecar {
            Some(_) => {
                let current = match blob_base_fee {
                    Some(fee) => fee,
                    None => self.rpc("eth_blobBaseFee", self.provider.get_blob_base_fee()).await?,
                };
                current.saturating_mul(2).max(1).min(blob_cap)
            }
            None => 0,
        };
        let mut sent: Vec<B256> = Vec::new();
        for attempt in 0..4 {
            let call = RawCallBuilder::new_raw(&self.provider, input.clone())
                .to(*self.inbox.address())
                .nonce(nonce)
                .max_fee_per_gas(max_fee)
                .max_priority_fee_per_gas(tip);
            let pending = match &sidecar {
                None => call.send().await,
                Some(s) => call.sidecar(s.clone()).max_fee_per_blob_gas(blob_fee).send().await,
            };
            match pending {
                Ok(p) => sent.push(*p.tx_hash()),
                // A replacement can fail because an earlier attempt was mined meanwhile; look below.
                Err(e) if attempt > 0 => debug!(error = %e, "replacement not accepted"),
                Err(e) => return Err(e).wrap_err("sending the batch transaction"),
            }
            let deadline = tokio::time::Instant::now() + self.config.tx_timeout;
            while tokio::time::Instant::now() < deadline {
                for hash in &sent {
                    if let Some(receipt) =
                        self.rpc("receipt", self.provider.get_transaction_receipt(*hash)).await?
                    {
                        return Ok(receipt);
                    }
                }
                // Neither mined nor pending any more: an L1 reorg dropped it. The next step looks at the chain
                // again (its view rewinds) and posts what the position needs now, without waiting out the timeout.
                let mut known = false;
                for hash in &sent {
                    known |= self
                        .rpc("transaction", self.provider.get_transaction_by_hash(*hash))
                        .await?
                        .is_some();
                }
                if !known {
                    return Err(eyre!("batch {} transaction dropped by L1 (a reorg?)", header.batchNumber));
                }
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            if max_fee >= cap {
                break;
            }
            max_fee = (max_fee * 1125 / 1000).max(max_fee + 1).min(cap);
            tip = (tip * 1125 / 1000).max(tip + 1).min(max_fee);
            blob_fee = (blob_fee * 1125 / 1000).max(blob_fee + 1).min(blob_cap);
            Metrics::inc(&self.shared.metrics.fee_bumps);
            warn!(batch = header.batchNumber, max_fee, "batch not mined in time; replacing at a higher fee");
        }
        Err(eyre!("batch {} not mined after {} attempts", header.batchNumber, sent.len()))
    }
}
