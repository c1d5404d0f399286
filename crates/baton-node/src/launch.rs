//! Starting and stopping a node: the services it runs (HTTP server, persister, sequencer) and the handle that
//! stops them.

use std::{
    net::SocketAddr,
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc, Mutex, RwLock,
    },
};

use alloy::primitives::keccak256;
use eyre::{Result, WrapErr};
use tokio::sync::watch;
use tracing::{info, warn};

use crate::{
    committee::CommitteeBook,
    config::{DataMode, NodeConfig},
    faults::Faults,
    mempool::Mempool,
    metrics::Metrics,
    persister,
    receipts::{ReceiptBook, ReceiptLimits},
    rpc,
    sequencer::Sequencer,
    state::Shared,
    store::Store,
};

/// A running node; dropping it stops everything it started.
#[derive(Debug)]
pub struct NodeHandle {
    /// Where the HTTP server listens.
    pub addr: SocketAddr,
    shutdown: watch::Sender<bool>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
    shared: Arc<Shared>,
}

impl NodeHandle {
    /// Replaces the peers accepted transactions are forwarded to.
    pub fn set_peers(&self, peers: Vec<reqwest::Url>) {
        if let Ok(mut p) = self.shared.peers.write() {
            *p = peers;
        }
    }

    /// Turns fault switches on or off (devnets and tests).
    pub fn set_faults(&self, faults: Faults) {
        if faults.any() {
            warn!(?faults, "fault switches on: this node now misbehaves on purpose");
        }
        if let Ok(mut f) = self.shared.faults.write() {
            *f = faults;
        }
    }

    /// The fault switches in force (a switch that acts once turns itself off).
    pub fn faults(&self) -> Faults {
        self.shared.faults()
    }

    /// Transactions in the mempool.
    pub fn mempool_len(&self) -> usize {
        self.shared.mempool().len()
    }

    /// The node's JSON-RPC URL.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stops the server and the sequencer and waits for them.
    pub async fn stop(mut self) {
        let _ = self.shutdown.send(true);
        for task in self.tasks.drain(..) {
            let _ = task.await;
        }
    }
}

impl Drop for NodeHandle {
    fn drop(&mut self) {
        let _ = self.shutdown.send(true);
        for task in &self.tasks {
            task.abort();
        }
    }
}

/// Starts a node: opens its database, restores the mempool, serves HTTP and runs the sequencer.
pub async fn start(config: NodeConfig) -> Result<NodeHandle> {
    std::fs::create_dir_all(&config.data_dir)
        .wrap_err_with(|| format!("creating data dir {}", config.data_dir.display()))?;
    let store = Arc::new(Store::open(&config.data_dir.join("node.redb"))?);
    let mut mempool = Mempool::new(config.mempool);
    let stored = store.mempool()?;
    info!(txs = stored.len(), "restoring mempool");
    mempool.restore(stored.into_iter().map(|(seq, raw)| (seq, keccak256(&raw), raw)));

    let receipts = ReceiptBook::load(
        &store,
        ReceiptLimits {
            per_slot: config.receipts.per_slot.min(config.max_batch_txs),
            bytes_per_slot: config.max_batch_bytes,
            margin_blocks: config.receipts.margin_blocks,
        },
        config.signer.address(),
    )?;
    let persister_stop = Arc::new(AtomicBool::new(false));
    let metrics = Metrics::default();
    let domain = baton_protocol::header::domain(config.deployment.chain_id, config.deployment.inbox);
    let receipt_signer = persister::ReceiptSigner {
        key: config.signer.to_secp256k1(),
        separator: domain.separator(),
        interval: std::time::Duration::from_millis(config.receipts.group_interval_ms),
    };
    let (persister_handle, persister) =
        persister::spawn(store.clone(), receipt_signer, persister_stop.clone(), metrics.commits.clone());
    metrics.mempool_txs.store(mempool.len() as u64, Ordering::Relaxed);
    let shared = Arc::new(Shared {
        l2_chain_id: config.deployment.params.l2_chain_id,
        store,
        metrics,
        mempool: Mutex::new(mempool),
        persister: persister_handle,
        http: reqwest::Client::new(),
        peers: RwLock::new(config.peers.clone()),
        faults: RwLock::new(config.faults.clone()),
        receipts,
        signer: config.signer.address(),
        domain,
        committee: CommitteeBook::new(config.committee.bls_key.clone(), config.signer.address()),
    });
    if config.faults.any() {
        warn!(faults = ?config.faults, "fault switches on: this node misbehaves on purpose");
    }

    let listener = baton_config::listen(config.listen).wrap_err("binding the HTTP server")?;
    let addr = listener.local_addr()?;
    let (shutdown, mut stop_server) = watch::channel(false);
    let app = rpc::router(shared.clone());
    let server = tokio::spawn(async move {
        let stopped = async move {
            let _ = stop_server.wait_for(|stop| *stop).await;
        };
        if let Err(e) = axum::serve(listener, app).with_graceful_shutdown(stopped).await {
            warn!(error = %e, "HTTP server stopped");
        }
    });

    if config.data_mode != DataMode::Calldata {
        // Loading the KZG trusted setup takes seconds; paid here rather than inside the first slot this node leads
        // (measured: a cold first blob batch missed its leader's grace window on 1 s blocks).
        tokio::task::spawn_blocking(|| {
            let _ = alloy::eips::eip4844::env_settings::EnvKzgSettings::Default.get();
        })
        .await?;
    }
    let mut stop_persister = shutdown.subscribe();
    let persister = tokio::spawn(async move {
        let _ = stop_persister.wait_for(|stop| *stop).await;
        persister_stop.store(true, Ordering::Relaxed);
        let _ = persister.await;
    });
    let sequencer = match Sequencer::new(config, shared.clone()).await {
        Ok(sequencer) => sequencer,
        Err(e) => {
            // Nothing is left running when the node refuses to start.
            let _ = shutdown.send(true);
            let _ = server.await;
            let _ = persister.await;
            return Err(e);
        }
    };
    let stop_sequencer = shutdown.subscribe();
    let sequencer = tokio::spawn(sequencer.run(stop_sequencer));
    info!(%addr, "node started");
    Ok(NodeHandle { addr, shutdown, tasks: vec![server, sequencer, persister], shared })
}
