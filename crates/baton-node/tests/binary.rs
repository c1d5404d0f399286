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
