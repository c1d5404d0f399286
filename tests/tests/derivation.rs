//! Derivation from L1 alone reproduces exactly the transactions users sent, in protocol order, across calldata
//! batches, blob batches, a batch whose data lies about its transactions, forced transactions, a deposit and a
//! forced-only batch, and a batch posted through a relayer contract (read from the call trace); all posted for
//! real on anvil.

use alloy::{
    eips::eip4844::{
        builder::{SidecarBuilder, SimpleCoder},
        BlobTransactionSidecar,
    },
    primitives::{keccak256, Address, Bytes, B256, U256},
    providers::Provider,
    signers::local::PrivateKeySigner,
};
use baton_bindings::batch_inbox::BatchInbox;
use baton_e2e::{test_params, Chain, L2_CHAIN_ID, RECEIPT_TIMEOUT};
use baton_l1::{AnvilBlobs, L1Reader};
use baton_protocol::{
    calldata,
    derive::{L2Item, Rejection},
    payload,
    sample::TxFactory,
    tx_root::tx_root,
    BatchHeader,
};
use eyre::{ensure, Result};

struct Poster<'a> {
    chain: &'a Chain,
    inbox: BatchInbox::BatchInboxInstance<alloy::providers::DynProvider>,
    key: PrivateKeySigner,
    parent: B256,
    next: u64,
    queue: u64,
}

impl Poster<'_> {
    fn header(&self, slot: u64, data_commitment: B256, txs: &[Bytes], include: u64) -> BatchHeader {
        let hashes: Vec<B256> = txs.iter().map(keccak256).collect();
        BatchHeader {
            l2ChainId: L2_CHAIN_ID,
            batchNumber: self.next,
            slot,
            parentHash: self.parent,
            dataCommitment: data_commitment,
            txRoot: tx_root(&hashes),
            queuePosition: self.queue + include,
            sequencer: self.key.address(),
        }
    }

    fn advance(&mut self, header: &BatchHeader) {
        self.parent = header.hash();
        self.next += 1;
        self.queue = header.queuePosition;
    }

    async fn slot(&self) -> Result<u64> {
        let schedule = self.chain.schedule().await?;
        Ok(schedule.slot_at(self.chain.block().await? + 1))
    }

    async fn calldata(&mut self, txs: &[Bytes], include: u64, lie: bool) -> Result<()> {
        let payload = payload::encode(txs)?;
        let mut header = self.header(self.slot().await?, keccak256(&payload), txs, include);
        if lie {
            header.txRoot = keccak256("not the transactions in the payload");
        }
        let sig = header.sign(&self.chain.domain(), &self.key)?;
        let input = self.chain.batch_input(&header, &sig, calldata::Entry::Calldata, &payload).await?;
        let receipt = self.chain.send_to_inbox(self.inbox.provider(), input, None).await?;
        ensure!(receipt.status(), "calldata batch reverted");
        self.advance(&header);
        Ok(())
    }

    async fn blobs(&mut self, txs: &[Bytes]) -> Result<()> {
        let payload = payload::encode(txs)?;
        let sidecar: BlobTransactionSidecar = SidecarBuilder::<SimpleCoder>::from_slice(&payload).build()?;
        let hashes: Vec<u8> = sidecar.versioned_hashes().flat_map(|h| h.0).collect();
        let header = self.header(self.slot().await?, keccak256(hashes), txs, 0);
        let sig = header.sign(&self.chain.domain(), &self.key)?;
        let input = self.chain.batch_input(&header, &sig, calldata::Entry::Blobs, &[]).await?;
        let receipt = self.chain.send_to_inbox(self.inbox.provider(), input, Some(sidecar)).await?;
        ensure!(receipt.status(), "blob batch reverted");
        self.advance(&header);
        Ok(())
    }
}

#[tokio::test]
async fn derivation_reproduces_what_users_sent_in_order() -> Result<()> {
    let mut params = test_params();
    // One long slot keeps the single operator the leader for every post below.
    params.slotLength = 64;
    params.graceBlocks = 32;
    params.slotsPerEpoch = 1;
    params.inclusionWindow = 64; // at least a slot
    params.escapeDelay = 128;
    let chain = Chain::deploy_with(params.clone()).await?;
    let key: PrivateKeySigner = chain.anvil.keys()[1].clone().into();
    chain.register(key.address()).await?;
    let schedule = chain.schedule().await?;
    chain.mine_to(schedule.slot_start(2)).await?;

    let inbox = BatchInbox::new(chain.inbox, chain.provider.clone());
    let mut poster =
        Poster { chain: &chain, inbox: inbox.clone(), key, parent: B256::ZERO, next: 0, queue: 0 };
    let mut users = TxFactory::new(L2_CHAIN_ID, 20, 7);
    let fee = U256::from(params.forcedInclusionFee);

    let a = users.batch(25);
    poster.calldata(&a, 0, false).await?;
    // A censored user forces a transaction; someone deposits.
    let forced = users.next_raw();
    chain.enqueue_transaction(&chain.provider, forced.clone()).await?;
    let depositor = chain.anvil.addresses()[0];
    let recipient = Address::repeat_byte(0x42);
    inbox
        .depositETH(recipient)
        .value(fee + U256::from(12_345))
        .send()
        .await?
        .with_timeout(RECEIPT_TIMEOUT)
        .get_receipt()
        .await?;
    let b = users.batch(40);
    poster.blobs(&b).await?;
    let c = users.batch(10);
    poster.calldata(&c, 2, false).await?; // includes both forced entries
    let lies = users.batch(5);
    poster.calldata(&lies, 0, true).await?; // header's txRoot does not match its payload
                                            // A forced entry nobody includes, appended by anyone once overdue.
    let late = users.next_raw();
    chain.enqueue_transaction(&chain.provider, late.clone()).await?;
    // Anyone may force it once the slot of its deadline has ended.
    let (deadline, _) = inbox.entry(2).call().await?.into();
    chain.mine_to(schedule.slot_start(schedule.slot_at(deadline) + 1)).await?;
    let receipt =
        inbox.appendForcedBatch(3).send().await?.with_timeout(RECEIPT_TIMEOUT).get_receipt().await?;
    ensure!(receipt.status(), "forced batch reverted");
    let d = users.batch(3);
    poster.next += 1; // the forced-only batch took a number
    poster.parent = inbox.batchHeaderHash(4).call().await?;
    poster.queue = 3;
    poster.calldata(&d, 0, false).await?;

    let reader = L1Reader::new(chain.provider.clone(), chain.inbox, AnvilBlobs(chain.provider.clone()))
        .with_log_chunk(7); // several chunks even on a short chain
    let derived = reader.derive(0, chain.block().await?).await?;

    let mut expected: Vec<L2Item> =
        a.iter().map(|tx| L2Item::Sequenced { batch: 0, tx: tx.clone() }).collect();
    expected.extend(b.iter().map(|tx| L2Item::Sequenced { batch: 1, tx: tx.clone() }));
    expected.push(L2Item::Forced { index: 0, tx: forced });
    expected.push(L2Item::Deposit { index: 1, from: depositor, to: recipient, value: U256::from(12_345) });
    expected.extend(c.iter().map(|tx| L2Item::Sequenced { batch: 2, tx: tx.clone() }));
    expected.push(L2Item::Forced { index: 2, tx: late });
    expected.extend(d.iter().map(|tx| L2Item::Sequenced { batch: 5, tx: tx.clone() }));
    assert_eq!(derived.items.len(), expected.len());
    assert_eq!(derived.items, expected);
    assert!(matches!(derived.rejected[..], [(3, Rejection::TxRoot { .. })]), "{:?}", derived.rejected);
    Ok(())
}

alloy::sol! {
    #[sol(rpc)]
    interface IRelayer {
        function relay(address target, bytes data) external;
    }
}

/// A JSON-RPC endpoint in front of `upstream` that refuses the `debug_` namespace, as most public endpoints do.
async fn endpoint_without_debug(upstream: reqwest::Url) -> Result<reqwest::Url> {
    use axum::{routing::post, Json, Router};
    let client = reqwest::Client::new();
    let app = Router::new().route(
        "/",
        post(move |Json(body): Json<serde_json::Value>| {
            let (client, upstream) = (client.clone(), upstream.clone());
            async move {
                if body["method"].as_str().is_some_and(|m| m.starts_with("debug_")) {
                    let error = serde_json::json!({"code": -32601, "message": "the method does not exist/is not available"});
                    return Json(serde_json::json!({"jsonrpc": "2.0", "id": body["id"], "error": error}));
                }
                let reply = client.post(upstream).json(&body).send().await;
                let reply = match reply {
                    Ok(r) => r.json().await.unwrap_or(serde_json::Value::Null),
                    Err(_) => serde_json::Value::Null,
                };
                Json(reply)
            }
        }),
    );
    baton_e2e::serve(app).await
}

/// A batch posted through a contract (an operator's Safe, a relayer) is an inner call: its payload is read from
/// the call trace (`debug_traceTransaction`), and an endpoint without the debug namespace gets a clear error
/// naming what is missing.
#[tokio::test]
async fn batches_posted_through_a_relayer_are_read_from_the_call_trace() -> Result<()> {
    use alloy::{network::TransactionBuilder, rpc::types::TransactionRequest};
    let chain = Chain::deploy().await?;
    let key: PrivateKeySigner = chain.anvil.keys()[1].clone().into();
    let schedule = chain.activate(&key).await?;

    // Deploy the relayer from its forge artifact.
    let root = baton_foundry::repo_root().ok_or_else(|| eyre::eyre!("repository root not found"))?;
    let artifact: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("out/Relayer.sol/Relayer.json"))?)?;
    let code: Bytes = artifact["bytecode"]["object"].as_str().unwrap_or_default().parse()?;
    let deploy = TransactionRequest::default().with_deploy_code(code);
    let receipt =
        chain.provider.send_transaction(deploy).await?.with_timeout(RECEIPT_TIMEOUT).get_receipt().await?;
    let relayer_address = receipt.contract_address.ok_or_else(|| eyre::eyre!("no relayer deployed"))?;
    let relayer = IRelayer::new(relayer_address, chain.provider.clone());

    // The operator signs a batch; the relayer posts it.
    let txs = TxFactory::new(L2_CHAIN_ID, 3, 9).batch(6);
    let payload = payload::encode(&txs)?;
    let hashes: Vec<B256> = txs.iter().map(keccak256).collect();
    let header = BatchHeader {
        l2ChainId: L2_CHAIN_ID,
        batchNumber: 0,
        slot: schedule.slot_at(chain.block().await? + 1),
        parentHash: B256::ZERO,
        dataCommitment: keccak256(&payload),
        txRoot: tx_root(&hashes),
        queuePosition: 0,
        sequencer: key.address(),
    };
    let signature = header.sign(&chain.domain(), &key)?;
    let call = chain.batch_input(&header, &signature, calldata::Entry::Calldata, &payload).await?;
    let receipt =
        relayer.relay(chain.inbox, call).send().await?.with_timeout(RECEIPT_TIMEOUT).get_receipt().await?;
    ensure!(receipt.status(), "the relayed batch reverted");
    let head = chain.block().await?;

    // Read through the trace: the batch's transactions are derived.
    let reader = L1Reader::new(chain.provider.clone(), chain.inbox, AnvilBlobs(chain.provider.clone()));
    let derived = reader.derive(0, head).await?;
    let sequenced: Vec<Bytes> = derived.sequenced().cloned().collect();
    ensure!(sequenced == txs, "the relayed batch's transactions, in order");

    // Without the debug namespace: one clear error, naming the method and the batch.
    let plain = alloy::providers::ProviderBuilder::new()
        .connect_http(endpoint_without_debug(chain.anvil.endpoint_url()).await?)
        .erased();
    let reader = L1Reader::new(plain.clone(), chain.inbox, AnvilBlobs(plain));
    let error = reader.batches(0, head).await.err().map(|e| e.to_string()).unwrap_or_default();
    ensure!(
        error.contains("batch 0 was posted through a contract") && error.contains("debug_traceTransaction"),
        "{error}"
    );
    Ok(())
}

/// How a test beacon server behaves.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Beacon {
    /// Serves both endpoints.
    Healthy,
    /// A PeerDAS node that is no supernode: 400 on `/blobs`, but the (deprecated) sidecars endpoint answers.
    PeerDas,
    /// Serves blobs whose bytes do not match their versioned hashes.
    Corrupt,
}

/// A beacon API server (genesis, spec, blobs, blob sidecars) fed with the blobs of a real anvil chain, slots of
/// one second from the genesis block's timestamp.
async fn beacon_server(chain: &Chain, behaviour: Beacon) -> Result<reqwest::Url> {
    use alloy::{
        consensus::Transaction as _,
        eips::eip4844::{env_settings::EnvKzgSettings, AsCkzg},
        providers::Provider,
    };
    use axum::{
        extract::{Path, RawQuery},
        http::StatusCode,
        routing::get,
        Json, Router,
    };
    let genesis =
        chain.provider.get_block_by_number(0.into()).await?.ok_or_else(|| eyre::eyre!("no genesis"))?;
    let genesis_time = genesis.header.timestamp;
    // slot -> (versioned hash, commitment, blob) of every blob mined in it.
    let mut slots: std::collections::BTreeMap<u64, Vec<(B256, Bytes, Bytes)>> = Default::default();
    let settings = EnvKzgSettings::Default.get();
    for number in 0..=chain.block().await? {
        let Some(block) = chain.provider.get_block_by_number(number.into()).full().await? else { continue };
        for tx in block.transactions.into_transactions() {
            let Some(hashes) = tx.inner.blob_versioned_hashes().map(|h| h.to_vec()) else { continue };
            let blobs: Option<Vec<Bytes>> = chain
                .provider
                .raw_request("anvil_getBlobsByTransactionHash".into(), (*tx.inner.tx_hash(),))
                .await?;
            for (hash, blob) in hashes.into_iter().zip(blobs.unwrap_or_default()) {
                let heap = baton_l1::blobs_on_heap(B256::ZERO, std::slice::from_ref(&blob))?;
                let commitment = settings.blob_to_kzg_commitment(heap[0].as_ckzg())?;
                let mut served = blob.to_vec();
                if behaviour == Beacon::Corrupt {
                    served[100] ^= 1;
                }
                let entry = (hash, Bytes::copy_from_slice(commitment.as_slice()), Bytes::from(served));
                slots.entry(block.header.timestamp - genesis_time).or_default().push(entry);
            }
        }
    }
    let slots = std::sync::Arc::new(slots);
    let (for_blobs, for_sidecars) = (slots.clone(), slots);
    let app = Router::new()
        .route(
            "/eth/v1/beacon/genesis",
            get(move || async move { Json(serde_json::json!({"data": {"genesis_time": genesis_time.to_string()}})) }),
        )
        .route("/eth/v1/config/spec", get(|| async { Json(serde_json::json!({"data": {"SECONDS_PER_SLOT": "1"}})) }))
        .route(
            "/eth/v1/beacon/blobs/{slot}",
            get(move |Path(slot): Path<u64>, RawQuery(query): RawQuery| {
                let slots = for_blobs.clone();
                async move {
                    if behaviour == Beacon::PeerDas {
                        let error = serde_json::json!({"code": 400, "message": "not a supernode: cannot serve blobs"});
                        return (StatusCode::BAD_REQUEST, Json(error));
                    }
                    let wanted: Vec<B256> = query
                        .unwrap_or_default()
                        .split('&')
                        .filter_map(|kv| kv.strip_prefix("versioned_hashes="))
                        .filter_map(|h| h.parse().ok())
                        .collect();
                    let blobs: Vec<&Bytes> = slots
                        .get(&slot)
                        .into_iter()
                        .flatten()
                        .filter(|(hash, _, _)| wanted.is_empty() || wanted.contains(hash))
                        .map(|(_, _, blob)| blob)
                        .collect();
                    let body = serde_json::json!({"execution_optimistic": false, "finalized": true, "data": blobs});
                    (StatusCode::OK, Json(body))
                }
            }),
        )
        .route(
            "/eth/v1/beacon/blob_sidecars/{slot}",
            get(move |Path(slot): Path<u64>| {
                let slots = for_sidecars.clone();
                async move {
                    let sidecars: Vec<serde_json::Value> = slots
                        .get(&slot)
                        .into_iter()
                        .flatten()
                        .enumerate()
                        .map(|(index, (_, commitment, blob))| {
                            serde_json::json!({"index": index.to_string(), "blob": blob, "kzg_commitment": commitment})
                        })
                        .collect();
                    Json(serde_json::json!({"data": sidecars}))
                }
            }),
        );
    baton_e2e::serve(app).await
}

/// Blobs from beacon-API sources as mainnet serves them: the blobs endpoint, the deprecated sidecars endpoint
/// when a PeerDAS node answers 400, the next source when one serves blobs that fail the KZG check, and one error
/// naming every failure when none can serve them.
#[tokio::test]
async fn blob_batches_are_read_from_beacon_api_sources_with_fallbacks() -> Result<()> {
    let chain = Chain::deploy().await?;
    let key: PrivateKeySigner = chain.anvil.keys()[1].clone().into();
    chain.activate(&key).await?;
    let inbox = BatchInbox::new(chain.inbox, chain.provider.clone());
    let mut poster = Poster { chain: &chain, inbox, key, parent: B256::ZERO, next: 0, queue: 0 };
    let txs = TxFactory::new(L2_CHAIN_ID, 4, 13).batch(30);
    poster.blobs(&txs).await?;
    let head = chain.block().await?;
    let expected: Vec<L2Item> = txs.iter().map(|tx| L2Item::Sequenced { batch: 0, tx: tx.clone() }).collect();

    let healthy = beacon_server(&chain, Beacon::Healthy).await?;
    let peerdas = beacon_server(&chain, Beacon::PeerDas).await?;
    let corrupt = beacon_server(&chain, Beacon::Corrupt).await?;
    for sources in [vec![healthy.clone()], vec![peerdas.clone()], vec![corrupt.clone(), healthy.clone()]] {
        let blobs = baton_l1::BeaconBlobs::new(chain.provider.clone(), sources.clone());
        let derived = L1Reader::new(chain.provider.clone(), chain.inbox, blobs).derive(0, head).await?;
        ensure!(derived.items == expected, "from {sources:?}: {:?}", derived.rejected);
    }
    let blobs = baton_l1::BeaconBlobs::new(chain.provider.clone(), vec![corrupt.clone()]);
    let error = L1Reader::new(chain.provider.clone(), chain.inbox, blobs)
        .batches(0, head)
        .await
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    ensure!(error.contains("no source served them") && error.contains("does not match"), "{error}");
    Ok(())
}
