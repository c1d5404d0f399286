//! The `baton` command's library: the devnet that plays the whole system on one machine, the operator commands
//! (deploy, bond, exit, status) and the user commands (send, deposit, force-include, track), and `verify` (the deployment is this repository's code and has no
//! admin path), usable from tests
//! and other tools as well as from the binary.

use alloy::primitives::U256;
use baton_protocol::deployment::Params;

pub mod devnet;
pub mod ops;
pub mod payouts;
pub mod refusals;
pub mod user;
pub mod verify;

const ETHER: u128 = 1_000_000_000_000_000_000;

/// `N blocks (about T at S s per block)`: a block count as a person reads it.
pub fn blocks_in_words(blocks: u64, block_seconds: f64) -> String {
    let secs = blocks as f64 * block_seconds;
    let span = match secs {
        s if s < 120.0 => format!("{s:.0} seconds"),
        s if s < 7_200.0 => format!("{:.0} minutes", s / 60.0),
        s if s < 172_800.0 => format!("{:.1} hours", s / 3_600.0),
        s => format!("{:.1} days", s / 86_400.0),
    };
    format!("{blocks} blocks (about {span} at {block_seconds} s per block)")
}

/// Wei (decimal string) as ETH with four decimals.
pub fn format_eth(wei: &str) -> String {
    let wei: u128 = wei.parse().unwrap_or(0);
    format!("{}.{:04}", wei / ETHER, (wei % ETHER) / (ETHER / 10_000))
}

/// The parameters of a `baton deploy --params` file (JSON, or TOML by its `.toml` extension): any of the deployment
/// file's parameter names, the others keeping [`default_params`]; wei amounts as numbers, strings or with a unit
/// (`"10 ether"`). Errors name the file and the field.
pub fn params_file(path: &std::path::Path) -> eyre::Result<Params> {
    use eyre::{eyre, WrapErr};
    let text = std::fs::read_to_string(path).wrap_err_with(|| format!("reading {}", path.display()))?;
    let given: serde_json::Value = if path.extension().is_some_and(|e| e == "toml") {
        let value: toml::Value =
            toml::from_str(&text).map_err(|e| eyre!("parsing {}: {e}", path.display()))?;
        serde_json::to_value(value)?
    } else {
        serde_json::from_str(&text).map_err(|e| eyre!("parsing {}: {e}", path.display()))?
    };
    let serde_json::Value::Object(given) = given else {
        return Err(eyre!("{}: expected a table of parameters", path.display()));
    };
    let serde_json::Value::Object(mut merged) = serde_json::to_value(default_params())? else {
        return Err(eyre!("default parameters do not serialize to a table"));
    };
    for (key, value) in given {
        if !merged.contains_key(&key) {
            let known: Vec<&String> = merged.keys().collect();
            return Err(eyre!("{}: unknown parameter {key:?} (known: {known:?})", path.display()));
        }
        merged.insert(key, value);
    }
    serde_path_to_error::deserialize(serde_json::Value::Object(merged))
        .map_err(|e| eyre!("{}: parameter {}: {}", path.display(), e.path(), e.inner()))
}

/// The production defaults of script/Deploy.s.sol (12 s L1 blocks); docs/PROTOCOL.md explains each.
pub fn default_params() -> Params {
    let ether = |n: u128, d: u128| U256::from(n * ETHER / d);
    Params {
        l2_chain_id: 901,
        min_bond: ether(10, 1),
        max_sequencers: 16,
        slot_length: 5,
        slots_per_epoch: 32,
        grace_blocks: 2,
        inclusion_window: 25,
        escape_delay: 300,
        fault_window: 7_200,
        exit_delay: 14_400,
        strikes_to_jail: 3,
        jail_cooldown: 7_200,
        jail_penalty: ether(1, 10),
        censorship_penalty: ether(1, 1),
        censorship_compensation: ether(1, 20),
        receipt_safety_penalty: ether(1, 1),
        receipt_liveness_penalty: ether(1, 100),
        receipt_compensation: ether(1, 2000),
        bounty_bps: 1_000,
        forced_inclusion_fee: ether(1, 1_000),
        max_forced_tx_size: 32_768,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_parameters_file_is_the_defaults_and_mistakes_name_the_field() {
        let example =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../deployments/params.example.toml");
        assert_eq!(params_file(&example).expect("parses"), default_params());

        let dir = tempfile::tempdir().expect("tempdir");
        let partial = dir.path().join("p.json");
        std::fs::write(&partial, r#"{"minBond": "20 ether", "faultWindow": 100}"#).expect("writes");
        let p = params_file(&partial).expect("parses");
        assert_eq!(p.min_bond, U256::from(20 * ETHER));
        assert_eq!((p.fault_window, p.slot_length), (100, 5), "the rest keeps the defaults");

        std::fs::write(&partial, r#"{"minBond": "ten ether"}"#).expect("writes");
        let error = params_file(&partial).expect_err("bad amount").to_string();
        assert!(error.contains("parameter minBond") && error.contains("is not an amount"), "{error}");
        std::fs::write(&partial, r#"{"faultWindows": 100}"#).expect("writes");
        let error = params_file(&partial).expect_err("unknown key").to_string();
        assert!(error.contains("unknown parameter \"faultWindows\""), "{error}");
    }
}
