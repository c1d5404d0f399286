//! A client of a node's JSON-RPC API (docs/PROTOCOL.md §Sequencer node behaviour): what wallets, `baton`, the devnet
//! and peer nodes send. One place builds the request bodies and reads the replies.

use std::time::Duration;

use alloy::primitives::{Bytes, B256};
use baton_protocol::receipt::SignedReceipt;
use serde_json::{json, Value};

use crate::peers::{FORWARDED_HEADER, HOLD_UNTIL_HEADER};

/// Why a call to a node failed.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// No answer (connection refused, timeout, not HTTP).
    #[error("sequencer node {url} unreachable")]
    Unreachable {
        /// The node.
        url: reqwest::Url,
        /// What the transport said.
        #[source]
        source: reqwest::Error,
    },
    /// The node answered with a JSON-RPC error.
    #[error("node {url} refused: {message}")]
    Refused {
        /// The node.
        url: reqwest::Url,
        /// The JSON-RPC error code.
        code: i64,
        /// Its message.
        message: String,
    },
    /// The node answered something else than a JSON-RPC reply with a result.
    #[error("node {url} answered without a result: {reply}")]
    Malformed {
        /// The node.
        url: reqwest::Url,
        /// What it answered.
        reply: String,
    },
}

/// What `baton_sendTransaction` answers: the transaction's hash and, when the node leads an upcoming slot with room,
/// its signed inclusion receipt (else why not).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Sent {
    /// keccak256 of the raw transaction.
    pub hash: B256,
    /// The receipt, if the node gave one.
    pub receipt: Option<SignedReceipt>,
    /// Why the node gave none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_receipt: Option<String>,
}

/// What a poster asks members to attest: its signed header and the batch's payload.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AttestRequest {
    /// The header, signed by its sequencer.
    pub header: baton_protocol::BatchHeader,
    /// The sequencer's 65-byte signature of the header.
    pub signature: Bytes,
    /// The batch's payload (what its `dataCommitment` and `txRoot` commit to).
    pub payload: Bytes,
}

/// A member's attestation: its operator id and its BLS signature of the attestation digest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttestReply {
    /// The member's operator id.
    pub operator: u8,
    /// Its signature (G1, EIP-2537 encoding).
    pub signature: baton_protocol::bls::G1Bytes,
}

/// What `baton_getCertificate` answers: the attestation and its certificate (signer bitmap and aggregate signature).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CertifiedHeader {
    /// What the members signed.
    pub attestation: baton_protocol::committee::Attestation,
    /// Bit `i` for operator id `i`.
    pub signers: alloy::primitives::U128,
    /// The aggregate signature (G1, EIP-2537 encoding).
    pub signature: baton_protocol::bls::G1Bytes,
    /// How long the poster's round took, from its request to the quorum, in milliseconds.
    #[serde(default)]
    pub latency_ms: u64,
    /// When the poster assembled it, in unix milliseconds.
    #[serde(default)]
    pub certified_at_ms: u64,
}

/// What `baton_transactionStatus` answers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TransactionStatus {
    /// In the node's mempool now.
    pub pooled: bool,
    /// When the node accepted it, in unix milliseconds (kept for an hour; found when it was at most ten minutes
    /// before the time asked about).
    #[serde(default)]
    pub accepted_at_ms: Option<u64>,
}

/// A node's JSON-RPC endpoint.
#[derive(Clone, Debug)]
pub struct NodeClient {
    http: reqwest::Client,
    url: reqwest::Url,
    timeout: Duration,
    forwarded: bool,
    hold_until: Option<u64>,
}

impl NodeClient {
    /// A client of the node at `url` (5 s per call).
    pub fn new(url: reqwest::Url) -> Self {
        Self::with_http(reqwest::Client::new(), url)
    }

    /// The same, sharing `http`'s connection pool.
    pub fn with_http(http: reqwest::Client, url: reqwest::Url) -> Self {
        Self { http, url, timeout: Duration::from_secs(5), forwarded: false, hold_until: None }
    }

    /// Calls time out after `timeout`.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Marks transactions as forwarded by a peer, so that the receiving node does not forward them again.
    pub(crate) fn forwarded(mut self) -> Self {
        self.forwarded = true;
        self
    }

    /// Asks the receiving node to hold forwarded transactions back until block `block` (the sender promised them
    /// for a slot that ends before it).
    pub(crate) fn held_until(mut self, block: u64) -> Self {
        self.hold_until = Some(block);
        self
    }

    /// The node's URL.
    pub fn url(&self) -> &reqwest::Url {
        &self.url
    }

    /// Calls `method` with `params`; returns the result.
    pub async fn call(&self, method: &str, params: Value) -> Result<Value, ClientError> {
        let body = json!({"jsonrpc": "2.0", "id": 1, "method": method, "params": params});
        let mut request = self.http.post(self.url.clone()).json(&body).timeout(self.timeout);
        if self.forwarded {
            request = request.header(FORWARDED_HEADER, "1");
        }
        if let Some(block) = self.hold_until {
            request = request.header(HOLD_UNTIL_HEADER, block.to_string());
        }
        let unreachable = |source: reqwest::Error| ClientError::Unreachable { url: self.url.clone(), source };
        let reply: Value = request.send().await.map_err(unreachable)?.json().await.map_err(unreachable)?;
        if let Some(error) = reply.get("error") {
            return Err(ClientError::Refused {
                url: self.url.clone(),
                code: error["code"].as_i64().unwrap_or(0),
                message: error["message"].as_str().unwrap_or("unknown error").to_owned(),
            });
        }
        match reply.get("result") {
            Some(result) => Ok(result.clone()),
            None => Err(ClientError::Malformed { url: self.url.clone(), reply: reply.to_string() }),
        }
    }

    /// `baton_attest`: the member's attestation of `request`'s header (docs/PROTOCOL.md §Committee certificates).
    pub async fn attest(&self, request: &AttestRequest) -> Result<AttestReply, ClientError> {
        let result = self.call("baton_attest", json!([request])).await?;
        serde_json::from_value(result.clone())
            .map_err(|_| ClientError::Malformed { url: self.url.clone(), reply: result.to_string() })
    }

    /// `baton_getBatchData`: the payload of a batch the node attested, by its data commitment.
    pub async fn batch_data(&self, commitment: B256) -> Result<Option<Bytes>, ClientError> {
        let result = self.call("baton_getBatchData", json!([commitment])).await?;
        serde_json::from_value(result.clone())
            .map_err(|_| ClientError::Malformed { url: self.url.clone(), reply: result.to_string() })
    }

    /// `baton_getCertificate`: the certificate of the header `header_hash`, if the node or one of its peers
    /// assembled one.
    pub async fn certificate(&self, header_hash: B256) -> Result<Option<CertifiedHeader>, ClientError> {
        let result = self.call("baton_getCertificate", json!([header_hash])).await?;
        serde_json::from_value(result.clone())
            .map_err(|_| ClientError::Malformed { url: self.url.clone(), reply: result.to_string() })
    }

    /// `eth_sendRawTransaction`: the node accepted `raw` once it answers (durably pooled); returns its hash.
    pub async fn send_raw_transaction(&self, raw: &Bytes) -> Result<B256, ClientError> {
        let result = self.call("eth_sendRawTransaction", json!([raw])).await?;
        serde_json::from_value(result.clone())
            .map_err(|_| ClientError::Malformed { url: self.url.clone(), reply: result.to_string() })
    }

    /// `baton_sendTransaction`: `eth_sendRawTransaction` plus an inclusion receipt when the node can promise one.
    pub async fn send_transaction(&self, raw: &Bytes) -> Result<Sent, ClientError> {
        let result = self.call("baton_sendTransaction", json!([raw])).await?;
        serde_json::from_value(result.clone())
            .map_err(|_| ClientError::Malformed { url: self.url.clone(), reply: result.to_string() })
    }

    /// `baton_getReceipt`: the receipt the node issued for `hash`, if any.
    pub async fn receipt(&self, hash: B256) -> Result<Option<SignedReceipt>, ClientError> {
        let result = self.call("baton_getReceipt", json!([hash])).await?;
        serde_json::from_value(result.clone())
            .map_err(|_| ClientError::Malformed { url: self.url.clone(), reply: result.to_string() })
    }

    /// `baton_transactionStatus`: whether the transaction is in the node's mempool.
    pub async fn pooled(&self, hash: B256) -> Result<bool, ClientError> {
        Ok(self.transaction_status(hash, None).await?.pooled)
    }

    /// `baton_transactionStatus`: whether the transaction is in the node's mempool, and when the node accepted it
    /// if it did at most ten minutes before `not_after_ms` (unix milliseconds; now when `None`).
    pub async fn transaction_status(
        &self,
        hash: B256,
        not_after_ms: Option<u64>,
    ) -> Result<TransactionStatus, ClientError> {
        let result = self.call("baton_transactionStatus", json!([hash, not_after_ms])).await?;
        serde_json::from_value(result.clone())
            .map_err(|_| ClientError::Malformed { url: self.url.clone(), reply: result.to_string() })
    }

    /// `baton_status`: mempool size, L1 head seen, batches posted.
    pub async fn status(&self) -> Result<Value, ClientError> {
        self.call("baton_status", json!([])).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_node_that_does_not_answer_is_named() {
        // Bind and drop: the port is free and nothing listens on it.
        let port =
            std::net::TcpListener::bind("127.0.0.1:0").expect("binds").local_addr().expect("addr").port();
        let url: reqwest::Url = format!("http://127.0.0.1:{port}/").parse().expect("url");
        let error = NodeClient::new(url.clone()).status().await.expect_err("nobody listens");
        assert!(matches!(&error, ClientError::Unreachable { url: u, .. } if *u == url), "{error:?}");
        assert_eq!(error.to_string(), format!("sequencer node {url} unreachable"));
    }
}
