//! The keeper against a real anvil with 1 s blocks: every fault the protocol defines, injected by test signers
//! that misbehave, is proven and slashed within 2 blocks of becoming provable; malformed evidence is refused
//! with a 4xx and counted; a reorg that removes an event the keeper had indexed is rewound; two keepers racing
//! for one fault spend gas only once; and the keeper works the same against an `anvil --fork-url` fork.

use std::time::Duration;

use alloy::{
    primitives::{Address, B256, U256},
    providers::{ext::AnvilApi, Provider},
    signers::local::PrivateKeySigner,
};
use baton_bindings::batch_inbox::BatchInbox;
use baton_e2e::{init_tracing, keeper_config, test_params, wait_for, Chain, TestSigner, L2_CHAIN_ID};
use baton_keeper::strategy::{censorship_digest, equivocation_digest, missed_slot_digest};
use baton_protocol::{sample::TxFactory, BatchHeader};
use eyre::{ensure, eyre, Result};
use serde_json::{json, Value};

async fn post(url: &str, body: String) -> Result<(u16, Value)> {
    let response =
        reqwest::Client::new().post(url).header("content-type", "application/json").body(body).send().await?;
    let status = response.status().as_u16();
    let text = response.text().await?;
    Ok((status, serde_json::from_str(&text).unwrap_or(Value::String(text))))
}

async fn proven(chain: &Chain, digest: B256) -> Result<bool> {
    Ok(chain.registry.faultProven(digest).call().await?)
}

/// Whether the operator of `signer` was ejected: an equivocation proof's once-only mark (it writes no evidence).
async fn ejected(chain: &Chain, signer: Address) -> Result<bool> {
    let id = chain.registry.operatorIdOf(signer).call().await?;
    Ok(chain.registry.operator(id).call().await?.status == 4)
}

/// Enqueues a forced L2 transaction from dev account `index`; returns its queue index.
async fn enqueue(chain: &Chain, index: usize) -> Result<u64> {
    let raw = TxFactory::new(L2_CHAIN_ID, 1, index as u64).next_raw();
    let receipt = chain.enqueue_transaction(&chain.provider_for(index), raw).await?;
    let log = receipt
        .decoded_log::<BatchInbox::ForcedEntryQueued>()
        .ok_or_else(|| eyre!("no ForcedEntryQueued event"))?;
    Ok(log.index)
}

/// Every confirmed action of `status` whose fault became provable at or after `since`, as
/// (kind, provable_at, latency in blocks).
fn confirmed_since(status: &Value, since: u64) -> Vec<(String, u64, u64)> {
    status["actions"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|a| a["state"]["state"] == "confirmed" && a["provableAt"].as_u64().unwrap_or(0) >= since)
        .map(|a| {
            (
                a["kind"].as_str().unwrap_or_default().to_string(),
                a["provableAt"].as_u64().unwrap_or(0),
                a["state"]["latency_blocks"].as_u64().unwrap_or(u64::MAX),
            )
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keeper_proves_every_fault_within_two_blocks_and_refuses_bad_evidence() -> Result<()> {
    init_tracing();
    let mut params = test_params();
    params.strikesToJail = 1; // one missed leader slot jails: the jailing path runs in seconds
    let chain = Chain::deploy_with(params.clone()).await?;
    let signers: Vec<TestSigner> = (1..=3).map(|i| TestSigner::new(&chain, i)).collect();
    for s in &signers {
        chain.register(s.key.address()).await?;
    }
    let schedule = chain.schedule().await?;
    let first_slot = schedule.epoch_first_slot(2);
    let members = u128::try_from(chain.registry.membersAt(2).call().await?)?;
    // Ids follow registration order. The leader of the first slot posts batch 0 there (and will later sign a
    // conflicting header for it); of the other two, one equivocates and one never shows up.
    let poster_id = schedule.leader(first_slot, members).ok_or_else(|| eyre!("no leader"))?;
    let poster = &signers[usize::from(poster_id)];
    let others: Vec<&TestSigner> =
        signers.iter().enumerate().filter(|(i, _)| *i != usize::from(poster_id)).map(|(_, s)| s).collect();
    let equivocator = others[0];
    chain.mine_to(schedule.slot_start(first_slot)).await?;
    let recorded = poster.post_empty_batch(&chain, 0, first_slot, B256::ZERO, 0).await?;

    let keeper_key: PrivateKeySigner = chain.anvil.keys()[7].clone().into();
    let dir = tempfile::tempdir()?;
    let keeper = baton_keeper::start(
        keeper_config(&chain, chain.anvil.endpoint().as_str(), keeper_key.clone(), dir.path()).await?,
    )
    .await?;
    let started = chain.block().await?;
    chain.provider.anvil_set_auto_mine(false).await?;
    chain.provider.anvil_set_interval_mining(1).await?;

    // A censored user forces a transaction; nobody includes it. The censorship is charged to the leader of the
    // deadline's slot only if it could post throughout that slot, and every leader here misses its slots (one
    // missed slot jails): the entry is queued so that its deadline falls in a slot whose leader led none since the
    // first one, whatever order the schedule's seed gives.
    let user = chain.anvil.addresses()[8];
    let window = u64::from(params.inclusionWindow);
    let mut enqueue_at = None;
    for block in chain.block().await? + 2..chain.block().await? + 80 {
        let deadline_slot = schedule.slot_at(block + window);
        if schedule.slot_at(block + 1 + window) != deadline_slot {
            continue; // the transaction may land a block late: keep both in one slot
        }
        let epoch_members =
            u128::try_from(chain.registry.membersAt(schedule.epoch_of(deadline_slot)).call().await?)?;
        let leader_of = |slot: u64| {
            let members = if schedule.epoch_of(slot) == schedule.epoch_of(deadline_slot) {
                epoch_members
            } else {
                members
            };
            schedule.leader(slot, members)
        };
        let leader = leader_of(deadline_slot);
        if leader.is_some() && (first_slot + 1..deadline_slot).all(|slot| leader_of(slot) != leader) {
            enqueue_at = Some(block);
            break;
        }
    }
    let enqueue_at =
        enqueue_at.ok_or_else(|| eyre!("no slot ahead is led by an operator that missed none"))?;
    while chain.block().await? + 1 < enqueue_at {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let entry = enqueue(&chain, 8).await?;

    // Malformed evidence: each refused with the right 4xx, nothing stored.
    let url = format!("{}/evidence", keeper.url());
    let valid = equivocator
        .sign(&chain, BatchHeader { l2ChainId: L2_CHAIN_ID, batchNumber: 9, ..Default::default() })?;
    let mut unknown_field = serde_json::to_value(&valid)?;
    unknown_field["extra"] = json!(1);
    let wrong_chain = equivocator
        .sign(&chain, BatchHeader { l2ChainId: L2_CHAIN_ID + 1, batchNumber: 9, ..Default::default() })?;
    let mut forged = valid.clone();
    forged.header.sequencer = poster.key.address(); // signed by the equivocator, names the poster
    let cases: Vec<(&str, String, u16)> = vec![
        ("not JSON", "{not json".into(), 400),
        ("unknown field", unknown_field.to_string(), 400),
        ("wrong shape", json!({"header": 1}).to_string(), 400),
        ("empty list", "[]".into(), 400),
        ("oversized body", format!("\"{}\"", "a".repeat(70_000)), 413),
        ("too many headers", serde_json::to_string(&vec![valid.clone(); 65])?, 413),
        ("another rollup", serde_json::to_string(&wrong_chain)?, 422),
        ("forged signer", serde_json::to_string(&forged)?, 422),
        ("one bad header spoils the list", serde_json::to_string(&vec![valid.clone(), forged.clone()])?, 422),
    ];
    for (what, body, expected) in &cases {
        let (status, reply) = post(&url, body.clone()).await?;
        ensure!(status == *expected, "{what}: expected {expected}, got {status} {reply}");
        ensure!(reply["error"].is_string() || status == 413, "{what}: no error message in {reply}");
    }
    let metrics = keeper.metrics();
    ensure!(
        metrics.evidence_rejected.load(std::sync::atomic::Ordering::Relaxed) == cases.len() as u64,
        "every refusal is counted"
    );
    ensure!(
        metrics.evidence_accepted.load(std::sync::atomic::Ordering::Relaxed) == 0,
        "nothing bad was stored"
    );

    // Censorship: the keeper appends the overdue entry itself, then proves the censorship once the deadline's
    // slot is over; the user is compensated.
    wait_for("the forced batch", Duration::from_secs(40), || async {
        let inbox = BatchInbox::new(chain.inbox, chain.provider.clone());
        Ok((inbox.queueHead().call().await? > entry).then_some(()))
    })
    .await?;
    wait_for("the censorship slash", Duration::from_secs(40), || async {
        Ok(proven(&chain, censorship_digest(entry)).await?.then_some(()))
    })
    .await?;
    let compensation = U256::from(params.censorshipCompensation);
    let escrow = chain.escrow_of(censorship_digest(entry)).await?;
    ensure!(
        escrow.victim == user && U256::from(escrow.compensation) == compensation,
        "censored user compensated (in escrow until the fault window closes)"
    );

    // Missed slots: every leader that posts nothing in its slot is struck, and (strikesToJail = 1) jailed.
    let absentee = others[1].key.address();
    wait_for("the absentee jailed", Duration::from_secs(60), || async {
        let id = chain.registry.operatorIdOf(absentee).call().await?;
        Ok((chain.registry.operator(id).call().await?.status == 2).then_some(()))
    })
    .await?;

    // Equivocation: two different headers for batch 5 in a slot where the equivocator was scheduled.
    let conflicting = |root: u8| BatchHeader {
        l2ChainId: L2_CHAIN_ID,
        batchNumber: 5,
        slot: first_slot + 1,
        txRoot: B256::repeat_byte(root),
        ..Default::default()
    };
    let pair = vec![equivocator.sign(&chain, conflicting(1))?, equivocator.sign(&chain, conflicting(2))?];
    let (status, reply) = post(&url, serde_json::to_string(&pair)?).await?;
    ensure!(status == 202 && reply["accepted"] == 2, "evidence accepted: {status} {reply}");
    let (status, reply) = post(&url, serde_json::to_string(&pair[0])?).await?;
    ensure!(status == 202 && reply["duplicates"] == 1, "a repeat is a duplicate: {status} {reply}");
    // Equivocation against the record: the poster signed another header for batch 0.
    let mut other = recorded.clone();
    other.txRoot = B256::repeat_byte(9);
    let (status, _) = post(&url, serde_json::to_string(&poster.sign(&chain, other)?)?).await?;
    ensure!(status == 202, "record conflict accepted");
    for who in [equivocator.key.address(), poster.key.address()] {
        wait_for("the equivocation slash", Duration::from_secs(30), || async {
            Ok(ejected(&chain, who).await?.then_some(()))
        })
        .await?;
        let id = chain.registry.operatorIdOf(who).call().await?;
        let op = chain.registry.operator(id).call().await?;
        ensure!(op.status == 4 && op.bond.is_zero(), "equivocator {who} ejected with its whole bond taken");
    }

    // Wait for the last confirmations, then check what the keeper did and how fast.
    let status = wait_for("every action confirmed or settled", Duration::from_secs(20), || async {
        let status = keeper.status();
        let busy = status["actionsByState"]["submitted"].as_u64().unwrap_or(0)
            + status["actionsByState"]["mined"].as_u64().unwrap_or(0);
        Ok((busy == 0).then_some(status))
    })
    .await?;
    let confirmed = confirmed_since(&status, started + 1);
    for kind in ["forced-batch", "censorship", "missed-slot", "equivocation", "record-conflict"] {
        ensure!(confirmed.iter().any(|(k, _, _)| k == kind), "no confirmed {kind} in {status}");
    }
    for (kind, provable_at, latency) in &confirmed {
        ensure!(*latency <= 2, "{kind} provable at {provable_at} took {latency} blocks: {status}");
    }
    let bounty: u128 = status["bountyWei"].as_str().unwrap_or("0").parse()?;
    ensure!(bounty > 0, "bounties earned");
    // The status figure is the sum of the bounties the registry credited this keeper; equivocation bounties
    // are paid at once, the others wait in escrow (an equivocation takes back what was escrowed against the
    // equivocator, so the two do not add up to the figure).
    let filter = alloy::rpc::types::Filter::new()
        .address(*chain.registry.address())
        .event_signature(baton_l1::slashes::SLASH_EVENTS.to_vec())
        .from_block(0);
    let (mut credited, mut paid_at_once) = (U256::ZERO, U256::ZERO);
    for log in chain.provider.get_logs(&filter).await? {
        for slash in baton_l1::slashes::slashes_in(&log, params.bountyBps)? {
            if slash.reporter == keeper_key.address() {
                credited += slash.bounty;
                if slash.release_at == 0 {
                    paid_at_once += slash.bounty;
                }
            }
        }
    }
    ensure!(
        credited == U256::from(bounty),
        "status bounty {bounty} is what the registry credited: {credited}"
    );
    ensure!(
        chain.registry.payoutOf(keeper_key.address()).call().await? == paid_at_once,
        "equivocation bounties are paid at once"
    );
    let text = reqwest::get(format!("{}/metrics", keeper.url())).await?.text().await?;
    for line in [
        "baton_keeper_actions_confirmed_total{kind=\"equivocation\"} 1",
        "baton_keeper_actions_confirmed_total{kind=\"record-conflict\"} 1",
        "baton_keeper_actions_confirmed_total{kind=\"censorship\"} 1",
        "baton_keeper_evidence_accepted_total 3",
    ] {
        ensure!(text.contains(line), "metrics lack `{line}`:\n{text}");
    }
    // Every missed slot the keeper reported is recorded as proven under the digest the keeper computed.
    for action in status["actions"].as_array().into_iter().flatten().filter(|a| a["kind"] == "missed-slot") {
        let key: B256 = action["key"].as_str().unwrap_or_default().parse()?;
        ensure!(proven(&chain, key).await?, "missed slot {key} not proven on chain");
    }
    ensure!(
        !proven(&chain, missed_slot_digest(first_slot)).await?,
        "the slot whose leader posted was not reported"
    );

    // Once the escrows end, the keeper releases its slashes' payouts, except those an equivocation proof took
    // back because the offender was one of the equivocators.
    let censorship_escrow = chain.escrow_of(censorship_digest(entry)).await?;
    let censor = chain.registry.operatorIdOf(censorship_escrow.offender).call().await?;
    let forfeited = chain.registry.operator(censor).call().await?.status == 4;
    chain.mine_to(censorship_escrow.releaseAt + u64::from(params.slotLength)).await?;
    wait_for("every escrow released or forfeited", Duration::from_secs(30), || async {
        Ok((chain.registry.totalEscrowed().call().await?.is_zero()).then_some(()))
    })
    .await?;
    let expected = if forfeited { U256::ZERO } else { compensation };
    ensure!(
        chain.registry.payoutOf(user).call().await? == expected,
        "the user's compensation is paid unless its censor was ejected (forfeited: {forfeited})"
    );
    chain.provider.anvil_set_interval_mining(0).await?;
    keeper.stop().await;
    Ok(())
}

/// Mines `blocks` blocks one by one (auto-mining off or on).
async fn mine(chain: &Chain, blocks: u64) -> Result<()> {
    chain.mine(blocks).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reorg_removing_an_indexed_entry_is_rewound() -> Result<()> {
    init_tracing();
    let chain = Chain::deploy().await?;
    let dir = tempfile::tempdir()?;
    let mut config = keeper_config(
        &chain,
        chain.anvil.endpoint().as_str(),
        chain.anvil.keys()[7].clone().into(),
        dir.path(),
    )
    .await?;
    config.policy.missed_slots = false; // no operators: only the forced queue matters here
    let keeper = baton_keeper::start(config).await?;

    let snapshot = chain.provider.anvil_snapshot().await?;
    let removed = enqueue(&chain, 8).await?;
    let seen = wait_for("the keeper to index the entry", Duration::from_secs(10), || async {
        let status = keeper.status();
        Ok((status["queueLength"] == 1).then_some(status["indexed"].as_u64().unwrap_or(0)))
    })
    .await?;
    // The block holding the entry is replaced by empty blocks of the same heights.
    ensure!(chain.provider.anvil_revert(snapshot).await?, "reverted");
    mine(&chain, 3).await?;
    let status = wait_for("the keeper to rewind", Duration::from_secs(10), || async {
        let status = keeper.status();
        Ok((status["queueLength"] == 0 && status["indexed"].as_u64().unwrap_or(0) >= seen).then_some(status))
    })
    .await?;
    ensure!(
        keeper.metrics().reorgs.load(std::sync::atomic::Ordering::Relaxed) >= 1,
        "reorg counted: {status}"
    );

    // Past the removed entry's deadline the keeper does nothing about it...
    mine(&chain, u64::from(test_params().inclusionWindow) + 2).await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    ensure!(keeper.status()["actionsByState"] == json!({}), "acted on a removed entry: {}", keeper.status());
    // ...and a new entry at the same index is followed from its own deadline.
    let replacement = enqueue(&chain, 9).await?;
    ensure!(replacement == removed, "same index reused");
    let inbox = BatchInbox::new(chain.inbox, chain.provider.clone());
    let (deadline, _) = {
        let e = inbox.entry(replacement).call().await?;
        (e.deadline, e.sender)
    };
    chain.mine_to(deadline + 1).await?;
    wait_for("the replacement forced in", Duration::from_secs(15), || async {
        mine(&chain, 1).await?;
        Ok((inbox.queueHead().call().await? == 1).then_some(()))
    })
    .await?;
    keeper.stop().await;
    Ok(())
}

/// A deployment with one registered operator, mined into epoch 2 where it is scheduled; returns the chain, the
/// operator and the first slot of epoch 2.
async fn one_operator_in_epoch_two() -> Result<(Chain, TestSigner, u64)> {
    let chain = Chain::deploy().await?;
    let operator = TestSigner::new(&chain, 1);
    chain.register(operator.key.address()).await?;
    let schedule = chain.schedule().await?;
    let slot = schedule.epoch_first_slot(2);
    chain.mine_to(schedule.slot_start(slot) + 1).await?;
    Ok((chain, operator, slot))
}

/// Two different headers `signer` signed for `batch` in `slot`, as a `POST /evidence` body.
fn equivocation(chain: &Chain, signer: &TestSigner, batch: u64, slot: u64) -> Result<String> {
    let header = |root: u8| BatchHeader {
        l2ChainId: L2_CHAIN_ID,
        batchNumber: batch,
        slot,
        txRoot: B256::repeat_byte(root),
        ..Default::default()
    };
    Ok(serde_json::to_string(&vec![signer.sign(chain, header(1))?, signer.sign(chain, header(2))?])?)
}

/// Claim delays of two keeper accounts for the equivocation of `signer` in `batch`, in milliseconds.
fn delay(keeper: Address, signer: Address, batch: u64) -> u128 {
    baton_keeper::executor::claim_delay(
        keeper,
        &equivocation_digest(signer, batch).to_string(),
        Duration::from_millis(300),
    )
    .as_millis()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_keepers_race_for_one_fault_and_only_one_spends_gas() -> Result<()> {
    init_tracing();
    let (chain, equivocator, slot) = one_operator_in_epoch_two().await?;
    let keys: Vec<PrivateKeySigner> =
        [5usize, 6].iter().map(|i| chain.anvil.keys()[*i].clone().into()).collect();
    // The staggering works when the delays differ by more than a send's propagation time; these two accounts'
    // delays for this fault are far apart (checked, so the test proves the mechanism, not luck).
    let batch = 3;
    let gap = delay(keys[0].address(), equivocator.key.address(), batch).abs_diff(delay(
        keys[1].address(),
        equivocator.key.address(),
        batch,
    ));
    ensure!(gap >= 40, "pick keeper accounts whose claim delays differ (gap {gap} ms)");

    let dirs = [tempfile::tempdir()?, tempfile::tempdir()?];
    let mut keepers = Vec::new();
    for (key, dir) in keys.iter().zip(&dirs) {
        let mut config =
            keeper_config(&chain, chain.anvil.endpoint().as_str(), key.clone(), dir.path()).await?;
        config.policy.missed_slots = false;
        keepers.push(baton_keeper::start(config).await?);
    }
    chain.provider.anvil_set_auto_mine(false).await?;
    chain.provider.anvil_set_interval_mining(1).await?;
    let pair = equivocation(&chain, &equivocator, batch, slot)?;
    // Both keepers learn of the fault at the same moment.
    let urls: Vec<String> = keepers.iter().map(|k| format!("{}/evidence", k.url())).collect();
    let (a, b) = tokio::join!(post(&urls[0], pair.clone()), post(&urls[1], pair));
    ensure!(a?.0 == 202 && b?.0 == 202, "both accepted the evidence");
    wait_for("the slash", Duration::from_secs(20), || async {
        Ok(ejected(&chain, equivocator.key.address()).await?.then_some(()))
    })
    .await?;
    mine(&chain, 2).await?;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let mut sent = Vec::new();
    for key in &keys {
        sent.push(chain.provider.get_transaction_count(key.address()).pending().await?);
    }
    ensure!(sent.iter().sum::<u64>() == 1, "exactly one keeper sent a transaction: {sent:?}");
    let winner = usize::from(sent[1] == 1);
    let loser = 1 - winner;
    let states = |k: &baton_keeper::KeeperHandle| k.status()["actionsByState"].clone();
    ensure!(states(&keepers[winner]) == json!({"confirmed": 1}), "winner: {}", keepers[winner].status());
    ensure!(
        states(&keepers[loser]) == json!({"settled": 1}),
        "loser stood down: {}",
        keepers[loser].status()
    );
    let initial = U256::from(10_000u64) * U256::from(10u64).pow(U256::from(18));
    ensure!(chain.provider.get_balance(keys[loser].address()).await? == initial, "the loser spent no gas");
    chain.provider.anvil_set_interval_mining(0).await?;
    for keeper in keepers {
        keeper.stop().await;
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keeper_works_on_a_fork() -> Result<()> {
    init_tracing();
    // The fork source plays mainnet: the deployment and its history live there.
    // Three missed slots jail the operator: the entry falls due in the third, which it still answers for.
    let mut params = test_params();
    params.strikesToJail = 3;
    let chain = Chain::deploy_with(params).await?;
    let operator = TestSigner::new(&chain, 1);
    chain.register(operator.key.address()).await?;
    let schedule = chain.schedule().await?;
    chain.mine_to(schedule.slot_start(schedule.epoch_first_slot(2))).await?;
    let enqueued = enqueue(&chain, 8).await?;
    let fork_block = chain.block().await?;

    let fork = baton_foundry::spawn(
        baton_foundry::anvil()?.fork(chain.anvil.endpoint()).fork_block_number(fork_block).block_time(1),
    )?;
    let fork_provider = alloy::providers::ProviderBuilder::new().connect_http(fork.endpoint_url()).erased();
    let dir = tempfile::tempdir()?;
    // Over WebSocket: new heads arrive by subscription.
    let keeper = baton_keeper::start(
        keeper_config(&chain, &fork.ws_endpoint(), chain.anvil.keys()[7].clone().into(), dir.path()).await?,
    )
    .await?;
    // On the fork, the operator misses its slots (jailed) and the entry queued before the fork goes overdue.
    let fork_registry = baton_bindings::sequencer_registry::SequencerRegistry::new(
        *chain.registry.address(),
        fork_provider.clone(),
    );
    let fork_inbox = BatchInbox::new(chain.inbox, fork_provider.clone());
    wait_for("the entry forced in on the fork", Duration::from_secs(40), || async {
        Ok((fork_inbox.queueHead().call().await? > enqueued).then_some(()))
    })
    .await?;
    wait_for("the operator jailed on the fork", Duration::from_secs(40), || async {
        Ok((fork_registry.operator(0).call().await?.status == 2).then_some(()))
    })
    .await?;
    wait_for("censorship proven on the fork", Duration::from_secs(40), || async {
        Ok(fork_registry.faultProven(censorship_digest(enqueued)).call().await?.then_some(()))
    })
    .await?;
    // Nobody bonded ever posted: the keeper reports the escape hatch open.
    wait_for("the escape hatch reported open", Duration::from_secs(20), || async {
        Ok((keeper.status()["escapeHatchOpen"] == true).then_some(()))
    })
    .await?;
    ensure!(fork_inbox.escapeHatchOpen().call().await?, "and so it is");
    // The source chain is untouched.
    ensure!(!proven(&chain, censorship_digest(enqueued)).await?, "the fork source was not written to");
    ensure!(keeper.status()["indexed"].as_u64().unwrap_or(0) > fork_block, "indexed past the fork point");
    keeper.stop().await;
    Ok(())
}

/// Serves `body` as JSON to every request on a free port (a feed that a test controls); returns its base URL.
async fn static_feed(body: String) -> Result<String> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/", listener.local_addr()?);
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let body = body.clone();
            tokio::spawn(async move {
                use tokio::io::{AsyncReadExt, AsyncWriteExt};
                let mut request = [0u8; 4096];
                let _ = socket.read(&mut request).await;
                let response = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = socket.write_all(response.as_bytes()).await;
            });
        }
    });
    Ok(url)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn feeds_are_evidence_honest_headers_raise_nothing_and_a_conflict_is_slashed() -> Result<()> {
    init_tracing();
    let chain = Chain::deploy().await?;
    let operator = TestSigner::new(&chain, 1);
    chain.register(operator.key.address()).await?;
    let schedule = chain.schedule().await?;
    let slot = schedule.epoch_first_slot(2);
    chain.mine_to(schedule.slot_start(slot)).await?;

    // An honest node posts a batch in every slot and publishes what it signed on its feed.
    let node_dir = tempfile::tempdir()?;
    let node = baton_node::start(
        baton_e2e::node_config(&chain, operator.key.clone(), node_dir.path(), baton_node::DataMode::Calldata)
            .await?,
    )
    .await?;
    // Elsewhere, the same operator's key signed another header for batch 40; a second feed serves it, next to
    // a header whose signature does not match (refused and counted).
    let leaked = operator.sign(
        &chain,
        BatchHeader {
            l2ChainId: L2_CHAIN_ID,
            batchNumber: 40,
            slot,
            txRoot: B256::repeat_byte(1),
            ..Default::default()
        },
    )?;
    let mut bogus = leaked.clone();
    bogus.header.batchNumber = 41;
    let feed = static_feed(serde_json::to_string(&vec![leaked.clone(), bogus])?).await?;

    let dir = tempfile::tempdir()?;
    let mut config = keeper_config(
        &chain,
        chain.anvil.endpoint().as_str(),
        chain.anvil.keys()[7].clone().into(),
        dir.path(),
    )
    .await?;
    config.feeds = vec![node.url().parse()?, feed.parse()?];
    config.policy.missed_slots = false;
    let keeper = baton_keeper::start(config).await?;
    chain.provider.anvil_set_auto_mine(false).await?;
    chain.provider.anvil_set_interval_mining(1).await?;

    let posted = wait_for("the node's headers in the keeper", Duration::from_secs(30), || async {
        let status = keeper.status();
        let batches = status["batches"].as_u64().unwrap_or(0);
        Ok((batches >= 3 && status["evidence"].as_u64().unwrap_or(0) > batches).then_some(batches))
    })
    .await?;
    ensure!(
        keeper.status()["actionsByState"] == json!({}),
        "honest headers that match the record are no fault: {}",
        keeper.status()
    );
    ensure!(
        keeper.metrics().evidence_rejected.load(std::sync::atomic::Ordering::Relaxed) >= 1,
        "bogus refused"
    );

    // A user submits the header they were given for batch 40: it conflicts with the leaked one.
    let given = operator.sign(
        &chain,
        BatchHeader {
            l2ChainId: L2_CHAIN_ID,
            batchNumber: 40,
            slot,
            txRoot: B256::repeat_byte(2),
            ..Default::default()
        },
    )?;
    let (status, _) = post(&format!("{}/evidence", keeper.url()), serde_json::to_string(&given)?).await?;
    ensure!(status == 202, "accepted");
    wait_for("the equivocation slash", Duration::from_secs(20), || async {
        Ok(ejected(&chain, operator.key.address()).await?.then_some(()))
    })
    .await?;
    ensure!(posted >= 3);
    chain.provider.anvil_set_interval_mining(0).await?;
    keeper.stop().await;
    node.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stuck_transaction_is_replaced_at_a_higher_fee_and_lands_once() -> Result<()> {
    init_tracing();
    let (chain, equivocator, slot) = one_operator_in_epoch_two().await?;
    let key: PrivateKeySigner = chain.anvil.keys()[7].clone().into();
    let dir = tempfile::tempdir()?;
    let mut config = keeper_config(&chain, chain.anvil.endpoint().as_str(), key.clone(), dir.path()).await?;
    config.policy.missed_slots = false;
    config.tx.tx_timeout = Duration::from_secs(2);
    let keeper = baton_keeper::start(config).await?;
    // Nothing is mined while the keeper's transaction waits.
    chain.provider.anvil_set_auto_mine(false).await?;
    let pair = equivocation(&chain, &equivocator, 2, slot)?;
    let (status, _) = post(&format!("{}/evidence", keeper.url()), pair).await?;
    ensure!(status == 202);
    let metrics = keeper.metrics();
    wait_for("two fee bumps", Duration::from_secs(20), || async {
        Ok((metrics.fee_bumps.load(std::sync::atomic::Ordering::Relaxed) >= 2).then_some(()))
    })
    .await?;
    // The pool holds one transaction of the keeper: each replacement took the place of the one before.
    let pool: Value = chain.provider.raw_request("txpool_content".into(), ()).await?;
    let senders = pool["pending"].as_object().cloned().unwrap_or_default();
    ensure!(senders.len() == 1, "one sender in the pool: {pool}");
    let txs = senders.values().next().and_then(Value::as_object).cloned().unwrap_or_default();
    ensure!(txs.len() == 1, "one transaction of the keeper in the pool: {pool}");
    let tx = txs.values().next().cloned().unwrap_or_default();
    let offered =
        u128::from_str_radix(tx["maxFeePerGas"].as_str().unwrap_or("0x0").trim_start_matches("0x"), 16)?;
    chain.provider.anvil_set_auto_mine(true).await?;
    chain.mine(2).await?;
    wait_for("the slash", Duration::from_secs(10), || async {
        Ok(ejected(&chain, equivocator.key.address()).await?.then_some(()))
    })
    .await?;
    ensure!(
        chain.provider.get_transaction_count(key.address()).await? == 1,
        "exactly one transaction landed"
    );
    let fees = chain.provider.estimate_eip1559_fees().await?;
    ensure!(offered > fees.max_fee_per_gas, "the replacement offers more than a fresh estimate ({offered})");
    keeper.stop().await;
    Ok(())
}

/// A reorg deeper than the keeper's confirmations drops a report it had confirmed: the keeper follows the very
/// same transaction again (same nonce), so nothing waits behind a hole, and its figures are taken back until the
/// report lands again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_confirmed_report_dropped_by_a_deep_reorg_is_followed_again() -> Result<()> {
    init_tracing();
    let mut params = test_params();
    params.strikesToJail = u16::MAX; // nobody is jailed: every slot of the absent operator stays a fault
    let chain = Chain::deploy_with(params).await?;
    let operator = TestSigner::new(&chain, 1);
    chain.register(operator.key.address()).await?;
    let schedule = chain.schedule().await?;
    let first_slot = schedule.epoch_first_slot(2);
    chain.mine_to(schedule.slot_start(first_slot)).await?;
    let keeper_key: PrivateKeySigner = chain.anvil.keys()[7].clone().into();
    let dir = tempfile::tempdir()?;
    let mut config =
        keeper_config(&chain, chain.anvil.endpoint().as_str(), keeper_key.clone(), dir.path()).await?;
    config.tx.finality = 32;
    let keeper = baton_keeper::start(config).await?;
    chain.provider.anvil_set_auto_mine(false).await?;
    chain.provider.anvil_set_interval_mining(1).await?;

    // The first report is confirmed (one block deep)...
    let digest = missed_slot_digest(first_slot);
    let block = wait_for("the first report confirmed", Duration::from_secs(30), || async {
        let status = keeper.status();
        let block = status["actions"].as_array().into_iter().flatten().find_map(|a| {
            (a["key"] == digest.to_string() && a["state"]["state"] == "confirmed")
                .then(|| a["state"]["block"].as_u64())
                .flatten()
        });
        Ok(block)
    })
    .await?;
    // ...then a fork without it replaces its block and the ones after (deeper than the confirmations).
    let head = chain.block().await?;
    chain
        .provider
        .anvil_reorg(alloy::rpc::types::anvil::ReorgOptions {
            depth: head - block + 1,
            tx_block_pairs: Vec::new(),
        })
        .await?;
    ensure!(!proven(&chain, digest).await?, "the report is gone from the chain");

    // The keeper sends the same transaction again; it and every later report land, once each.
    wait_for("the report proven again", Duration::from_secs(30), || async {
        Ok(proven(&chain, digest).await?.then_some(()))
    })
    .await?;
    let later = missed_slot_digest(schedule.slot_at(chain.block().await?) + 1);
    wait_for("a later report proven", Duration::from_secs(30), || async {
        Ok(proven(&chain, later).await?.then_some(()))
    })
    .await?;
    chain.provider.anvil_set_interval_mining(0).await?;
    let status = keeper.status();
    keeper.stop().await;
    let nonce = chain.provider.get_transaction_count(keeper_key.address()).await?;
    let confirmed_or_pending: u64 = ["confirmed", "mined", "submitted"]
        .iter()
        .map(|s| status["actionsByState"][s].as_u64().unwrap_or(0))
        .sum();
    ensure!(nonce <= confirmed_or_pending, "every nonce went to a report ({nonce} vs {status})");
    Ok(())
}

/// `POST /evidence` stores only what can ever prove something, and a bounded amount of it per signer: headers
/// of signers that are not registered, or that name a batch or slot out of reach, are refused; a signer's
/// stored headers are capped.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn evidence_is_bounded_by_signer_reach_and_count() -> Result<()> {
    init_tracing();
    let (chain, operator, slot) = one_operator_in_epoch_two().await?;
    let dir = tempfile::tempdir()?;
    let keeper = baton_keeper::start(
        keeper_config(
            &chain,
            chain.anvil.endpoint().as_str(),
            chain.anvil.keys()[7].clone().into(),
            dir.path(),
        )
        .await?,
    )
    .await?;
    let url = format!("{}/evidence", keeper.url());
    let header = |batch: u64, slot: u64| BatchHeader {
        l2ChainId: L2_CHAIN_ID,
        batchNumber: batch,
        slot,
        ..Default::default()
    };

    let stranger = TestSigner::new(&chain, 9);
    let (status, reply) =
        post(&url, serde_json::to_string(&stranger.sign(&chain, header(0, slot))?)?).await?;
    ensure!(status == 422 && reply.to_string().contains("not a registered signer"), "{status} {reply}");
    let (status, reply) =
        post(&url, serde_json::to_string(&operator.sign(&chain, header(100_000, slot))?)?).await?;
    ensure!(status == 422 && reply.to_string().contains("out of reach"), "{status} {reply}");
    let (status, reply) =
        post(&url, serde_json::to_string(&operator.sign(&chain, header(0, slot + 1_000))?)?).await?;
    ensure!(status == 422 && reply.to_string().contains("out of reach"), "{status} {reply}");

    // Up to the cap, then refused with 429.
    let cap = baton_keeper::evidence::MAX_PER_SIGNER as u64;
    for chunk in 0..cap / 64 {
        let list: Vec<_> =
            (0..64).map(|i| operator.sign(&chain, header(chunk * 64 + i, slot))).collect::<Result<_>>()?;
        let (status, reply) = post(&url, serde_json::to_string(&list)?).await?;
        ensure!(status == 202 && reply["accepted"] == 64, "{status} {reply}");
    }
    let (status, reply) =
        post(&url, serde_json::to_string(&operator.sign(&chain, header(1, slot + 1))?)?).await?;
    ensure!(status == 429, "over the cap: {status} {reply}");
    let accepted = keeper.metrics().evidence_accepted.load(std::sync::atomic::Ordering::Relaxed);
    ensure!(accepted == cap, "{accepted} stored");
    keeper.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn certificates_are_verified_a_conflict_ejects_only_the_double_signers_and_unserved_data_is_reported(
) -> Result<()> {
    use baton_protocol::{
        calldata,
        committee::{Attestation, CertifiedAttestation},
    };
    use std::collections::BTreeMap;

    init_tracing();
    let chain = Chain::deploy_with(test_params()).await?;
    let schedule = chain.schedule().await?;
    let baton_e2e::SealedCommittee { signers, keys, committee, epoch } = chain.sealed_committee(4, 7).await?;

    // The keeper knows no node: nobody serves committee data to it.
    let dir = tempfile::tempdir()?;
    let config = keeper_config(
        &chain,
        chain.anvil.endpoint().as_str(),
        chain.anvil.keys()[7].clone().into(),
        dir.path(),
    )
    .await?;
    let keeper = baton_keeper::start(config).await?;
    let url = format!("{}/certificates", keeper.url());

    // The slot's leader posts a committee batch certified by three of four (the quorum).
    let slot = schedule.slot_at(chain.block().await? + 1);
    let leader = chain.registry.leaderOf(slot).call().await?;
    let inbox = BatchInbox::new(chain.inbox, chain.provider.clone());
    let header = BatchHeader {
        l2ChainId: L2_CHAIN_ID,
        batchNumber: inbox.batchCount().call().await?,
        slot,
        dataCommitment: alloy::primitives::keccak256("data only the committee holds"),
        txRoot: alloy::primitives::keccak256("a tx root"),
        queuePosition: inbox.queueHead().call().await?,
        sequencer: signers[usize::from(leader)].address(),
        ..Default::default()
    };
    let domain = chain.domain();
    let certify = |header: &BatchHeader, ids: &[u8]| -> Result<CertifiedAttestation> {
        let attestation = Attestation::of(header);
        let digest = attestation.digest(&domain);
        let signatures: BTreeMap<u8, _> =
            ids.iter().map(|id| (*id, keys[usize::from(*id)].attest(digest))).collect();
        Ok(CertifiedAttestation::new(attestation, &committee.certify(&signatures)?))
    };
    let posted = certify(&header, &[0, 1, 2])?;
    let input = calldata::Posted::sent_by_signer(&header, leader, header.queuePosition)?.encode(
        calldata::Entry::Committee,
        &committee.certified_batch_payload(&header, &posted.certificate()),
    );
    let receipt = chain.send_to_inbox(&chain.provider_for(usize::from(leader) + 1), input, None).await?;
    ensure!(receipt.status(), "the committee batch was refused");
    chain.provider.anvil_set_auto_mine(false).await?;
    chain.provider.anvil_set_interval_mining(1).await?;
    wait_for("the unserved committee data reported", Duration::from_secs(20), || async {
        let unavailable =
            keeper.metrics().committee_data_unavailable.load(std::sync::atomic::Ordering::Relaxed);
        Ok((unavailable == 1 && keeper.status()["committeeDataUnavailable"] == json!([header.batchNumber]))
            .then_some(()))
    })
    .await?;

    // Refused: malformed, one short of the quorum, a signature over another header, a slot out of reach.
    let other = BatchHeader { dataCommitment: alloy::primitives::keccak256("other data"), ..header.clone() };
    let short = certify(&other, &[1, 2])?;
    let mut forged = certify(&other, &[1, 2, 3])?;
    forged.signature = posted.signature;
    let mut far = BatchHeader { slot: slot + 1_000, ..other.clone() };
    far.batchNumber += 1;
    let far = certify(&far, &[1, 2, 3])?;
    for (name, body, expected) in [
        ("malformed", "{\"attestation\": 1}".to_string(), 400),
        ("one short of the quorum", serde_json::to_string(&short)?, 422),
        ("forged", serde_json::to_string(&forged)?, 422),
        ("out of reach", serde_json::to_string(&far)?, 422),
    ] {
        let (status, reply) = post(&url, body).await?;
        ensure!(status == expected, "{name}: {status} {reply}");
    }
    ensure!(keeper.status()["certificates"] == 0, "nothing refused is held");

    // A holder hands in both certificates for the position: only the members in both signer sets (1 and 2) pay.
    let conflicting = certify(&other, &[1, 2, 3])?;
    let (status, reply) = post(&url, serde_json::to_string(&vec![posted, conflicting])?).await?;
    ensure!(status == 202 && reply["accepted"] == 2, "{status} {reply}");
    wait_for("the double signers ejected", Duration::from_secs(20), || async {
        Ok((ejected(&chain, signers[1].address()).await? && ejected(&chain, signers[2].address()).await?)
            .then_some(()))
    })
    .await?;
    for id in [0usize, 3] {
        ensure!(!ejected(&chain, signers[id].address()).await?, "operator {id} signed one header only");
    }
    // The keeper counts its proof once the block holding it has its confirmation.
    let kinds = wait_for("the proof confirmed", Duration::from_secs(20), || async {
        let kinds: Vec<String> = confirmed_since(&keeper.status(), 0).into_iter().map(|(k, ..)| k).collect();
        Ok((!kinds.is_empty()).then_some(kinds))
    })
    .await?;
    ensure!(kinds == ["certificate-conflict"], "one proof: {kinds:?}");

    // Certificates that never reached L1 conflict in the next epoch, whose committee nobody sealed (no committee
    // batch was posted in it): the keeper seals it itself, then proves the conflict; operators 0 and 3 signed both.
    let next = epoch + 1;
    let committees = baton_bindings::committee_certificates::CommitteeCertificates::new(
        chain.committee,
        chain.provider.clone(),
    );
    ensure!(committees.committeeHash(next).call().await?.is_zero(), "epoch {next} starts unsealed");
    chain.mine_to(schedule.slot_start(schedule.epoch_first_slot(next))).await?;
    let registry = *chain.registry.address();
    let next_committee =
        baton_l1::committee::committee_of(&chain.provider, registry, chain.committee, next, 0).await?;
    let members: Vec<u8> = baton_protocol::roster::ids(next_committee.keyed()).collect();
    let later = BatchHeader { slot: schedule.slot_at(chain.block().await? + 1), ..other.clone() };
    let certify_next = |header: &BatchHeader| -> Result<CertifiedAttestation> {
        let attestation = Attestation::of(header);
        let digest = attestation.digest(&domain);
        let signatures: BTreeMap<u8, _> =
            members.iter().map(|id| (*id, keys[usize::from(*id)].attest(digest))).collect();
        Ok(CertifiedAttestation::new(attestation, &next_committee.certify(&signatures)?))
    };
    let twin = BatchHeader { dataCommitment: alloy::primitives::keccak256("twin data"), ..later.clone() };
    let pair = vec![certify_next(&later)?, certify_next(&twin)?];
    let (status, reply) = post(&url, serde_json::to_string(&pair)?).await?;
    ensure!(status == 202 && reply["accepted"] == 2, "{status} {reply}");
    wait_for("the remaining double signers ejected", Duration::from_secs(30), || async {
        Ok((ejected(&chain, signers[0].address()).await? && ejected(&chain, signers[3].address()).await?)
            .then_some(()))
    })
    .await?;
    ensure!(!committees.committeeHash(next).call().await?.is_zero(), "the keeper sealed epoch {next}");
    let kinds = wait_for("both actions confirmed", Duration::from_secs(20), || async {
        // Slots pass without a batch here: the keeper also reports their leaders, which is not looked at.
        let mut kinds: Vec<String> = confirmed_since(&keeper.status(), 0)
            .into_iter()
            .map(|(k, ..)| k)
            .filter(|k| k != "missed-slot")
            .collect();
        kinds.sort();
        Ok((kinds.len() == 3).then_some(kinds))
    })
    .await?;
    ensure!(kinds == ["certificate-conflict", "certificate-conflict", "seal-committee"], "{kinds:?}");
    chain.provider.anvil_set_interval_mining(0).await?;
    keeper.stop().await;
    Ok(())
}
