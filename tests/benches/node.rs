//! Node and L1-cost benchmarks on a real anvil, printed as tables for docs/BENCHMARKS.md.
//!
//! Run: `cargo bench -p baton-e2e --bench node`
//!
//! 1. Ingest: signed transactions sent over HTTP JSON-RPC to one node (64 concurrent connections from the same
//!    2-core machine), each decoded, signature-checked, pooled and durably committed before it is acknowledged.
//! 2. Batch build: taking transactions from the pool, encoding the payload, computing the tx root and signing.
//! 3. Receipt latency: `baton_sendTransaction` to the slot's leader at a fixed open-loop rate (1k, 5k and 10k
//!    transactions per second), request sent to signed receipt back (decode, signature check, pool, reserve an
//!    index, sign the receipt, one durable group commit with the transaction), p50 and p99, from the lean
//!    open-loop client in `baton_e2e::load`; before it, the signature work per receipt timed alone.
//! 4. L1 gas per L2 transaction: real `appendBatch` / `appendBlobBatch` receipts at several batch sizes, and the
//!    fee ratio at which blobs start to cost less than calldata (where `--data auto` switches).

use std::{sync::Arc, time::Instant};

use alloy::{
    eips::eip4844::{
        builder::{SidecarBuilder, SimpleCoder},
        BlobTransactionSidecar,
    },
    primitives::{keccak256, Bytes, B256},
    signers::local::PrivateKeySigner,
};
use baton_e2e::{Chain, L2_CHAIN_ID};
use baton_node::{
    mempool::{Limits, Mempool},
    DataMode, NodeConfig,
};
use baton_protocol::{calldata, payload, sample::TxFactory, tx_root::tx_root, BatchHeader};
use eyre::{ensure, Result};

const INGEST_TXS: usize = 20_000;
/// Receipt-latency runs: requests per second, for how many seconds.
const RECEIPT_RATES: [(u64, u64); 3] = [(1_000, 4), (5_000, 2), (10_000, 2)];
/// Keep-alive connections of the receipt-latency client: enough that requests due while others are answered find one
/// free at 10,000 per second (one in flight on each).
const LOAD_CONNECTIONS: usize = 256;
/// Client connections, each waiting for its acknowledgement before sending the next transaction.
const CONCURRENCY: [usize; 3] = [16, 64, 256];

async fn ingest(chain: &Chain, txs: Vec<Bytes>, concurrency: usize) -> Result<f64> {
    let dir = tempfile::tempdir()?;
    // An unregistered key: the node only ingests here, it never becomes eligible to post.
    let config = NodeConfig {
        l1_rpc: chain.anvil.endpoint_url(),
        deployment: chain.deployment().await?,
        signer: PrivateKeySigner::random(),
        listen: "127.0.0.1:0".parse()?,
        data_dir: dir.path().to_path_buf(),
        peers: Vec::new(),
        data_mode: DataMode::Calldata,
        poll_interval: std::time::Duration::from_secs(1),
        rpc_timeout: std::time::Duration::from_secs(5),
        tx_timeout: std::time::Duration::from_secs(5),
        max_batch_txs: 5_000,
        max_batch_bytes: 500_000,
        mempool: Limits::default(),
        max_fee_per_gas: 500_000_000_000,
        faults: baton_node::Faults::default(),
        confirmations: 16,
        wait_for_registration: true,
        committee: Default::default(),
        receipts: Default::default(),
        max_fee_per_blob_gas: 100_000_000_000,
        blob_sources: Vec::new(),
    };
    let node = baton_node::start(config).await?;
    let client = baton_node::NodeClient::new(node.url().parse()?);
    let queue = Arc::new(tokio::sync::Mutex::new(txs.into_iter()));
    let start = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..concurrency {
        let (queue, client) = (queue.clone(), client.clone());
        workers.push(tokio::spawn(async move {
            let mut accepted = 0usize;
            loop {
                let Some(raw) = queue.lock().await.next() else { return accepted };
                accepted += usize::from(client.send_raw_transaction(&raw).await.is_ok());
            }
        }));
    }
    let mut accepted = 0;
    for w in workers {
        accepted += w.await?;
    }
    let elapsed = start.elapsed().as_secs_f64();
    ensure!(accepted == INGEST_TXS, "accepted {accepted} of {INGEST_TXS}");
    ensure!(node.mempool_len() == INGEST_TXS);
    node.stop().await;
    Ok(accepted as f64 / elapsed)
}

/// The two signature operations every receipt costs, timed alone: recovering the transaction's sender (which
/// `eth_sendRawTransaction` does too) and signing the receipt, each with libsecp256k1 as the node runs them, on one
/// thread and then on two threads at once (as under load, when both cores work). Their sum, times the rate, is CPU
/// that no change to the node's plumbing gives back.
fn signature_costs() -> Result<()> {
    use alloy::{
        consensus::{transaction::SignerRecoverable, TxEnvelope},
        eips::eip2718::Decodable2718,
    };
    const OPS: usize = 4_000;
    let txs: Vec<TxEnvelope> = TxFactory::new(L2_CHAIN_ID, 500, 7)
        .batch(OPS)
        .iter()
        .map(|raw| TxEnvelope::decode_2718(&mut raw.as_ref()))
        .collect::<Result<_, _>>()?;
    let signer = PrivateKeySigner::random().to_secp256k1();
    let separator = baton_protocol::header::domain(1, alloy::primitives::Address::ZERO).separator();
    let recover = |txs: &[TxEnvelope]| -> Result<()> {
        for tx in txs {
            std::hint::black_box(tx.recover_signer()?);
        }
        Ok(())
    };
    let sign = |txs: &[TxEnvelope]| -> Result<()> {
        for (i, tx) in txs.iter().enumerate() {
            let receipt = baton_protocol::receipt::InclusionReceipt {
                l2ChainId: L2_CHAIN_ID,
                txHash: *tx.tx_hash(),
                slot: 9,
                index: i as u32,
                beneficiary: alloy::primitives::Address::ZERO,
            };
            std::hint::black_box(receipt.sign_under(&separator, &signer)?);
        }
        Ok(())
    };
    // µs per operation on one thread, and on each of two threads running together.
    let time = |work: &(dyn Fn(&[TxEnvelope]) -> Result<()> + Sync)| -> Result<(f64, f64)> {
        let start = Instant::now();
        work(&txs)?;
        let alone = start.elapsed().as_secs_f64() * 1e6 / OPS as f64;
        let (first, second) = txs.split_at(OPS / 2);
        let start = Instant::now();
        std::thread::scope(|scope| -> Result<()> {
            let other = scope.spawn(|| work(second));
            work(first)?;
            other.join().map_err(|_| eyre::eyre!("a timing thread panicked"))?
        })?;
        let together = start.elapsed().as_secs_f64() * 1e6 / (OPS / 2) as f64;
        Ok((alone, together))
    };
    // As the node signs under load: groups of eight under one signature (`sign_group`), per receipt.
    let sign_grouped = |txs: &[TxEnvelope]| -> Result<()> {
        for (g, chunk) in txs.chunks(8).enumerate() {
            let receipts: Vec<_> = chunk
                .iter()
                .enumerate()
                .map(|(i, tx)| baton_protocol::receipt::InclusionReceipt {
                    l2ChainId: L2_CHAIN_ID,
                    txHash: *tx.tx_hash(),
                    slot: 9,
                    index: (g * 8 + i) as u32,
                    beneficiary: alloy::primitives::Address::ZERO,
                })
                .collect();
            std::hint::black_box(baton_protocol::receipt::sign_group(&receipts, &separator, &signer)?);
        }
        Ok(())
    };
    let (recover_alone, recover_together) = time(&recover)?;
    let (sign_alone, sign_together) = time(&sign)?;
    let (grouped_alone, grouped_together) = time(&sign_grouped)?;
    println!("| signature work per receipt (libsecp256k1) | µs, one thread | µs each, two threads at once | cores it takes at 10,000/s (two threads) |");
    println!("|---|---:|---:|---:|");
    for (what, alone, together) in [
        ("recover the transaction's sender", recover_alone, recover_together),
        ("sign the receipt alone (RFC 6979)", sign_alone, sign_together),
        ("sign it in a group of 8 (tree + one signature, per receipt)", grouped_alone, grouped_together),
        ("recover + sign alone", recover_alone + sign_alone, recover_together + sign_together),
        (
            "recover + sign in a group of 8",
            recover_alone + grouped_alone,
            recover_together + grouped_together,
        ),
    ] {
        println!("| {what} | {alone:.1} | {together:.1} | {:.2} |", together * 10_000.0 / 1e6);
    }
    println!();
    Ok(())
}

/// The records of a group commit: transactions by sequence number, and their receipts.
type Group = (Vec<(u64, Bytes)>, Vec<baton_node::store::IssuedReceipt>);

/// What one durable group commit costs, by how many requests it holds: the node's commit (`Store::put_records`: a
/// transaction and its receipt per request, one journal frame, one `fdatasync`) beside the same followed by a
/// checkpoint into redb every commit (one redb transaction and its sync each: what the node paid per commit before
/// the journal); then what a checkpoint, durable and lazy, costs per request when it carries 1,000 of them (100 ms
/// at 10,000/s). Wall time and this thread's CPU time.
fn commit_costs() -> Result<()> {
    const COMMITS: usize = 400;
    let signer = PrivateKeySigner::random();
    let domain = baton_protocol::header::domain(1, alloy::primitives::Address::ZERO);
    let mut factory = TxFactory::new(L2_CHAIN_ID, 500, 11);
    let mut seq = 0u64;
    // Each request a new index, as the node promises them (slots of 5,000): inserts, never overwrites.
    let mut requests = |n: usize| -> Result<Group> {
        let mut txs = Vec::with_capacity(n);
        let mut receipts = Vec::with_capacity(n);
        for _ in 0..n {
            let raw = factory.next_raw();
            let receipt = baton_protocol::receipt::InclusionReceipt {
                l2ChainId: L2_CHAIN_ID,
                txHash: keccak256(&raw),
                slot: 7 + seq / 5_000,
                index: (seq % 5_000) as u32,
                beneficiary: alloy::primitives::Address::ZERO,
            };
            let signature = receipt.sign(&domain, &signer)?;
            seq += 1;
            txs.push((seq, raw.clone()));
            receipts.push(baton_node::store::IssuedReceipt { receipt, signature, raw });
        }
        Ok((txs, receipts))
    };
    println!("| durable commit of N requests (transaction + receipt each) | N | wall µs per commit | CPU µs per commit |");
    println!("|---|---:|---:|---:|");
    for group in [1usize, 4, 16] {
        let groups = (0..COMMITS).map(|_| requests(group)).collect::<Result<Vec<_>>>()?;
        for checkpoint_each in [false, true] {
            let dir = tempfile::tempdir()?;
            let store = baton_node::store::Store::open(&dir.path().join("node.redb"))?;
            let (wall, cpu) = (Instant::now(), thread_cpu_us());
            for (txs, receipts) in &groups {
                store.put_records(txs, receipts)?;
                if checkpoint_each {
                    store.checkpoint()?;
                }
            }
            let (wall, cpu) = (
                wall.elapsed().as_secs_f64() * 1e6 / COMMITS as f64,
                (thread_cpu_us() - cpu) / COMMITS as f64,
            );
            let what = if checkpoint_each {
                "journal frame + redb commit each time (the node before the journal, plus the frame)"
            } else {
                "journal frame, `fdatasync` (`Store::put_records`, as the node acknowledges)"
            };
            println!("| {what} | {group} | {wall:.0} | {cpu:.0} |");
        }
    }
    for lazily in [false, true] {
        let dir = tempfile::tempdir()?;
        let store = baton_node::store::Store::open(&dir.path().join("node.redb"))?;
        let (mut wall_us, mut cpu_us, mut carried) = (0.0, 0.0, 0usize);
        for _ in 0..10 {
            for _ in 0..250 {
                let (txs, receipts) = requests(4)?;
                store.put_records(&txs, &receipts)?;
            }
            let (wall, cpu) = (Instant::now(), thread_cpu_us());
            carried += if lazily { store.checkpoint_lazily()? } else { store.checkpoint()? };
            wall_us += wall.elapsed().as_secs_f64() * 1e6;
            cpu_us += thread_cpu_us() - cpu;
        }
        // `carried` counts records: a transaction and a receipt per request.
        let requests_carried = (carried / 2) as f64;
        let what = if lazily {
            "lazy checkpoint (the node's: redb synced only at half a journal segment or a second after the last sync)"
        } else {
            "durable checkpoint (redb synced each time)"
        };
        println!(
            "| {what} of 1,000 journaled requests, per request | 1,000 | {:.1} | {:.1} |",
            wall_us / requests_carried,
            cpu_us / requests_carried
        );
    }
    println!();
    // What the sequencer does when a batch is final: remove its transactions. 1,000 journaled requests, a lazy
    // checkpoint of them as the node's checkpointer runs, 100 more since, then the removal of the first 1,000: a
    // durable checkpoint followed by a synced commit of the removal (as until December 3rd, 2026), or the removal in
    // the checkpoint's own commit (`Store::remove_txs` since).
    println!("| removal of 1,000 transactions while 100 more are journaled | wall µs per removal | CPU µs per removal |");
    println!("|---|---:|---:|");
    for in_the_checkpoint in [false, true] {
        const ROUNDS: usize = 10;
        let dir = tempfile::tempdir()?;
        let store = baton_node::store::Store::open(&dir.path().join("node.redb"))?;
        let (mut wall_us, mut cpu_us) = (0.0, 0.0);
        for _ in 0..ROUNDS {
            let mut seqs = Vec::with_capacity(1_000);
            for _ in 0..250 {
                let (txs, receipts) = requests(4)?;
                seqs.extend(txs.iter().map(|(seq, _)| *seq));
                store.put_records(&txs, &receipts)?;
            }
            store.checkpoint_lazily()?;
            for _ in 0..25 {
                let (txs, receipts) = requests(4)?;
                store.put_records(&txs, &receipts)?;
            }
            let (wall, cpu) = (Instant::now(), thread_cpu_us());
            if !in_the_checkpoint {
                store.checkpoint()?;
            }
            store.remove_txs(&seqs)?;
            wall_us += wall.elapsed().as_secs_f64() * 1e6;
            cpu_us += thread_cpu_us() - cpu;
        }
        let what = if in_the_checkpoint {
            "in the durable checkpoint's commit (one sync; the node's)"
        } else {
            "durable checkpoint, then its own commit (two syncs)"
        };
        println!("| {what} | {:.0} | {:.0} |", wall_us / ROUNDS as f64, cpu_us / ROUNDS as f64);
    }
    println!();
    Ok(())
}

/// CPU time of the calling thread, in microseconds (nanosecond resolution, unlike `/proc`'s ticks).
fn thread_cpu_us() -> f64 {
    let mut now = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `clock_gettime` writes one `timespec` through a pointer to a live, properly aligned local.
    let _ = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    now.tv_sec as f64 * 1e6 + now.tv_nsec as f64 / 1e3
}

/// What waiting costs a thread on this machine, in its own CPU time: a sleep, being woken from a blocking receive
/// by another thread, and a trivial system call for scale. On a virtual core that halts when idle, each wait and
/// wake-up is paid in the tens of microseconds (docs/BENCHMARKS.md, "What a wake-up costs on this machine").
fn wake_costs() -> Result<()> {
    const N: u32 = 2_000;
    let cpu_per = |f: &mut dyn FnMut()| {
        let before = thread_cpu_us();
        for _ in 0..N {
            f();
        }
        (thread_cpu_us() - before) / f64::from(N)
    };
    let syscall = cpu_per(&mut || {
        // SAFETY: `getppid` has no preconditions.
        std::hint::black_box(unsafe { libc::getppid() });
    });
    let sleep_50us = cpu_per(&mut || std::thread::sleep(std::time::Duration::from_micros(50)));
    let sleep_1ms = cpu_per(&mut || std::thread::sleep(std::time::Duration::from_millis(1)));
    // The receiver blocks each time: the sender spins 1 ms between sends, so the receiver's core goes idle.
    let (tx, rx) = std::sync::mpsc::channel::<u32>();
    let receiver = std::thread::spawn(move || {
        let before = thread_cpu_us();
        for _ in 0..N {
            if rx.recv().is_err() {
                break;
            }
        }
        (thread_cpu_us() - before) / f64::from(N)
    });
    for i in 0..N {
        let spin = Instant::now();
        while spin.elapsed() < std::time::Duration::from_millis(1) {
            std::hint::spin_loop();
        }
        tx.send(i)?;
    }
    let woken = receiver.join().map_err(|_| eyre::eyre!("the receiver panicked"))?;
    println!("| what a thread waits for | its CPU µs each time |");
    println!("|---|---:|");
    println!("| a system call (`getppid`), for scale | {syscall:.2} |");
    println!("| `thread::sleep` of 50 µs | {sleep_50us:.1} |");
    println!("| `thread::sleep` of 1 ms | {sleep_1ms:.1} |");
    println!("| woken from a blocking channel receive by another thread | {woken:.1} |");
    println!();
    Ok(())
}

/// The receipt latency table: 1,000, 5,000 and 10,000 requests per second.
async fn receipts_table(rates: &[(u64, u64)]) -> Result<()> {
    wake_costs()?;
    signature_costs()?;
    commit_costs()?;
    println!("| receipts (`baton_sendTransaction`, open loop) | answered with a receipt | last answer after (s) | p50 ms | p99 ms | node CPU µs per request | client CPU µs per request | requests per group commit | commit thread busy | CPU stolen by the host | disk bytes written per request |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for &(rate, seconds) in rates {
        let run = receipt_latency(rate, seconds).await?;
        let offered = rate * seconds;
        println!(
            "| {rate} tx/s for {seconds} s | {} of {offered} | {:.1} | {:.2} | {:.2} | {:.0} | {:.0} | {:.1} | {:.0} % | {:.1} % | {} |",
            run.answered,
            run.span_s,
            run.p50_ms,
            run.p99_ms,
            run.node_cpu_us,
            run.client_cpu_us,
            run.requests_per_commit,
            run.commit_busy_pct,
            run.stolen_pct,
            run.disk_bytes_per_request.map_or_else(|| "n/a".to_string(), |b| format!("{b:.0}")),
        );
    }
    Ok(())
}

/// One receipt-latency run.
struct ReceiptRun {
    /// Over the requests answered with a receipt.
    p50_ms: f64,
    p99_ms: f64,
    answered: usize,
    /// When the last answer came, after the first request (the node keeps up when that is about the run's length).
    span_s: f64,
    /// CPU time of the node's runtime threads, and of the rest of the process (the client), per request offered.
    node_cpu_us: f64,
    client_cpu_us: f64,
    /// The share of the machine's CPU time the hypervisor gave elsewhere during the run.
    stolen_pct: f64,
    /// Requests acknowledged per durable commit, and the share of the run the commit thread spent committing.
    requests_per_commit: f64,
    commit_busy_pct: f64,
    /// Bytes the disk holding the node's files wrote during the run (journal and redb, and whatever else wrote to
    /// it), per request offered; `None` where the kernel does not count them (tmpfs, some containers).
    disk_bytes_per_request: Option<f64>,
}

/// Sectors (512 bytes) written so far by the block device holding `path`, from `/sys/dev/block/MAJOR:MINOR/stat`
/// (field 7; the same fields for a partition as for its disk).
fn sectors_written(path: &std::path::Path) -> Option<u64> {
    use std::os::unix::fs::MetadataExt;
    let dev = std::fs::metadata(path).ok()?.dev();
    // glibc's `major`/`minor` of a `dev_t`.
    let major = ((dev >> 8) & 0xfff) | ((dev >> 32) & !0xfff);
    let minor = (dev & 0xff) | ((dev >> 12) & !0xff);
    let stat = std::fs::read_to_string(format!("/sys/dev/block/{major}:{minor}/stat")).ok()?;
    stat.split_whitespace().nth(6)?.parse().ok()
}

/// The machine's CPU time so far and the part of it the hypervisor gave to other guests (steal), in ticks, from
/// `/proc/stat`: a virtual machine whose host is busy runs the same work slower, which this tells apart.
fn machine_ticks() -> Result<(u64, u64)> {
    let stat = std::fs::read_to_string("/proc/stat")?;
    let fields: Vec<u64> = stat
        .lines()
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .skip(1)
        .filter_map(|f| f.parse().ok())
        .collect();
    Ok((fields.iter().take(8).sum(), fields.get(7).copied().unwrap_or(0)))
}

/// The node's group-commit counters from `GET /metrics`: commits, requests they acknowledged, microseconds spent.
async fn commit_counters(url: &str) -> Result<[f64; 3]> {
    let text = reqwest::get(format!("{url}/metrics")).await?.text().await?;
    let value = |name: &str| -> Result<f64> {
        text.lines()
            .find(|line| line.starts_with(name) && line.as_bytes().get(name.len()) == Some(&b'{'))
            .and_then(|line| line.rsplit(' ').next())
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| eyre::eyre!("{name} missing from /metrics"))
    };
    Ok([
        value("baton_node_group_commits_total")?,
        value("baton_node_group_commit_requests_total")?,
        value("baton_node_group_commit_microseconds_total")?,
    ])
}

/// CPU time (user + system, in µs) of this process's threads, split into those named `node_threads` and the rest.
fn cpu_split(node_threads: &str) -> Result<(f64, f64)> {
    let (mut node, mut rest) = (0.0, 0.0);
    for task in std::fs::read_dir("/proc/self/task")? {
        let path = task?.path();
        let (Ok(comm), Ok(stat)) =
            (std::fs::read_to_string(path.join("comm")), std::fs::read_to_string(path.join("stat")))
        else {
            continue; // the thread ended meanwhile
        };
        if comm.trim() == node_threads {
            node += stat_cpu_us(&stat);
        } else {
            rest += stat_cpu_us(&stat);
        }
    }
    Ok((node, rest))
}

/// The CPU time (user + system, in µs) in a `/proc/…/stat` line of a thread.
fn stat_cpu_us(stat: &str) -> f64 {
    // USER_HZ is 100 on Linux. After the parenthesised name: utime and stime are the 14th and 15th fields.
    let tick_us = 1e6 / 100.0;
    let after = stat.rsplit_once(") ").map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks: f64 = fields.get(11..13).into_iter().flatten().filter_map(|f| f.parse::<f64>().ok()).sum();
    ticks * tick_us
}

/// Latency of `baton_sendTransaction` answered with a receipt, at `rate` requests per second for `seconds`, open
/// loop (each request leaves on schedule whatever the earlier ones do), against a node that leads every slot. The
/// node runs on its own runtime (two worker threads named `baton-node`) so that its CPU time is told apart from the
/// client's; both share the machine's two cores.
async fn receipt_latency(rate: u64, seconds: u64) -> Result<ReceiptRun> {
    let chain = Chain::deploy().await?;
    let key: PrivateKeySigner = chain.anvil.keys()[1].clone().into();
    chain.activate(&key).await?;
    let dir = tempfile::tempdir()?;
    let mut config = baton_e2e::node_config(&chain, key, dir.path(), DataMode::Calldata).await?;
    config.max_batch_txs = 5_000;
    config.max_batch_bytes = 4_000_000;
    config.mempool = Limits { max_txs: 200_000, max_bytes: 200_000_000 };
    // `BATON_GROUP_INTERVAL_MS`, as the node binary reads it, to compare group intervals side by side.
    let group_interval_ms = match std::env::var("BATON_GROUP_INTERVAL_MS") {
        Ok(ms) => ms.parse()?,
        Err(_) => baton_node::ReceiptSettings::default().group_interval_ms,
    };
    config.receipts =
        baton_node::ReceiptSettings { per_slot: 5_000, group_interval_ms, ..Default::default() };
    let node_runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("baton-node")
        .enable_all()
        .build()?;
    let node = node_runtime.spawn(baton_node::start(config)).await??;
    let client = baton_node::NodeClient::new(node.url().parse()?);
    let mut factory = TxFactory::new(L2_CHAIN_ID, 500, rate);
    // The node promises once it has seen its first slots.
    let warm = factory.next_raw();
    baton_e2e::wait_for("the node's first receipt", std::time::Duration::from_secs(20), || async {
        Ok(client.send_transaction(&warm).await?.receipt)
    })
    .await?;
    let total = (rate * seconds) as usize;
    let bodies = factory
        .batch(total)
        .iter()
        .enumerate()
        .map(|(id, raw)| {
            serde_json::to_vec(&serde_json::json!({
                "jsonrpc": "2.0", "id": id, "method": "baton_sendTransaction", "params": [raw],
            }))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let addr = node.url().trim_start_matches("http://").parse()?;
    let gap = std::time::Duration::from_nanos(1_000_000_000 / rate);
    let commits_before = commit_counters(&node.url()).await?;
    let cpu_before = cpu_split("baton-node")?;
    let machine_before = machine_ticks()?;
    let sectors_before = sectors_written(dir.path());
    let began = Instant::now();
    let replies = baton_e2e::load::open_loop(addr, bodies, gap, LOAD_CONNECTIONS).await?;
    let span = began.elapsed().as_secs_f64();
    let cpu_after = cpu_split("baton-node")?;
    let machine_after = machine_ticks()?;
    let sectors_after = sectors_written(dir.path());
    let commits_after = commit_counters(&node.url()).await?;
    node.stop().await;
    node_runtime.shutdown_background();
    // `BATON_LATENCY_DUMP=FILE`: one line per answered request, `due_ms latency_ms`, to see when in the run the tail
    // happened (e.g. beside the node's checkpoints), which p99 alone does not say.
    if let Ok(path) = std::env::var("BATON_LATENCY_DUMP") {
        let lines: String = replies
            .iter()
            .enumerate()
            .filter_map(|(i, reply)| {
                let due_ms = gap.as_secs_f64() * 1e3 * i as f64;
                reply.as_ref().map(|r| format!("{due_ms:.3} {:.3}\n", r.latency.as_secs_f64() * 1e3))
            })
            .collect();
        std::fs::write(format!("{path}.{rate}"), lines)?;
    }
    // Read the answers only now, outside the measured CPU time.
    let mut latencies = Vec::with_capacity(total);
    for reply in replies.into_iter().flatten() {
        let answer: serde_json::Value = serde_json::from_slice(&reply.body)?;
        if answer["result"]["receipt"].is_object() {
            latencies.push(reply.latency.as_secs_f64() * 1_000.0);
        }
    }
    ensure!(!latencies.is_empty(), "no request got a receipt");
    latencies.sort_by(f64::total_cmp);
    let at = |p: f64| {
        latencies[((p / 100.0 * latencies.len() as f64).ceil() as usize).clamp(1, latencies.len()) - 1]
    };
    Ok(ReceiptRun {
        p50_ms: at(50.0),
        p99_ms: at(99.0),
        answered: latencies.len(),
        span_s: span,
        node_cpu_us: (cpu_after.0 - cpu_before.0) / total as f64,
        client_cpu_us: (cpu_after.1 - cpu_before.1) / total as f64,
        stolen_pct: 100.0 * (machine_after.1 - machine_before.1) as f64
            / (machine_after.0 - machine_before.0).max(1) as f64,
        requests_per_commit: (commits_after[1] - commits_before[1])
            / (commits_after[0] - commits_before[0]).max(1.0),
        commit_busy_pct: 100.0 * (commits_after[2] - commits_before[2]) / 1e6 / span,
        disk_bytes_per_request: sectors_before
            .zip(sectors_after)
            .map(|(before, after)| after.saturating_sub(before) as f64 * 512.0 / total as f64),
    })
}

fn batch_build(txs: &[Bytes], key: &PrivateKeySigner) -> Result<f64> {
    let mut pool = Mempool::new(Limits::default());
    for raw in txs {
        pool.insert(keccak256(raw), raw.clone());
    }
    let domain = baton_protocol::header::domain(31337, alloy::primitives::Address::ZERO);
    let start = Instant::now();
    let mut built = 0;
    loop {
        let batch = pool.take(5_000, 1 << 20, 0);
        if batch.is_empty() {
            break;
        }
        let raws: Vec<Bytes> = batch.iter().map(|t| t.raw.clone()).collect();
        let payload = payload::encode(&raws)?;
        let hashes: Vec<B256> = batch.iter().map(|t| t.hash).collect();
        let header = BatchHeader {
            dataCommitment: keccak256(&payload),
            txRoot: tx_root(&hashes),
            sequencer: key.address(),
            ..Default::default()
        };
        std::hint::black_box(header.sign(&domain, key)?);
        built += raws.len();
    }
    Ok(built as f64 / start.elapsed().as_secs_f64())
}

/// Posts one batch of `n` transactions as the only operator; returns (execution gas, blob gas).
async fn post(
    chain: &Chain,
    key: &PrivateKeySigner,
    parent: &mut (u64, B256),
    txs: &[Bytes],
    blobs: bool,
) -> Result<(u64, u64)> {
    let schedule = chain.schedule().await?;
    let payload = payload::encode(txs)?;
    let sidecar: Option<BlobTransactionSidecar> =
        if blobs { Some(SidecarBuilder::<SimpleCoder>::from_slice(&payload).build()?) } else { None };
    let commitment = match &sidecar {
        Some(s) => keccak256(s.versioned_hashes().flat_map(|h| h.0).collect::<Vec<u8>>()),
        None => keccak256(&payload),
    };
    let hashes: Vec<B256> = txs.iter().map(keccak256).collect();
    let header = BatchHeader {
        l2ChainId: L2_CHAIN_ID,
        batchNumber: parent.0,
        slot: schedule.slot_at(chain.block().await? + 1),
        parentHash: parent.1,
        dataCommitment: commitment,
        txRoot: tx_root(&hashes),
        queuePosition: 0,
        sequencer: key.address(),
    };
    // As the node posts: from the signer's own account, naming the header by hash (sender authentication).
    let id = chain.registry.operatorIdOf(key.address()).call().await?;
    let sent = calldata::Posted::sent_by_signer(&header, id, 0)?;
    let input = match sidecar {
        Some(_) => sent.encode(calldata::Entry::Blobs, &[]),
        None => sent.encode(calldata::Entry::Calldata, &payload),
    };
    let receipt = chain.send_to_inbox(&chain.provider_for(1), input, sidecar).await?;
    ensure!(receipt.status(), "batch reverted");
    *parent = (parent.0 + 1, header.hash());
    Ok((receipt.gas_used, receipt.blob_gas_used.unwrap_or(0)))
}

#[tokio::main]
async fn main() -> Result<()> {
    // `cargo bench -p baton-e2e --bench node -- receipts` measures receipt latency alone (e.g. under `perf`).
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(at) = args.iter().position(|a| a == "receipts") {
        // `receipts 10000` runs that rate alone (for a profile), for 2 s; `receipts 10000 20` for 20 s (what a longer
        // run does to the node's tables).
        let seconds = args.get(at + 2).and_then(|s| s.parse::<u64>().ok()).unwrap_or(2);
        let rates = match args.get(at + 1).map(|r| r.parse::<u64>()) {
            Some(Ok(rate)) => vec![(rate, seconds)],
            _ => RECEIPT_RATES.to_vec(),
        };
        return receipts_table(&rates).await;
    }
    let chain = Chain::deploy().await?;
    let mut factory = TxFactory::new(L2_CHAIN_ID, 500, 42);
    let txs = factory.batch(INGEST_TXS);

    println!("| measure | transactions/s |");
    println!("|---|---:|");
    for concurrency in CONCURRENCY {
        let rate = ingest(&chain, txs.clone(), concurrency).await?;
        println!("| ingest over HTTP JSON-RPC, {concurrency} connections, durable ack ({INGEST_TXS} txs) | {rate:.0} |");
    }
    let key: PrivateKeySigner = chain.anvil.keys()[1].clone().into();
    let build = batch_build(&txs, &key)?;
    println!("| batch build (take 5,000, encode, tx root, sign) | {build:.0} |");

    println!();
    receipts_table(&RECEIPT_RATES).await?;

    chain.register(key.address()).await?;
    let schedule = chain.schedule().await?;
    chain.mine_to(schedule.slot_start(schedule.epoch_first_slot(2))).await?;
    let mut parent = (0u64, B256::ZERO);
    println!();
    println!("| batch | L2 txs | payload bytes | L1 execution gas (tx total) | execution gas per L2 tx | blob gas per L2 tx |");
    println!("|---|---:|---:|---:|---:|---:|");
    let mut crossover = Vec::new();
    for n in [10usize, 100, 500, 1_000] {
        let mut measured = Vec::new();
        for blobs in [false, true] {
            // Post at the start of a slot so the leader (the only operator) is eligible and the slot matches.
            let next_slot = schedule.slot_at(chain.block().await?) + 1;
            chain.mine_to(schedule.slot_start(next_slot)).await?;
            let batch = factory.batch(n);
            let bytes = payload::encode(&batch)?.len();
            let (gas, blob_gas) = post(&chain, &key, &mut parent, &batch, blobs).await?;
            println!(
                "| {} | {n} | {bytes} | {gas} | {:.0} | {:.0} |",
                if blobs { "blobs" } else { "calldata" },
                gas as f64 / n as f64,
                blob_gas as f64 / n as f64
            );
            measured.push((gas, blob_gas));
        }
        // Blobs cost less when gas_b * fee + blob_gas * blob_fee < gas_c * fee.
        let ((calldata_gas, _), (blob_exec_gas, blob_gas)) = (measured[0], measured[1]);
        crossover.push((n, (calldata_gas as f64 - blob_exec_gas as f64) / blob_gas as f64));
    }
    println!();
    println!("| L2 txs per batch | blobs cost less while blob base fee / base fee is below |");
    println!("|---:|---:|");
    for (n, ratio) in crossover {
        println!("| {n} | {ratio:.2} |");
    }
    Ok(())
}
