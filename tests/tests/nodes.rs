//! One node against a real anvil: bad input gets clear JSON-RPC errors, the feed publishes exactly the headers
//! that reached L1, metrics count what happened, a stuck batch transaction is replaced at a higher fee, and a
//! forced batch that takes the node's batch number does not make it miss its slot.

use std::time::Duration;

use alloy::{
    primitives::{keccak256, Bytes, U256},
    providers::{ext::AnvilApi, Provider},
    signers::local::PrivateKeySigner,
};
use baton_e2e::{convert, first_batch_in_slot, node_config, send_raw as send, wait_for, Chain, L2_CHAIN_ID};
use baton_node::DataMode;
use baton_protocol::sample::TxFactory;
use eyre::{ensure, Result};

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
    let key: PrivateKeySigner = chain.anvil.keys()[1].clone().into();
    chain.activate(&key).await?;
    let dir = tempfile::tempdir()?;
    let node =
        baton_node::start(node_config(&chain, key.clone(), dir.path(), DataMode::Calldata).await?).await?;
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
        (r#"{"jsonrpc":"2.0","id":1,"method":"baton_sendTransaction","params":[7]}"#, -32602, "expected one"),
        (
            r#"{"jsonrpc":"2.0","id":1,"method":"baton_sendTransaction","params":{"tx":"0x"}}"#,
            -32602,
            "expected one",
        ),
        (r#"{"jsonrpc":"2.0","id":1,"method":"baton_sendTransaction"}"#, -32602, "expected one"),
        (r#"[{"jsonrpc":"2.0","id":1,"method":"baton_sendTransaction","params":["0x"]}]"#, -32600, "method"),
        (r#"{"jsonrpc":"2.0","id":1,"method":"baton_transactionStatus","params":[]}"#, -32602, "hash"),
        (
            r#"{"jsonrpc":"2.0","id":1,"method":"baton_transactionStatus","params":["0x01","0x02"]}"#,
            -32602,
            "unix milliseconds",
        ),
        (
            r#"{"jsonrpc":"2.0","id":1,"method":"baton_transactionStatus","params":["0x0000000000000000000000000000000000000000000000000000000000000001",-5]}"#,
            -32602,
            "unix milliseconds",
        ),
    ];
    for (body, code, message) in cases {
        let reply = rpc_raw(&url, body).await?;
        ensure!(reply["error"]["code"] == code, "{body} -> {reply}");
        ensure!(reply["error"]["message"].as_str().unwrap_or("").contains(message), "{body} -> {reply}");
        // The request's id, or null when it has none (or is not a request object).
        let id = serde_json::from_str::<serde_json::Value>(body).ok().and_then(|r| r.get("id").cloned());
        ensure!(reply["id"] == id.unwrap_or_default(), "{body} -> {reply}");
    }
    // The request's id comes back as it was sent, whatever its JSON type, on answers and errors alike.
    for id in [r#""a-string""#, "null", r#"{"n":[1,2]}"#, "18446744073709551615"] {
        let body =
            format!(r#"{{"jsonrpc":"2.0","id":{id},"method":"baton_sendTransaction","params":["0xzz"]}}"#);
        let reply = rpc_raw(&url, &body).await?;
        ensure!(reply["id"] == serde_json::from_str::<serde_json::Value>(id)?, "{body} -> {reply}");
        ensure!(reply["error"]["code"] == -32602, "{body} -> {reply}");
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
    let client = baton_node::NodeClient::new(url.parse()?);
    let status = client.transaction_status(keccak256(&raw), None).await?;
    ensure!(status.pooled && status.accepted_at_ms.is_some(), "{status:?}");
    let hour_ago = status.accepted_at_ms.unwrap_or_default() - 3_600_000;
    let status = client.transaction_status(keccak256(&raw), Some(hour_ago)).await?;
    ensure!(status.accepted_at_ms.is_none(), "accepted an hour after the time asked about: {status:?}");
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
    let labels = format!("{{signer=\"{}\",operator=\"0\"}}", key.address());
    ensure!(metrics.contains(&format!("baton_node_txs_accepted_total{labels} 1")), "{metrics}");
    // Refused transactions: not hex, empty and oversized above, and the four "0xzz" of the id cases (a request
    // without a transaction in it refuses no transaction).
    ensure!(metrics.contains(&format!("baton_node_txs_rejected_total{labels} 7")), "{metrics}");
    ensure!(metrics.contains("baton_node_batches_posted_total"), "{metrics}");
    // One durable commit for the one transaction: the idempotent resend commits nothing.
    ensure!(metrics.contains(&format!("baton_node_group_commits_total{labels} 1")), "{metrics}");
    ensure!(metrics.contains(&format!("baton_node_group_commit_requests_total{labels} 1")), "{metrics}");
    node.stop().await;
    Ok(())
}

#[tokio::test]
async fn a_stuck_batch_is_replaced_at_a_higher_fee_with_the_same_nonce() -> Result<()> {
    let chain = Chain::deploy().await?;
    let key: PrivateKeySigner = chain.anvil.keys()[1].clone().into();
    chain.activate(&key).await?;
    // No blocks until we say so: the node's first batch transaction cannot be mined.
    chain.provider.anvil_set_auto_mine(false).await?;
    let dir = tempfile::tempdir()?;
    let mut cfg = node_config(&chain, key.clone(), dir.path(), DataMode::Calldata).await?;
    cfg.tx_timeout = Duration::from_millis(800);
    let node = baton_node::start(cfg).await?;
    let url = node.url();

    let metrics = || async {
        let text = reqwest::get(format!("{url}/metrics")).await?.text().await?;
        let value = |name: &str| {
            // `name{labels} value`
            text.lines()
                .find(|l| l.starts_with(&format!("{name}{{")))
                .and_then(|l| l.rsplit(' ').next())
                .and_then(|v| v.parse::<u64>().ok())
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

/// Scenario 6 of the attribution review, against the real node: a forced batch lands in the node's slot ahead
/// of its batch transaction and takes the batch number it signed; the node signs the next number in the same
/// slot, so its slot is not missed.
#[tokio::test]
async fn a_forced_batch_that_takes_the_leaders_batch_number_is_answered_in_the_same_slot() -> Result<()> {
    use alloy::{eips::BlockNumberOrTag, rpc::types::Filter, sol_types::SolEvent};
    use baton_bindings::{batch_inbox::BatchInbox, sequencer_registry::SequencerRegistry};

    let chain = Chain::deploy().await?;
    let key: PrivateKeySigner = chain.anvil.keys()[1].clone().into();
    let schedule = chain.activate(&key).await?;
    let dir = tempfile::tempdir()?;
    let mut cfg = node_config(&chain, key.clone(), dir.path(), DataMode::Calldata).await?;
    cfg.faults.offline = true; // silent while the entry falls due, so it is forceable when its slot begins
    let node = baton_node::start(cfg).await?;

    // An entry whose deadline's slot ends right before the slot the test plays in.
    let griefer = BatchInbox::new(chain.inbox, chain.provider_for(2));
    let fee = U256::from(chain.registry.params().call().await?.forcedInclusionFee);
    griefer.enqueueTransaction(Bytes::from_static(b"\x02")).value(fee).send().await?.get_receipt().await?;
    let (deadline, _) = griefer.entry(0).call().await?.into();
    let slot = schedule.slot_at(deadline) + 1;
    chain.mine_to(schedule.slot_start(slot) - 1).await?;
    chain.mine(1).await?; // head = slot_start(slot) - 1: the node's next batch targets `slot`

    // Hold the next block until both transactions wait in the pool, the forced batch paying the higher tip.
    chain.provider.anvil_set_auto_mine(false).await?;
    node.set_faults(baton_node::Faults::default());
    let me = format!("{:#x}", key.address());
    let node_waiting = wait_for("the node's batch transaction", Duration::from_secs(20), || async {
        let pool: serde_json::Value = chain.provider.raw_request("txpool_content".into(), ()).await?;
        let waiting = pool["pending"].as_object().is_some_and(|s| s.keys().any(|k| k.to_lowercase() == me));
        Ok(waiting.then_some(()))
    });
    node_waiting.await?;
    // A fixed gas limit: estimating on the pending block (which holds the node's batch) would fail.
    let forced = griefer
        .appendForcedBatch(1)
        .gas(300_000)
        .max_priority_fee_per_gas(100_000_000_000)
        .max_fee_per_gas(200_000_000_000);
    let forced = forced.send().await?;
    let forced_hash = &forced.tx_hash().clone();
    chain.mine(1).await?;
    let receipt = forced.get_receipt().await?;
    ensure!(receipt.status(), "the forced batch lands first");
    let block_number = receipt.block_number.unwrap_or_default();
    ensure!(schedule.slot_at(block_number) == slot, "in the node's slot");
    // Same block, after it: the node's batch, reverted because its batch number was taken.
    let block = chain
        .provider
        .get_block_by_number(block_number.into())
        .await?
        .ok_or_else(|| eyre::eyre!("no block"))?;
    let hashes: Vec<_> = block.transactions.hashes().collect();
    ensure!(
        hashes.len() == 2 && hashes[0] == *forced_hash,
        "forced batch first, then the node's: {hashes:?}"
    );
    let node_receipt =
        chain.provider.get_transaction_receipt(hashes[1]).await?.ok_or_else(|| eyre::eyre!("no receipt"))?;
    ensure!(!node_receipt.status(), "the node's first batch transaction reverted");
    chain.provider.anvil_set_auto_mine(true).await?;

    // The node's transaction reverted (the number was taken); it signs the next one and lands in the same slot.
    let inbox = BatchInbox::new(chain.inbox, chain.provider.clone());
    wait_for("the node's batch in the same slot", Duration::from_secs(20), || async {
        Ok((inbox.batchCount().call().await? >= 2).then_some(()))
    })
    .await?;
    let filter = Filter::new()
        .address(chain.inbox)
        .event_signature(BatchInbox::BatchAppended::SIGNATURE_HASH)
        .from_block(BlockNumberOrTag::Earliest);
    let mut headers = Vec::new();
    for log in chain.provider.get_logs(&filter).await? {
        headers.push(BatchInbox::BatchAppended::decode_log_data(log.data())?.header);
    }
    ensure!(headers.len() == 2, "forced batch and the node's batch: {headers:?}");
    ensure!(headers[0].sequencer.is_zero() && headers[0].slot == slot, "batch 0 is the forced one");
    ensure!(
        headers[1].sequencer == key.address() && headers[1].slot == slot,
        "batch 1 is the node's, same slot"
    );

    // So the slot is not missed: the registry refuses the strike.
    chain.mine_to(schedule.slot_start(slot + 1)).await?;
    chain.mine(1).await?;
    let evidence: Vec<SequencerRegistry::BatchHeader> = headers.iter().map(convert).collect();
    let refused = chain.registry.reportMissedSlot(slot, 0, evidence).call().await;
    let error = refused
        .err()
        .and_then(|e| e.as_decoded_interface_error::<SequencerRegistry::SequencerRegistryErrors>());
    ensure!(
        matches!(error, Some(SequencerRegistry::SequencerRegistryErrors::LeaderPostedInSlot(_))),
        "the leader posted in its slot: {error:?}"
    );
    node.stop().await;
    Ok(())
}

/// `--data auto`: at a 1-wei base fee and a 1-wei blob base fee a small batch is cheaper in calldata and a large
/// one in a blob; the node picks each batch's way by those prices.
#[tokio::test]
async fn auto_data_mode_picks_calldata_or_blobs_by_cost() -> Result<()> {
    use alloy::{rpc::types::Filter, sol_types::SolEvent};
    use baton_bindings::batch_inbox::BatchInbox;

    let chain = Chain::deploy().await?;
    let key: PrivateKeySigner = chain.anvil.keys()[1].clone().into();
    chain.activate(&key).await?;
    chain.provider.anvil_set_next_block_base_fee_per_gas(1).await?;
    chain.mine(1).await?;
    let dir = tempfile::tempdir()?;
    let mut config = node_config(&chain, key.clone(), dir.path(), DataMode::Auto).await?;
    config.max_batch_bytes = 500_000;
    let node = baton_node::start(config).await?;
    let url = node.url();
    let mut users = TxFactory::new(L2_CHAIN_ID, 50, 17);

    let kinds = || async {
        let filter = Filter::new()
            .address(chain.inbox)
            .event_signature(BatchInbox::BatchAppended::SIGNATURE_HASH)
            .from_block(0);
        let mut kinds = Vec::new();
        for log in chain.provider.get_logs(&filter).await? {
            let event = BatchInbox::BatchAppended::decode_log_data(log.data())?;
            kinds.push((event.header.txRoot != alloy::primitives::B256::ZERO, event.kind));
        }
        Ok::<_, eyre::Report>(kinds)
    };
    let post_and_wait = |count: usize, users: &mut TxFactory| {
        let raws: Vec<Bytes> = (0..count).map(|_| users.next_raw()).collect();
        let url = url.clone();
        async move {
            for raw in &raws {
                ensure!(send(&url, raw).await?.get("result").is_some(), "refused");
            }
            Ok::<_, eyre::Report>(())
        }
    };
    post_and_wait(2, &mut users).await?;
    let mut small = None;
    for _ in 0..60 {
        chain.mine(1).await?;
        tokio::time::sleep(Duration::from_millis(150)).await;
        if node.mempool_len() == 0 {
            small = kinds().await?.into_iter().rfind(|(has_txs, _)| *has_txs);
            if small.is_some() {
                break;
            }
        }
    }
    ensure!(small.map(|(_, kind)| kind) == Some(0), "a two-transaction batch goes in calldata: {small:?}");

    post_and_wait(400, &mut users).await?;
    let mut large = None;
    for _ in 0..80 {
        chain.mine(1).await?;
        tokio::time::sleep(Duration::from_millis(200)).await;
        if node.mempool_len() == 0 {
            large = kinds().await?.into_iter().rfind(|(has_txs, _)| *has_txs);
            break;
        }
    }
    ensure!(large.map(|(_, kind)| kind) == Some(1), "a 400-transaction batch goes in a blob: {large:?}");
    node.stop().await;
    Ok(())
}

/// A deployment file for another chain, or one naming empty addresses, stops the node and the keeper at start with
/// one clear error: neither sends anything.
#[tokio::test]
async fn node_and_keeper_refuse_a_deployment_file_that_does_not_match_the_endpoint() -> Result<()> {
    let chain = Chain::deploy().await?;
    let key: PrivateKeySigner = chain.anvil.keys()[1].clone().into();
    let dir = tempfile::tempdir()?;
    let rpc = chain.anvil.endpoint();
    let mut other_chain = chain.deployment().await?;
    other_chain.chain_id = 1;
    let mut empty = chain.deployment().await?;
    empty.registry = alloy::primitives::Address::repeat_byte(0x42);
    let mut other_params = chain.deployment().await?;
    other_params.params.fault_window += 1;
    for (i, (deployment, expected)) in [
        (other_chain, "the endpoint serves L1 chain 31337, but the deployment file is for chain 1"),
        (empty, "no contract at the registry address 0x4242"),
        (other_params, "parameter faultWindow is 200 on chain but 201 in the deployment file"),
    ]
    .into_iter()
    .enumerate()
    {
        let mut cfg =
            node_config(&chain, key.clone(), &dir.path().join(format!("node{i}")), DataMode::Calldata)
                .await?;
        cfg.deployment = deployment.clone();
        let error = baton_node::start(cfg).await.err().ok_or_else(|| eyre::eyre!("the node started"))?;
        ensure!(format!("{error:#}").contains(expected), "node: {error:#}");
        let cfg = baton_e2e::keeper_config_for(
            deployment,
            &rpc,
            key.clone(),
            &dir.path().join(format!("keeper{i}")),
        );
        let error = baton_keeper::start(cfg).await.err().ok_or_else(|| eyre::eyre!("the keeper started"))?;
        ensure!(format!("{error:#}").contains(expected), "keeper: {error:#}");
    }
    let nonce = chain.provider.get_transaction_count(key.address()).await?;
    ensure!(nonce == 0, "nothing was sent from the operator's key");
    Ok(())
}

/// A signing key that no operator registered can never post: the node says so at start and stops, unless told to
/// wait for the registration.
#[tokio::test]
async fn a_node_refuses_a_signer_that_can_never_post_unless_told_to_wait() -> Result<()> {
    let chain = Chain::deploy().await?;
    let key: PrivateKeySigner = chain.anvil.keys()[1].clone().into();
    let dir = tempfile::tempdir()?;
    let cfg = node_config(&chain, key.clone(), &dir.path().join("a"), DataMode::Calldata).await?;
    let error = baton_node::start(cfg).await.err().ok_or_else(|| eyre::eyre!("the node started"))?;
    let message = format!("{error:#}");
    ensure!(
        message.contains("is no operator's signer on this deployment")
            && message.contains("--wait-for-registration"),
        "{message}"
    );
    let mut cfg = node_config(&chain, key.clone(), &dir.path().join("b"), DataMode::Calldata).await?;
    cfg.wait_for_registration = true;
    let node = baton_node::start(cfg).await?;
    node.stop().await;
    Ok(())
}

/// Receipts end to end: the leader signs one at once for each transaction (byte-identical to `cast wallet sign`
/// over the typed data docs/PROTOCOL.md defines, and to the contract's digest; receipts sent together share one
/// signature over their group's root, which cast reproduces too), keeps them across a restart, and when it breaks
/// them (fault switch) the holders prove them through `InclusionReceipts`, each once, and are compensated.
#[tokio::test]
async fn receipts_are_given_at_once_kept_across_a_restart_and_a_broken_one_is_slashed() -> Result<()> {
    use baton_bindings::inclusion_receipts::InclusionReceipts;
    use baton_protocol::receipt::SignedReceipt;

    let chain = Chain::deploy().await?;
    let key: PrivateKeySigner = chain.anvil.keys()[1].clone().into();
    chain.activate(&key).await?;
    let dir = tempfile::tempdir()?;
    let mut config = node_config(&chain, key.clone(), dir.path(), DataMode::Calldata).await?;
    // Wide enough that receipts sent at once always share a group (the default is 1 ms).
    config.receipts.group_interval_ms = 200;
    let node = baton_node::start(config.clone()).await?;
    let client = baton_node::NodeClient::new(node.url().parse()?);
    let mut factory = TxFactory::new(L2_CHAIN_ID, 2, 11);
    let domain = chain.domain();
    let receipts_contract = InclusionReceipts::new(chain.receipts, chain.provider.clone());

    // One receipt per transaction, at consecutive indices of one slot the node leads.
    let raws: Vec<Bytes> = (0..3).map(|_| factory.next_raw()).collect();
    let mut receipts: Vec<SignedReceipt> = Vec::new();
    for raw in &raws {
        let receipt = wait_for("a receipt", Duration::from_secs(10), || async {
            Ok(client.send_transaction(raw).await?.receipt)
        })
        .await?;
        receipt.verify(&domain)?;
        ensure!(receipt.signer == key.address() && receipt.receipt.txHash == keccak256(raw));
        receipts.push(receipt);
    }
    let slot = receipts[0].receipt.slot;
    ensure!(receipts.iter().map(|r| (r.receipt.slot, r.receipt.index)).eq([(slot, 0), (slot, 1), (slot, 2)]));
    let sender = receipts[0].receipt.beneficiary;
    ensure!(factory.sender_addresses().contains(&sender), "the beneficiary is the L2 sender");

    // The same bytes from the contract's digest and from cast over the documented typed data.
    let onchain: InclusionReceipts::InclusionReceipt = convert(&receipts[0].receipt);
    ensure!(
        receipts_contract.receiptDigest(onchain).call().await? == receipts[0].receipt.signing_hash(&domain)
    );
    let output = std::process::Command::new(baton_foundry::find(baton_foundry::Tool::Cast)?)
        .args(["wallet", "sign", "--data", "--private-key"])
        .arg(alloy::hex::encode_prefixed(key.to_bytes()))
        .arg(receipts[0].receipt.typed_data_json(&domain).to_string())
        .output()?;
    ensure!(output.status.success(), "cast failed: {}", String::from_utf8_lossy(&output.stderr));
    let cast_signature: Bytes = String::from_utf8(output.stdout)?.trim().parse()?;
    ensure!(cast_signature == receipts[0].signature, "cast and the node sign the same bytes");

    // A restart loses nothing: the receipts are served again and the batch of their slot keeps them.
    node.stop().await;
    let node = baton_node::start(config).await?;
    let client = baton_node::NodeClient::new(node.url().parse()?);
    ensure!(client.receipt(receipts[1].receipt.txHash).await? == Some(receipts[1].clone()));
    let (batch, _, txs) = wait_for("the receipts' batch", Duration::from_secs(30), || async {
        chain.mine(1).await?;
        first_batch_in_slot(&chain, key.address(), slot).await
    })
    .await?;
    ensure!(batch.slot == slot);
    for r in &receipts {
        ensure!(r.receipt.kept_by(&txs), "receipt {} kept: {txs:?}", r.receipt.index);
    }

    // Broken on purpose: the first promised transaction of the next slot is left out, and every later index moves
    // down. Three sent at once: what arrives within the node's group interval is signed under one signature, each
    // receipt carrying its path to the group's root.
    node.set_faults(baton_node::Faults { break_receipts: true, ..Default::default() });
    let raws: Vec<Bytes> = (0..3).map(|_| factory.next_raw()).collect();
    let mut later = wait_for("receipts for a later slot", Duration::from_secs(10), || async {
        let sends: Vec<_> = raws
            .iter()
            .map(|raw| {
                let (client, raw) = (client.clone(), raw.clone());
                tokio::spawn(async move { client.send_transaction(&raw).await })
            })
            .collect();
        let mut receipts = Vec::new();
        for send in sends {
            receipts.push(send.await??.receipt);
        }
        let receipts: Option<Vec<SignedReceipt>> = receipts.into_iter().collect();
        Ok(receipts.filter(|all| all.iter().all(|r| r.receipt.slot > slot)))
    })
    .await?;
    later.sort_by_key(|r| r.receipt.index);
    let grouped: Vec<&SignedReceipt> = later.iter().filter(|r| r.signature.len() > 65).collect();
    ensure!(grouped.len() >= 2, "receipts sent at once share a signature: {later:?}");
    for r in &later {
        r.verify(&domain)?;
    }
    // The group form from docs/PROTOCOL.md alone: the root the receipt's path reaches, signed by cast as
    // `InclusionReceiptRoot` typed data, is the signature's first 65 bytes.
    let member = grouped[0];
    let path: Vec<alloy::primitives::B256> =
        member.signature[65..].chunks(32).map(alloy::primitives::B256::from_slice).collect();
    let root = baton_protocol::receipt::group_root_of(member.receipt.hash(), &path);
    let output = std::process::Command::new(baton_foundry::find(baton_foundry::Tool::Cast)?)
        .args(["wallet", "sign", "--data", "--private-key"])
        .arg(alloy::hex::encode_prefixed(key.to_bytes()))
        .arg(baton_protocol::receipt::group_typed_data_json(root, &domain).to_string())
        .output()?;
    ensure!(output.status.success(), "cast failed: {}", String::from_utf8_lossy(&output.stderr));
    let cast_signature: Bytes = String::from_utf8(output.stdout)?.trim().parse()?;
    ensure!(cast_signature[..] == member.signature[..65], "cast signs the group's root to the node's bytes");
    ensure!(
        receipts_contract.receiptRootDigest(root).call().await? == {
            baton_protocol::receipt::group_signing_hash_under(root, &domain.separator())
        }
    );
    let broken = later[0].clone();
    let (batch, previous, txs) = wait_for("the broken batch", Duration::from_secs(30), || async {
        chain.mine(1).await?;
        first_batch_in_slot(&chain, key.address(), broken.receipt.slot).await
    })
    .await?;
    let opening = broken.receipt.contradiction(&txs).ok_or_else(|| eyre::eyre!("the receipt was kept"))?;
    for r in &later {
        ensure!(r.receipt.contradiction(&txs).is_some(), "every later index moved down too");
    }

    // Holders hand their receipts to a keeper (strictly checked); it proves the broken one, once, and reports the
    // kept ones as kept. The operator pays the safety penalty; the L2 sender is owed the compensation.
    let params = chain.registry.params().call().await?;
    let id = chain.registry.operatorIdOf(key.address()).call().await?;
    let bond_before = chain.registry.operator(id).call().await?.bond;
    let keeper_dir = tempfile::tempdir()?;
    let keeper_key: PrivateKeySigner = chain.anvil.keys()[3].clone().into();
    let keeper = baton_keeper::start(
        baton_e2e::keeper_config(&chain, chain.anvil.endpoint().as_str(), keeper_key, keeper_dir.path())
            .await?,
    )
    .await?;
    let post = |body: serde_json::Value| {
        let url = format!("{}/receipts", keeper.url());
        async move { Ok::<_, eyre::Report>(reqwest::Client::new().post(url).json(&body).send().await?) }
    };
    let mut forged = serde_json::to_value(&broken)?;
    forged["receipt"]["index"] = serde_json::json!(9);
    ensure!(post(forged).await?.status() == 422, "a receipt whose signature does not match is refused");
    let mut unknown = serde_json::to_value(&broken)?;
    unknown["extra"] = serde_json::json!(1);
    ensure!(post(unknown).await?.status() == 400, "unknown fields are refused");
    let mut all = receipts.clone();
    all.extend(later.iter().cloned());
    ensure!(post(serde_json::to_value(&all)?).await?.status() == 202);
    ensure!(
        post(serde_json::to_value(&broken)?).await?.json::<serde_json::Value>().await?["duplicates"] == 1
    );
    wait_for("the keeper's proofs of the broken receipts", Duration::from_secs(30), || async {
        let status = keeper.status();
        let recent = status["receipts"]["recent"].as_array().cloned().unwrap_or_default();
        let confirmed = later.iter().all(|broken| {
            recent.iter().any(|r| {
                r["txHash"] == serde_json::json!(broken.receipt.txHash)
                    && r["status"]["action"]["state"] == "confirmed"
            })
        });
        let kept = recent.iter().filter(|r| r["status"]["outcome"] == "kept").count();
        Ok((confirmed && kept == receipts.len()).then_some(()))
    })
    .await?;
    // Each broken receipt once, whichever form it was signed in.
    let bond_after = chain.registry.operator(id).call().await?.bond;
    let charged = params.receiptSafetyPenalty * alloy::primitives::aliases::U96::from(later.len());
    ensure!(bond_before - bond_after == charged, "{bond_before} -> {bond_after}");
    let escrow = chain.escrow_of(broken.evidence()).await?;
    ensure!(escrow.victim == broken.receipt.beneficiary && escrow.compensation == params.receiptCompensation);
    // The same proof by hand (what the holder could have sent itself, from docs/PROTOCOL.md) is refused: once.
    let by_hand = InclusionReceipts::new(chain.receipts, chain.provider_for(4))
        .slashContradictedReceipt(
            convert(&broken.receipt),
            broken.signature.clone(),
            convert(&batch),
            convert(&previous),
            U256::from(opening.count),
            opening.leaf,
            opening.proof.clone(),
        )
        .call()
        .await;
    ensure!(
        by_hand.is_err_and(|e| e.to_string().contains("AlreadyProven") || e.as_revert_data().is_some()),
        "proven once"
    );

    // What `baton track` shows from L1 alone, and `baton send --keeper` handing a receipt over.
    let deployment = chain.deployment().await?;
    let rpc = chain.anvil.endpoint_url();
    let node_url: reqwest::Url = node.url().parse()?;
    let tracked =
        baton_cli::user::track(&rpc, &[], &deployment, Some(&node_url), broken.receipt.txHash, 0).await?;
    let judged = tracked.receipt.ok_or_else(|| eyre::eyre!("track shows the receipt"))?;
    ensure!(judged.verdict == "broken" && judged.proven, "{}", judged.description);
    ensure!(
        judged.compensation_escrowed == Some(params.receiptCompensation.to_string()),
        "{}",
        judged.description
    );
    let tracked =
        baton_cli::user::track(&rpc, &[], &deployment, Some(&node_url), receipts[0].receipt.txHash, 0)
            .await?;
    ensure!(tracked.receipt.is_some_and(|r| r.verdict == "kept"), "the first receipts were kept");
    let keeper_url: reqwest::Url = keeper.url().parse()?;
    node.set_faults(baton_node::Faults::default());
    let raw = factory.next_raw();
    let sent = wait_for("a receipt through the CLI", Duration::from_secs(10), || async {
        let sent = baton_cli::user::send(&deployment, &node_url, &raw, Some(&keeper_url)).await?;
        Ok(sent.receipt.is_some().then_some(sent))
    })
    .await?;
    ensure!(sent.handed_to_keeper, "the keeper took it");
    keeper.stop().await;
    node.stop().await;
    Ok(())
}
