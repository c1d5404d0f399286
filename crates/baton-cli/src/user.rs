//! User commands: send an L2 transaction to the sequencers, deposit ETH, force a transaction in with automatic
//! routing (sequencers first, then the L1 queue, then a forced batch of one's own), and track a transaction.

use std::time::{Duration, Instant};

use alloy::{
    consensus::{Transaction as _, TxEnvelope},
    eips::eip2718::Decodable2718,
    primitives::{keccak256, Address, Bytes, B256, U256},
    providers::Provider,
    signers::local::PrivateKeySigner,
};
use baton_bindings::{batch_inbox::BatchInbox, sequencer_registry::SequencerRegistry};
use baton_l1::{payouts, Blobs, L1Reader};
use baton_node::NodeClient;
use baton_protocol::{deployment::Deployment, receipt::SignedReceipt, schedule::Schedule};
use eyre::{bail, ensure, eyre, Result, WrapErr};
use serde::Serialize;

use crate::ops::{connect, connect_read, explain};

/// How often a long wait says where it stands (on stderr; `--json` output stays one object on stdout).
pub const PROGRESS_EVERY: Duration = Duration::from_secs(10);

/// L1 blocks `baton track` (and `force-include`'s check for an earlier inclusion) search by default.
pub const TRACK_WINDOW: u64 = 10_000;

/// Checks that `raw` is a signed transaction of this rollup; returns its hash.
pub fn check_l2_transaction(deployment: &Deployment, raw: &Bytes) -> Result<B256> {
    let tx =
        TxEnvelope::decode_2718(&mut raw.as_ref()).map_err(|e| eyre!("not a signed transaction: {e}"))?;
    let expected = deployment.params.l2_chain_id;
    ensure!(
        tx.chain_id() == Some(expected),
        "transaction is for chain {:?}, this rollup is {expected}",
        tx.chain_id()
    );
    Ok(keccak256(raw))
}

/// What `baton send` got: the hash, and the node's inclusion receipt if it gave one (checked: signed by the named
/// operator signer for this deployment, for this transaction), or why not.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SendOutcome {
    /// The L2 transaction hash.
    pub hash: B256,
    /// The receipt.
    pub receipt: Option<SignedReceipt>,
    /// Why there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub no_receipt: Option<String>,
    /// Whether a keeper now holds the receipt (`--keeper`).
    pub handed_to_keeper: bool,
}

/// Sends `raw` to a sequencer node with `baton_sendTransaction`; checks the receipt it returns and, with `keeper`,
/// hands it to that keeper to watch.
pub async fn send(
    deployment: &Deployment,
    node: &reqwest::Url,
    raw: &Bytes,
    keeper: Option<&reqwest::Url>,
) -> Result<SendOutcome> {
    let hash = check_l2_transaction(deployment, raw)?;
    let sent = NodeClient::new(node.clone()).send_transaction(raw).await?;
    ensure!(sent.hash == hash, "the node answered for another transaction ({})", sent.hash);
    if let Some(signed) = &sent.receipt {
        let domain = baton_protocol::header::domain(deployment.chain_id, deployment.inbox);
        signed.verify(&domain).map_err(|e| eyre!("the node's receipt does not verify: {e}"))?;
        ensure!(
            signed.receipt.txHash == hash && signed.receipt.l2ChainId == deployment.params.l2_chain_id,
            "the node's receipt is for another transaction or rollup"
        );
    }
    let mut handed_to_keeper = false;
    if let (Some(keeper), Some(signed)) = (keeper, &sent.receipt) {
        let url = keeper.join("receipts")?;
        let reply = reqwest::Client::new()
            .post(url)
            .json(signed)
            .timeout(Duration::from_secs(10))
            .send()
            .await
            .wrap_err_with(|| format!("no keeper answering at {keeper}"))?;
        let status = reply.status();
        ensure!(status.is_success(), "the keeper refused the receipt ({status}): {}", reply.text().await?);
        handed_to_keeper = true;
    }
    Ok(SendOutcome { hash, receipt: sent.receipt, no_receipt: sent.no_receipt, handed_to_keeper })
}

/// Whether an inclusion receipt was kept, judged from L1 alone.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReceiptStatus {
    /// The receipt.
    pub receipt: SignedReceipt,
    /// `pending` (its slot's batch of the signer is not on L1 and the slot has not ended), `kept`, or `broken`.
    pub verdict: &'static str,
    /// The signer's first batch in the slot, if posted.
    pub batch: Option<u64>,
    /// Whether the registry recorded the broken receipt as proven.
    pub proven: bool,
    /// The compensation owed to the beneficiary (wei), while it waits in escrow.
    pub compensation_escrowed: Option<String>,
    /// The block from which the escrow can be released.
    pub release_at: Option<u64>,
    /// One line for humans.
    pub description: String,
}

/// Judges `signed` from L1: finds the signer's first batch in the receipt's slot and checks the promised index; a
/// broken receipt is looked up in the registry (proven? compensation escrowed or released?).
pub async fn judge_receipt(
    rpc: &reqwest::Url,
    blob_sources: &[reqwest::Url],
    deployment: &Deployment,
    signed: SignedReceipt,
) -> Result<ReceiptStatus> {
    let provider = connect_read(rpc);
    let registry = SequencerRegistry::new(deployment.registry, provider.clone());
    let genesis = registry.genesisBlock().call().await?;
    let schedule = Schedule::for_deployment(deployment, genesis);
    let head = provider.get_block_number().await?;
    let r = &signed.receipt;
    let (start, end) = (schedule.slot_start(r.slot), schedule.slot_start(r.slot + 1));
    let reader = L1Reader::new(
        provider.clone(),
        deployment.inbox,
        Blobs::configured(provider.clone(), blob_sources.to_vec()),
    );
    let mut verdict = if head >= end { "broken" } else { "pending" };
    let mut batch = None;
    if head >= start {
        let first = reader
            .appended(start, head.min(end - 1))
            .await?
            .into_iter()
            .find(|b| b.header.slot == r.slot && b.header.sequencer == signed.signer);
        if let Some(first) = first {
            batch = Some(first.header.batchNumber);
            let txs = reader.transaction_hashes(&first).await?.map_err(|e| {
                eyre!(
                    "batch {} does not decode ({e}): the promise cannot be judged on L1",
                    first.header.batchNumber
                )
            })?;
            verdict = if r.kept_by(&txs) { "kept" } else { "broken" };
        }
    }
    let evidence = signed.evidence();
    let proven = verdict == "broken" && registry.faultProven(evidence).call().await?;
    // The registry keeps the escrow's hash; its record is in the slash's event, after the slot began.
    let escrow = if proven {
        payouts::escrow_of(&provider, deployment.registry, evidence, start, head).await?
    } else {
        None
    };
    let held = match &escrow {
        Some(e) => registry.escrowHashOf(evidence).call().await? == payouts::escrow_hash(e),
        None => false,
    };
    let (compensation_escrowed, release_at) = match &escrow {
        Some(e) if held => (Some(e.compensation.to_string()), Some(e.releaseAt)),
        _ => (None, None),
    };
    let description = match (verdict, proven, &compensation_escrowed) {
        ("pending", ..) => format!(
            "promised by {} at index {} of its batch in slot {} (L1 blocks {start}..{}): not posted yet",
            signed.signer,
            r.index,
            r.slot,
            end - 1
        ),
        ("kept", ..) => format!("promise kept: index {} of batch {} (slot {})", r.index, batch.unwrap_or_default(), r.slot),
        (_, false, _) => format!(
            "promise BROKEN ({}) and not proven yet: hand the receipt to a keeper (`baton send --keeper`) or prove it \
             with InclusionReceipts before block {}",
            if batch.is_some() { "another transaction at its index" } else { "no batch of the signer in its slot" },
            end + u64::from(deployment.params.fault_window)
        ),
        (_, true, Some(wei)) => format!(
            "promise broken and proven: {} owed to {} from block {} (escrow, then `baton claim`)",
            crate::refusals::eth(wei.parse().unwrap_or_default()),
            r.beneficiary,
            release_at.unwrap_or_default()
        ),
        (_, true, None) if escrow.is_some() => format!(
            "promise broken and proven; the compensation was released to {} (`baton claim`)",
            r.beneficiary
        ),
        (_, true, None) => "promise broken and proven; the signer's bond was empty, so nothing was paid".to_string(),
    };
    Ok(ReceiptStatus {
        receipt: signed,
        verdict,
        batch,
        proven,
        compensation_escrowed,
        release_at,
        description,
    })
}

/// Queues an ETH deposit of `amount` wei to `to` on L2; returns the queue index and deadline.
pub async fn deposit(
    rpc: &reqwest::Url,
    deployment: &Deployment,
    key: &PrivateKeySigner,
    to: Address,
    amount: U256,
) -> Result<(u64, u64)> {
    let inbox = BatchInbox::new(deployment.inbox, connect(rpc, key));
    let fee = deployment.params.forced_inclusion_fee;
    let receipt = inbox
        .depositETH(to)
        .value(amount + fee)
        .send()
        .await
        .map_err(|e| eyre!("deposit: {}", explain(&e)))?
        .with_timeout(Some(Duration::from_secs(60)))
        .get_receipt()
        .await?;
    ensure!(receipt.status(), "deposit reverted");
    let event = receipt
        .decoded_log::<BatchInbox::ForcedEntryQueued>()
        .ok_or_else(|| eyre!("no ForcedEntryQueued event"))?;
    Ok((event.index, event.deadline))
}

/// Where a transaction stands.
#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Tracking {
    /// The L2 transaction hash.
    pub hash: B256,
    /// In the node's mempool (when a node was asked).
    pub pooled: Option<bool>,
    /// Batch that carries it, and its L1 block (`{"number", "block"}` in JSON).
    #[serde(serialize_with = "batch_json")]
    pub batch: Option<(u64, u64)>,
    /// Forced-queue entry holding it: index, deadline, whether a batch has included it (`{"entry", "deadline",
    /// "included"}` in JSON).
    #[serde(serialize_with = "forced_json")]
    pub forced: Option<(u64, u64, bool)>,
    /// Whether the transaction is in the canonical L2 list.
    pub included: bool,
    /// The node's inclusion receipt for it, judged from L1 (when a node was asked and had given one).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receipt: Option<ReceiptStatus>,
    /// The committee certificate of the batch that carries it (when a node was asked and it or a peer holds one).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate: Option<CertificateView>,
    /// [`Tracking::describe`].
    pub description: String,
}

fn batch_json<S: serde::Serializer>(batch: &Option<(u64, u64)>, s: S) -> Result<S::Ok, S::Error> {
    batch.map(|(number, block)| serde_json::json!({ "number": number, "block": block })).serialize(s)
}

fn forced_json<S: serde::Serializer>(forced: &Option<(u64, u64, bool)>, s: S) -> Result<S::Ok, S::Error> {
    forced
        .map(|(entry, deadline, included)| {
            serde_json::json!({ "entry": entry, "deadline": deadline, "included": included })
        })
        .serialize(s)
}

impl Tracking {
    /// The transaction is in the canonical L2 list.
    pub fn included(&self) -> bool {
        self.batch.is_some() || self.forced.is_some_and(|(_, _, included)| included)
    }

    /// One line for humans.
    pub fn describe(&self) -> String {
        match (self.batch, self.forced, self.pooled) {
            (Some((batch, block)), _, _) => {
                format!("included by the sequencers in batch {batch} (L1 block {block})")
            }
            (None, Some((index, deadline, true)), _) => {
                format!("included through the forced queue (entry {index}, deadline {deadline})")
            }
            (None, Some((index, deadline, false)), _) => {
                format!("in the forced queue at entry {index}, deadline block {deadline}")
            }
            (None, None, Some(true)) => "pending in the sequencer's mempool".into(),
            _ => "unknown to the node and not on L1 (yet)".into(),
        }
    }
}

/// The committee certificate of a transaction's batch.
#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CertificateView {
    /// The certified header's hash (EIP-712 struct hash).
    pub header_hash: B256,
    /// Operator ids that signed it.
    pub signers: Vec<u8>,
    /// Members of the batch's epoch.
    pub members: u32,
    /// Signers a certificate needs: `ceil(2 * members / 3)`.
    pub quorum: u32,
    /// The poster's attestation round, request to quorum, in milliseconds.
    pub round_ms: u64,
    /// From the node accepting the transaction to the certificate, in milliseconds (when the node asked accepted
    /// it within the last hour).
    pub submission_to_certificate_ms: Option<u64>,
}

impl CertificateView {
    fn describe(&self) -> String {
        let ids: Vec<String> = self.signers.iter().map(u8::to_string).collect();
        let after = self
            .submission_to_certificate_ms
            .map(|ms| format!(", {ms} ms after the node accepted the transaction"))
            .unwrap_or_default();
        format!(
            "certified by operators {} ({} of {} members, quorum {}){after}",
            ids.join(", "),
            self.signers.len(),
            self.members,
            self.quorum
        )
    }
}

/// The certificate of `header` from `node` (or its peers), with the epoch's quorum read from the registry.
async fn certificate_view(
    provider: &alloy::providers::DynProvider,
    deployment: &Deployment,
    client: &NodeClient,
    header: &baton_protocol::BatchHeader,
    hash: B256,
) -> Result<Option<CertificateView>> {
    let Ok(Some(found)) = client.certificate(header.hash()).await else { return Ok(None) };
    let epoch = (header.slot / u64::from(deployment.params.slots_per_epoch)) as u32;
    let members =
        SequencerRegistry::new(deployment.registry, provider.clone()).membersAt(epoch).call().await?;
    let members = members.count_ones() as u32; // at most 96 members
    let signers = found.signers.to::<u128>();
    let accepted = match found.certified_at_ms {
        0 => None,
        at => client.transaction_status(hash, Some(at)).await.ok().and_then(|s| s.accepted_at_ms),
    };
    Ok(Some(CertificateView {
        header_hash: header.hash(),
        signers: baton_protocol::roster::ids(signers).collect(),
        members,
        quorum: baton_protocol::bls::quorum(members as usize) as u32, // at most 64
        round_ms: found.latency_ms,
        submission_to_certificate_ms: accepted.map(|at| found.certified_at_ms.saturating_sub(at)),
    }))
}

/// Looks `hash` up in the node's mempool, in batches posted since block `from` and in the forced queue.
/// Where `hash` is, looking at L1 from block `from`; blob batches are read from `blob_sources` (beacon API), or
/// from anvil's own method when there are none.
pub async fn track(
    rpc: &reqwest::Url,
    blob_sources: &[reqwest::Url],
    deployment: &Deployment,
    node: Option<&reqwest::Url>,
    hash: B256,
    from: u64,
) -> Result<Tracking> {
    let provider = connect_read(rpc);
    let head = provider.get_block_number().await.wrap_err_with(|| format!("no L1 answering at {rpc}"))?;
    let mut tracking = Tracking { hash, ..Tracking::default() };
    if let Some(node) = node {
        let client = NodeClient::new(node.clone());
        tracking.pooled = client.pooled(hash).await.ok();
        if let Ok(Some(signed)) = client.receipt(hash).await {
            tracking.receipt = Some(judge_receipt(rpc, blob_sources, deployment, signed).await?);
        }
    }
    let blobs = Blobs::configured(provider.clone(), blob_sources.to_vec());
    // Committee batches' data comes from the node (it attested the batch, or asks its peers).
    let reader = L1Reader::new(provider.clone(), deployment.inbox, blobs)
        .with_committee_sources(node.into_iter().cloned().collect());
    for appended in reader.appended(from, head).await? {
        // A batch whose data is unavailable or rejected carries nothing for derivation.
        let Ok(Ok(hashes)) = reader.transaction_hashes(&appended).await else { continue };
        if hashes.contains(&hash) {
            tracking.batch = Some((appended.header.batchNumber, appended.block));
            if let Some(node) = node {
                let client = NodeClient::new(node.clone());
                tracking.certificate =
                    certificate_view(&provider, deployment, &client, &appended.header, hash).await?;
            }
            break;
        }
    }
    let queue_head = BatchInbox::new(deployment.inbox, provider.clone()).queueHead().call().await?;
    for (index, entry) in reader.forced_entries(from, head).await? {
        if let baton_protocol::derive::EntryContent::Transaction(raw) = &entry.content {
            if keccak256(raw) == hash {
                tracking.forced = Some((index, entry.deadline, queue_head > index));
            }
        }
    }
    tracking.included = tracking.included();
    tracking.description = tracking.describe();
    if let Some(receipt) = &tracking.receipt {
        tracking.description = format!("{}; receipt: {}", tracking.description, receipt.description);
    }
    if let Some(certificate) = &tracking.certificate {
        tracking.description = format!("{}; {}", tracking.description, certificate.describe());
    }
    Ok(tracking)
}

/// How a forced inclusion ended.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ForceOutcome {
    /// Final tracking.
    pub tracking: Tracking,
    /// Which path included it: `sequencer`, `forced queue` or `own forced batch`.
    pub path: &'static str,
    /// Steps taken, in order.
    pub steps: Vec<String>,
}

/// Forces `raw` into the L2 list by the safest path available: to the sequencers first (if a node answers and
/// the escape hatch is closed), then, after `wait` without inclusion, into the L1 forced queue; once the entry's
/// deadline slot has ended without inclusion, appends the forced batch itself. `say` reports each step.
#[allow(clippy::too_many_arguments)]
pub async fn force_include(
    rpc: &reqwest::Url,
    blob_sources: &[reqwest::Url],
    deployment: &Deployment,
    key: &PrivateKeySigner,
    node: Option<&reqwest::Url>,
    raw: &Bytes,
    wait: Duration,
    force: bool,
    say: &dyn Fn(&str),
) -> Result<ForceOutcome> {
    let hash = check_l2_transaction(deployment, raw)?;
    ensure!(
        raw.len() <= deployment.params.max_forced_tx_size as usize,
        "transaction is {} bytes, the forced queue takes at most {}",
        raw.len(),
        deployment.params.max_forced_tx_size
    );
    let provider = connect(rpc, key);
    let start = provider.get_block_number().await.wrap_err_with(|| format!("no L1 answering at {rpc}"))?;
    // Where it already is, over the same window `baton track` searches by default: an included transaction is
    // not queued (and paid for) again unless asked, and a queued one is followed rather than queued twice.
    let since = start.saturating_sub(TRACK_WINDOW);
    let already = track(rpc, blob_sources, deployment, None, hash, since).await?;
    if already.included() && !force {
        bail!("{hash} is already {}; nothing sent (pass --force to queue it again)", already.describe());
    }
    let inbox = BatchInbox::new(deployment.inbox, provider.clone());
    let registry = SequencerRegistry::new(deployment.registry, provider.clone());
    let genesis = registry
        .genesisBlock()
        .call()
        .await
        .wrap_err("reading the registry: is the deployment on this chain?")?;
    let schedule = Schedule::for_deployment(deployment, genesis);
    let mut steps = Vec::new();
    let mut step = |s: String| {
        say(&s);
        steps.push(s);
    };

    // 1. The sequencers, when one answers and they are live.
    let hatch_open = inbox.escapeHatchOpen().call().await?;
    let node_ok = match node {
        Some(node) if !hatch_open => match NodeClient::new(node.clone()).send_raw_transaction(raw).await {
            Ok(_) => {
                step(format!("sent {hash} to sequencer {node}; waiting up to {wait:?} for a batch"));
                true
            }
            Err(e) => {
                step(format!("sequencer unavailable ({e}); going to L1 directly"));
                false
            }
        },
        Some(_) => {
            step("escape hatch open (no bonded sequencer posts): going to L1 directly".into());
            false
        }
        None => {
            step("no sequencer given: going to L1 directly".into());
            false
        }
    };
    if node_ok {
        let deadline = Instant::now() + wait;
        while Instant::now() < deadline {
            let tracking = track(rpc, blob_sources, deployment, None, hash, start).await?;
            if tracking.included() {
                step(tracking.describe());
                return Ok(ForceOutcome { tracking, path: "sequencer", steps });
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
        step(format!("not included within {wait:?}: escalating to L1 forced inclusion"));
    }

    // 2. The L1 forced queue (following an entry that already holds it, unless asked to queue it again).
    // Without a wait for the sequencers nothing moved since the first look: no second scan of the window.
    let existing =
        if node_ok { track(rpc, blob_sources, deployment, None, hash, since).await? } else { already };
    let (index, deadline) = match existing.forced {
        Some((index, deadline, included)) if !(force && included) => (index, deadline),
        _ => {
            let receipt = inbox
                .enqueueTransaction(raw.clone())
                .value(deployment.params.forced_inclusion_fee)
                .send()
                .await
                .map_err(|e| eyre!("enqueue: {}", explain(&e)))?
                .with_timeout(Some(Duration::from_secs(60)))
                .get_receipt()
                .await?;
            ensure!(receipt.status(), "enqueue reverted");
            let event = receipt
                .decoded_log::<BatchInbox::ForcedEntryQueued>()
                .ok_or_else(|| eyre!("no ForcedEntryQueued event"))?;
            (event.index, event.deadline)
        }
    };
    let slot_end = schedule.slot_start(schedule.slot_at(deadline) + 1);
    step(format!("queued as forced entry {index}; sequencers must include it by block {deadline}"));

    // 3. Wait for inclusion; after the deadline's slot, append the forced batch ourselves.
    let mut last_said = Instant::now();
    loop {
        if inbox.queueHead().call().await? > index {
            let tracking = track(rpc, blob_sources, deployment, None, hash, start).await?;
            step(tracking.describe());
            return Ok(ForceOutcome { tracking, path: "forced queue", steps });
        }
        let head = provider.get_block_number().await?;
        if last_said.elapsed() >= PROGRESS_EVERY {
            last_said = Instant::now();
            say(&format!(
                "waiting at block {head}: entry {index} not included yet; anyone may force it from block {slot_end}"
            ));
        }
        if head + 1 >= slot_end {
            match inbox.appendForcedBatch(index + 1).send().await {
                Ok(pending) => {
                    let receipt = pending.with_timeout(Some(Duration::from_secs(60))).get_receipt().await?;
                    if receipt.status() {
                        step("deadline passed without inclusion: appended the forced batch ourselves".into());
                        let tracking = track(rpc, blob_sources, deployment, None, hash, start).await?;
                        return Ok(ForceOutcome { tracking, path: "own forced batch", steps });
                    }
                }
                // Someone (a sequencer or a keeper) included it meanwhile, or it is not overdue yet.
                Err(e) => tracing::debug!(error = %explain(&e), "forced batch not appended"),
            }
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

/// [`track`] again every second until the transaction is included or `timeout` passes, telling `say` each change
/// of where it stands; returns the last tracking.
#[allow(clippy::too_many_arguments)]
pub async fn follow(
    rpc: &reqwest::Url,
    blob_sources: &[reqwest::Url],
    deployment: &Deployment,
    node: Option<&reqwest::Url>,
    hash: B256,
    from: u64,
    timeout: Duration,
    say: &dyn Fn(&str),
) -> Result<Tracking> {
    let deadline = Instant::now() + timeout;
    let mut last = String::new();
    loop {
        let tracking = track(rpc, blob_sources, deployment, node, hash, from).await?;
        if tracking.description != last {
            say(&tracking.description);
            last.clone_from(&tracking.description);
        }
        if tracking.included || Instant::now() >= deadline {
            return Ok(tracking);
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}
