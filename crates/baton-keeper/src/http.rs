//! The keeper's HTTP surface: `POST /evidence` (signed headers, one object or an array), `GET /status`,
//! `GET /metrics` (Prometheus) and `GET /health`.
//!
//! Submissions are checked strictly: a body over [`MAX_SUBMISSION_BYTES`] gets 413, malformed JSON or unknown
//! fields 400, a header of another deployment or a bad signature 422. Accepted evidence is durable before the
//! reply (202), and wakes the keeper at once.

use std::sync::{Arc, Mutex, RwLock};

use alloy::sol_types::Eip712Domain;
use axum::{
    extract::{rejection::BytesRejection, DefaultBodyLimit, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{get, post},
    Json, Router,
};
use serde::Deserialize;
use serde_json::{json, Value};
use tokio::sync::Notify;
use tracing::warn;

use crate::{
    evidence::{validate, SignedHeader, MAX_PER_SUBMISSION, MAX_SUBMISSION_BYTES},
    metrics::Metrics,
    store::{Evidence, Store},
};

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
}

impl Shared {
    /// Validates and stores one signed header; returns whether it was new.
    pub(crate) fn accept(&self, signed: SignedHeader, source: &str) -> Result<bool, String> {
        if let Err(e) = validate(&self.domain, self.l2_chain_id, &signed) {
            Metrics::inc(&self.metrics.evidence_rejected);
            return Err(e.to_string());
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
            self.incoming.lock().unwrap_or_else(|p| p.into_inner()).push(evidence);
        }
        Ok(new)
    }
}

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/evidence", post(submit))
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

#[derive(Deserialize)]
#[serde(untagged)]
enum Submission {
    One(SignedHeader),
    Many(Vec<SignedHeader>),
}

async fn submit(
    State(shared): State<Arc<Shared>>,
    body: Result<axum::body::Bytes, BytesRejection>,
) -> Response {
    let body = match body {
        Ok(body) => body,
        Err(rejection) => {
            return refuse(&shared, rejection.status(), format!("body refused: {}", rejection.body_text()));
        }
    };
    // Parse as a value first so a malformed document and a wrong shape get distinct messages.
    let value: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => return refuse(&shared, StatusCode::BAD_REQUEST, format!("invalid JSON: {e}")),
    };
    let list = match value {
        Value::Array(items) => {
            if items.len() > MAX_PER_SUBMISSION {
                return refuse(
                    &shared,
                    StatusCode::PAYLOAD_TOO_LARGE,
                    format!("{} headers, at most {MAX_PER_SUBMISSION} per submission", items.len()),
                );
            }
            serde_json::from_value(Value::Array(items)).map(Submission::Many)
        }
        other => serde_json::from_value(other).map(Submission::One),
    };
    let list = match list {
        Ok(Submission::One(one)) => vec![one],
        Ok(Submission::Many(many)) => many,
        Err(e) => {
            return refuse(
                &shared,
                StatusCode::BAD_REQUEST,
                format!(
                    "expected {{\"header\": {{...}}, \"signature\": \"0x...\"}} or an array of them: {e}"
                ),
            )
        }
    };
    if list.is_empty() {
        return refuse(&shared, StatusCode::BAD_REQUEST, "empty submission".into());
    }
    // All or nothing: a submission with one bad header stores none of them.
    for (i, signed) in list.iter().enumerate() {
        if let Err(e) = validate(&shared.domain, shared.l2_chain_id, signed) {
            return refuse(&shared, StatusCode::UNPROCESSABLE_ENTITY, format!("header {i}: {e}"));
        }
    }
    let (mut accepted, mut duplicates) = (0, 0);
    for signed in list {
        match shared.accept(signed, "submission") {
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

async fn status(State(shared): State<Arc<Shared>>) -> Json<Value> {
    Json(shared.status.read().map(|s| s.clone()).unwrap_or(Value::Null))
}
