//! Forwarding accepted transactions to the other operators' nodes, so that whoever leads next has them.

use std::{sync::Arc, time::Duration};

use alloy::primitives::Bytes;
use tracing::debug;

use crate::{client::NodeClient, metrics::Metrics, state::Shared};

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
        let client =
            NodeClient::with_http(shared.http.clone(), peer).timeout(Duration::from_secs(2)).forwarded();
        tokio::spawn(async move {
            match client.send_raw_transaction(&raw).await {
                Ok(_) => Metrics::inc(&shared.metrics.txs_forwarded),
                Err(e) => debug!(error = %e, "forwarding failed"),
            }
        });
    }
}
