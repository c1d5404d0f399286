//! `baton send`: sends a signed L2 transaction to a sequencer node.

use alloy::primitives::Bytes;
use baton_cli::user;
use clap::Args;
use eyre::Result;

use super::{connect, print, Chain};

/// Sends a signed L2 transaction to a sequencer node.
#[derive(Debug, Args)]
pub(crate) struct SendArgs {
    #[command(flatten)]
    pub(crate) chain: Chain,
    /// The node's JSON-RPC URL.
    #[arg(long, env = "BATON_NODE", default_value = "http://127.0.0.1:9545")]
    node: reqwest::Url,
    /// The signed transaction, hex.
    raw: Bytes,
}

impl SendArgs {
    /// Whether `--json` was asked for.
    pub(crate) fn json(&self) -> bool {
        self.chain.json
    }

    pub(crate) async fn run(self) -> Result<()> {
        let Self { chain, node, raw } = self;

        let hash = user::send(&connect(&chain).await?, &node, &raw).await?;
        print(chain.json, &serde_json::json!({ "hash": hash }), || format!("accepted by {node}: {hash}"))
    }
}
