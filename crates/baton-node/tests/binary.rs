//! The `baton-node` binary speaks like `baton`: a configuration error is one `error:` line naming the fix, with a
//! non-zero exit and no source locations.

use std::process::Command;

#[test]
fn a_missing_deployment_is_one_line_naming_the_fix() {
    let out = Command::new(env!("CARGO_BIN_EXE_baton-node"))
        .args(["--l1-rpc", "http://127.0.0.1:1"])
        .env_remove("BATON_DEPLOYMENT")
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("error: reading deployments/31337.json") && stderr.contains("pass --deployment"),
        "{stderr}"
    );
    assert!(!stderr.contains("Location") && stderr.trim_end().lines().count() == 1, "one line: {stderr}");
}

/// A wrong RPC URL is reported as an endpoint that does not answer, not as a deployment problem.
#[test]
fn an_endpoint_that_does_not_answer_is_named() {
    let dir = std::env::temp_dir().join(format!("baton-node-binary-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let deployment = dir.join("d.json");
    std::fs::write(&deployment, baton_protocol::sample::DEPLOYMENT_JSON).expect("writes");
    let out = Command::new(env!("CARGO_BIN_EXE_baton-node"))
        .args(["--rpc-url", "http://127.0.0.1:1", "--deployment", deployment.to_str().expect("utf8")])
        .args(["--data-dir", dir.join("data").to_str().expect("utf8"), "--listen", "127.0.0.1:0"])
        .env("BATON_PRIVATE_KEY", "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d")
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let error = stderr.lines().find(|l| l.starts_with("error: ")).expect("an error line");
    assert!(error.starts_with("error: L1 endpoint:") && !error.contains("deployment"), "{stderr}");
    assert!(!stderr.contains('\u{1b}'), "no colour codes off a terminal: {stderr}");
}
