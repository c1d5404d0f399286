//! What the devnet measured, read back from L1 at the end: batches per operator, inclusion delays, the L1 bill,
//! slashes and payouts.

use std::{collections::HashMap, time::Duration};

use alloy::{
    primitives::{keccak256, Address, B256, U256},
    providers::{DynProvider, Provider},
    signers::local::PrivateKeySigner,
};
use baton_bindings::sequencer_registry::SequencerRegistry;
use baton_l1::{AnvilBlobs, L1Reader};
use baton_protocol::{deployment::Deployment, derive::L2Item, receipt::SignedReceipt};

use super::traffic::Sent;
use eyre::Result;
use serde::Serialize;

/// One operator in the report.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OperatorReport {
    /// Operator id.
    pub id: u8,
    /// Its signer.
    pub signer: Address,
    /// What the scenario made it do.
    pub role: &'static str,
    /// Batches it signed that L1 recorded.
    pub batches: u64,
    /// Bond before the scenario, in wei.
    pub bond_before: String,
    /// Bond after, in wei.
    pub bond_after: String,
    /// Status after (`Active`, `Jailed`, `Ejected`, ...).
    pub status_after: String,
}

/// Percentiles of inclusion delays, in L1 blocks (1 s each).
#[derive(Debug, Default, Serialize)]
pub struct Delays {
    /// Transactions measured.
    pub count: usize,
    /// Median delay.
    pub p50: u64,
    /// 95th percentile.
    pub p95: u64,
}

/// Inclusion receipts: how fast they came and whether L1 shows them kept.
#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReceiptsReport {
    /// Receipts issued (the traffic's and the breaker act's).
    pub issued: usize,
    /// Request in to signed receipt out, as the traffic's client saw it: median, in microseconds.
    pub latency_p50_us: u64,
    /// 99th percentile, in microseconds.
    pub latency_p99_us: u64,
    /// Kept: the signer's first batch in the slot has the transaction at the promised index.
    pub kept: usize,
    /// Broken (another transaction at the index, too few, or no batch of the signer in the slot).
    pub broken: usize,
    /// Of the broken, proven on L1 (the keeper's slashes).
    pub proven: usize,
    /// Slot not over and its batch not on L1 when the devnet stopped.
    pub pending: usize,
    /// The keeper's reaction to broken receipts, first provable block to its proof's block (1 s blocks): median.
    pub keeper_reaction_p50_blocks: u64,
    /// 99th percentile.
    pub keeper_reaction_p99_blocks: u64,
}

/// Committee certificates: how many batches were certified and how fast.
#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CertificatesReport {
    /// Sequenced batches of the scenario.
    pub batches: usize,
    /// Of those, certified by a quorum of their epoch's committee.
    pub certified: usize,
    /// The poster's round, request to quorum: median, in milliseconds.
    pub latency_p50_ms: u64,
    /// 99th percentile, in milliseconds.
    pub latency_p99_ms: u64,
}

/// The L1 bill of the batches whose data took one way to L1.
#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DataKindCost {
    /// `calldata`, `blobs` or `committee` (only the commitment and the certificate on L1).
    pub kind: &'static str,
    /// Sequenced batches of the scenario.
    pub batches: u64,
    /// L2 transactions they carried.
    pub l2_txs: u64,
    /// Gas used per batch (a committee batch's is nearly flat: its data stays off L1).
    pub gas_per_batch: u64,
    /// Gas used by their transactions (21,000, calldata and execution) per L2 transaction.
    pub gas_per_l2_tx: u64,
    /// Blob gas per L2 transaction.
    pub blob_gas_per_l2_tx: u64,
}

/// A slash observed on L1.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SlashReport {
    /// The operator.
    pub operator: u8,
    /// The fault.
    pub fault: &'static str,
    /// Bond taken, in wei.
    pub penalty: String,
    /// Reporter's bounty, in wei.
    pub bounty: String,
    /// To the harmed user, in wei.
    pub compensation: String,
    /// Who proved it.
    pub reporter: Address,
}

/// What the devnet measured.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// L1 blocks the scenario spanned.
    pub blocks: u64,
    /// Wall-clock seconds.
    pub seconds: u64,
    /// Per operator.
    pub operators: Vec<OperatorReport>,
    /// Forced-only batches (appended by the keeper).
    pub forced_batches: u64,
    /// L2 transactions sent to the nodes.
    pub l2_sent: usize,
    /// Of those, included by a batch.
    pub l2_included: usize,
    /// Inclusion delay of transactions sent to the nodes (sent → batch on L1).
    pub normal_inclusion: Delays,
    /// Inclusion delay of forced entries (queued → included by a batch).
    pub forced_inclusion: Delays,
    /// Gas used by the batch transactions (the whole bill: 21,000, calldata and execution; blob gas apart), per
    /// batch.
    pub gas_per_batch: u64,
    /// The same, per included L2 transaction.
    pub gas_per_l2_tx: u64,
    /// Blob gas of the batch transactions, per included L2 transaction.
    pub blob_gas_per_l2_tx: u64,
    /// The bill by the way data reached L1, side by side (the nodes post a third each way).
    pub cost_by_kind: Vec<DataKindCost>,
    /// Slashes, in order.
    pub slashes: Vec<SlashReport>,
    /// The L1 reorg played, if any.
    pub reorg: Option<String>,
    /// Inclusion receipts.
    pub receipts: ReceiptsReport,
    /// Committee certificates.
    pub certificates: CertificatesReport,
    /// Compensation credited to the censored user, in wei.
    pub user_compensation: String,
    /// The deposit reached the L2 list.
    pub deposit_included: bool,
    /// Things the scenario expected but did not see.
    pub warnings: Vec<String>,
}

/// Where to read the record.
pub(super) struct Parts {
    pub(super) provider: DynProvider,
    pub(super) registry: SequencerRegistry::SequencerRegistryInstance<DynProvider>,
    pub(super) deployment: Deployment,
    pub(super) genesis: u64,
    /// The nodes, which serve committee batches' data.
    pub(super) nodes: Vec<reqwest::Url>,
}

/// What the scenario did and saw, beside what L1 recorded.
pub(super) struct Observed {
    /// The operators' signers, by id.
    pub(super) signers: Vec<PrivateKeySigner>,
    /// Their bonds before the scenario.
    pub(super) bonds_before: Vec<U256>,
    /// The roles the scenario gave (the others stay honest).
    pub(super) roles: Vec<(u8, &'static str)>,
    /// First and last block of the scenario.
    pub(super) blocks: (u64, u64),
    /// L2 transactions sent, with the head when each was accepted and their receipts.
    pub(super) sent: Vec<Sent>,
    /// The receipts the breaker act obtained.
    pub(super) promised: Vec<SignedReceipt>,
    /// The keeper's reaction latencies (blocks) of its confirmed receipt proofs.
    pub(super) receipt_reactions: Vec<u64>,
    /// Per sequenced batch of the scenario: its certificate's round latency (ms), if it was certified.
    pub(super) certificates: Vec<Option<u64>>,
    /// The L1 user who was censored (its compensation is reported).
    pub(super) user: Address,
    /// The deposit's forced-queue index.
    pub(super) deposit_index: u64,
    /// The L1 reorg played, if any.
    pub(super) reorg: Option<String>,
    /// Things expected but not seen.
    pub(super) warnings: Vec<String>,
    /// Wall-clock time of the scenario.
    pub(super) elapsed: Duration,
}

/// Builds the report from L1 alone, over the blocks the scenario spanned.
pub(super) async fn build(parts: &Parts, observed: Observed) -> Result<Report> {
    let Observed {
        signers,
        bonds_before,
        roles,
        blocks: (start, end),
        sent,
        promised,
        mut receipt_reactions,
        certificates,
        user,
        deposit_index,
        reorg,
        warnings,
        elapsed,
    } = observed;
    let reader =
        L1Reader::new(parts.provider.clone(), parts.deployment.inbox, AnvilBlobs(parts.provider.clone()))
            .with_committee_sources(parts.nodes.clone());
    let appended = reader.appended(parts.genesis, end).await?;
    let entries = reader.forced_entries(parts.genesis, end).await?;
    let derived = reader.derive(parts.genesis, end).await?;
    let block_of_batch: HashMap<u64, u64> =
        appended.iter().map(|a| (a.header.batchNumber, a.block)).collect();

    // Batches per operator, and gas.
    let ids: HashMap<Address, u8> = signers.iter().enumerate().map(|(i, s)| (s.address(), i as u8)).collect();
    let mut per_operator: HashMap<u8, u64> = HashMap::new();
    let mut forced_batches = 0;
    let mut gas = 0u64;
    let mut blob_gas = 0u64;
    let mut scenario_batches = 0u64;
    let mut txs_per_batch: HashMap<u64, u64> = HashMap::new();
    for item in &derived.items {
        if let L2Item::Sequenced { batch, .. } = item {
            *txs_per_batch.entry(*batch).or_default() += 1;
        }
    }
    let mut cost_by_kind: Vec<DataKindCost> = ["calldata", "blobs", "committee"]
        .into_iter()
        .map(|kind| DataKindCost { kind, ..DataKindCost::default() })
        .collect();
    for a in appended.iter().filter(|a| a.block >= start) {
        match ids.get(&a.header.sequencer) {
            Some(id) => *per_operator.entry(*id).or_default() += 1,
            None => forced_batches += 1,
        }
        if let Some(receipt) = parts.provider.get_transaction_receipt(a.tx).await? {
            gas += receipt.gas_used;
            blob_gas += receipt.blob_gas_used.unwrap_or(0);
            scenario_batches += 1;
            // IBatchInbox.DataKind: 0 calldata, 1 blobs, 2 forced-only (no sequencer), 3 committee.
            let slot = match a.kind {
                0 => Some(0),
                1 => Some(1),
                3 => Some(2),
                _ => None,
            };
            if let Some(cost) = slot.map(|i| &mut cost_by_kind[i]) {
                cost.batches += 1;
                cost.l2_txs += txs_per_batch.get(&a.header.batchNumber).copied().unwrap_or(0);
                cost.gas_per_batch += receipt.gas_used;
                cost.blob_gas_per_l2_tx += receipt.blob_gas_used.unwrap_or(0);
            }
        }
    }
    // Totals so far; per L2 transaction from here on.
    for cost in &mut cost_by_kind {
        cost.gas_per_l2_tx = cost.gas_per_batch.checked_div(cost.l2_txs).unwrap_or(0);
        cost.gas_per_batch = cost.gas_per_batch.checked_div(cost.batches).unwrap_or(0);
        cost.blob_gas_per_l2_tx = cost.blob_gas_per_l2_tx.checked_div(cost.l2_txs).unwrap_or(0);
    }

    // Inclusion delays.
    let sent_at: HashMap<B256, u64> = sent.iter().map(|s| (s.hash, s.head)).collect();
    // Each sent transaction counts once, at its first inclusion (a later copy fails on L2 by its nonce).
    let mut normal = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for item in &derived.items {
        if let L2Item::Sequenced { batch, tx } = item {
            let hash = keccak256(tx);
            if let (Some(sent), Some(block)) = (sent_at.get(&hash), block_of_batch.get(batch)) {
                if seen.insert(hash) {
                    normal.push(block.saturating_sub(*sent));
                }
            }
        }
    }
    let mut forced = Vec::new();
    for (index, entry) in entries.range(..) {
        let queued_at = entry.deadline - parts.deployment.params.inclusion_window as u64;
        if queued_at < start {
            continue;
        }
        if let Some(batch) = appended.iter().find(|a| a.header.queuePosition > *index) {
            forced.push(batch.block.saturating_sub(queued_at));
        }
    }
    let l2_included = normal.len();

    // Slashes.
    let filter = alloy::rpc::types::Filter::new()
        .address(*parts.registry.address())
        .event_signature(baton_l1::slashes::SLASH_EVENTS.to_vec())
        .from_block(start)
        .to_block(end);
    let mut slashes = Vec::new();
    let mut user_compensation = U256::ZERO;
    for log in parts.provider.get_logs(&filter).await? {
        for slash in baton_l1::slashes::slashes_in(&log, parts.deployment.params.bounty_bps)? {
            if slash.fault == 1 && slash.victim == user {
                // Escrowed against the censor until the fault window of the slash's slot closes (PROTOCOL.md
                // §Payouts); the devnet ends long before that, so the report reads it from the slash.
                user_compensation += slash.compensation;
            }
            slashes.push(SlashReport {
                operator: slash.operator,
                fault: baton_protocol::roster::Fault::from_u8(slash.fault).map_or("?", |f| f.label()),
                penalty: slash.penalty.to_string(),
                bounty: slash.bounty.to_string(),
                compensation: slash.compensation.to_string(),
                reporter: slash.reporter,
            });
        }
    }

    let mut receipts = receipts_report(parts, &reader, &appended, end, &sent, promised).await?;
    receipt_reactions.sort_unstable();
    receipts.keeper_reaction_p50_blocks = rank(&receipt_reactions, 50.0);
    receipts.keeper_reaction_p99_blocks = rank(&receipt_reactions, 99.0);

    let mut operators = Vec::new();
    for (i, signer) in signers.iter().enumerate() {
        let id = i as u8;
        let op = parts.registry.operator(id).call().await?;
        operators.push(OperatorReport {
            id,
            signer: signer.address(),
            role: roles.iter().find(|(r, _)| *r == id).map_or("honest", |(_, role)| role),
            batches: per_operator.get(&id).copied().unwrap_or(0),
            bond_before: bonds_before.get(i).copied().unwrap_or_default().to_string(),
            bond_after: U256::from(op.bond).to_string(),
            status_after: crate::ops::status_name(op.status),
        });
    }
    let deposit_included = derived
        .items
        .iter()
        .any(|item| matches!(item, L2Item::Deposit { index, .. } if *index == deposit_index));
    Ok(Report {
        blocks: end - start,
        seconds: elapsed.as_secs(),
        operators,
        forced_batches,
        l2_sent: sent.len(),
        l2_included,
        normal_inclusion: percentiles(normal),
        forced_inclusion: percentiles(forced),
        gas_per_batch: gas.checked_div(scenario_batches).unwrap_or(0),
        gas_per_l2_tx: gas.checked_div(l2_included as u64).unwrap_or(0),
        blob_gas_per_l2_tx: blob_gas.checked_div(l2_included as u64).unwrap_or(0),
        cost_by_kind,
        slashes,
        reorg,
        receipts,
        certificates: certificates_report(&certificates),
        user_compensation: user_compensation.to_string(),
        deposit_included,
        warnings,
    })
}

/// Judges every receipt by L1 at block `end`: the signer's first batch in the receipt's slot, its transaction at the
/// promised index, and whether the registry recorded a broken one as proven.
async fn receipts_report(
    parts: &Parts,
    reader: &L1Reader<AnvilBlobs>,
    appended: &[baton_l1::Appended],
    end: u64,
    sent: &[Sent],
    promised: Vec<SignedReceipt>,
) -> Result<ReceiptsReport> {
    let schedule = baton_protocol::schedule::Schedule::for_deployment(&parts.deployment, parts.genesis);
    let mut latencies: Vec<u64> =
        sent.iter().filter_map(|s| s.receipt.as_ref()).map(|(_, d)| d.as_micros() as u64).collect();
    latencies.sort_unstable();
    let all: Vec<SignedReceipt> =
        sent.iter().filter_map(|s| s.receipt.as_ref().map(|(r, _)| r.clone())).chain(promised).collect();
    let mut report = ReceiptsReport {
        issued: all.len(),
        latency_p50_us: rank(&latencies, 50.0),
        latency_p99_us: rank(&latencies, 99.0),
        ..ReceiptsReport::default()
    };
    let mut txs_of: HashMap<u64, Vec<B256>> = HashMap::new();
    for signed in &all {
        let r = &signed.receipt;
        let first = appended.iter().find(|a| a.header.slot == r.slot && a.header.sequencer == signed.signer);
        let kept = match first {
            Some(batch) => {
                let number = batch.header.batchNumber;
                if let std::collections::hash_map::Entry::Vacant(entry) = txs_of.entry(number) {
                    entry.insert(reader.transaction_hashes(batch).await?.unwrap_or_default());
                }
                Some(txs_of.get(&number).is_some_and(|txs| r.kept_by(txs)))
            }
            None if schedule.slot_start(r.slot + 1) <= end => Some(false),
            None => None,
        };
        match kept {
            Some(true) => report.kept += 1,
            Some(false) => {
                report.broken += 1;
                if parts.registry.faultProven(signed.evidence()).call().await? {
                    report.proven += 1;
                }
            }
            None => report.pending += 1,
        }
    }
    Ok(report)
}

/// Share of certified batches and the percentiles of their rounds' latency.
fn certificates_report(certificates: &[Option<u64>]) -> CertificatesReport {
    let mut latencies: Vec<u64> = certificates.iter().flatten().copied().collect();
    latencies.sort_unstable();
    CertificatesReport {
        batches: certificates.len(),
        certified: latencies.len(),
        latency_p50_ms: rank(&latencies, 50.0),
        latency_p99_ms: rank(&latencies, 99.0),
    }
}

/// The value at percentile `p` of sorted `values` (nearest rank), 0 when empty.
fn rank(values: &[u64], p: f64) -> u64 {
    if values.is_empty() {
        return 0;
    }
    let at = ((p / 100.0) * values.len() as f64).ceil() as usize;
    values[at.clamp(1, values.len()) - 1]
}

fn percentiles(mut values: Vec<u64>) -> Delays {
    values.sort_unstable();
    Delays { count: values.len(), p50: rank(&values, 50.0), p95: rank(&values, 95.0) }
}
