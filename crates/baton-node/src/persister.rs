//! Group commit of accepted transactions and issued receipts: a blocking service that commits everything that
//! arrived while the previous commit ran in one redb transaction (one fsync), and a handle that waits for a
//! record's commit. An acknowledged transaction or receipt is on disk: a crash after the acknowledgement loses
//! nothing.

use std::{
    sync::{
        atomic::{AtomicBool, Ordering},
        mpsc, Arc,
    },
    time::Duration,
};

use alloy::primitives::Bytes;
use tokio::sync::oneshot;

use crate::{
    metrics::CommitStats,
    store::{IssuedReceipt, Store},
};

/// Records to make durable together, and who waits for them.
#[derive(Debug)]
struct PersistRequest {
    txs: Vec<(u64, Bytes)>,
    receipts: Vec<IssuedReceipt>,
    done: oneshot::Sender<Result<(), String>>,
}

/// Sends transactions to the persister and waits for their commit.
#[derive(Debug)]
pub(crate) struct Persister {
    requests: mpsc::Sender<PersistRequest>,
}

impl Persister {
    /// Waits until `txs` and `receipts` are committed (in one transaction, with whatever else arrived meanwhile).
    pub(crate) async fn persist_records(
        &self,
        txs: Vec<(u64, Bytes)>,
        receipts: Vec<IssuedReceipt>,
    ) -> Result<(), String> {
        let (done, wait) = oneshot::channel();
        self.requests
            .send(PersistRequest { txs, receipts, done })
            .map_err(|_| "persister stopped".to_string())?;
        wait.await.map_err(|_| "persister stopped".to_string())?
    }
}

/// Starts the persister on a blocking thread; it stops once `stop` is set and nothing is queued.
pub(crate) fn spawn(
    store: Arc<Store>,
    stop: Arc<AtomicBool>,
    stats: Arc<CommitStats>,
) -> (Persister, tokio::task::JoinHandle<()>) {
    // Unbounded is fine: a request exists only for a transaction the bounded mempool just accepted (and its receipt,
    // bounded per slot).
    let (requests, rx) = mpsc::channel();
    let task = tokio::task::spawn_blocking(move || run(&store, &rx, &stop, &stats));
    (Persister { requests }, task)
}

/// Group commit: everything that arrived while the previous commit ran is committed together. Stops when
/// `stop` is set and nothing is queued.
fn run(store: &Store, rx: &mpsc::Receiver<PersistRequest>, stop: &AtomicBool, stats: &CommitStats) {
    loop {
        let first = match rx.recv_timeout(Duration::from_millis(50)) {
            Ok(request) => request,
            Err(mpsc::RecvTimeoutError::Timeout) if !stop.load(Ordering::Relaxed) => continue,
            Err(_) => return,
        };
        let mut batch = vec![first];
        while let Ok(next) = rx.try_recv() {
            batch.push(next);
            if batch.len() >= 4_096 {
                break;
            }
        }
        let mut txs = Vec::new();
        let mut receipts = Vec::new();
        let mut waiting = Vec::with_capacity(batch.len());
        for request in batch {
            txs.extend(request.txs);
            receipts.extend(request.receipts);
            waiting.push(request.done);
        }
        let started = std::time::Instant::now();
        let outcome = store.put_records(&txs, &receipts).map_err(|e| e.to_string());
        stats.commits.fetch_add(1, Ordering::Relaxed);
        stats.requests.fetch_add(waiting.len() as u64, Ordering::Relaxed);
        stats.micros.fetch_add(started.elapsed().as_micros() as u64, Ordering::Relaxed);
        for done in waiting {
            let _ = done.send(outcome.clone());
        }
    }
}
