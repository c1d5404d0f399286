//! L2 traffic: a signed transaction every 200 ms to the nodes in turn (an offline one refuses, the next takes
//! it), each noted with the L1 head when it was accepted.

use std::sync::{
    atomic::{AtomicBool, Ordering},
    Arc, Mutex,
};
use std::time::Duration;

use alloy::{
    consensus::{SignableTransaction, TxEip1559, TxEnvelope},
    eips::eip2718::Encodable2718,
    primitives::{keccak256, Address, Bytes, TxKind, B256, U256},
    providers::{DynProvider, Provider},
    signers::{local::PrivateKeySigner, SignerSync},
};
use baton_node::NodeClient;
use baton_protocol::sample::TxFactory;
use eyre::Result;

use super::L2_CHAIN_ID;

/// The running traffic.
pub(super) struct Traffic {
    sent: Arc<Mutex<Vec<(B256, u64)>>>,
    stop: Arc<AtomicBool>,
    task: tokio::task::JoinHandle<()>,
}

impl Traffic {
    /// Starts sending to `urls` from L1 head `start_block` on.
    pub(super) fn start(urls: Vec<reqwest::Url>, provider: DynProvider, seed: u64, start_block: u64) -> Self {
        let sent: Arc<Mutex<Vec<(B256, u64)>>> = Arc::default();
        let stop = Arc::new(AtomicBool::new(false));
        let (sent_by_task, stop_seen_by_task) = (sent.clone(), stop.clone());
        let mut factory = TxFactory::new(L2_CHAIN_ID, 50, seed);
        let task = tokio::spawn(async move {
            let mut head_seen = start_block;
            let http = reqwest::Client::new();
            let clients: Vec<NodeClient> =
                urls.iter().map(|u| NodeClient::with_http(http.clone(), u.clone())).collect();
            let mut turn = 0usize;
            while !stop_seen_by_task.load(Ordering::Relaxed) {
                if let Ok(head) = provider.get_block_number().await {
                    head_seen = head;
                }
                let raw = factory.next_raw();
                for attempt in 0..clients.len() {
                    let client = &clients[(turn + attempt) % clients.len()];
                    if client.send_raw_transaction(&raw).await.is_ok() {
                        let mut list = sent_by_task.lock().unwrap_or_else(|p| p.into_inner());
                        list.push((keccak256(&raw), head_seen));
                        break;
                    }
                }
                turn += 1;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        });
        Self { sent, stop, task }
    }

    /// Stops sending; returns what was sent.
    pub(super) async fn stop(self) -> Vec<(B256, u64)> {
        self.stop.store(true, Ordering::Relaxed);
        let _ = self.task.await;
        self.sent.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

/// An EIP-1559 L2 transfer signed by `key`.
pub(super) fn l2_transfer(key: &PrivateKeySigner, nonce: u64, to: Address, value: U256) -> Result<Bytes> {
    let tx = TxEip1559 {
        chain_id: L2_CHAIN_ID,
        nonce,
        gas_limit: 21_000,
        max_fee_per_gas: 2_000_000_000,
        max_priority_fee_per_gas: 1_000_000_000,
        to: TxKind::Call(to),
        value,
        access_list: Default::default(),
        input: Bytes::new(),
    };
    let signature = key.sign_hash_sync(&tx.signature_hash())?;
    Ok(TxEnvelope::from(tx.into_signed(signature)).encoded_2718().into())
}
