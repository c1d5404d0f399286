//! `baton devnet` end to end: the scenario runs on its own embedded anvil, here forking another chain (a local
//! anvil standing for mainnet, which the test cannot reach), and every fault it plays is caught on L1 — the third
//! of the committee that certified two headers for one position ejected (and nobody else charged for it), the
//! offline operator jailed, the censor slashed and its victim compensated, the equivocator ejected with its whole
//! bond, the receipt breaker slashed for the receipts it broke — an L1 reorg costs the honest nothing, and every
//! L2 transaction sent to the nodes and the deposit are included; the committee certifies most batches, and
//! nodes post calldata, blobs and committee-mode batches side by side. The forked chain is left untouched.

use std::time::Duration;

use alloy::providers::{ext::AnvilApi, Provider, ProviderBuilder};
use baton_cli::devnet::{self, Options};
use eyre::{ensure, Result};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_devnet_scenario_catches_every_fault_and_loses_no_transaction() -> Result<()> {
    // The chain forked: some history of its own.
    let source = baton_foundry::spawn(baton_foundry::anvil()?)?;
    let source_provider = ProviderBuilder::new().connect_http(source.endpoint_url());
    source_provider.anvil_mine(Some(25), None).await?;
    let fork_block = source_provider.get_block_number().await?;
    let report = devnet::run(Options {
        operators: 6,
        duration: Duration::from_secs(6),
        seed: 3,
        rpc_url: None,
        fork_url: Some(source.endpoint()),
        fork_block: Some(fork_block),
        progress: false,
    })
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
    Ok(())
}
