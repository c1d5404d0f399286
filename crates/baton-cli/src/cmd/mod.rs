//! One module per `baton` subcommand, each an `Args` struct with its own `run()` (as Foundry's `cast` is laid
//! out), and what they share: where the deployment is, whose key signs, checked connection, output.

use std::{path::PathBuf, time::Duration};

use alloy::{primitives::utils::parse_ether, signers::local::PrivateKeySigner};
use baton_cli::ops;
use baton_protocol::deployment::Deployment;
use clap::Args;
use eyre::{eyre, Result, WrapErr};

pub(crate) mod bls_key;
pub(crate) mod claim;
pub(crate) mod completions;
pub(crate) mod deploy;
pub(crate) mod deposit;
pub(crate) mod devnet;
pub(crate) mod force_include;
pub(crate) mod register;
pub(crate) mod send;
pub(crate) mod status;
pub(crate) mod top_up;
pub(crate) mod track;
pub(crate) mod verify;

/// Where the deployment is.
#[derive(Debug, Args)]
pub(crate) struct Chain {
    /// L1 JSON-RPC endpoint.
    #[arg(long, env = "ETH_RPC_URL", default_value = baton_config::DEFAULT_RPC_URL)]
    pub(crate) rpc_url: reqwest::Url,
    /// Deployment file (written by `baton deploy` or script/Deploy.s.sol).
    #[arg(long, env = "BATON_DEPLOYMENT", default_value = baton_config::DEFAULT_DEPLOYMENT)]
    pub(crate) deployment: PathBuf,
    /// Beacon-API sources of blob data (a beacon node, then archivers), comma separated; default: anvil's own
    /// method (devnets).
    #[arg(long, env = "BATON_BLOB_SOURCES", value_delimiter = ',')]
    pub(crate) blob_sources: Vec<reqwest::Url>,
    /// Machine-readable output.
    #[arg(long)]
    pub(crate) json: bool,
}

/// An owner acting on its operator.
#[derive(Debug, Args)]
pub(crate) struct OwnerArgs {
    #[command(flatten)]
    pub(crate) chain: Chain,
    #[command(flatten)]
    pub(crate) key: Key,
    /// Operator id.
    #[arg(long)]
    pub(crate) id: u8,
}

impl OwnerArgs {
    /// `exit`, `withdraw` or `unjail` of operator `id`.
    pub(crate) async fn run(self, action: fn(u8) -> ops::OperatorAction) -> Result<()> {
        operator(&self.chain, &self.key, action(self.id)).await
    }
}

/// Whose key signs: `--account`, `--keystore`, `--private-key` or `BATON_PRIVATE_KEY`, as in every Baton binary.
pub(crate) type Key = baton_config::KeyArgs;

pub(crate) fn signer(key: &Key) -> Result<PrivateKeySigner> {
    Ok(key.signer(None, None)?)
}

pub(crate) fn load(chain: &Chain) -> Result<Deployment> {
    baton_config::deployment(&chain.deployment).wrap_err("pass --deployment (written by `baton deploy`)")
}

/// The deployment file, checked against the endpoint before anything is sent: the same chain, Baton's contracts
/// at both addresses, linked, with the file's parameters.
pub(crate) async fn connect(chain: &Chain) -> Result<Deployment> {
    let deployment = load(chain)?;
    let provider = ops::connect_read(&chain.rpc_url);
    tokio::time::timeout(Duration::from_secs(30), baton_l1::guard::check_deployment(&provider, &deployment))
        .await
        .map_err(|_| eyre!("{} did not answer within 30 s", chain.rpc_url))?
        .wrap_err_with(|| format!("{} does not match {}", chain.deployment.display(), chain.rpc_url))?;
    Ok(deployment)
}

pub(crate) fn print<T: serde::Serialize>(
    json: bool,
    value: &T,
    human: impl FnOnce() -> String,
) -> Result<()> {
    if json {
        emit(&serde_json::to_string_pretty(value)?)
    } else {
        emit(&human())
    }
}

/// Writes `text` and a newline to stdout. A reader that went away (`baton verify | head -1`) is not an error: the
/// command's work is done, and the rest of its output is simply not wanted.
pub(crate) fn emit(text: &str) -> Result<()> {
    use std::io::Write as _;
    let mut stdout = std::io::stdout().lock();
    match writeln!(stdout, "{text}").and_then(|()| stdout.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

pub(crate) async fn operator(chain: &Chain, key: &Key, action: ops::OperatorAction) -> Result<()> {
    let signer = signer(key)?;
    let deployment = connect(chain).await?;
    let outcome = ops::act(&chain.rpc_url, &deployment, &signer, &action).await?;
    print(chain.json, &outcome, || outcome.describe())
}

pub(crate) fn ether(amount: &str) -> Result<alloy::primitives::U256> {
    parse_ether(amount).map_err(|e| eyre!("{amount:?} is not an ETH amount: {e}"))
}

/// A failure the command's JSON object already carries: exit 1 without a second object.
#[derive(Debug)]
pub(crate) struct AlreadyReported(pub(crate) String);

impl std::fmt::Display for AlreadyReported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for AlreadyReported {}
