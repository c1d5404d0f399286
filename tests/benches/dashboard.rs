//! Dashboard benchmarks, printed as tables for docs/BENCHMARKS.md.
//!
//! Run: `cargo bench -p baton-e2e --bench dashboard`
//!
//! A board holding a long history: 100,000 batches (one per slot, a twentieth of the slots missed and covered by a
//! backup, all four data kinds, each with its receipt and transaction count), 10,000 forced entries (the newest
//! 2,000 still pending), 31 operators and 200 slashes. It is served by the keeper's real router on a local port;
//! every JSON endpoint is asked `REQUESTS` times over HTTP, one request at a time, and the wall time of each answer
//! (request sent to body read) is reported as p50/p99. Then, when Chromium is installed, the page itself is loaded
//! against the same board and one full redraw (five API calls, every table and both charts) is timed in the
//! browser, `REDRAWS` times.

use std::time::{Duration, Instant};

use alloy::primitives::{Address, B256, U256};
use baton_e2e::browser::Browser;
use baton_keeper::{
    dashboard::{
        self,
        board::{BatchCost, Board, IndexUpdate, OperatorRecord, SlashRow},
    },
    store::{QueuedEntry, RecordedBatch},
};
use baton_protocol::{deployment::Deployment, header::BatchHeader, sample, schedule::Schedule};
use eyre::Result;

const BATCHES: u64 = 100_000;
const ENTRIES: u64 = 10_000;
const OPERATORS: u8 = 31;
const SLASHES: u64 = 200;
const REQUESTS: usize = 300;
const REDRAWS: usize = 20;

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1]
}

fn signer(id: u8) -> Address {
    Address::with_last_byte(id + 1)
}

fn board() -> Board {
    let deployment: Deployment = serde_json::from_str(sample::DEPLOYMENT_JSON).expect("sample");
    let schedule = Schedule::for_deployment(&deployment, 1);
    let mut board = Board::new(schedule, deployment.params.clone(), deployment.registry, deployment.inbox);
    let members = (1u128 << OPERATORS) - 1;
    board.set_operators(
        (0..OPERATORS)
            .map(|id| OperatorRecord {
                id,
                owner: Address::ZERO,
                signer: signer(id),
                bond: U256::from(10u64).pow(U256::from(19)),
                status: "Active".into(),
                suspended: false,
                strikes: 0,
            })
            .collect(),
    );
    let last_block = schedule.slot_start(BATCHES) + 1;
    let entry_every = BATCHES / ENTRIES;
    let mut entries = Vec::new();
    let mut batches = Vec::new();
    for n in 0..BATCHES {
        let slot = n;
        let order = schedule.order(slot, members);
        // A twentieth of the leaders miss their slot; the first backup covers it.
        let poster = if n % 20 == 0 { order[1] } else { order[0] };
        let block = schedule.slot_start(slot) + 1;
        if n % entry_every == 0 {
            entries.push(QueuedEntry {
                index: entries.len() as u64,
                deadline: block + 25,
                sender: Address::repeat_byte(7),
                block,
                block_hash: B256::ZERO,
            });
        }
        // Entries queued in the last fifth are still pending.
        let queue_end = if n < BATCHES * 4 / 5 { entries.len() as u64 } else { ENTRIES * 4 / 5 };
        let queue_start = batches.last().map_or(0, |b: &RecordedBatch| b.header.queuePosition);
        batches.push(RecordedBatch {
            header: BatchHeader {
                batchNumber: n,
                slot,
                sequencer: signer(poster),
                queuePosition: queue_end.max(queue_start),
                ..Default::default()
            },
            queue_start,
            block,
            block_hash: B256::from(U256::from(block)),
            tx: B256::from(U256::from(n)),
            kind: (n % 4) as u8,
        });
    }
    let hashes: Vec<(u64, B256)> = batches.iter().map(|b| (b.header.batchNumber, b.block_hash)).collect();
    board.apply(IndexUpdate {
        rewound_to: None,
        batches,
        entries,
        head: last_block,
        indexed: last_block,
        escape_hatch_open: false,
        feeds: Vec::new(),
    });
    for epoch in 0..=schedule.epoch_of(BATCHES) + 1 {
        board.set_members(epoch, members);
    }
    for (n, hash) in hashes {
        board.set_cost(n, hash, BatchCost { gas_used: 60_000 + n % 1_000, blob_gas_used: 0, gas_price: 1 });
        board.set_tx_count(n, hash, 20 + (n % 50) as u32);
    }
    board.add_slashes(
        (0..SLASHES)
            .map(|i| SlashRow {
                operator: (i % u64::from(OPERATORS)) as u8,
                fault: (i % 6) as u8,
                kind: baton_protocol::roster::Fault::label_of((i % 6) as u8),
                evidence: B256::from(U256::from(i)),
                penalty: U256::from(10u64).pow(U256::from(18)),
                bounty: U256::from(10u64).pow(U256::from(17)),
                reporter: Address::repeat_byte(9),
                compensation: U256::from(10u64).pow(U256::from(16)),
                victim: Address::repeat_byte(8),
                release_at: 0,
                block: i * 100,
                tx: B256::from(U256::from(i)),
            })
            .collect(),
    );
    board
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<()> {
    let built = Instant::now();
    let board = board();
    let build_ms = built.elapsed().as_millis();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let server = tokio::spawn(async move { axum::serve(listener, dashboard::router_for(board)).await });
    let http = reqwest::Client::new();
    println!(
        "board: {BATCHES} batches, {ENTRIES} forced entries, {OPERATORS} operators, {SLASHES} slashes (built in {build_ms} ms)\n"
    );
    println!("| endpoint | answer bytes | p50 ms | p99 ms |");
    println!("|---|---:|---:|---:|");
    for path in
        ["now", "operators", "forced", "forced?window=1000&limit=250", "faults", "cost?limit=2000", "trust"]
    {
        let url = format!("{base}/api/{path}");
        let mut times = Vec::with_capacity(REQUESTS);
        let mut bytes = 0;
        for _ in 0..REQUESTS {
            let started = Instant::now();
            let body = http.get(&url).send().await?.error_for_status()?.bytes().await?;
            times.push(started.elapsed().as_secs_f64() * 1e3);
            bytes = body.len();
        }
        times.sort_by(f64::total_cmp);
        println!(
            "| `/api/{path}` | {bytes} | {:.2} | {:.2} |",
            percentile(&times, 0.5),
            percentile(&times, 0.99)
        );
    }
    if let Some(browser) = Browser::start("dashboard page benchmark").await? {
        browser.set_size(1440, 1000).await?;
        browser.goto(&format!("{base}/")).await?;
        browser
            .wait_for(
                "the first draw",
                Duration::from_secs(60),
                "return document.querySelectorAll('#forced-table tbody tr').length > 0;",
            )
            .await?;
        // A whole refresh (six API calls, parse, draw), then the drawing alone (the main thread's share: what the
        // page cannot respond during), from answers fetched beforehand.
        let mut whole = Vec::with_capacity(REDRAWS);
        let mut drawing = Vec::with_capacity(REDRAWS);
        for _ in 0..REDRAWS {
            whole.push(
                browser
                    .eval::<f64>(
                        "const t = performance.now(); return refresh().then(() => performance.now() - t);",
                    )
                    .await?,
            );
            drawing.push(
                browser
                    .eval::<f64>(
                        "return Promise.all(['now', 'operators', 'forced?limit=' + FORCED_ROWS, 'faults', \
                         'cost?limit=2000', 'probe'].map((p) => get('/api/' + p))).then(([n, o, f, x, c, p]) => { \
                         const t = performance.now(); drawNow(n); drawOperators(o); drawForced(f); drawFaults(x); \
                         drawCost(c); drawProbe(p); return performance.now() - t; });",
                    )
                    .await?,
            );
        }
        whole.sort_by(f64::total_cmp);
        drawing.sort_by(f64::total_cmp);
        let rows: u64 =
            browser.eval("return document.querySelectorAll('#forced-table tbody tr').length;").await?;
        println!(
            "\npage in headless Chromium ({rows} forced-entry rows listed of {ENTRIES}, 2,000 cost points), {REDRAWS} \
             redraws: whole refresh p50 {:.0} ms / p99 {:.0} ms; drawing alone p50 {:.0} ms / p99 {:.0} ms",
            percentile(&whole, 0.5),
            percentile(&whole, 0.99),
            percentile(&drawing, 0.5),
            percentile(&drawing, 0.99)
        );
        let errors = browser.console_errors().await?;
        eyre::ensure!(errors.is_empty(), "console errors: {errors:?}");
    }
    server.abort();
    Ok(())
}
