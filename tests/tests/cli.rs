//! The `baton` operator and user commands against a real anvil: deploy writes a deployment file the other
//! commands read; register, top-up, exit and the refusals of withdraw and unjail (decoded into words); status
//! shows the roster and the schedule; a deposit is queued; force-include with no sequencer takes the transaction
//! through the L1 queue and appends the forced batch itself; track finds it.

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
    let (_, id) =
        ops::act(&rpc, &deployment, &keys[1], &OperatorAction::Register { signer, bond: params.min_bond })
            .await?;
    ensure!(id == Some(0), "first id");
    ops::act(&rpc, &deployment, &keys[1], &OperatorAction::TopUp { id: 0, amount: parse_ether("1")? })
        .await?;
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
    ensure!(format!("{:#}", refused.expect_err("not jailed")).contains("WrongStatus"));
    let refused = ops::act(&rpc, &deployment, &keys[3], &OperatorAction::Exit { id: 0 }).await;
    ensure!(format!("{:#}", refused.expect_err("not the owner")).contains("NotOwner"));
    ops::act(&rpc, &deployment, &keys[1], &OperatorAction::Exit { id: 0 }).await?;
    let refused = ops::act(&rpc, &deployment, &keys[1], &OperatorAction::Withdraw { id: 0 }).await;
    ensure!(format!("{:#}", refused.expect_err("too early")).contains("NotWithdrawableYet"));
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
        user::force_include(&rpc, &deployment, &keys[5], None, &raw, Duration::from_secs(1), &say),
    )
    .await??;
    ensure!(outcome.path == "own forced batch" || outcome.path == "forced queue", "{outcome:?}");
    ensure!(outcome.tracking.included(), "{outcome:?}");
    let steps = said.lock().expect("lock").join("\n");
    ensure!(steps.contains("no sequencer given") && steps.contains("queued as forced entry 1"), "{steps}");

    let hash = alloy::primitives::keccak256(&raw);
    let tracking = user::track(&rpc, &deployment, None, hash, 0).await?;
    ensure!(tracking.forced.is_some_and(|(index, _, included)| index == 1 && included), "{tracking:?}");
    ensure!(tracking.describe().contains("forced queue"));
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

    // A proxy-style slot filled in: an admin path, named.
    let provider = ops::connect(&rpc, &key);
    let slot = alloy::primitives::U256::from_be_bytes(
        alloy::primitives::b256!("360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc").0,
    );
    provider
        .anvil_set_storage_at(deployment.registry, slot, alloy::primitives::B256::with_last_byte(1))
        .await?;
    let report = baton_cli::verify::verify(&rpc, &deployment, &root, 12.0).await?;
    ensure!(!report.ok() && !report.contracts[0].no_admin_path, "{}", baton_cli::verify::render(&report));

    // Different code at the inbox: a mismatch naming the inbox.
    let mut code = provider.get_code_at(deployment.inbox).await?.to_vec();
    let last = code.len() - 1;
    code[last] ^= 0x01;
    provider.anvil_set_code(deployment.inbox, code.into()).await?;
    let report = baton_cli::verify::verify(&rpc, &deployment, &root, 12.0).await?;
    let inbox = &report.contracts[1];
    ensure!(inbox.name == "BatchInbox" && !inbox.code_matches, "{}", baton_cli::verify::render(&report));
    ensure!(inbox.findings.iter().any(|f| f.contains("differs from this repository's BatchInbox")));
    Ok(())
}
