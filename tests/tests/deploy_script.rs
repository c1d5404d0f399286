//! Runs `script/Deploy.s.sol` with forge against a real anvil and checks the deployment file it writes
//! against the chain.

use std::{path::PathBuf, process::Command};

use alloy::{
    network::EthereumWallet,
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

#[tokio::test]
async fn deploy_script_writes_the_addresses_it_deployed() -> Result<()> {
    let anvil = baton_foundry::spawn(baton_foundry::anvil()?)?;
    let root = baton_foundry::repo_root().ok_or_else(|| eyre!("repository root not found"))?;
    // Scratch file under deployments/ (forge's fs_permissions), unique per anvil port.
    let file = RemoveOnDrop(root.join(format!("deployments/e2e-{}.json", anvil.port())));
    let key = alloy::hex::encode_prefixed(anvil.keys()[0].to_bytes());

    let output = Command::new(baton_foundry::find(Tool::Forge)?)
        .current_dir(&root)
        .args(["script", "script/Deploy.s.sol", "--broadcast", "--rpc-url"])
        .arg(anvil.endpoint())
        .args(["--private-key", &key])
        .env("BATON_DEPLOYMENT_FILE", &file.0)
        .env("BATON_MIN_BOND", "2000000000000000000")
        .env("BATON_SLOT_LENGTH", "6")
        // Broadcast artifacts would land in the repository; keep them per run.
        .env("FOUNDRY_BROADCAST", std::env::temp_dir().join(format!("baton-broadcast-{}", anvil.port())))
        .output()?;
    ensure!(
        output.status.success(),
        "forge script failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );

    let deployment = Deployment::from_json(&std::fs::read_to_string(&file.0)?)?;
    assert_eq!(deployment.chain_id, 31337);

    let signer: PrivateKeySigner = anvil.keys()[0].clone().into();
    let provider =
        ProviderBuilder::new().wallet(EthereumWallet::from(signer)).connect_http(anvil.endpoint_url());
    let registry = SequencerRegistry::new(deployment.registry, provider.clone());
    assert_eq!(registry.inbox().call().await?, deployment.inbox);
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
