//! `baton-node`: runs one operator's sequencer node.
//!
//! Configuration comes from flags, environment variables and an optional TOML file (`--config`); flags and
//! environment win over the file. Flags shared with `baton` and `baton-keeper` are spelled the same: `--rpc-url`
//! (`ETH_RPC_URL`), `--deployment`, and the signing key from `--account NAME` (Foundry's keystore directory),
//! `--keystore PATH` or `BATON_PRIVATE_KEY` (`BATON_SIGNER_KEY` still works).

use std::{net::SocketAddr, path::PathBuf, time::Duration};

use baton_node::{mempool::Limits, DataMode, NodeConfig};
use clap::Parser;
use eyre::{eyre, Result};
use serde::Deserialize;

#[derive(Debug, Parser)]
#[command(name = "baton-node", version = baton_config::VERSION, about = "Baton sequencer node")]
struct Args {
    /// TOML file with any of the settings below (snake_case keys).
    #[arg(long, env = "BATON_CONFIG")]
    config: Option<PathBuf>,
    /// L1 JSON-RPC endpoint [default: http://127.0.0.1:8545].
    #[arg(long = "rpc-url", visible_alias = "l1-rpc", env = "ETH_RPC_URL")]
    rpc_url: Option<reqwest::Url>,
    /// Deployment file written by `baton deploy` or script/Deploy.s.sol [default: deployments/31337.json].
    #[arg(long, env = "BATON_DEPLOYMENT")]
    deployment: Option<PathBuf>,
    /// The operator's signing key.
    #[command(flatten)]
    key: baton_config::KeyArgs,
    /// Address for JSON-RPC, the header feed and metrics [default: 127.0.0.1:9545].
    #[arg(long, env = "BATON_LISTEN")]
    listen: Option<SocketAddr>,
    /// Directory of the node's database [default: baton-node-data].
    #[arg(long, env = "BATON_DATA_DIR")]
    data_dir: Option<PathBuf>,
    /// Peer nodes' URLs, comma separated.
    #[arg(long, env = "BATON_PEERS", value_delimiter = ',')]
    peers: Vec<reqwest::Url>,
    /// Where batch data goes: calldata, blobs, or auto (per batch, whichever costs less at current fees)
    /// [default: calldata].
    #[arg(long, env = "BATON_DATA_MODE", value_enum)]
    data_mode: Option<DataMode>,
    /// L1 poll interval in milliseconds [default: 500].
    #[arg(long, env = "BATON_POLL_MS")]
    poll_ms: Option<u64>,
    /// Seconds before an unmined batch transaction is replaced at a higher fee [default: 12].
    #[arg(long, env = "BATON_TX_TIMEOUT_SECS")]
    tx_timeout_secs: Option<u64>,
    /// Fee cap for batch transactions, in gwei [default: 500].
    #[arg(long, env = "BATON_MAX_FEE_GWEI")]
    max_fee_gwei: Option<u64>,
    /// Beacon-API sources of blob data, comma separated: a beacon node, then blob archivers (default: anvil's own
    /// method, for devnets).
    #[arg(long, env = "BATON_BLOB_SOURCES", value_delimiter = ',')]
    blob_sources: Vec<reqwest::Url>,
    /// Fee cap for blob gas, in gwei (blob and auto data modes) [default: 100].
    #[arg(long, env = "BATON_MAX_BLOB_FEE_GWEI")]
    max_blob_fee_gwei: Option<u64>,
    /// L1 blocks after which a batch is final for the node (until then a reorg that drops it gives its
    /// transactions back to the pool). Default 64 (two mainnet epochs, past finality).
    #[arg(long, env = "BATON_CONFIRMATIONS")]
    confirmations: Option<u64>,
    /// Start even when the signing key is no operator's signer yet (its registration is on its way).
    #[arg(long, env = "BATON_WAIT_FOR_REGISTRATION")]
    wait_for_registration: bool,
    /// Most inclusion receipts per slot this node leads (0: none). Default 256.
    #[arg(long, env = "BATON_RECEIPTS_PER_SLOT")]
    receipts_per_slot: Option<usize>,
    /// Slots ahead of the current one the node promises inclusion in. Default 8.
    #[arg(long, env = "BATON_RECEIPT_HORIZON")]
    receipt_horizon: Option<u64>,
    /// Least milliseconds between two group commits: receipts arriving meanwhile share one signature and one
    /// fsync (less CPU per receipt under load, up to this much more latency). Default 1; 0 commits each at once.
    #[arg(long, env = "BATON_GROUP_INTERVAL_MS")]
    group_interval_ms: Option<u64>,
    /// The operator's BLS secret key (32 bytes hex), registered with `baton bls-key register`: the node then attests
    /// its committee's batches and gathers certificates for its own.
    #[arg(long, env = "BATON_BLS_KEY", hide_env_values = true)]
    bls_key: Option<alloy::primitives::B256>,
    /// Milliseconds the poster waits for a quorum of attestations before it posts uncertified [default: 2000].
    #[arg(long, env = "BATON_ATTEST_TIMEOUT_MS")]
    attest_timeout_ms: Option<u64>,
    /// DEVNETS AND TESTS ONLY: stop sequencing (post nothing, refuse transactions).
    #[arg(long)]
    fault_offline: bool,
    /// DEVNETS AND TESTS ONLY: censor these senders (L1 or L2 addresses, comma separated).
    #[arg(long, value_delimiter = ',')]
    fault_censor: Vec<alloy::primitives::Address>,
    /// DEVNETS AND TESTS ONLY: sign a second header for every batch and publish it (slashable).
    #[arg(long)]
    fault_equivocate: bool,
    /// DEVNETS AND TESTS ONLY: leave each slot's first promised transaction out of its batch (breaks every receipt
    /// of the slot; slashable).
    #[arg(long)]
    fault_break_receipts: bool,
    /// DEVNETS AND TESTS ONLY: attest without the sign-once guard (signs conflicting certificates; slashable).
    /// Splitting the committee as a poster (`certify_twice`) is set in the TOML file's `[faults]`.
    #[arg(long)]
    fault_double_attest: bool,
}

/// The same settings, from the TOML file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    #[serde(alias = "l1_rpc")]
    rpc_url: Option<reqwest::Url>,
    deployment: Option<PathBuf>,
    keystore: Option<PathBuf>,
    listen: Option<SocketAddr>,
    data_dir: Option<PathBuf>,
    #[serde(default)]
    peers: Vec<reqwest::Url>,
    data_mode: Option<DataMode>,
    poll_ms: Option<u64>,
    tx_timeout_secs: Option<u64>,
    max_fee_gwei: Option<u64>,
    max_blob_fee_gwei: Option<u64>,
    #[serde(default)]
    blob_sources: Vec<reqwest::Url>,
    confirmations: Option<u64>,
    #[serde(default)]
    wait_for_registration: bool,
    #[serde(default)]
    receipts: baton_node::ReceiptSettings,
    attest_timeout_ms: Option<u64>,
    #[serde(default)]
    faults: baton_node::Faults,
}

fn config(args: Args) -> Result<NodeConfig> {
    let file: FileConfig = baton_config::toml_file(args.config.as_deref())?;
    let deployment_path = args
        .deployment
        .or(file.deployment)
        .unwrap_or_else(|| PathBuf::from(baton_config::DEFAULT_DEPLOYMENT));
    let deployment = baton_config::deployment(&deployment_path)
        .map_err(|e| eyre!("{e} (pass --deployment, written by `baton deploy`)"))?;
    Ok(NodeConfig {
        l1_rpc: baton_config::rpc_url(args.rpc_url, file.rpc_url)?,
        deployment,
        signer: args.key.signer(file.keystore.as_deref(), Some("BATON_SIGNER_KEY"))?,
        listen: args.listen.or(file.listen).unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 9545))),
        data_dir: args.data_dir.or(file.data_dir).unwrap_or_else(|| PathBuf::from("baton-node-data")),
        peers: if args.peers.is_empty() { file.peers } else { args.peers },
        data_mode: args.data_mode.or(file.data_mode).unwrap_or(DataMode::Calldata),
        poll_interval: Duration::from_millis(args.poll_ms.or(file.poll_ms).unwrap_or(500)),
        rpc_timeout: Duration::from_secs(10),
        tx_timeout: Duration::from_secs(args.tx_timeout_secs.or(file.tx_timeout_secs).unwrap_or(12)),
        max_batch_txs: 5_000,
        max_batch_bytes: 500_000,
        mempool: Limits::default(),
        max_fee_per_gas: u128::from(args.max_fee_gwei.or(file.max_fee_gwei).unwrap_or(500)) * 1_000_000_000,
        max_fee_per_blob_gas: u128::from(args.max_blob_fee_gwei.or(file.max_blob_fee_gwei).unwrap_or(100))
            * 1_000_000_000,
        blob_sources: if args.blob_sources.is_empty() { file.blob_sources } else { args.blob_sources },
        confirmations: args.confirmations.or(file.confirmations).unwrap_or(64),
        wait_for_registration: args.wait_for_registration || file.wait_for_registration,
        receipts: baton_node::ReceiptSettings {
            per_slot: args.receipts_per_slot.unwrap_or(file.receipts.per_slot),
            horizon_slots: args.receipt_horizon.unwrap_or(file.receipts.horizon_slots),
            group_interval_ms: args.group_interval_ms.unwrap_or(file.receipts.group_interval_ms),
            ..file.receipts
        },
        committee: baton_node::CommitteeSettings {
            bls_key: args
                .bls_key
                .map(|k| baton_protocol::bls::SecretKey::from_bytes(&k))
                .transpose()
                .map_err(|e| eyre!("--bls-key: {e}"))?,
            attest_timeout: Duration::from_millis(
                args.attest_timeout_ms.or(file.attest_timeout_ms).unwrap_or(2_000),
            ),
        },
        faults: baton_node::Faults {
            offline: args.fault_offline || file.faults.offline,
            censor: if args.fault_censor.is_empty() { file.faults.censor } else { args.fault_censor },
            equivocate: args.fault_equivocate || file.faults.equivocate,
            break_receipts: args.fault_break_receipts || file.faults.break_receipts,
            double_attest: args.fault_double_attest || file.faults.double_attest,
            certify_twice: file.faults.certify_twice,
        },
    })
}

/// Errors print as one `error: ...` line with their causes, as `baton` does, and exit 1.
fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr)
        .init();
    let run = async {
        let config = config(Args::parse())?;
        let node = baton_node::start(config).await?;
        tracing::info!(url = %node.url(), "serving JSON-RPC, /headers and /metrics");
        tokio::signal::ctrl_c().await?;
        node.stop().await;
        Ok::<_, eyre::Report>(())
    };
    let result = tokio::runtime::Runtime::new().map_err(eyre::Report::from).and_then(|rt| rt.block_on(run));
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_settings_apply_and_flags_win() {
        let dir = tempfile::tempdir().expect("tempdir");
        let deployment = dir.path().join("d.json");
        std::fs::write(&deployment, baton_protocol::sample::DEPLOYMENT_JSON).expect("writes");
        let file = dir.path().join("node.toml");
        std::fs::write(
            &file,
            format!(
                "l1_rpc = \"http://127.0.0.1:8545\"\ndeployment = {:?}\ndata_mode = \"blobs\"\npoll_ms = 250\n",
                deployment
            ),
        )
        .expect("writes");
        std::env::set_var(
            "BATON_SIGNER_KEY",
            "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
        );
        let args =
            Args::parse_from(["baton-node", "--config", file.to_str().expect("utf8"), "--poll-ms", "100"]);
        let c = config(args).expect("valid");
        assert_eq!(c.data_mode, DataMode::Blobs, "from the file");
        assert_eq!(c.poll_interval, Duration::from_millis(100), "the flag wins");
        assert_eq!(c.deployment.params.l2_chain_id, 901);

        std::fs::write(&file, "l1_rpc = \"http://x\"\nunknown_key = 1\n").expect("writes");
        let args = Args::parse_from(["baton-node", "--config", file.to_str().expect("utf8")]);
        let err = config(args).expect_err("unknown keys are refused");
        assert!(format!("{err:#}").contains("unknown_key"), "{err:#}");
    }
}
