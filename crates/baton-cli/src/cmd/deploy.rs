//! `baton deploy`: deploys the registry and its inbox; writes the deployment file.

use std::path::PathBuf;

use baton_cli::ops;
use clap::Args;
use eyre::{eyre, Result};

use super::{print, signer, Key};

/// Deploys the registry and its inbox; writes the deployment file.
#[derive(Debug, Args)]
pub(crate) struct DeployArgs {
    #[command(flatten)]
    key: Key,
    /// L1 JSON-RPC endpoint.
    #[arg(long, env = "ETH_RPC_URL", default_value = baton_config::DEFAULT_RPC_URL)]
    rpc_url: reqwest::Url,
    /// Parameters (JSON or TOML, the deployment file's `params` names); production defaults otherwise.
    #[arg(long)]
    params: Option<PathBuf>,
    /// Where to write the deployment file (default `deployments/<chainid>.json`).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Overwrite an existing deployment file.
    #[arg(long)]
    force: bool,
    /// Machine-readable output.
    #[arg(long)]
    pub(crate) json: bool,
}

impl DeployArgs {
    /// Whether `--json` was asked for.
    pub(crate) fn json(&self) -> bool {
        self.json
    }

    pub(crate) async fn run(self) -> Result<()> {
        let Self { key, rpc_url, params, out, force, json } = self;

        let params = match params {
            Some(path) => baton_cli::params_file(&path)?,
            None => baton_cli::default_params(),
        };
        let signer = signer(&key)?;
        let chain_id = alloy::providers::Provider::get_chain_id(&ops::connect_read(&rpc_url)).await?;
        let out = out.unwrap_or_else(|| PathBuf::from(format!("deployments/{chain_id}.json")));
        if out.exists() && !force {
            return Err(eyre!(
                "{} already exists (a deployment this file may be the only record of); nothing deployed: pass \
                 --out for a new file or --force to overwrite it",
                out.display()
            ));
        }
        let deployment = ops::deploy(&rpc_url, &signer, &params, &out).await?;
        let value = serde_json::json!({
            "chainId": deployment.chain_id,
            "registry": deployment.registry,
            "inbox": deployment.inbox,
            "file": out,
        });
        print(json, &value, || {
            format!(
                "registry {}\ninbox    {}\nwritten  {}",
                deployment.registry,
                deployment.inbox,
                out.display()
            )
        })
    }
}
