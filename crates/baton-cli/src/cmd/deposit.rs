//! `baton deposit`: queues an ETH deposit to an L2 address.

use alloy::primitives::Address;
use baton_cli::{format_eth, user};
use clap::Args;
use eyre::Result;

use super::{connect, ether, print, signer, Chain, Key};

/// Queues an ETH deposit to an L2 address.
#[derive(Debug, Args)]
pub(crate) struct DepositArgs {
    #[command(flatten)]
    pub(crate) chain: Chain,
    #[command(flatten)]
    key: Key,
    /// L2 recipient.
    #[arg(long)]
    to: Address,
    /// ETH to deposit (the inclusion fee is added).
    #[arg(long)]
    amount: String,
}

impl DepositArgs {
    /// Whether `--json` was asked for.
    pub(crate) fn json(&self) -> bool {
        self.chain.json
    }

    pub(crate) async fn run(self) -> Result<()> {
        let Self { chain, key, to, amount } = self;

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
}
