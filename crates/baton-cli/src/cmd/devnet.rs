//! `baton devnet`: runs the whole system on an embedded anvil and plays a scenario: rotation, an operator offline, a

use std::{
    path::{Path, PathBuf},
    time::Duration,
};

use baton_cli::devnet;
use clap::Args;
use eyre::Result;

use super::print;

/// Runs the whole system on an embedded anvil and plays a scenario: rotation, an operator offline, a
/// censor and the user's escape to L1, an equivocator, a deposit; then reports what L1 recorded.
#[derive(Debug, Args)]
pub(crate) struct DevnetArgs {
    /// Bonded operators (at least 6: two certify conflicting headers, offline, censor and receipt breaker,
    /// equivocator, honest).
    #[arg(long, default_value_t = 6)]
    operators: usize,
    /// Seconds of normal rotation before the faults are played.
    #[arg(long, default_value_t = 20)]
    duration: u64,
    /// Seed of the L2 traffic.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Use this dev chain (funding anvil's default mnemonic) instead of an embedded anvil.
    #[arg(long)]
    rpc_url: Option<String>,
    /// Run the embedded anvil as a fork of this chain (e.g. mainnet): the contracts are deployed on the fork and
    /// the scenario runs against real state and fees; nothing reaches the forked chain.
    #[arg(long, conflicts_with = "rpc_url")]
    fork_url: Option<String>,
    /// Block to fork at (default: latest).
    #[arg(long, requires = "fork_url")]
    fork_block: Option<u64>,
    /// Print the report as JSON on stdout (progress still goes to stderr).
    #[arg(long)]
    pub(crate) json: bool,
    /// After the report, keep the chain, the nodes, the keeper and its dashboard running until Ctrl-C.
    #[arg(long)]
    keep: bool,
    /// After the report, save a PNG of the dashboard here (needs Chromium: `apt-get install chromium`).
    #[arg(long, value_name = "PNG")]
    screenshot: Option<PathBuf>,
}

impl DevnetArgs {
    /// Whether `--json` was asked for.
    pub(crate) fn json(&self) -> bool {
        self.json
    }

    pub(crate) async fn run(self) -> Result<()> {
        let Self { operators, duration, seed, rpc_url, fork_url, fork_block, json, keep, screenshot } = self;

        devnet::run_with(
            devnet::Options {
                operators,
                duration: Duration::from_secs(duration),
                seed,
                rpc_url,
                fork_url,
                fork_block,
                progress: true,
            },
            |report, dashboard| {
                // Printed before the future: it must not borrow the report.
                let printed = print(json, report, || devnet::render(report));
                async move {
                    printed?;
                    if let Some(path) = screenshot {
                        screenshot_dashboard(&dashboard, &path).await?;
                        eprintln!("dashboard screenshot saved to {}", path.display());
                    }
                    if keep {
                        eprintln!("dashboard: {dashboard} (still live; Ctrl-C stops everything)");
                        tokio::signal::ctrl_c().await?;
                    }
                    Ok(())
                }
            },
        )
        .await
        .map(|_| ())
    }
}

/// A full-page PNG of the dashboard at 1440 px, by headless Chromium, once the page has drawn its data.
async fn screenshot_dashboard(dashboard: &reqwest::Url, path: &Path) -> Result<()> {
    let chromium = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| std::process::Command::new(b).arg("--version").output().is_ok_and(|o| o.status.success()))
        .ok_or_else(|| eyre::eyre!("--screenshot needs Chromium on PATH (apt-get install chromium)"))?;
    let profile = tempfile::tempdir()?;
    let output = tokio::process::Command::new(chromium)
        .args([
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1440,3400",
            // Virtual time runs ahead while the page is idle: the fetches finish and the charts draw first.
            "--virtual-time-budget=10000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--screenshot={}", path.display()))
        .arg(dashboard.join("?snapshot")?.as_str())
        .kill_on_drop(true)
        .output();
    let output = tokio::time::timeout(Duration::from_secs(60), output)
        .await
        .map_err(|_| eyre::eyre!("chromium took over 60 s to take the screenshot"))??;
    eyre::ensure!(
        output.status.success() && path.exists(),
        "chromium could not take the screenshot: {}",
        String::from_utf8_lossy(&output.stderr).lines().last().unwrap_or_default()
    );
    Ok(())
}
