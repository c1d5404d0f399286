//! `baton devnet` end to end: the scenario runs on its own embedded anvil, here forking another chain (a local
//! anvil standing for mainnet, which the test cannot reach), and every fault it plays is caught on L1 — the third
//! of the committee that certified two headers for one position ejected (and nobody else charged for it), the
//! offline operator jailed, the censor slashed and its victim compensated, the equivocator ejected with its whole
//! bond, the receipt breaker slashed for the receipts it broke — an L1 reorg costs the honest nothing, and every
//! L2 transaction sent to the nodes and the deposit are included; the committee certifies most batches, and
//! nodes post calldata, blobs and committee-mode batches side by side. The forked chain is left untouched. While
//! everything still runs, the dashboard in a real headless Chromium lists every slash with its kind, operator and
//! bounty as L1 recorded it, and the offline operator's missed slots as its API counts them.

use std::time::Duration;

use alloy::providers::{ext::AnvilApi, Provider, ProviderBuilder};
use baton_cli::devnet::{self, Options, Report};
use baton_e2e::browser::Browser;
use eyre::{ensure, Result};
use serde_json::Value;

/// The dashboard's faults and operators panels against the report (read from L1) and the JSON API.
/// What the dashboard must show: every slash as `(#operator, kind, bounty wei)`, the censor and the offline operator.
struct Expected {
    slashes: Vec<(String, String, String)>,
    /// `(id, status)` of every operator at the end of the scenario, as the report read it from L1.
    statuses: Vec<(u8, String)>,
    censor: u8,
    offline: u8,
}

impl Expected {
    fn of(report: &Report) -> Self {
        let role = |r: &str| {
            report.operators.iter().find(|o| o.role.split(", ").any(|x| x == r)).map_or(u8::MAX, |o| o.id)
        };
        Self {
            slashes: report
                .slashes
                .iter()
                .map(|s| (format!("#{}", s.operator), s.fault.to_owned(), s.bounty.clone()))
                .collect(),
            statuses: report.operators.iter().map(|o| (o.id, o.status_after.clone())).collect(),
            censor: role("censor"),
            offline: role("offline"),
        }
    }
}

async fn check_dashboard(expected: Expected, dashboard: reqwest::Url) -> Result<()> {
    let Some(browser) = Browser::start("devnet dashboard check").await? else { return Ok(()) };
    let api = |path: &'static str| {
        let url = dashboard.join(path);
        async move { Ok::<Value, eyre::Report>(reqwest::get(url?).await?.error_for_status()?.json().await?) }
    };
    // The keeper indexes a block or two behind the report's last read: wait for it to hold every slash.
    baton_e2e::wait_for("the dashboard to hold every slash", Duration::from_secs(30), || async {
        let faults = api("api/faults").await?;
        Ok((faults["slashes"].as_array().map_or(0, Vec::len) >= expected.slashes.len()).then_some(()))
    })
    .await?;
    // Operator records are read again only after a registry event or at an epoch boundary: every jailing and
    // ejection of the scenario must still reach them.
    baton_e2e::wait_for("the dashboard to hold every operator's status", Duration::from_secs(30), || async {
        let ops = api("api/operators").await?;
        let shown: Vec<(u8, String)> = ops["operators"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|o| Some((u8::try_from(o["id"].as_u64()?).ok()?, o["status"].as_str()?.to_owned())))
            .collect();
        Ok(expected.statuses.iter().all(|s| shown.contains(s)).then_some(()))
    })
    .await?;
    browser.set_size(1440, 1000).await?;
    browser.goto(dashboard.as_str()).await?;
    let count = expected.slashes.len();
    browser
        .wait_for(
            "every slash",
            Duration::from_secs(20),
            &format!("return document.querySelectorAll('#faults-table tbody tr').length >= {count};"),
        )
        .await?;
    // [operator, kind, bounty wei] of every row, as shown.
    let shown: Vec<(String, String, String)> = browser
        .eval(
            "return [...document.querySelectorAll('#faults-table tbody tr')].map(r => [
                r.querySelector('[data-field=operator]').textContent,
                r.querySelector('[data-field=kind]').textContent,
                r.querySelector('[data-field=bounty]').dataset.wei]);",
        )
        .await?;
    for row in &expected.slashes {
        ensure!(shown.contains(row), "the page lacks {row:?}: {shown:?}");
    }
    let bounty: String = browser
        .eval(&format!(
            "return [...document.querySelectorAll('#faults-table tbody tr[data-operator=\"{}\"]')]
                .find(r => r.querySelector('[data-field=kind]').textContent === 'censorship')
                .querySelector('[data-field=bounty]').textContent;",
            expected.censor
        ))
        .await?;
    ensure!(bounty.ends_with(" ETH") && bounty != "0 ETH", "the censorship bounty is shown in ETH: {bounty}");
    // The offline operator's missed slots: the page shows the API's count, and it is not zero.
    let ops = api("api/operators").await?;
    let missed = ops["operators"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|o| o["id"] == expected.offline)
        .and_then(|o| o["slots"]["missed"].as_u64())
        .unwrap_or(0);
    ensure!(missed > 0, "the offline operator missed slots: {ops}");
    let shown_missed: String = browser
        .eval(&format!(
            "return document.querySelector('#operators-table tr[data-operator=\"{}\"] [data-field=missed]').textContent;",
            expected.offline
        ))
        .await?;
    // The chain runs on: the count may have grown by the time the page drew it, never shrunk.
    ensure!(shown_missed.replace(',', "").parse::<u64>()? >= missed, "page {shown_missed}, API {missed}");
    let errors = browser.console_errors().await?;
    ensure!(errors.is_empty(), "console errors: {errors:?}");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_devnet_scenario_catches_every_fault_and_loses_no_transaction() -> Result<()> {
    // The chain forked: some history of its own.
    let source = baton_foundry::spawn(baton_foundry::anvil()?)?;
    let source_provider = ProviderBuilder::new().connect_http(source.endpoint_url());
    source_provider.anvil_mine(Some(25), None).await?;
    let fork_block = source_provider.get_block_number().await?;
    let dashboard_verdict = std::sync::Arc::new(std::sync::Mutex::new(None::<Result<()>>));
    let report = devnet::run_with(
        Options {
            operators: 6,
            duration: Duration::from_secs(6),
            seed: 3,
            rpc_url: None,
            fork_url: Some(source.endpoint()),
            fork_block: Some(fork_block),
            progress: false,
        },
        // The dashboard's verdict waits for the report's own checks below: a scenario that went wrong is told by them,
        // with the whole report, not by a missing row on the page.
        |report, dashboard| {
            let expected = Expected::of(report);
            let verdict = dashboard_verdict.clone();
            async move {
                let checked = check_dashboard(expected, dashboard).await;
                *verdict.lock().unwrap_or_else(|p| p.into_inner()) = Some(checked);
                Ok(())
            }
        },
    )
    .await?;
    ensure!(source_provider.get_block_number().await? == fork_block, "the forked chain was not written to");
    let text = devnet::render(&report);
    ensure!(report.warnings.is_empty(), "{text}");
    println!("{text}");
    // The committee certifies most batches (a member whose view lags a batch, or the offline one, does not attest).
    let certificates = &report.certificates;
    ensure!(certificates.certified > 0 && certificates.certified * 2 >= certificates.batches, "{text}");
    let role = |r: &str| {
        report.operators.iter().find(|o| o.role.split(", ").any(|x| x == r)).expect("every role is played")
    };
    ensure!(role("offline").status_after == "Jailed", "{text}");
    ensure!(role("equivocator").status_after == "Ejected" && role("equivocator").bond_after == "0", "{text}");
    let honest = role("honest");
    ensure!(honest.bond_after == honest.bond_before && honest.status_after == "Active", "{text}");
    let slashed =
        |fault: &str, id: u8| report.slashes.iter().any(|s| s.fault.starts_with(fault) && s.operator == id);
    ensure!(slashed("censorship", role("censor").id), "{text}");
    ensure!(slashed("equivocation", role("equivocator").id), "{text}");
    ensure!(slashed("missed slots", role("offline").id), "{text}");
    ensure!(slashed("receipt contradicted", role("breaks receipts").id), "{text}");
    // A third of the committee (2 of 6) signed both headers: both ejected for it, nobody else charged.
    for double_signer in [role("certifies twice"), role("double-attests")] {
        ensure!(double_signer.status_after == "Ejected" && double_signer.bond_after == "0", "{text}");
        ensure!(slashed("certificate conflict", double_signer.id), "{text}");
    }
    let conflict_slashes = report.slashes.iter().filter(|s| s.fault == "certificate conflict").count();
    ensure!(conflict_slashes == 2, "only the double signers: {text}");
    let cost = |kind: &str| report.cost_by_kind.iter().find(|c| c.kind == kind).expect("every data path");
    let (calldata, committee) = (cost("calldata"), cost("committee"));
    ensure!(committee.batches > 0 && committee.l2_txs > 0, "committee-mode batches were posted: {text}");
    // A committee batch carries its certificate instead of its data: at the devnet's small batches its pairing
    // costs more than the calldata it saves (docs/BENCHMARKS.md has the break-even), but it is one bounded bill.
    ensure!(calldata.gas_per_batch > 0 && committee.gas_per_batch < 250_000, "{text}");
    let receipts = &report.receipts;
    ensure!(receipts.issued > 10 && receipts.kept > 0 && receipts.latency_p99_us > 0, "{text}");
    ensure!(receipts.proven >= 2, "the breaker's two receipts were proven: {text}");
    ensure!(
        report.user_compensation == "50000000000000000",
        "the censored user got its compensation: {text}"
    );
    ensure!(report.deposit_included, "{text}");
    ensure!(
        report.reorg.is_some() && text.contains("honest operators lost nothing"),
        "a reorg was played: {text}"
    );
    ensure!(
        report.l2_sent > 0 && report.l2_included == report.l2_sent,
        "every sent transaction included: {text}"
    );
    ensure!(report.forced_inclusion.count == 2 && report.gas_per_l2_tx > 0, "{text}");
    let verdict = dashboard_verdict.lock().unwrap_or_else(|p| p.into_inner()).take();
    verdict
        .unwrap_or_else(|| Err(eyre::eyre!("the dashboard was never checked")))
        .map_err(|e| eyre::eyre!("dashboard: {e:#}\n{text}"))?;
    Ok(())
}
