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
    /// `InclusionReceipts` address.
    pub receipts: Address,
    /// `CommitteeCertificates` address.
    pub committee: Address,
    /// Constructor parameters (immutable on chain).
    pub params: Params,
}

/// `ISequencerRegistry.Params`. Wei amounts are read from a number, a decimal or `0x` hex string, or a string with
/// a unit (`"10 ether"`, `"0.05 ether"`, `"20 gwei"`); they are written as strings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)]
pub struct Params {
    pub l2_chain_id: u64,
    #[serde(deserialize_with = "amount")]
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
    #[serde(deserialize_with = "amount")]
    pub jail_penalty: U256,
    #[serde(deserialize_with = "amount")]
    pub censorship_penalty: U256,
    #[serde(deserialize_with = "amount")]
    pub censorship_compensation: U256,
    #[serde(deserialize_with = "amount")]
    pub receipt_safety_penalty: U256,
    #[serde(deserialize_with = "amount")]
    pub receipt_liveness_penalty: U256,
    #[serde(deserialize_with = "amount")]
    pub receipt_compensation: U256,
    pub bounty_bps: u16,
    #[serde(deserialize_with = "amount")]
    pub forced_inclusion_fee: U256,
    pub max_forced_tx_size: u32,
}

/// A wei amount from a JSON/TOML number, a decimal or hex string, or a string with a unit (`ether`, `gwei`, `wei`).
fn amount<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<U256, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Number(u64),
        Text(String),
    }
    match Raw::deserialize(deserializer)? {
        Raw::Number(n) => Ok(U256::from(n)),
        Raw::Text(text) => parse_amount(&text).map_err(serde::de::Error::custom),
    }
}

/// Parses `"1000"`, `"0x3e8"`, `"10 ether"`, `"0.05 ether"` or `"20 gwei"` into wei.
pub fn parse_amount(text: &str) -> Result<U256, String> {
    let text = text.trim();
    let bad = || {
        format!("{text:?} is not an amount: write wei (\"1000000000000000\"), or a number and a unit (\"10 ether\", \"20 gwei\")")
    };
    let (number, unit) = match text.split_once(char::is_whitespace) {
        Some((number, unit)) => (number.trim(), unit.trim()),
        None => (text, "wei"),
    };
    let decimals = match unit {
        "ether" | "eth" => 18,
        "gwei" => 9,
        "wei" => 0,
        _ => return Err(bad()),
    };
    if decimals == 0 {
        return number.parse::<U256>().map_err(|_| bad());
    }
    alloy::primitives::utils::parse_units(number, decimals).map(Into::into).map_err(|_| bad())
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
            "receiptSafetyPenalty": "1 ether", "receiptLivenessPenalty": "10000000000000000",
            "receiptCompensation": "500000000000000",
            "faultWindow": 7200, "forcedInclusionFee": "1000000000000000", "graceBlocks": 2,
            "inclusionWindow": 25, "jailCooldown": 7200, "jailPenalty": "100000000000000000",
            "l2ChainId": 901, "maxForcedTxSize": 32768, "maxSequencers": 16,
            "minBond": "100000000000000000000", "slotLength": 5, "slotsPerEpoch": 32, "strikesToJail": 3
          },
          "receipts": "0x5FbDB2315678afecb367f032d93F642f64180aa3",
          "committee": "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
          "registry": "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"
        }"#;
        let d = Deployment::from_json(json).expect("parses");
        assert_eq!(d.chain_id, 31337);
        assert_eq!(parse_amount("10 ether"), Ok(U256::from(10u128 * 10u128.pow(18))));
        assert_eq!(parse_amount("0.05 ether"), Ok(U256::from(5u128 * 10u128.pow(16))));
        assert_eq!(parse_amount("20 gwei"), Ok(U256::from(20_000_000_000u64)));
        assert_eq!(parse_amount("0x3e8"), Ok(U256::from(1000u64)));
        assert!(parse_amount("ten ether").is_err_and(|e| e.contains("is not an amount")));
        assert_eq!(d.params.min_bond, U256::from(100u128 * 10u128.pow(18)));
        assert_eq!(d.params.slot_length, 5);
    }
}
