//! `baton`: the devnet that shows the whole system working (`baton devnet`), and the tools operators and users
//! need around a Baton deployment.

use baton_cli::devnet;

use std::time::Duration;

use clap::{Parser, Subcommand};
use eyre::Result;

#[derive(Debug, Parser)]
#[command(name = "baton", version, about = "Baton: a decentralized sequencer for Ethereum rollups")]
struct Cli {
    #[command(subcommand)]
    command: Command,
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
        /// Print the report as JSON on stdout (progress still goes to stderr).
        #[arg(long)]
        json: bool,
    },
}

#[tokio::main]
async fn main() -> Result<()> {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "error".into()),
        )
        .init();
    match Cli::parse().command {
        Command::Devnet { operators, duration, seed, rpc_url, json } => {
            let report = devnet::run(devnet::Options {
                operators,
                duration: Duration::from_secs(duration),
                seed,
                rpc_url,
                progress: true,
            })
            .await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                print!("{}", devnet::render(&report));
            }
            Ok(())
        }
    }
}
