//! Operator commands: deploy a registry (and its inbox), bond and manage an operator, and read the roster and
//! the schedule of the next slots.

use std::path::Path;

use alloy::{
    network::EthereumWallet,
    primitives::{aliases::U96, Address, U256},
    providers::{DynProvider, Provider, ProviderBuilder},
    rpc::types::TransactionReceipt,
    signers::local::PrivateKeySigner,
};
use baton_bindings::{
    batch_inbox::BatchInbox,
    sequencer_registry::{ISequencerRegistry::Params, SequencerRegistry},
};
use baton_protocol::{
    deployment::{Deployment, Params as DeploymentParams},
    schedule::Schedule,
};
use eyre::{ensure, eyre, Result, WrapErr};
use serde::Serialize;

/// A provider sending from `key` to `rpc`.
pub fn connect(rpc: &reqwest::Url, key: &PrivateKeySigner) -> DynProvider {
    ProviderBuilder::new().wallet(EthereumWallet::from(key.clone())).connect_http(rpc.clone()).erased()
}

/// A read-only provider.
pub fn connect_read(rpc: &reqwest::Url) -> DynProvider {
    ProviderBuilder::new().connect_http(rpc.clone()).erased()
}

/// The deployment parameters as the contracts take them.
pub fn to_contract_params(p: &DeploymentParams) -> Result<Params> {
    let u96 = |v: U256, name: &str| -> Result<U96> {
        U96::checked_from_limbs_slice(v.as_limbs()).ok_or_else(|| eyre!("{name} does not fit 96 bits"))
    };
    Ok(Params {
        l2ChainId: p.l2_chain_id,
        minBond: u96(p.min_bond, "minBond")?,
        maxSequencers: p.max_sequencers,
        slotLength: p.slot_length,
        slotsPerEpoch: p.slots_per_epoch,
        graceBlocks: p.grace_blocks,
        inclusionWindow: p.inclusion_window,
        escapeDelay: p.escape_delay,
        faultWindow: p.fault_window,
        exitDelay: p.exit_delay,
        strikesToJail: p.strikes_to_jail,
        jailCooldown: p.jail_cooldown,
        jailPenalty: u96(p.jail_penalty, "jailPenalty")?,
        censorshipPenalty: u96(p.censorship_penalty, "censorshipPenalty")?,
        censorshipCompensation: u96(p.censorship_compensation, "censorshipCompensation")?,
        receiptSafetyPenalty: u96(p.receipt_safety_penalty, "receiptSafetyPenalty")?,
        receiptLivenessPenalty: u96(p.receipt_liveness_penalty, "receiptLivenessPenalty")?,
        receiptCompensation: u96(p.receipt_compensation, "receiptCompensation")?,
        bountyBps: p.bounty_bps,
        forcedInclusionFee: u96(p.forced_inclusion_fee, "forcedInclusionFee")?,
        maxForcedTxSize: p.max_forced_tx_size,
    })
}

/// The parameters of a deployed registry, as the deployment file holds them.
pub async fn read_params(
    registry: &SequencerRegistry::SequencerRegistryInstance<DynProvider>,
) -> Result<DeploymentParams> {
    Ok(baton_l1::guard::from_contract(&registry.params().call().await?))
}

/// Deploys the registry (which deploys its inbox) with `params`, and writes the deployment file to `out`.
pub async fn deploy(
    rpc: &reqwest::Url,
    key: &PrivateKeySigner,
    params: &DeploymentParams,
    out: &Path,
) -> Result<Deployment> {
    let provider = connect(rpc, key);
    let chain_id = provider.get_chain_id().await.wrap_err_with(|| format!("no L1 answering at {rpc}"))?;
    let deployed = baton_l1::deploy::deploy(&provider, key.address(), to_contract_params(params)?)
        .await
        .map_err(|e| match e {
            baton_l1::deploy::DeployError::Contract { what, source } => {
                eyre!("deploying {what}: {}", explain(&source))
            }
            other => eyre!(other),
        })?;
    let registry = SequencerRegistry::new(deployed.registry, provider.clone());
    let deployment = Deployment {
        chain_id,
        registry: deployed.registry,
        inbox: deployed.inbox,
        receipts: deployed.receipts,
        committee: deployed.committee,
        params: read_params(&registry).await?,
    };
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(out, serde_json::to_string_pretty(&deployment)? + "\n")
        .wrap_err_with(|| format!("writing {}", out.display()))?;
    Ok(deployment)
}

/// Sends `call` and waits for its receipt (at most a minute), failing on a revert; `head` (the current block)
/// says how far a block named in a refusal is.
pub(crate) async fn confirm(
    what: &str,
    pending: alloy::contract::Result<alloy::providers::PendingTransactionBuilder<alloy::network::Ethereum>>,
    head: Option<u64>,
) -> Result<TransactionReceipt> {
    let receipt = pending
        .map_err(|e| eyre!("{what}: {}", crate::refusals::explain(&e, head)))?
        .with_timeout(Some(std::time::Duration::from_secs(60)))
        .get_receipt()
        .await
        .wrap_err_with(|| format!("{what}: no receipt within a minute"))?;
    ensure!(receipt.status(), "{what} reverted in block {:?}", receipt.block_number);
    Ok(receipt)
}

/// A contract error in words (see [`crate::refusals`]).
pub fn explain(error: &alloy::contract::Error) -> String {
    crate::refusals::explain(error, None)
}

/// The operator commands that send one transaction.
#[derive(Clone, Debug)]
pub enum OperatorAction {
    /// Bond `bond` wei for `signer`; the sender becomes the owner.
    Register {
        /// The hot key that will sign headers.
        signer: Address,
        /// Wei to bond (at least `minBond`).
        bond: U256,
    },
    /// Add `amount` wei to operator `id`'s bond.
    TopUp {
        /// Operator id.
        id: u8,
        /// Wei.
        amount: U256,
        /// The user confirmed a top-up of nothing, or of an operator its key does not own.
        confirmed: bool,
    },
    /// Leave the roster (two epochs from now), bond withdrawable after the exit delay.
    Exit {
        /// Operator id.
        id: u8,
    },
    /// Withdraw what is left of the bond once allowed.
    Withdraw {
        /// Operator id.
        id: u8,
    },
    /// Return from jail after the cooldown.
    Unjail {
        /// Operator id.
        id: u8,
    },
}

/// What an operator action changed, read from the registry's event in its receipt.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    /// `register`, `top-up`, `exit`, `withdraw` or `unjail`.
    pub action: &'static str,
    /// The operator.
    pub id: u8,
    /// The L1 transaction.
    pub transaction: alloy::primitives::B256,
    /// Its block.
    pub block: u64,
    /// What changed.
    #[serde(flatten)]
    pub change: Change,
}

/// The change an [`Outcome`] reports (amounts in wei as decimal strings).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase", untagged)]
pub enum Change {
    /// A new operator.
    #[serde(rename_all = "camelCase")]
    Registered {
        /// Its signing address.
        signer: Address,
        /// Its bond.
        bond_wei: String,
        /// First epoch it is scheduled in.
        active_from_epoch: u32,
    },
    /// More bond.
    #[serde(rename_all = "camelCase")]
    ToppedUp {
        /// Added.
        added_wei: String,
        /// The bond now.
        bond_wei: String,
    },
    /// Leaving.
    #[serde(rename_all = "camelCase")]
    ExitRequested {
        /// First epoch it is no longer scheduled in.
        leaves_at_epoch: u32,
        /// Block from which `withdraw` pays out the bond.
        withdrawable_at_block: u64,
    },
    /// The bond paid out.
    #[serde(rename_all = "camelCase")]
    Withdrawn {
        /// Paid.
        amount_wei: String,
        /// To the owner.
        to: Address,
    },
    /// Back in the roster.
    #[serde(rename_all = "camelCase")]
    Unjailed {
        /// First epoch it is scheduled in again.
        active_from_epoch: u32,
    },
}

impl Outcome {
    /// One line for people: what changed and what comes next.
    pub fn describe(&self) -> String {
        let eth = |wei: &str| crate::format_eth(wei);
        let what = match &self.change {
            Change::Registered { signer, bond_wei, active_from_epoch } => format!(
                "registered as operator {} with {} ETH bonded for signer {signer}; scheduled from epoch {active_from_epoch}",
                self.id,
                eth(bond_wei)
            ),
            Change::ToppedUp { added_wei, bond_wei } => format!(
                "added {} ETH to operator {}: its bond is now {} ETH",
                eth(added_wei),
                self.id,
                eth(bond_wei)
            ),
            Change::ExitRequested { leaves_at_epoch, withdrawable_at_block } => format!(
                "operator {} leaves the schedule at epoch {leaves_at_epoch}; `baton withdraw --id {}` pays out its bond from block {withdrawable_at_block}",
                self.id, self.id
            ),
            Change::Withdrawn { amount_wei, to } => {
                format!("withdrew {} ETH of operator {}'s bond to {to}", eth(amount_wei), self.id)
            }
            Change::Unjailed { active_from_epoch } => {
                format!("operator {} is back in the roster from epoch {active_from_epoch}", self.id)
            }
        };
        format!("{what} (transaction {}, block {})", self.transaction, self.block)
    }
}

fn outcome(
    action: &'static str,
    id: u8,
    receipt: &TransactionReceipt,
    change: Option<Change>,
) -> Result<Outcome> {
    let change = change.ok_or_else(|| eyre!("{action}: the receipt holds no registry event"))?;
    Ok(Outcome {
        action,
        id,
        transaction: receipt.transaction_hash,
        block: receipt.block_number.unwrap_or_default(),
        change,
    })
}

/// Sends `action` from `key` (the owner) and reports what it changed.
pub async fn act(
    rpc: &reqwest::Url,
    deployment: &Deployment,
    key: &PrivateKeySigner,
    action: &OperatorAction,
) -> Result<Outcome> {
    use SequencerRegistry as R;
    let registry = SequencerRegistry::new(deployment.registry, connect(rpc, key));
    let head = registry.provider().get_block_number().await.ok();
    match action {
        OperatorAction::Register { signer, bond } => {
            let receipt =
                confirm("register", registry.register(*signer).value(*bond).send().await, head).await?;
            let event = receipt.decoded_log::<R::Registered>();
            let id = event.as_ref().map_or(0, |e| e.id);
            let change = event.map(|e| Change::Registered {
                signer: e.signer,
                bond_wei: e.bond.to_string(),
                active_from_epoch: e.fromEpoch,
            });
            outcome("register", id, &receipt, change)
        }
        OperatorAction::TopUp { id, amount, confirmed } => {
            if !confirmed {
                ensure!(
                    !amount.is_zero(),
                    "a top-up of 0 ETH changes nothing; nothing sent (pass --yes to send it anyway)"
                );
                let owner = registry
                    .operator(*id)
                    .call()
                    .await
                    .map_err(|e| eyre!("operator {id}: {}", explain(&e)))?
                    .owner;
                ensure!(
                    owner == key.address(),
                    "operator {id} is owned by {owner}, not by this key ({}): the ETH would bond someone else's \
                     operator and only its owner could withdraw it; nothing sent (pass --yes if that is meant)",
                    key.address()
                );
            }
            let receipt = confirm("top-up", registry.topUp(*id).value(*amount).send().await, head).await?;
            let change = receipt
                .decoded_log::<R::ToppedUp>()
                .map(|e| Change::ToppedUp { added_wei: e.amount.to_string(), bond_wei: e.bond.to_string() });
            outcome("top-up", *id, &receipt, change)
        }
        OperatorAction::Exit { id } => {
            let receipt = confirm("exit", registry.requestExit(*id).send().await, head).await?;
            let change = receipt.decoded_log::<R::ExitRequested>().map(|e| Change::ExitRequested {
                leaves_at_epoch: e.leavesAtEpoch,
                withdrawable_at_block: e.withdrawableAt,
            });
            outcome("exit", *id, &receipt, change)
        }
        OperatorAction::Withdraw { id } => {
            let receipt = confirm("withdraw", registry.withdraw(*id).send().await, head).await?;
            let change = receipt
                .decoded_log::<R::Withdrawn>()
                .map(|e| Change::Withdrawn { amount_wei: e.amount.to_string(), to: e.owner });
            outcome("withdraw", *id, &receipt, change)
        }
        OperatorAction::Unjail { id } => {
            let receipt = confirm("unjail", registry.unjail(*id).send().await, head).await?;
            let change = receipt
                .decoded_log::<R::Unjailed>()
                .map(|e| Change::Unjailed { active_from_epoch: e.fromEpoch });
            outcome("unjail", *id, &receipt, change)
        }
    }
}

/// The name of an `ISequencerRegistry.Status` value.
pub fn status_name(status: u8) -> String {
    baton_protocol::roster::Status::name_of(status)
}

/// One roster entry.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RosterEntry {
    /// Operator id.
    pub id: u8,
    /// Owner (cold key).
    pub owner: Address,
    /// Signer (hot key).
    pub signer: Address,
    /// Bond in wei.
    pub bond: String,
    /// Lifecycle status.
    pub status: String,
    /// Jailed or ejected now.
    pub suspended: bool,
    /// Strikes in `strike_epoch`.
    pub strikes: u16,
    /// Epoch of the strikes.
    pub strike_epoch: u32,
    /// Block from which an exiting or ejected operator may withdraw (0 otherwise).
    pub withdrawable_at: u64,
    /// Block from which a jailed operator may unjail.
    pub unjailable_at: u64,
    /// `keccak256` of the committee (BLS) key its signer registered, if any.
    pub bls_key_hash: Option<alloy::primitives::B256>,
}

/// One upcoming slot.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SlotEntry {
    /// Slot number.
    pub slot: u64,
    /// Its first block.
    pub start_block: u64,
    /// Leader first, then backups in order.
    pub order: Vec<u8>,
}

/// The state of a deployment.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Status {
    /// Current L1 block.
    pub block: u64,
    /// Current slot.
    pub slot: u64,
    /// Current epoch.
    pub epoch: u32,
    /// Batches appended.
    pub batches: u64,
    /// Forced entries included / queued.
    pub queue_head: u64,
    /// Forced entries queued.
    pub queue_length: u64,
    /// Anyone may post.
    pub escape_hatch_open: bool,
    /// Registered operators.
    pub roster: Vec<RosterEntry>,
    /// The next slots and who may post in them.
    pub schedule: Vec<SlotEntry>,
    /// Totals in wei.
    pub total_bonded: String,
    /// Whether the committee of the current epoch is sealed (certificates of its slots can verify).
    pub committee_sealed: bool,
}

/// Reads the roster, the forced queue and the schedule of the next `slots` slots.
pub async fn status(rpc: &reqwest::Url, deployment: &Deployment, slots: u64) -> Result<Status> {
    let provider = connect_read(rpc);
    let registry = SequencerRegistry::new(deployment.registry, provider.clone());
    let inbox = BatchInbox::new(deployment.inbox, provider.clone());
    let block = provider.get_block_number().await.wrap_err_with(|| format!("no L1 answering at {rpc}"))?;
    let genesis = registry
        .genesisBlock()
        .call()
        .await
        .wrap_err("reading the registry: is the deployment on this chain?")?;
    let schedule = Schedule::for_deployment(deployment, genesis);
    let slot = schedule.slot_at(block);
    let committee = baton_bindings::committee_certificates::CommitteeCertificates::new(
        deployment.committee,
        provider.clone(),
    );
    let mut roster = Vec::new();
    for id in 0..deployment.params.max_sequencers {
        let op = registry.operator(id).call().await?;
        if op.status == 0 {
            continue;
        }
        let key = committee.keyOf(id).call().await?;
        let bls_key_hash = (key.signer == op.signer && !key.keyHash.is_zero()).then_some(key.keyHash);
        roster.push(RosterEntry {
            id,
            owner: op.owner,
            signer: op.signer,
            bond: U256::from(op.bond).to_string(),
            status: status_name(op.status),
            suspended: op.suspended,
            strikes: op.strikes,
            strike_epoch: op.strikeEpoch,
            withdrawable_at: op.withdrawableAt,
            unjailable_at: op.unjailableAt,
            bls_key_hash,
        });
    }
    let mut upcoming = Vec::new();
    for s in slot..slot + slots {
        let members = registry.membersAt(schedule.epoch_of(s)).call().await?;
        let members = u128::try_from(members).map_err(|_| eyre!("member bitmap wider than 128 bits"))?;
        upcoming.push(SlotEntry {
            slot: s,
            start_block: schedule.slot_start(s),
            order: schedule.order(s, members),
        });
    }
    Ok(Status {
        block,
        slot,
        epoch: schedule.epoch_of(slot),
        batches: inbox.batchCount().call().await?,
        queue_head: inbox.queueHead().call().await?,
        queue_length: inbox.queueLength().call().await?,
        escape_hatch_open: inbox.escapeHatchOpen().call().await?,
        roster,
        schedule: upcoming,
        total_bonded: registry.totalBonded().call().await?.to_string(),
        committee_sealed: !committee.committeeHash(schedule.epoch_of(slot)).call().await?.is_zero(),
    })
}

/// The status as human tables.
pub fn render_status(status: &Status) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "block {}  slot {}  epoch {}  batches {}  forced queue {}/{}  escape hatch {}  committee {}",
        status.block,
        status.slot,
        status.epoch,
        status.batches,
        status.queue_head,
        status.queue_length,
        if status.escape_hatch_open { "OPEN" } else { "closed" },
        if status.committee_sealed { "sealed" } else { "not sealed" }
    );
    let _ = writeln!(
        out,
        "\n id  status   susp  bond (ETH)      strikes  signer                                      owner                                       BLS key hash"
    );
    for op in &status.roster {
        let _ = writeln!(
            out,
            "{:>3}  {:<7}  {:<4}  {:>14}  {:>7}  {}  {}  {}",
            op.id,
            op.status,
            if op.suspended { "yes" } else { "" },
            crate::format_eth(&op.bond),
            op.strikes,
            op.signer,
            op.owner,
            op.bls_key_hash.map_or_else(|| "none".to_string(), |h| h.to_string())
        );
    }
    let _ = writeln!(out, "\n slot   start block  leader  backups");
    for s in &status.schedule {
        let rest: Vec<String> = s.order.iter().skip(1).map(u8::to_string).collect();
        let leader = s.order.first().map_or("-".to_string(), u8::to_string);
        let _ = writeln!(out, "{:>5}  {:>12}  {:>6}  {}", s.slot, s.start_block, leader, rest.join(" "));
    }
    out
}
