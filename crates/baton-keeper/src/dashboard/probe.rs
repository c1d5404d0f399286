//! The inclusion probe: at an interval, a small L2 transaction to each operator's node, and the delay from
//! sending it to the L1 batch that carries it, per node. Each probe is a zero-value transfer from the probe key to
//! itself with the next nonce (persisted, so a restart never reuses one); the measurement needs no L2 execution,
//! but for the L2 to execute the transfers the probe account must hold enough L2 ETH for their gas.
//!
//! Besides the delay per node, every batch a bonded operator posted without a probe, in a slot that began at least
//! two blocks after the probe was sent (a leader builds its batch in the block before its slot), while a later batch
//! carried it, counts as that operator passing the probe over: an operator that censors shows up here before anyone
//! forces anything.

use std::{sync::Arc, time::Duration};

use alloy::{
    consensus::{SignableTransaction, TxEip1559, TxEnvelope},
    eips::eip2718::Encodable2718,
    primitives::{keccak256, Bytes, TxKind, U256},
    providers::Provider,
    signers::{local::PrivateKeySigner, SignerSync},
};
use serde_json::json;
use tokio::sync::watch;
use tracing::{debug, warn};

use super::board::Board;
use crate::store::Store;

/// Where the next probe nonce is kept.
const NONCE_KEY: &str = "probe-nonce";

/// What the probe sends, and how often.
#[derive(Clone, Debug)]
pub struct ProbeConfig {
    /// The L2 key the probes are signed with.
    pub key: PrivateKeySigner,
    /// Time between two rounds of probes (one per node each).
    pub interval: Duration,
}

/// A zero-value self-transfer on L2 chain `chain_id` with `nonce`, EIP-2718 encoded.
pub fn probe_transaction(
    key: &PrivateKeySigner,
    chain_id: u64,
    nonce: u64,
) -> Result<Bytes, alloy::signers::Error> {
    let tx = TxEip1559 {
        chain_id,
        nonce,
        gas_limit: 21_000,
        max_fee_per_gas: 1_000_000_000,
        max_priority_fee_per_gas: 0,
        to: TxKind::Call(key.address()),
        value: U256::ZERO,
        ..Default::default()
    };
    let signature = key.sign_hash_sync(&tx.signature_hash())?;
    let envelope = TxEnvelope::from(tx.into_signed(signature));
    Ok(envelope.encoded_2718().into())
}

/// The probe's task.
pub(crate) struct Probe {
    pub(crate) config: ProbeConfig,
    /// The L2 chain id.
    pub(crate) chain_id: u64,
    /// The operators' nodes.
    pub(crate) nodes: Vec<reqwest::Url>,
    pub(crate) board: Arc<std::sync::RwLock<Board>>,
    pub(crate) store: Arc<Store>,
    pub(crate) timeout: Duration,
    /// L1, for the head at each send (the board's may lag while the dashboard reads).
    pub(crate) provider: alloy::providers::DynProvider,
}

impl Probe {
    /// Sends one probe to every node per interval until `stop` turns true.
    pub(crate) async fn run(self, mut stop: watch::Receiver<bool>) {
        let http = reqwest::Client::new();
        let mut ticker = tokio::time::interval(self.config.interval);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = stop.wait_for(|s| *s) => return,
                _ = ticker.tick() => {}
            }
            for node in &self.nodes {
                // Delays count from the L1 head at sending, read right before: nothing is sent without it.
                let head = tokio::time::timeout(self.timeout, self.provider.get_block_number()).await;
                let Ok(Ok(head)) = head else {
                    debug!("probe: no L1 head; not sending");
                    break;
                };
                self.send(&http, node, head).await;
            }
        }
    }

    async fn send(&self, http: &reqwest::Client, node: &reqwest::Url, head: u64) {
        let Self { config, chain_id, board, store, timeout, .. } = self;
        let (chain_id, timeout) = (*chain_id, *timeout);
        let nonce = match store.meta(NONCE_KEY) {
            Ok(n) => n.unwrap_or(0),
            Err(e) => {
                warn!(error = %e, "probe: cannot read its nonce; not sending");
                return;
            }
        };
        let raw = match probe_transaction(&config.key, chain_id, nonce) {
            Ok(raw) => raw,
            Err(e) => {
                warn!(error = %e, "probe: cannot sign");
                return;
            }
        };
        // The nonce is spent before the send: a crash between the two skips one, never reuses one.
        if let Err(e) = store.set_meta(NONCE_KEY, nonce + 1) {
            warn!(error = %e, "probe: cannot store its nonce; not sending");
            return;
        }
        let hash = keccak256(&raw);
        let body = json!({ "jsonrpc": "2.0", "id": 1, "method": "eth_sendRawTransaction", "params": [raw] });
        let sent = http.post(node.clone()).json(&body).timeout(timeout).send().await;
        let refused = match sent {
            Ok(response) => match response.json::<serde_json::Value>().await {
                Ok(answer) => answer.get("error").map(|e| e.to_string()),
                Err(e) => Some(e.to_string()),
            },
            Err(e) => Some(e.to_string()),
        };
        let mut board = board.write().unwrap_or_else(|p| p.into_inner());
        match refused {
            None => board.probe_sent(hash, node.as_str(), head),
            Some(reason) => {
                debug!(%node, %reason, "probe refused");
                board.probe_refused(node.as_str(), reason);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use alloy::{consensus::transaction::SignerRecoverable, eips::eip2718::Decodable2718};

    use super::*;

    #[test]
    fn a_probe_is_a_signed_zero_value_self_transfer_on_the_l2() {
        let key = PrivateKeySigner::random();
        let raw = probe_transaction(&key, 901, 7).expect("signs");
        let tx = TxEnvelope::decode_2718(&mut raw.as_ref()).expect("decodes");
        assert_eq!(tx.recover_signer().expect("recovers"), key.address());
        assert_eq!(alloy::consensus::Transaction::chain_id(&tx), Some(901));
        assert_eq!(alloy::consensus::Transaction::nonce(&tx), 7);
        assert_eq!(alloy::consensus::Transaction::to(&tx), Some(key.address()));
        assert_ne!(probe_transaction(&key, 901, 8).expect("signs"), raw, "each nonce is a new transaction");
    }
}
