//! The devnet's network: an L1 (embedded anvil, a fork, or a dev chain), the contracts, bonded operators running
//! real nodes, and a keeper; brought up by [`up`] and stopped by [`Net::down`].

use std::time::{Duration, Instant};

use alloy::{
    primitives::{keccak256, U256},
    providers::{ext::AnvilApi, DynProvider, Provider},
    signers::local::{coins_bip39::English, MnemonicBuilder, PrivateKeySigner},
};
use baton_bindings::sequencer_registry::{ISequencerRegistry::Params, SequencerRegistry};
use baton_foundry::AnvilInstance;
use baton_keeper::KeeperHandle;
use baton_l1::{AnvilBlobs, L1Reader};
use baton_node::{DataMode, Faults, NodeConfig, NodeHandle};
use baton_protocol::{bls::SecretKey, deployment::Deployment, schedule::Schedule};
use eyre::{bail, ensure, eyre, Result, WrapErr};

use super::{devnet_params, Options, ETHER};

/// anvil's default mnemonic (the accounts a dev chain funds).
const DEV_MNEMONIC: &str = "test test test test test test test test test test test junk";

/// Progress lines on stderr, timed from the start.
pub(super) struct Progress {
    pub(super) start: Instant,
    on: bool,
}

impl Progress {
    pub(super) fn say(&self, message: impl AsRef<str>) {
        if self.on {
            eprintln!("[{:>4}s] {}", self.start.elapsed().as_secs(), message.as_ref());
        }
    }
}

/// The devnet's running pieces.
pub(super) struct Net {
    pub(super) provider: DynProvider,
    pub(super) rpc: reqwest::Url,
    pub(super) registry: SequencerRegistry::SequencerRegistryInstance<DynProvider>,
    pub(super) deployment: Deployment,
    pub(super) params: Params,
    pub(super) genesis: u64,
    pub(super) schedule: Schedule,
    /// Every funded account: the deployer, the operators, the keeper, the L1 user.
    pub(super) keys: Vec<PrivateKeySigner>,
    /// The operators' signers, by id.
    pub(super) signers: Vec<PrivateKeySigner>,
    pub(super) nodes: Vec<NodeHandle>,
    /// The nodes' JSON-RPC URLs, by operator id.
    pub(super) urls: Vec<reqwest::Url>,
    pub(super) progress: Progress,
    keeper: KeeperHandle,
    interval_mining: bool,
    _dir: tempfile::TempDir,
    anvil: Option<AnvilInstance>,
}

/// Sends one blob transaction to a fresh anvil and waits for it. anvil loads its KZG setup on the first blob
/// transaction it sees (seconds): left to the scenario, that stall lands on whichever blob batch comes first, and
/// on 1 s blocks its operator's slot passes to a backup (seen: the censor's batch landed too late to censor).
async fn warm_up_blobs(deployer: &DynProvider, to: alloy::primitives::Address) -> Result<()> {
    use alloy::{
        consensus::BlobTransactionSidecar,
        eips::eip4844::builder::{SidecarBuilder, SimpleCoder},
        network::TransactionBuilder4844,
        rpc::types::TransactionRequest,
    };
    let sidecar = SidecarBuilder::<SimpleCoder>::from_slice(b"warm up").build::<BlobTransactionSidecar>()?;
    let request = TransactionRequest::default()
        .to(to)
        .with_blob_sidecar(sidecar.into())
        .max_fee_per_blob_gas(1_000_000_000);
    let receipt = deployer
        .send_transaction(request)
        .await
        .wrap_err("warming up anvil's blobs")?
        .with_timeout(Some(Duration::from_secs(60)))
        .get_receipt()
        .await?;
    ensure!(receipt.status(), "the warm-up blob transaction reverted");
    Ok(())
}

/// Brings the network up: L1, contracts, bonds (active from epoch 2), nodes with peers, a keeper, 1 s blocks.
pub(super) async fn up(options: &Options) -> Result<Net> {
    ensure!(
        options.operators >= 6,
        "the scenario needs at least 6 operators (two certify twice, offline, equivocator, censor and receipt \
         breaker, honest)"
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
    if anvil.is_some() {
        warm_up_blobs(&deployer, keys[0].address()).await?;
    }

    // Contracts and bonds.
    let params = devnet_params();
    let deployed = baton_l1::deploy::deploy(&deployer, keys[0].address(), params.clone()).await?;
    let registry = SequencerRegistry::new(deployed.registry, deployer.clone());
    let (inbox, genesis) = (deployed.inbox, deployed.genesis_block);
    let deployment = Deployment {
        chain_id,
        registry: deployed.registry,
        inbox,
        receipts: deployed.receipts,
        committee: deployed.committee,
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
    // Every operator's committee key (derived from its signer's address: a devnet needs no secrecy), registered
    // before its first epoch, so that the nodes seal their committees and certify each other's batches.
    let mut bls_keys = Vec::new();
    for signer in &signers {
        let key = SecretKey::from_seed(keccak256(signer.address()).as_slice())?;
        let provider = crate::ops::connect(&rpc, signer);
        baton_l1::committee::register_key(&provider, deployed.committee, signer.address(), &key).await?;
        bls_keys.push(key);
    }
    progress.say(format!("{} committee (BLS) keys registered", bls_keys.len()));
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
        // The three ways data reaches L1 side by side, so the report compares their gas per L2 transaction.
        let mode = [DataMode::Calldata, DataMode::Blobs, DataMode::Committee][i % 3];
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
                // Rounds of at most half a 1 s block: a member that does not answer never costs a slot.
                committee: baton_node::CommitteeSettings {
                    bls_key: Some(bls_keys[i].clone()),
                    attest_timeout: Duration::from_millis(500),
                },
                // Two epochs of lookahead: the receipt act finds a slot of its operator at once.
                receipts: baton_node::ReceiptSettings {
                    horizon_slots: 2 * u64::from(params.slotsPerEpoch),
                    ..Default::default()
                },
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
        signer: Some(keeper_key.clone()),
        data_dir: dir.path().join("keeper"),
        listen: "127.0.0.1:0".parse()?,
        feeds: urls.clone(),
        blob_sources: Vec::new(),
        confirmations: 0,
        log_chunk: baton_l1::DEFAULT_LOG_CHUNK,
        poll_interval: Duration::from_millis(200),
        policy: baton_keeper::Policy::default(),
        tx: baton_keeper::TxPolicy {
            tx_timeout: Duration::from_secs(4),
            ..baton_keeper::TxPolicy::default()
        },
        // The dashboard's probe: a transfer to every node each slot, timed to L1 (a key of its own, on L2 only).
        probe: Some(baton_keeper::dashboard::probe::ProbeConfig {
            key: PrivateKeySigner::from_bytes(&alloy::primitives::keccak256("baton devnet probe"))?,
            interval: Duration::from_secs(u64::from(params.slotLength)),
        }),
    })
    .await?;
    progress.say(format!("{} nodes and a keeper running; dashboard: {}/", nodes.len(), keeper.url()));
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
    Ok(Net {
        provider: deployer,
        rpc,
        registry,
        deployment,
        params,
        genesis,
        schedule,
        keys,
        signers,
        nodes,
        urls,
        progress,
        keeper,
        interval_mining,
        _dir: dir,
        anvil,
    })
}

impl Net {
    /// Stops the keeper and the nodes, and gives anvil its automine back.
    pub(super) async fn down(self) -> Result<(Vec<PrivateKeySigner>, Option<AnvilInstance>)> {
        self.keeper.stop().await;
        for node in self.nodes {
            node.stop().await;
        }
        if self.interval_mining {
            self.provider.anvil_set_interval_mining(0).await?;
            self.provider.anvil_set_auto_mine(true).await?;
        }
        Ok((self.signers, self.anvil))
    }

    pub(super) async fn head(&self) -> Result<u64> {
        Ok(self.provider.get_block_number().await?)
    }

    pub(super) async fn members(&self, slot: u64) -> Result<u128> {
        let members = self.registry.membersAt(self.schedule.epoch_of(slot)).call().await?;
        u128::try_from(members).map_err(|_| eyre!("member bitmap wider than 128 bits"))
    }

    pub(super) async fn status(&self, id: u8) -> Result<u8> {
        Ok(self.registry.operator(id).call().await?.status)
    }

    /// Waits until `check` holds, polling every 250 ms, for at most `timeout`.
    pub(super) async fn wait<F, Fut>(&self, what: &str, timeout: Duration, mut check: F) -> Result<bool>
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

    /// Blocks from provable to included of the keeper's confirmed actions of these kinds (its reaction latency).
    pub(super) fn keeper_reactions(&self, kinds: &[&str]) -> Vec<u64> {
        let status = self.keeper.status();
        let actions = status["actions"].as_array().cloned().unwrap_or_default();
        actions
            .iter()
            .filter(|a| kinds.iter().any(|k| a["kind"] == *k) && a["state"]["state"] == "confirmed")
            .filter_map(|a| a["state"]["latency_blocks"].as_u64())
            .collect()
    }

    /// The keeper's HTTP URL.
    pub(super) fn keeper_url(&self) -> Result<reqwest::Url> {
        Ok(self.keeper.url().parse()?)
    }

    pub(super) fn set_faults(&self, id: u8, faults: Faults) {
        self.nodes[usize::from(id)].set_faults(faults);
    }

    /// Changes some of an operator's fault switches, leaving the others as they are.
    pub(super) fn update_faults(&self, id: u8, change: impl FnOnce(&mut Faults)) {
        let node = &self.nodes[usize::from(id)];
        let mut faults = node.faults();
        change(&mut faults);
        node.set_faults(faults);
    }

    pub(super) fn faults(&self, id: u8) -> Faults {
        self.nodes[usize::from(id)].faults()
    }

    /// For each sequenced batch appended in blocks `[from, to]`: whether a node holds its certificate, and how long
    /// the poster's round took (milliseconds).
    pub(super) async fn certificates(&self, from: u64, to: u64) -> Result<Vec<Option<u64>>> {
        let mut out = Vec::new();
        for batch in self.appended(from, to).await? {
            if batch.header.sequencer.is_zero() {
                continue;
            }
            let mut latency = None;
            for url in &self.urls {
                let client = baton_node::NodeClient::new(url.clone()).timeout(Duration::from_secs(2));
                if let Ok(Some(found)) = client.certificate(batch.header.hash()).await {
                    latency = Some(found.latency_ms);
                    break;
                }
            }
            out.push(latency);
        }
        Ok(out)
    }

    /// Batches appended in blocks `[from, to]`.
    pub(super) async fn appended(&self, from: u64, to: u64) -> Result<Vec<baton_l1::Appended>> {
        let reader =
            L1Reader::new(self.provider.clone(), self.deployment.inbox, AnvilBlobs(self.provider.clone()));
        Ok(reader.appended(from, to).await?)
    }
}
