//! A sequencer node killed with SIGKILL while it answers receipts loses none it acknowledged: it runs in a child
//! process that the test kills in the middle of a burst of concurrent `baton_sendTransaction` calls (so that
//! group commits, group signatures and the journal are all in flight). Restarted on the same data directory, it
//! serves every receipt it gave out byte for byte, gives no transaction a second one, and the batch it posts in
//! their slot keeps them all.
//!
//! Its own test binary, because it re-runs itself as the child.

use std::{collections::BTreeMap, time::Duration};

use alloy::{primitives::Bytes, signers::local::PrivateKeySigner};
use baton_e2e::{
    child::{ChildConfig, ChildProcess},
    first_batch_in_slot, node_config_for, wait_for, Chain, L2_CHAIN_ID,
};
use baton_node::{DataMode, NodeClient};
use baton_protocol::{receipt::SignedReceipt, sample::TxFactory};
use eyre::{ensure, Result};
use tokio::sync::mpsc::UnboundedSender;

const CHILD_ENV: &str = "BATON_NODE_CHILD";

/// Runs only as the child of the test below: a node until killed.
#[test]
#[ignore = "helper process for a_node_killed_mid_burst_keeps_every_receipt_it_acknowledged"]
fn node_child() -> Result<()> {
    let Some(config) = ChildConfig::from_env(CHILD_ENV)? else { return Ok(()) };
    let key: PrivateKeySigner = config.key.parse()?;
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async {
        let node = baton_node::start(node_config_for(
            config.deployment,
            config.rpc.parse()?,
            key,
            &config.dir,
            DataMode::Calldata,
        )?)
        .await?;
        println!("NODE_URL={}", node.url());
        tokio::time::sleep(Duration::from_secs(600)).await;
        Ok(())
    })
}

/// Starts a node child; returns it and a client of its HTTP endpoint.
fn spawn_child(config: &str) -> Result<(ChildProcess, NodeClient)> {
    let (child, url) = ChildProcess::start_ready("node_child", CHILD_ENV, config, "NODE_URL=")?;
    Ok((child, NodeClient::new(url.parse()?)))
}

/// Sends `raws` at once; returns the receipts of those answered with one (a killed node answers the rest with an
/// error, which is not an acknowledgement).
async fn burst(client: &NodeClient, raws: Vec<Bytes>) -> Vec<SignedReceipt> {
    let (answers, mut answered) = tokio::sync::mpsc::unbounded_channel();
    for raw in &raws {
        spawn_send(client, raw, &answers);
    }
    drop(answers);
    let mut receipts = Vec::new();
    while let Some(answer) = answered.recv().await {
        receipts.extend(answer);
    }
    receipts
}

/// Sends `raw` on its own task; its receipt, or `None` (no receipt, or no answer), goes to `answers`.
fn spawn_send(client: &NodeClient, raw: &Bytes, answers: &UnboundedSender<Option<SignedReceipt>>) {
    let (client, raw, answers) = (client.clone(), raw.clone(), answers.clone());
    tokio::spawn(async move {
        let _ = answers.send(client.send_transaction(&raw).await.ok().and_then(|sent| sent.receipt));
    });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_node_killed_mid_burst_keeps_every_receipt_it_acknowledged() -> Result<()> {
    let chain = Chain::deploy().await?;
    let key: PrivateKeySigner = chain.anvil.keys()[1].clone().into();
    chain.activate(&key).await?;
    let dir = tempfile::tempdir()?;
    let config = serde_json::to_string(&ChildConfig {
        rpc: chain.anvil.endpoint(),
        deployment: chain.deployment().await?,
        key: alloy::hex::encode_prefixed(key.to_bytes()),
        dir: dir.path().to_path_buf(),
    })?;
    let domain = chain.domain();
    let (node, client) = spawn_child(&config)?;
    let mut factory = TxFactory::new(L2_CHAIN_ID, 40, 5);

    // Blocks come only from anvil_mine and the node's own batches here: the promised slot cannot pass while the
    // node is down.
    let warm = factory.next_raw();
    let first = wait_for("the node's first receipt", Duration::from_secs(20), || async {
        Ok(client.send_transaction(&warm).await?.receipt)
    })
    .await?;
    let mut acknowledged = vec![first];
    for _ in 0..4 {
        acknowledged.extend(burst(&client, (0..16).map(|_| factory.next_raw()).collect()).await);
    }
    // The kill lands while a burst is in flight: right after the first answer of its first half, a millisecond
    // after its second half left. Requests are answered, in the group commit, queued or not read yet.
    let raws: Vec<Bytes> = (0..32).map(|_| factory.next_raw()).collect();
    let (answers, mut answered) = tokio::sync::mpsc::unbounded_channel();
    for raw in &raws[..16] {
        spawn_send(&client, raw, &answers);
    }
    let mut second_half = Some((node, answers));
    let mut in_killed_burst = 0;
    while let Some(answer) = answered.recv().await {
        if let Some(receipt) = answer {
            acknowledged.push(receipt);
            in_killed_burst += 1;
        }
        if let Some((node, answers)) = second_half.take() {
            for raw in &raws[16..] {
                spawn_send(&client, raw, &answers);
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
            node.kill()?; // SIGKILL
        }
    }
    ensure!(in_killed_burst >= 1, "the burst the kill fell into had an answer before it");
    ensure!(
        acknowledged.iter().any(|r| r.signature.len() > 65),
        "some receipts were signed in a group (the bursts were concurrent)"
    );

    let (node, client) = spawn_child(&config)?;
    for receipt in &acknowledged {
        receipt.verify(&domain)?;
        let served = client.receipt(receipt.receipt.txHash).await?;
        ensure!(
            served.as_ref() == Some(receipt),
            "receipt lost or changed by the crash: {receipt:?} -> {served:?}"
        );
    }
    // Sending a promised transaction again returns its receipt, not a second one at another index.
    let again = client.send_transaction(&raws[0]).await?.receipt;
    if let Some(known) =
        acknowledged.iter().find(|r| r.receipt.txHash == alloy::primitives::keccak256(&raws[0]))
    {
        ensure!(again.as_ref() == Some(known), "a second receipt for one transaction");
    }

    // Every acknowledged receipt is kept by the batch of its slot.
    let mut by_slot: BTreeMap<u64, Vec<&SignedReceipt>> = BTreeMap::new();
    for receipt in &acknowledged {
        by_slot.entry(receipt.receipt.slot).or_default().push(receipt);
    }
    for (slot, receipts) in by_slot {
        let (_, _, txs) = wait_for("the receipts' batch", Duration::from_secs(60), || async {
            chain.mine(1).await?;
            first_batch_in_slot(&chain, key.address(), slot).await
        })
        .await?;
        for r in receipts {
            ensure!(r.receipt.kept_by(&txs), "receipt at index {} of slot {slot} broken", r.receipt.index);
        }
    }
    node.kill()?;
    Ok(())
}
