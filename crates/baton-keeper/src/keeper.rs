//! Wiring: collectors (new heads, the L1 index, operator feeds, submissions) → strategies → the executor, one
//! round per new head, with every step's result in the database before it has an effect.

use std::{
    collections::{BTreeMap, HashMap, HashSet},
    net::SocketAddr,
    path::PathBuf,
    sync::{atomic::Ordering, Arc, Mutex, RwLock},
    time::Duration,
};

use alloy::sol_types::SolValue;
use alloy::{
    network::EthereumWallet,
    providers::{DynProvider, Provider, ProviderBuilder},
    pubsub::Subscription,
    rpc::types::Header,
    signers::local::PrivateKeySigner,
};
use baton_bindings::sequencer_registry::{ISequencerRegistry::Escrow, SequencerRegistry};
use baton_l1::{Blobs, L1Reader};
use baton_protocol::{
    committee::{CertifiedAttestation, Committee},
    deployment::Deployment,
    header,
    schedule::Schedule,
};
use eyre::{eyre, Result, WrapErr};
use serde_json::{json, Value};
use tokio::sync::{watch, Notify};
use tracing::{debug, info, warn};

use crate::{
    action::{ActionKind, ActionRecord, ActionState},
    certificate::{self, Committees},
    dashboard::{self, board::FeedHealth},
    evidence::SignedHeader,
    executor::{Executor, Simulation, TxPolicy},
    http::{self, Shared},
    index::{Collector, Index},
    metrics::Metrics,
    store::{Evidence, HeldCertificate, HeldReceipt, Store},
    strategy::{self, OperatorFacts, Policy, View},
};

/// Everything a keeper needs to run.
#[derive(Clone, Debug)]
pub struct KeeperConfig {
    /// L1 JSON-RPC endpoint: `http(s)://` or `ws(s)://` (new heads then arrive by subscription).
    pub l1_rpc: String,
    /// The deployment watched.
    pub deployment: Deployment,
    /// The key that sends the keeper's transactions and earns its bounties; `None` watches only (indexes, serves
    /// the dashboard and its status, and proves nothing).
    pub signer: Option<PrivateKeySigner>,
    /// Directory of the keeper's database.
    pub data_dir: PathBuf,
    /// Address of the HTTP server (port 0 for any free port).
    pub listen: SocketAddr,
    /// Operators' signed-header feeds (a node's base URL; the keeper reads `GET /headers`).
    pub feeds: Vec<reqwest::Url>,
    /// Beacon-API sources of blob data, to read the transactions of blob batches that held receipts are judged by
    /// (empty: the L1 endpoint's own method, as anvil serves it).
    pub blob_sources: Vec<reqwest::Url>,
    /// Blocks behind the head the keeper indexes and acts on (0 acts on the head itself).
    pub confirmations: u64,
    /// Block span of one `eth_getLogs` request.
    pub log_chunk: u64,
    /// How often the keeper looks for a new head when no subscription wakes it.
    pub poll_interval: Duration,
    /// Which strategies run.
    pub policy: Policy,
    /// How transactions are sent.
    pub tx: TxPolicy,
    /// The dashboard's inclusion probe: a small L2 transaction to each feed's node at an interval (`None`: off).
    pub probe: Option<crate::dashboard::probe::ProbeConfig>,
}

/// A running keeper; dropping it stops everything it started.
#[derive(Debug)]
pub struct KeeperHandle {
    /// Where the HTTP server listens.
    pub addr: SocketAddr,
    shutdown: watch::Sender<bool>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
    shared: Arc<Shared>,
}

impl KeeperHandle {
    /// The keeper's HTTP base URL.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The latest status document (as `GET /status` serves it).
    pub fn status(&self) -> Value {
        self.shared.status.read().map(|s| s.clone()).unwrap_or(Value::Null)
    }

    /// The keeper's metrics.
    pub fn metrics(&self) -> Arc<Metrics> {
        self.shared.metrics.clone()
    }

    /// Stops the keeper and waits for its tasks.
    pub async fn stop(mut self) {
        let _ = self.shutdown.send(true);
        for task in self.tasks.drain(..) {
            let _ = task.await;
        }
    }
}

impl Drop for KeeperHandle {
    fn drop(&mut self) {
        let _ = self.shutdown.send(true);
        for task in &self.tasks {
            task.abort();
        }
    }
}

/// Starts a keeper: opens its database, checks that the endpoint serves the deployment
/// ([`baton_l1::guard::check_deployment`]), serves HTTP and runs the keeper loop.
pub async fn start(config: KeeperConfig) -> Result<KeeperHandle> {
    std::fs::create_dir_all(&config.data_dir)
        .wrap_err_with(|| format!("creating data dir {}", config.data_dir.display()))?;
    let store = Arc::new(
        Store::open(&config.data_dir.join("keeper.redb"))
            .wrap_err("opening the keeper database (is another keeper using this data dir?)")?,
    );
    let provider = ProviderBuilder::new()
        .connect(&config.l1_rpc)
        .await
        .wrap_err_with(|| format!("connecting to {}", config.l1_rpc))?
        .erased();
    let timeout = config.tx.rpc_timeout;
    // Same chain, Baton's code at both addresses, linked, with the file's parameters: else nothing is sent.
    tokio::time::timeout(timeout * 4, baton_l1::guard::check_deployment(&provider, &config.deployment))
        .await
        .map_err(|_| eyre!("{} did not answer within {:?}", config.l1_rpc, timeout * 4))??;
    let registry = SequencerRegistry::new(config.deployment.registry, provider.clone());
    let genesis = tokio::time::timeout(timeout, registry.genesisBlock().call())
        .await
        .map_err(|_| eyre!("{} did not answer within {timeout:?}", config.l1_rpc))?
        .wrap_err("reading genesisBlock: is the deployment on this chain?")?;

    let snapshot = store.load()?;
    let metrics = Arc::new(Metrics::default());
    restore_metrics(&metrics, &store, &snapshot.actions)?;
    let shared = Arc::new(Shared {
        store: store.clone(),
        metrics: metrics.clone(),
        domain: header::domain(config.deployment.chain_id, config.deployment.inbox),
        l2_chain_id: config.deployment.params.l2_chain_id,
        incoming: Mutex::new(Vec::new()),
        wake: Notify::new(),
        status: RwLock::new(Value::Null),
        registry: SequencerRegistry::new(config.deployment.registry, provider.clone()),
        known_signers: RwLock::new(HashSet::new()),
        batch_count: std::sync::atomic::AtomicU64::new(Index::from_snapshot(&snapshot).batch_count()),
        slot_reach: std::sync::atomic::AtomicU64::new(0),
        per_signer: Mutex::new(count_per_signer(&snapshot.evidence)),
        incoming_receipts: Mutex::new(Vec::new()),
        receipts_per_signer: Mutex::new(count_receipts_per_signer(&snapshot.receipts)),
        slot_floor: std::sync::atomic::AtomicU64::new(0),
        current_slot: std::sync::atomic::AtomicU64::new(0),
        schedule: Schedule::for_deployment(&config.deployment, genesis),
        committees: tokio::sync::Mutex::new(Committees::new(
            provider.clone(),
            config.deployment.registry,
            config.deployment.committee,
            genesis,
        )),
        incoming_certificates: Mutex::new(Vec::new()),
        certificates_per_slot: Mutex::new(certificate::count_per_slot(&snapshot.certificates)),
    });
    let listener = baton_config::listen(config.listen).wrap_err("binding the HTTP server")?;
    let addr = listener.local_addr()?;
    let (shutdown, mut stop_server) = watch::channel(false);
    // The dashboard's reads go through their own reader, so that they never wait on the keeper's.
    let (dashboard, dashboard_feed, dashboard_tasks) = dashboard::start(
        dashboard::Sources {
            provider: provider.clone(),
            reader: L1Reader::new(
                provider.clone(),
                config.deployment.inbox,
                Blobs::configured(provider.clone(), config.blob_sources.clone()),
            )
            .with_committee_sources(config.feeds.clone()),
            nodes: config.feeds.clone(),
            store: store.clone(),
            timeout,
        },
        &config.deployment,
        Schedule::for_deployment(&config.deployment, genesis),
        config.probe.clone(),
        shutdown.subscribe(),
    );
    let app = http::router(shared.clone()).merge(dashboard::router(dashboard));
    let server = tokio::spawn(async move {
        let stopped = async move {
            let _ = stop_server.wait_for(|stop| *stop).await;
        };
        if let Err(e) = axum::serve(listener, app).with_graceful_shutdown(stopped).await {
            warn!(error = %e, "HTTP server stopped");
        }
    });

    let executor = config.signer.as_ref().map(|signer| {
        Executor::new(
            provider.clone(),
            EthereumWallet::from(signer.clone()),
            signer.address(),
            config.deployment.chain_id,
            config.tx.clone(),
            metrics.clone(),
        )
    });
    let collector = Collector::new(provider.clone(), config.deployment.inbox, genesis, config.log_chunk);
    let mut feed_cursors = BTreeMap::new();
    for feed in &config.feeds {
        for key in [feed_key(feed), certificate_feed_key(feed)] {
            let cursor = store.meta(&key)?.unwrap_or(0);
            feed_cursors.insert(key, cursor);
        }
    }
    // Committee batches' data comes from the operators' nodes (the feeds' base URLs).
    let reader = L1Reader::new(
        provider.clone(),
        config.deployment.inbox,
        Blobs::configured(provider.clone(), config.blob_sources.clone()),
    )
    .with_committee_sources(config.feeds.clone());
    let keeper = Keeper {
        schedule: Schedule::for_deployment(&config.deployment, genesis),
        registry,
        index: Index::from_snapshot(&snapshot),
        evidence: snapshot.evidence,
        held: snapshot.receipts,
        certificates: snapshot.certificates,
        committee_data: BTreeMap::new(),
        batch_txs: HashMap::new(),
        reader,
        actions: snapshot.actions,
        members: HashMap::new(),
        escape_hatch_open: false,
        http: reqwest::Client::new(),
        feed_cursors,
        feed_health: config
            .feeds
            .iter()
            .map(|f| (f.to_string(), FeedHealth { url: f.to_string(), ..Default::default() }))
            .collect(),
        dashboard: dashboard_feed,
        judged: HashSet::new(),
        stored_counters: HashMap::new(),
        config,
        provider,
        store,
        shared: shared.clone(),
        executor,
        collector,
    };
    info!(
        %addr,
        keeper = %keeper.executor.as_ref().map_or_else(|| "watch-only".to_owned(), |e| e.address().to_string()),
        genesis,
        resume_from = keeper.index.cursor.map_or_else(|| "genesis".to_owned(), |c| c.number.to_string()),
        actions = keeper.actions.len(),
        "keeper started"
    );
    // Evidence can be judged from the first request on, before the first round.
    if let Ok(Ok(head)) = tokio::time::timeout(timeout, keeper.provider.get_block_number()).await {
        keeper.publish_reach(head);
    }
    let loop_task = tokio::spawn(keeper.run(shutdown.subscribe()));
    let mut tasks = vec![server, loop_task];
    tasks.extend(dashboard_tasks);
    Ok(KeeperHandle { addr, shutdown, tasks, shared })
}

/// Every figure the keeper reports survives a restart: confirmations and bounty are recounted from the stored
/// actions (confirmed ones are never pruned); the other counters were stored as they changed.
fn restore_metrics(metrics: &Metrics, store: &Store, actions: &BTreeMap<String, ActionRecord>) -> Result<()> {
    for record in actions.values() {
        let kind = record.action.kind as usize;
        if let ActionState::Confirmed { bounty, .. } = record.state {
            Metrics::inc(&metrics.confirmed[kind]);
            metrics.bounty_wei.add(bounty);
        }
    }
    for (name, counter) in metrics.stored_counters() {
        counter.store(store.meta(&counter_key(&name))?.unwrap_or(0), Ordering::Relaxed);
    }
    Ok(())
}

fn count_per_signer(evidence: &[Evidence]) -> HashMap<alloy::primitives::Address, usize> {
    let mut counts = HashMap::new();
    for e in evidence {
        *counts.entry(e.header.sequencer).or_default() += 1;
    }
    counts
}

fn count_receipts_per_signer(held: &[HeldReceipt]) -> HashMap<alloy::primitives::Address, usize> {
    let mut counts = HashMap::new();
    for h in held {
        *counts.entry(h.signed.signer).or_default() += 1;
    }
    counts
}

fn unix_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

fn counter_key(name: &str) -> String {
    format!("counter:{name}")
}

fn feed_key(feed: &reqwest::Url) -> String {
    format!("feed:{feed}")
}

fn certificate_feed_key(feed: &reqwest::Url) -> String {
    format!("certificate-feed:{feed}")
}

/// What an operator's node serves on a feed: the headers it signed, the certificates it assembled.
trait FeedItem: serde::de::DeserializeOwned {
    /// The feed's path on the node.
    const PATH: &'static str;
    /// The batch number the item is about (the feed's cursor).
    fn batch_number(&self) -> u64;
    /// What tells two served items apart.
    fn id(&self) -> alloy::primitives::B256;
    /// The operator signer that signed it, when it names one.
    fn signer(&self) -> Option<alloy::primitives::Address>;
    /// Checks and stores the item as evidence.
    async fn accept(self, shared: &Shared, source: &str) -> Result<(), String>;
}

impl FeedItem for SignedHeader {
    const PATH: &'static str = "headers";
    fn batch_number(&self) -> u64 {
        self.header.batchNumber
    }
    fn id(&self) -> alloy::primitives::B256 {
        self.header.hash()
    }
    fn signer(&self) -> Option<alloy::primitives::Address> {
        Some(self.header.sequencer)
    }
    async fn accept(self, shared: &Shared, source: &str) -> Result<(), String> {
        shared.accept(self, source).await.map(|_| ())
    }
}

impl FeedItem for CertifiedAttestation {
    const PATH: &'static str = "certificates";
    fn batch_number(&self) -> u64 {
        self.attestation.batchNumber
    }
    fn id(&self) -> alloy::primitives::B256 {
        alloy::primitives::keccak256(
            [self.attestation.headerHash.as_slice(), self.signature.as_slice()].concat(),
        )
    }
    fn signer(&self) -> Option<alloy::primitives::Address> {
        None
    }
    async fn accept(self, shared: &Shared, source: &str) -> Result<(), String> {
        shared.accept_certificate(self, source).await.map(|_| ()).map_err(|refusal| refusal.message)
    }
}

struct Keeper {
    config: KeeperConfig,
    provider: DynProvider,
    registry: SequencerRegistry::SequencerRegistryInstance<DynProvider>,
    store: Arc<Store>,
    shared: Arc<Shared>,
    /// Sends the actions; `None` when watching only.
    executor: Option<Executor>,
    collector: Collector,
    schedule: Schedule,
    index: Index,
    evidence: Vec<Evidence>,
    /// Inclusion receipts held (handed in on `POST /receipts`).
    held: Vec<HeldReceipt>,
    /// Committee certificates held (from feeds and `POST /certificates`).
    certificates: Vec<HeldCertificate>,
    /// Committee batches in the fault window by number: whether a member served their data at the last try, and
    /// the indexed block of that try (checked until one did; cleared on a reorg).
    committee_data: BTreeMap<u64, (bool, u64)>,
    /// Transaction hashes of the batches held receipts are judged by, by batch number (cleared on a reorg).
    batch_txs: HashMap<u64, Vec<alloy::primitives::B256>>,
    /// Reads those batches' data.
    reader: L1Reader<Blobs>,
    actions: BTreeMap<String, ActionRecord>,
    /// Member sets of epochs that can no longer change (at most one past the current one).
    members: HashMap<u32, u128>,
    escape_hatch_open: bool,
    http: reqwest::Client,
    feed_cursors: BTreeMap<String, u64>,
    /// How each feed last answered (for the dashboard), by URL.
    feed_health: BTreeMap<String, FeedHealth>,
    /// Hands the dashboard what each round indexed.
    dashboard: dashboard::Feeder,
    /// Hashes of the feed headers already judged (cleared when large; judging again is only repeated work).
    judged: HashSet<alloy::primitives::B256>,
    /// Counter values last written to the store.
    stored_counters: HashMap<String, u64>,
}

impl Keeper {
    async fn run(mut self, mut stop: watch::Receiver<bool>) {
        let mut ticker = tokio::time::interval(self.config.poll_interval);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
        let mut heads: Option<Subscription<Header>> = None;
        let mut last_head = None;
        loop {
            if heads.is_none() && self.config.l1_rpc.starts_with("ws") {
                heads = self.provider.subscribe_blocks().await.ok();
            }
            let shared = self.shared.clone();
            tokio::select! {
                _ = stop.wait_for(|s| *s) => return,
                _ = ticker.tick() => {}
                _ = shared.wake.notified() => {}
                head = async { match heads.as_mut() { Some(s) => s.recv().await.ok(), None => std::future::pending().await } } => {
                    if head.is_none() {
                        heads = None; // resubscribe next time; the ticker covers the gap
                    }
                }
            }
            let round = tokio::time::timeout(self.config.tx.rpc_timeout * 6, self.round(&mut last_head));
            match round.await {
                Ok(Ok(())) => {}
                Ok(Err(e)) => {
                    Metrics::inc(&self.shared.metrics.rpc_errors);
                    warn!(error = %format!("{e:#}"), "keeper round failed; retrying");
                }
                Err(_) => warn!("keeper round timed out; retrying"),
            }
        }
    }

    async fn rpc<T, E: std::error::Error + Send + Sync + 'static>(
        &self,
        what: &'static str,
        f: impl std::future::IntoFuture<Output = Result<T, E>>,
    ) -> Result<T> {
        let timeout = self.config.tx.rpc_timeout;
        tokio::time::timeout(timeout, f.into_future())
            .await
            .map_err(|_| eyre!("{what}: no answer within {timeout:?}"))?
            .wrap_err(what)
    }

    /// One pass: index to the head (minus confirmations), gather evidence, decide, act, publish status.
    async fn round(&mut self, last_head: &mut Option<u64>) -> Result<()> {
        let head = self.rpc("eth_blockNumber", self.provider.get_block_number()).await?;
        let metrics = self.shared.metrics.clone();
        metrics.head.store(head, Ordering::Relaxed);
        let target = head.saturating_sub(self.config.confirmations);
        let report = self.collector.sync(&self.store, &mut self.index, target).await?;
        if report.reorged > 0 {
            Metrics::inc(&metrics.reorgs);
            self.members.clear();
            self.batch_txs.clear();
            self.committee_data.clear();
        }
        let indexed = self.index.cursor.map_or(0, |c| c.number);
        metrics.indexed.store(indexed, Ordering::Relaxed);
        if report.blocks > 1_000 {
            info!(blocks = report.blocks, logs = report.logs, indexed, "indexed history");
        }
        self.evidence.extend(self.shared.incoming.lock().unwrap_or_else(|p| p.into_inner()).drain(..));
        self.held.extend(self.shared.incoming_receipts.lock().unwrap_or_else(|p| p.into_inner()).drain(..));
        self.load_receipt_batches().await;
        self.poll_feeds().await;
        self.certificates
            .extend(self.shared.incoming_certificates.lock().unwrap_or_else(|p| p.into_inner()).drain(..));
        self.watch_escape_hatch(indexed);
        if *last_head != Some(head) || report.blocks > 0 {
            self.prune(indexed).await?;
        }
        *last_head = Some(head);

        self.dashboard.send(
            &self.index,
            report.rewound_to,
            head,
            self.escape_hatch_open,
            self.feed_health.values().cloned().collect(),
        );
        if let Some(mut executor) = self.executor.take() {
            let planned = self.decide(indexed).await;
            let acted = match planned {
                Ok(planned) => self.execute(&mut executor, planned, head).await,
                Err(e) => Err(e),
            };
            self.executor = Some(executor);
            acted?;
        }
        // After acting: fetching data from slow or dead nodes must never delay a proof.
        self.check_committee_data(indexed).await;
        self.store_counters()?;
        self.publish_reach(head);
        self.publish_status(head, indexed);
        Ok(())
    }

    /// Reads every operator feed: signed headers (`GET /headers`) and the certificates its node assembled
    /// (`GET /certificates`), each from its persisted cursor.
    async fn poll_feeds(&mut self) {
        if self.judged.len() > 100_000 {
            self.judged.clear();
        }
        for feed in self.config.feeds.clone() {
            self.poll_feed::<SignedHeader>(&feed, feed_key(&feed)).await;
            self.poll_feed::<CertifiedAttestation>(&feed, certificate_feed_key(&feed)).await;
        }
        self.evidence.extend(self.shared.incoming.lock().unwrap_or_else(|p| p.into_inner()).drain(..));
    }

    /// One feed of `feed`'s node from the cursor stored under `key`. The cursor is the newest batch number served,
    /// asked for again: a second item for it may appear later. Each served item is judged once.
    async fn poll_feed<T: FeedItem>(&mut self, feed: &reqwest::Url, key: String) {
        let from = self.feed_cursors.get(&key).copied().unwrap_or(0);
        let name = feed.to_string();
        let fetched = self.fetch_feed::<T>(feed, T::PATH, from).await;
        let health = self
            .feed_health
            .entry(name.clone())
            .or_insert_with(|| FeedHealth { url: name.clone(), ..Default::default() });
        let list = match fetched {
            Ok(list) => {
                health.last_ok_ms = Some(unix_ms());
                health.error = None;
                list
            }
            Err(e) => {
                health.error = Some(e);
                return;
            }
        };
        let mut next = from;
        for item in list {
            next = next.max(item.batch_number());
            if let Some(signer) = item.signer() {
                health.signer = Some(signer);
                health.cursor = health.cursor.max(item.batch_number());
            }
            if !self.judged.insert(item.id()) {
                continue;
            }
            if let Err(e) = item.accept(&self.shared, &name).await {
                warn!(feed = %name, error = %e, "feed served {} refused", T::PATH);
            }
        }
        self.advance_feed(key, from, next);
    }

    /// One page of `feed`'s `path` from batch number `from` on, or why the feed did not answer.
    async fn fetch_feed<T: serde::de::DeserializeOwned>(
        &self,
        feed: &reqwest::Url,
        path: &str,
        from: u64,
    ) -> Result<Vec<T>, String> {
        let url = feed.join(&format!("{path}?from={from}&limit=500")).map_err(|e| e.to_string())?;
        let fetched = async {
            self.http
                .get(url)
                .timeout(self.config.tx.rpc_timeout)
                .send()
                .await?
                .error_for_status()?
                .json::<Vec<T>>()
                .await
        };
        fetched.await.map_err(|e| {
            Metrics::inc(&self.shared.metrics.rpc_errors);
            debug!(%feed, path, error = %e, "feed unavailable");
            e.to_string()
        })
    }

    /// Moves a feed cursor and stores it.
    fn advance_feed(&mut self, key: String, from: u64, next: u64) {
        if next == from {
            return;
        }
        if let Err(e) = self.store.set_meta(&key, next) {
            warn!(error = %e, "could not store the feed cursor");
        }
        self.feed_cursors.insert(key, next);
    }

    /// Reads the transactions of every recorded batch a held receipt is judged by (its signer's first batch in its
    /// slot) that is not loaded yet. A batch whose data is unavailable or does not decode is counted and tried
    /// again next round: such a receipt cannot be proven broken on L1 (docs/PROTOCOL.md §Inclusion receipts).
    async fn load_receipt_batches(&mut self) {
        let mut wanted = Vec::new();
        for held in &self.held {
            let signed = &held.signed;
            if let Some((batch, _)) =
                strategy::first_batch_of(&self.index, signed.signer, signed.receipt.slot)
            {
                if !self.batch_txs.contains_key(&batch.header.batchNumber) {
                    wanted.push(batch.clone());
                }
            }
        }
        wanted.sort_by_key(|b| b.header.batchNumber);
        wanted.dedup_by_key(|b| b.header.batchNumber);
        for batch in wanted {
            let appended = batch.appended();
            let read =
                tokio::time::timeout(self.config.tx.rpc_timeout, self.reader.transaction_hashes(&appended));
            let judged = match read.await {
                Ok(Ok(judged)) => judged,
                Ok(Err(e)) => {
                    Metrics::inc(&self.shared.metrics.receipts_unjudgeable);
                    warn!(batch = batch.header.batchNumber, error = %e, "batch data unavailable: its receipts wait");
                    continue;
                }
                Err(_) => continue,
            };
            match judged {
                Ok(hashes) => {
                    self.batch_txs.insert(batch.header.batchNumber, hashes);
                }
                Err(why) => {
                    Metrics::inc(&self.shared.metrics.receipts_unjudgeable);
                    warn!(
                        batch = batch.header.batchNumber,
                        %why,
                        "batch payload contradicts its txRoot: its receipts are broken but not provable on L1"
                    );
                    // Judged as empty would prove nothing true; an empty list is never used for a contradiction
                    // because the opening must match the recorded txRoot, so record nothing.
                }
            }
        }
    }

    fn watch_escape_hatch(&mut self, indexed: u64) {
        let last = self.index.last_sequenced_block().unwrap_or(self.schedule.params.genesis_block);
        let open = indexed + 1 >= last + u64::from(self.config.deployment.params.escape_delay);
        if open != self.escape_hatch_open {
            if open {
                warn!(last_sequenced_block = last, "escape hatch open: no bonded sequencer has posted for escapeDelay blocks; anyone may post batches");
            } else {
                info!("escape hatch closed: a bonded sequencer posted again");
            }
            self.escape_hatch_open = open;
        }
        self.shared.metrics.escape_hatch_open.store(u64::from(open), Ordering::Relaxed);
    }

    /// Forgets evidence about batches whose slots are out of every fault window.
    async fn prune(&mut self, indexed: u64) -> Result<()> {
        let window = u64::from(self.config.deployment.params.fault_window);
        let horizon =
            self.schedule.slot_at(indexed.saturating_sub(window + self.schedule.params.slot_length));
        let Some(oldest) =
            self.index.batches.values().find(|b| b.header.slot >= horizon).map(|b| b.header.batchNumber)
        else {
            return Ok(());
        };
        // Settled actions about faults past the window are never planned again: forget them (a flood of junk
        // evidence must not leave permanent records). Releases are kept: their slash stays on record.
        let horizon_block = indexed.saturating_sub(window + self.schedule.params.slot_length);
        let stale: Vec<String> = self
            .actions
            .iter()
            .filter(|(key, r)| {
                matches!(r.state, ActionState::Settled { .. })
                    && !key.starts_with("release:")
                    && r.action.provable_at < horizon_block
            })
            .map(|(key, _)| key.clone())
            .collect();
        if !stale.is_empty() {
            self.store.delete_actions(&stale)?;
            for key in &stale {
                self.actions.remove(key);
            }
        }
        let floor = self.shared.slot_floor.load(Ordering::Relaxed);
        if self.held.iter().any(|h| h.signed.receipt.slot < floor) {
            self.store.prune_receipts(floor)?;
            self.held.retain(|h| h.signed.receipt.slot >= floor);
            let live: HashSet<u64> = self
                .held
                .iter()
                .filter_map(|h| strategy::first_batch_of(&self.index, h.signed.signer, h.signed.receipt.slot))
                .map(|(b, _)| b.header.batchNumber)
                .collect();
            self.batch_txs.retain(|n, _| live.contains(n));
            if let Ok(mut counts) = self.shared.receipts_per_signer.lock() {
                *counts = count_receipts_per_signer(&self.held);
            }
        }
        if self.certificates.iter().any(|c| c.certified.attestation.slot < floor) {
            self.store.prune_certificates(floor)?;
            self.certificates.retain(|c| c.certified.attestation.slot >= floor);
            if let Ok(mut counts) = self.shared.certificates_per_slot.lock() {
                *counts = certificate::count_per_slot(&self.certificates);
            }
            self.shared.committees.lock().await.prune(self.schedule.epoch_of(floor));
        }
        if self.evidence.iter().any(|e| e.header.batchNumber < oldest) {
            self.store.prune_evidence(oldest)?;
            self.evidence.retain(|e| e.header.batchNumber >= oldest);
            if let Ok(mut counts) = self.shared.per_signer.lock() {
                *counts = count_per_signer(&self.evidence);
            }
        }
        Ok(())
    }

    async fn members(&mut self, epoch: u32, current_epoch: u32) -> Result<u128> {
        if let Some(m) = self.members.get(&epoch) {
            return Ok(*m);
        }
        let members = self.rpc("membersAt", self.registry.membersAt(epoch).call()).await?;
        let members = u128::try_from(members).map_err(|_| eyre!("member bitmap wider than 128 bits"))?;
        if epoch <= current_epoch + 1 {
            self.members.insert(epoch, members);
        }
        Ok(members)
    }

    /// Runs every enabled strategy on the current view.
    async fn decide(&mut self, indexed: u64) -> Result<Vec<crate::action::Action>> {
        let policy = self.config.policy;
        let finished: HashSet<String> =
            self.actions.iter().filter(|(_, r)| r.state.is_final()).map(|(k, _)| k.clone()).collect();
        let no_operators = HashMap::new();
        let no_committees = HashMap::new();
        let mut members = HashMap::new();
        if policy.missed_slots {
            let view = self.view(indexed, &finished, &members, &no_operators, &no_committees);
            let epochs: Vec<u32> = {
                let slots = view.provable_slots();
                let mut epochs: Vec<u32> = slots.map(|s| self.schedule.epoch_of(s)).collect();
                epochs.dedup();
                epochs
            };
            let current = self.schedule.epoch_of(self.schedule.slot_at(indexed + 1));
            for epoch in epochs {
                members.insert(epoch, self.members(epoch, current).await?);
            }
        }
        let mut operators = HashMap::new();
        let candidates = if policy.missed_slots {
            strategy::missed_slot_candidates(&self.view(
                indexed,
                &finished,
                &members,
                &operators,
                &no_committees,
            ))
        } else {
            Vec::new()
        };
        let mut leaders: Vec<u8> = candidates.iter().map(|c| c.leader).collect();
        leaders.sort_unstable();
        leaders.dedup();
        for id in leaders {
            let op = self.rpc("operator", self.registry.operator(id).call()).await?;
            operators.insert(
                id,
                OperatorFacts {
                    signer: op.signer,
                    suspended: op.suspended,
                    suspended_from_slot: op.suspendedFromSlot,
                    accountable_from_slot: op.accountableFromSlot,
                },
            );
        }
        let committees =
            if policy.certificates { self.certificate_committees().await? } else { HashMap::new() };
        let view = self.view(indexed, &finished, &members, &operators, &committees);
        let mut actions = Vec::new();
        if policy.equivocation {
            actions.extend(strategy::equivocation(&view));
        }
        if policy.force_inclusion {
            actions.extend(strategy::forced_inclusion(&view));
        }
        if policy.censorship {
            actions.extend(strategy::censorship(&view));
        }
        if policy.missed_slots {
            actions.extend(strategy::missed_slots(&view, &candidates));
        }
        if policy.receipts {
            actions.extend(strategy::receipts(&view));
        }
        if policy.release_payouts {
            actions.extend(strategy::release_payouts(&view, &self.escrowed_slashes()));
        }
        if policy.certificates {
            actions.extend(strategy::certificate_conflicts(&view));
        }
        Ok(actions)
    }

    /// The committees of the epochs of the positions where held certificates conflict (read once per epoch).
    async fn certificate_committees(&self) -> Result<HashMap<u32, Committee>> {
        // One pass: the first header seen at each position; another header there is a conflict.
        let mut first_header = HashMap::new();
        let mut epochs = std::collections::BTreeSet::new();
        for held in &self.certificates {
            let a = &held.certified.attestation;
            let first = *first_header.entry((a.batchNumber, a.slot, a.parentHash)).or_insert(a.headerHash);
            if first != a.headerHash {
                epochs.insert(self.schedule.epoch_of(a.slot));
            }
        }
        let mut out = HashMap::new();
        for epoch in epochs {
            // The lock is taken inside the timeout: a submission stuck on L1 cannot stall the round.
            let read = tokio::time::timeout(self.config.tx.rpc_timeout, async {
                self.shared.committees.lock().await.get(epoch).await
            });
            let committee = read
                .await
                .map_err(|_| eyre!("committee of epoch {epoch}: no answer"))?
                .wrap_err_with(|| format!("reading the committee of epoch {epoch}"))?;
            out.insert(epoch, committee);
        }
        Ok(out)
    }

    /// Checks that the data of every committee (data-availability) batch in the fault window is retrievable from at
    /// least one member and matches its commitment (docs/PROTOCOL.md §Committee certificates: one honest signer
    /// serves it); a batch whose data nobody serves is logged once, counted in a gauge and listed in the status,
    /// and tried again once a slot until it is served or leaves the window. At most a few batches per round.
    async fn check_committee_data(&mut self, indexed: u64) {
        const COMMITTEE_KIND: u8 = 3; // IBatchInbox.DataKind.Committee
        const PER_ROUND: usize = 4;
        let floor = self.shared.slot_floor.load(Ordering::Relaxed);
        let retry = self.schedule.params.slot_length;
        self.committee_data.retain(|n, _| self.index.batches.get(n).is_some_and(|b| b.header.slot >= floor));
        let due: Vec<_> = self
            .index
            .batches
            .values()
            .filter(|b| b.kind == COMMITTEE_KIND && b.header.slot >= floor && b.block <= indexed)
            .filter(|b| match self.committee_data.get(&b.header.batchNumber) {
                None => true,
                Some((served, at)) => !served && indexed >= at + retry,
            })
            .take(PER_ROUND)
            .cloned()
            .collect();
        for batch in due {
            let appended = batch.appended();
            let read = tokio::time::timeout(self.config.tx.rpc_timeout, self.reader.data(&appended));
            let served = matches!(read.await, Ok(Ok(_)));
            let number = batch.header.batchNumber;
            let before = self.committee_data.insert(number, (served, indexed)).map(|(ok, _)| ok);
            if !served && before.is_none() {
                warn!(batch = number, commitment = %batch.header.dataCommitment, "committee batch data unavailable: no member serves it");
            } else if served && before == Some(false) {
                info!(batch = number, "committee batch data served again");
            }
        }
        let missing = self.committee_data.values().filter(|(ok, _)| !ok).count() as u64;
        self.shared.metrics.committee_data_unavailable.store(missing, Ordering::Relaxed);
    }

    /// This keeper's confirmed censorship and missed-slot slashes that earned a bounty, now in escrow.
    fn escrowed_slashes(&self) -> Vec<strategy::EscrowedSlash> {
        self.actions
            .values()
            .filter(|r| {
                matches!(
                    r.action.kind,
                    ActionKind::Censorship
                        | ActionKind::MissedSlot
                        | ActionKind::ReceiptContradicted
                        | ActionKind::ReceiptUnkept
                )
            })
            .filter_map(|r| match &r.state {
                ActionState::Confirmed { escrow: Some(record), .. } => {
                    let evidence = r.action.key.parse().ok()?;
                    let escrow = Escrow::abi_decode(record).ok()?;
                    Some(strategy::EscrowedSlash { evidence, escrow })
                }
                _ => None,
            })
            .collect()
    }

    fn view<'a>(
        &'a self,
        indexed: u64,
        finished: &'a HashSet<String>,
        members: &'a HashMap<u32, u128>,
        operators: &'a HashMap<u8, OperatorFacts>,
        committees: &'a HashMap<u32, Committee>,
    ) -> View<'a> {
        View {
            index: &self.index,
            evidence: &self.evidence,
            schedule: &self.schedule,
            params: &self.config.deployment.params,
            registry: self.config.deployment.registry,
            inbox: self.config.deployment.inbox,
            receipts: self.config.deployment.receipts,
            committee: self.config.deployment.committee,
            held: &self.held,
            certificates: &self.certificates,
            committees,
            batch_txs: &self.batch_txs,
            indexed,
            members,
            operators,
            finished,
        }
    }

    /// Simulates new and planned actions, sends those that pass (staggered by their claim delay), and follows
    /// every transaction in flight.
    async fn execute(
        &mut self,
        executor: &mut Executor,
        planned: Vec<crate::action::Action>,
        head: u64,
    ) -> Result<()> {
        let metrics = self.shared.metrics.clone();
        let mut ready = Vec::new();
        for action in planned {
            let key = action.key.clone();
            if !self.actions.contains_key(&key) {
                Metrics::inc(&metrics.detected[action.kind as usize]);
                info!(%key, kind = action.kind.label(), provable_at = action.provable_at, "fault detected: {}", action.summary);
                let record = ActionRecord {
                    action: action.clone(),
                    state: ActionState::Planned { last_error: None },
                    planned_at_head: head,
                };
                self.store.put_action(&record)?;
                self.actions.insert(key.clone(), record);
            }
            let Some(record) = self.actions.get_mut(&key) else { continue };
            if !matches!(record.state, ActionState::Planned { .. }) {
                continue;
            }
            // Same fault, fresh evidence: the headers around a slot change as batches land.
            if record.action.calldata != action.calldata {
                let provable_at = record.action.provable_at.min(action.provable_at);
                record.action = crate::action::Action { provable_at, ..action };
                self.store.put_action(record)?;
            }
            match executor.simulate(&record.action).await? {
                Simulation::Succeeds(gas) => ready.push((executor.claim_delay(&key), key, gas)),
                outcome => settle_or_wait(&self.store, record, outcome)?,
            }
        }
        // Slashes before forced batches: a forced batch changes the headers a censorship proof names, and one
        // signer's transactions are mined in nonce order.
        ready.sort_by_key(|(delay, key, _)| (key.starts_with("forced:"), *delay));
        let started = tokio::time::Instant::now();
        for (delay, key, gas) in ready {
            let Some(record) = self.actions.get_mut(&key) else { continue };
            let mut gas = gas;
            if !delay.is_zero() {
                tokio::time::sleep_until(started + delay).await;
                // A rival keeper may have sent meanwhile: its transaction is in the pending block now.
                match executor.simulate(&record.action).await? {
                    Simulation::Succeeds(g) => gas = g,
                    outcome => {
                        settle_or_wait(&self.store, record, outcome)?;
                        continue;
                    }
                }
            }
            executor.submit(&self.store, record, gas).await?;
        }
        let mut in_flight = 0;
        let mut held = Vec::new();
        for record in self.actions.values_mut() {
            if executor.watching(record, head) {
                executor.watch_confirmed(&self.store, record).await?;
            }
            if matches!(record.state, ActionState::Submitted { .. } | ActionState::Mined { .. }) {
                executor.advance(&self.store, record, head).await?;
                in_flight += u64::from(!record.state.is_final());
            }
            match &record.state {
                ActionState::Submitted { nonce, .. } | ActionState::Mined { nonce, .. } => held.push(*nonce),
                _ => {}
            }
        }
        if !held.is_empty() {
            executor.fill_nonce_gap(&held).await?;
        }
        metrics.pending_txs.store(in_flight, Ordering::Relaxed);
        Ok(())
    }

    /// What evidence may name (see the HTTP surface): batches up to the recorded ones plus a margin, slots up to the
    /// two epochs of lookahead.
    fn publish_reach(&self, head: u64) {
        let lookahead = 2 * u64::from(self.config.deployment.params.slots_per_epoch);
        let reach = self.schedule.slot_at(head + 1) + lookahead;
        self.shared.slot_reach.store(reach, Ordering::Relaxed);
        // The oldest slot a fault can still be proven about at the next block.
        let window = u64::from(self.config.deployment.params.fault_window);
        let floor = self.schedule.slot_at((head + 1).saturating_sub(window)).saturating_sub(1);
        self.shared.slot_floor.store(floor, Ordering::Relaxed);
        self.shared.current_slot.store(self.schedule.slot_at(head + 1), Ordering::Relaxed);
        self.shared.batch_count.store(self.index.batch_count(), Ordering::Relaxed);
    }

    /// Stores the counters that changed since they were last stored.
    fn store_counters(&mut self) -> Result<()> {
        for (name, counter) in self.shared.metrics.stored_counters() {
            let value = counter.load(Ordering::Relaxed);
            if self.stored_counters.get(&name) != Some(&value) {
                self.store.set_meta(&counter_key(&name), value)?;
                self.stored_counters.insert(name, value);
            }
        }
        Ok(())
    }

    /// Each held receipt and where it stands: `pending` (its batch or slot end not seen yet), `kept`, or the
    /// state of the action that proves it broken (with the compensation owed to its beneficiary once confirmed).
    fn receipt_status(&self) -> Value {
        let compensation = self.config.deployment.params.receipt_compensation;
        let list: Vec<Value> = self
            .held
            .iter()
            .rev()
            .take(1_000)
            .map(|h| {
                let r = &h.signed.receipt;
                let key = h.signed.evidence().to_string();
                let outcome = match self.actions.get(&key) {
                    Some(record) => json!({
                        "outcome": "broken",
                        "fault": record.action.kind.label(),
                        "action": record.state,
                        "compensationWei": compensation.to_string(),
                    }),
                    None => {
                        let kept = strategy::first_batch_of(&self.index, h.signed.signer, r.slot)
                            .and_then(|(b, _)| self.batch_txs.get(&b.header.batchNumber))
                            .is_some_and(|txs| r.kept_by(txs));
                        json!({ "outcome": if kept { "kept" } else { "pending" } })
                    }
                };
                json!({
                    "txHash": r.txHash,
                    "signer": h.signed.signer,
                    "slot": r.slot,
                    "index": r.index,
                    "beneficiary": r.beneficiary,
                    "evidence": key,
                    "status": outcome,
                })
            })
            .collect();
        json!({ "held": self.held.len(), "recent": list })
    }

    fn publish_status(&self, head: u64, indexed: u64) {
        let mut by_state: BTreeMap<&str, u64> = BTreeMap::new();
        for record in self.actions.values() {
            *by_state.entry(record.state.name()).or_default() += 1;
        }
        let mut recent: Vec<&ActionRecord> =
            self.actions.values().filter(|r| !matches!(r.state, ActionState::Settled { .. })).collect();
        recent.sort_by_key(|r| std::cmp::Reverse(r.action.provable_at));
        let recent: Vec<Value> = recent
            .into_iter()
            .take(1_000)
            .map(|r| {
                json!({
                    "key": r.action.key,
                    "kind": r.action.kind.label(),
                    "summary": r.action.summary,
                    "provableAt": r.action.provable_at,
                    "state": r.state,
                })
            })
            .collect();
        let status = json!({
            "keeper": self.executor.as_ref().map(Executor::address),
            "watchOnly": self.executor.is_none(),
            "registry": self.config.deployment.registry,
            "inbox": self.config.deployment.inbox,
            "head": head,
            "indexed": indexed,
            "blocksBehind": head.saturating_sub(indexed),
            "cursor": self.index.cursor,
            "batches": self.index.batch_count(),
            "queueHead": self.index.queue_head(),
            "queueLength": self.index.queue_length(),
            "escapeHatchOpen": self.escape_hatch_open,
            "evidence": self.evidence.len(),
            "receipts": self.receipt_status(),
            "certificates": self.certificates.len(),
            "committeeDataUnavailable":
                self.committee_data.iter().filter(|(_, (ok, _))| !ok).map(|(n, _)| *n).collect::<Vec<_>>(),
            "feeds": self.feed_cursors,
            "actionsByState": by_state,
            "bountyWei": self.shared.metrics.bounty_wei.get().to_string(),
            "actions": recent,
        });
        if let Ok(mut s) = self.shared.status.write() {
            *s = status;
        }
    }
}

fn settle_or_wait(store: &Store, record: &mut ActionRecord, outcome: Simulation) -> Result<()> {
    match outcome {
        Simulation::Settled(reason) => {
            info!(key = %record.action.key, kind = record.action.kind.label(), %reason, "nothing to do");
            record.state = ActionState::Settled { reason };
            store.put_action(record)?;
        }
        Simulation::NotYet(reason) => {
            let changed =
                !matches!(&record.state, ActionState::Planned { last_error: Some(r) } if *r == reason);
            if changed {
                debug!(key = %record.action.key, %reason, "not provable yet");
                record.state = ActionState::Planned { last_error: Some(reason) };
                store.put_action(record)?;
            }
        }
        Simulation::Succeeds(_) => {}
    }
    Ok(())
}
