//! `baton devnet`: the whole system on one machine. An embedded anvil (or `--rpc-url`), the contracts
//! deployed, N bonded operators running real nodes, a keeper, L2 traffic, and a scenario in which operators
//! misbehave through the nodes' fault switches: one goes offline (backups cover, strikes, jailing), one censors
//! a user who escalates to L1 forced inclusion (the censor is slashed, the user compensated), one equivocates
//! (ejected), and a user deposits ETH. It ends with a report measured from L1.

use std::{
    collections::{BTreeMap, HashMap},
    sync::{
        atomic::{AtomicBool, AtomicU64, Ordering},
        Arc, Mutex,
    },
    time::{Duration, Instant},
};

use alloy::{
    consensus::{SignableTransaction, TxEip1559, TxEnvelope},
    eips::eip2718::Encodable2718,
    primitives::{aliases::U96, keccak256, Address, Bytes, TxKind, B256, U256},
    providers::{ext::AnvilApi, DynProvider, Provider},
    signers::{
        local::{coins_bip39::English, MnemonicBuilder, PrivateKeySigner},
        SignerSync,
    },
    sol_types::SolEvent,
};
use baton_bindings::{
    batch_inbox::BatchInbox,
    sequencer_registry::{ISequencerRegistry::Params, SequencerRegistry},
};
use baton_keeper::strategy::censorship_digest;
use baton_l1::{AnvilBlobs, L1Reader};
use baton_node::{DataMode, Faults, NodeConfig, NodeHandle};
use baton_protocol::{deployment::Deployment, derive::L2Item, sample::TxFactory, schedule::Schedule};
use eyre::{bail, ensure, eyre, Result, WrapErr};
use serde::Serialize;

/// The L2 chain id of the devnet.
pub const L2_CHAIN_ID: u64 = 901;
/// anvil's default mnemonic (the accounts a dev chain funds).
const DEV_MNEMONIC: &str = "test test test test test test test test test test test junk";
const ETHER: u128 = 1_000_000_000_000_000_000;

/// What to run.
#[derive(Clone, Debug)]
pub struct Options {
    /// Bonded operators (at least 4: one goes offline, one censors, one equivocates, the rest stay honest).
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
        bountyBps: 1_000,
        forcedInclusionFee: ether(1, 1_000),
        maxForcedTxSize: 4_096,
    }
}

/// One operator in the report.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OperatorReport {
    /// Operator id.
    pub id: u8,
    /// Its signer.
    pub signer: Address,
    /// What the scenario made it do.
    pub role: &'static str,
    /// Batches it signed that L1 recorded.
    pub batches: u64,
    /// Bond before the scenario, in wei.
    pub bond_before: String,
    /// Bond after, in wei.
    pub bond_after: String,
    /// Status after (`Active`, `Jailed`, `Ejected`, ...).
    pub status_after: String,
}

/// Percentiles of inclusion delays, in L1 blocks (1 s each).
#[derive(Debug, Default, Serialize)]
pub struct Delays {
    /// Transactions measured.
    pub count: usize,
    /// Median delay.
    pub p50: u64,
    /// 95th percentile.
    pub p95: u64,
}

/// A slash observed on L1.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SlashReport {
    /// The operator.
    pub operator: u8,
    /// The fault.
    pub fault: &'static str,
    /// Bond taken, in wei.
    pub penalty: String,
    /// Reporter's bounty, in wei.
    pub bounty: String,
    /// To the harmed user, in wei.
    pub compensation: String,
    /// Who proved it.
    pub reporter: Address,
}

/// What the devnet measured.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// L1 blocks the scenario spanned.
    pub blocks: u64,
    /// Wall-clock seconds.
    pub seconds: u64,
    /// Per operator.
    pub operators: Vec<OperatorReport>,
    /// Forced-only batches (appended by the keeper).
    pub forced_batches: u64,
    /// L2 transactions sent to the nodes.
    pub l2_sent: usize,
    /// Of those, included by a batch.
    pub l2_included: usize,
    /// Inclusion delay of transactions sent to the nodes (sent → batch on L1).
    pub normal_inclusion: Delays,
    /// Inclusion delay of forced entries (queued → included by a batch).
    pub forced_inclusion: Delays,
    /// Gas used by the batch transactions (the whole bill: 21,000, calldata and execution; blob gas apart), per
    /// batch.
    pub gas_per_batch: u64,
    /// The same, per included L2 transaction.
    pub gas_per_l2_tx: u64,
    /// Blob gas of the batch transactions, per included L2 transaction.
    pub blob_gas_per_l2_tx: u64,
    /// Slashes, in order.
    pub slashes: Vec<SlashReport>,
    /// The L1 reorg played, if any.
    pub reorg: Option<String>,
    /// Compensation credited to the censored user, in wei.
    pub user_compensation: String,
    /// The deposit reached the L2 list.
    pub deposit_included: bool,
    /// Things the scenario expected but did not see.
    pub warnings: Vec<String>,
}

struct Progress {
    start: Instant,
    on: bool,
}

impl Progress {
    fn say(&self, message: impl AsRef<str>) {
        if self.on {
            eprintln!("[{:>4}s] {}", self.start.elapsed().as_secs(), message.as_ref());
        }
    }
}

/// An EIP-1559 L2 transfer signed by `key`.
fn l2_transfer(key: &PrivateKeySigner, nonce: u64, to: Address, value: U256) -> Result<Bytes> {
    let tx = TxEip1559 {
        chain_id: L2_CHAIN_ID,
        nonce,
        gas_limit: 21_000,
        max_fee_per_gas: 2_000_000_000,
        max_priority_fee_per_gas: 1_000_000_000,
        to: TxKind::Call(to),
        value,
        access_list: Default::default(),
        input: Bytes::new(),
    };
    let signature = key.sign_hash_sync(&tx.signature_hash())?;
    Ok(TxEnvelope::from(tx.into_signed(signature)).encoded_2718().into())
}

/// The devnet's running pieces.
struct Net {
    provider: DynProvider,
    registry: SequencerRegistry::SequencerRegistryInstance<DynProvider>,
    deployment: Deployment,
    schedule: Schedule,
    nodes: Vec<NodeHandle>,
    progress: Progress,
}

impl Net {
    async fn head(&self) -> Result<u64> {
        Ok(self.provider.get_block_number().await?)
    }

    async fn members(&self, slot: u64) -> Result<u128> {
        let members = self.registry.membersAt(self.schedule.epoch_of(slot)).call().await?;
        u128::try_from(members).map_err(|_| eyre!("member bitmap wider than 128 bits"))
    }

    async fn status(&self, id: u8) -> Result<u8> {
        Ok(self.registry.operator(id).call().await?.status)
    }

    /// Waits until `check` holds, polling every 250 ms, for at most `timeout`.
    async fn wait<F, Fut>(&self, what: &str, timeout: Duration, mut check: F) -> Result<bool>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Result<bool>>,
    {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if check().await? {
                return Ok(true);
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        self.progress.say(format!("  (gave up waiting for {what} after {timeout:?})"));
        Ok(false)
    }

    fn set_faults(&self, id: u8, faults: Faults) {
        self.nodes[usize::from(id)].set_faults(faults);
    }

    /// Batches appended in blocks `[from, to]`.
    async fn appended(&self, from: u64, to: u64) -> Result<Vec<baton_l1::Appended>> {
        let reader =
            L1Reader::new(self.provider.clone(), self.deployment.inbox, AnvilBlobs(self.provider.clone()));
        Ok(reader.appended(from, to).await?)
    }
}

fn percentiles(mut values: Vec<u64>) -> Delays {
    values.sort_unstable();
    let at = |p: f64| {
        if values.is_empty() {
            return 0;
        }
        let rank = ((p / 100.0) * values.len() as f64).ceil() as usize;
        values[rank.clamp(1, values.len()) - 1]
    };
    Delays { count: values.len(), p50: at(50.0), p95: at(95.0) }
}

/// Runs the devnet and returns its report.
/// Replaces the last `depth` blocks with a fork that holds the same transactions at the same heights, as
/// Ethereum's short reorgs usually do (the new proposer includes what the old blocks had). Returns how many
/// transactions moved, or `None` (nothing done) when the window holds a blob transaction: its sidecar is not part
/// of the raw transaction, so it cannot be re-sent as is.
pub async fn fork_with_the_same_transactions(provider: &DynProvider, depth: u64) -> Result<Option<usize>> {
    use alloy::{
        consensus::Transaction as _,
        rpc::types::anvil::{ReorgOptions, TransactionData},
    };
    let head = provider.get_block_number().await?;
    let mut pairs = Vec::new();
    for (offset, number) in (head + 1 - depth..=head).enumerate() {
        let block = provider
            .get_block_by_number(number.into())
            .full()
            .await?
            .ok_or_else(|| eyre!("block {number} missing"))?;
        for tx in block.transactions.into_transactions() {
            if tx.inner.blob_versioned_hashes().is_some_and(|h| !h.is_empty()) {
                return Ok(None);
            }
            let raw: Bytes =
                provider.raw_request("eth_getRawTransactionByHash".into(), (*tx.inner.tx_hash(),)).await?;
            pairs.push((TransactionData::Raw(raw), offset as u64));
        }
    }
    let moved = pairs.len();
    provider.anvil_reorg(ReorgOptions { depth, tx_block_pairs: pairs }).await?;
    Ok(Some(moved))
}

pub async fn run(options: Options) -> Result<Report> {
    ensure!(
        options.operators >= 4,
        "the scenario needs at least 4 operators (offline, censor, equivocator, honest)"
    );
    ensure!(options.operators <= 16, "at most 16 operators (the devnet roster cap)");
    let progress = Progress { start: Instant::now(), on: options.progress };
    let accounts = options.operators + 3;

    // L1: an embedded anvil, or a dev chain that funds the default mnemonic.
    ensure!(
        options.rpc_url.is_none() || options.fork_url.is_none(),
        "--rpc-url and --fork-url exclude each other: the devnet either uses a chain or forks one"
    );
    let anvil = match &options.rpc_url {
        Some(_) => None,
        None => {
            let mut builder = baton_foundry::anvil()?.args(["--accounts", &accounts.to_string()]);
            if let Some(url) = &options.fork_url {
                builder = builder.fork(url.clone());
                if let Some(block) = options.fork_block {
                    builder = builder.fork_block_number(block);
                }
            }
            Some(baton_foundry::spawn(builder).wrap_err_with(|| match &options.fork_url {
                Some(url) => format!("starting anvil as a fork of {url} (is it reachable?)"),
                None => "starting the embedded anvil (run `make setup` first)".into(),
            })?)
        }
    };
    let rpc: reqwest::Url = match (&options.rpc_url, &anvil) {
        (Some(url), _) => url.parse().wrap_err("--rpc-url is not a URL")?,
        (None, Some(a)) => a.endpoint_url(),
        (None, None) => bail!("no L1"),
    };
    let keys: Vec<PrivateKeySigner> = (0..accounts as u32)
        .map(|i| MnemonicBuilder::<English>::default().phrase(DEV_MNEMONIC).index(i)?.build())
        .collect::<Result<_, _>>()?;
    let deployer = crate::ops::connect(&rpc, &keys[0]);
    let chain_id = deployer.get_chain_id().await.wrap_err_with(|| format!("no L1 answering at {rpc}"))?;
    let what = match (&options.fork_url, &anvil) {
        (Some(url), _) => {
            format!("embedded anvil forking {url} at block {}", deployer.get_block_number().await?)
        }
        (None, Some(_)) => "embedded anvil".into(),
        (None, None) => rpc.to_string(),
    };
    progress.say(format!("L1 {what} (chain {chain_id})"));

    // Contracts and bonds.
    let params = devnet_params();
    let registry = SequencerRegistry::deploy(deployer.clone(), params.clone()).await.wrap_err("deploying")?;
    let inbox = registry.inbox().call().await?;
    let genesis = registry.genesisBlock().call().await?;
    let deployment = Deployment {
        chain_id,
        registry: *registry.address(),
        inbox,
        params: crate::ops::read_params(&registry).await?,
    };
    progress.say(format!("deployed registry {} and inbox {inbox}", registry.address()));
    let signers: Vec<PrivateKeySigner> = keys[1..=options.operators].to_vec();
    for signer in &signers {
        let own = SequencerRegistry::new(*registry.address(), crate::ops::connect(&rpc, signer));
        let receipt = own
            .register(signer.address())
            .value(U256::from(params.minBond))
            .send()
            .await?
            .with_timeout(Some(Duration::from_secs(30)))
            .get_receipt()
            .await?;
        ensure!(receipt.status(), "registering {} reverted", signer.address());
    }
    progress.say(format!(
        "{} operators bonded {} ETH each",
        signers.len(),
        U256::from(params.minBond) / U256::from(ETHER)
    ));
    let schedule = Schedule::for_deployment(&deployment, genesis);
    // Bonds count from two epochs after registration.
    let first_slot = schedule.epoch_first_slot(2);
    let target = schedule.slot_start(first_slot);
    let head = deployer.get_block_number().await?;
    if target > head + 1 {
        // anvil can jump there; another dev chain is waited for.
        if deployer.anvil_mine(Some(target - head - 1), None).await.is_err() {
            progress.say(format!("waiting for block {target}, when the bonds take effect"));
            while deployer.get_block_number().await? + 1 < target {
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    }

    // Nodes and the keeper.
    let dir = tempfile::tempdir()?;
    let mut nodes = Vec::new();
    for (i, signer) in signers.iter().enumerate() {
        let mode = if i % 2 == 1 { DataMode::Blobs } else { DataMode::Calldata };
        nodes.push(
            baton_node::start(NodeConfig {
                l1_rpc: rpc.clone(),
                deployment: deployment.clone(),
                signer: signer.clone(),
                listen: "127.0.0.1:0".parse()?,
                data_dir: dir.path().join(format!("node-{i}")),
                peers: Vec::new(),
                data_mode: mode,
                poll_interval: Duration::from_millis(150),
                rpc_timeout: Duration::from_secs(5),
                tx_timeout: Duration::from_secs(3),
                max_batch_txs: 500,
                max_batch_bytes: 100_000,
                mempool: baton_node::mempool::Limits::default(),
                max_fee_per_gas: 500_000_000_000,
                faults: Faults::default(),
                confirmations: 16,
                wait_for_registration: false,
                max_fee_per_blob_gas: 100_000_000_000,
                blob_sources: Vec::new(),
            })
            .await?,
        );
    }
    let urls: Vec<reqwest::Url> = nodes.iter().map(|n| n.url().parse()).collect::<Result<_, _>>()?;
    for (i, node) in nodes.iter().enumerate() {
        node.set_peers(urls.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, u)| u.clone()).collect());
    }
    let keeper_key = keys[options.operators + 1].clone();
    let keeper = baton_keeper::start(baton_keeper::KeeperConfig {
        l1_rpc: anvil.as_ref().map_or_else(|| rpc.to_string(), |a| a.ws_endpoint()),
        deployment: deployment.clone(),
        signer: keeper_key.clone(),
        data_dir: dir.path().join("keeper"),
        listen: "127.0.0.1:0".parse()?,
        feeds: urls.clone(),
        confirmations: 0,
        log_chunk: baton_l1::DEFAULT_LOG_CHUNK,
        poll_interval: Duration::from_millis(200),
        policy: baton_keeper::Policy::default(),
        tx: baton_keeper::TxPolicy {
            tx_timeout: Duration::from_secs(4),
            ..baton_keeper::TxPolicy::default()
        },
    })
    .await?;
    progress.say(format!("{} nodes and a keeper running ({})", nodes.len(), keeper.url()));
    // 1 s blocks. An anvil (embedded or not) is switched to interval mining and back at the end; any other dev
    // chain must already produce blocks by itself.
    let interval_mining = deployer.anvil_set_interval_mining(1).await.is_ok();
    if interval_mining {
        deployer.anvil_set_auto_mine(false).await?;
        deployer.anvil_set_interval_mining(1).await?;
    } else {
        let before = deployer.get_block_number().await?;
        tokio::time::sleep(Duration::from_secs(5)).await;
        ensure!(
            deployer.get_block_number().await? > before,
            "the chain at {rpc} produced no block in 5 s: the devnet needs a chain with a block time (anvil --block-time 1)"
        );
    }
    let net = Net {
        provider: deployer.clone(),
        registry: registry.clone(),
        deployment: deployment.clone(),
        schedule,
        nodes,
        progress,
    };
    let start_block = net.head().await?;
    let bonds_before: Vec<U256> = {
        let mut bonds = Vec::new();
        for id in 0..signers.len() as u8 {
            bonds.push(U256::from(registry.operator(id).call().await?.bond));
        }
        bonds
    };

    // L2 traffic: a transaction every 200 ms to the nodes in turn (an offline one refuses, the next takes it).
    let sent: Arc<Mutex<Vec<(B256, u64)>>> = Arc::default();
    let stop_traffic = Arc::new(AtomicBool::new(false));
    let head_seen = Arc::new(AtomicU64::new(start_block));
    let traffic = {
        let (sent, stop, head_seen, urls, provider) =
            (sent.clone(), stop_traffic.clone(), head_seen.clone(), urls.clone(), deployer.clone());
        let mut factory = TxFactory::new(L2_CHAIN_ID, 50, options.seed);
        tokio::spawn(async move {
            let client = reqwest::Client::new();
            let mut turn = 0usize;
            while !stop.load(Ordering::Relaxed) {
                if let Ok(head) = provider.get_block_number().await {
                    head_seen.store(head, Ordering::Relaxed);
                }
                let raw = factory.next_raw();
                for attempt in 0..urls.len() {
                    let url = &urls[(turn + attempt) % urls.len()];
                    let body = serde_json::json!({"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":[raw]});
                    let accepted = match client.post(url.clone()).json(&body).send().await {
                        Ok(reply) => {
                            reply.json::<serde_json::Value>().await.is_ok_and(|v| v.get("result").is_some())
                        }
                        Err(_) => false,
                    };
                    if accepted {
                        let mut list = sent.lock().unwrap_or_else(|p| p.into_inner());
                        list.push((keccak256(&raw), head_seen.load(Ordering::Relaxed)));
                        break;
                    }
                }
                turn += 1;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        })
    };

    net.progress.say(format!("normal rotation for {} s", options.duration.as_secs()));
    tokio::time::sleep(options.duration).await;
    let mut warnings = Vec::new();

    // 0. An L1 reorg: the last blocks replaced by a fork holding the same transactions. Nodes and keeper follow
    //    it; nobody honest loses anything (the report's bonds show it).
    let reorg_depth = 4;
    let mut reorg = None;
    for _ in 0..20 {
        match fork_with_the_same_transactions(&deployer, reorg_depth).await {
            Ok(Some(moved)) => {
                let at = net.head().await?;
                reorg = Some(format!(
                    "{reorg_depth} blocks below {at} replaced by a fork ({moved} transactions moved)"
                ));
                break;
            }
            Ok(None) => tokio::time::sleep(Duration::from_millis(700)).await, // a blob batch in the window
            Err(e) => {
                warnings.push(format!("no reorg played (the L1 is not an anvil?): {e:#}"));
                break;
            }
        }
    }
    match &reorg {
        Some(what) => net.progress.say(format!("L1 reorg: {what}; nodes and keeper follow it")),
        None if warnings.is_empty() => {
            warnings.push("no reorg played: every window held a blob batch".into())
        }
        None => {}
    }
    let l1_user = keys[options.operators + 2].clone();
    let l2_user = PrivateKeySigner::from_bytes(&keccak256(format!("baton devnet user {}", options.seed)))?;

    // 1. Offline: the operator with the most leader slots in the next epoch goes dark.
    let head = net.head().await?;
    let next_epoch = net.schedule.epoch_of(net.schedule.slot_at(head)) + 1;
    let epoch_slots =
        net.schedule.epoch_first_slot(next_epoch)..net.schedule.epoch_first_slot(next_epoch + 1);
    let members = net.members(epoch_slots.start).await?;
    let mut led: BTreeMap<u8, usize> = BTreeMap::new();
    for slot in epoch_slots.clone() {
        if let Some(leader) = net.schedule.leader(slot, members) {
            *led.entry(leader).or_default() += 1;
        }
    }
    let offline =
        led.iter().max_by_key(|(id, n)| (**n, std::cmp::Reverse(**id))).map(|(id, _)| *id).unwrap_or(0);
    net.set_faults(offline, Faults { offline: true, ..Faults::default() });
    net.progress.say(format!(
        "operator {offline} goes offline (it leads {} slots of epoch {next_epoch})",
        led.get(&offline).unwrap_or(&0)
    ));

    // 2. Censorship: operator C leads slot s + 1; once slot s has its batch, the censored user, ignored by C,
    //    forces its transaction on L1 with a deadline inside slot s + 1.
    let (censor, censored_slot) = {
        let head = net.head().await?;
        let mut found = None;
        for slot in net.schedule.slot_at(head) + 2..net.schedule.slot_at(head) + 40 {
            let members = net.members(slot + 1).await?;
            let (Some(before), Some(leader)) =
                (net.schedule.leader(slot, members), net.schedule.leader(slot + 1, members))
            else {
                continue;
            };
            if leader != offline && before != offline && before != leader {
                found = Some((leader, slot + 1));
                break;
            }
        }
        found.ok_or_else(|| eyre!("no slot led by an online operator after an online one"))?
    };
    net.set_faults(censor, Faults { censor: vec![l2_user.address()], ..Faults::default() });
    let forced_raw = l2_transfer(&l2_user, 0, Address::repeat_byte(0xc0), U256::from(1u64))?;
    net.progress
        .say(format!("operator {censor} censors user {} (it leads slot {censored_slot})", l2_user.address()));
    let body =
        serde_json::json!({"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":[forced_raw]});
    let reply: serde_json::Value = reqwest::Client::new()
        .post(urls[usize::from(censor)].clone())
        .json(&body)
        .send()
        .await?
        .json()
        .await?;
    net.progress.say(format!(
        "  the user sends its transaction to operator {censor}: {}",
        reply.get("result").map_or_else(|| reply.to_string(), |r| format!("accepted as {r}"))
    ));
    let prior_slot = censored_slot - 1;
    let prior_start = net.schedule.slot_start(prior_slot);
    net.wait("the slot before the censor's", Duration::from_secs(120), || async {
        Ok(net.head().await? >= prior_start)
    })
    .await?;
    let prior_batch = net
        .wait("a batch in the slot before the censor's", Duration::from_secs(12), || async {
            let head = net.head().await?;
            Ok(net.appended(prior_start, head).await?.iter().any(|a| a.header.slot == prior_slot))
        })
        .await?;
    if !prior_batch {
        warnings.push(format!(
            "no batch in slot {prior_slot}; the forced entry may be included before the censor's slot"
        ));
    }
    net.progress.say("  not included: the user escalates to L1 forced inclusion");
    let user_inbox = BatchInbox::new(inbox, crate::ops::connect(&rpc, &l1_user));
    let receipt = user_inbox
        .enqueueTransaction(forced_raw.clone())
        .value(U256::from(params.forcedInclusionFee))
        .send()
        .await?
        .with_timeout(Some(Duration::from_secs(30)))
        .get_receipt()
        .await?;
    let entry = receipt
        .decoded_log::<BatchInbox::ForcedEntryQueued>()
        .ok_or_else(|| eyre!("enqueue emitted no ForcedEntryQueued"))?;
    let (entry_index, deadline) = (entry.index, entry.deadline);
    net.progress.say(format!(
        "  queued as entry {entry_index}, deadline block {deadline} (slot {})",
        net.schedule.slot_at(deadline)
    ));

    // 3. Equivocation: another operator signs two headers for its next batch.
    let equivocator = (0..signers.len() as u8).find(|id| *id != offline && *id != censor).unwrap_or(0);
    net.set_faults(equivocator, Faults { equivocate: true, ..Faults::default() });
    net.progress.say(format!("operator {equivocator} will sign two headers for its next batch"));

    // Watch the outcomes.
    let inbox_view = BatchInbox::new(inbox, deployer.clone());
    let censorship_proven = net
        .wait("the censorship slash", Duration::from_secs(90), || async {
            Ok(registry.faultProven(censorship_digest(entry_index)).call().await?)
        })
        .await?;
    if censorship_proven {
        net.progress.say(format!("keeper proved the censorship of entry {entry_index}: operator {censor} slashed, user compensated"));
    } else {
        warnings.push("the censorship was not proven".into());
    }
    let forced_in = net
        .wait("the forced transaction included", Duration::from_secs(60), || async {
            Ok(inbox_view.queueHead().call().await? > entry_index)
        })
        .await?;
    if forced_in {
        net.progress.say("the censored transaction is in the L2 list (forced)");
    } else {
        warnings.push("the forced transaction was not included".into());
    }
    // 4. A deposit, once the censored entry is behind (entries are included in queue order).
    let deposit_value = U256::from(ETHER);
    let receipt = user_inbox
        .depositETH(l2_user.address())
        .value(deposit_value + U256::from(params.forcedInclusionFee))
        .send()
        .await?
        .with_timeout(Some(Duration::from_secs(30)))
        .get_receipt()
        .await?;
    let deposit = receipt
        .decoded_log::<BatchInbox::ForcedEntryQueued>()
        .ok_or_else(|| eyre!("deposit emitted no ForcedEntryQueued"))?;
    net.progress.say(format!("user deposits 1 ETH to L2 (entry {})", deposit.index));

    let deposited = net
        .wait("the deposit included", Duration::from_secs(60), || async {
            Ok(inbox_view.queueHead().call().await? > deposit.index)
        })
        .await?;
    if deposited {
        net.progress.say("deposit included");
    } else {
        warnings.push("the deposit was not included".into());
    }
    if net
        .wait("the equivocator ejected", Duration::from_secs(90), || async {
            Ok(net.status(equivocator).await? == baton_protocol::roster::Status::Ejected as u8)
        })
        .await?
    {
        net.progress
            .say(format!("keeper proved operator {equivocator}'s equivocation: ejected, whole bond taken"));
    } else {
        warnings.push(format!("operator {equivocator} was not ejected"));
    }
    net.set_faults(equivocator, Faults::default());
    if net
        .wait("the offline operator jailed", Duration::from_secs(150), || async {
            Ok(net.status(offline).await? == 2)
        })
        .await?
    {
        net.progress.say(format!(
            "operator {offline} missed {} leader slots: struck and jailed; backups covered its slots",
            params.strikesToJail
        ));
    } else {
        warnings.push(format!("operator {offline} was not jailed"));
    }

    // Let the last transactions land, then stop everything.
    tokio::time::sleep(Duration::from_secs(u64::from(params.slotLength) * 2)).await;
    stop_traffic.store(true, Ordering::Relaxed);
    let _ = traffic.await;
    tokio::time::sleep(Duration::from_secs(u64::from(params.slotLength) * 2)).await;
    let end_block = net.head().await?;
    keeper.stop().await;
    let Net { nodes, progress, .. } = net;
    for node in nodes {
        node.stop().await;
    }
    if interval_mining {
        deployer.anvil_set_interval_mining(0).await?;
        deployer.anvil_set_auto_mine(true).await?;
    }
    let sent = sent.lock().unwrap_or_else(|p| p.into_inner()).clone();
    let parts = Parts { provider: deployer.clone(), registry: registry.clone(), deployment, genesis };
    let report = report(
        &parts,
        &signers,
        &bonds_before,
        [(offline, "offline"), (censor, "censor"), (equivocator, "equivocator")],
        (start_block, end_block),
        sent,
        (l1_user.address(), deposit.index),
        reorg,
        warnings,
        progress.start.elapsed(),
    )
    .await?;
    drop(anvil);
    Ok(report)
}

struct Parts {
    provider: DynProvider,
    registry: SequencerRegistry::SequencerRegistryInstance<DynProvider>,
    deployment: Deployment,
    genesis: u64,
}

#[allow(clippy::too_many_arguments)]
async fn report(
    parts: &Parts,
    signers: &[PrivateKeySigner],
    bonds_before: &[U256],
    roles: [(u8, &'static str); 3],
    (start, end): (u64, u64),
    sent: Vec<(B256, u64)>,
    (user, deposit_index): (Address, u64),
    reorg: Option<String>,
    warnings: Vec<String>,
    elapsed: Duration,
) -> Result<Report> {
    let reader =
        L1Reader::new(parts.provider.clone(), parts.deployment.inbox, AnvilBlobs(parts.provider.clone()));
    let appended = reader.appended(parts.genesis, end).await?;
    let entries = reader.forced_entries(parts.genesis, end).await?;
    let derived = reader.derive(parts.genesis, end).await?;
    let block_of_batch: HashMap<u64, u64> =
        appended.iter().map(|a| (a.header.batchNumber, a.block)).collect();

    // Batches per operator, and gas.
    let ids: HashMap<Address, u8> = signers.iter().enumerate().map(|(i, s)| (s.address(), i as u8)).collect();
    let mut per_operator: HashMap<u8, u64> = HashMap::new();
    let mut forced_batches = 0;
    let mut gas = 0u64;
    let mut blob_gas = 0u64;
    let mut scenario_batches = 0u64;
    for a in appended.iter().filter(|a| a.block >= start) {
        match ids.get(&a.header.sequencer) {
            Some(id) => *per_operator.entry(*id).or_default() += 1,
            None => forced_batches += 1,
        }
        if let Some(receipt) = parts.provider.get_transaction_receipt(a.tx).await? {
            gas += receipt.gas_used;
            blob_gas += receipt.blob_gas_used.unwrap_or(0);
            scenario_batches += 1;
        }
    }

    // Inclusion delays.
    let sent_at: HashMap<B256, u64> = sent.iter().copied().collect();
    let mut normal = Vec::new();
    for item in &derived.items {
        if let L2Item::Sequenced { batch, tx } = item {
            if let (Some(sent), Some(block)) = (sent_at.get(&keccak256(tx)), block_of_batch.get(batch)) {
                normal.push(block.saturating_sub(*sent));
            }
        }
    }
    let mut forced = Vec::new();
    for (index, entry) in entries.range(..) {
        let queued_at = entry.deadline - parts.deployment.params.inclusion_window as u64;
        if queued_at < start {
            continue;
        }
        if let Some(batch) = appended.iter().find(|a| a.header.queuePosition > *index) {
            forced.push(batch.block.saturating_sub(queued_at));
        }
    }
    let l2_included = normal.len();

    // Slashes.
    let filter = alloy::rpc::types::Filter::new()
        .address(*parts.registry.address())
        .event_signature(SequencerRegistry::Slashed::SIGNATURE_HASH)
        .from_block(start)
        .to_block(end);
    let mut slashes = Vec::new();
    let mut user_compensation = U256::ZERO;
    for log in parts.provider.get_logs(&filter).await? {
        let event = SequencerRegistry::Slashed::decode_log_data(log.data())?;
        if event.fault == 1 {
            // Escrowed against the censor until the fault window of the slash's slot closes (PROTOCOL.md
            // §Payouts); the devnet ends long before that, so the report reads it from the slash.
            let escrow = parts.registry.escrowOf(event.evidence).call().await?;
            if escrow.victim == user {
                user_compensation += U256::from(escrow.compensation);
            }
        }
        slashes.push(SlashReport {
            operator: event.id,
            fault: ["equivocation", "censorship", "missed slots (jailed)"]
                .get(usize::from(event.fault))
                .copied()
                .unwrap_or("?"),
            penalty: event.penalty.to_string(),
            bounty: event.bounty.to_string(),
            compensation: event.compensation.to_string(),
            reporter: event.reporter,
        });
    }

    let mut operators = Vec::new();
    for (i, signer) in signers.iter().enumerate() {
        let id = i as u8;
        let op = parts.registry.operator(id).call().await?;
        operators.push(OperatorReport {
            id,
            signer: signer.address(),
            role: roles.iter().find(|(r, _)| *r == id).map_or("honest", |(_, role)| role),
            batches: per_operator.get(&id).copied().unwrap_or(0),
            bond_before: bonds_before.get(i).copied().unwrap_or_default().to_string(),
            bond_after: U256::from(op.bond).to_string(),
            status_after: crate::ops::status_name(op.status),
        });
    }
    let deposit_included = derived
        .items
        .iter()
        .any(|item| matches!(item, L2Item::Deposit { index, .. } if *index == deposit_index));
    Ok(Report {
        blocks: end - start,
        seconds: elapsed.as_secs(),
        operators,
        forced_batches,
        l2_sent: sent.len(),
        l2_included,
        normal_inclusion: percentiles(normal),
        forced_inclusion: percentiles(forced),
        gas_per_batch: gas.checked_div(scenario_batches).unwrap_or(0),
        gas_per_l2_tx: gas.checked_div(l2_included as u64).unwrap_or(0),
        blob_gas_per_l2_tx: blob_gas.checked_div(l2_included as u64).unwrap_or(0),
        slashes,
        reorg,
        user_compensation: user_compensation.to_string(),
        deposit_included,
        warnings,
    })
}

/// The report as human tables.
pub fn render(report: &Report) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(out, "\nBaton devnet: {} L1 blocks in {} s\n", report.blocks, report.seconds);
    let _ = writeln!(out, "operator  role          batches  bond before (ETH)  bond after (ETH)  status");
    for op in &report.operators {
        let _ = writeln!(
            out,
            "{:>8}  {:<12}  {:>7}  {:>17}  {:>16}  {}",
            op.id,
            op.role,
            op.batches,
            crate::format_eth(&op.bond_before),
            crate::format_eth(&op.bond_after),
            op.status_after
        );
    }
    let _ = writeln!(out, "forced-only batches (keeper): {}", report.forced_batches);
    let _ = writeln!(
        out,
        "\nL2 transactions: {} sent, {} included\ninclusion delay (L1 blocks of 1 s): normal p50 {} / p95 {} ({} txs); forced p50 {} / p95 {} ({} entries)",
        report.l2_sent,
        report.l2_included,
        report.normal_inclusion.p50,
        report.normal_inclusion.p95,
        report.normal_inclusion.count,
        report.forced_inclusion.p50,
        report.forced_inclusion.p95,
        report.forced_inclusion.count
    );
    let _ = writeln!(
        out,
        "L1 bill (gas used by batch transactions): {} per batch, {} per L2 transaction; blob gas {} per L2 transaction",
        report.gas_per_batch, report.gas_per_l2_tx, report.blob_gas_per_l2_tx
    );
    let _ = writeln!(out, "\nslashes:");
    for s in &report.slashes {
        let _ = writeln!(
            out,
            "  operator {} for {}: {} ETH taken, bounty {} ETH to {}, compensation {} ETH",
            s.operator,
            s.fault,
            crate::format_eth(&s.penalty),
            crate::format_eth(&s.bounty),
            s.reporter,
            crate::format_eth(&s.compensation)
        );
    }
    let _ = writeln!(
        out,
        "censored user compensated: {} ETH (escrowed until the fault window closes); deposit included: {}",
        crate::format_eth(&report.user_compensation),
        report.deposit_included
    );
    if let Some(reorg) = &report.reorg {
        let honest_whole = report
            .operators
            .iter()
            .filter(|o| o.role == "honest")
            .all(|o| o.bond_before == o.bond_after && o.status_after == "Active");
        let _ = writeln!(
            out,
            "L1 reorg: {reorg}; honest operators {}",
            if honest_whole { "lost nothing" } else { "LOST BOND" }
        );
    }
    for w in &report.warnings {
        let _ = writeln!(out, "warning: {w}");
    }
    out
}
