//! `baton devnet`: the whole system on one machine. An embedded anvil (or `--rpc-url`), the contracts
//! deployed, N bonded operators running real nodes (a third each posting calldata, blobs, or committee-certified
//! data), a keeper, L2 traffic, and a scenario in which operators misbehave through the nodes' fault switches: a
//! third of the committee certifies two headers for one position (all of them ejected), one goes offline (backups
//! cover, strikes, jailing), one censors a user who escalates to L1 forced inclusion (the censor is slashed, the
//! user compensated) and breaks the inclusion receipts it signed (slashed, the holders compensated), one
//! equivocates (ejected), and a user deposits ETH. Every transaction the traffic sends gets a receipt from the
//! slot's leader. It ends with a report measured from L1.
//!
//! One job per file: `net` brings the network up and down, `traffic` sends L2 transactions, `scenario` holds one
//! function per act and watch, `report` reads the outcome back from L1 and `render` prints it. A new act is one
//! function in `scenario` and one line in [`run`].

use std::time::Duration;

use alloy::{
    primitives::{aliases::U96, keccak256, U256},
    signers::local::PrivateKeySigner,
};
use baton_bindings::sequencer_registry::ISequencerRegistry::Params;
use eyre::Result;

mod net;
mod render;
mod report;
mod scenario;
mod traffic;

pub use render::render;
pub use report::{Delays, OperatorReport, Report, SlashReport};
pub use scenario::fork_with_the_same_transactions;

/// The L2 chain id of the devnet.
pub const L2_CHAIN_ID: u64 = 901;
const ETHER: u128 = 1_000_000_000_000_000_000;

/// What to run.
#[derive(Clone, Debug)]
pub struct Options {
    /// Bonded operators (at least 6: two certify conflicting headers, one goes offline, one censors and breaks
    /// inclusion receipts, one equivocates, the rest stay honest).
    pub operators: usize,
    /// Seconds of normal rotation before the faults are played.
    pub duration: Duration,
    /// Seed of the L2 traffic.
    pub seed: u64,
    /// An existing dev chain funding the default mnemonic's accounts instead of an embedded anvil.
    pub rpc_url: Option<String>,
    /// Run the embedded anvil as a fork of this chain (mainnet, say), so the system meets its real state and fees.
    pub fork_url: Option<String>,
    /// The block to fork at (default: the fork source's latest).
    pub fork_block: Option<u64>,
    /// Print progress lines on stderr.
    pub progress: bool,
}

/// Parameters of the devnet deployment: 1 s blocks, 6-block slots, 8-slot epochs.
pub fn devnet_params() -> Params {
    let ether = |n: u128, d: u128| U96::from(n * ETHER / d);
    Params {
        l2ChainId: L2_CHAIN_ID,
        minBond: ether(10, 1),
        maxSequencers: 16,
        slotLength: 6,
        slotsPerEpoch: 8,
        graceBlocks: 2,
        // At least a slot: the next leader always posts after an entry was queued and before its deadline.
        inclusionWindow: 8,
        escapeDelay: 60,
        faultWindow: 300,
        exitDelay: 400,
        strikesToJail: 2,
        // At least the fault window: an unjail forgives only slots in which the operator was suspended.
        jailCooldown: 300,
        jailPenalty: ether(1, 10),
        censorshipPenalty: ether(1, 1),
        // Compensation and bounty share bountyBps of the penalty (PROTOCOL.md §Payouts).
        censorshipCompensation: ether(1, 20),
        receiptSafetyPenalty: ether(1, 1),
        receiptLivenessPenalty: ether(1, 100),
        receiptCompensation: ether(1, 2_000),
        bountyBps: 1_000,
        forcedInclusionFee: ether(1, 1_000),
        maxForcedTxSize: 4_096,
    }
}

/// Runs the devnet and returns its report.
pub async fn run(options: Options) -> Result<Report> {
    run_with(options, |_, _| async { Ok(()) }).await
}

/// Runs the devnet; once the report is built, and while every node, the keeper and its dashboard still run, calls
/// `while_up` with the report and the dashboard's URL (to print the report and keep serving until Ctrl-C, or to
/// inspect the dashboard), then stops everything.
pub async fn run_with<F, Fut>(options: Options, while_up: F) -> Result<Report>
where
    F: FnOnce(&Report, reqwest::Url) -> Fut,
    Fut: std::future::Future<Output = Result<()>>,
{
    let net = net::up(&options).await?;
    let start_block = net.head().await?;
    let mut bonds_before = Vec::new();
    for id in 0..net.signers.len() as u8 {
        bonds_before.push(U256::from(net.registry.operator(id).call().await?.bond));
    }
    // The receipt breaker (who also censors) is fixed up front: the traffic leaves its node alone, so that only the
    // act's receipts are ones it breaks. The operator leading the most slots of the coming epochs gets the role: its
    // acts wait the least for a slot of its own.
    let breaker = scenario::busiest_leader(&net, start_block).await?;
    let urls = net.urls.iter().enumerate().map(|(i, u)| (i != usize::from(breaker)).then(|| u.clone()));
    let traffic = traffic::Traffic::start(
        urls.collect(),
        net.registry.clone(),
        net.schedule,
        net.provider.clone(),
        options.seed,
        start_block,
        net.keeper_url()?,
    );
    net.progress.say(format!("normal rotation for {} s", options.duration.as_secs()));
    tokio::time::sleep(options.duration).await;

    let mut warnings = Vec::new();
    let l1_user = net.keys[options.operators + 2].clone();
    let l2_user = PrivateKeySigner::from_bytes(&keccak256(format!("baton devnet user {}", options.seed)))?;
    let reorg = scenario::reorg(&net, &mut warnings).await?;
    let conflicted = scenario::certificate_conflict(&net, breaker, &mut warnings).await?;
    let double_signers = conflicted.double_signers();
    let offline = scenario::offline(&net, &[&double_signers[..], &[breaker]].concat()).await?;
    // The receipt breaker censors too: an operator greedy enough for one partial-penalty fault plays both.
    let absent = [&double_signers[..], &[offline]].concat();
    let censored = scenario::censorship(&net, breaker, &absent, &l1_user, &l2_user, &mut warnings).await?;
    let equivocator = scenario::equivocation(&net, &[&absent[..], &[breaker]].concat());
    let promised = scenario::broken_receipts(&net, breaker, options.seed, &mut warnings).await?;
    scenario::watch_certificate_conflict(&net, &conflicted, &mut warnings).await?;
    scenario::watch_censorship(&net, censored.as_ref(), &mut warnings).await?;
    let deposit_index = scenario::deposit(&net, &l1_user, &l2_user, &mut warnings).await?;
    scenario::watch_equivocation(&net, equivocator, &mut warnings).await?;
    scenario::watch_jail(&net, offline, &mut warnings).await?;
    scenario::watch_broken_receipts(&net, breaker, &promised, &mut warnings).await?;

    // Let the last transactions land, then stop everything.
    let slot = Duration::from_secs(u64::from(net.params.slotLength));
    tokio::time::sleep(slot * 2).await;
    let sent = traffic.stop().await;
    tokio::time::sleep(slot * 2).await;
    let end_block = net.head().await?;
    let elapsed = net.progress.start.elapsed();
    let parts = report::Parts {
        provider: net.provider.clone(),
        registry: net.registry.clone(),
        deployment: net.deployment.clone(),
        genesis: net.genesis,
        nodes: net.urls.clone(),
    };
    let receipt_reactions = net.keeper_reactions(&["receipt-contradicted", "receipt-unkept"]);
    let certificates = net.certificates(start_block, end_block).await?;
    let observed = report::Observed {
        signers: net.signers.clone(),
        bonds_before,
        roles: [
            vec![
                (offline, "offline"),
                (breaker, "censor, breaks receipts"),
                (equivocator, "equivocator"),
                (conflicted.poster, "certifies twice"),
            ],
            conflicted.colluders.iter().map(|id| (*id, "double-attests")).collect(),
        ]
        .concat(),
        blocks: (start_block, end_block),
        sent,
        promised,
        receipt_reactions,
        certificates,
        user: l1_user.address(),
        deposit_index,
        reorg,
        warnings,
        elapsed,
    };
    // Built while the nodes still run: they serve the committee batches' data.
    let report = report::build(&parts, observed).await;
    let shown = match &report {
        Ok(report) => while_up(report, net.keeper_url()?).await,
        Err(_) => Ok(()),
    };
    let (_, anvil) = net.down().await?;
    // Every provider goes before the chain does: a live one's block poller would log a failed poll.
    drop(parts);
    drop(anvil);
    shown?;
    report
}
