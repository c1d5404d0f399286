//! `baton`: the devnet that shows the whole system working (`baton devnet`), and the tools operators and users
//! need around a Baton deployment.
//!
//! Flags are spelled as in `baton-node`, `baton-keeper` and Foundry's `cast`: `--rpc-url` (`ETH_RPC_URL`),
//! `--deployment` (`BATON_DEPLOYMENT`), and keys from `--account NAME` (Foundry's keystore directory),
//! `--keystore PATH` (password from `BATON_KEYSTORE_PASSWORD` or the terminal) or `BATON_PRIVATE_KEY`;
//! `--private-key` works too but puts the key in the shell history, and says so.

mod cmd;

use baton_cli::ops::OperatorAction;
use clap::{Parser, Subcommand};
use eyre::Result;

use crate::cmd::{emit, AlreadyReported};

#[derive(Debug, Parser)]
#[command(name = "baton", version = baton_config::VERSION, about = "Baton: a decentralized sequencer for Ethereum rollups")]
pub(crate) struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Runs the whole system on an embedded anvil and plays a scenario: rotation, an operator offline, a
    /// censor and the user's escape to L1, an equivocator, a deposit; then reports what L1 recorded.
    Devnet(cmd::devnet::DevnetArgs),

    /// Deploys the registry and its inbox; writes the deployment file.
    Deploy(cmd::deploy::DeployArgs),

    /// Bonds a new operator: the sender is its owner, `--signer` its header-signing key.
    Register(cmd::register::RegisterArgs),

    /// Adds to an operator's bond.
    TopUp(cmd::top_up::TopUpArgs),

    /// An operator's committee (BLS) key: `new` writes one, `register` binds it to the operator's signer.
    BlsKey(cmd::bls_key::BlsKeyArgs),

    /// Leaves the roster (from two epochs on); the bond is withdrawable after the exit delay.
    Exit(cmd::OwnerArgs),

    /// Withdraws what is left of an exited or ejected operator's bond.
    Withdraw(cmd::OwnerArgs),

    /// Returns a jailed operator to the roster after its cooldown.
    Unjail(cmd::OwnerArgs),

    /// The roster, bonds, strikes, the forced queue and the schedule of the next slots.
    Status(cmd::status::StatusArgs),

    /// Sends a signed L2 transaction to a sequencer node.
    Send(cmd::send::SendArgs),

    /// Gets a transaction included whatever the sequencers do: to a node first, then the L1 forced queue, then
    /// a forced batch of one's own after the deadline.
    ForceInclude(cmd::force_include::ForceIncludeArgs),

    /// Queues an ETH deposit to an L2 address.
    Deposit(cmd::deposit::DepositArgs),

    /// Checks that the deployed contracts are this repository's code (compiled here), hold no proxy or admin
    /// path, and prints every parameter in plain words. Exits non-zero on any mismatch.
    Verify(cmd::verify::VerifyArgs),

    /// Collects what the registry owes the key's account: releases its escrowed compensation and bounties whose
    /// escrow has ended, withdraws them, and says when the others unlock (or why they were forfeited).
    Claim(cmd::claim::ClaimArgs),

    /// Prints a shell completion script: `baton completions bash > /etc/bash_completion.d/baton`.
    Completions(cmd::completions::CompletionsArgs),

    /// Where a transaction is: the node's mempool, a batch, the forced queue.
    Track(cmd::track::TrackArgs),
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

impl Command {
    /// Whether the command was asked for JSON output.
    fn json(&self) -> bool {
        match self {
            Self::Devnet(args) => args.json(),
            Self::Deploy(args) => args.json(),
            Self::Register(args) => args.json(),
            Self::TopUp(args) => args.json(),
            Self::BlsKey(args) => args.json(),
            Self::Status(args) => args.json(),
            Self::Send(args) => args.json(),
            Self::ForceInclude(args) => args.json(),
            Self::Deposit(args) => args.json(),
            Self::Verify(args) => args.json(),
            Self::Claim(args) => args.json(),
            Self::Completions(args) => args.json(),
            Self::Track(args) => args.json(),
            Self::Exit(a) | Self::Withdraw(a) | Self::Unjail(a) => a.chain.json,
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
        Command::Devnet(args) => args.run().await,
        Command::Deploy(args) => args.run().await,
        Command::Register(args) => args.run().await,
        Command::TopUp(args) => args.run().await,
        Command::BlsKey(args) => args.run().await,
        Command::Status(args) => args.run().await,
        Command::Send(args) => args.run().await,
        Command::ForceInclude(args) => args.run().await,
        Command::Deposit(args) => args.run().await,
        Command::Verify(args) => args.run().await,
        Command::Claim(args) => args.run().await,
        Command::Completions(args) => args.run().await,
        Command::Track(args) => args.run().await,
        Command::Exit(a) => a.run(|id| OperatorAction::Exit { id }).await,
        Command::Withdraw(a) => a.run(|id| OperatorAction::Withdraw { id }).await,
        Command::Unjail(a) => a.run(|id| OperatorAction::Unjail { id }).await,
    }
}
