//! `baton status`: the roster, bonds, strikes, the forced queue and the schedule of the next slots.

use baton_cli::ops;
use clap::Args;
use eyre::Result;

use super::{connect, print, Chain};

/// The roster, bonds, strikes, the forced queue and the schedule of the next slots.
#[derive(Debug, Args)]
pub(crate) struct StatusArgs {
    #[command(flatten)]
    pub(crate) chain: Chain,
    /// Upcoming slots to show.
    #[arg(long, default_value_t = 8)]
    slots: u64,
}

impl StatusArgs {
    /// Whether `--json` was asked for.
    pub(crate) fn json(&self) -> bool {
        self.chain.json
    }

    pub(crate) async fn run(self) -> Result<()> {
        let Self { chain, slots } = self;

        let status = ops::status(&chain.rpc_url, &connect(&chain).await?, slots).await?;
        print(chain.json, &status, || ops::render_status(&status))
    }
}
