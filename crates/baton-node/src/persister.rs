//! Group commit of accepted transactions and issued receipts: a blocking service that signs the receipts and commits
//! everything that arrived while the previous commit ran as one journal frame (one `fdatasync`), a handle that waits
//! for a record's commit, and a second service that checkpoints the journal into redb every [`CHECKPOINT_EVERY`],
//! off the acknowledgement path (lazily: redb is synced only when a journal segment must be freed or a second has
//! passed, see [`Store::checkpoint_lazily`]). An acknowledged transaction or receipt is on disk: a crash after the
//! acknowledgement loses nothing.
//!
//! Receipts are signed here, a group at a time (docs/PROTOCOL.md §Inclusion receipts, "Receipts signed in a
//! group"): one signature over the Merkle root of up to [`MAX_GROUP`] receipts, each receipt carrying its path. A
//! receipt alone in its commit is signed alone, in the form `cast wallet sign` makes. Signing is most of a receipt's
//! CPU cost, so under load one signature serves many receipts, as one `fdatasync` serves many records.

use std::{
    sync::{
        atomic::{AtomicBool, Ordering},
        mpsc, Arc,
    },
    time::{Duration, Instant},
};

use alloy::{
    primitives::{Bytes, B256},
    signers::local::Secp256k1Signer,
};
use baton_protocol::receipt::{sign_group, InclusionReceipt};
use tokio::sync::oneshot;
use tracing::warn;

use crate::{
    metrics::CommitStats,
    store::{IssuedReceipt, Store},
};

/// How often the journal is written into redb: often enough that a segment never fills at 10,000 requests a
/// second, rarely enough that each redb commit carries hundreds of them.
pub(crate) const CHECKPOINT_EVERY: Duration = Duration::from_millis(100);

/// Most receipts under one signature: a path of at most three siblings keeps a proof of any of them under 70,000
/// gas (docs/BENCHMARKS.md, `slashContradictedReceipt`).
pub(crate) const MAX_GROUP: usize = 8;

/// Most requests, and most bytes of records, one group commit holds (one journal frame, well inside a segment).
const GROUP_REQUESTS: usize = 4_096;
const GROUP_BYTES: usize = 1 << 20;

/// A receipt reserved for a transaction, to sign and persist with it.
#[derive(Debug)]
pub(crate) struct Unsigned {
    pub(crate) receipt: InclusionReceipt,
    /// The raw transaction it promises.
    pub(crate) raw: Bytes,
}

/// Records to make durable together, and who waits for them.
#[derive(Debug)]
struct PersistRequest {
    txs: Vec<(u64, Bytes)>,
    receipt: Option<Unsigned>,
    /// The receipt's signature once it is durable.
    done: oneshot::Sender<Result<Option<Bytes>, String>>,
}

impl PersistRequest {
    fn bytes(&self) -> usize {
        self.txs.iter().map(|(_, raw)| raw.len()).sum::<usize>()
            + self.receipt.as_ref().map_or(0, |r| r.raw.len() + 512)
    }
}

/// The key receipts are signed with, the deployment's EIP-712 domain separator, and the least time between the
/// starts of two commits (`ReceiptSettings::group_interval_ms`). A commit's signature and `fdatasync` cost ~50 and
/// ~100-150 µs of CPU here however little it carries: without a floor, a faster disk makes commits smaller and more
/// frequent and the CPU per request stays the same. With it, a request waits at most this long for the next commit,
/// only when one ran just before.
#[derive(Debug)]
pub(crate) struct ReceiptSigner {
    /// On libsecp256k1: several times faster than the pure-Rust k256, with the same RFC 6979 nonces, so the same
    /// bytes.
    pub(crate) key: Secp256k1Signer,
    /// `domain.separator()`, hashed once.
    pub(crate) separator: B256,
    pub(crate) interval: Duration,
}

/// Sends records to the persister and waits for their commit.
#[derive(Debug)]
pub(crate) struct Persister {
    requests: mpsc::Sender<PersistRequest>,
}

impl Persister {
    /// Waits until `txs` and `receipt` (signed here) are committed, in one frame with whatever else arrived
    /// meanwhile; returns the receipt's signature.
    pub(crate) async fn persist(
        &self,
        txs: Vec<(u64, Bytes)>,
        receipt: Option<Unsigned>,
    ) -> Result<Option<Bytes>, String> {
        let (done, wait) = oneshot::channel();
        self.requests
            .send(PersistRequest { txs, receipt, done })
            .map_err(|_| "persister stopped".to_string())?;
        wait.await.map_err(|_| "persister stopped".to_string())?
    }
}

/// Starts the persister and the checkpointer on blocking threads; both stop once `stop` is set and nothing is
/// queued (the checkpointer after a last checkpoint).
pub(crate) fn spawn(
    store: Arc<Store>,
    signer: ReceiptSigner,
    stop: Arc<AtomicBool>,
    stats: Arc<CommitStats>,
) -> (Persister, tokio::task::JoinHandle<()>) {
    // Unbounded is fine: a request exists only for a transaction the bounded mempool just accepted (and its receipt,
    // bounded per slot).
    let (requests, rx) = mpsc::channel();
    let (committer, checkpointer) = (store.clone(), stop.clone());
    let checkpoint_stats = stats.clone();
    let commits = tokio::task::spawn_blocking(move || {
        run(&committer, &signer, &rx, &stop, &stats);
        // The persister also ends when every handle to it is gone (the node dropped without `stop`): the
        // checkpointer follows it, or the runtime would wait for it forever at shutdown.
        stop.store(true, Ordering::Relaxed);
    });
    let checkpoints =
        tokio::task::spawn_blocking(move || checkpoint(&store, &checkpointer, &checkpoint_stats));
    let task = tokio::spawn(async move {
        let _ = commits.await;
        let _ = checkpoints.await;
    });
    (Persister { requests }, task)
}

/// Writes the journal into redb every [`CHECKPOINT_EVERY`] until `stop` (lazily), then once more (durably). A failure
/// is retried next time (the records stay journaled, so nothing is lost meanwhile).
fn checkpoint(store: &Store, stop: &AtomicBool, stats: &CommitStats) {
    loop {
        let stopping = stop.load(Ordering::Relaxed);
        let started = Instant::now();
        // The last one (stopping) durable: nothing left for the journal to replay.
        let checkpointed = if stopping { store.checkpoint() } else { store.checkpoint_lazily() };
        match checkpointed {
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

/// Group commit: everything that arrived while the previous commit ran (and until the group interval after the
/// previous one started) is signed and committed together. Stops when `stop` is set and nothing is queued.
fn run(
    store: &Store,
    signer: &ReceiptSigner,
    rx: &mpsc::Receiver<PersistRequest>,
    stop: &AtomicBool,
    stats: &CommitStats,
) {
    let mut last_start: Option<Instant> = None;
    loop {
        let first = match rx.recv_timeout(Duration::from_millis(50)) {
            Ok(request) => request,
            Err(mpsc::RecvTimeoutError::Timeout) if !stop.load(Ordering::Relaxed) => continue,
            Err(_) => return,
        };
        if let Some(wait) = last_start.and_then(|at| signer.interval.checked_sub(at.elapsed())) {
            std::thread::sleep(wait);
        }
        let mut bytes = first.bytes();
        let mut batch = vec![first];
        while batch.len() < GROUP_REQUESTS && bytes < GROUP_BYTES {
            let Ok(next) = rx.try_recv() else { break };
            bytes += next.bytes();
            batch.push(next);
        }
        let started = Instant::now();
        last_start = Some(started);
        let answered = commit(store, signer, batch);
        stats.requests.fetch_add(answered as u64, Ordering::Relaxed);
        stats.micros.fetch_add(started.elapsed().as_micros() as u64, Ordering::Relaxed);
        stats.commits.fetch_add(1, Ordering::Relaxed);
    }
}

/// Signs the batch's receipts, a group of at most [`MAX_GROUP`] per signature, commits everything, and answers each
/// request; returns how many it committed. A group whose signing fails fails its requests alone.
fn commit(store: &Store, signer: &ReceiptSigner, batch: Vec<PersistRequest>) -> usize {
    let (promising, plain): (Vec<_>, Vec<_>) = batch.into_iter().partition(|r| r.receipt.is_some());
    let mut signed: Vec<(PersistRequest, Bytes)> = Vec::with_capacity(promising.len());
    let mut promising = promising.into_iter().peekable();
    while promising.peek().is_some() {
        let group: Vec<PersistRequest> = promising.by_ref().take(MAX_GROUP).collect();
        let receipts: Vec<InclusionReceipt> =
            group.iter().filter_map(|r| r.receipt.as_ref().map(|u| u.receipt.clone())).collect();
        match sign_group(&receipts, &signer.separator, &signer.key) {
            Ok(signatures) => signed.extend(group.into_iter().zip(signatures)),
            Err(e) => {
                for request in group {
                    let _ = request.done.send(Err(format!("could not sign the receipt: {e}")));
                }
            }
        }
    }
    let mut txs = Vec::new();
    let mut issued = Vec::with_capacity(signed.len());
    for (request, signature) in &signed {
        txs.extend(request.txs.iter().cloned());
        if let Some(unsigned) = &request.receipt {
            issued.push(IssuedReceipt {
                receipt: unsigned.receipt.clone(),
                signature: signature.clone(),
                raw: unsigned.raw.clone(),
            });
        }
    }
    for request in &plain {
        txs.extend(request.txs.iter().cloned());
    }
    let outcome = store.put_records(&txs, &issued).map_err(|e| e.to_string());
    let answered = signed.len() + plain.len();
    for (request, signature) in signed {
        let _ = request.done.send(outcome.clone().map(|()| Some(signature)));
    }
    for request in plain {
        let _ = request.done.send(outcome.clone().map(|()| None));
    }
    answered
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::{primitives::Address, signers::local::PrivateKeySigner, sol_types::Eip712Domain};

    fn request(n: u64, promise: bool) -> (PersistRequest, oneshot::Receiver<Result<Option<Bytes>, String>>) {
        let raw = Bytes::from(n.to_be_bytes().to_vec());
        let receipt = promise.then(|| Unsigned {
            receipt: InclusionReceipt {
                l2ChainId: 901,
                txHash: alloy::primitives::keccak256(&raw),
                slot: 3,
                index: n as u32,
                beneficiary: Address::with_last_byte(n as u8),
            },
            raw: raw.clone(),
        });
        let (done, wait) = oneshot::channel();
        (PersistRequest { txs: vec![(n, raw)], receipt, done }, wait)
    }

    /// A store in `dir`, a key, the deployment's domain and the persister's signer of that key.
    fn fixture(dir: &tempfile::TempDir) -> (Store, PrivateKeySigner, Eip712Domain, ReceiptSigner) {
        let store = Store::open(&dir.path().join("node.redb")).expect("opens");
        let key = PrivateKeySigner::random();
        let domain = baton_protocol::header::domain(1, Address::repeat_byte(7));
        let signer = ReceiptSigner {
            key: key.to_secp256k1(),
            separator: domain.separator(),
            interval: Duration::ZERO,
        };
        (store, key, domain, signer)
    }

    /// Twenty promises and three plain transactions in one commit: three signatures (8 + 8 + 4), each receipt's
    /// bytes recover to the key under the deployment's domain, and everything is durable.
    #[test]
    fn a_commit_signs_its_receipts_in_groups_of_at_most_eight() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (store, key, domain, signer) = fixture(&dir);
        let (batch, waits): (Vec<_>, Vec<_>) = (0..23u64).map(|n| request(n, n % 7 != 6 || n > 20)).unzip();
        let receipts: Vec<Option<InclusionReceipt>> =
            batch.iter().map(|r| r.receipt.as_ref().map(|u| u.receipt.clone())).collect();
        assert_eq!(commit(&store, &signer, batch), 23);
        let mut roots = std::collections::HashSet::new();
        for (wait, receipt) in waits.into_iter().zip(receipts) {
            let answer = wait.blocking_recv().expect("answered").expect("committed");
            match (answer, receipt) {
                (Some(signature), Some(receipt)) => {
                    assert!(signature.len() <= 65 + 3 * 32, "at most three siblings");
                    assert_eq!(receipt.recover_signer(&domain, &signature).expect("recovers"), key.address());
                    roots.insert(signature[..65].to_vec());
                }
                (None, None) => {}
                other => panic!("a receipt answered without a signature or the reverse: {other:?}"),
            }
        }
        assert_eq!(roots.len(), 3, "20 receipts under 3 signatures");
        assert_eq!(store.receipts().expect("reads").len(), 20);
        assert_eq!(store.mempool().expect("reads").len(), 23);
    }

    /// A node dropped without `stop` (a failing test, a panicking caller) drops every handle to its persister: both
    /// threads end, or the runtime would wait for them forever at shutdown.
    #[test]
    fn both_threads_end_when_the_last_handle_is_dropped_without_stop() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (store, _, _, signer) = fixture(&dir);
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        let ended = runtime.block_on(async {
            let stop = Arc::new(AtomicBool::new(false));
            let (persister, task) = spawn(Arc::new(store), signer, stop, Arc::default());
            drop(persister);
            tokio::time::timeout(Duration::from_secs(5), task).await.is_ok()
        });
        // Not `drop(runtime)`: it would wait for a thread that never ends, and the test would hang, not fail.
        runtime.shutdown_background();
        assert!(ended, "the persister's threads outlived every handle to them");
    }

    /// A receipt alone in its commit is signed alone: the 65 bytes `cast wallet sign --data` makes of it.
    #[test]
    fn a_receipt_alone_in_its_commit_is_signed_in_the_single_form() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (store, key, domain, signer) = fixture(&dir);
        let (alone, wait) = request(1, true);
        let receipt = alone.receipt.as_ref().map(|u| u.receipt.clone()).expect("promised");
        commit(&store, &signer, vec![alone]);
        let signature = wait.blocking_recv().expect("answered").expect("committed").expect("signed");
        assert_eq!(signature, receipt.sign(&domain, &key).expect("signs"));
    }
}
