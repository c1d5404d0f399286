//! The node's HTTP surface: JSON-RPC 2.0 on `POST /` (`eth_sendRawTransaction`, `eth_chainId`,
//! `baton_status`, `baton_transactionStatus`), the signed-header feed on `GET /headers?from=N&limit=M`, `GET /metrics` and `GET /health`.
//!
//! Bad input never panics: every failure is a JSON-RPC error with a message saying what was wrong.

use std::sync::Arc;

use alloy::{
    consensus::{transaction::SignerRecoverable, Transaction as _, TxEnvelope},
    eips::eip2718::Decodable2718,
    primitives::{keccak256, Bytes, B256},
};
use axum::{
    extract::{DefaultBodyLimit, Query, State},
    http::{HeaderMap, StatusCode},
    response::IntoResponse,
    routing::{get, post},
    Json, Router,
};
use baton_protocol::payload::MAX_TX_SIZE;
use serde_json::{json, Value};

use crate::{mempool::Insert, metrics::Metrics, node::Shared};

/// Header a node sets when it forwards a transaction, so the receiver does not forward it again.
pub(crate) const FORWARDED_HEADER: &str = "x-baton-forwarded";

/// JSON-RPC error codes.
const PARSE_ERROR: i64 = -32700;
const INVALID_REQUEST: i64 = -32600;
const METHOD_NOT_FOUND: i64 = -32601;
const INVALID_PARAMS: i64 = -32602;
const POOL_FULL: i64 = -32003;
const UNAVAILABLE: i64 = -32005;
const INTERNAL: i64 = -32603;

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/", post(rpc))
        .route("/headers", get(headers))
        .route("/metrics", get(metrics))
        .route("/health", get(|| async { "ok" }))
        // A hex-encoded transaction of MAX_TX_SIZE plus the JSON envelope.
        .layer(DefaultBodyLimit::max(2 * MAX_TX_SIZE + 4096))
        .with_state(shared)
}

fn error(id: &Value, code: i64, message: impl Into<String>) -> Json<Value> {
    Json(json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message.into()}}))
}

fn result(id: &Value, value: Value) -> Json<Value> {
    Json(json!({"jsonrpc": "2.0", "id": id, "result": value}))
}

async fn rpc(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: axum::body::Bytes) -> Json<Value> {
    let request: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => return error(&Value::Null, PARSE_ERROR, format!("invalid JSON: {e}")),
    };
    let id = request.get("id").cloned().unwrap_or(Value::Null);
    let Some(method) = request.get("method").and_then(Value::as_str) else {
        return error(&id, INVALID_REQUEST, "missing method");
    };
    let params = request.get("params").cloned().unwrap_or(Value::Array(Vec::new()));
    match method {
        "eth_sendRawTransaction" => {
            let forwarded = headers.contains_key(FORWARDED_HEADER);
            let Some(hex) = params.get(0).and_then(Value::as_str) else {
                return error(&id, INVALID_PARAMS, "expected one hex-encoded transaction");
            };
            match send_raw_transaction(&shared, hex, forwarded).await {
                Ok(hash) => result(&id, json!(hash)),
                Err((code, message)) => {
                    Metrics::inc(&shared.metrics.txs_rejected);
                    error(&id, code, message)
                }
            }
        }
        "eth_chainId" => result(&id, json!(format!("{:#x}", shared.l2_chain_id))),
        "baton_status" => result(&id, shared.status()),
        "baton_transactionStatus" => {
            let hash = params.get(0).and_then(Value::as_str).and_then(|h| h.parse::<B256>().ok());
            match hash {
                Some(hash) => result(&id, json!({ "pooled": shared.mempool().contains(&hash) })),
                None => error(&id, INVALID_PARAMS, "expected one transaction hash"),
            }
        }
        other => error(&id, METHOD_NOT_FOUND, format!("method {other} not supported")),
    }
}

/// Validates, pools, persists and (unless it came from a peer) forwards one transaction.
async fn send_raw_transaction(
    shared: &Arc<Shared>,
    hex: &str,
    forwarded: bool,
) -> Result<B256, (i64, String)> {
    if shared.faults().offline {
        return Err((UNAVAILABLE, "node is offline (fault switch)".into()));
    }
    let raw: Bytes = hex.parse().map_err(|e| (INVALID_PARAMS, format!("transaction is not hex: {e}")))?;
    if raw.is_empty() || raw.len() > MAX_TX_SIZE {
        return Err((INVALID_PARAMS, format!("transaction size {} outside 1..={MAX_TX_SIZE}", raw.len())));
    }
    let tx = TxEnvelope::decode_2718(&mut raw.as_ref())
        .map_err(|e| (INVALID_PARAMS, format!("invalid transaction encoding: {e}")))?;
    match tx.chain_id() {
        Some(id) if id == shared.l2_chain_id => {}
        other => {
            return Err((
                INVALID_PARAMS,
                format!("wrong chain id {other:?}, this network is {}", shared.l2_chain_id),
            ))
        }
    }
    tx.recover_signer().map_err(|e| (INVALID_PARAMS, format!("invalid signature: {e}")))?;
    let hash = keccak256(&raw);
    let seq = match shared.mempool().insert(hash, raw.clone()) {
        Insert::Added(seq) => seq,
        Insert::Known => return Ok(hash),
        Insert::Full => return Err((POOL_FULL, "mempool full, retry later".into())),
    };
    // Acknowledge only once the transaction is durable.
    shared.persist(seq, raw.clone()).await.map_err(|e| (INTERNAL, format!("could not persist: {e}")))?;
    Metrics::inc(&shared.metrics.txs_accepted);
    if !forwarded {
        shared.forward(raw);
    }
    Ok(hash)
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

async fn metrics(State(shared): State<Arc<Shared>>) -> String {
    shared.metrics.render()
}
