//! The keeper survives `kill -9` at arbitrary moments and an L1 endpoint outage: it runs in a child process that
//! the test kills with SIGKILL again and again while faults keep arising (every slot's leader is absent), and
//! its endpoint is a proxy the test takes down for a while. In the end every fault is proven, and the keeper's
//! account sent exactly one successful transaction per fault: nothing lost, nothing sent twice.
//!
//! Its own test binary, because it re-runs itself as the child.

use std::{collections::BTreeSet, time::Duration};

use alloy::{
    consensus::Transaction as _,
    eips::BlockNumberOrTag,
    providers::{ext::AnvilApi, Provider},
    signers::local::PrivateKeySigner,
    sol_types::SolCall,
};
use baton_bindings::sequencer_registry::SequencerRegistry;
use baton_e2e::{
    child::{ChildConfig, ChildProcess},
    keeper_config_for, test_params, wait_for, Chain, Proxy,
};
use baton_keeper::strategy::missed_slot_digest;
use eyre::{ensure, eyre, Result};

const CHILD_ENV: &str = "BATON_KEEPER_CHILD";

/// Runs only as the child of the test below: a keeper until killed.
#[test]
#[ignore = "helper process for keeper_survives_kill_9_and_an_endpoint_outage"]
fn keeper_child() -> Result<()> {
    let Some(config) = ChildConfig::from_env(CHILD_ENV)? else { return Ok(()) };
    let key: PrivateKeySigner = config.key.parse()?;
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async {
        let keeper =
            baton_keeper::start(keeper_config_for(config.deployment, &config.rpc, key, &config.dir)).await?;
        println!("KEEPER_URL={}", keeper.url());
        tokio::time::sleep(Duration::from_secs(600)).await;
        keeper.stop().await;
        Ok(())
    })
}

/// Starts a keeper child; returns it and its HTTP URL.
fn spawn_child(config: &str) -> Result<(ChildProcess, String)> {
    ChildProcess::start_ready("keeper_child", CHILD_ENV, config, "KEEPER_URL=")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keeper_survives_kill_9_and_an_endpoint_outage() -> Result<()> {
    // Two-block slots and no jailing: every slot's leader is absent, so a new fault arises every 2 blocks.
    let mut params = test_params();
    params.slotLength = 2;
    params.graceBlocks = 1;
    params.strikesToJail = u16::MAX;
    let chain = Chain::deploy_with(params).await?;
    for i in 1..=3 {
        chain.register(chain.anvil.addresses()[i]).await?;
    }
    let schedule = chain.schedule().await?;
    let first_slot = schedule.epoch_first_slot(2);
    chain.mine_to(schedule.slot_start(first_slot)).await?;

    let mut proxy = Proxy::start(([127, 0, 0, 1], chain.anvil.port()).into()).await?;
    let keeper_key: PrivateKeySigner = chain.anvil.keys()[7].clone().into();
    let dir = tempfile::tempdir()?;
    let config = serde_json::to_string(&ChildConfig {
        rpc: proxy.url(),
        deployment: chain.deployment().await?,
        key: alloy::hex::encode_prefixed(keeper_key.to_bytes()),
        dir: dir.path().to_path_buf(),
    })?;
    chain.provider.anvil_set_auto_mine(false).await?;
    chain.provider.anvil_set_interval_mining(1).await?;
    let start = chain.block().await?;

    let (mut child, _) = spawn_child(&config)?;
    // Kill at moments that fall before, during and after sends, receipts and confirmations.
    for (round, pause_ms) in [900u64, 1_700, 400, 2_300, 1_200, 650].into_iter().enumerate() {
        tokio::time::sleep(Duration::from_millis(pause_ms)).await;
        if round == 2 {
            // The endpoint goes away under the running keeper for three blocks (it keeps retrying)...
            proxy.kill();
            tokio::time::sleep(Duration::from_secs(3)).await;
        }
        child.kill()?; // SIGKILL
        child = if round == 2 {
            // ...and is still away when the keeper restarts.
            spawn_child_when_endpoint_returns(&config, &mut proxy).await?
        } else {
            spawn_child(&config)?.0
        };
    }
    // A kill that is certainly mid-action: mining stops, a slot ends, the keeper signs and sends its report, the
    // endpoint forgets the unmined transaction, and the keeper is killed. Its successor must send the very same
    // transaction again (same nonce), not a second one.
    chain.provider.anvil_set_interval_mining(0).await?;
    child.kill()?;
    let (stalled, url) = spawn_child(&config)?;
    chain.mine(2).await?;
    wait_for("a report in flight", Duration::from_secs(20), || async {
        let status: serde_json::Value = reqwest::get(format!("{url}/status")).await?.json().await?;
        Ok((status["actionsByState"]["submitted"].as_u64().unwrap_or(0) > 0).then_some(()))
    })
    .await?;
    let in_flight = chain.provider.get_transaction_count(keeper_key.address()).pending().await?;
    chain.provider.anvil_drop_all_transactions().await?;
    stalled.kill()?;
    ensure!(
        chain.provider.get_transaction_count(keeper_key.address()).pending().await? < in_flight,
        "the endpoint forgot the keeper's transaction"
    );
    let (restarted, last_url) = spawn_child(&config)?;
    child = restarted;
    chain.provider.anvil_set_interval_mining(1).await?;

    // Let the last keeper catch up, then check every slot that ended since the start.
    let last_slot = schedule.slot_at(chain.block().await?) + 1;
    wait_for("every missed slot proven", Duration::from_secs(60), || async {
        for slot in first_slot..=last_slot {
            if !chain.registry.faultProven(missed_slot_digest(slot)).call().await? {
                return Ok(None);
            }
        }
        Ok(Some(()))
    })
    .await?;
    tokio::time::sleep(Duration::from_secs(2)).await;
    // The last keeper reports what all of them did: its figures survived six restarts.
    let metrics = reqwest::get(format!("{last_url}/metrics")).await?.text().await?;
    let figure = |name: &str| -> u64 {
        metrics
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{name} ")))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    let confirmed = figure("baton_keeper_actions_confirmed_total{kind=\"missed-slot\"}");
    let submitted = figure("baton_keeper_actions_submitted_total{kind=\"missed-slot\"}");
    child.kill()?;
    chain.provider.anvil_set_interval_mining(0).await?;

    // Every transaction the keeper ever sent: one per slot, all successful.
    let head = chain.block().await?;
    let mut reported = Vec::new();
    for number in start..=head {
        let Some(block) = chain.provider.get_block_by_number(BlockNumberOrTag::Number(number)).full().await?
        else {
            continue;
        };
        for tx in block.transactions.into_transactions() {
            if tx.inner.signer() != keeper_key.address() {
                continue;
            }
            let receipt = chain
                .provider
                .get_transaction_receipt(*tx.inner.tx_hash())
                .await?
                .ok_or_else(|| eyre!("no receipt"))?;
            ensure!(receipt.status(), "a keeper transaction reverted in block {number}");
            let call = SequencerRegistry::reportMissedSlotCall::abi_decode(tx.inner.input())?;
            reported.push(call.slot);
        }
    }
    let distinct: BTreeSet<u64> = reported.iter().copied().collect();
    ensure!(distinct.len() == reported.len(), "a slot was reported twice: {reported:?}");
    ensure!((first_slot..=last_slot).all(|s| distinct.contains(&s)), "missing reports: {reported:?}");
    let nonce = chain.provider.get_transaction_count(keeper_key.address()).await?;
    ensure!(
        nonce == reported.len() as u64,
        "every nonce went to a distinct fault ({nonce} vs {})",
        reported.len()
    );
    ensure!(
        confirmed >= (last_slot - first_slot) && submitted >= confirmed,
        "figures reset by a restart: {confirmed} confirmed, {submitted} submitted, {} reported",
        reported.len()
    );
    Ok(())
}

/// Restarts the keeper while its endpoint is down (it must keep retrying, not exit), then brings the endpoint
/// back.
async fn spawn_child_when_endpoint_returns(config: &str, proxy: &mut Proxy) -> Result<ChildProcess> {
    // A keeper cannot start against a dead endpoint (it checks the chain id first); this start fails...
    let mut failing = ChildProcess::start("keeper_child", CHILD_ENV, config)?;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let refused = failing.try_wait()?.is_some_and(|status| !status.success());
    drop(failing);
    ensure!(refused, "a keeper must refuse to start without its endpoint, with an error");
    // ...and once the endpoint is back, a restarted keeper catches up on everything it missed.
    proxy.revive().await?;
    Ok(spawn_child(config)?.0)
}
