//! The dashboard in a real headless Chromium, against a watch-only keeper on a real anvil: the page shows what the
//! JSON API says and what L1 recorded (slots missed by operators whose nodes never run, counted on as they pass, a
//! forced entry waiting with its deadline), forgets what a reorg removed, logs no console error, and fits 390 px and 1440 px widths.
//! The devnet test checks the faults panel against a scenario's slashes.

use std::time::Duration;

use alloy::providers::ext::AnvilApi;
use baton_e2e::{browser::Browser, keeper_config, test_params, wait_for, with_operators};
use eyre::{ensure, Result};
use serde_json::Value;

async fn api(keeper: &str, path: &str) -> Result<Value> {
    Ok(reqwest::get(format!("{keeper}/api/{path}")).await?.error_for_status()?.json().await?)
}

/// `n` as the page prints it (en-US grouping).
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The operators table as the page shows it: `[id, led, posted, covered, missed, status]` per row.
async fn page_operators(browser: &Browser) -> Result<Vec<Value>> {
    browser
        .eval(
            "return [...document.querySelectorAll('#operators-table tbody tr')].map(r => {
                const f = (k) => r.querySelector(`[data-field=${k}]`).textContent;
                return [Number(r.dataset.operator), f('led'), f('posted'), f('covered'), f('missed'), f('status')];
            });",
        )
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_shows_the_l1_record_in_a_real_browser_and_forgets_what_a_reorg_removed() -> Result<()>
{
    let Some(browser) = Browser::start("dashboard browser test").await? else { return Ok(()) };
    let (chain, keys, first_slot) = with_operators(test_params(), 2).await?;
    let schedule = chain.schedule().await?;
    let dir = tempfile::tempdir()?;
    let mut config = keeper_config(&chain, &chain.anvil.endpoint(), keys[0].clone(), dir.path()).await?;
    config.signer = None; // watch-only: no key, proves nothing
    let keeper = baton_keeper::start(config).await?;
    let url = keeper.url();

    // Three slots pass and nobody posts: no node runs, so each slot's leader misses it.
    chain.mine_to(schedule.slot_start(first_slot + 3)).await?;
    let indexed = chain.block().await?;
    wait_for("the board to count three slots", Duration::from_secs(20), || async {
        let ops = api(&url, "operators").await?;
        let counted = ops["slotsCounted"].as_u64().unwrap_or(0) >= first_slot + 3;
        let missed: u64 = ops["operators"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|o| o["slots"]["missed"].as_u64())
            .sum();
        Ok((counted && missed == 3 && api(&url, "now").await?["indexed"].as_u64() == Some(indexed))
            .then_some(()))
    })
    .await?;

    let status = keeper.status();
    ensure!(status["watchOnly"] == true && status["keeper"].is_null(), "a watch-only keeper: {status}");
    ensure!(
        status["actions"].as_array().is_none_or(Vec::is_empty),
        "it plans nothing, though every slot was missed"
    );

    browser.set_size(1440, 1000).await?;
    browser.goto(&format!("{url}/")).await?;
    let head = grouped(indexed);
    browser
        .wait_for(
            "the head and three missed slots",
            Duration::from_secs(20),
            &format!(
                "return document.getElementById('now-head').textContent === '{head}' && \
                 [...document.querySelectorAll('#operators-table [data-field=missed]')].reduce((s, c) => s + Number(c.textContent), 0) === 3;"
            ),
        )
        .await?;
    // Every operator row equals the API's figures.
    let ops = api(&url, "operators").await?;
    let mut expected: Vec<Value> = ops["operators"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|o| {
            let slots = &o["slots"];
            serde_json::json!([
                o["id"],
                grouped(slots["led"].as_u64().unwrap_or(0)),
                grouped(slots["posted"].as_u64().unwrap_or(0)),
                grouped(slots["covered"].as_u64().unwrap_or(0)),
                grouped(slots["missed"].as_u64().unwrap_or(0)),
                o["status"],
            ])
        })
        .collect();
    let mut shown = page_operators(&browser).await?;
    expected.sort_by_key(|v| v[0].as_u64());
    shown.sort_by_key(|v| v[0].as_u64());
    ensure!(shown == expected, "page {shown:?} != API {expected:?}");
    ensure!(shown.len() == 2, "both operators listed: {shown:?}");
    let recent: u64 =
        browser.eval("return document.querySelectorAll('#recent-slots li.missed').length;").await?;
    ensure!(recent == 3, "three missed slots in the strip, saw {recent}");
    let trust: u64 = browser.eval("return document.querySelectorAll('#trust-list li').length;").await?;
    ensure!(trust >= 5, "the trust summary is shown");

    // A user queues a forced transaction: it appears, pending, with its deadline, without a reload.
    let receipt = chain.enqueue_transaction(&chain.provider_for(7), vec![2u8, 0xc0].into()).await?;
    let queued_in = receipt.block_number.unwrap_or_default();
    let forced = wait_for("the entry in the API", Duration::from_secs(20), || async {
        let forced = api(&url, "forced").await?;
        Ok((forced["total"] == 1).then_some(forced))
    })
    .await?;
    let deadline = forced["entries"][0]["deadline"].as_u64().unwrap_or(0);
    browser
        .wait_for(
            "the queued entry",
            Duration::from_secs(20),
            "const r = document.querySelector('#forced-table tr[data-entry=\"0\"]'); \
             return !!r && r.querySelector('[data-field=state]').textContent === 'pending';",
        )
        .await?;
    let row: String = browser
        .eval("return document.querySelector('#forced-table tr[data-entry=\"0\"]').textContent;")
        .await?;
    ensure!(
        row.contains(&grouped(deadline)) && row.contains(&grouped(queued_in)),
        "row {row:?}, deadline {deadline}"
    );
    ensure!(
        browser.eval::<String>("return document.getElementById('forced-pending').textContent;").await? == "1"
    );

    // A reorg drops the block that queued it: the API and the page forget the entry.
    let depth = chain.block().await? - queued_in + 1;
    chain
        .provider
        .anvil_reorg(alloy::rpc::types::anvil::ReorgOptions { depth, tx_block_pairs: vec![] })
        .await?;
    wait_for("the API to forget the entry", Duration::from_secs(20), || async {
        Ok((api(&url, "forced").await?["total"] == 0).then_some(()))
    })
    .await?;
    browser
        .wait_for(
            "the entry to leave the page",
            Duration::from_secs(20),
            "return !document.querySelector('#forced-table tr[data-entry=\"0\"]') && \
             document.getElementById('forced-total').textContent === '0';",
        )
        .await?;
    ensure!(
        keeper.metrics().reorgs.load(std::sync::atomic::Ordering::Relaxed) >= 1,
        "the keeper saw the reorg"
    );

    // One more slot passes unposted: its leader's missed count moves on the page, live.
    let missed_before = |ops: &Value| -> u64 {
        ops["operators"].as_array().into_iter().flatten().filter_map(|o| o["slots"]["missed"].as_u64()).sum()
    };
    let before = missed_before(&api(&url, "operators").await?);
    let slot = schedule.slot_at(chain.block().await?);
    chain.mine_to(schedule.slot_start(slot + 2)).await?;
    let after = wait_for("the API to count the slot", Duration::from_secs(20), || async {
        let missed = missed_before(&api(&url, "operators").await?);
        Ok((missed > before).then_some(missed))
    })
    .await?;
    // Two slots end by then and the API may count them one refresh apart: the page shows at least what the API
    // counted first (nothing here takes a missed slot back).
    browser
        .wait_for(
            "the new missed slot",
            Duration::from_secs(20),
            &format!(
                "return [...document.querySelectorAll('#operators-table [data-field=missed]')]\
                 .reduce((s, c) => s + Number(c.textContent), 0) >= {after};"
            ),
        )
        .await?;

    // Usable on a phone and on a desktop: nothing wider than the viewport.
    for width in [390, 1440] {
        browser.set_size(width, 900).await?;
        let overflow: i64 = browser
            .eval("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
            .await?;
        ensure!(overflow <= 0, "{width} px: the page is {overflow} px wider than the viewport");
        let chart: u64 =
            browser.eval("return document.querySelector('#forced-chart canvas').clientWidth;").await?;
        ensure!(chart > 0 && chart <= u64::from(width), "{width} px: the chart is {chart} px wide");
    }
    let errors = browser.console_errors().await?;
    ensure!(errors.is_empty(), "console errors: {errors:?}");
    keeper.stop().await;
    Ok(())
}
