//! The deployment file `script/Deploy.s.sol` writes (`deployments/<chainid>.json`).

use alloy::primitives::{Address, U256};
use serde::{Deserialize, Serialize};

/// Addresses and parameters of one deployment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Deployment {
    /// L1 chain id.
    pub chain_id: u64,
    /// `SequencerRegistry` address.
    pub registry: Address,
    /// `BatchInbox` address.
    pub inbox: Address,
    /// Constructor parameters (immutable on chain).
    pub params: Params,
}

/// `ISequencerRegistry.Params`; wei amounts are decimal strings in the file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)]
pub struct Params {
    pub l2_chain_id: u64,
    pub min_bond: U256,
    pub max_sequencers: u8,
    pub slot_length: u32,
    pub slots_per_epoch: u32,
    pub grace_blocks: u32,
    pub inclusion_window: u32,
    pub escape_delay: u32,
    pub fault_window: u32,
    pub exit_delay: u32,
    pub strikes_to_jail: u16,
    pub jail_cooldown: u32,
    pub jail_penalty: U256,
    pub censorship_penalty: U256,
    pub censorship_compensation: U256,
    pub bounty_bps: u16,
    pub forced_inclusion_fee: U256,
    pub max_forced_tx_size: u32,
}

impl Deployment {
    /// Parses a deployment file's contents.
    pub fn from_json(json: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_file_deploy_writes() {
        let json = r#"{
          "chainId": 31337,
          "inbox": "0xa16E02E87b7454126E5E10d957A927A7F5B5d2be",
          "params": {
            "bountyBps": 1000, "censorshipCompensation": "50000000000000000",
            "censorshipPenalty": "1000000000000000000", "escapeDelay": 300, "exitDelay": 14400,
            "faultWindow": 7200, "forcedInclusionFee": "1000000000000000", "graceBlocks": 2,
            "inclusionWindow": 25, "jailCooldown": 7200, "jailPenalty": "100000000000000000",
            "l2ChainId": 901, "maxForcedTxSize": 32768, "maxSequencers": 16,
            "minBond": "100000000000000000000", "slotLength": 5, "slotsPerEpoch": 32, "strikesToJail": 3
          },
          "registry": "0x5FbDB2315678afecb367f032d93F642f64180aa3"
        }"#;
        let d = Deployment::from_json(json).expect("parses");
        assert_eq!(d.chain_id, 31337);
        assert_eq!(d.params.min_bond, U256::from(100u128 * 10u128.pow(18)));
        assert_eq!(d.params.slot_length, 5);
    }
}
