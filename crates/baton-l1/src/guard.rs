//! Checks that an endpoint serves the deployment a file describes, before anything is sent: the same L1 chain,
//! contract code at all three addresses, the registry linked to its inbox and receipts contract, and the file's parameters. Every
//! binary runs it before its first transaction, so a deployment file for another chain, an endpoint where the
//! addresses are empty, or a file that names someone else's contracts ends in one clear error, never in ETH sent to
//! an address that cannot give it back.

use alloy::{
    primitives::{Address, U256},
    providers::{DynProvider, Provider},
};
use baton_bindings::{
    batch_inbox::BatchInbox,
    sequencer_registry::{ISequencerRegistry::Params as ContractParams, SequencerRegistry},
};
use baton_protocol::deployment::{Deployment, Params};

/// Why an endpoint does not serve a deployment.
#[derive(Debug, thiserror::Error)]
pub enum DeploymentError {
    /// The endpoint is another L1 chain than the file's.
    #[error("the endpoint serves L1 chain {endpoint}, but the deployment file is for chain {file}: use the file of this chain or an endpoint of chain {file}")]
    WrongChain {
        /// What the endpoint answers.
        endpoint: u64,
        /// What the file says.
        file: u64,
    },
    /// An address of the file holds no code on this chain.
    #[error("no contract at the {what} address {address} on chain {chain}: the deployment is not on this chain (or not deployed yet)")]
    NoCode {
        /// "registry", "inbox" or "receipts contract".
        what: &'static str,
        /// The empty address.
        address: Address,
        /// The endpoint's chain.
        chain: u64,
    },
    /// The code there does not answer as Baton's contract.
    #[error("{address} is not a Baton {what}: {reason}")]
    NotBaton {
        /// "registry" or "inbox".
        what: &'static str,
        /// The address.
        address: Address,
        /// What failed.
        reason: String,
    },
    /// The registry and the inbox do not point at each other as the file says.
    #[error("the {what} at {address} is linked to {actual}, but the deployment file says {file}")]
    Unlinked {
        /// Whose link.
        what: &'static str,
        /// Its address.
        address: Address,
        /// The address it holds.
        actual: Address,
        /// The address the file names.
        file: Address,
    },
    /// A parameter on chain differs from the file's.
    #[error("parameter {field} is {onchain} on chain but {file} in the deployment file")]
    ParamDiffers {
        /// The parameter's name in the file.
        field: String,
        /// The deployed value.
        onchain: String,
        /// The file's value.
        file: String,
    },
    /// The endpoint failed.
    #[error("L1 endpoint: {0}")]
    Rpc(#[from] alloy::transports::TransportError),
}

/// Checks that `provider` serves `deployment` (see the module docs).
pub async fn check_deployment(
    provider: &DynProvider,
    deployment: &Deployment,
) -> Result<(), DeploymentError> {
    let chain = provider.get_chain_id().await?;
    if chain != deployment.chain_id {
        return Err(DeploymentError::WrongChain { endpoint: chain, file: deployment.chain_id });
    }
    for (what, address) in [
        ("registry", deployment.registry),
        ("inbox", deployment.inbox),
        ("receipts contract", deployment.receipts),
        ("committee contract", deployment.committee),
    ] {
        if provider.get_code_at(address).await?.is_empty() {
            return Err(DeploymentError::NoCode { what, address, chain });
        }
    }
    let registry = SequencerRegistry::new(deployment.registry, provider.clone());
    let not_baton = |what: &'static str, address: Address| {
        move |e: alloy::contract::Error| DeploymentError::NotBaton { what, address, reason: e.to_string() }
    };
    let inbox_of_registry =
        registry.inbox().call().await.map_err(not_baton("registry", deployment.registry))?;
    if inbox_of_registry != deployment.inbox {
        return Err(DeploymentError::Unlinked {
            what: "registry",
            address: deployment.registry,
            actual: inbox_of_registry,
            file: deployment.inbox,
        });
    }
    let inbox = BatchInbox::new(deployment.inbox, provider.clone());
    let registry_of_inbox = inbox.registry().call().await.map_err(not_baton("inbox", deployment.inbox))?;
    if registry_of_inbox != deployment.registry {
        return Err(DeploymentError::Unlinked {
            what: "inbox",
            address: deployment.inbox,
            actual: registry_of_inbox,
            file: deployment.registry,
        });
    }
    let receipts_of_registry =
        registry.receipts().call().await.map_err(not_baton("registry", deployment.registry))?;
    if receipts_of_registry != deployment.receipts {
        return Err(DeploymentError::Unlinked {
            what: "registry",
            address: deployment.registry,
            actual: receipts_of_registry,
            file: deployment.receipts,
        });
    }
    let committee_of_registry =
        registry.committee().call().await.map_err(not_baton("registry", deployment.registry))?;
    if committee_of_registry != deployment.committee {
        return Err(DeploymentError::Unlinked {
            what: "registry",
            address: deployment.registry,
            actual: committee_of_registry,
            file: deployment.committee,
        });
    }
    let onchain =
        from_contract(&registry.params().call().await.map_err(not_baton("registry", deployment.registry))?);
    compare(&onchain, &deployment.params)
}

/// The deployed parameters as the deployment file holds them.
pub fn from_contract(p: &ContractParams) -> Params {
    Params {
        l2_chain_id: p.l2ChainId,
        min_bond: U256::from(p.minBond),
        max_sequencers: p.maxSequencers,
        slot_length: p.slotLength,
        slots_per_epoch: p.slotsPerEpoch,
        grace_blocks: p.graceBlocks,
        inclusion_window: p.inclusionWindow,
        escape_delay: p.escapeDelay,
        fault_window: p.faultWindow,
        exit_delay: p.exitDelay,
        strikes_to_jail: p.strikesToJail,
        jail_cooldown: p.jailCooldown,
        jail_penalty: U256::from(p.jailPenalty),
        censorship_penalty: U256::from(p.censorshipPenalty),
        censorship_compensation: U256::from(p.censorshipCompensation),
        receipt_safety_penalty: U256::from(p.receiptSafetyPenalty),
        receipt_liveness_penalty: U256::from(p.receiptLivenessPenalty),
        receipt_compensation: U256::from(p.receiptCompensation),
        bounty_bps: p.bountyBps,
        forced_inclusion_fee: U256::from(p.forcedInclusionFee),
        max_forced_tx_size: p.maxForcedTxSize,
    }
}

/// One parameter whose deployed value differs from the file's.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct ParamDifference {
    /// Its name in the deployment file.
    pub field: String,
    /// The deployed value (wei in decimal).
    pub onchain: String,
    /// The file's value.
    pub file: String,
}

/// Every parameter (by its name in the file) whose deployed value differs from the file's, in name order.
pub fn param_differences(onchain: &Params, file: &Params) -> Vec<ParamDifference> {
    if onchain == file {
        return Vec::new();
    }
    let (Ok(serde_json::Value::Object(a)), Ok(serde_json::Value::Object(b))) =
        (serde_json::to_value(onchain), serde_json::to_value(file))
    else {
        return vec![ParamDifference {
            field: "params".into(),
            onchain: format!("{onchain:?}"),
            file: format!("{file:?}"),
        }];
    };
    // Wei amounts serialize as hex strings: show them in decimal wei.
    let plain = |v: &serde_json::Value| match v.as_str() {
        Some(s) => s.parse::<U256>().map_or_else(|_| s.to_owned(), |n| n.to_string()),
        None => v.to_string(),
    };
    a.iter()
        .filter(|(field, value)| b.get(*field) != Some(value))
        .map(|(field, value)| ParamDifference {
            field: field.clone(),
            onchain: plain(value),
            file: b.get(field).map_or_else(|| "missing".into(), plain),
        })
        .collect()
}

fn compare(onchain: &Params, file: &Params) -> Result<(), DeploymentError> {
    match param_differences(onchain, file).into_iter().next() {
        None => Ok(()),
        Some(d) => Err(DeploymentError::ParamDiffers { field: d.field, onchain: d.onchain, file: d.file }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params() -> Params {
        Params {
            l2_chain_id: 901,
            min_bond: U256::from(10u64),
            max_sequencers: 16,
            slot_length: 5,
            slots_per_epoch: 32,
            grace_blocks: 2,
            inclusion_window: 20,
            escape_delay: 300,
            fault_window: 7_200,
            exit_delay: 14_400,
            strikes_to_jail: 3,
            jail_cooldown: 7_200,
            jail_penalty: U256::from(1u64),
            censorship_penalty: U256::from(2u64),
            censorship_compensation: U256::from(1u64),
            receipt_safety_penalty: U256::from(2u64),
            receipt_liveness_penalty: U256::from(1u64),
            receipt_compensation: U256::from(0u64),
            bounty_bps: 1_000,
            forced_inclusion_fee: U256::from(1u64),
            max_forced_tx_size: 4_096,
        }
    }

    #[test]
    fn a_differing_parameter_is_named_with_both_values() {
        assert!(compare(&params(), &params()).is_ok());
        let mut file = params();
        file.fault_window = 100;
        let error = compare(&params(), &file).expect_err("differs").to_string();
        assert_eq!(error, "parameter faultWindow is 7200 on chain but 100 in the deployment file");
        let mut file = params();
        file.min_bond = U256::from(11u64);
        let error = compare(&params(), &file).expect_err("differs").to_string();
        assert_eq!(error, "parameter minBond is 10 on chain but 11 in the deployment file");
    }
}
