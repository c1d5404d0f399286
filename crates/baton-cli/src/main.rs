//! `baton`: the devnet that shows the whole system working (`baton devnet`), and the tools operators and users
//! need around a Baton deployment.
//!
//! Flags are spelled as in `baton-node`, `baton-keeper` and Foundry's `cast`: `--rpc-url` (`ETH_RPC_URL`),
//! `--deployment` (`BATON_DEPLOYMENT`), and keys from `--account NAME` (Foundry's keystore directory),
//! `--keystore PATH` (password from `BATON_KEYSTORE_PASSWORD` or the terminal) or `BATON_PRIVATE_KEY`;
//! `--private-key` works too but puts the key in the shell history, and says so.

use std::{path::PathBuf, time::Duration};

use alloy::{
    primitives::{utils::parse_ether, Address, Bytes, B256},
    signers::local::PrivateKeySigner,
};
use baton_cli::{devnet, format_eth, ops, user};
use baton_protocol::deployment::Deployment;
use clap::{Args, Parser, Subcommand};
use eyre::{eyre, Result, WrapErr};

#[derive(Debug, Parser)]
#[command(name = "baton", version = baton_config::VERSION, about = "Baton: a decentralized sequencer for Ethereum rollups")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Where the deployment is.
#[derive(Debug, Args)]
struct Chain {
    /// L1 JSON-RPC endpoint.
    #[arg(long, env = "ETH_RPC_URL", default_value = baton_config::DEFAULT_RPC_URL)]
    rpc_url: reqwest::Url,
    /// Deployment file (written by `baton deploy` or script/Deploy.s.sol).
    #[arg(long, env = "BATON_DEPLOYMENT", default_value = baton_config::DEFAULT_DEPLOYMENT)]
    deployment: PathBuf,
    /// Beacon-API sources of blob data (a beacon node, then archivers), comma separated; default: anvil's own
    /// method (devnets).
    #[arg(long, env = "BATON_BLOB_SOURCES", value_delimiter = ',')]
    blob_sources: Vec<reqwest::Url>,
    /// Machine-readable output.
    #[arg(long)]
    json: bool,
}

/// An owner acting on its operator.
#[derive(Debug, Args)]
struct OwnerArgs {
    #[command(flatten)]
    chain: Chain,
    #[command(flatten)]
    key: Key,
    /// Operator id.
    #[arg(long)]
    id: u8,
}

/// Whose key signs: `--account`, `--keystore`, `--private-key` or `BATON_PRIVATE_KEY`, as in every Baton binary.
type Key = baton_config::KeyArgs;

fn signer(key: &Key) -> Result<PrivateKeySigner> {
    Ok(key.signer(None, None)?)
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Runs the whole system on an embedded anvil and plays a scenario: rotation, an operator offline, a
    /// censor and the user's escape to L1, an equivocator, a deposit; then reports what L1 recorded.
    Devnet {
        /// Bonded operators (at least 4).
        #[arg(long, default_value_t = 4)]
        operators: usize,
        /// Seconds of normal rotation before the faults are played.
        #[arg(long, default_value_t = 20)]
        duration: u64,
        /// Seed of the L2 traffic.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Use this dev chain (funding anvil's default mnemonic) instead of an embedded anvil.
        #[arg(long)]
        rpc_url: Option<String>,
        /// Run the embedded anvil as a fork of this chain (e.g. mainnet): the contracts are deployed on the fork and
        /// the scenario runs against real state and fees; nothing reaches the forked chain.
        #[arg(long, conflicts_with = "rpc_url")]
        fork_url: Option<String>,
        /// Block to fork at (default: latest).
        #[arg(long, requires = "fork_url")]
        fork_block: Option<u64>,
        /// Print the report as JSON on stdout (progress still goes to stderr).
        #[arg(long)]
        json: bool,
    },
    /// Deploys the registry and its inbox; writes the deployment file.
    Deploy {
        #[command(flatten)]
        key: Key,
        /// L1 JSON-RPC endpoint.
        #[arg(long, env = "ETH_RPC_URL", default_value = baton_config::DEFAULT_RPC_URL)]
        rpc_url: reqwest::Url,
        /// Parameters (JSON or TOML, the deployment file's `params` names); production defaults otherwise.
        #[arg(long)]
        params: Option<PathBuf>,
        /// Where to write the deployment file (default deployments/<chainid>.json).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Overwrite an existing deployment file.
        #[arg(long)]
        force: bool,
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
    },
    /// Bonds a new operator: the sender is its owner, `--signer` its header-signing key.
    Register {
        #[command(flatten)]
        chain: Chain,
        #[command(flatten)]
        key: Key,
        /// The operator's signing address.
        #[arg(long)]
        signer: Address,
        /// Bond in ETH (default: the minimum).
        #[arg(long)]
        bond: Option<String>,
    },
    /// Adds to an operator's bond.
    TopUp {
        #[command(flatten)]
        chain: Chain,
        #[command(flatten)]
        key: Key,
        /// Operator id.
        #[arg(long)]
        id: u8,
        /// ETH to add.
        #[arg(long)]
        amount: String,
        /// Send even a top-up of 0, or one to an operator this key does not own.
        #[arg(long)]
        yes: bool,
    },
    /// Leaves the roster (from two epochs on); the bond is withdrawable after the exit delay.
    Exit(OwnerArgs),
    /// Withdraws what is left of an exited or ejected operator's bond.
    Withdraw(OwnerArgs),
    /// Returns a jailed operator to the roster after its cooldown.
    Unjail(OwnerArgs),
    /// The roster, bonds, strikes, the forced queue and the schedule of the next slots.
    Status {
        #[command(flatten)]
        chain: Chain,
        /// Upcoming slots to show.
        #[arg(long, default_value_t = 8)]
        slots: u64,
    },
    /// Sends a signed L2 transaction to a sequencer node.
    Send {
        #[command(flatten)]
        chain: Chain,
        /// The node's JSON-RPC URL.
        #[arg(long, env = "BATON_NODE", default_value = "http://127.0.0.1:9545")]
        node: reqwest::Url,
        /// The signed transaction, hex.
        raw: Bytes,
    },
    /// Gets a transaction included whatever the sequencers do: to a node first, then the L1 forced queue, then
    /// a forced batch of one's own after the deadline.
    ForceInclude {
        #[command(flatten)]
        chain: Chain,
        #[command(flatten)]
        key: Key,
        /// A sequencer node to try first (skipped when unreachable or when the escape hatch is open).
        #[arg(long, env = "BATON_NODE")]
        node: Option<reqwest::Url>,
        /// Seconds to wait for the sequencers before escalating to L1.
        #[arg(long, default_value_t = 60)]
        wait: u64,
        /// Queue it again even if it is already included (a second paid entry).
        #[arg(long)]
        force: bool,
        /// The signed transaction, hex.
        raw: Bytes,
    },
    /// Queues an ETH deposit to an L2 address.
    Deposit {
        #[command(flatten)]
        chain: Chain,
        #[command(flatten)]
        key: Key,
        /// L2 recipient.
        #[arg(long)]
        to: Address,
        /// ETH to deposit (the inclusion fee is added).
        #[arg(long)]
        amount: String,
    },
    /// Checks that the deployed contracts are this repository's code (compiled here), hold no proxy or admin
    /// path, and prints every parameter in plain words. Exits non-zero on any mismatch.
    Verify {
        #[command(flatten)]
        chain: Chain,
        /// Root of this repository (its contracts/src and script/solc).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Seconds per L1 block, for the durations in words.
        #[arg(long, default_value_t = 12.0)]
        block_seconds: f64,
    },
    /// Collects what the registry owes the key's account: releases its escrowed compensation and bounties whose
    /// escrow has ended, withdraws them, and says when the others unlock (or why they were forfeited).
    Claim {
        #[command(flatten)]
        chain: Chain,
        #[command(flatten)]
        key: Key,
        /// First L1 block to search for escrows (default: the registry's deployment block).
        #[arg(long)]
        from_block: Option<u64>,
    },
    /// Prints a shell completion script: `baton completions bash > /etc/bash_completion.d/baton`.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Where a transaction is: the node's mempool, a batch, the forced queue.
    Track {
        #[command(flatten)]
        chain: Chain,
        /// A node to ask about its mempool.
        #[arg(long, env = "BATON_NODE")]
        node: Option<reqwest::Url>,
        /// First L1 block to search (default: the last 10,000).
        #[arg(long)]
        from_block: Option<u64>,
        /// Keep watching until the transaction is included (at most this many seconds), saying each change on
        /// stderr.
        #[arg(long, value_name = "SECONDS", num_args = 0..=1, default_missing_value = "3600")]
        follow: Option<u64>,
        /// The L2 transaction hash.
        hash: B256,
    },
}

fn load(chain: &Chain) -> Result<Deployment> {
    baton_config::deployment(&chain.deployment).wrap_err("pass --deployment (written by `baton deploy`)")
}

/// The deployment file, checked against the endpoint before anything is sent: the same chain, Baton's contracts
/// at both addresses, linked, with the file's parameters.
async fn connect(chain: &Chain) -> Result<Deployment> {
    let deployment = load(chain)?;
    let provider = ops::connect_read(&chain.rpc_url);
    tokio::time::timeout(Duration::from_secs(30), baton_l1::guard::check_deployment(&provider, &deployment))
        .await
        .map_err(|_| eyre!("{} did not answer within 30 s", chain.rpc_url))?
        .wrap_err_with(|| format!("{} does not match {}", chain.deployment.display(), chain.rpc_url))?;
    Ok(deployment)
}

fn print<T: serde::Serialize>(json: bool, value: &T, human: impl FnOnce() -> String) -> Result<()> {
    if json {
        emit(&serde_json::to_string_pretty(value)?)
    } else {
        emit(&human())
    }
}

/// Writes `text` and a newline to stdout. A reader that went away (`baton verify | head -1`) is not an error: the
/// command's work is done, and the rest of its output is simply not wanted.
fn emit(text: &str) -> Result<()> {
    use std::io::Write as _;
    let mut stdout = std::io::stdout().lock();
    match writeln!(stdout, "{text}").and_then(|()| stdout.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

async fn operator(chain: &Chain, key: &Key, action: ops::OperatorAction) -> Result<()> {
    let signer = signer(key)?;
    let deployment = connect(chain).await?;
    let outcome = ops::act(&chain.rpc_url, &deployment, &signer, &action).await?;
    print(chain.json, &outcome, || outcome.describe())
}

fn ether(amount: &str) -> Result<alloy::primitives::U256> {
    parse_ether(amount).map_err(|e| eyre!("{amount:?} is not an ETH amount: {e}"))
}

/// Errors print as one `error: ...` line with their causes, the way a command-line tool speaks, and exit 1.
fn main() -> std::process::ExitCode {
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let cli = Cli::parse();
    let json = cli.command.json();
    match runtime.block_on(run(cli)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) if e.downcast_ref::<AlreadyReported>().is_some() => std::process::ExitCode::FAILURE,
        Err(e) => {
            if json {
                // One JSON object per command, errors included.
                let _ = emit(&serde_json::json!({ "error": format!("{e:#}") }).to_string());
            } else {
                eprintln!("error: {e:#}");
            }
            std::process::ExitCode::FAILURE
        }
    }
}

/// A failure the command's JSON object already carries: exit 1 without a second object.
#[derive(Debug)]
struct AlreadyReported(String);

impl std::fmt::Display for AlreadyReported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for AlreadyReported {}

impl Command {
    /// Whether the command was asked for JSON output.
    fn json(&self) -> bool {
        match self {
            Self::Devnet { json, .. } | Self::Deploy { json, .. } => *json,
            Self::Register { chain, .. }
            | Self::TopUp { chain, .. }
            | Self::Status { chain, .. }
            | Self::Send { chain, .. }
            | Self::ForceInclude { chain, .. }
            | Self::Deposit { chain, .. }
            | Self::Verify { chain, .. }
            | Self::Claim { chain, .. }
            | Self::Track { chain, .. } => chain.json,
            Self::Exit(a) | Self::Withdraw(a) | Self::Unjail(a) => a.chain.json,
            Self::Completions { .. } => false,
        }
    }
}

async fn run(cli: Cli) -> Result<()> {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "error".into()),
        )
        .init();
    match cli.command {
        Command::Devnet { operators, duration, seed, rpc_url, fork_url, fork_block, json } => {
            let report = devnet::run(devnet::Options {
                operators,
                duration: Duration::from_secs(duration),
                seed,
                rpc_url,
                fork_url,
                fork_block,
                progress: true,
            })
            .await?;
            print(json, &report, || devnet::render(&report))
        }
        Command::Deploy { key, rpc_url, params, out, force, json } => {
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
        Command::Register { chain, key, signer: signing_address, bond } => {
            signer(&key)?;
            let bond = match bond {
                Some(b) => ether(&b)?,
                None => connect(&chain).await?.params.min_bond,
            };
            operator(&chain, &key, ops::OperatorAction::Register { signer: signing_address, bond }).await
        }
        Command::TopUp { chain, key, id, amount, yes } => {
            let action = ops::OperatorAction::TopUp { id, amount: ether(&amount)?, confirmed: yes };
            operator(&chain, &key, action).await
        }
        Command::Exit(a) => operator(&a.chain, &a.key, ops::OperatorAction::Exit { id: a.id }).await,
        Command::Withdraw(a) => operator(&a.chain, &a.key, ops::OperatorAction::Withdraw { id: a.id }).await,
        Command::Unjail(a) => operator(&a.chain, &a.key, ops::OperatorAction::Unjail { id: a.id }).await,
        Command::Status { chain, slots } => {
            let status = ops::status(&chain.rpc_url, &connect(&chain).await?, slots).await?;
            print(chain.json, &status, || ops::render_status(&status))
        }
        Command::Send { chain, node, raw } => {
            let hash = user::send(&connect(&chain).await?, &node, &raw).await?;
            print(chain.json, &serde_json::json!({ "hash": hash }), || format!("accepted by {node}: {hash}"))
        }
        Command::ForceInclude { chain, key, node, wait, force, raw } => {
            let deployment = connect(&chain).await?;
            let say = |s: &str| eprintln!("{s}");
            let outcome = user::force_include(
                &chain.rpc_url,
                &chain.blob_sources,
                &deployment,
                &signer(&key)?,
                node.as_ref(),
                &raw,
                Duration::from_secs(wait),
                force,
                &say,
            )
            .await?;
            print(chain.json, &outcome, || format!("{} (via {})", outcome.tracking.describe(), outcome.path))
        }
        Command::Deposit { chain, key, to, amount } => {
            let deployment = connect(&chain).await?;
            let amount = ether(&amount)?;
            let (index, deadline) =
                user::deposit(&chain.rpc_url, &deployment, &signer(&key)?, to, amount).await?;
            let value = serde_json::json!({
                "entry": index, "deadline": deadline, "to": to, "amountWei": amount.to_string(),
            });
            print(chain.json, &value, || {
                format!(
                    "deposit of {} ETH to {to} queued as forced entry {index}; batches must include it by block \
                     {deadline} (`baton status` shows the queue head)",
                    format_eth(&amount.to_string())
                )
            })
        }
        Command::Verify { chain, root, block_seconds } => {
            let report =
                baton_cli::verify::verify(&chain.rpc_url, &load(&chain)?, &root, block_seconds).await?;
            let failure = (!report.ok()).then(|| {
                let mut bad: Vec<String> = report
                    .contracts
                    .iter()
                    .filter(|c| !(c.code_matches && c.no_admin_path == Some(true)))
                    .map(|c| c.name.to_owned())
                    .collect();
                bad.extend(report.differences.iter().map(|d| format!("parameter {}", d.field)));
                format!("verification failed for {}", bad.join(", "))
            });
            if chain.json {
                let mut value = serde_json::to_value(&report)?;
                value["ok"] = serde_json::Value::Bool(failure.is_none());
                if let Some(failure) = &failure {
                    value["error"] = serde_json::Value::String(failure.clone());
                }
                emit(&serde_json::to_string_pretty(&value)?)?;
            } else {
                emit(&baton_cli::verify::render(&report))?;
            }
            match failure {
                // Already said, in the report (and its JSON object).
                Some(failure) if chain.json => Err(eyre::Report::new(AlreadyReported(failure))),
                Some(failure) => Err(eyre!(failure)),
                None => Ok(()),
            }
        }
        Command::Claim { chain, key, from_block } => {
            let claim = baton_cli::payouts::claim(
                &chain.rpc_url,
                &connect(&chain).await?,
                &signer(&key)?,
                from_block,
            )
            .await?;
            print(chain.json, &claim, || claim.describe())
        }
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut <Cli as clap::CommandFactory>::command(), "baton", &mut out);
            emit(String::from_utf8_lossy(&out).trim_end())
        }
        Command::Track { chain, node, from_block, follow, hash } => {
            let deployment = connect(&chain).await?;
            let head =
                alloy::providers::Provider::get_block_number(&ops::connect_read(&chain.rpc_url)).await?;
            let from = from_block.unwrap_or_else(|| head.saturating_sub(user::TRACK_WINDOW));
            let sources = &chain.blob_sources;
            let tracking = match follow {
                Some(seconds) => {
                    let say = |s: &str| eprintln!("{s}");
                    let timeout = Duration::from_secs(seconds);
                    user::follow(
                        &chain.rpc_url,
                        sources,
                        &deployment,
                        node.as_ref(),
                        hash,
                        from,
                        timeout,
                        &say,
                    )
                    .await?
                }
                None => user::track(&chain.rpc_url, sources, &deployment, node.as_ref(), hash, from).await?,
            };
            print(chain.json, &tracking, || format!("{hash}: {}", tracking.describe()))
        }
    }
}
