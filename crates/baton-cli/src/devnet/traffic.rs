//! L2 traffic: a signed transaction every 200 ms with `baton_sendTransaction` to the leader of the next slot (as a
//! wallet that wants a receipt does: the current leader has usually posted its slot's batch already, the next one
//! promises inclusion at once), or, if it refuses or gives no receipt, to another node with
//! `eth_sendRawTransaction` (which forwards it to all). Each is noted with the L1 head when it was accepted and its
//! receipt with the latency (request in, signed receipt out). Receipts are handed to the keeper, as a wallet would.

use std::sync::{
    atomic::{AtomicBool, Ordering},
    Arc, Mutex,
};
use std::time::{Duration, Instant};

use alloy::{
    consensus::{SignableTransaction, TxEip1559, TxEnvelope},
    eips::eip2718::Encodable2718,
    primitives::{keccak256, Address, Bytes, TxKind, B256, U256},
    providers::{DynProvider, Provider},
    signers::{local::PrivateKeySigner, SignerSync},
};
use baton_bindings::sequencer_registry::SequencerRegistry;
use baton_node::NodeClient;
use baton_protocol::{receipt::SignedReceipt, sample::TxFactory, schedule::Schedule};
use eyre::Result;

use super::L2_CHAIN_ID;

/// One transaction the traffic sent.
#[derive(Clone, Debug)]
pub(super) struct Sent {
    /// Its hash.
    pub(super) hash: B256,
    /// The L1 head when a node accepted it.
    pub(super) head: u64,
    /// The receipt a leader gave for it, and how long that request took.
    pub(super) receipt: Option<(SignedReceipt, Duration)>,
}

/// The running traffic.
pub(super) struct Traffic {
    sent: Arc<Mutex<Vec<Sent>>>,
    stop: Arc<AtomicBool>,
    task: tokio::task::JoinHandle<()>,
}

impl Traffic {
    /// Starts sending to the nodes `urls` (by operator id; `None`: left alone) from L1 head `start_block` on,
    /// asking `registry` who leads, handing receipts to `keeper`.
    pub(super) fn start(
        urls: Vec<Option<reqwest::Url>>,
        registry: SequencerRegistry::SequencerRegistryInstance<DynProvider>,
        schedule: Schedule,
        provider: DynProvider,
        seed: u64,
        start_block: u64,
        keeper: reqwest::Url,
    ) -> Self {
        let sent: Arc<Mutex<Vec<Sent>>> = Arc::default();
        let stop = Arc::new(AtomicBool::new(false));
        let (sent_by_task, stop_seen_by_task) = (sent.clone(), stop.clone());
        let mut factory = TxFactory::new(L2_CHAIN_ID, 50, seed);
        let task = tokio::spawn(async move {
            let mut head_seen = start_block;
            let http = reqwest::Client::new();
            let clients: Vec<Option<NodeClient>> =
                urls.iter().map(|u| u.clone().map(|u| NodeClient::with_http(http.clone(), u))).collect();
            let mut turn = 0usize;
            while !stop_seen_by_task.load(Ordering::Relaxed) {
                if let Ok(head) = provider.get_block_number().await {
                    head_seen = head;
                }
                let raw = factory.next_raw();
                let mut accepted = false;
                let mut receipt = None;
                // The next slot: its leader has not posted (and sealed) its batch yet, so it can still promise it.
                let slot = schedule.slot_at(head_seen + 1) + 1;
                let leader = registry.leaderOf(slot).call().await.map_or(usize::MAX, usize::from);
                let order = std::iter::once(leader)
                    .chain((0..clients.len()).map(|i| (turn + i) % clients.len()).filter(|i| *i != leader));
                for index in order {
                    let Some(Some(client)) = clients.get(index) else { continue };
                    if index != leader {
                        // Any node takes it and forwards it; only the next slot's leader is asked for a promise.
                        if client.send_raw_transaction(&raw).await.is_ok() {
                            accepted = true;
                            break;
                        }
                        continue;
                    }
                    let asked = Instant::now();
                    let Ok(reply) = client.send_transaction(&raw).await else { continue };
                    accepted = true;
                    if let Some(signed) = reply.receipt {
                        receipt = Some((signed, asked.elapsed()));
                        break;
                    }
                }
                if let Some((signed, _)) = &receipt {
                    let url = keeper.join("receipts").ok();
                    if let Some(url) = url {
                        let _ = http.post(url).json(signed).timeout(Duration::from_secs(5)).send().await;
                    }
                }
                if accepted {
                    let mut list = sent_by_task.lock().unwrap_or_else(|p| p.into_inner());
                    list.push(Sent { hash: keccak256(&raw), head: head_seen, receipt });
                }
                turn += 1;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        });
        Self { sent, stop, task }
    }

    /// Stops sending; returns what was sent.
    pub(super) async fn stop(self) -> Vec<Sent> {
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
