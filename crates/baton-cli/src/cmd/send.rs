//! `baton send`: sends a signed L2 transaction to a sequencer node and shows the inclusion receipt it gives.

use alloy::primitives::Bytes;
use baton_cli::user;
use clap::Args;
use eyre::Result;

use super::{connect, print, Chain};

/// Sends a signed L2 transaction to a sequencer node; prints the node's inclusion receipt (a signed promise of
/// where the transaction will be, slashable if broken) when the node leads an upcoming slot.
#[derive(Debug, Args)]
pub(crate) struct SendArgs {
    #[command(flatten)]
    pub(crate) chain: Chain,
    /// The node's JSON-RPC URL.
    #[arg(long, env = "BATON_NODE", default_value = "http://127.0.0.1:9545")]
    node: reqwest::Url,
    /// A keeper to hand the receipt to (it proves a broken one and you are compensated).
    #[arg(long, env = "BATON_KEEPER")]
    keeper: Option<reqwest::Url>,
    /// The signed transaction, hex.
    raw: Bytes,
}

impl SendArgs {
    /// Whether `--json` was asked for.
    pub(crate) fn json(&self) -> bool {
        self.chain.json
    }

    pub(crate) async fn run(self) -> Result<()> {
        let Self { chain, node, keeper, raw } = self;

        let outcome = user::send(&connect(&chain).await?, &node, &raw, keeper.as_ref()).await?;
        print(chain.json, &outcome, || {
            let mut text = format!("accepted by {node}: {}", outcome.hash);
            match (&outcome.receipt, &outcome.no_receipt) {
                (Some(signed), _) => {
                    let r = &signed.receipt;
                    text.push_str(&format!(
                        "\nreceipt: signer {} promises index {} of its batch in slot {}; if broken, {} is compensated \
                         (evidence {})",
                        signed.signer,
                        r.index,
                        r.slot,
                        r.beneficiary,
                        signed.evidence()
                    ));
                    if outcome.handed_to_keeper {
                        text.push_str("\nthe keeper holds the receipt and proves it if it is broken");
                    }
                }
                (None, Some(why)) => text.push_str(&format!("\nno receipt: {why}")),
                (None, None) => {}
            }
            text
        })
    }
}
