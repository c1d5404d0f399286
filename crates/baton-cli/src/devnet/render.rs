//! The devnet report as human tables.

use super::report::Report;

/// The report as human tables.
pub fn render(report: &Report) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(out, "\nBaton devnet: {} L1 blocks in {} s\n", report.blocks, report.seconds);
    let _ = writeln!(out, "operator  role          batches  bond before (ETH)  bond after (ETH)  status");
    for op in &report.operators {
        let _ = writeln!(
            out,
            "{:>8}  {:<12}  {:>7}  {:>17}  {:>16}  {}",
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
    let _ = writeln!(out, "\nslashes:");
    for s in &report.slashes {
        let _ = writeln!(
            out,
            "  operator {} for {}: {} ETH taken, bounty {} ETH to {}, compensation {} ETH",
            s.operator,
            s.fault,
            crate::format_eth(&s.penalty),
            crate::format_eth(&s.bounty),
            s.reporter,
            crate::format_eth(&s.compensation)
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
