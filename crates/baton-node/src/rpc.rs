//! The node's HTTP surface: JSON-RPC 2.0 on `POST /` (`eth_sendRawTransaction`, `baton_sendTransaction` (the same,
//! plus an inclusion receipt when this node leads an upcoming slot), `baton_getReceipt`, `eth_chainId`,
//! `baton_status`, `baton_transactionStatus`, and for committee certificates `baton_attest`, `baton_getBatchData`,
//! `baton_getCertificate`), the signed-header feed on `GET /headers?from=N&limit=M`, the certificate feed on
//! `GET /certificates?from=N&limit=M`,
//! `GET /metrics` and `GET /health`.
//!
//! Bad input never panics: every failure is a JSON-RPC error with a message saying what was wrong.

use std::{sync::Arc, time::Duration};

use alloy::{
    consensus::{transaction::SignerRecoverable, Transaction as _, TxEnvelope},
    eips::eip2718::Decodable2718,
    primitives::{keccak256, Address, Bytes, B256},
};
use axum::{
    extract::{DefaultBodyLimit, Query, State},
    http::{header::CONTENT_TYPE, HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::{get, post},
    Json, Router,
};
use baton_protocol::payload::MAX_TX_SIZE;
use baton_protocol::receipt::SignedReceipt;
use serde_json::{json, value::RawValue, Value};

use crate::{
    client::{AttestRequest, CertifiedHeader, NodeClient, TransactionStatus},
    committee::{AttestError, MAX_ATTESTED_PAYLOAD},
    mempool::Insert,
    metrics::Metrics,
    peers::{self, FORWARDED_HEADER},
    persister::Unsigned,
    receipts::NoReceipt,
    state::Shared,
};

/// Why a JSON-RPC request failed; each variant has its JSON-RPC code and its message says what was wrong.
#[derive(Debug, thiserror::Error)]
pub(crate) enum RpcError {
    /// The body is not JSON.
    #[error("invalid JSON: {0}")]
    Parse(String),
    /// The request has no method.
    #[error("missing method")]
    InvalidRequest,
    /// The method does not exist.
    #[error("method {0} not supported")]
    MethodNotFound(String),
    /// The parameters are not what the method takes.
    #[error("{0}")]
    InvalidParams(String),
    /// The mempool is full.
    #[error("mempool full, retry later")]
    PoolFull,
    /// The node does not take transactions now.
    #[error("{0}")]
    Unavailable(String),
    /// The node failed.
    #[error("{0}")]
    Internal(String),
}

impl RpcError {
    /// The JSON-RPC 2.0 error code (EIP-1474's where one fits).
    pub(crate) fn code(&self) -> i64 {
        match self {
            Self::Parse(_) => -32700,
            Self::InvalidRequest => -32600,
            Self::MethodNotFound(_) => -32601,
            Self::InvalidParams(_) => -32602,
            Self::PoolFull => -32003,
            Self::Unavailable(_) => -32005,
            Self::Internal(_) => -32603,
        }
    }
}

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/", post(rpc))
        .route("/headers", get(headers))
        .route("/certificates", get(certificates))
        .route("/metrics", get(metrics))
        .route("/health", get(|| async { "ok" }))
        // A hex-encoded transaction of MAX_TX_SIZE, or a batch payload to attest of MAX_ATTESTED_PAYLOAD, plus the
        // JSON envelope.
        .layer(DefaultBodyLimit::max(2 * MAX_TX_SIZE.max(MAX_ATTESTED_PAYLOAD) + 4096))
        .with_state(shared)
}

fn error(id: &Value, error: &RpcError) -> Json<Value> {
    Json(json!({"jsonrpc": "2.0", "id": id, "error": {"code": error.code(), "message": error.to_string()}}))
}

fn result(id: &Value, value: Value) -> Json<Value> {
    Json(json!({"jsonrpc": "2.0", "id": id, "result": value}))
}

/// A JSON-RPC request borrowed from its body. The two send methods, the node's hot path, are answered from it
/// without building a JSON tree of the request or of the answer; every other method, and any request this does not
/// fit, goes through [`Value`] (which also words the errors of malformed requests).
#[derive(serde::Deserialize)]
struct Envelope<'a> {
    #[serde(borrow, default)]
    id: Option<&'a RawValue>,
    #[serde(borrow)]
    method: std::borrow::Cow<'a, str>,
    #[serde(borrow, default)]
    params: Option<&'a RawValue>,
}

/// A successful answer, serialized as it is built.
#[derive(serde::Serialize)]
struct Answer<'a, T> {
    jsonrpc: &'static str,
    id: &'a RawValue,
    result: T,
}

/// What `baton_sendTransaction` answers: `{hash, receipt}`, `receipt` null and `noReceipt` saying why when there is
/// none.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct SendAnswer<'a> {
    hash: B256,
    receipt: Option<&'a SignedReceipt>,
    #[serde(skip_serializing_if = "Option::is_none")]
    no_receipt: Option<String>,
}

fn answer(id: &RawValue, result: impl serde::Serialize) -> Response {
    match serde_json::to_vec(&Answer { jsonrpc: "2.0", id, result }) {
        Ok(bytes) => ([(CONTENT_TYPE, "application/json")], bytes).into_response(),
        Err(e) => error(&Value::Null, &RpcError::Internal(format!("could not encode the answer: {e}")))
            .into_response(),
    }
}

/// `eth_sendRawTransaction` and `baton_sendTransaction` from the borrowed request.
async fn send_method(
    shared: &Arc<Shared>,
    headers: &HeaderMap,
    request: &Envelope<'_>,
    promise: bool,
) -> Response {
    let id = request.id.unwrap_or(RawValue::NULL);
    let first =
        request.params.and_then(|p| serde_json::from_str::<Vec<&RawValue>>(p.get()).ok()).and_then(|p| {
            p.first().and_then(|hex| serde_json::from_str::<std::borrow::Cow<'_, str>>(hex.get()).ok())
        });
    let failed = |e: &RpcError| {
        let id: Value = serde_json::from_str(id.get()).unwrap_or(Value::Null);
        error(&id, e).into_response()
    };
    let Some(hex) = first else {
        return failed(&RpcError::InvalidParams("expected one hex-encoded transaction".into()));
    };
    let forwarding = if promise {
        Forwarding::default()
    } else {
        Forwarding {
            forwarded: headers.contains_key(FORWARDED_HEADER),
            hold_until: headers
                .get(peers::HOLD_UNTIL_HEADER)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.parse::<u64>().ok()),
        }
    };
    match accept(shared, &hex, forwarding, promise).await {
        Ok((hash, _)) if !promise => answer(id, hash),
        Ok((hash, outcome)) => {
            let (receipt, no_receipt) = match &outcome {
                Some(Ok(receipt)) => (Some(receipt), None),
                Some(Err(why)) => (None, Some(why.to_string())),
                None => (None, None),
            };
            answer(id, SendAnswer { hash, receipt, no_receipt })
        }
        Err(e) => {
            Metrics::inc(&shared.metrics.txs_rejected);
            failed(&e)
        }
    }
}

async fn rpc(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: axum::body::Bytes) -> Response {
    if let Ok(request) = serde_json::from_slice::<Envelope<'_>>(&body) {
        match request.method.as_ref() {
            "eth_sendRawTransaction" => return send_method(&shared, &headers, &request, false).await,
            "baton_sendTransaction" => return send_method(&shared, &headers, &request, true).await,
            _ => {}
        }
    }
    rpc_value(&shared, &headers, body).await.into_response()
}

/// Every other method, from the request parsed as a [`Value`].
async fn rpc_value(shared: &Arc<Shared>, headers: &HeaderMap, body: axum::body::Bytes) -> Json<Value> {
    let request: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => return error(&Value::Null, &RpcError::Parse(e.to_string())),
    };
    let id = request.get("id").cloned().unwrap_or(Value::Null);
    let Some(method) = request.get("method").and_then(Value::as_str) else {
        return error(&id, &RpcError::InvalidRequest);
    };
    let params = request.get("params").cloned().unwrap_or(Value::Array(Vec::new()));
    match method {
        "baton_getReceipt" => {
            let hash = params.get(0).and_then(Value::as_str).and_then(|h| h.parse::<B256>().ok());
            match hash {
                Some(hash) => result(&id, json!(shared.receipts.get(&hash))),
                None => error(&id, &RpcError::InvalidParams("expected one transaction hash".into())),
            }
        }
        "baton_attest" => {
            let request = params.get(0).cloned().map(serde_json::from_value::<AttestRequest>);
            let Some(Ok(request)) = request else {
                return error(
                    &id,
                    &RpcError::InvalidParams("expected one {header, signature, payload}".into()),
                );
            };
            if shared.faults().offline {
                return error(&id, &RpcError::Unavailable("node is offline (fault switch)".into()));
            }
            match shared.committee.attest(shared.committee_context(), &request) {
                Ok(reply) => {
                    Metrics::inc(&shared.metrics.attestations_signed);
                    result(&id, json!(reply))
                }
                Err(e @ (AttestError::NotMember(_) | AttestError::Refused(_) | AttestError::Conflict(_))) => {
                    error(&id, &RpcError::InvalidParams(e.to_string()))
                }
                Err(e) => error(&id, &RpcError::Internal(e.to_string())),
            }
        }
        "baton_getBatchData" => {
            let commitment = params.get(0).and_then(Value::as_str).and_then(|h| h.parse::<B256>().ok());
            let Some(commitment) = commitment else {
                return error(&id, &RpcError::InvalidParams("expected one data commitment".into()));
            };
            match shared.store.batch_data(commitment) {
                Ok(data) => result(&id, json!(data)),
                Err(e) => error(&id, &RpcError::Internal(e.to_string())),
            }
        }
        "baton_getCertificate" => {
            let hash = params.get(0).and_then(Value::as_str).and_then(|h| h.parse::<B256>().ok());
            let Some(hash) = hash else {
                return error(&id, &RpcError::InvalidParams("expected one header hash".into()));
            };
            let found = match shared.store.certificate(hash) {
                Ok(found) => {
                    found.map(|(attestation, certificate, latency_ms, certified_at_ms)| CertifiedHeader {
                        attestation,
                        signers: alloy::primitives::U128::from(certificate.signers),
                        signature: certificate.signature,
                        latency_ms,
                        certified_at_ms,
                    })
                }
                Err(e) => return error(&id, &RpcError::Internal(e.to_string())),
            };
            // The poster holds a batch's certificate: a user asks the node it sent to, which asks its peers once.
            let found = match found {
                None if !headers.contains_key(FORWARDED_HEADER) => certificate_from_peers(shared, hash).await,
                found => found,
            };
            result(&id, json!(found))
        }
        "eth_chainId" => result(&id, json!(format!("{:#x}", shared.l2_chain_id))),
        "baton_status" => result(&id, shared.status()),
        "baton_transactionStatus" => {
            let hash = params.get(0).and_then(Value::as_str).and_then(|h| h.parse::<B256>().ok());
            let not_after_ms = match params.get(1) {
                None | Some(Value::Null) => Ok(None),
                Some(ms) => ms.as_u64().map(Some).ok_or(()),
            };
            let (Some(hash), Ok(not_after_ms)) = (hash, not_after_ms) else {
                return error(
                    &id,
                    &RpcError::InvalidParams(
                        "expected a transaction hash and optionally a time in unix milliseconds".into(),
                    ),
                );
            };
            match shared.store.accepted_at(hash, not_after_ms) {
                Ok(accepted_at_ms) => result(
                    &id,
                    json!(TransactionStatus { pooled: shared.mempool().contains(&hash), accepted_at_ms }),
                ),
                Err(e) => error(&id, &RpcError::Internal(e.to_string())),
            }
        }
        other => error(&id, &RpcError::MethodNotFound(other.to_owned())),
    }
}

/// The certificate of `header_hash` from the first peer that holds one (asked as a peer, so none asks further).
async fn certificate_from_peers(shared: &Arc<Shared>, header_hash: B256) -> Option<CertifiedHeader> {
    let peers = shared.peers.read().map(|p| p.clone()).unwrap_or_default();
    let mut asks = tokio::task::JoinSet::new();
    for peer in peers {
        let client =
            NodeClient::with_http(shared.http.clone(), peer).timeout(Duration::from_secs(2)).forwarded();
        asks.spawn(async move { client.certificate(header_hash).await });
    }
    while let Some(answer) = asks.join_next().await {
        if let Ok(Ok(Some(found))) = answer {
            return Some(found);
        }
    }
    None
}

/// Whether a transaction came from a peer, and whether that peer promised it for a slot ending before a block.
#[derive(Clone, Copy, Debug, Default)]
struct Forwarding {
    forwarded: bool,
    hold_until: Option<u64>,
}

/// A transaction's receipt outcome: issued, or why not.
type ReceiptOutcome = Option<Result<SignedReceipt, NoReceipt>>;

/// Validates, pools, persists and (unless it came from a peer) forwards one transaction; with `promise`, also
/// reserves, signs and persists an inclusion receipt for it (in the same commit) before answering.
async fn accept(
    shared: &Arc<Shared>,
    hex: &str,
    from: Forwarding,
    promise: bool,
) -> Result<(B256, ReceiptOutcome), RpcError> {
    let (raw, sender) = validate(shared, hex)?;
    let hash = keccak256(&raw);
    // One lock for the insert and the hold (a guard in a `match` scrutinee lives through every arm).
    let inserted = {
        let mut pool = shared.mempool();
        let inserted = pool.insert(hash, raw.clone());
        if let (Insert::Added(seq), Some(block)) = (&inserted, from.hold_until) {
            pool.hold(*seq, block);
        }
        inserted
    };
    let seq = match inserted {
        Insert::Added(seq) => Some(seq),
        Insert::Known => None,
        Insert::Full => return Err(RpcError::PoolFull),
    };
    let reserved = promise.then(|| shared.receipts.reserve(shared.l2_chain_id, hash, &raw, sender));
    let mut hold_peers_until = None;
    let (unsigned, mut outcome) = match reserved {
        None => (None, None),
        Some(Err(NoReceipt::Known(receipt))) => (None, Some(Ok(*receipt))),
        Some(Err(why)) => (None, Some(Err(why))),
        Some(Ok(reservation)) => {
            hold_peers_until = Some(reservation.last_block + 1);
            (Some(Unsigned { receipt: reservation.receipt, raw: raw.clone() }), None)
        }
    };
    if seq.is_none() && unsigned.is_none() {
        return Ok((hash, outcome));
    }
    let promised = unsigned.as_ref().map(|u| u.receipt.clone());
    // Acknowledge only once the transaction and its receipt (signed by the persister, with its group) are durable.
    let persisted =
        shared.persister.persist(seq.map(|s| (s, raw.clone())).into_iter().collect(), unsigned).await;
    match (promised, persisted) {
        (Some(receipt), Ok(Some(signature))) => {
            let signed = SignedReceipt { receipt, signature, signer: shared.signer };
            shared.receipts.issued(signed.clone());
            Metrics::inc(&shared.metrics.receipts_issued);
            outcome = Some(Ok(signed));
        }
        (Some(_), failed) => {
            shared.receipts.abandon(&hash);
            let why = failed.err().unwrap_or_else(|| "no signature came back".into());
            return Err(RpcError::Internal(format!("could not issue the receipt: {why}")));
        }
        (None, Err(e)) => return Err(RpcError::Internal(format!("could not persist: {e}"))),
        (None, Ok(_)) => {}
    }
    if seq.is_some() {
        Metrics::inc(&shared.metrics.txs_accepted);
        // A promised transaction is this node's to include at its index: peers hold it until the promised slot has
        // ended (an earlier leader including it would make a duplicate on L2), and include it only if it did not.
        if !from.forwarded {
            peers::forward(shared, raw, hold_peers_until);
        }
    }
    Ok((hash, outcome))
}

/// Decodes and checks one hex-encoded transaction; returns it with its sender.
fn validate(shared: &Shared, hex: &str) -> Result<(Bytes, Address), RpcError> {
    use RpcError::InvalidParams;
    if shared.faults().offline {
        return Err(RpcError::Unavailable("node is offline (fault switch)".into()));
    }
    let raw: Bytes = hex.parse().map_err(|e| InvalidParams(format!("transaction is not hex: {e}")))?;
    if raw.is_empty() || raw.len() > MAX_TX_SIZE {
        return Err(InvalidParams(format!("transaction size {} outside 1..={MAX_TX_SIZE}", raw.len())));
    }
    let tx = TxEnvelope::decode_2718(&mut raw.as_ref())
        .map_err(|e| InvalidParams(format!("invalid transaction encoding: {e}")))?;
    match tx.chain_id() {
        Some(id) if id == shared.l2_chain_id => {}
        Some(other) => {
            return Err(InvalidParams(format!(
                "wrong chain id {other}, this network is {}",
                shared.l2_chain_id
            )))
        }
        None => {
            return Err(InvalidParams(format!(
                "the transaction names no chain id (pre-EIP-155): this network is {}",
                shared.l2_chain_id
            )))
        }
    }
    let sender = tx.recover_signer().map_err(|e| InvalidParams(format!("invalid signature: {e}")))?;
    Ok((raw, sender))
}

#[derive(Debug, serde::Deserialize)]
struct HeadersQuery {
    from: Option<u64>,
    limit: Option<usize>,
}

async fn headers(State(shared): State<Arc<Shared>>, Query(q): Query<HeadersQuery>) -> impl IntoResponse {
    let limit = q.limit.unwrap_or(100).min(1_000);
    match shared.store.signed_headers(q.from.unwrap_or(0), limit) {
        Ok(list) => (StatusCode::OK, Json(json!(list))).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

/// `GET /certificates?from=N&limit=M`: the certificates this node assembled as a poster, from batch number `N` on.
async fn certificates(State(shared): State<Arc<Shared>>, Query(q): Query<HeadersQuery>) -> impl IntoResponse {
    let limit = q.limit.unwrap_or(100).min(1_000);
    match shared.store.certificates_from(q.from.unwrap_or(0), limit) {
        Ok(list) => (StatusCode::OK, Json(json!(list))).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

async fn metrics(State(shared): State<Arc<Shared>>) -> String {
    shared.metrics.render()
}
