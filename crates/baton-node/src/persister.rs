//! Group commit of accepted transactions: a blocking service that commits everything that arrived while the
//! previous commit ran in one redb transaction (one fsync), and a handle that waits for a transaction's commit.
//! An acknowledged transaction is on disk: a crash after the acknowledgement loses nothing.

use std::{
    sync::{
        atomic::{AtomicBool, Ordering},
        mpsc, Arc,
    },
    time::Duration,
};

use alloy::primitives::Bytes;
use tokio::sync::oneshot;

use crate::store::Store;

/// A transaction to make durable, and who waits for it.
type PersistRequest = (u64, Bytes, oneshot::Sender<Result<(), String>>);

/// Sends transactions to the persister and waits for their commit.
#[derive(Debug)]
pub(crate) struct Persister {
    requests: mpsc::Sender<PersistRequest>,
}

impl Persister {
    /// Waits until transaction `seq` is committed (with whatever else arrived meanwhile).
    pub(crate) async fn persist(&self, seq: u64, raw: Bytes) -> Result<(), String> {
        let (done, wait) = oneshot::channel();
        self.requests.send((seq, raw, done)).map_err(|_| "persister stopped".to_string())?;
        wait.await.map_err(|_| "persister stopped".to_string())?
    }
}

/// Starts the persister on a blocking thread; it stops once `stop` is set and nothing is queued.
pub(crate) fn spawn(store: Arc<Store>, stop: Arc<AtomicBool>) -> (Persister, tokio::task::JoinHandle<()>) {
    // Unbounded is fine: a request exists only for a transaction the bounded mempool just accepted.
    let (requests, rx) = mpsc::channel();
    let task = tokio::task::spawn_blocking(move || run(&store, &rx, &stop));
    (Persister { requests }, task)
}

/// Group commit: everything that arrived while the previous commit ran is committed together. Stops when
/// `stop` is set and nothing is queued.
fn run(store: &Store, rx: &mpsc::Receiver<PersistRequest>, stop: &AtomicBool) {
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
        let txs: Vec<(u64, Bytes)> = batch.iter().map(|(seq, raw, _)| (*seq, raw.clone())).collect();
        let outcome = store.put_txs(&txs).map_err(|e| e.to_string());
        for (_, _, done) in batch {
            let _ = done.send(outcome.clone());
        }
    }
}
