//! A new user's ordinary mistakes against a real anvil, through the `baton` binary: a deployment file for another
//! chain, a file whose addresses hold no code, deploying over an existing file, a top-up of nothing or of someone
//! else's operator, a committee key written over an existing file or registered by the wrong key or twice. Each ends in one `error:` line naming the fix, a non-zero exit, and no transaction sent. A
//! closed output pipe is not a crash.

use std::{path::Path, process::Command};

use alloy::{
    primitives::Address,
    providers::{Provider, ProviderBuilder},
    signers::local::PrivateKeySigner,
};
use baton_cli::ops;
use baton_protocol::deployment::Deployment;

fn baton(key: &PrivateKeySigner, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_baton"))
        .args(args)
        .env("BATON_PRIVATE_KEY", alloy::hex::encode(key.to_bytes()))
        .env_remove("BATON_KEYSTORE")
        .env_remove("BATON_DEPLOYMENT")
        .env_remove("BATON_L1_RPC")
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn write(path: &Path, deployment: &Deployment) {
    std::fs::write(path, serde_json::to_string_pretty(deployment).expect("serializes")).expect("writes");
}

/// One `error:` line containing `expected`, and a failed exit.
fn refused(result: (bool, String, String), expected: &str) {
    let (ok, _, stderr) = result;
    assert!(!ok, "succeeded: {stderr}");
    assert!(stderr.starts_with("error: ") && stderr.contains(expected), "{stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ordinary_mistakes_cost_nothing() {
    let anvil = baton_foundry::spawn(baton_foundry::anvil().expect("anvil")).expect("spawns");
    let rpc = anvil.endpoint_url();
    let rpc_arg = rpc.to_string();
    let keys: Vec<PrivateKeySigner> = anvil.keys().iter().map(|k| k.clone().into()).collect();
    let dir = tempfile::tempdir().expect("tempdir");
    let good = dir.path().join("31337.json");
    let deployment = ops::deploy(&rpc, &keys[0], &baton_cli::default_params(), &good).await.expect("deploys");
    let good_arg = good.to_str().expect("utf8");
    let provider = ProviderBuilder::new().connect_http(rpc.clone());
    let nonces = || async {
        let mut n = Vec::new();
        for key in &keys[..3] {
            n.push(provider.get_transaction_count(key.address()).await.expect("nonce"));
        }
        n
    };
    let before = nonces().await;
    let signer = Address::repeat_byte(0x51).to_string();

    // A deployment file for another chain.
    let other_chain = dir.path().join("1.json");
    write(&other_chain, &Deployment { chain_id: 1, ..deployment.clone() });
    let args = ["register", "--signer", &signer, "--rpc-url", &rpc_arg, "--deployment"];
    refused(
        baton(&keys[1], &[&args[..], &[other_chain.to_str().expect("utf8")]].concat()),
        "the endpoint serves L1 chain 31337, but the deployment file is for chain 1",
    );

    // A file whose addresses hold no code on this chain: neither a bond nor a deposit goes to them.
    let empty = dir.path().join("empty.json");
    write(
        &empty,
        &Deployment {
            registry: Address::repeat_byte(0x42),
            inbox: Address::repeat_byte(0x43),
            ..deployment.clone()
        },
    );
    let empty_arg = empty.to_str().expect("utf8");
    refused(baton(&keys[1], &[&args[..], &[empty_arg]].concat()), "no contract at the registry address");
    refused(
        baton(
            &keys[1],
            &["deposit", "--to", &signer, "--amount", "1", "--rpc-url", &rpc_arg, "--deployment", empty_arg],
        ),
        "no contract at the registry address",
    );

    // Deploying over an existing deployment file.
    let written = std::fs::read_to_string(&good).expect("reads");
    refused(baton(&keys[0], &["deploy", "--rpc-url", &rpc_arg, "--out", good_arg]), "already exists");
    assert_eq!(std::fs::read_to_string(&good).expect("reads"), written, "the file is untouched");

    // A top-up of nothing, or of an operator this key does not own, needs --yes.
    let (ok, _, stderr) = baton(&keys[1], &[&args[..], &[good_arg]].concat());
    assert!(ok, "{stderr}");
    let top_up = ["top-up", "--id", "0", "--rpc-url", &rpc_arg, "--deployment", good_arg, "--amount"];
    refused(baton(&keys[1], &[&top_up[..], &["0"]].concat()), "a top-up of 0 ETH changes nothing");
    refused(baton(&keys[2], &[&top_up[..], &["1"]].concat()), "operator 0 is owned by");
    let (ok, _, stderr) = baton(&keys[2], &[&top_up[..], &["1", "--yes"]].concat());
    assert!(ok, "{stderr}");

    // Too early, the wrong status, the wrong key: one line each, nothing sent.
    let owner_cmd =
        |action: &'static str| [action, "--id", "0", "--rpc-url", &rpc_arg, "--deployment", good_arg];
    refused(baton(&keys[1], &owner_cmd("withdraw")), "the operator is Active");
    refused(baton(&keys[1], &owner_cmd("unjail")), "the operator is Active");
    refused(baton(&keys[3], &owner_cmd("exit")), "only the operator's owner");

    // A committee key: written once to a new file, registered only by the operator's signer, only once.
    let bls_file = dir.path().join("bls.key");
    let bls_arg = bls_file.to_str().expect("utf8");
    let (ok, stdout, stderr) = baton(&keys[0], &["bls-key", "new", "--out", bls_arg]);
    assert!(ok && stdout.contains("public key hash"), "{stderr}");
    let key_file = std::fs::read_to_string(&bls_file).expect("reads");
    refused(baton(&keys[0], &["bls-key", "new", "--out", bls_arg]), "exists: not overwriting a key");
    assert_eq!(std::fs::read_to_string(&bls_file).expect("reads"), key_file, "the key is untouched");
    let register_key =
        ["bls-key", "register", "--bls-key-file", bls_arg, "--rpc-url", &rpc_arg, "--deployment", good_arg];
    refused(baton(&keys[1], &register_key), "is no operator's signer on this deployment");
    // Operator 1, owned by key 5 with key 4 as its signer, registers it; a second time is refused.
    let signer4 = keys[4].address().to_string();
    let (ok, _, stderr) =
        baton(&keys[5], &["register", "--signer", &signer4, "--rpc-url", &rpc_arg, "--deployment", good_arg]);
    assert!(ok, "{stderr}");
    let (ok, stdout, stderr) = baton(&keys[4], &register_key);
    assert!(ok && stdout.contains("registered BLS key"), "{stderr}");
    refused(baton(&keys[4], &register_key), "already registered this key");
    let (ok, stdout, stderr) =
        baton(&keys[0], &["status", "--json", "--rpc-url", &rpc_arg, "--deployment", good_arg]);
    assert!(ok, "{stderr}");
    let status: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    assert!(
        status["roster"][1]["blsKeyHash"].is_string() && status["roster"][0]["blsKeyHash"].is_null(),
        "{status}"
    );

    // A reader that stops early (`baton status | head -1`) ends the command quietly, not with a panic.
    let mut child = Command::new(env!("CARGO_BIN_EXE_baton"))
        .args(["status", "--rpc-url", &rpc_arg, "--deployment", good_arg])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawns");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("waits");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && !stderr.contains("panicked"), "{:?} {stderr}", out.status);

    // Only the two commands that went through sent anything.
    let after = nonces().await;
    assert_eq!(after, vec![before[0], before[1] + 1, before[2] + 1], "refused commands send nothing");
    let idle = provider.get_transaction_count(keys[3].address()).await.expect("nonce");
    assert_eq!(idle, 0, "the wrong key sent nothing");
}
