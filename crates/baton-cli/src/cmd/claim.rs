//! `baton claim`: collects what the registry owes the key's account: releases its escrowed compensation and bounties whose

use clap::Args;
use eyre::Result;

use super::{connect, print, signer, Chain, Key};

/// Collects what the registry owes the key's account: releases its escrowed compensation and bounties whose
/// escrow has ended, withdraws them, and says when the others unlock (or why they were forfeited).
#[derive(Debug, Args)]
pub(crate) struct ClaimArgs {
    #[command(flatten)]
    pub(crate) chain: Chain,
    #[command(flatten)]
    key: Key,
    /// First L1 block to search for escrows (default: the deployment's genesis block).
    #[arg(long)]
    from_block: Option<u64>,
}

impl ClaimArgs {
    /// Whether `--json` was asked for.
    pub(crate) fn json(&self) -> bool {
        self.chain.json
    }

    pub(crate) async fn run(self) -> Result<()> {
        let Self { chain, key, from_block } = self;

        let claim =
            baton_cli::payouts::claim(&chain.rpc_url, &connect(&chain).await?, &signer(&key)?, from_block)
                .await?;
        print(chain.json, &claim, || claim.describe())
    }
}
