//! Forwarding accepted transactions to the other operators' nodes, so that whoever leads next has them.

use std::{sync::Arc, time::Duration};

use alloy::primitives::Bytes;
use serde_json::json;
use tracing::debug;

use crate::{metrics::Metrics, state::Shared};

/// Marks a transaction a peer forwarded, so that it is not forwarded again (no loops between peers).
pub(crate) const FORWARDED_HEADER: &str = "x-baton-forwarded";

/// Sends `raw` to every peer in the background.
pub(crate) fn forward(shared: &Arc<Shared>, raw: Bytes) {
    let faults = shared.faults();
    if faults.offline || faults.censors_tx(&raw) {
        return;
    }
    let peers = shared.peers.read().map(|p| p.clone()).unwrap_or_default();
    for peer in peers {
        let shared = shared.clone();
        let raw = raw.clone();
        tokio::spawn(async move {
            let body =
                json!({"jsonrpc": "2.0", "id": 1, "method": "eth_sendRawTransaction", "params": [raw]});
            let sent = shared
                .http
                .post(peer.clone())
                .header(FORWARDED_HEADER, "1")
                .json(&body)
                .timeout(Duration::from_secs(2))
                .send()
                .await;
            match sent {
                Ok(_) => Metrics::inc(&shared.metrics.txs_forwarded),
                Err(e) => debug!(%peer, error = %e, "forwarding failed"),
            }
        });
    }
}
