//! Group commit of accepted transactions and issued receipts: a blocking service that commits everything that
//! arrived while the previous commit ran as one journal frame (one `fdatasync`), a handle that waits for a record's
//! commit, and a second service that checkpoints the journal into redb every [`CHECKPOINT_EVERY`], off the
//! acknowledgement path. An acknowledged transaction or receipt is on disk: a crash after the acknowledgement loses
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
use tracing::warn;

use crate::{
    metrics::CommitStats,
    store::{IssuedReceipt, Store},
};

/// How often the journal is written into redb: often enough that a segment never fills at 10,000 requests a
/// second, rarely enough that each redb commit carries hundreds of them.
pub(crate) const CHECKPOINT_EVERY: Duration = Duration::from_millis(100);

/// Most requests, and most bytes of records, one group commit holds (one journal frame, well inside a segment).
const GROUP_REQUESTS: usize = 4_096;
const GROUP_BYTES: usize = 1 << 20;

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

impl PersistRequest {
    fn bytes(&self) -> usize {
        self.txs.iter().map(|(_, raw)| raw.len()).sum::<usize>()
            + self.receipts.iter().map(|r| r.raw.len() + r.signature.len() + 256).sum::<usize>()
    }
}

/// Starts the persister and the checkpointer on blocking threads; both stop once `stop` is set and nothing is
/// queued (the checkpointer after a last checkpoint).
pub(crate) fn spawn(
    store: Arc<Store>,
    stop: Arc<AtomicBool>,
    stats: Arc<CommitStats>,
) -> (Persister, tokio::task::JoinHandle<()>) {
    // Unbounded is fine: a request exists only for a transaction the bounded mempool just accepted (and its receipt,
    // bounded per slot).
    let (requests, rx) = mpsc::channel();
    let (committer, checkpointer) = (store.clone(), stop.clone());
    let checkpoint_stats = stats.clone();
    let commits = tokio::task::spawn_blocking(move || run(&committer, &rx, &stop, &stats));
    let checkpoints =
        tokio::task::spawn_blocking(move || checkpoint(&store, &checkpointer, &checkpoint_stats));
    let task = tokio::spawn(async move {
        let _ = commits.await;
        let _ = checkpoints.await;
    });
    (Persister { requests }, task)
}

/// Writes the journal into redb every [`CHECKPOINT_EVERY`] until `stop`, then once more. A failure is retried next
/// time (the records stay journaled, so nothing is lost meanwhile).
fn checkpoint(store: &Store, stop: &AtomicBool, stats: &CommitStats) {
    loop {
        let stopping = stop.load(Ordering::Relaxed);
        let started = std::time::Instant::now();
        match store.checkpoint() {
            Ok(0) => {}
            Ok(_) => {
                stats.checkpoints.fetch_add(1, Ordering::Relaxed);
                stats.checkpoint_micros.fetch_add(started.elapsed().as_micros() as u64, Ordering::Relaxed);
            }
            Err(e) => warn!(error = %e, "journal checkpoint failed; retrying"),
        }
        if stopping {
            return;
        }
        std::thread::sleep(CHECKPOINT_EVERY);
    }
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
        let mut bytes = first.bytes();
        let mut batch = vec![first];
        while batch.len() < GROUP_REQUESTS && bytes < GROUP_BYTES {
            let Ok(next) = rx.try_recv() else { break };
            bytes += next.bytes();
            batch.push(next);
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
