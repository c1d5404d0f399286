//! The keeper's HTTP surface: `POST /evidence` (signed headers, one object or an array), `POST /receipts`
//! (signed inclusion receipts, one or an array), `POST /certificates` (committee certificates, one or an array),
//! `GET /status`, `GET /metrics` (Prometheus) and `GET /health`.
//!
//! Submissions are checked strictly: a body over [`MAX_SUBMISSION_BYTES`] gets 413, malformed JSON or unknown
//! fields 400, a header of another deployment, a bad signature, a signer that never was registered or a header
//! out of reach (a batch number or slot further ahead than anything can be proven) 422, and a signer that
//! already has [`MAX_PER_SIGNER`] headers stored 429. Accepted evidence is durable before the reply (202), and
//! wakes the keeper at once. Stored evidence is pruned once the fault window of its batch has closed. Receipts
//! are checked the same way: another rollup, a signature that does not recover to the named signer, an
//! unregistered signer, or a slot out of reach (its fault window closed, or beyond the lookahead) 422, and more
//! than [`MAX_RECEIPTS_PER_SIGNER`] held for one signer 429. Certificates are verified against their epoch's
//! committee: a slot out of reach or in an epoch whose membership is not final yet, a signer that is no keyed
//! member, fewer signers than the quorum or an aggregate signature that does not verify 422, more than
//! [`crate::certificate::MAX_CERTIFICATES_PER_SLOT`] held for one slot 429, the committee unreadable on L1 503.

use std::{
    collections::{HashMap, HashSet},
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc, Mutex, RwLock,
    },
};

use alloy::{primitives::Address, providers::DynProvider, sol_types::Eip712Domain};
use axum::{
    extract::{rejection::BytesRejection, DefaultBodyLimit, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{get, post},
    Json, Router,
};
use baton_bindings::sequencer_registry::SequencerRegistry;
use serde_json::{json, Value};
use tokio::sync::Notify;
use tracing::warn;

use crate::{
    certificate::Committees,
    evidence::{
        validate, SignedHeader, MAX_AHEAD_BATCHES, MAX_PER_SIGNER, MAX_PER_SUBMISSION,
        MAX_RECEIPTS_PER_SIGNER, MAX_SUBMISSION_BYTES,
    },
    metrics::Metrics,
    store::{Evidence, HeldCertificate, HeldReceipt, Store},
};
use baton_protocol::{committee::CertifiedAttestation, receipt::SignedReceipt, schedule::Schedule};

/// State shared by the server and the keeper loop.
#[derive(Debug)]
pub(crate) struct Shared {
    pub(crate) store: Arc<Store>,
    pub(crate) metrics: Arc<Metrics>,
    pub(crate) domain: Eip712Domain,
    pub(crate) l2_chain_id: u64,
    /// Evidence accepted since the loop last looked.
    pub(crate) incoming: Mutex<Vec<Evidence>>,
    /// Wakes the loop.
    pub(crate) wake: Notify,
    /// The latest status document.
    pub(crate) status: RwLock<Value>,
    /// The registry, to ask whether a signer is registered (a signer that never was, or retired after its
    /// withdrawal, can never be slashed: its headers prove nothing).
    pub(crate) registry: SequencerRegistry::SequencerRegistryInstance<DynProvider>,
    /// Signers found registered so far.
    pub(crate) known_signers: RwLock<HashSet<Address>>,
    /// Batches recorded so far (from the index).
    pub(crate) batch_count: AtomicU64,
    /// Highest slot a header may name: the current one plus the two epochs of lookahead.
    pub(crate) slot_reach: AtomicU64,
    /// Stored evidence per signer.
    pub(crate) per_signer: Mutex<HashMap<Address, usize>>,
    /// Receipts accepted since the loop last looked.
    pub(crate) incoming_receipts: Mutex<Vec<HeldReceipt>>,
    /// Held receipts per signer.
    pub(crate) receipts_per_signer: Mutex<HashMap<Address, usize>>,
    /// Oldest slot whose faults are still provable.
    pub(crate) slot_floor: AtomicU64,
    /// The slot of the next block.
    pub(crate) current_slot: AtomicU64,
    /// The deployment's schedule.
    pub(crate) schedule: Schedule,
    /// Committees of final epochs (certificates are verified against them).
    pub(crate) committees: tokio::sync::Mutex<Committees>,
    /// Certificates accepted since the loop last looked.
    pub(crate) incoming_certificates: Mutex<Vec<HeldCertificate>>,
    /// Held certificates per slot.
    pub(crate) certificates_per_slot: Mutex<HashMap<u64, usize>>,
}

/// Why one signed header is refused, with the HTTP status that says so.
#[derive(Debug)]
pub(crate) struct Refusal {
    pub(crate) status: StatusCode,
    pub(crate) message: String,
}

impl Shared {
    /// Checks one signed header against everything a submission must satisfy before it is stored.
    pub(crate) async fn check(&self, signed: &SignedHeader) -> Result<(), Refusal> {
        let refuse = |status, message: String| Err(Refusal { status, message });
        if let Err(e) = validate(&self.domain, self.l2_chain_id, signed) {
            return refuse(StatusCode::UNPROCESSABLE_ENTITY, e.to_string());
        }
        let header = &signed.header;
        if !self.registered(header.sequencer).await {
            return refuse(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("{} is not a registered signer (never was, or retired)", header.sequencer),
            );
        }
        let batches = self.batch_count.load(Ordering::Relaxed);
        let slots = self.slot_reach.load(Ordering::Relaxed);
        if header.batchNumber > batches + MAX_AHEAD_BATCHES || header.slot > slots {
            return refuse(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!(
                    "out of reach: batch {} (recorded {batches}, at most {MAX_AHEAD_BATCHES} ahead), slot {} (at most {slots})",
                    header.batchNumber, header.slot
                ),
            );
        }
        let stored = self.per_signer.lock().map_or(0, |m| m.get(&header.sequencer).copied().unwrap_or(0));
        if stored >= MAX_PER_SIGNER {
            return refuse(
                StatusCode::TOO_MANY_REQUESTS,
                format!(
                    "{} already has {stored} headers stored (at most {MAX_PER_SIGNER})",
                    header.sequencer
                ),
            );
        }
        Ok(())
    }

    /// Whether `signer` is registered now (remembered once seen: a signer stays registered until its bond is
    /// withdrawn, after which nothing it signed can be proven any more).
    async fn registered(&self, signer: Address) -> bool {
        if self.known_signers.read().is_ok_and(|k| k.contains(&signer)) {
            return true;
        }
        let call = self.registry.operatorIdOf(signer);
        let registered =
            matches!(tokio::time::timeout(std::time::Duration::from_secs(5), call.call()).await, Ok(Ok(_)));
        if registered {
            if let Ok(mut known) = self.known_signers.write() {
                known.insert(signer);
            }
        }
        registered
    }

    /// Checks and stores one signed header; returns whether it was new.
    pub(crate) async fn accept(&self, signed: SignedHeader, source: &str) -> Result<bool, String> {
        if let Err(refusal) = self.check(&signed).await {
            Metrics::inc(&self.metrics.evidence_rejected);
            return Err(refusal.message);
        }
        let evidence = Evidence {
            header: signed.header,
            signature: signed.signature,
            source: source.to_string(),
            // The first block a proof sent now can land in.
            seen_at_block: self.metrics.head.load(std::sync::atomic::Ordering::Relaxed) + 1,
        };
        let new = self.store.put_evidence(&evidence).map_err(|e| format!("could not store evidence: {e}"))?;
        if new {
            Metrics::inc(&self.metrics.evidence_accepted);
            if let Ok(mut counts) = self.per_signer.lock() {
                *counts.entry(evidence.header.sequencer).or_default() += 1;
            }
            self.incoming.lock().unwrap_or_else(|p| p.into_inner()).push(evidence);
        }
        Ok(new)
    }
}

impl Shared {
    /// Checks one signed receipt against everything a submission must satisfy before it is held.
    pub(crate) async fn check_receipt(&self, signed: &SignedReceipt) -> Result<(), Refusal> {
        let refuse = |status, message: String| Err(Refusal { status, message });
        let r = &signed.receipt;
        if r.l2ChainId != self.l2_chain_id {
            return refuse(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("receipt for rollup {}, this keeper watches {}", r.l2ChainId, self.l2_chain_id),
            );
        }
        if let Err(e) = signed.verify(&self.domain) {
            return refuse(StatusCode::UNPROCESSABLE_ENTITY, format!("receipt signature: {e}"));
        }
        if !self.registered(signed.signer).await {
            return refuse(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("{} is not a registered signer (never was, or retired)", signed.signer),
            );
        }
        let (floor, reach) =
            (self.slot_floor.load(Ordering::Relaxed), self.slot_reach.load(Ordering::Relaxed));
        if r.slot < floor || r.slot > reach {
            return refuse(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("out of reach: slot {} (provable now: {floor} to {reach})", r.slot),
            );
        }
        let held = self.receipts_per_signer.lock().map_or(0, |m| m.get(&signed.signer).copied().unwrap_or(0));
        if held >= MAX_RECEIPTS_PER_SIGNER {
            return refuse(
                StatusCode::TOO_MANY_REQUESTS,
                format!(
                    "{} already has {held} receipts held (at most {MAX_RECEIPTS_PER_SIGNER})",
                    signed.signer
                ),
            );
        }
        Ok(())
    }

    /// Checks and holds one receipt; returns whether it was new.
    pub(crate) async fn accept_receipt(&self, signed: SignedReceipt, source: &str) -> Result<bool, Refusal> {
        if let Err(refusal) = self.check_receipt(&signed).await {
            Metrics::inc(&self.metrics.receipts_rejected);
            return Err(refusal);
        }
        let held = HeldReceipt { signed, source: source.to_string() };
        let new = self.store.put_receipt(&held).map_err(|e| Refusal {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: format!("could not store the receipt: {e}"),
        })?;
        if new {
            Metrics::inc(&self.metrics.receipts_accepted);
            if let Ok(mut counts) = self.receipts_per_signer.lock() {
                *counts.entry(held.signed.signer).or_default() += 1;
            }
            self.incoming_receipts.lock().unwrap_or_else(|p| p.into_inner()).push(held);
        }
        Ok(new)
    }
}

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/evidence", post(submit))
        .route("/receipts", post(submit_items::<SignedReceipt>))
        .route("/certificates", post(submit_items::<CertifiedAttestation>))
        .route("/status", get(status))
        .route("/metrics", get(|State(s): State<Arc<Shared>>| async move { s.metrics.render() }))
        .route("/health", get(|| async { "ok" }))
        .layer(DefaultBodyLimit::max(MAX_SUBMISSION_BYTES))
        .with_state(shared)
}

fn refuse(shared: &Shared, status: StatusCode, message: String) -> Response {
    Metrics::inc(&shared.metrics.evidence_rejected);
    warn!(%status, %message, "evidence refused");
    (status, Json(json!({ "error": message }))).into_response()
}

/// The items of a submission: one JSON object or an array of at most [`MAX_PER_SUBMISSION`], each a `T`; or the
/// status and message to refuse it with (`noun` names the items, `shape` shows one).
fn parse_submission<T: serde::de::DeserializeOwned>(
    body: Result<axum::body::Bytes, BytesRejection>,
    noun: &str,
    shape: &str,
) -> Result<Vec<T>, (StatusCode, String)> {
    let body = body.map_err(|r| (r.status(), format!("body refused: {}", r.body_text())))?;
    // Parse as a value first so a malformed document and a wrong shape get distinct messages.
    let value: Value =
        serde_json::from_slice(&body).map_err(|e| (StatusCode::BAD_REQUEST, format!("invalid JSON: {e}")))?;
    let items = match value {
        Value::Array(items) if items.len() > MAX_PER_SUBMISSION => {
            return Err((
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("{} {noun}, at most {MAX_PER_SUBMISSION} per submission", items.len()),
            ))
        }
        Value::Array(items) => items,
        other => vec![other],
    };
    let list = items
        .into_iter()
        .map(serde_json::from_value)
        .collect::<Result<Vec<T>, _>>()
        .map_err(|e| (StatusCode::BAD_REQUEST, format!("expected {shape} or an array of them: {e}")))?;
    if list.is_empty() {
        return Err((StatusCode::BAD_REQUEST, "empty submission".into()));
    }
    Ok(list)
}

async fn submit(
    State(shared): State<Arc<Shared>>,
    body: Result<axum::body::Bytes, BytesRejection>,
) -> Response {
    let list: Vec<SignedHeader> =
        match parse_submission(body, "headers", r#"{"header": {...}, "signature": "0x..."}"#) {
            Ok(list) => list,
            Err((status, message)) => return refuse(&shared, status, message),
        };
    // All or nothing: a submission with one bad header stores none of them.
    for (i, signed) in list.iter().enumerate() {
        if let Err(refusal) = shared.check(signed).await {
            return refuse(&shared, refusal.status, format!("header {i}: {}", refusal.message));
        }
    }
    let (mut accepted, mut duplicates) = (0, 0);
    for signed in list {
        match shared.accept(signed, "submission").await {
            Ok(true) => accepted += 1,
            Ok(false) => duplicates += 1,
            Err(e) => {
                return (StatusCode::INTERNAL_SERVER_ERROR, Json(json!({ "error": e }))).into_response()
            }
        }
    }
    shared.wake.notify_one();
    (StatusCode::ACCEPTED, Json(json!({ "accepted": accepted, "duplicates": duplicates }))).into_response()
}

/// What `POST /receipts` and `POST /certificates` take: items checked all before any is held.
trait Submission: serde::de::DeserializeOwned + Send + Sync + Sized {
    /// The items' name in messages.
    const NOUN: &'static str;
    /// One item's JSON shape, for the message refusing a malformed submission.
    const SHAPE: &'static str;
    /// The counter of refusals.
    fn rejected(metrics: &Metrics) -> &AtomicU64;
    /// Checks one item.
    fn check(&self, shared: &Shared) -> impl std::future::Future<Output = Result<(), Refusal>> + Send;
    /// Checks and holds one item; whether it was new.
    fn accept(self, shared: &Shared) -> impl std::future::Future<Output = Result<bool, Refusal>> + Send;
}

impl Submission for SignedReceipt {
    const NOUN: &'static str = "receipts";
    const SHAPE: &'static str = r#"{"receipt": {...}, "signature": "0x...", "signer": "0x..."}"#;
    fn rejected(metrics: &Metrics) -> &AtomicU64 {
        &metrics.receipts_rejected
    }
    async fn check(&self, shared: &Shared) -> Result<(), Refusal> {
        shared.check_receipt(self).await
    }
    async fn accept(self, shared: &Shared) -> Result<bool, Refusal> {
        shared.accept_receipt(self, "submission").await
    }
}

impl Submission for CertifiedAttestation {
    const NOUN: &'static str = "certificates";
    const SHAPE: &'static str = r#"{"attestation": {...}, "signers": "0x...", "signature": "0x..."}"#;
    fn rejected(metrics: &Metrics) -> &AtomicU64 {
        &metrics.certificates_rejected
    }
    async fn check(&self, shared: &Shared) -> Result<(), Refusal> {
        shared.check_certificate(self).await
    }
    async fn accept(self, shared: &Shared) -> Result<bool, Refusal> {
        shared.accept_certificate(self, "submission").await
    }
}

/// `POST /receipts` (signed inclusion receipts) and `POST /certificates` (committee certificates): one item or an
/// array of them; all or nothing.
async fn submit_items<T: Submission>(
    State(shared): State<Arc<Shared>>,
    body: Result<axum::body::Bytes, BytesRejection>,
) -> Response {
    let refuse = |status, message: String| {
        Metrics::inc(T::rejected(&shared.metrics));
        warn!(%status, %message, "{} refused", T::NOUN);
        (status, Json(json!({ "error": message }))).into_response()
    };
    let list: Vec<T> = match parse_submission(body, T::NOUN, T::SHAPE) {
        Ok(list) => list,
        Err((status, message)) => return refuse(status, message),
    };
    for (i, item) in list.iter().enumerate() {
        if let Err(refusal) = item.check(&shared).await {
            return refuse(
                refusal.status,
                format!("{} {i}: {}", T::NOUN.trim_end_matches('s'), refusal.message),
            );
        }
    }
    let (mut accepted, mut duplicates) = (0, 0);
    for item in list {
        match item.accept(&shared).await {
            Ok(true) => accepted += 1,
            Ok(false) => duplicates += 1,
            Err(refusal) => {
                return (refusal.status, Json(json!({ "error": refusal.message }))).into_response()
            }
        }
    }
    shared.wake.notify_one();
    (StatusCode::ACCEPTED, Json(json!({ "accepted": accepted, "duplicates": duplicates }))).into_response()
}

async fn status(State(shared): State<Arc<Shared>>) -> Json<Value> {
    Json(shared.status.read().map(|s| s.clone()).unwrap_or(Value::Null))
}
