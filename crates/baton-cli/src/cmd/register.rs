//! `baton register`: bonds a new operator: the sender is its owner, `--signer` its header-signing key.

use alloy::primitives::Address;
use baton_cli::ops;
use clap::Args;
use eyre::Result;

use super::{connect, ether, operator, signer, Chain, Key};

/// Bonds a new operator: the sender is its owner, `--signer` its header-signing key.
#[derive(Debug, Args)]
pub(crate) struct RegisterArgs {
    #[command(flatten)]
    pub(crate) chain: Chain,
    #[command(flatten)]
    key: Key,
    /// The operator's signing address.
    #[arg(long)]
    signer: Address,
    /// Bond in ETH (default: the minimum).
    #[arg(long)]
    bond: Option<String>,
}

impl RegisterArgs {
    /// Whether `--json` was asked for.
    pub(crate) fn json(&self) -> bool {
        self.chain.json
    }

    pub(crate) async fn run(self) -> Result<()> {
        let Self { chain, key, signer: signing_address, bond } = self;

        signer(&key)?;
        let bond = match bond {
            Some(b) => ether(&b)?,
            None => connect(&chain).await?.params.min_bond,
        };
        operator(&chain, &key, ops::OperatorAction::Register { signer: signing_address, bond }).await
    }
}
