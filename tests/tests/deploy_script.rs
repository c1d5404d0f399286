//! Runs `script/Deploy.s.sol` with forge against a real anvil: a failed deployment leaves no file, and the file
//! `record` writes matches the chain.

use std::{
    path::{Path, PathBuf},
    process::{Command, Output},
};

use alloy::{
    network::EthereumWallet,
    node_bindings::AnvilInstance,
    primitives::U256,
    providers::{Provider, ProviderBuilder},
    signers::local::PrivateKeySigner,
};
use baton_bindings::sequencer_registry::SequencerRegistry;
use baton_foundry::Tool;
use baton_protocol::deployment::Deployment;
use eyre::{ensure, eyre, Result};

/// Removes the scratch deployment file even when the test fails.
struct RemoveOnDrop(PathBuf);

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Removes the scratch broadcast directory even when the test fails.
struct RemoveDirOnDrop(PathBuf);

impl Drop for RemoveDirOnDrop {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// `forge script script/Deploy.s.sol` with `args` against `anvil`, the deployment file at `file`.
fn forge_script_command(root: &Path, anvil: &AnvilInstance, file: &Path, args: &[&str]) -> Result<Command> {
    let mut command = Command::new(baton_foundry::find(Tool::Forge)?);
    command
        .current_dir(root)
        .args(["script", "script/Deploy.s.sol", "--rpc-url"])
        .arg(anvil.endpoint())
        .args(args)
        .env("BATON_DEPLOYMENT_FILE", file)
        .env("BATON_MIN_BOND", "2000000000000000000")
        .env("BATON_SLOT_LENGTH", "6")
        // Broadcast artifacts would land in the repository; keep them per run.
        .env("FOUNDRY_BROADCAST", broadcast_dir(anvil));
    Ok(command)
}

fn forge_script(root: &Path, anvil: &AnvilInstance, file: &Path, args: &[&str]) -> Result<Output> {
    Ok(forge_script_command(root, anvil, file, args)?.output()?)
}

fn broadcast_dir(anvil: &AnvilInstance) -> PathBuf {
    std::env::temp_dir().join(format!("baton-broadcast-{}", anvil.port()))
}

fn describe(output: &Output) -> String {
    format!("{}\n{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

#[tokio::test]
async fn deploy_script_records_only_a_deployment_that_is_on_chain() -> Result<()> {
    let anvil = baton_foundry::spawn(baton_foundry::anvil()?)?;
    let root = baton_foundry::repo_root().ok_or_else(|| eyre!("repository root not found"))?;
    // Scratch file under deployments/ (forge's fs_permissions), unique per anvil port.
    let file = RemoveOnDrop(root.join(format!("deployments/e2e-{}.json", anvil.port())));
    let _broadcast = RemoveDirOnDrop(broadcast_dir(&anvil));

    // A mistyped key (an account with no ETH): the broadcast fails and no file appears.
    let broke = alloy::hex::encode_prefixed(PrivateKeySigner::random().to_bytes());
    let output = forge_script(&root, &anvil, &file.0, &["--broadcast", "--private-key", &broke])?;
    ensure!(!output.status.success(), "a broadcast without funds must fail:\n{}", describe(&output));
    ensure!(!file.0.exists(), "a failed deployment left a deployment file behind");
    // Recording an address that holds no code is refused too.
    let output = forge_script(
        &root,
        &anvil,
        &file.0,
        &["--sig", "record(address)", &format!("{}", anvil.addresses()[5])],
    )?;
    ensure!(!output.status.success(), "recording a codeless address must fail:\n{}", describe(&output));
    ensure!(!file.0.exists(), "a refused record left a deployment file behind");

    // The real thing: deploy, then record what the chain holds.
    let key = alloy::hex::encode_prefixed(anvil.keys()[0].to_bytes());
    let output = forge_script(&root, &anvil, &file.0, &["--broadcast", "--slow", "--private-key", &key])?;
    ensure!(output.status.success(), "forge script failed:\n{}", describe(&output));
    ensure!(!file.0.exists(), "the deploy step writes no file");
    let artifact = broadcast_dir(&anvil).join("Deploy.s.sol/31337/run-latest.json");
    let run: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&artifact)?)?;
    // Three creations: InclusionReceipts and CommitteeCertificates, then the registry they name
    // (docs/PROTOCOL.md §Deployment).
    let created: Vec<&serde_json::Value> = run["transactions"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|t| t["transactionType"] == "CREATE")
        .collect();
    ensure!(created.len() == 3, "three contract creations: {}", artifact.display());
    ensure!(
        created[0]["contractName"] == "InclusionReceipts"
            && created[1]["contractName"] == "CommitteeCertificates"
            && created[2]["contractName"] == "SequencerRegistry"
    );
    let registry_address = created[2]["contractAddress"]
        .as_str()
        .ok_or_else(|| eyre!("no contractAddress in {}", artifact.display()))?
        .to_string();
    // Recording with other parameters than deployed is refused.
    let mut mismatched =
        forge_script_command(&root, &anvil, &file.0, &["--sig", "record(address)", &registry_address])?;
    let output = mismatched.env("BATON_SLOT_LENGTH", "7").output()?;
    ensure!(!output.status.success(), "recording other parameters must fail:\n{}", describe(&output));
    ensure!(!file.0.exists(), "a refused record left a deployment file behind");
    let output = forge_script(&root, &anvil, &file.0, &["--sig", "record(address)", &registry_address])?;
    ensure!(output.status.success(), "record failed:\n{}", describe(&output));

    let deployment = Deployment::from_json(&std::fs::read_to_string(&file.0)?)?;
    assert_eq!(deployment.chain_id, 31337);
    assert_eq!(format!("{:#x}", deployment.registry), registry_address.to_lowercase());

    let signer: PrivateKeySigner = anvil.keys()[0].clone().into();
    let provider =
        ProviderBuilder::new().wallet(EthereumWallet::from(signer)).connect_http(anvil.endpoint_url());
    let registry = SequencerRegistry::new(deployment.registry, provider.clone());
    assert_eq!(registry.inbox().call().await?, deployment.inbox);
    assert_eq!(registry.receipts().call().await?, deployment.receipts);
    assert_eq!(registry.committee().call().await?, deployment.committee);
    assert_eq!(
        format!("{:#x}", deployment.committee),
        created[1]["contractAddress"].as_str().unwrap_or("").to_lowercase()
    );
    assert_eq!(
        format!("{:#x}", deployment.receipts),
        created[0]["contractAddress"].as_str().unwrap_or("").to_lowercase()
    );
    assert!(!provider.get_code_at(deployment.inbox).await?.is_empty());

    let params = registry.params().call().await?;
    assert_eq!(U256::from(params.minBond), U256::from(2_000_000_000_000_000_000u128), "env override");
    assert_eq!(params.slotLength, 6, "env override");
    assert_eq!(params.slotsPerEpoch, 32, "default");
    assert_eq!(deployment.params.min_bond, U256::from(params.minBond));
    assert_eq!(deployment.params.slot_length, 6);
    assert_eq!(deployment.params.forced_inclusion_fee, U256::from(params.forcedInclusionFee));
    Ok(())
}
