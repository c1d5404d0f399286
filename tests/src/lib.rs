//! Shared fixtures for Baton's end-to-end tests: a real anvil on a free port (killed on drop, even when a
//! test panics), a funded wallet provider, and the contracts deployed through the generated bindings.

use alloy::{
    network::EthereumWallet,
    primitives::{aliases::U96, Address, B256, U256},
    providers::{ext::AnvilApi as _, DynProvider, Provider, ProviderBuilder},
    signers::local::PrivateKeySigner,
};
use baton_bindings::sequencer_registry::{
    ISequencerRegistry::{Escrow, Params},
    SequencerRegistry::{self, SequencerRegistryInstance},
};
use baton_foundry::AnvilInstance;
use baton_protocol::{calldata, deployment::Deployment, schedule::Schedule};
use eyre::Result;

pub use baton_l1::convert;

pub mod browser;
pub mod child;
pub mod load;

/// How long a test waits for a receipt before failing: a dropped transaction must fail the test, not hang it.
pub const RECEIPT_TIMEOUT: Option<std::time::Duration> = Some(std::time::Duration::from_secs(30));

/// L2 chain id used by every test deployment.
pub const L2_CHAIN_ID: u64 = 901;

/// Parameters small enough for tests to walk through whole epochs quickly.
pub fn test_params() -> Params {
    let ether = U256::from(10).pow(U256::from(18));
    Params {
        l2ChainId: L2_CHAIN_ID,
        minBond: U96::from(ether),
        maxSequencers: 8,
        slotLength: 4,
        slotsPerEpoch: 4,
        graceBlocks: 2,
        inclusionWindow: 10,
        escapeDelay: 40,
        faultWindow: 200,
        exitDelay: 300,
        strikesToJail: 3,
        jailCooldown: 200,
        jailPenalty: U96::from(ether / U256::from(100)),
        censorshipPenalty: U96::from(ether / U256::from(10)),
        censorshipCompensation: U96::from(ether / U256::from(200)),
        receiptSafetyPenalty: U96::from(ether / U256::from(5)),
        receiptLivenessPenalty: U96::from(ether / U256::from(100)),
        receiptCompensation: U96::from(ether / U256::from(2_000)),
        bountyBps: 1_000,
        forcedInclusionFee: U96::from(U256::from(10).pow(U256::from(15))),
        maxForcedTxSize: 4_096,
    }
}

/// A running anvil with the Baton contracts deployed by its first dev account.
#[derive(Debug)]
pub struct Chain {
    /// Keeps anvil alive; dropping the fixture kills it.
    pub anvil: AnvilInstance,
    /// Provider that signs with the deployer key.
    pub provider: DynProvider,
    /// The deployed registry.
    pub registry: SequencerRegistryInstance<DynProvider>,
    /// The inbox the registry deployed.
    pub inbox: Address,
    /// The receipts contract the registry is linked to.
    pub receipts: Address,
    /// The committee contract the registry is linked to.
    pub committee: Address,
}

/// What [`Chain::sealed_committee`] set up.
#[derive(Debug)]
pub struct SealedCommittee {
    /// The operators' signers, by operator id.
    pub signers: Vec<PrivateKeySigner>,
    /// Their BLS keys, by operator id.
    pub keys: Vec<baton_protocol::bls::SecretKey>,
    /// The sealed epoch.
    pub epoch: u32,
    /// Its committee.
    pub committee: baton_protocol::committee::Committee,
}

impl Chain {
    /// Packed `appendBatch()` / `appendBlobBatch()` calldata for `header`, as any account posts it: with the 65-byte
    /// `signature` (sent as EIP-2098), or unsequenced when the header names no sequencer. Reads the operator id and
    /// the queue head from the chain.
    pub async fn batch_input(
        &self,
        header: &baton_protocol::BatchHeader,
        signature: &[u8],
        entry: calldata::Entry,
        payload: &[u8],
    ) -> Result<alloy::primitives::Bytes> {
        let inbox = baton_bindings::batch_inbox::BatchInbox::new(self.inbox, self.provider.clone());
        let queue_head = inbox.queueHead().call().await?;
        let posted = if header.sequencer.is_zero() {
            calldata::Posted::unsequenced(header, queue_head)?
        } else {
            let id = self.registry.operatorIdOf(header.sequencer).call().await?;
            calldata::Posted::signed(header, signature, id, queue_head)?
        };
        Ok(posted.encode(entry, payload))
    }

    /// Sends `input` to the inbox from `provider` (with `sidecar` for a blob batch) and waits for the receipt.
    pub async fn send_to_inbox(
        &self,
        provider: &DynProvider,
        input: alloy::primitives::Bytes,
        sidecar: Option<alloy::eips::eip4844::BlobTransactionSidecar>,
    ) -> Result<alloy::rpc::types::TransactionReceipt> {
        let call = alloy::contract::RawCallBuilder::new_raw(provider, input).to(self.inbox);
        let pending = match sidecar {
            None => call.send().await?,
            Some(s) => call.sidecar(s).max_fee_per_blob_gas(1_000_000_000).send().await?,
        };
        Ok(pending.with_timeout(RECEIPT_TIMEOUT).get_receipt().await?)
    }

    /// Spawns anvil (auto-mining) and deploys the contracts with [`test_params`].
    pub async fn deploy() -> Result<Self> {
        Self::deploy_with(test_params()).await
    }

    /// Spawns anvil (auto-mining) and deploys the contracts with `params`.
    pub async fn deploy_with(params: Params) -> Result<Self> {
        let anvil = baton_foundry::spawn(baton_foundry::anvil()?)?;
        let signer: PrivateKeySigner = anvil.keys()[0].clone().into();
        let deployer = signer.address();
        let provider = ProviderBuilder::new()
            .wallet(EthereumWallet::from(signer))
            .connect_http(anvil.endpoint_url())
            .erased();
        let deployed = baton_l1::deploy::deploy(&provider, deployer, params).await?;
        let registry = SequencerRegistry::new(deployed.registry, provider.clone());
        Ok(Self {
            anvil,
            provider,
            registry,
            inbox: deployed.inbox,
            receipts: deployed.receipts,
            committee: deployed.committee,
        })
    }

    /// A provider signing with anvil dev account `index`.
    pub fn provider_for(&self, index: usize) -> DynProvider {
        let signer: PrivateKeySigner = self.anvil.keys()[index].clone().into();
        ProviderBuilder::new()
            .wallet(EthereumWallet::from(signer))
            .connect_http(self.anvil.endpoint_url())
            .erased()
    }

    /// The EIP-712 domain of this deployment's headers.
    pub fn domain(&self) -> alloy::sol_types::Eip712Domain {
        baton_protocol::header::domain(self.anvil.chain_id(), self.inbox)
    }

    /// The protocol's schedule for this deployment.
    pub async fn schedule(&self) -> Result<Schedule> {
        let genesis = self.registry.genesisBlock().call().await?;
        Ok(Schedule::for_deployment(&self.deployment().await?, genesis))
    }

    /// The deployment as `baton_protocol` describes it (what nodes and keepers are configured with).
    pub async fn deployment(&self) -> Result<Deployment> {
        Ok(Deployment {
            chain_id: self.anvil.chain_id(),
            registry: *self.registry.address(),
            inbox: self.inbox,
            receipts: self.receipts,
            committee: self.committee,
            params: baton_cli::ops::read_params(&self.registry).await?,
        })
    }

    /// Registers `key`'s address as the only operator and mines to the first slot of epoch 2, where it is a
    /// member (and so leads every slot); returns the schedule.
    pub async fn activate(&self, key: &PrivateKeySigner) -> Result<Schedule> {
        self.register(key.address()).await?;
        let schedule = self.schedule().await?;
        self.mine_to(schedule.slot_start(schedule.epoch_first_slot(2))).await?;
        Ok(schedule)
    }

    /// Registers `signer` with the minimum bond, owned by the deployer; fails if not mined in time.
    pub async fn register(&self, signer: Address) -> Result<()> {
        let bond = self.registry.params().call().await?.minBond;
        let receipt = self
            .registry
            .register(signer)
            .value(U256::from(bond))
            .send()
            .await?
            .with_timeout(RECEIPT_TIMEOUT)
            .get_receipt()
            .await?;
        eyre::ensure!(receipt.status(), "register reverted");
        Ok(())
    }

    /// Registers dev accounts 1 to `count` as operators, each with the BLS key derived from `seed` and its id,
    /// mines to the first epoch in which they are all members and seals its committee. Returns the signers, their
    /// keys (by operator id), the epoch and its committee.
    pub async fn sealed_committee(&self, count: usize, seed: u8) -> Result<SealedCommittee> {
        let schedule = self.schedule().await?;
        let signers: Vec<PrivateKeySigner> =
            (1..=count).map(|i| self.anvil.keys()[i].clone().into()).collect();
        let keys = (0..count as u8)
            .map(|i| baton_protocol::bls::SecretKey::from_seed(&[i + seed; 32]))
            .collect::<Result<Vec<_>, _>>()?;
        for (i, signer) in signers.iter().enumerate() {
            self.register(signer.address()).await?;
            baton_l1::committee::register_key(
                &self.provider_for(i + 1),
                self.committee,
                signer.address(),
                &keys[i],
            )
            .await?;
        }
        let epoch = schedule.epoch_of(schedule.slot_at(self.block().await?)) + 2;
        self.mine_to(schedule.slot_start(schedule.epoch_first_slot(epoch))).await?;
        let registry = *self.registry.address();
        let committee =
            baton_l1::committee::committee_of(&self.provider, registry, self.committee, epoch, 0).await?;
        baton_l1::committee::seal(&self.provider, self.committee, epoch, &committee).await?;
        Ok(SealedCommittee { signers, keys, epoch, committee })
    }

    /// Queues `raw` as a forced L2 transaction from `sender`, paying the deployment's inclusion fee; fails if it
    /// reverts or is not mined in time.
    pub async fn enqueue_transaction(
        &self,
        sender: &DynProvider,
        raw: alloy::primitives::Bytes,
    ) -> Result<alloy::rpc::types::TransactionReceipt> {
        let fee = U256::from(self.registry.params().call().await?.forcedInclusionFee);
        let receipt = baton_bindings::batch_inbox::BatchInbox::new(self.inbox, sender.clone())
            .enqueueTransaction(raw)
            .value(fee)
            .send()
            .await?
            .with_timeout(RECEIPT_TIMEOUT)
            .get_receipt()
            .await?;
        eyre::ensure!(receipt.status(), "enqueueTransaction reverted");
        Ok(receipt)
    }

    /// The current L1 block number.
    pub async fn block(&self) -> Result<u64> {
        Ok(self.provider.get_block_number().await?)
    }

    /// Mines until the chain's next block is `block` (no-op if already past).
    pub async fn mine_to(&self, block: u64) -> Result<()> {
        let head = self.block().await?;
        if block > head + 1 {
            self.mine(block - head - 1).await?;
        }
        Ok(())
    }

    /// Mines `blocks` empty blocks.
    pub async fn mine(&self, blocks: u64) -> Result<()> {
        self.provider.anvil_mine(Some(blocks), None).await?;
        Ok(())
    }

    /// The escrow record of the slash `evidence`, from its `Slashed` event (the registry keeps only its hash).
    pub async fn escrow_of(&self, evidence: B256) -> Result<Escrow> {
        let head = self.block().await?;
        baton_l1::payouts::escrow_of(&self.provider, *self.registry.address(), evidence, 0, head)
            .await?
            .ok_or_else(|| eyre::eyre!("no escrow announced for {evidence}"))
    }
}

/// A node configuration for `key` against this chain, tuned for 1 s test blocks.
pub async fn node_config(
    chain: &Chain,
    key: PrivateKeySigner,
    dir: &std::path::Path,
    mode: baton_node::DataMode,
) -> Result<baton_node::NodeConfig> {
    node_config_for(chain.deployment().await?, chain.anvil.endpoint_url(), key, dir, mode)
}

/// [`node_config`] from the deployment and the L1 endpoint alone (for a node in a child process).
pub fn node_config_for(
    deployment: Deployment,
    l1_rpc: reqwest::Url,
    key: PrivateKeySigner,
    dir: &std::path::Path,
    mode: baton_node::DataMode,
) -> Result<baton_node::NodeConfig> {
    Ok(baton_node::NodeConfig {
        l1_rpc,
        deployment,
        signer: key,
        listen: "127.0.0.1:0".parse()?,
        data_dir: dir.to_path_buf(),
        peers: Vec::new(),
        data_mode: mode,
        poll_interval: std::time::Duration::from_millis(150),
        rpc_timeout: std::time::Duration::from_secs(5),
        tx_timeout: std::time::Duration::from_secs(3),
        max_batch_txs: 500,
        max_batch_bytes: 100_000,
        mempool: baton_node::mempool::Limits::default(),
        max_fee_per_gas: 500_000_000_000,
        faults: baton_node::Faults::default(),
        confirmations: 16,
        wait_for_registration: false,
        committee: Default::default(),
        receipts: Default::default(),
        max_fee_per_blob_gas: 100_000_000_000,
        blob_sources: Vec::new(),
    })
}

/// The batch `signer` posted first in `slot`, with the batch before it and its transaction hashes, once recorded.
pub async fn first_batch_in_slot(
    chain: &Chain,
    signer: alloy::primitives::Address,
    slot: u64,
) -> Result<Option<(baton_protocol::BatchHeader, baton_protocol::BatchHeader, Vec<alloy::primitives::B256>)>>
{
    let reader = baton_l1::L1Reader::new(
        chain.provider.clone(),
        chain.inbox,
        baton_l1::Blobs::configured(chain.provider.clone(), Vec::new()),
    );
    let head = chain.block().await?;
    let appended = reader.appended(0, head).await?;
    let Some(position) = appended.iter().position(|b| b.header.slot == slot && b.header.sequencer == signer)
    else {
        return Ok(None);
    };
    let batch = &appended[position];
    let previous = if position == 0 { batch.header.clone() } else { appended[position - 1].header.clone() };
    let txs = reader.transaction_hashes(batch).await?.map_err(|e| eyre::eyre!("batch rejected: {e}"))?;
    Ok(Some((batch.header.clone(), previous, txs)))
}

/// Logs of the code under test in the test's output (`RUST_LOG`, default warn), once per test binary.
pub fn init_tracing() {
    let _ = tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()),
        )
        .with_test_writer()
        .try_init();
}

/// A chain with `params` and the first `count` dev accounts after the deployer registered as operators, mined
/// to the block before their first slot (epoch 2); returns the chain, their keys and that slot.
pub async fn with_operators(params: Params, count: usize) -> Result<(Chain, Vec<PrivateKeySigner>, u64)> {
    let chain = Chain::deploy_with(params).await?;
    let keys: Vec<PrivateKeySigner> = (1..=count).map(|i| chain.anvil.keys()[i].clone().into()).collect();
    for key in &keys {
        chain.register(key.address()).await?;
    }
    let schedule = chain.schedule().await?;
    let first_slot = schedule.epoch_first_slot(2);
    chain.mine_to(schedule.slot_start(first_slot) - 1).await?;
    Ok((chain, keys, first_slot))
}

/// Starts a node for each key (in its own data dir, with its data mode) against this chain, each forwarding to
/// the others.
pub async fn start_nodes(
    chain: &Chain,
    keys: &[PrivateKeySigner],
    dirs: &[tempfile::TempDir],
    modes: &[baton_node::DataMode],
) -> Result<Vec<baton_node::NodeHandle>> {
    let mut nodes = Vec::new();
    for ((key, dir), mode) in keys.iter().zip(dirs).zip(modes) {
        nodes.push(baton_node::start(node_config(chain, key.clone(), dir.path(), *mode).await?).await?);
    }
    connect_nodes(&nodes.iter().collect::<Vec<_>>())?;
    Ok(nodes)
}

/// Serves `app` on a free local port until the test ends; returns its base URL.
pub async fn serve(app: axum::Router) -> Result<reqwest::Url> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/", listener.local_addr()?).parse()?;
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Ok(url)
}

/// Makes every node forward to every other.
pub fn connect_nodes(nodes: &[&baton_node::NodeHandle]) -> Result<()> {
    for (i, node) in nodes.iter().enumerate() {
        let peers = nodes
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, n)| n.url().parse())
            .collect::<Result<Vec<reqwest::Url>, _>>()?;
        node.set_peers(peers);
    }
    Ok(())
}

/// `eth_sendRawTransaction` to a node; returns the JSON-RPC reply as the node sent it (tests look at errors too).
pub async fn send_raw(url: &str, raw: &alloy::primitives::Bytes) -> Result<serde_json::Value> {
    let client = baton_node::NodeClient::new(url.parse()?);
    Ok(match client.send_raw_transaction(raw).await {
        Ok(hash) => serde_json::json!({ "result": hash }),
        Err(baton_node::ClientError::Refused { code, message, .. }) => {
            serde_json::json!({ "error": { "code": code, "message": message } })
        }
        Err(e) => return Err(e.into()),
    })
}

/// A keeper configuration for `key` against `rpc` (this chain, or a fork or proxy of it), tuned for 1 s test
/// blocks: it acts on the head itself (no confirmation depth) and polls every 100 ms.
pub async fn keeper_config(
    chain: &Chain,
    rpc: &str,
    key: PrivateKeySigner,
    dir: &std::path::Path,
) -> Result<baton_keeper::KeeperConfig> {
    Ok(keeper_config_for(chain.deployment().await?, rpc, key, dir))
}

/// [`keeper_config`] for a deployment known without its chain (e.g. in a child process).
pub fn keeper_config_for(
    deployment: Deployment,
    rpc: &str,
    key: PrivateKeySigner,
    dir: &std::path::Path,
) -> baton_keeper::KeeperConfig {
    baton_keeper::KeeperConfig {
        l1_rpc: rpc.to_string(),
        deployment,
        signer: Some(key),
        data_dir: dir.to_path_buf(),
        listen: std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
        feeds: Vec::new(),
        blob_sources: Vec::new(),
        confirmations: 0,
        log_chunk: baton_l1::DEFAULT_LOG_CHUNK,
        poll_interval: std::time::Duration::from_millis(100),
        policy: baton_keeper::Policy::default(),
        probe: None,
        tx: baton_keeper::TxPolicy {
            confirmations: 1,
            tx_timeout: std::time::Duration::from_secs(4),
            rpc_timeout: std::time::Duration::from_secs(3),
            ..baton_keeper::TxPolicy::default()
        },
    }
}

/// Polls `check` every 100 ms until it returns `Some`, failing after `timeout` with `what`.
pub async fn wait_for<T, F, Fut>(what: &str, timeout: std::time::Duration, mut check: F) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<Option<T>>>,
{
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        if let Some(value) = check().await? {
            return Ok(value);
        }
        if tokio::time::Instant::now() > deadline {
            eyre::bail!("timed out after {timeout:?} waiting for {what}");
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// A TCP proxy in front of an RPC endpoint that a test can kill and bring back on the same port, to play an
/// endpoint outage for whoever connects through it.
#[derive(Debug)]
pub struct Proxy {
    /// Where clients connect.
    pub addr: std::net::SocketAddr,
    target: std::net::SocketAddr,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl Proxy {
    /// Starts forwarding a free local port to `target`.
    pub async fn start(target: std::net::SocketAddr) -> Result<Self> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        Ok(Self { addr, target, task: Some(tokio::spawn(Self::serve(listener, target))) })
    }

    async fn serve(listener: tokio::net::TcpListener, target: std::net::SocketAddr) {
        let mut connections = tokio::task::JoinSet::new();
        while let Ok((mut inbound, _)) = listener.accept().await {
            connections.spawn(async move {
                if let Ok(mut outbound) = tokio::net::TcpStream::connect(target).await {
                    let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                }
            });
        }
    }

    /// The proxy's HTTP URL.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Closes the port and every open connection through it.
    pub fn kill(&mut self) {
        if let Some(task) = self.task.take() {
            task.abort(); // dropping the JoinSet aborts every connection
        }
    }

    /// Listens on the same port again.
    pub async fn revive(&mut self) -> Result<()> {
        let listener = tokio::net::TcpListener::bind(self.addr).await?;
        self.task = Some(tokio::spawn(Self::serve(listener, self.target)));
        Ok(())
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A registered operator's signer, as a test plays it: signs headers and posts batches itself.
#[derive(Debug, Clone)]
pub struct TestSigner {
    /// The signing key (also the posting account, funded by anvil).
    pub key: PrivateKeySigner,
    /// Its provider.
    pub provider: DynProvider,
}

impl TestSigner {
    /// Dev account `index` of `chain`.
    pub fn new(chain: &Chain, index: usize) -> Self {
        Self { key: chain.anvil.keys()[index].clone().into(), provider: chain.provider_for(index) }
    }

    /// Signs `header` (with this signer as its sequencer) for `chain`'s inbox.
    pub fn sign(
        &self,
        chain: &Chain,
        mut header: baton_protocol::BatchHeader,
    ) -> Result<baton_keeper::evidence::SignedHeader> {
        header.sequencer = self.key.address();
        let signature = header.sign(&chain.domain(), &self.key)?;
        Ok(baton_keeper::evidence::SignedHeader { header, signature })
    }

    /// Posts an empty batch `batch_number` in `slot` with parent `parent`, returning its header.
    pub async fn post_empty_batch(
        &self,
        chain: &Chain,
        batch_number: u64,
        slot: u64,
        parent: alloy::primitives::B256,
        queue_position: u64,
    ) -> Result<baton_protocol::BatchHeader> {
        let header = baton_protocol::BatchHeader {
            l2ChainId: L2_CHAIN_ID,
            batchNumber: batch_number,
            slot,
            parentHash: parent,
            dataCommitment: alloy::primitives::keccak256([]),
            txRoot: alloy::primitives::B256::ZERO,
            queuePosition: queue_position,
            sequencer: self.key.address(),
        };
        let signed = self.sign(chain, header)?;
        let input =
            chain.batch_input(&signed.header, &signed.signature, calldata::Entry::Calldata, &[]).await?;
        let receipt = chain.send_to_inbox(&self.provider, input, None).await?;
        eyre::ensure!(receipt.status(), "batch {batch_number} reverted");
        Ok(signed.header)
    }
}
