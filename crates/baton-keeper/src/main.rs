//! `baton-keeper`: runs a keeper (`run`) or prints a running keeper's status (`status`).
//!
//! Configuration comes from flags, `BATON_KEEPER_*` environment variables and an optional TOML file
//! (`--config`); flags and environment win over the file. Flags shared with `baton` and `baton-node` are spelled
//! the same: `--rpc-url` (`ETH_RPC_URL`), `--deployment`, and the key from `--account NAME` (Foundry's keystore
//! directory), `--keystore PATH` or `BATON_PRIVATE_KEY` (`BATON_KEEPER_KEY` still works).

use std::{net::SocketAddr, path::PathBuf, time::Duration};

use baton_keeper::{KeeperConfig, Policy, TxPolicy};
use clap::{Parser, Subcommand};
use eyre::{eyre, Result, WrapErr};
use serde::Deserialize;

#[derive(Debug, Parser)]
#[command(
    name = "baton-keeper",
    version = baton_config::VERSION,
    about = "Baton keeper: proves faults and forces overdue inclusions"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Runs the keeper until interrupted.
    Run(Box<RunArgs>),
    /// Prints the status of a running keeper.
    Status {
        /// The keeper's HTTP address.
        #[arg(long, env = "BATON_KEEPER_URL", default_value = "http://127.0.0.1:9646")]
        url: reqwest::Url,
        /// Prints the raw JSON document.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, clap::Args)]
struct RunArgs {
    /// TOML file with any of the settings below (snake_case keys).
    #[arg(long, env = "BATON_KEEPER_CONFIG")]
    config: Option<PathBuf>,
    /// L1 JSON-RPC endpoint, http(s):// or ws(s):// [default: http://127.0.0.1:8545].
    #[arg(long = "rpc-url", visible_alias = "l1-rpc", env = "ETH_RPC_URL")]
    rpc_url: Option<String>,
    /// Deployment file written by `baton deploy` or script/Deploy.s.sol [default: deployments/31337.json].
    #[arg(long, env = "BATON_DEPLOYMENT")]
    deployment: Option<PathBuf>,
    /// The keeper's key (its account receives the bounties).
    #[command(flatten)]
    key: baton_config::KeyArgs,
    /// Hold no key: index, serve the dashboard, `/status` and `/metrics`, prove nothing.
    #[arg(long, env = "BATON_KEEPER_WATCH_ONLY")]
    watch_only: bool,
    /// L2 key of the dashboard's inclusion probe: a zero-value self-transfer to each feed's node at every interval,
    /// timed to its L1 batch (off without it). Not the keeper's key: it signs L2 transactions only.
    #[arg(long, env = "BATON_KEEPER_PROBE_KEY", hide_env_values = true)]
    probe_key: Option<String>,
    /// Seconds between two rounds of probes [default: 12].
    #[arg(long, env = "BATON_KEEPER_PROBE_INTERVAL_SECS")]
    probe_interval_secs: Option<u64>,
    /// Address for evidence submissions, status and metrics [default: 127.0.0.1:9646].
    #[arg(long, env = "BATON_KEEPER_LISTEN")]
    listen: Option<SocketAddr>,
    /// Directory of the keeper's database [default: baton-keeper-data].
    #[arg(long, env = "BATON_KEEPER_DATA_DIR")]
    data_dir: Option<PathBuf>,
    /// Operators' node URLs whose signed-header feeds to watch, comma separated.
    #[arg(long, env = "BATON_KEEPER_FEEDS", value_delimiter = ',')]
    feeds: Vec<reqwest::Url>,
    /// Beacon-API URLs serving blob data (a beacon node, then archivers), comma separated; needed to judge
    /// receipts against blob batches on a real network.
    #[arg(long, env = "BATON_KEEPER_BLOB_SOURCES", value_delimiter = ',')]
    blob_sources: Vec<reqwest::Url>,
    /// Blocks behind the head to index and act on [default: 2].
    #[arg(long, env = "BATON_KEEPER_CONFIRMATIONS")]
    confirmations: Option<u64>,
    /// Blocks after which the keeper's own confirmed transactions are final (until then a reorg that drops one
    /// puts it back in flight) [default: 64].
    #[arg(long, env = "BATON_KEEPER_FINALITY")]
    finality: Option<u64>,
    /// Blocks per eth_getLogs request [default: 1000].
    #[arg(long, env = "BATON_KEEPER_LOG_CHUNK")]
    log_chunk: Option<u64>,
    /// Poll interval in milliseconds (new heads wake the keeper sooner on a WebSocket endpoint) [default: 1000].
    #[arg(long, env = "BATON_KEEPER_POLL_MS")]
    poll_ms: Option<u64>,
    /// Seconds before an unmined transaction is replaced at a higher fee [default: 24].
    #[arg(long, env = "BATON_KEEPER_TX_TIMEOUT_SECS")]
    tx_timeout_secs: Option<u64>,
    /// Fee cap, in gwei [default: 200].
    #[arg(long, env = "BATON_KEEPER_MAX_FEE_GWEI")]
    max_fee_gwei: Option<u64>,
}

/// The same settings, from the TOML file, plus which strategies run.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    #[serde(alias = "l1_rpc")]
    rpc_url: Option<String>,
    deployment: Option<PathBuf>,
    keystore: Option<PathBuf>,
    listen: Option<SocketAddr>,
    data_dir: Option<PathBuf>,
    #[serde(default)]
    feeds: Vec<reqwest::Url>,
    #[serde(default)]
    blob_sources: Vec<reqwest::Url>,
    confirmations: Option<u64>,
    finality: Option<u64>,
    log_chunk: Option<u64>,
    poll_ms: Option<u64>,
    tx_timeout_secs: Option<u64>,
    max_fee_gwei: Option<u64>,
    fee_bump_percent: Option<u64>,
    #[serde(default)]
    watch_only: bool,
    probe_key: Option<String>,
    probe_interval_secs: Option<u64>,
    #[serde(default)]
    strategies: Policy,
}

fn config(args: RunArgs) -> Result<KeeperConfig> {
    let file: FileConfig = baton_config::toml_file(args.config.as_deref())?;
    let deployment_path = args
        .deployment
        .or(file.deployment)
        .unwrap_or_else(|| PathBuf::from(baton_config::DEFAULT_DEPLOYMENT));
    let deployment = baton_config::deployment(&deployment_path)
        .map_err(|e| eyre!("{e} (pass --deployment, written by `baton deploy`)"))?;
    let defaults = TxPolicy::default();
    let fee_bump_percent = file.fee_bump_percent.unwrap_or(defaults.fee_bump_percent);
    if fee_bump_percent < 10 {
        return Err(eyre!("fee_bump_percent must be at least 10 (nodes refuse smaller replacements)"));
    }
    let probe = match args.probe_key.or(file.probe_key) {
        None => None,
        Some(key) => {
            let key: alloy::signers::local::PrivateKeySigner =
                key.trim().parse().map_err(|e| eyre!("--probe-key is not a private key: {e}"))?;
            let secs = args.probe_interval_secs.or(file.probe_interval_secs).unwrap_or(12);
            if secs == 0 {
                return Err(eyre!("--probe-interval-secs must be at least 1"));
            }
            Some(baton_keeper::dashboard::probe::ProbeConfig { key, interval: Duration::from_secs(secs) })
        }
    };
    Ok(KeeperConfig {
        probe,
        l1_rpc: args.rpc_url.or(file.rpc_url).unwrap_or_else(|| baton_config::DEFAULT_RPC_URL.into()),
        deployment,
        signer: if args.watch_only || file.watch_only {
            None
        } else {
            Some(args.key.signer(file.keystore.as_deref(), Some("BATON_KEEPER_KEY"))?)
        },
        listen: args.listen.or(file.listen).unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 9646))),
        data_dir: args.data_dir.or(file.data_dir).unwrap_or_else(|| PathBuf::from("baton-keeper-data")),
        feeds: if args.feeds.is_empty() { file.feeds } else { args.feeds },
        blob_sources: if args.blob_sources.is_empty() { file.blob_sources } else { args.blob_sources },
        confirmations: args.confirmations.or(file.confirmations).unwrap_or(2),
        log_chunk: args.log_chunk.or(file.log_chunk).unwrap_or(baton_l1::DEFAULT_LOG_CHUNK),
        poll_interval: Duration::from_millis(args.poll_ms.or(file.poll_ms).unwrap_or(1_000)),
        policy: file.strategies,
        tx: TxPolicy {
            tx_timeout: Duration::from_secs(
                args.tx_timeout_secs.or(file.tx_timeout_secs).unwrap_or(defaults.tx_timeout.as_secs()),
            ),
            max_fee_per_gas: args
                .max_fee_gwei
                .or(file.max_fee_gwei)
                .map_or(defaults.max_fee_per_gas, |g| u128::from(g) * 1_000_000_000),
            fee_bump_percent,
            finality: args.finality.or(file.finality).unwrap_or(defaults.finality),
            ..defaults
        },
    })
}

async fn print_status(url: reqwest::Url, json: bool) -> Result<()> {
    let status: serde_json::Value = reqwest::get(url.join("status")?)
        .await
        .wrap_err_with(|| format!("no keeper answering at {url}: is `baton-keeper run` up?"))?
        .error_for_status()?
        .json()
        .await?;
    if json {
        println!("{}", serde_json::to_string_pretty(&status)?);
        return Ok(());
    }
    let field = |k: &str| status.get(k).map(|v| v.to_string()).unwrap_or_default();
    println!("keeper          {}", field("keeper"));
    println!("head / indexed  {} / {} ({} behind)", field("head"), field("indexed"), field("blocksBehind"));
    println!("batches         {}", field("batches"));
    println!("forced queue    head {} of {}", field("queueHead"), field("queueLength"));
    println!("escape hatch    {}", if status["escapeHatchOpen"] == true { "OPEN" } else { "closed" });
    println!("evidence        {} signed headers", field("evidence"));
    println!("actions         {}", field("actionsByState"));
    println!("bounty (wei)    {}", status["bountyWei"].as_str().unwrap_or("0"));
    if let Some(actions) = status["actions"].as_array() {
        for action in actions.iter().take(10) {
            println!(
                "  {:<16} {:<10} {}",
                action["kind"].as_str().unwrap_or(""),
                action["state"]["state"].as_str().unwrap_or(""),
                action["summary"].as_str().unwrap_or("")
            );
        }
    }
    Ok(())
}

/// Errors print as one `error: ...` line with their causes, as `baton` does, and exit 1.
fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr)
        .init();
    let run = async {
        match Cli::parse().command {
            Command::Status { url, json } => print_status(url, json).await,
            Command::Run(args) => {
                let keeper = baton_keeper::start(config(*args)?).await?;
                tracing::info!(url = %keeper.url(), dashboard = %format!("{}/", keeper.url()), "serving the dashboard, /evidence, /status and /metrics");
                tokio::signal::ctrl_c().await?;
                keeper.stop().await;
                Ok(())
            }
        }
    };
    let result = tokio::runtime::Runtime::new().map_err(eyre::Report::from).and_then(|rt| rt.block_on(run));
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_settings_apply_flags_win_and_unknown_keys_are_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let deployment = dir.path().join("d.json");
        std::fs::write(&deployment, baton_protocol::sample::DEPLOYMENT_JSON).expect("writes");
        let file = dir.path().join("keeper.toml");
        std::fs::write(
            &file,
            format!(
                "l1_rpc = \"ws://127.0.0.1:8545\"\ndeployment = {deployment:?}\nconfirmations = 5\nlog_chunk = 200\n\
                 [strategies]\nmissed_slots = false\n"
            ),
        )
        .expect("writes");
        std::env::set_var(
            "BATON_KEEPER_KEY",
            "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
        );
        let cli = Cli::parse_from([
            "baton-keeper",
            "run",
            "--config",
            file.to_str().expect("utf8"),
            "--confirmations",
            "1",
        ]);
        let Command::Run(args) = cli.command else { panic!("run") };
        let c = config(*args).expect("valid");
        assert_eq!(c.confirmations, 1, "the flag wins");
        assert_eq!(c.log_chunk, 200, "from the file");
        assert!(
            !c.policy.missed_slots && c.policy.censorship,
            "strategies from the file, the rest default on"
        );
        assert_eq!(c.l1_rpc, "ws://127.0.0.1:8545");

        std::fs::write(&file, format!("deployment = {deployment:?}\nfee_bump_percent = 5\n"))
            .expect("writes");
        let cli = Cli::parse_from([
            "baton-keeper",
            "run",
            "--config",
            file.to_str().expect("utf8"),
            "--l1-rpc",
            "http://x",
        ]);
        let Command::Run(args) = cli.command else { panic!("run") };
        assert!(format!("{:#}", config(*args).expect_err("too small a bump")).contains("at least 10"));

        std::fs::write(&file, "unknown_key = 1\n").expect("writes");
        let cli = Cli::parse_from(["baton-keeper", "run", "--config", file.to_str().expect("utf8")]);
        let Command::Run(args) = cli.command else { panic!("run") };
        assert!(format!("{:#}", config(*args).expect_err("refused")).contains("unknown_key"));
    }
}
