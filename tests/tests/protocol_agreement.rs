//! Rust (`baton-protocol`) and Solidity agree byte for byte, on the deployed contracts on a real anvil:
//! header hash and digest, tx root, a Rust-signed header accepted by the inbox, the schedule over whole
//! epochs with joins, exits and jails, an independent client (`cast wallet sign --data`), and committee
//! certificates (`blst` keys, proofs, sealed committees and aggregates checked by the EIP-2537 precompiles).

use std::process::Command;

use alloy::{
    primitives::{keccak256, Address, Bytes, B256},
    providers::Provider,
    signers::local::PrivateKeySigner,
};
use baton_bindings::{batch_inbox, committee_certificates, inclusion_receipts, sequencer_registry};
use baton_e2e::{convert, test_params, Chain, L2_CHAIN_ID, RECEIPT_TIMEOUT};
use baton_foundry::Tool;
use baton_protocol::{calldata, tx_root::tx_root, BatchHeader};
use eyre::{ensure, Result};

fn sample_header(i: u64) -> BatchHeader {
    BatchHeader {
        l2ChainId: L2_CHAIN_ID,
        batchNumber: i,
        slot: i * 3 + 1,
        parentHash: keccak256(i.to_be_bytes()),
        dataCommitment: keccak256((i + 1).to_be_bytes()),
        txRoot: keccak256((i + 2).to_be_bytes()),
        queuePosition: i / 2,
        sequencer: Address::repeat_byte(i as u8),
    }
}

fn signer(chain: &Chain, index: usize) -> PrivateKeySigner {
    chain.anvil.keys()[index].clone().into()
}

#[tokio::test]
async fn header_hash_digest_and_tx_root_agree_with_the_inbox() -> Result<()> {
    let chain = Chain::deploy().await?;
    let inbox = batch_inbox::BatchInbox::new(chain.inbox, chain.provider.clone());
    let domain = chain.domain();
    for i in 0..8 {
        let header = sample_header(i);
        let onchain: batch_inbox::BatchInbox::BatchHeader = convert(&header);
        assert_eq!(inbox.headerHash(onchain.clone()).call().await?, header.hash(), "header hash {i}");
        assert_eq!(inbox.headerDigest(onchain).call().await?, header.signing_hash(&domain), "digest {i}");
    }
    for n in [0usize, 1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 33] {
        let hashes: Vec<B256> = (0..n).map(|i| keccak256(format!("tx {i}"))).collect();
        assert_eq!(inbox.computeTxRoot(hashes.clone()).call().await?, tx_root(&hashes), "tx root of {n}");
    }
    Ok(())
}

#[tokio::test]
async fn a_rust_signed_header_is_accepted_by_the_inbox() -> Result<()> {
    let chain = Chain::deploy().await?;
    let key = signer(&chain, 1);
    chain.register(key.address()).await?;
    let schedule = chain.schedule().await?;
    // Active from epoch 2; mine so the append lands in the first block of that epoch.
    let start = schedule.slot_start(schedule.epoch_first_slot(2));
    chain.mine_to(start).await?;

    let payload = Bytes::from_static(b"a batch payload");
    let tx_hashes = [keccak256("tx a"), keccak256("tx b"), keccak256("tx c")];
    let header = BatchHeader {
        l2ChainId: L2_CHAIN_ID,
        batchNumber: 0,
        slot: schedule.slot_at(start),
        parentHash: B256::ZERO,
        dataCommitment: keccak256(&payload),
        txRoot: tx_root(&tx_hashes),
        queuePosition: 0,
        sequencer: key.address(),
    };
    let signature = header.sign(&chain.domain(), &key)?;
    let inbox = batch_inbox::BatchInbox::new(chain.inbox, chain.provider.clone());
    let input = chain.batch_input(&header, &signature, calldata::Entry::Calldata, &payload).await?;
    let receipt = chain.send_to_inbox(&chain.provider, input, None).await?;
    ensure!(receipt.status(), "appendBatch reverted");
    assert_eq!(receipt.block_number, Some(start));
    assert_eq!(inbox.batchHeaderHash(0).call().await?, header.hash());
    Ok(())
}

#[tokio::test]
async fn cast_signs_the_typed_data_json_to_the_same_bytes() -> Result<()> {
    let chain = Chain::deploy().await?;
    let key = signer(&chain, 2);
    let mut header = sample_header(5);
    header.sequencer = key.address();
    let domain = chain.domain();
    let ours = header.sign(&domain, &key)?;

    let output = Command::new(baton_foundry::find(Tool::Cast)?)
        .args(["wallet", "sign", "--data", "--private-key"])
        .arg(alloy::hex::encode_prefixed(key.to_bytes()))
        .arg(header.typed_data_json(&domain).to_string())
        .output()?;
    ensure!(output.status.success(), "cast failed: {}", String::from_utf8_lossy(&output.stderr));
    let theirs: Bytes = String::from_utf8(output.stdout)?.trim().parse()?;
    assert_eq!(theirs, ours);
    Ok(())
}

/// Compares Rust's leader with `leaderOf` for every slot of `epochs`, using `membersAt` as the only input (the backup
/// order is checked below through `eligibleSigner`, the rule the inbox enforces).
async fn assert_schedule_matches(chain: &Chain, epochs: std::ops::Range<u32>) -> Result<()> {
    let schedule = chain.schedule().await?;
    for epoch in epochs {
        let members = u128::try_from(chain.registry.membersAt(epoch).call().await?)?;
        for slot in schedule.epoch_first_slot(epoch)..schedule.epoch_first_slot(epoch + 1) {
            let order = schedule.order(slot, members);
            let onchain = chain.registry.leaderOf(slot).call().await;
            match order.first() {
                Some(leader) => assert_eq!(onchain?, *leader, "slot {slot} of epoch {epoch}"),
                None => assert!(onchain.is_err(), "slot {slot} of an empty epoch has no leader"),
            }
        }
    }
    Ok(())
}

/// Four operators register BLS keys made by `blst` (the contract checks each proof of possession with the
/// precompiles), seal their committee (the contract's sum of keys equals Rust's), certify a header with three of
/// them (verified by Rust and by the contract), post it as a committee batch, and the two of them that also
/// certified a second header for the same position lose their bonds.
#[tokio::test]
async fn committee_certificates_agree_with_the_precompiles() -> Result<()> {
    use baton_l1::committee as l1;
    use baton_protocol::committee::Attestation;
    use std::collections::BTreeMap;

    let chain = Chain::deploy_with(test_params()).await?;
    let schedule = chain.schedule().await?;
    let baton_e2e::SealedCommittee { signers, keys, epoch, committee } = chain.sealed_committee(4, 1).await?;
    ensure!(committee.keys.len() == 4, "every member's key is read back");
    let contract =
        committee_certificates::CommitteeCertificates::new(chain.committee, chain.provider.clone());
    assert_eq!(contract.committeeHash(epoch).call().await?, committee.hash(), "sealed committee");

    // A header of the slot's leader, certified by three of four (the quorum of 4 is 3).
    let slot = schedule.slot_at(chain.block().await? + 1);
    let leader = chain.registry.leaderOf(slot).call().await?;
    let inbox = batch_inbox::BatchInbox::new(chain.inbox, chain.provider.clone());
    let payload = b"transactions the committee holds";
    let header = BatchHeader {
        l2ChainId: L2_CHAIN_ID,
        batchNumber: inbox.batchCount().call().await?,
        slot,
        parentHash: B256::ZERO,
        dataCommitment: keccak256(payload),
        txRoot: keccak256("a tx root"),
        queuePosition: inbox.queueHead().call().await?,
        sequencer: signers[usize::from(leader)].address(),
    };
    let domain = chain.domain();
    let certify = |header: &BatchHeader, ids: &[u8]| {
        let digest = Attestation::of(header).digest(&domain);
        let signatures: BTreeMap<u8, _> =
            ids.iter().map(|id| (*id, keys[usize::from(*id)].attest(digest))).collect();
        committee.certify(&signatures)
    };
    let first = certify(&header, &[0, 1, 2])?;
    let attestation = Attestation::of(&header);
    committee.verify(&domain, &attestation, &first)?;
    assert_eq!(
        contract.attestationDigest(l1::attestation_arg(&attestation)).call().await?,
        attestation.digest(&domain)
    );
    contract
        .verifyCertificate(
            l1::attestation_arg(&attestation),
            l1::committee_arg(&committee),
            l1::certificate_arg(&first),
            committee.key_hashes_for(first.signers),
            committee.absent_keys(first.signers),
        )
        .call()
        .await?;

    // Posted as a committee batch by the leader: only the commitment and the certificate go to L1.
    let posted = calldata::Posted::sent_by_signer(&header, leader, header.queuePosition)?;
    let input =
        posted.encode(calldata::Entry::Committee, &committee.certified_batch_payload(&header, &first));
    let receipt = chain.send_to_inbox(&chain.provider_for(usize::from(leader) + 1), input, None).await?;
    ensure!(receipt.status(), "the committee batch was refused");
    let reader = baton_l1::L1Reader::new(
        chain.provider.clone(),
        chain.inbox,
        baton_l1::AnvilBlobs(chain.provider.clone()),
    );
    let appended = reader.appended(0, chain.block().await?).await?;
    let recorded = appended.last().ok_or_else(|| eyre::eyre!("no batch recorded"))?;
    assert_eq!((recorded.kind, recorded.header.hash()), (3, header.hash()));
    assert!(matches!(reader.data(recorded).await, Err(baton_l1::L1Error::CommitteeData { .. })));

    // Two of them also certify another header for the same position: both lose their whole bond.
    let other = BatchHeader { dataCommitment: keccak256("other data"), ..header.clone() };
    let second = certify(&other, &[1, 2, 3])?;
    let receipt = contract
        .slashConflictingCertificates(
            l1::certified_arg(&committee, &attestation, &first),
            l1::certified_arg(&committee, &Attestation::of(&other), &second),
            l1::committee_arg(&committee),
            committee.key_hashes(),
        )
        .send()
        .await?
        .with_timeout(RECEIPT_TIMEOUT)
        .get_receipt()
        .await?;
    ensure!(receipt.status(), "the conflict proof reverted");
    for id in 0..4u8 {
        let op = chain.registry.operator(id).call().await?;
        assert_eq!(op.bond.is_zero(), id == 1 || id == 2, "operator {id}");
    }
    Ok(())
}

#[tokio::test]
async fn schedule_matches_the_registry_across_joins_exits_and_jails() -> Result<()> {
    let mut params = test_params();
    params.strikesToJail = 1;
    let chain = Chain::deploy_with(params.clone()).await?;
    let schedule = chain.schedule().await?;
    let signers: Vec<Address> = (1..=6).map(|i| chain.anvil.addresses()[i]).collect();
    for s in &signers[..4] {
        chain.register(*s).await?;
    }
    // Epoch 1: a join. Epoch 2: an exit. Epoch 3: a jail (one strike is enough here) and another join.
    chain.mine_to(schedule.slot_start(schedule.epoch_first_slot(1))).await?;
    chain.register(signers[4]).await?;
    chain.mine_to(schedule.slot_start(schedule.epoch_first_slot(2))).await?;
    chain.registry.requestExit(1).send().await?.with_timeout(RECEIPT_TIMEOUT).get_receipt().await?;
    chain.mine_to(schedule.slot_start(schedule.epoch_first_slot(3)) + 1).await?;
    let missed = schedule.epoch_first_slot(3) - 1;
    let jailed = chain.registry.leaderOf(missed).call().await?;
    let no_headers: Vec<sequencer_registry::SequencerRegistry::BatchHeader> = Vec::new();
    chain
        .registry
        .reportMissedSlot(missed, 0, no_headers)
        .send()
        .await?
        .with_timeout(RECEIPT_TIMEOUT)
        .get_receipt()
        .await?;
    assert!(chain.registry.operator(jailed).call().await?.suspended, "jailed leader is suspended");
    chain.register(signers[5]).await?;

    // The member set of the current and next epoch never changes once that epoch is known.
    let current = schedule.epoch_of(schedule.slot_at(chain.block().await?));
    let before = chain.registry.membersAt(current + 1).call().await?;
    chain.register(chain.anvil.addresses()[7]).await?;
    assert_eq!(chain.registry.membersAt(current + 1).call().await?, before, "next epoch is fixed");

    assert_schedule_matches(&chain, 0..8).await?;

    // Eligibility block by block through three slots, for every operator, including the jailed one: the leader
    // and every backup's turn.
    let slot = schedule.slot_at(chain.block().await?) + 1;
    chain.mine_to(schedule.slot_start(slot)).await?;
    for _ in 0..3 * schedule.params.slot_length {
        chain.mine(1).await?;
        let block = chain.provider.get_block_number().await?;
        let epoch = schedule.epoch_of(schedule.slot_at(block));
        let members = u128::try_from(chain.registry.membersAt(epoch).call().await?)?;
        for (id, signer) in signers.iter().enumerate() {
            let suspended = chain.registry.operator(id as u8).call().await?.suspended;
            let rust = !suspended && schedule.is_eligible(block, members, id as u8);
            let onchain = chain.registry.eligibleSigner(id as u8).call().await?;
            assert_eq!(if rust { *signer } else { Address::ZERO }, onchain, "operator {id} at block {block}");
        }
    }
    Ok(())
}

/// The rows of one table of PROTOCOL.md §ABI reference: `(signature, selector or topic)` under the
/// `### contract` heading whose first column is named `kind`.
fn documented(protocol: &str, contract: &str, kind: &str) -> Vec<(String, String)> {
    let section = protocol.split("## ABI reference").nth(1).unwrap_or_default();
    let body = section.split(&format!("### {contract}\n")).nth(1).unwrap_or_default();
    let body = body.split("\n### ").next().unwrap_or_default();
    let mut rows = Vec::new();
    let mut inside = false;
    for line in body.lines() {
        if line.starts_with("| ") && line.contains(" | ") && !line.starts_with("| `") {
            inside = line.starts_with(&format!("| {kind} |"));
            continue;
        }
        if inside && line.starts_with("| `") {
            let cells: Vec<&str> = line.split('`').collect();
            rows.push((cells[1].to_string(), cells[3].trim_start_matches("0x").to_string()));
        }
    }
    rows.sort();
    rows
}

fn compiled<const N: usize>(signatures: &[&str], selectors: &[[u8; N]]) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> =
        signatures.iter().zip(selectors).map(|(s, sel)| (s.to_string(), alloy::hex::encode(sel))).collect();
    rows.sort();
    rows
}

#[test]
fn protocol_md_abi_reference_matches_the_compiled_contracts() -> Result<()> {
    use batch_inbox::BatchInbox as I;
    use committee_certificates::CommitteeCertificates as K;
    use inclusion_receipts::InclusionReceipts as C;
    use sequencer_registry::SequencerRegistry as R;
    let root = baton_foundry::repo_root().ok_or_else(|| eyre::eyre!("repository root not found"))?;
    let protocol = std::fs::read_to_string(root.join("docs/PROTOCOL.md"))?;
    let cases = [
        (
            "SequencerRegistry",
            "function",
            compiled(R::SequencerRegistryCalls::SIGNATURES, R::SequencerRegistryCalls::SELECTORS),
        ),
        (
            "SequencerRegistry",
            "error",
            compiled(R::SequencerRegistryErrors::SIGNATURES, R::SequencerRegistryErrors::SELECTORS),
        ),
        (
            "SequencerRegistry",
            "event",
            compiled(R::SequencerRegistryEvents::SIGNATURES, R::SequencerRegistryEvents::SELECTORS),
        ),
        ("BatchInbox", "function", compiled(I::BatchInboxCalls::SIGNATURES, I::BatchInboxCalls::SELECTORS)),
        ("BatchInbox", "error", compiled(I::BatchInboxErrors::SIGNATURES, I::BatchInboxErrors::SELECTORS)),
        ("BatchInbox", "event", compiled(I::BatchInboxEvents::SIGNATURES, I::BatchInboxEvents::SELECTORS)),
        (
            "InclusionReceipts",
            "function",
            compiled(C::InclusionReceiptsCalls::SIGNATURES, C::InclusionReceiptsCalls::SELECTORS),
        ),
        (
            "InclusionReceipts",
            "error",
            compiled(C::InclusionReceiptsErrors::SIGNATURES, C::InclusionReceiptsErrors::SELECTORS),
        ),
        (
            "CommitteeCertificates",
            "function",
            compiled(K::CommitteeCertificatesCalls::SIGNATURES, K::CommitteeCertificatesCalls::SELECTORS),
        ),
        (
            "CommitteeCertificates",
            "error",
            compiled(K::CommitteeCertificatesErrors::SIGNATURES, K::CommitteeCertificatesErrors::SELECTORS),
        ),
        (
            "CommitteeCertificates",
            "event",
            compiled(K::CommitteeCertificatesEvents::SIGNATURES, K::CommitteeCertificatesEvents::SELECTORS),
        ),
    ];
    if std::env::var_os("BATON_WRITE_ABI_REFERENCE").is_some() {
        // After a contract change: rewrite the tables from the compiled contracts, then review the diff.
        let mut tables = String::new();
        for (i, (contract, kind, rows)) in cases.iter().enumerate() {
            if i == 0 || cases[i - 1].0 != *contract {
                tables.push_str(&format!("\n### {contract}\n"));
            }
            let column = if *kind == "event" { "topic 0" } else { "selector" };
            tables.push_str(&format!("\n| {kind} | {column} |\n|---|---|\n"));
            for (signature, selector) in rows {
                tables.push_str(&format!("| `{signature}` | `0x{selector}` |\n"));
            }
        }
        let start = protocol.find("\n### SequencerRegistry\n").ok_or_else(|| eyre::eyre!("no ABI tables"))?;
        std::fs::write(root.join("docs/PROTOCOL.md"), format!("{}{tables}", &protocol[..start]))?;
        return Ok(());
    }
    for (contract, kind, expected) in cases {
        let doc = documented(&protocol, contract, kind);
        ensure!(!expected.is_empty(), "{contract} has no {kind}s in the bindings");
        ensure!(
            doc == expected,
            "PROTOCOL.md §ABI reference, {contract} {kind}s differ from the contracts:\n documented {doc:?}\n compiled   {expected:?}"
        );
    }
    Ok(())
}
