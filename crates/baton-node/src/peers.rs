//! Forwarding accepted transactions to the other operators' nodes, so that whoever leads next has them.

use std::{sync::Arc, time::Duration};

use alloy::primitives::Bytes;
use tracing::debug;

use crate::{client::NodeClient, metrics::Metrics, state::Shared};

/// Marks a transaction a peer forwarded, so that it is not forwarded again (no loops between peers).
pub(crate) const FORWARDED_HEADER: &str = "x-baton-forwarded";

/// On a forwarded transaction: the first L1 block at which the receiving node may include it (the sender promised
/// it in a slot that ends before; it includes it first, and if it does not, the next leader does).
pub(crate) const HOLD_UNTIL_HEADER: &str = "x-baton-hold-until";

/// Sends `raw` to every peer in the background; `hold_until`: the peers hold it back until that block.
pub(crate) fn forward(shared: &Arc<Shared>, raw: Bytes, hold_until: Option<u64>) {
    let faults = shared.faults();
    if faults.offline || faults.censors_tx(&raw) {
        return;
    }
    let peers = shared.peers.read().map(|p| p.clone()).unwrap_or_default();
    for peer in peers {
        let shared = shared.clone();
        let raw = raw.clone();
        let mut client =
            NodeClient::with_http(shared.http.clone(), peer).timeout(Duration::from_secs(2)).forwarded();
        if let Some(block) = hold_until {
            client = client.held_until(block);
        }
        tokio::spawn(async move {
            match client.send_raw_transaction(&raw).await {
                Ok(_) => Metrics::inc(&shared.metrics.txs_forwarded),
                Err(e) => debug!(error = %e, "forwarding failed"),
            }
        });
    }
}
