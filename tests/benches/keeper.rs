//! Keeper benchmarks on a real anvil, printed as tables for docs/BENCHMARKS.md.
//!
//! Run: `cargo bench -p baton-e2e --bench keeper`
//!
//! 1. Reaction latency: 1 s blocks, the keeper on a WebSocket endpoint with its default claim spread; faults are
//!    injected continuously (every slot's leader absent, forced transactions nobody includes, equivocations
//!    submitted as evidence) until at least `FAULTS` slashes are confirmed. Latency is the block of the slash
//!    minus the first block in which it could have been included.
//! 2. Backfill: a 10,000-block history with 2,000 inbox logs, indexed from the deployment block by the keeper's
//!    collector at several `eth_getLogs` chunk sizes, side by side, with the time a 100,000-block history with
//!    the same log density would take at the measured rate.

use std::time::{Duration, Instant};

use alloy::{
    contract::RawCallBuilder,
    primitives::{keccak256, B256, U256},
    providers::ext::AnvilApi,
};
use baton_bindings::batch_inbox::BatchInbox;
use baton_e2e::{keeper_config, test_params, Chain, TestSigner, L2_CHAIN_ID};
use baton_keeper::{
    index::{Collector, Index},
    store::Store,
};
use baton_protocol::{calldata, sample::TxFactory, BatchHeader};
use eyre::{ensure, Result};

/// Confirmed slashes to observe (forced batches come on top).
const FAULTS: usize = 120;
/// anvil mines ever slower as its chain grows (about 4 ms per block at height 5,000 and 10 ms at 15,000 on the
/// 2-core reference machine; 100,000 blocks would take well over an hour), so the history is 10,000 blocks and
/// the 100,000-block figure is extrapolated from the measured rate (indexing cost is linear in blocks and logs).
const BACKFILL_BLOCKS: u64 = 10_000;
const BACKFILL_ROUNDS: u64 = 1_000;

fn percentile(sorted: &[u64], p: f64) -> u64 {
    if sorted.is_empty() {
        return 0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

async fn enqueue(chain: &Chain, user: usize, tag: u64) -> Result<()> {
    let inbox = BatchInbox::new(chain.inbox, chain.provider_for(user));
    let fee = U256::from(chain.registry.params().call().await?.forcedInclusionFee);
    let _pending =
        inbox.enqueueTransaction(TxFactory::new(L2_CHAIN_ID, 1, tag).next_raw()).value(fee).send().await?;
    Ok(())
}

async fn reaction_latency() -> Result<()> {
    let mut params = test_params();
    params.slotLength = 2;
    params.graceBlocks = 1;
    params.slotsPerEpoch = 8;
    params.strikesToJail = u16::MAX; // nobody is jailed: every slot stays a fault
    params.inclusionWindow = 4;
    params.faultWindow = 1_000; // every injected fault stays provable for the whole run
    params.exitDelay = 2_000;
    params.jailCooldown = 1_000; // at least the fault window
    let chain = Chain::deploy_with(params).await?;
    // Dev accounts 7 (keeper) and 8 (user) aside. The first operator equivocates (and is ejected); the others
    // stay in the roster and miss every slot they lead, so faults keep coming.
    let operators: Vec<TestSigner> =
        [1, 2, 3, 4, 5, 6, 9].into_iter().map(|i| TestSigner::new(&chain, i)).collect();
    for op in &operators {
        chain.register(op.key.address()).await?;
    }
    let schedule = chain.schedule().await?;
    let first_slot = schedule.epoch_first_slot(2);
    chain.mine_to(schedule.slot_start(first_slot)).await?;

    let dir = tempfile::tempdir()?;
    let ws = chain.anvil.ws_endpoint();
    let config = keeper_config(&chain, &ws, chain.anvil.keys()[7].clone().into(), dir.path()).await?;
    let keeper = baton_keeper::start(config).await?;
    let evidence_url = format!("{}/evidence", keeper.url());
    chain.provider.anvil_set_auto_mine(false).await?;
    chain.provider.anvil_set_interval_mining(1).await?;

    let client = reqwest::Client::new();
    let started = Instant::now();
    let mut round = 0u64;
    let status = loop {
        tokio::time::sleep(Duration::from_millis(1_000)).await;
        round += 1;
        // A forced transaction every third block, an equivocation every fifth.
        if round.is_multiple_of(3) {
            enqueue(&chain, 8, round).await?;
        }
        if round.is_multiple_of(5) {
            // Each pair names a new batch number: a separate fault, in a slot where the operator was a member.
            let op = &operators[0];
            let slot = first_slot;
            let header = |root: u8| BatchHeader {
                l2ChainId: L2_CHAIN_ID,
                batchNumber: 1_000 + round,
                slot,
                txRoot: B256::repeat_byte(root),
                ..Default::default()
            };
            let pair = vec![op.sign(&chain, header(1))?, op.sign(&chain, header(2))?];
            client.post(&evidence_url).json(&pair).send().await?.error_for_status()?;
        }
        let status = keeper.status();
        let slashes = status["actions"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|a| a["state"]["state"] == "confirmed" && a["kind"] != "forced-batch")
            .count();
        if slashes >= FAULTS {
            break status;
        }
        ensure!(started.elapsed() < Duration::from_secs(600), "too slow: {status}");
    };
    chain.provider.anvil_set_interval_mining(0).await?;
    let metrics = keeper.metrics();
    keeper.stop().await;

    let mut by_kind: std::collections::BTreeMap<String, Vec<u64>> = Default::default();
    for action in status["actions"].as_array().into_iter().flatten() {
        if action["state"]["state"] != "confirmed" {
            continue;
        }
        let latency = action["state"]["latency_blocks"].as_u64().unwrap_or(u64::MAX);
        by_kind.entry(action["kind"].as_str().unwrap_or("").to_string()).or_default().push(latency);
    }
    let mut all: Vec<u64> = by_kind
        .iter()
        .filter(|(kind, _)| *kind != "forced-batch")
        .flat_map(|(_, l)| l.iter().copied())
        .collect();
    all.sort_unstable();
    println!("| action | confirmed | p50 (blocks) | p99 (blocks) | max (blocks) |");
    println!("|---|---:|---:|---:|---:|");
    for (kind, mut latencies) in by_kind {
        latencies.sort_unstable();
        println!(
            "| {kind} | {} | {} | {} | {} |",
            latencies.len(),
            percentile(&latencies, 50.0),
            percentile(&latencies, 99.0),
            latencies.last().copied().unwrap_or(0)
        );
    }
    println!(
        "| **all slashes** | {} | {} | {} | {} |",
        all.len(),
        percentile(&all, 50.0),
        percentile(&all, 99.0),
        all.last().copied().unwrap_or(0)
    );
    println!(
        "\nlost races {}, fee bumps {}, rpc errors {}, wall time {:.0} s\n",
        metrics.lost_races.load(std::sync::atomic::Ordering::Relaxed),
        metrics.fee_bumps.load(std::sync::atomic::Ordering::Relaxed),
        metrics.rpc_errors.load(std::sync::atomic::Ordering::Relaxed),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Builds a `BACKFILL_BLOCKS`-block history with one forced entry and one permissionless batch (escape hatch)
/// every `BACKFILL_BLOCKS / BACKFILL_ROUNDS` blocks.
async fn history() -> Result<(Chain, u64)> {
    let mut params = test_params();
    params.escapeDelay = params.slotLength; // no operators: the hatch opens at once
    let escape_delay = u64::from(params.escapeDelay);
    let chain = Chain::deploy_with(params).await?;
    let inbox = BatchInbox::new(chain.inbox, chain.provider.clone());
    let schedule = chain.schedule().await?;
    let fee = U256::from(chain.registry.params().call().await?.forcedInclusionFee);
    chain.mine(escape_delay).await?;
    chain.provider.anvil_set_auto_mine(false).await?;
    let mut factory = TxFactory::new(L2_CHAIN_ID, 4, 9);
    let mut parent = B256::ZERO;
    let step = BACKFILL_BLOCKS / BACKFILL_ROUNDS;
    for n in 0..BACKFILL_ROUNDS {
        // Mined explicitly, one block each (no receipt polling); the collector's final count checks that every
        // transaction landed.
        let _pending = inbox.enqueueTransaction(factory.next_raw()).value(fee).send().await?;
        chain.mine(1).await?;
        let slot = schedule.slot_at(chain.block().await? + 1);
        let header = BatchHeader {
            l2ChainId: L2_CHAIN_ID,
            batchNumber: n,
            slot,
            parentHash: parent,
            dataCommitment: keccak256([]),
            txRoot: B256::ZERO,
            queuePosition: n + 1,
            sequencer: alloy::primitives::Address::ZERO,
        };
        // A fixed gas limit: an estimate runs in the current block, whose slot may be the previous one.
        let input = calldata::Posted::unsequenced(&header, n)?.encode(calldata::Entry::Calldata, &[]);
        let _pending =
            RawCallBuilder::new_raw(inbox.provider(), input).to(chain.inbox).gas(300_000).send().await?;
        chain.mine(1).await?;
        parent = header.hash();
        chain.mine(step - 2).await?;
    }
    let head = chain.block().await?;
    Ok((chain, head))
}

async fn backfill() -> Result<()> {
    let build = Instant::now();
    let (chain, head) = history().await?;
    let genesis = chain.registry.genesisBlock().call().await?;
    eprintln!("history of {head} blocks built in {:.0} s", build.elapsed().as_secs_f64());
    println!("| eth_getLogs chunk (blocks) | blocks | logs | time (s) | blocks/s | logs/s | 100,000 blocks, 20,000 logs (s) |");
    println!("|---:|---:|---:|---:|---:|---:|---:|");
    for chunk in [100u64, 1_000, 10_000] {
        let dir = tempfile::tempdir()?;
        let store = Store::open(&dir.path().join("keeper.redb"))?;
        let mut index = Index::default();
        let collector = Collector::new(chain.provider.clone(), chain.inbox, genesis, chunk);
        let start = Instant::now();
        let report = collector.sync(&store, &mut index, head).await?;
        let secs = start.elapsed().as_secs_f64();
        let inbox = BatchInbox::new(chain.inbox, chain.provider.clone());
        let (batches, entries) = (inbox.batchCount().call().await?, inbox.queueLength().call().await?);
        ensure!(
            index.batch_count() == batches
                && index.queue_length() == entries
                && batches + entries >= BACKFILL_ROUNDS,
            "indexed {} batches and {} entries of {batches} and {entries}",
            index.batch_count(),
            index.queue_length()
        );
        println!(
            "| {chunk} | {} | {} | {secs:.2} | {:.0} | {:.0} | {:.1} |",
            report.blocks,
            report.logs,
            report.blocks as f64 / secs,
            report.logs as f64 / secs,
            secs * 100_000.0 / report.blocks as f64
        );
    }
    Ok(())
}

#[tokio::main]
async fn main() -> Result<()> {
    let which = std::env::args().skip(1).find(|a| !a.starts_with('-')).unwrap_or_default();
    if which.is_empty() || which == "backfill" {
        backfill().await?;
        println!();
    }
    if which.is_empty() || which == "latency" {
        reaction_latency().await?;
    }
    Ok(())
}
