//! `baton top-up`: adds to an operator's bond.

use baton_cli::ops;
use clap::Args;
use eyre::Result;

use super::{ether, operator, Chain, Key};

/// Adds to an operator's bond.
#[derive(Debug, Args)]
pub(crate) struct TopUpArgs {
    #[command(flatten)]
    pub(crate) chain: Chain,
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
}

impl TopUpArgs {
    /// Whether `--json` was asked for.
    pub(crate) fn json(&self) -> bool {
        self.chain.json
    }

    pub(crate) async fn run(self) -> Result<()> {
        let Self { chain, key, id, amount, yes } = self;

        let action = ops::OperatorAction::TopUp { id, amount: ether(&amount)?, confirmed: yes };
        operator(&chain, &key, action).await
    }
}
