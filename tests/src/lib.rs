//! Shared fixtures for Baton's end-to-end tests: a real anvil on a free port (killed on drop, even when a
//! test panics), a funded wallet provider, and the contracts deployed through the generated bindings.

use alloy::{
    network::EthereumWallet,
    primitives::{aliases::U96, Address, U256},
    providers::{ext::AnvilApi as _, DynProvider, Provider, ProviderBuilder},
    signers::local::PrivateKeySigner,
};
use baton_bindings::sequencer_registry::{
    ISequencerRegistry::Params,
    SequencerRegistry::{self, SequencerRegistryInstance},
};
use baton_foundry::AnvilInstance;
use baton_protocol::schedule::{Schedule, ScheduleParams};
use eyre::{Result, WrapErr};

pub use baton_l1::convert;

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
        jailCooldown: 50,
        jailPenalty: U96::from(ether / U256::from(100)),
        censorshipPenalty: U96::from(ether / U256::from(10)),
        censorshipCompensation: U96::from(ether / U256::from(20)),
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
}

impl Chain {
    /// Spawns anvil (auto-mining) and deploys the contracts with [`test_params`].
    pub async fn deploy() -> Result<Self> {
        Self::deploy_with(test_params()).await
    }

    /// Spawns anvil (auto-mining) and deploys the contracts with `params`.
    pub async fn deploy_with(params: Params) -> Result<Self> {
        let anvil = baton_foundry::spawn(baton_foundry::anvil()?)?;
        let signer: PrivateKeySigner = anvil.keys()[0].clone().into();
        let provider = ProviderBuilder::new()
            .wallet(EthereumWallet::from(signer))
            .connect_http(anvil.endpoint_url())
            .erased();
        let registry = SequencerRegistry::deploy(provider.clone(), params)
            .await
            .wrap_err("deploying SequencerRegistry")?;
        let inbox = registry.inbox().call().await?;
        Ok(Self { anvil, provider, registry, inbox })
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
        let p = self.registry.params().call().await?;
        Ok(Schedule {
            params: ScheduleParams {
                genesis_block: self.registry.genesisBlock().call().await?,
                slot_length: p.slotLength.into(),
                slots_per_epoch: p.slotsPerEpoch.into(),
                grace_blocks: p.graceBlocks.into(),
            },
            l1_chain_id: self.anvil.chain_id(),
            registry: *self.registry.address(),
        })
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
}
