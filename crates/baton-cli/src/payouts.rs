//! `baton claim`: what the registry owes an account (compensation for a censored entry, bounties for proven
//! faults) and getting it out. Payouts of censorship and missed-slot slashes wait in escrow until the fault window
//! of the slash's slot closes (docs/PROTOCOL.md §Payouts); this finds every escrow naming the account, releases
//! those whose time has come, withdraws what is owed, and says when the others unlock or why they were forfeited.

use alloy::{
    primitives::{Address, B256, U256},
    providers::Provider,
    signers::local::PrivateKeySigner,
};
use baton_bindings::sequencer_registry::SequencerRegistry::{self, SequencerRegistryErrors};
use baton_l1::payouts;
use baton_protocol::deployment::Deployment;
use eyre::{eyre, Result, WrapErr};
use serde::Serialize;

use crate::ops::{confirm, connect, connect_read, explain};

/// Where one escrowed payout stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EscrowState {
    /// Its escrow runs until `release_at`.
    Locked,
    /// Released by this command (credited, then withdrawn with the rest).
    Released,
    /// An equivocation proof against the offender took it back.
    Forfeited,
}

/// One escrow that pays the account.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EscrowedPayout {
    /// The slash's evidence digest.
    pub evidence: B256,
    /// The slashed operator's signer.
    pub offender: Address,
    /// What the account gets from it, in wei (compensation, bounty or both).
    pub amount: String,
    /// First block at which it can be released.
    pub release_at: u64,
    /// Where it stands.
    pub state: EscrowState,
}

/// What `claim` found and did.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Claim {
    /// The account.
    pub account: Address,
    /// Escrows naming it that were still open.
    pub escrows: Vec<EscrowedPayout>,
    /// Withdrawn to the account now, in wei.
    pub withdrawn: String,
}

impl Claim {
    /// The claim in words.
    pub fn describe(&self) -> String {
        let mut lines = Vec::new();
        for e in &self.escrows {
            let amount = crate::format_eth(&e.amount);
            lines.push(match e.state {
                EscrowState::Released => format!("released {amount} ETH (slash {})", e.evidence),
                EscrowState::Locked => {
                    format!("{amount} ETH locked until block {} (slash {})", e.release_at, e.evidence)
                }
                EscrowState::Forfeited => format!(
                    "{amount} ETH forfeited: operator {} was proven to have equivocated (slash {})",
                    e.offender, e.evidence
                ),
            });
        }
        if self.withdrawn == "0" {
            lines.push(format!("nothing to withdraw for {}", self.account));
        } else {
            lines.push(format!("withdrew {} ETH to {}", crate::format_eth(&self.withdrawn), self.account));
        }
        lines.join("\n")
    }
}

/// Finds every open escrow that pays `key`'s account (from `from_block`, default the deployment's genesis block),
/// releases the releasable ones, then withdraws everything owed.
pub async fn claim(
    rpc: &reqwest::Url,
    deployment: &Deployment,
    key: &PrivateKeySigner,
    from_block: Option<u64>,
) -> Result<Claim> {
    let account = key.address();
    let reader = connect_read(rpc);
    let registry = SequencerRegistry::new(deployment.registry, connect(rpc, key));
    let head = reader.get_block_number().await.wrap_err_with(|| format!("no L1 answering at {rpc}"))?;
    let from = match from_block {
        Some(block) => block,
        None => registry
            .genesisBlock()
            .call()
            .await
            .wrap_err("reading genesisBlock: is the deployment on this chain?")?,
    };

    let mut escrows = Vec::new();
    for payout in payouts::escrowed(&reader, deployment.registry, None, from, head).await? {
        let (evidence, escrow) = (payout.evidence, payout.escrow);
        let mut amount = U256::ZERO;
        if escrow.victim == account {
            amount += U256::from(escrow.compensation);
        }
        if escrow.reporter == account {
            amount += U256::from(escrow.bounty);
        }
        // Released already (by anyone), or nothing in it for this account.
        if amount.is_zero() || registry.escrowHashOf(evidence).call().await? != payouts::escrow_hash(&escrow)
        {
            continue;
        }
        let state = match registry.releasePayout(evidence, escrow.clone()).call().await {
            Ok(_) => {
                let release = registry.releasePayout(evidence, escrow.clone()).send().await;
                confirm(&format!("releasing {evidence}"), release, None).await?;
                EscrowState::Released
            }
            Err(e) => match e.as_decoded_interface_error::<SequencerRegistryErrors>() {
                Some(SequencerRegistryErrors::PayoutLocked(_)) => EscrowState::Locked,
                Some(SequencerRegistryErrors::PayoutForfeited(_)) => EscrowState::Forfeited,
                _ => return Err(eyre!("releasing {evidence}: {}", explain(&e))),
            },
        };
        escrows.push(EscrowedPayout {
            evidence,
            offender: escrow.offender,
            amount: amount.to_string(),
            release_at: escrow.releaseAt,
            state,
        });
    }

    let owed = registry.payoutOf(account).call().await?;
    if !owed.is_zero() {
        confirm("withdrawPayout", registry.withdrawPayout().send().await, None).await?;
    }
    Ok(Claim { account, escrows, withdrawn: owed.to_string() })
}
