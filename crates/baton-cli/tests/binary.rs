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
    assert!(stderr.contains("pass --keystore") && stderr.contains("BATON_PRIVATE_KEY"), "{stderr}");

    let out = baton()
        .args(["exit", "--id", "0", "--deployment", file.to_str().expect("utf8"), "--private-key", "0x12"])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("warning: --private-key exposes the key"), "{stderr}");
    assert!(stderr.contains("--private-key is not a hex private key"), "{stderr}");
}
