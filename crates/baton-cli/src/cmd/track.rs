//! `baton track`: where a transaction is: the node's mempool, a batch, the forced queue.

use std::time::Duration;

use alloy::primitives::B256;
use baton_cli::{ops, user};
use clap::Args;
use eyre::Result;

use super::{connect, print, Chain};

/// Where a transaction is: the node's mempool, a batch, the forced queue.
#[derive(Debug, Args)]
pub(crate) struct TrackArgs {
    #[command(flatten)]
    pub(crate) chain: Chain,
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
}

impl TrackArgs {
    /// Whether `--json` was asked for.
    pub(crate) fn json(&self) -> bool {
        self.chain.json
    }

    pub(crate) async fn run(self) -> Result<()> {
        let Self { chain, node, from_block, follow, hash } = self;

        let deployment = connect(&chain).await?;
        let head = alloy::providers::Provider::get_block_number(&ops::connect_read(&chain.rpc_url)).await?;
        let from = from_block.unwrap_or_else(|| head.saturating_sub(user::TRACK_WINDOW));
        let sources = &chain.blob_sources;
        let tracking = match follow {
            Some(seconds) => {
                let say = |s: &str| eprintln!("{s}");
                let timeout = Duration::from_secs(seconds);
                user::follow(&chain.rpc_url, sources, &deployment, node.as_ref(), hash, from, timeout, &say)
                    .await?
            }
            None => user::track(&chain.rpc_url, sources, &deployment, node.as_ref(), hash, from).await?,
        };
        print(chain.json, &tracking, || format!("{hash}: {}", tracking.describe()))
    }
}
