//! The `baton-keeper` binary: `status` prints a running keeper's document (as JSON or a table) and says what
//! to do when no keeper answers; `run` refuses incomplete configuration with a message naming the fix.

use std::process::Command;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn keeper() -> Command {
    Command::new(env!("CARGO_BIN_EXE_baton-keeper"))
}

/// Serves `body` as JSON on a free port; returns the base URL.
async fn serve(body: &'static str) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("binds");
    let url = format!("http://{}/", listener.local_addr().expect("addr"));
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let mut request = [0u8; 2048];
            let _ = socket.read(&mut request).await;
            let response = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = socket.write_all(response.as_bytes()).await;
        }
    });
    url
}

const STATUS: &str = r#"{"keeper":"0x14dC79964da2C08b23698B3D3cc7Ca32193d9955","head":120,"indexed":118,"blocksBehind":2,"batches":7,"queueHead":2,"queueLength":3,"escapeHatchOpen":true,"evidence":4,"actionsByState":{"confirmed":3},"bountyWei":"1000","actions":[{"kind":"missed-slot","state":{"state":"confirmed"},"summary":"operator 1 (leader) posted nothing in slot 9"}]}"#;

#[tokio::test(flavor = "multi_thread")]
async fn status_prints_json_or_a_table() {
    let url = serve(STATUS).await;
    let json = tokio::task::spawn_blocking({
        let url = url.clone();
        move || keeper().args(["status", "--json", "--url", &url]).output().expect("runs")
    })
    .await
    .expect("joins");
    assert!(json.status.success(), "{}", String::from_utf8_lossy(&json.stderr));
    let printed: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON on stdout");
    assert_eq!(printed, serde_json::from_str::<serde_json::Value>(STATUS).expect("valid"));

    let table =
        tokio::task::spawn_blocking(move || keeper().args(["status", "--url", &url]).output().expect("runs"))
            .await
            .expect("joins");
    let text = String::from_utf8_lossy(&table.stdout);
    for expected in ["118 (2 behind)", "escape hatch    OPEN", "head 2 of 3", "posted nothing in slot 9"] {
        assert!(text.contains(expected), "`{expected}` missing from:\n{text}");
    }
}

#[test]
fn status_without_a_keeper_says_what_to_do() {
    let dead = std::net::TcpListener::bind("127.0.0.1:0").expect("binds");
    let url = format!("http://{}/", dead.local_addr().expect("addr"));
    drop(dead);
    let out = keeper().args(["status", "--url", &url]).output().expect("runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("is `baton-keeper run` up?"));
}

#[test]
fn run_refuses_incomplete_configuration() {
    let out = keeper()
        .args(["run", "--l1-rpc", "http://127.0.0.1:1"])
        .env_remove("BATON_DEPLOYMENT")
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("error: reading deployments/31337.json") && stderr.contains("pass --deployment"),
        "{stderr}"
    );
    assert!(!stderr.contains("Location") && stderr.trim_end().lines().count() == 1, "one line: {stderr}");

    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("nope.json");
    let out = keeper()
        .args(["run", "--l1-rpc", "http://127.0.0.1:1", "--deployment", missing.to_str().expect("utf8")])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&out.stderr).contains("nope.json"), "names the file");
}
