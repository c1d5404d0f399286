//! `baton devnet`: runs the whole system on an embedded anvil and plays a scenario: rotation, an operator offline, a

use std::time::Duration;

use baton_cli::devnet;
use clap::Args;
use eyre::Result;

use super::print;

/// Runs the whole system on an embedded anvil and plays a scenario: rotation, an operator offline, a
/// censor and the user's escape to L1, an equivocator, a deposit; then reports what L1 recorded.
#[derive(Debug, Args)]
pub(crate) struct DevnetArgs {
    /// Bonded operators (at least 6: two certify conflicting headers, offline, censor and receipt breaker,
    /// equivocator, honest).
    #[arg(long, default_value_t = 6)]
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
    pub(crate) json: bool,
}

impl DevnetArgs {
    /// Whether `--json` was asked for.
    pub(crate) fn json(&self) -> bool {
        self.json
    }

    pub(crate) async fn run(self) -> Result<()> {
        let Self { operators, duration, seed, rpc_url, fork_url, fork_block, json } = self;

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
}
