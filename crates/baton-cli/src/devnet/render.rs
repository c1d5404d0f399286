//! The devnet report as human tables.

use super::report::Report;

/// The report as human tables.
pub fn render(report: &Report) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(out, "\nBaton devnet: {} L1 blocks in {} s\n", report.blocks, report.seconds);
    let _ = writeln!(
        out,
        "operator  role                     batches  bond before (ETH)  bond after (ETH)  status"
    );
    for op in &report.operators {
        let _ = writeln!(
            out,
            "{:>8}  {:<23}  {:>7}  {:>17}  {:>16}  {}",
            op.id,
            op.role,
            op.batches,
            crate::format_eth(&op.bond_before),
            crate::format_eth(&op.bond_after),
            op.status_after
        );
    }
    let _ = writeln!(out, "forced-only batches (keeper): {}", report.forced_batches);
    let _ = writeln!(
        out,
        "\nL2 transactions: {} sent, {} included\ninclusion delay (L1 blocks of 1 s): normal p50 {} / p95 {} ({} txs); forced p50 {} / p95 {} ({} entries)",
        report.l2_sent,
        report.l2_included,
        report.normal_inclusion.p50,
        report.normal_inclusion.p95,
        report.normal_inclusion.count,
        report.forced_inclusion.p50,
        report.forced_inclusion.p95,
        report.forced_inclusion.count
    );
    let _ = writeln!(
        out,
        "L1 bill (gas used by batch transactions): {} per batch, {} per L2 transaction; blob gas {} per L2 transaction",
        report.gas_per_batch, report.gas_per_l2_tx, report.blob_gas_per_l2_tx
    );
    let by_kind: Vec<String> = report
        .cost_by_kind
        .iter()
        .map(|c| {
            format!(
                "{} {} gas + {} blob gas ({} batches of {} txs on average, {} gas each)",
                c.kind,
                c.gas_per_l2_tx,
                c.blob_gas_per_l2_tx,
                c.batches,
                c.l2_txs.checked_div(c.batches).unwrap_or(0),
                c.gas_per_batch
            )
        })
        .collect();
    let _ = writeln!(out, "L1 cost per L2 transaction by data path: {}", by_kind.join("; "));
    let r = &report.receipts;
    let _ = writeln!(
        out,
        "inclusion receipts: {} issued, latency p50 {:.2} ms / p99 {:.2} ms (request in, signed receipt out); {} kept, {} broken ({} proven on L1, keeper reaction p50 {} / p99 {} blocks), {} pending",
        r.issued,
        r.latency_p50_us as f64 / 1_000.0,
        r.latency_p99_us as f64 / 1_000.0,
        r.kept,
        r.broken,
        r.proven,
        r.keeper_reaction_p50_blocks,
        r.keeper_reaction_p99_blocks,
        r.pending
    );
    let c = &report.certificates;
    let _ = writeln!(
        out,
        "committee certificates: {} of {} sequenced batches certified ({:.0} %), round latency p50 {} ms / p99 {} ms (request out, quorum in)",
        c.certified,
        c.batches,
        if c.batches == 0 { 0.0 } else { 100.0 * c.certified as f64 / c.batches as f64 },
        c.latency_p50_ms,
        c.latency_p99_ms
    );
    let _ = writeln!(out, "\nslashes:");
    // Slashes of one kind against one operator are summed (an outage breaks every receipt of its slots): the first
    // of each group, how many, and the summed penalty, bounty and compensation.
    let wei = |v: &str| v.parse::<u128>().unwrap_or(0);
    let mut groups: Vec<(&super::SlashReport, usize, [u128; 3])> = Vec::new();
    for s in &report.slashes {
        let amounts = [wei(&s.penalty), wei(&s.bounty), wei(&s.compensation)];
        match groups.iter_mut().find(|(first, ..)| first.operator == s.operator && first.fault == s.fault) {
            Some((_, count, sums)) => {
                *count += 1;
                sums.iter_mut().zip(amounts).for_each(|(sum, a)| *sum += a);
            }
            None => groups.push((s, 1, amounts)),
        }
    }
    for (first, count, [penalty, bounty, compensation]) in groups {
        let times = if count > 1 { format!(" x{count}") } else { String::new() };
        let _ = writeln!(
            out,
            "  operator {} for {}{times}: {} ETH taken, bounty {} ETH to {}, compensation {} ETH",
            first.operator,
            first.fault,
            crate::format_eth(&penalty.to_string()),
            crate::format_eth(&bounty.to_string()),
            first.reporter,
            crate::format_eth(&compensation.to_string())
        );
    }
    let _ = writeln!(
        out,
        "censored user compensated: {} ETH (escrowed until the fault window closes); deposit included: {}",
        crate::format_eth(&report.user_compensation),
        report.deposit_included
    );
    if let Some(reorg) = &report.reorg {
        let honest_whole = report
            .operators
            .iter()
            .filter(|o| o.role == "honest")
            .all(|o| o.bond_before == o.bond_after && o.status_after == "Active");
        let _ = writeln!(
            out,
            "L1 reorg: {reorg}; honest operators {}",
            if honest_whole { "lost nothing" } else { "LOST BOND" }
        );
    }
    for w in &report.warnings {
        let _ = writeln!(out, "warning: {w}");
    }
    out
}
