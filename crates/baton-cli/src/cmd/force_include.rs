//! `baton force-include`: gets a transaction included whatever the sequencers do: to a node first, then the L1 forced queue, then

use std::time::Duration;

use alloy::primitives::Bytes;
use baton_cli::user;
use clap::Args;
use eyre::Result;

use super::{connect, print, signer, Chain, Key};

/// Gets a transaction included whatever the sequencers do: to a node first, then the L1 forced queue, then
/// a forced batch of one's own after the deadline.
#[derive(Debug, Args)]
pub(crate) struct ForceIncludeArgs {
    #[command(flatten)]
    pub(crate) chain: Chain,
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
}

impl ForceIncludeArgs {
    /// Whether `--json` was asked for.
    pub(crate) fn json(&self) -> bool {
        self.chain.json
    }

    pub(crate) async fn run(self) -> Result<()> {
        let Self { chain, key, node, wait, force, raw } = self;

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
}
