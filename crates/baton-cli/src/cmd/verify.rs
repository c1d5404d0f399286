//! `baton verify`: checks that the deployed contracts are this repository's code (compiled here), hold no proxy or admin

use std::path::PathBuf;

use clap::Args;
use eyre::{eyre, Result};

use super::{emit, load, AlreadyReported, Chain};

/// Checks that the deployed contracts are this repository's code (compiled here), hold no proxy or admin
/// path, and prints every parameter in plain words. Exits non-zero on any mismatch.
#[derive(Debug, Args)]
pub(crate) struct VerifyArgs {
    #[command(flatten)]
    pub(crate) chain: Chain,
    /// Root of this repository (its contracts/src and script/solc).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Seconds per L1 block, for the durations in words.
    #[arg(long, default_value_t = 12.0)]
    block_seconds: f64,
}

impl VerifyArgs {
    /// Whether `--json` was asked for.
    pub(crate) fn json(&self) -> bool {
        self.chain.json
    }

    pub(crate) async fn run(self) -> Result<()> {
        let Self { chain, root, block_seconds } = self;

        let report = baton_cli::verify::verify(&chain.rpc_url, &load(&chain)?, &root, block_seconds).await?;
        let failure = (!report.ok()).then(|| {
            let mut bad: Vec<String> = report
                .contracts
                .iter()
                .filter(|c| !(c.code_matches && c.no_admin_path == Some(true)))
                .map(|c| c.name.to_owned())
                .collect();
            bad.extend(report.differences.iter().map(|d| format!("parameter {}", d.field)));
            format!("verification failed for {}", bad.join(", "))
        });
        if chain.json {
            let mut value = serde_json::to_value(&report)?;
            value["ok"] = serde_json::Value::Bool(failure.is_none());
            if let Some(failure) = &failure {
                value["error"] = serde_json::Value::String(failure.clone());
            }
            emit(&serde_json::to_string_pretty(&value)?)?;
        } else {
            emit(&baton_cli::verify::render(&report))?;
        }
        match failure {
            // Already said, in the report (and its JSON object).
            Some(failure) if chain.json => Err(eyre::Report::new(AlreadyReported(failure))),
            Some(failure) => Err(eyre!(failure)),
            None => Ok(()),
        }
    }
}
