//! Deploys Baton as docs/PROTOCOL.md §Deployment describes: the `InclusionReceipts` and `CommitteeCertificates`
//! contracts first, each naming the address the registry will have (the deployer's CREATE after them), then the
//! registry, which deploys its inbox and refuses to exist unless both name it back with the same parameters. Three
//! transactions, no admin step: the four contracts are wired immutably.

use alloy::{
    primitives::Address,
    providers::{DynProvider, Provider},
    sol_types::SolValue,
};
use baton_bindings::{
    committee_certificates::{CommitteeCertificates, ISequencerRegistry::Params as CommitteeParams},
    inclusion_receipts::{ISequencerRegistry::Params as ReceiptParams, InclusionReceipts},
    sequencer_registry::{ISequencerRegistry::Params as ContractParams, SequencerRegistry},
};

/// Addresses of a fresh deployment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deployed {
    /// `SequencerRegistry`.
    pub registry: Address,
    /// `BatchInbox`, deployed by the registry.
    pub inbox: Address,
    /// `InclusionReceipts`.
    pub receipts: Address,
    /// `CommitteeCertificates`.
    pub committee: Address,
    /// The deployment's genesis block (`genesisBlock()`: the receipts contract's, the first deployment transaction).
    pub genesis_block: u64,
}

/// Why a deployment failed.
#[derive(Debug, thiserror::Error)]
pub enum DeployError {
    /// A deployment transaction failed or reverted.
    #[error("deploying {what}: {source}")]
    Contract {
        /// Which contract.
        what: &'static str,
        /// The failure.
        source: alloy::contract::Error,
    },
    /// Another transaction from the deployer landed between the deployments.
    #[error("the registry landed at {actual}, not at {expected} the receipts and committee contracts name: was another transaction sent from the deployer meanwhile?")]
    Displaced {
        /// The address the receipts contract was built for.
        expected: Address,
        /// Where the registry landed.
        actual: Address,
    },
    /// The endpoint failed.
    #[error("L1 endpoint: {0}")]
    Rpc(#[from] alloy::transports::TransportError),
}

/// Deploys the four contracts from `deployer` (the account `provider` signs with) with `params`.
pub async fn deploy(
    provider: &DynProvider,
    deployer: Address,
    params: ContractParams,
) -> Result<Deployed, DeployError> {
    let nonce = provider.get_transaction_count(deployer).pending().await?;
    let expected = deployer.create(nonce + 2);
    // The same struct, generated once per binding module.
    let encoded = params.abi_encode();
    let abi_error = |what, e: alloy::sol_types::Error| DeployError::Contract {
        what,
        source: alloy::contract::Error::AbiError(e.into()),
    };
    let receipt_params =
        ReceiptParams::abi_decode(&encoded).map_err(|e| abi_error("InclusionReceipts", e))?;
    let committee_params =
        CommitteeParams::abi_decode(&encoded).map_err(|e| abi_error("CommitteeCertificates", e))?;
    let receipts = InclusionReceipts::deploy(provider.clone(), expected, receipt_params)
        .await
        .map_err(|source| DeployError::Contract { what: "InclusionReceipts", source })?;
    let committee = CommitteeCertificates::deploy(provider.clone(), expected, committee_params)
        .await
        .map_err(|source| DeployError::Contract { what: "CommitteeCertificates", source })?;
    let registry =
        SequencerRegistry::deploy(provider.clone(), params, *receipts.address(), *committee.address())
            .await
            .map_err(|source| DeployError::Contract { what: "SequencerRegistry", source })?;
    if *registry.address() != expected {
        return Err(DeployError::Displaced { expected, actual: *registry.address() });
    }
    let contract = |source| DeployError::Contract { what: "SequencerRegistry", source };
    Ok(Deployed {
        registry: expected,
        inbox: registry.inbox().call().await.map_err(contract)?,
        receipts: *receipts.address(),
        committee: *committee.address(),
        genesis_block: registry.genesisBlock().call().await.map_err(contract)?,
    })
}
