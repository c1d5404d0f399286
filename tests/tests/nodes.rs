//! Three bonded nodes rotate on a real anvil with 1 s blocks: every slot carries a batch, transactions sent to
//! any node land, a node killed mid-run is covered by its backups and resumes after a restart, calldata and blob
//! batches both run, and derivation from L1 reproduces every transaction users sent.

use std::{collections::HashMap, time::Duration};

use alloy::{
    consensus::{transaction::SignerRecoverable, Transaction as _, TxEnvelope},
    eips::eip2718::Decodable2718,
    primitives::{keccak256, Bytes, U256},
    providers::{ext::AnvilApi, Provider},
    signers::local::PrivateKeySigner,
};
use baton_e2e::{test_params, Chain, L2_CHAIN_ID, RECEIPT_TIMEOUT};
use baton_l1::{AnvilBlobs, L1Reader};
use baton_node::{mempool::Limits, DataMode, NodeConfig, NodeHandle};
use baton_protocol::{
    deployment::{Deployment, Params},
    derive::L2Item,
    sample::TxFactory,
};
use eyre::{ensure, Result};

fn deployment(chain: &Chain) -> Deployment {
    let p = test_params();
    Deployment {
        chain_id: chain.anvil.chain_id(),
        registry: *chain.registry.address(),
        inbox: chain.inbox,
        params: Params {
            l2_chain_id: p.l2ChainId,
            min_bond: U256::from(p.minBond),
            max_sequencers: p.maxSequencers,
            slot_length: p.slotLength,
            slots_per_epoch: p.slotsPerEpoch,
            grace_blocks: p.graceBlocks,
            inclusion_window: p.inclusionWindow,
            escape_delay: p.escapeDelay,
            fault_window: p.faultWindow,
            exit_delay: p.exitDelay,
            strikes_to_jail: p.strikesToJail,
            jail_cooldown: p.jailCooldown,
            jail_penalty: U256::from(p.jailPenalty),
            censorship_penalty: U256::from(p.censorshipPenalty),
            censorship_compensation: U256::from(p.censorshipCompensation),
            bounty_bps: p.bountyBps,
            forced_inclusion_fee: U256::from(p.forcedInclusionFee),
            max_forced_tx_size: p.maxForcedTxSize,
        },
    }
}

fn config(chain: &Chain, key: PrivateKeySigner, dir: &std::path::Path, mode: DataMode) -> Result<NodeConfig> {
    Ok(NodeConfig {
        l1_rpc: chain.anvil.endpoint_url(),
        deployment: deployment(chain),
        signer: key,
        listen: "127.0.0.1:0".parse()?,
        data_dir: dir.to_path_buf(),
        peers: Vec::new(),
        data_mode: mode,
        poll_interval: Duration::from_millis(150),
        rpc_timeout: Duration::from_secs(5),
        tx_timeout: Duration::from_secs(3),
        max_batch_txs: 500,
        max_batch_bytes: 100_000,
        mempool: Limits::default(),
        max_fee_per_gas: 500_000_000_000,
    })
}

fn connect(nodes: &[&NodeHandle]) -> Result<()> {
    for (i, node) in nodes.iter().enumerate() {
        let peers = nodes
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, n)| n.url().parse())
            .collect::<Result<Vec<reqwest::Url>, _>>()?;
        node.set_peers(peers);
    }
    Ok(())
}

async fn send(url: &str, raw: &Bytes) -> Result<serde_json::Value> {
    let body =
        serde_json::json!({"jsonrpc": "2.0", "id": 1, "method": "eth_sendRawTransaction", "params": [raw]});
    Ok(reqwest::Client::new().post(url).json(&body).send().await?.json().await?)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_nodes_rotate_cover_a_dead_node_and_lose_nothing() -> Result<()> {
    // Node logs show up with `--nocapture` (RUST_LOG, default warn).
    let _ = tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()),
        )
        .with_test_writer()
        .try_init();
    let chain = Chain::deploy().await?;
    let params = test_params();
    let keys: Vec<PrivateKeySigner> = (1..=3).map(|i| chain.anvil.keys()[i].clone().into()).collect();
    for key in &keys {
        chain
            .registry
            .register(key.address())
            .value(U256::from(params.minBond))
            .send()
            .await?
            .with_timeout(RECEIPT_TIMEOUT)
            .get_receipt()
            .await?;
    }
    let schedule = chain.schedule().await?;
    let first_slot = schedule.epoch_first_slot(2);
    chain.mine_to(schedule.slot_start(first_slot) - 1).await?;

    let dirs: Vec<tempfile::TempDir> = (0..3).map(|_| tempfile::tempdir()).collect::<Result<_, _>>()?;
    let modes = [DataMode::Calldata, DataMode::Calldata, DataMode::Blobs];
    let mut nodes = Vec::new();
    for i in 0..3 {
        nodes.push(baton_node::start(config(&chain, keys[i].clone(), dirs[i].path(), modes[i])?).await?);
    }
    connect(&nodes.iter().collect::<Vec<_>>())?;
    // From here on, 1 s blocks.
    chain.provider.anvil_set_auto_mine(false).await?;
    chain.provider.anvil_set_interval_mining(1).await?;

    // Users send to every node in turn; invalid input is refused with a message.
    let mut users = TxFactory::new(L2_CHAIN_ID, 8, 11);
    let mut sent: Vec<Bytes> = Vec::new();
    for round in 0..12 {
        for (i, node) in nodes.iter().enumerate() {
            let raw = users.next_raw();
            let reply = send(&node.url(), &raw).await?;
            ensure!(reply["result"] == serde_json::json!(keccak256(&raw)), "node {i} refused: {reply}");
            sent.push(raw);
        }
        if round == 0 {
            let bad = send(&nodes[0].url(), &Bytes::from_static(b"\x02not a transaction")).await?;
            ensure!(bad["error"]["code"] == -32602, "malformed transaction accepted: {bad}");
            let wrong_chain = TxFactory::new(1, 1, 1).next_raw();
            let reply = send(&nodes[1].url(), &wrong_chain).await?;
            ensure!(reply["error"]["message"].as_str().unwrap_or("").contains("chain id"), "{reply}");
        }
        tokio::time::sleep(Duration::from_millis(700)).await;
    }

    // Kill the node that leads the next slot it would lead, let its slots pass, then restart it.
    let head = chain.block().await?;
    let members =
        u128::try_from(chain.registry.membersAt(schedule.epoch_of(schedule.slot_at(head))).call().await?)?;
    let victim_slot = schedule.slot_at(head) + 2;
    let victim_id = schedule.leader(victim_slot, members).expect("members");
    let victim = keys.iter().position(|k| {
        // operator ids follow registration order
        k.address() == keys[usize::from(victim_id)].address()
    });
    let victim = victim.expect("victim is one of ours");
    let stopped = nodes.remove(victim);
    stopped.stop().await;
    for _ in 0..8 {
        let raw = users.next_raw();
        let reply = send(&nodes[0].url(), &raw).await?;
        ensure!(reply.get("result").is_some(), "{reply}");
        sent.push(raw);
        tokio::time::sleep(Duration::from_millis(600)).await;
    }
    while chain.block().await? < schedule.slot_start(victim_slot + 2) {
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let restarted =
        baton_node::start(config(&chain, keys[victim].clone(), dirs[victim].path(), modes[victim])?).await?;
    nodes.insert(victim, restarted);
    connect(&nodes.iter().collect::<Vec<_>>())?;
    let victim_posts_from = chain.block().await?;

    // Run until every sent transaction is in a batch and a few more epochs went by.
    let end_block = victim_posts_from + 3 * u64::from(params.slotsPerEpoch) * u64::from(params.slotLength);
    let mut turn = 0usize;
    while chain.block().await? < end_block || nodes.iter().any(|n| n.mempool_len() > 0) {
        // Steady traffic until shortly before the end, so every node leads slots with transactions to batch.
        if chain.block().await? + 8 < end_block {
            let raw = users.next_raw();
            let reply = send(&nodes[turn % nodes.len()].url(), &raw).await?;
            ensure!(reply.get("result").is_some(), "{reply}");
            sent.push(raw);
            turn += 1;
        }
        let pending: Vec<usize> = nodes.iter().map(|n| n.mempool_len()).collect();
        ensure!(
            chain.block().await? < end_block + 60,
            "transactions still pending after the run: {pending:?}"
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    for node in nodes {
        node.stop().await;
    }
    chain.provider.anvil_set_interval_mining(0).await?;
    chain.provider.anvil_set_auto_mine(true).await?;
    let last = chain.block().await?;

    let reader = L1Reader::new(chain.provider.clone(), chain.inbox, AnvilBlobs(chain.provider.clone()));
    let batches = reader.batches(0, last).await?;
    let derived = reader.derive(0, last).await?;
    ensure!(derived.rejected.is_empty(), "rejected batches: {:?}", derived.rejected);

    // Every slot from the first active one to the last full one carries a batch.
    let last_full_slot = schedule.slot_at(last) - 1;
    for slot in first_slot..=last_full_slot {
        ensure!(batches.iter().any(|b| b.header.slot == slot), "slot {slot} carries no batch");
    }
    // The killed node's slots were covered by others, and it posted again after its restart.
    let victim_address = keys[victim].address();
    ensure!(batches.iter().any(|b| b.header.slot == victim_slot && b.header.sequencer != victim_address));
    ensure!(
        batches.iter().any(|b| b.header.sequencer == victim_address
            && schedule.slot_start(b.header.slot) > victim_posts_from),
        "restarted node never posted again"
    );
    // Both data paths ran.
    ensure!(batches.iter().any(|b| matches!(b.data, baton_protocol::derive::BatchData::Blobs { .. })));
    ensure!(batches
        .iter()
        .any(|b| matches!(b.data, baton_protocol::derive::BatchData::Calldata(ref d) if !d.is_empty())));

    // Derivation reproduces every transaction exactly once, each sender's in nonce order.
    let included: Vec<Bytes> = derived
        .items
        .iter()
        .filter_map(|item| match item {
            L2Item::Sequenced { tx, .. } => Some(tx.clone()),
            _ => None,
        })
        .collect();
    let mut sorted_sent = sent.clone();
    sorted_sent.sort();
    let mut sorted_included = included.clone();
    sorted_included.sort();
    assert_eq!(sorted_included, sorted_sent, "every sent transaction exactly once");
    let mut last_nonce = HashMap::new();
    for raw in &included {
        let tx = TxEnvelope::decode_2718(&mut raw.as_ref())?;
        let sender = tx.recover_signer()?;
        if let Some(prev) = last_nonce.insert(sender, tx.nonce()) {
            ensure!(tx.nonce() > prev, "sender {sender} nonce {} after {prev}", tx.nonce());
        }
    }
    Ok(())
}

async fn rpc_raw(url: &str, body: &str) -> Result<serde_json::Value> {
    Ok(reqwest::Client::new()
        .post(url)
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await?
        .json()
        .await?)
}

#[tokio::test]
async fn bad_input_gets_clear_errors_and_the_feed_publishes_what_was_signed() -> Result<()> {
    let chain = Chain::deploy().await?;
    let params = test_params();
    let key: PrivateKeySigner = chain.anvil.keys()[1].clone().into();
    chain
        .registry
        .register(key.address())
        .value(U256::from(params.minBond))
        .send()
        .await?
        .with_timeout(RECEIPT_TIMEOUT)
        .get_receipt()
        .await?;
    let schedule = chain.schedule().await?;
    chain.mine_to(schedule.slot_start(schedule.epoch_first_slot(2))).await?;
    let dir = tempfile::tempdir()?;
    let node = baton_node::start(config(&chain, key.clone(), dir.path(), DataMode::Calldata)?).await?;
    let url = node.url();

    let cases = [
        ("{not json", -32700, "invalid JSON"),
        (r#"{"jsonrpc":"2.0","id":1}"#, -32600, "missing method"),
        (r#"{"jsonrpc":"2.0","id":1,"method":"eth_mine"}"#, -32601, "not supported"),
        (r#"{"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":[]}"#, -32602, "expected one"),
        (
            r#"{"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":["0xzz"]}"#,
            -32602,
            "not hex",
        ),
        (r#"{"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":["0x"]}"#, -32602, "size"),
    ];
    for (body, code, message) in cases {
        let reply = rpc_raw(&url, body).await?;
        ensure!(reply["error"]["code"] == code, "{body} -> {reply}");
        ensure!(reply["error"]["message"].as_str().unwrap_or("").contains(message), "{body} -> {reply}");
    }
    let oversized = format!("0x02{}", "00".repeat(baton_protocol::payload::MAX_TX_SIZE));
    let reply = send(&url, &oversized.parse()?).await?;
    ensure!(reply["error"]["code"] == -32602, "{reply}");

    // The node is the only operator: it posts a batch with the transaction, then the feed shows the signed header.
    let raw = TxFactory::new(L2_CHAIN_ID, 1, 5).next_raw();
    ensure!(send(&url, &raw).await?["result"] == serde_json::json!(keccak256(&raw)));
    ensure!(
        send(&url, &raw).await?["result"] == serde_json::json!(keccak256(&raw)),
        "resending is idempotent"
    );
    let mut signed = Vec::new();
    for _ in 0..50 {
        chain.mine(1).await?;
        tokio::time::sleep(Duration::from_millis(200)).await;
        let feed: serde_json::Value = reqwest::get(format!("{url}/headers?from=0")).await?.json().await?;
        signed = feed.as_array().cloned().unwrap_or_default();
        if !signed.is_empty() && node.mempool_len() == 0 {
            break;
        }
    }
    ensure!(!signed.is_empty(), "nothing signed");
    let domain = chain.domain();
    for entry in &signed {
        let header: baton_protocol::BatchHeader = serde_json::from_value(entry["header"].clone())?;
        let signature: Bytes = serde_json::from_value(entry["signature"].clone())?;
        header.verify(&domain, &signature)?;
        let recorded = baton_bindings::batch_inbox::BatchInbox::new(chain.inbox, chain.provider.clone())
            .batchHeaderHash(header.batchNumber)
            .call()
            .await?;
        assert_eq!(recorded, header.hash(), "the feed shows what reached L1");
    }
    let metrics = reqwest::get(format!("{url}/metrics")).await?.text().await?;
    ensure!(metrics.contains("baton_node_txs_accepted_total 1"), "{metrics}");
    ensure!(metrics.contains("baton_node_txs_rejected_total 3"), "{metrics}");
    ensure!(metrics.contains("baton_node_batches_posted_total"), "{metrics}");
    node.stop().await;
    Ok(())
}

#[tokio::test]
async fn a_stuck_batch_is_replaced_at_a_higher_fee_with_the_same_nonce() -> Result<()> {
    let chain = Chain::deploy().await?;
    let params = test_params();
    let key: PrivateKeySigner = chain.anvil.keys()[1].clone().into();
    chain
        .registry
        .register(key.address())
        .value(U256::from(params.minBond))
        .send()
        .await?
        .with_timeout(RECEIPT_TIMEOUT)
        .get_receipt()
        .await?;
    let schedule = chain.schedule().await?;
    chain.mine_to(schedule.slot_start(schedule.epoch_first_slot(2))).await?;
    // No blocks until we say so: the node's first batch transaction cannot be mined.
    chain.provider.anvil_set_auto_mine(false).await?;
    let dir = tempfile::tempdir()?;
    let mut cfg = config(&chain, key.clone(), dir.path(), DataMode::Calldata)?;
    cfg.tx_timeout = Duration::from_millis(800);
    let node = baton_node::start(cfg).await?;
    let url = node.url();

    let metrics = || async {
        let text = reqwest::get(format!("{url}/metrics")).await?.text().await?;
        let value = |name: &str| {
            text.lines().find_map(|l| l.strip_prefix(&format!("{name} "))).and_then(|v| v.parse::<u64>().ok())
        };
        Ok::<_, eyre::Report>((value("baton_node_fee_bumps_total"), value("baton_node_batches_posted_total")))
    };
    let mut bumped = false;
    for _ in 0..40 {
        tokio::time::sleep(Duration::from_millis(200)).await;
        if metrics().await?.0.unwrap_or(0) >= 1 {
            bumped = true;
            break;
        }
    }
    ensure!(bumped, "no fee bump while the batch was stuck");
    // One nonce, several fees: the pool holds only the latest replacement.
    let pending: serde_json::Value = chain.provider.raw_request("txpool_content".into(), ()).await?;
    let me = format!("{:#x}", key.address());
    let mine = pending["pending"]
        .as_object()
        .and_then(|senders| senders.iter().find(|(k, _)| k.to_lowercase() == me))
        .map(|(_, nonces)| nonces.clone())
        .unwrap_or_default();
    ensure!(mine.as_object().map(|m| m.len()) == Some(1), "exactly one pending nonce: {pending}");

    chain.provider.anvil_set_auto_mine(true).await?;
    chain.mine(1).await?;
    let mut posted = false;
    for _ in 0..40 {
        tokio::time::sleep(Duration::from_millis(200)).await;
        if metrics().await?.1.unwrap_or(0) >= 1 {
            posted = true;
            break;
        }
    }
    ensure!(posted, "the replaced batch never landed");
    let inbox = baton_bindings::batch_inbox::BatchInbox::new(chain.inbox, chain.provider.clone());
    ensure!(inbox.batchCount().call().await? == 1, "exactly one batch landed");
    node.stop().await;
    Ok(())
}
