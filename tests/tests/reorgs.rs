//! L1 as it is: three honest nodes sequence on a real anvil with 1 s blocks while the chain reorganizes at depths
//! 1 to 8, alternately as a competing fork that re-includes the dropped transactions at the same heights
//! (`anvil_reorg`) and as a rewind that drops them and mines the heights again (`evm_snapshot`/`evm_revert`).
//! Sequencing never halts, every transaction users sent is derived exactly once, and a keeper watching the whole
//! time strikes and slashes nobody. Its own test binary: it is timing-sensitive.

use std::time::Duration;

use alloy::{
    primitives::{keccak256, Bytes, U256},
    providers::{ext::AnvilApi, Provider},
    rpc::types::Filter,
    signers::local::PrivateKeySigner,
    sol_types::SolEvent,
};
use baton_bindings::sequencer_registry::SequencerRegistry;
use baton_e2e::{init_tracing, keeper_config, send_raw as send, start_nodes, test_params, with_operators};
use baton_l1::{AnvilBlobs, L1Reader};
use baton_node::DataMode;
use baton_protocol::sample::TxFactory;
use eyre::{ensure, eyre, Result};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sequencing_survives_reorgs_of_depth_one_to_eight_and_strikes_nobody() -> Result<()> {
    init_tracing();
    let mut params = test_params();
    params.slotLength = 6;
    let (chain, keys, _) = with_operators(params.clone(), 3).await?;
    let schedule = chain.schedule().await?;

    let dirs: Vec<tempfile::TempDir> = (0..4).map(|_| tempfile::tempdir()).collect::<Result<_, _>>()?;
    let nodes = start_nodes(&chain, &keys, &dirs[..3], &[DataMode::Calldata; 3]).await?;
    let keeper_key: PrivateKeySigner = chain.anvil.keys()[7].clone().into();
    let keeper = baton_keeper::start(
        keeper_config(&chain, chain.anvil.endpoint().as_str(), keeper_key, dirs[3].path()).await?,
    )
    .await?;
    chain.provider.anvil_set_auto_mine(false).await?;
    chain.provider.anvil_set_interval_mining(1).await?;

    let mut users = TxFactory::new(baton_e2e::L2_CHAIN_ID, 8, 21);
    let mut sent: Vec<Bytes> = Vec::new();
    let mut turn = 0usize;
    let mut traffic = |nodes: &Vec<baton_node::NodeHandle>| {
        let raw = users.next_raw();
        turn += 1;
        (nodes[turn % nodes.len()].url(), raw)
    };
    let mut reorgs = Vec::new();
    for depth in 1..=8u64 {
        // A slot and a bit of traffic, then the reorg.
        let snapshot = if depth % 2 == 0 { Some(chain.provider.anvil_snapshot().await?) } else { None };
        let until = chain.block().await? + depth.max(u64::from(params.slotLength));
        while chain.block().await? < until {
            let (url, raw) = traffic(&nodes);
            let reply = send(&url, &raw).await?;
            ensure!(reply["result"] == serde_json::json!(keccak256(&raw)), "{url} refused: {reply}");
            sent.push(raw);
            tokio::time::sleep(Duration::from_millis(400)).await;
        }
        let head = chain.block().await?;
        match snapshot {
            None => {
                let moved = baton_cli::devnet::fork_with_the_same_transactions(&chain.provider, depth)
                    .await?
                    .ok_or_else(|| eyre!("calldata batches only, no blob in the window"))?;
                reorgs.push(format!("fork of depth {depth} at {head} ({moved} transactions moved)"));
            }
            Some(id) => {
                ensure!(chain.provider.anvil_revert(id).await?, "revert to snapshot {id}");
                let back = chain.block().await?;
                reorgs.push(format!("rewind of depth {} at {head}", head - back));
            }
        }
    }

    // Let the nodes settle: every accepted transaction in a batch, then two more slots.
    let settle_until = chain.block().await? + 60;
    while nodes.iter().any(|n| n.mempool_len() > 0) {
        let pending: Vec<usize> = nodes.iter().map(|n| n.mempool_len()).collect();
        ensure!(
            chain.block().await? < settle_until,
            "transactions still pending: {pending:?} after {reorgs:?}"
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let settled = chain.block().await?;
    while chain.block().await? < settled + 2 * u64::from(params.slotLength) {
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let status = keeper.status();
    keeper.stop().await;
    for node in nodes {
        node.stop().await;
    }
    chain.provider.anvil_set_interval_mining(0).await?;
    chain.provider.anvil_set_auto_mine(true).await?;
    let last = chain.block().await?;

    // Every transaction users sent, derived from L1 exactly once.
    let reader = L1Reader::new(chain.provider.clone(), chain.inbox, AnvilBlobs(chain.provider.clone()));
    let derived = reader.derive(0, last).await?;
    ensure!(derived.rejected.is_empty(), "rejected batches: {:?}", derived.rejected);
    let mut included: Vec<Bytes> = derived.sequenced().cloned().collect();
    included.sort();
    sent.sort();
    ensure!(included == sent, "{} sent, {} derived, after {reorgs:?}", sent.len(), included.len());

    // Sequencing went on: the slots after the last reorg carry batches.
    let batches = reader.batches(0, last).await?;
    for slot in schedule.slot_at(settled)..schedule.slot_at(last) {
        ensure!(
            batches.iter().any(|b| b.header.slot == slot),
            "slot {slot} carries no batch after {reorgs:?}"
        );
    }

    // Nobody was struck or slashed, and every bond is whole.
    let registry = SequencerRegistry::new(*chain.registry.address(), chain.provider.clone());
    for signature in [
        SequencerRegistry::Struck::SIGNATURE_HASH,
        SequencerRegistry::Slashed::SIGNATURE_HASH,
        SequencerRegistry::Ejected::SIGNATURE_HASH,
    ] {
        let filter =
            Filter::new().address(*chain.registry.address()).event_signature(signature).from_block(0);
        let logs = chain.provider.get_logs(&filter).await?;
        ensure!(logs.is_empty(), "honest operators punished: {logs:?} after {reorgs:?}; keeper {status}");
    }
    let min_bond = U256::from(params.minBond);
    for id in 0..3u8 {
        ensure!(U256::from(registry.operator(id).call().await?.bond) == min_bond, "operator {id} lost bond");
    }
    Ok(())
}
