//! The `baton` operator and user commands against a real anvil: deploy writes a deployment file the other
//! commands read; register, top-up, exit and the refusals of withdraw and unjail (decoded into words); status
//! shows the roster and the schedule; a deposit is queued; force-include with no sequencer takes the transaction
//! through the L1 queue and appends the forced batch itself; track finds it; force-include again refuses.

use std::time::Duration;

use alloy::{
    primitives::{utils::parse_ether, Address},
    providers::{ext::AnvilApi, Provider},
    signers::local::PrivateKeySigner,
};
use baton_cli::{
    ops::{self, OperatorAction},
    user,
};
use baton_protocol::sample::TxFactory;
use eyre::{ensure, Result};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn operator_and_user_commands_work_end_to_end() -> Result<()> {
    let anvil = baton_foundry::spawn(baton_foundry::anvil()?)?;
    let rpc = anvil.endpoint_url();
    let keys: Vec<PrivateKeySigner> = anvil.keys().iter().map(|k| k.clone().into()).collect();
    let dir = tempfile::tempdir()?;
    let file = dir.path().join("deployments/31337.json");
    let mut params = baton_cli::default_params();
    params.slot_length = 4;
    params.slots_per_epoch = 4;
    params.inclusion_window = 6;
    let deployment = ops::deploy(&rpc, &keys[0], &params, &file).await?;
    let written = baton_config::deployment(&file)?;
    ensure!(written == deployment && written.params == params, "the file holds what was deployed");

    // Owner key 1 bonds signer 2; tops up; the roster and schedule show it.
    let signer = keys[2].address();
    let registered =
        ops::act(&rpc, &deployment, &keys[1], &OperatorAction::Register { signer, bond: params.min_bond })
            .await?;
    ensure!(registered.id == 0, "first id");
    let said = registered.describe();
    ensure!(said.starts_with("registered as operator 0 with 10.0000 ETH bonded for signer"), "{said}");
    let topped = ops::act(
        &rpc,
        &deployment,
        &keys[1],
        &OperatorAction::TopUp { id: 0, amount: parse_ether("1")?, confirmed: false },
    )
    .await?;
    let json = serde_json::to_value(&topped)?;
    ensure!(
        json["action"] == "top-up" && json["id"] == 0 && json["bondWei"] == parse_ether("11")?.to_string(),
        "{json}"
    );
    let provider = ops::connect(&rpc, &keys[0]);
    provider.anvil_mine(Some(40), None).await?; // into epoch 2, where the operator leads every slot
    let status = ops::status(&rpc, &deployment, 4).await?;
    ensure!(
        status.roster.len() == 1
            && status.roster[0].signer == signer
            && status.roster[0].bond == parse_ether("11")?.to_string()
    );
    ensure!(
        status.schedule.iter().all(|s| s.order == vec![0]),
        "the only member leads: {:?}",
        status.schedule
    );
    let table = ops::render_status(&status);
    ensure!(table.contains("11.0000") && table.contains("Active"), "{table}");

    // Refusals come back in words.
    let refused = ops::act(&rpc, &deployment, &keys[1], &OperatorAction::Unjail { id: 0 }).await;
    let message = format!("{:#}", refused.expect_err("not jailed"));
    ensure!(message.contains("the operator is Active: it is bonded and scheduled"), "{message}");
    let refused = ops::act(&rpc, &deployment, &keys[3], &OperatorAction::Exit { id: 0 }).await;
    let message = format!("{:#}", refused.expect_err("not the owner"));
    ensure!(
        message.contains(&format!("only the operator's owner {} may do this", keys[1].address())),
        "{message}"
    );
    let exit = ops::act(&rpc, &deployment, &keys[1], &OperatorAction::Exit { id: 0 }).await?;
    ensure!(exit.describe().contains("`baton withdraw --id 0` pays out its bond from block"), "{exit:?}");
    let refused = ops::act(&rpc, &deployment, &keys[1], &OperatorAction::Withdraw { id: 0 }).await;
    let message = format!("{:#}", refused.expect_err("too early"));
    ensure!(
        message.contains("withdraw possible from block") && message.contains("blocks (about"),
        "{message}"
    );

    // A constructor refusal names the parameter, not raw bytes.
    let mut bad = params.clone();
    bad.jail_cooldown = bad.fault_window - 1;
    let refused = ops::deploy(&rpc, &keys[0], &bad, &dir.path().join("bad.json")).await;
    let message = format!("{:#}", refused.expect_err("invalid parameters"));
    ensure!(message.contains("parameter jailCooldown breaks a rule"), "{message}");
    ensure!(ops::status(&rpc, &deployment, 1).await?.roster[0].status == "Exiting");

    // A deposit is queued.
    let (entry, _) =
        user::deposit(&rpc, &deployment, &keys[4], Address::repeat_byte(7), parse_ether("0.5")?).await?;
    ensure!(entry == 0);

    // Force-include with no sequencer at all: straight to L1, then the user's own forced batch.
    provider.anvil_set_auto_mine(false).await?;
    provider.anvil_set_interval_mining(1).await?;
    let raw = TxFactory::new(deployment.params.l2_chain_id, 1, 5).next_raw();
    let wrong_chain = TxFactory::new(1, 1, 5).next_raw();
    ensure!(
        user::check_l2_transaction(&deployment, &wrong_chain).is_err(),
        "another chain's transaction is refused"
    );
    let said = std::sync::Mutex::new(Vec::new());
    let say = |s: &str| said.lock().expect("lock").push(s.to_string());
    let outcome = tokio::time::timeout(
        Duration::from_secs(90),
        user::force_include(
            &rpc,
            &[],
            &deployment,
            &keys[5],
            None,
            &raw,
            Duration::from_secs(1),
            false,
            &say,
        ),
    )
    .await??;
    ensure!(outcome.path == "own forced batch" || outcome.path == "forced queue", "{outcome:?}");
    ensure!(outcome.tracking.included(), "{outcome:?}");
    let steps = said.lock().expect("lock").join("\n");
    ensure!(steps.contains("no sequencer given") && steps.contains("queued as forced entry 1"), "{steps}");

    let hash = alloy::primitives::keccak256(&raw);
    let tracking = user::track(&rpc, &[], &deployment, None, hash, 0).await?;
    ensure!(tracking.forced.is_some_and(|(index, _, included)| index == 1 && included), "{tracking:?}");
    ensure!(tracking.describe().contains("forced queue"));

    // Following it ends at once: it is included, and the change was said once.
    let followed = std::sync::Mutex::new(Vec::new());
    let note = |s: &str| followed.lock().expect("lock").push(s.to_string());
    let tracking =
        user::follow(&rpc, &[], &deployment, None, hash, 0, Duration::from_secs(30), &note).await?;
    ensure!(tracking.included && followed.lock().expect("lock").len() == 1, "{tracking:?}");

    // Run again on the included transaction: refused, nothing queued or paid.
    let inbox = baton_bindings::batch_inbox::BatchInbox::new(deployment.inbox, provider.clone());
    let queued = inbox.queueLength().call().await?;
    let again = user::force_include(
        &rpc,
        &[],
        &deployment,
        &keys[5],
        None,
        &raw,
        Duration::from_secs(1),
        false,
        &say,
    )
    .await;
    let message = format!("{:#}", again.expect_err("already included"));
    ensure!(
        message.contains("is already included through the forced queue") && message.contains("--force"),
        "{message}"
    );
    ensure!(inbox.queueLength().call().await? == queued, "no second entry");
    provider.anvil_set_interval_mining(0).await?;
    let _ = provider.get_block_number().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_accepts_this_repositorys_code_and_names_what_differs() -> Result<()> {
    let anvil = baton_foundry::spawn(baton_foundry::anvil()?)?;
    let rpc = anvil.endpoint_url();
    let key: PrivateKeySigner = anvil.keys()[0].clone().into();
    let dir = tempfile::tempdir()?;
    let params = baton_cli::default_params();
    let deployment = ops::deploy(&rpc, &key, &params, &dir.path().join("d.json")).await?;
    let root = baton_foundry::repo_root().ok_or_else(|| eyre::eyre!("repository root"))?;

    let report = baton_cli::verify::verify(&rpc, &deployment, &root, 12.0).await?;
    ensure!(report.ok(), "{}", baton_cli::verify::render(&report));
    let text = baton_cli::verify::render(&report);
    ensure!(text.contains("25 blocks (about 5 minutes") && text.contains("2.0 days"), "{text}");
    ensure!(report.source.commit.len() == 40 && report.source.compiler.starts_with("solc 0.8.30"), "{text}");
    let code = alloy::providers::Provider::get_code_at(&ops::connect_read(&rpc), deployment.registry).await?;
    ensure!(report.contracts[0].code_hash == alloy::primitives::keccak256(&code), "{text}");
    let json = serde_json::to_value(&report)?;
    ensure!(json["params"]["faultWindow"] == 7200 && json["parameters"].is_array(), "{json}");

    // A parameter that differs from the file is named, and is not a code mismatch.
    let mut other = deployment.clone();
    other.params.exit_delay += 1;
    let report = baton_cli::verify::verify(&rpc, &other, &root, 12.0).await?;
    let text = baton_cli::verify::render(&report);
    ensure!(!report.ok() && report.contracts.iter().all(|c| c.code_matches), "{text}");
    ensure!(
        text.contains("PARAMETER DIFFERS: exitDelay is 14400 on chain, 14401 in the deployment file"),
        "{text}"
    );

    // Something else at the registry's address: a clear answer, not an ABI decoding error.
    let mut elsewhere = deployment.clone();
    elsewhere.registry = deployment.inbox;
    let refused = baton_cli::verify::verify(&rpc, &elsewhere, &root, 12.0).await;
    let message = format!("{:#}", refused.expect_err("not a registry"));
    ensure!(message.contains("is not a Baton registry"), "{message}");

    // A proxy-style slot filled in: an admin path, named.
    let provider = ops::connect(&rpc, &key);
    let slot = alloy::primitives::U256::from_be_bytes(
        alloy::primitives::b256!("360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc").0,
    );
    provider
        .anvil_set_storage_at(deployment.registry, slot, alloy::primitives::B256::with_last_byte(1))
        .await?;
    let report = baton_cli::verify::verify(&rpc, &deployment, &root, 12.0).await?;
    ensure!(
        !report.ok() && report.contracts[0].no_admin_path == Some(false),
        "{}",
        baton_cli::verify::render(&report)
    );

    // Different code at the inbox: a mismatch naming the inbox.
    let mut code = provider.get_code_at(deployment.inbox).await?.to_vec();
    let last = code.len() - 1;
    code[last] ^= 0x01;
    provider.anvil_set_code(deployment.inbox, code.into()).await?;
    let report = baton_cli::verify::verify(&rpc, &deployment, &root, 12.0).await?;
    let inbox = &report.contracts[1];
    ensure!(
        inbox.name == "BatchInbox" && !inbox.code_matches && inbox.no_admin_path.is_none(),
        "{}",
        baton_cli::verify::render(&report)
    );
    ensure!(inbox.findings.iter().any(|f| f.contains("differs from this repository's BatchInbox")));
    Ok(())
}

/// `baton claim`: a censored user's compensation and the reporter's bounty wait in escrow; the claim says until
/// when, then releases and withdraws them; an equivocation proof against the censor forfeits what is still
/// escrowed, and the claim says so.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn claim_releases_escrowed_payouts_when_they_unlock_and_names_forfeits() -> Result<()> {
    use alloy::primitives::U256;
    use baton_bindings::{batch_inbox::BatchInbox, sequencer_registry::SequencerRegistry};
    use baton_cli::payouts::{claim, EscrowState};
    use baton_protocol::BatchHeader;

    let anvil = baton_foundry::spawn(baton_foundry::anvil()?)?;
    let rpc = anvil.endpoint_url();
    let keys: Vec<PrivateKeySigner> = anvil.keys().iter().map(|k| k.clone().into()).collect();
    let dir = tempfile::tempdir()?;
    let mut params = baton_cli::default_params();
    (params.slot_length, params.slots_per_epoch, params.inclusion_window) = (4, 4, 6);
    (params.fault_window, params.jail_cooldown, params.exit_delay) = (40, 40, 80);
    let deployment = ops::deploy(&rpc, &keys[0], &params, &dir.path().join("d.json")).await?;
    let provider = ops::connect(&rpc, &keys[0]);
    let registry = SequencerRegistry::new(deployment.registry, provider.clone());
    // Two operators, each censoring one entry (owner key 1, signers 2 and 3); users 4 and 5; reporter 6.
    for signer in [keys[2].address(), keys[3].address()] {
        ops::act(&rpc, &deployment, &keys[1], &OperatorAction::Register { signer, bond: params.min_bond })
            .await?;
    }
    provider.anvil_mine(Some(40), None).await?;
    let genesis = registry.genesisBlock().call().await?;
    let schedule = baton_protocol::schedule::Schedule::for_deployment(&deployment, genesis);

    // Nobody posts: each entry's deadline slot ends without a batch, its leader answers for it. The two
    // deadlines fall in slots led by different operators.
    let mut entries = Vec::new();
    let mut leaders = Vec::new();
    for user in [4, 5] {
        loop {
            let next = provider.get_block_number().await? + 1;
            let slot = schedule.slot_at(next + u64::from(params.inclusion_window));
            let leader = registry.leaderOf(slot).call().await?;
            if !leaders.contains(&leader) {
                leaders.push(leader);
                break;
            }
            provider.anvil_mine(Some(1), None).await?;
        }
        let inbox = BatchInbox::new(deployment.inbox, ops::connect(&rpc, &keys[user]));
        let fee = deployment.params.forced_inclusion_fee;
        inbox.enqueueTransaction(vec![2u8].into()).value(fee).send().await?.get_receipt().await?;
        let index = inbox.queueLength().call().await? - 1;
        let (deadline, _) = inbox.entry(index).call().await?.into();
        entries.push((user, index, schedule.slot_at(deadline)));
    }
    let reporter = SequencerRegistry::new(deployment.registry, ops::connect(&rpc, &keys[6]));
    for (_, index, slot) in &entries {
        let head = provider.get_block_number().await?;
        if head + 1 < schedule.slot_start(slot + 1) {
            provider.anvil_mine(Some(schedule.slot_start(slot + 1) - head - 1), None).await?;
        }
        let no_headers: Vec<SequencerRegistry::BatchHeader> = Vec::new();
        reporter.slashCensorship(*index, 0, no_headers).send().await?.get_receipt().await?;
    }
    let digest = |index: u64| baton_keeper::strategy::censorship_digest(index);

    // Before the escrow ends: nothing released, the claim says until when.
    let early = claim(&rpc, &deployment, &keys[4], None).await?;
    ensure!(early.escrows.len() == 1 && early.escrows[0].state == EscrowState::Locked, "{early:?}");
    let escrow_of = |index: u64| {
        let provider = provider.clone();
        async move {
            let head = provider.get_block_number().await?;
            baton_l1::payouts::escrow_of(&provider, deployment.registry, digest(index), 0, head)
                .await?
                .ok_or_else(|| eyre::eyre!("no escrow for entry {index}"))
        }
    };
    let release_at = escrow_of(entries[0].1).await?.releaseAt;
    ensure!(early.escrows[0].release_at == release_at && early.withdrawn == "0", "{early:?}");
    ensure!(early.describe().contains(&format!("locked until block {release_at}")), "{}", early.describe());

    // The second censor equivocates before its escrow ends: what is escrowed against it is forfeited.
    let censor = registry.leaderOf(entries[1].2).call().await?;
    let censor_key = &keys[2 + usize::from(censor)];
    let domain = baton_protocol::header::domain(deployment.chain_id, deployment.inbox);
    let conflicting = |root: u8| BatchHeader {
        l2ChainId: deployment.params.l2_chain_id,
        batchNumber: 0,
        slot: entries[1].2,
        txRoot: alloy::primitives::B256::repeat_byte(root),
        sequencer: censor_key.address(),
        ..Default::default()
    };
    let (a, b) = (conflicting(1), conflicting(2));
    let (sig_a, sig_b) = (a.sign(&domain, censor_key)?, b.sign(&domain, censor_key)?);
    reporter
        .slashEquivocation(baton_l1::convert(&a), sig_a, baton_l1::convert(&b), sig_b)
        .send()
        .await?
        .get_receipt()
        .await?;

    let head = provider.get_block_number().await?;
    let last_release = escrow_of(entries[1].1).await?.releaseAt.max(release_at);
    provider.anvil_mine(Some(last_release.saturating_sub(head)), None).await?;
    let compensation = U256::from(registry.params().call().await?.censorshipCompensation);
    for (user, index, _) in &entries {
        let before = provider.get_balance(keys[*user].address()).await?;
        let done = claim(&rpc, &deployment, &keys[*user], None).await?;
        let offender = escrow_of(*index).await?.offender;
        if offender == censor_key.address() {
            ensure!(done.escrows[0].state == EscrowState::Forfeited && done.withdrawn == "0", "{done:?}");
            ensure!(done.describe().contains("forfeited"), "{}", done.describe());
        } else {
            ensure!(done.escrows[0].state == EscrowState::Released, "{done:?}");
            ensure!(done.withdrawn == compensation.to_string(), "{done:?}");
            let after = provider.get_balance(keys[*user].address()).await?;
            ensure!(after > before, "the compensation reached the user");
        }
    }
    // Claiming again finds nothing open and withdraws nothing.
    let again = claim(&rpc, &deployment, &keys[4], None).await?;
    ensure!(again.escrows.is_empty() && again.withdrawn == "0", "{again:?}");
    // Every escrow the registry announced was for one of the two slashes.
    let head = provider.get_block_number().await?;
    let announced = baton_l1::payouts::escrowed(&provider, deployment.registry, None, 0, head).await?;
    ensure!(announced.len() == 2, "two escrows: {announced:?}");
    Ok(())
}
