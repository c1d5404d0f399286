//! Three bonded nodes rotate on a real anvil with 1 s blocks: every slot carries a batch, transactions sent to
//! any node land, a node killed mid-run is covered by its backups and resumes after a restart, calldata, blob and
//! committee (data-availability) batches all run, the committee certifies batches (certificates that the contract
//! verifies), and derivation from L1 and the committee's data reproduces every transaction users sent. Its own
//! test binary, so it never shares the machine with other node tests.

use std::{collections::HashMap, time::Duration};

use alloy::{
    consensus::{transaction::SignerRecoverable, Transaction as _, TxEnvelope},
    eips::eip2718::Decodable2718,
    primitives::{keccak256, Bytes},
    providers::ext::AnvilApi,
};
use baton_bindings::committee_certificates::CommitteeCertificates;
use baton_e2e::{
    connect_nodes as connect, init_tracing, node_config, send_raw as send, test_params, with_operators,
    L2_CHAIN_ID,
};
use baton_l1::{AnvilBlobs, L1Reader};
use baton_node::DataMode;
use baton_protocol::{
    bls::SecretKey,
    committee::{Attestation, Certificate},
    sample::TxFactory,
};
use eyre::{ensure, Result};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_nodes_rotate_cover_a_dead_node_and_lose_nothing() -> Result<()> {
    // Node logs show up with `--nocapture` (RUST_LOG, default warn).
    init_tracing();
    // Slots of 6 one-second blocks: a backup gets 4 blocks after the leader's grace, enough on a loaded
    // 2-core CI machine (production slots are 5 blocks of 12 s).
    let mut params = test_params();
    params.slotLength = 6;
    let (chain, keys, first_slot) = with_operators(params.clone(), 3).await?;
    let schedule = chain.schedule().await?;
    // Every operator registers a BLS key: the nodes seal their committees and certify each other's batches.
    let bls: Vec<SecretKey> =
        (0..3u8).map(|i| SecretKey::from_seed(&[i + 7; 32])).collect::<Result<_, _>>()?;
    for (i, key) in keys.iter().enumerate() {
        baton_l1::committee::register_key(
            &chain.provider_for(i + 1),
            chain.committee,
            key.address(),
            &bls[i],
        )
        .await?;
    }

    let dirs: Vec<tempfile::TempDir> = (0..3).map(|_| tempfile::tempdir()).collect::<Result<_, _>>()?;
    let modes = [DataMode::Calldata, DataMode::Committee, DataMode::Blobs];
    let config = |i: usize| {
        let (key, dir, bls) = (keys[i].clone(), dirs[i].path().to_path_buf(), bls[i].clone());
        let chain = &chain;
        async move {
            let mut config = node_config(chain, key, &dir, modes[i]).await?;
            config.committee.bls_key = Some(bls);
            config.committee.attest_timeout = Duration::from_millis(1_500);
            Ok::<_, eyre::Report>(config)
        }
    };
    let mut nodes = Vec::new();
    for i in 0..3 {
        nodes.push(baton_node::start(config(i).await?).await?);
    }
    connect(&nodes.iter().collect::<Vec<_>>())?;
    // From here on, 1 s blocks.
    chain.provider.anvil_set_auto_mine(false).await?;
    chain.provider.anvil_set_interval_mining(1).await?;

    // Users send to every node in turn; invalid input is refused with a message.
    let mut users = TxFactory::new(L2_CHAIN_ID, 8, 11);
    let mut sent: Vec<Bytes> = Vec::new();
    for round in 0..12 {
        for (i, node) in nodes.iter().enumerate() {
            let raw = users.next_raw();
            let reply = send(&node.url(), &raw).await?;
            ensure!(reply["result"] == serde_json::json!(keccak256(&raw)), "node {i} refused: {reply}");
            sent.push(raw);
        }
        if round == 0 {
            let bad = send(&nodes[0].url(), &Bytes::from_static(b"\x02not a transaction")).await?;
            ensure!(bad["error"]["code"] == -32602, "malformed transaction accepted: {bad}");
            let wrong_chain = TxFactory::new(1, 1, 1).next_raw();
            let reply = send(&nodes[1].url(), &wrong_chain).await?;
            ensure!(reply["error"]["message"].as_str().unwrap_or("").contains("chain id"), "{reply}");
        }
        tokio::time::sleep(Duration::from_millis(700)).await;
    }

    // Kill the node that leads the next slot it would lead, let its slots pass, then restart it.
    let head = chain.block().await?;
    let members =
        u128::try_from(chain.registry.membersAt(schedule.epoch_of(schedule.slot_at(head))).call().await?)?;
    let victim_slot = schedule.slot_at(head) + 2;
    let victim_id = schedule.leader(victim_slot, members).expect("members");
    let victim = keys.iter().position(|k| {
        // operator ids follow registration order
        k.address() == keys[usize::from(victim_id)].address()
    });
    let victim = victim.expect("victim is one of ours");
    let stopped = nodes.remove(victim);
    stopped.stop().await;
    for _ in 0..8 {
        let raw = users.next_raw();
        let reply = send(&nodes[0].url(), &raw).await?;
        ensure!(reply.get("result").is_some(), "{reply}");
        sent.push(raw);
        tokio::time::sleep(Duration::from_millis(600)).await;
    }
    while chain.block().await? < schedule.slot_start(victim_slot + 2) {
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let restarted = baton_node::start(config(victim).await?).await?;
    nodes.insert(victim, restarted);
    connect(&nodes.iter().collect::<Vec<_>>())?;
    let victim_posts_from = chain.block().await?;

    // Run until every sent transaction is in a batch and two more epochs went by.
    let end_block = victim_posts_from + 2 * u64::from(params.slotsPerEpoch) * u64::from(params.slotLength);
    let mut turn = 0usize;
    while chain.block().await? < end_block || nodes.iter().any(|n| n.mempool_len() > 0) {
        // Steady traffic until shortly before the end, so every node leads slots with transactions to batch.
        if chain.block().await? + 8 < end_block {
            let raw = users.next_raw();
            let reply = send(&nodes[turn % nodes.len()].url(), &raw).await?;
            ensure!(reply.get("result").is_some(), "{reply}");
            sent.push(raw);
            turn += 1;
        }
        let pending: Vec<usize> = nodes.iter().map(|n| n.mempool_len()).collect();
        ensure!(
            chain.block().await? < end_block + 60,
            "transactions still pending after the run: {pending:?}"
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    chain.provider.anvil_set_interval_mining(0).await?;
    chain.provider.anvil_set_auto_mine(true).await?;
    let last = chain.block().await?;

    // Committee batches' payloads come from the members that attested them (the nodes, still running).
    let urls = nodes.iter().map(|n| n.url().parse()).collect::<Result<Vec<reqwest::Url>, _>>()?;
    let reader = L1Reader::new(chain.provider.clone(), chain.inbox, AnvilBlobs(chain.provider.clone()))
        .with_committee_sources(urls.clone());
    let batches = reader.batches(0, last).await?;
    let derived = reader.derive(0, last).await?;
    ensure!(derived.rejected.is_empty(), "rejected batches: {:?}", derived.rejected);

    // Batches were certified, and the contract verifies the certificates the nodes assembled.
    let contract = CommitteeCertificates::new(chain.committee, chain.provider.clone());
    let mut certified = 0;
    for batch in &batches {
        let mut found = None;
        for url in &urls {
            if let Some(c) = baton_node::NodeClient::new(url.clone()).certificate(batch.header.hash()).await?
            {
                found = Some(c);
                break;
            }
        }
        let Some(found) = found else { continue };
        let epoch = schedule.epoch_of(batch.header.slot);
        let committee = baton_l1::committee::committee_of(
            &chain.provider,
            *chain.registry.address(),
            chain.committee,
            epoch,
            0,
        )
        .await?;
        let certificate = Certificate { signers: found.signers.to(), signature: found.signature };
        ensure!(found.attestation == Attestation::of(&batch.header), "certificate of another header");
        contract
            .verifyCertificate(
                baton_l1::committee::attestation_arg(&found.attestation),
                baton_l1::committee::committee_arg(&committee),
                baton_l1::committee::certificate_arg(&certificate),
                committee.key_hashes_for(certificate.signers),
                committee.absent_keys(certificate.signers),
            )
            .call()
            .await?;
        certified += 1;
    }
    ensure!(certified * 2 >= batches.len(), "only {certified} of {} batches certified", batches.len());
    // `baton track` asked the node a user sent to: the certificate of the transaction's batch (the poster may be
    // another node), its signers against the quorum, and the time from acceptance to certificate.
    let deployment = chain.deployment().await?;
    let rpc: reqwest::Url = chain.anvil.endpoint().parse()?;
    let mut tracked = None;
    for raw in sent.iter().step_by(nodes.len()).take(12) {
        let tracking =
            baton_cli::user::track(&rpc, &[], &deployment, Some(&urls[0]), keccak256(raw), 0).await?;
        if let Some(certificate) = tracking.certificate {
            tracked = Some((certificate, tracking.description));
            break;
        }
    }
    let (certificate, description) = tracked.ok_or_else(|| eyre::eyre!("track showed no certificate"))?;
    ensure!(
        certificate.signers.len() >= certificate.quorum as usize
            && certificate.members == 3
            && certificate.submission_to_certificate_ms.is_some(),
        "{certificate:?}"
    );
    ensure!(description.contains("certified by operators"), "{description}");
    for node in nodes {
        node.stop().await;
    }

    // Every slot from the first active one to the last full one carries a batch.
    let last_full_slot = schedule.slot_at(last) - 1;
    for slot in first_slot..=last_full_slot {
        ensure!(batches.iter().any(|b| b.header.slot == slot), "slot {slot} carries no batch");
    }
    // The killed node's slots were covered by others, and it posted again after its restart.
    let victim_address = keys[victim].address();
    ensure!(batches.iter().any(|b| b.header.slot == victim_slot && b.header.sequencer != victim_address));
    ensure!(
        batches.iter().any(|b| b.header.sequencer == victim_address
            && schedule.slot_start(b.header.slot) > victim_posts_from),
        "restarted node never posted again"
    );
    // Every data path ran.
    ensure!(batches.iter().any(|b| matches!(b.data, baton_protocol::derive::BatchData::Blobs { .. })));
    ensure!(
        batches
            .iter()
            .any(|b| matches!(b.data, baton_protocol::derive::BatchData::Committee(ref d) if !d.is_empty())),
        "no committee batch carried transactions"
    );
    ensure!(batches
        .iter()
        .any(|b| matches!(b.data, baton_protocol::derive::BatchData::Calldata(ref d) if !d.is_empty())));

    // Derivation reproduces every transaction exactly once, each sender's in nonce order.
    let included: Vec<Bytes> = derived.sequenced().cloned().collect();
    let mut sorted_sent = sent.clone();
    sorted_sent.sort();
    let mut sorted_included = included.clone();
    sorted_included.sort();
    assert_eq!(sorted_included, sorted_sent, "every sent transaction exactly once");
    let mut last_nonce = HashMap::new();
    for raw in &included {
        let tx = TxEnvelope::decode_2718(&mut raw.as_ref())?;
        let sender = tx.recover_signer()?;
        if let Some(prev) = last_nonce.insert(sender, tx.nonce()) {
            ensure!(tx.nonce() > prev, "sender {sender} nonce {} after {prev}", tx.nonce());
        }
    }
    Ok(())
}
