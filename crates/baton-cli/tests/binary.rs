//! The `baton` binary speaks like a command-line tool: errors are one `error:` line naming the fix, with a
//! non-zero exit, and no source locations.

use std::process::Command;

fn baton() -> Command {
    Command::new(env!("CARGO_BIN_EXE_baton"))
}

#[test]
fn a_missing_deployment_file_is_one_line_naming_the_fix() {
    let out = baton()
        .args(["status", "--deployment", "no/such/file.json"])
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with("error: pass --deployment"), "{stderr}");
    assert!(stderr.contains("no/such/file.json"), "{stderr}");
    assert!(!stderr.contains("Location"), "{stderr}");
}

#[test]
fn commands_that_sign_say_where_the_key_comes_from() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("d.json");
    std::fs::write(&file, baton_protocol::sample::DEPLOYMENT_JSON).expect("writes");
    let out = baton()
        .args(["exit", "--id", "0", "--deployment", file.to_str().expect("utf8")])
        .env_remove("BATON_PRIVATE_KEY")
        .env_remove("BATON_KEYSTORE")
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("pass --account NAME or --keystore PATH") && stderr.contains("BATON_PRIVATE_KEY"),
        "{stderr}"
    );

    let out = baton()
        .args(["exit", "--id", "0", "--deployment", file.to_str().expect("utf8"), "--private-key", "0x12"])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("warning: --private-key exposes the key"), "{stderr}");
    assert!(stderr.contains("--private-key is not a hex private key"), "{stderr}");
}

#[test]
fn a_missing_keystore_is_reported_as_missing_not_as_a_wrong_password() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("d.json");
    std::fs::write(&file, baton_protocol::sample::DEPLOYMENT_JSON).expect("writes");
    let out = baton()
        .args(["exit", "--id", "0", "--deployment", file.to_str().expect("utf8"), "--account", "nobody"])
        .env("HOME", dir.path())
        .env("BATON_KEYSTORE_PASSWORD", "whatever")
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let expected = dir.path().join(".foundry/keystores/nobody");
    assert!(stderr.starts_with(&format!("error: no keystore at {}", expected.display())), "{stderr}");
    assert!(stderr.contains("cast wallet import"), "{stderr}");
}

#[test]
fn version_names_the_commit_and_completions_are_generated() {
    let out = baton().arg("--version").output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && stdout.starts_with("baton 0.1.0 (commit "), "{stdout}");
    let out = baton().args(["completions", "bash"]).output().expect("runs");
    let script = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && script.contains("force-include") && script.contains("--rpc-url"),
        "{script}"
    );
}

#[test]
fn help_shows_the_defaults() {
    let out = baton().args(["status", "--help"]).output().expect("runs");
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("[env: ETH_RPC_URL=") || help.contains("[env: ETH_RPC_URL]"), "{help}");
    assert!(help.contains("[default: http://127.0.0.1:8545"), "{help}");
    assert!(help.contains("[default: deployments/31337.json]"), "{help}");
}

#[test]
fn under_json_an_error_is_one_json_object_on_stdout() {
    let out = baton().args(["status", "--json", "--deployment", "no/such/file.json"]).output().expect("runs");
    assert!(!out.status.success());
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    let error = value["error"].as_str().expect("an error field");
    assert!(error.starts_with("pass --deployment") && error.contains("no/such/file.json"), "{error}");
}
