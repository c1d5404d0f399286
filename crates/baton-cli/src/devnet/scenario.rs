//! The scenario's acts, one function each: an L1 reorg, a third of the committee certifying two headers for one
//! position, an operator going offline, a censor and the user's escape to L1 forced inclusion, an equivocator,
//! broken inclusion receipts, a deposit; and the watches that wait for L1 to answer each. An act returns what it
//! set up; a watch notes in `warnings` what it expected and did not see.

use std::{collections::BTreeMap, time::Duration};

use alloy::{
    primitives::{Address, Bytes, U256},
    providers::{ext::AnvilApi, DynProvider, Provider},
    signers::local::PrivateKeySigner,
};
use baton_bindings::batch_inbox::BatchInbox;
use baton_keeper::strategy::censorship_digest;
use baton_node::{Faults, SplitCommittee};
use baton_protocol::{receipt::SignedReceipt, roster::Status, sample::TxFactory};
use eyre::{eyre, Result};

use super::{net::Net, traffic::l2_transfer, ETHER};

/// Act 0: the last blocks replaced by a fork holding the same transactions. Nodes and keeper follow it; nobody
/// honest loses anything (the report's bonds show it). Returns what was played.
pub(super) async fn reorg(net: &Net, warnings: &mut Vec<String>) -> Result<Option<String>> {
    let reorg_depth = 4;
    let mut reorg = None;
    for _ in 0..20 {
        match fork_with_the_same_transactions(&net.provider, reorg_depth).await {
            Ok(Some(moved)) => {
                let at = net.head().await?;
                reorg = Some(format!(
                    "{reorg_depth} blocks below {at} replaced by a fork ({moved} transactions moved)"
                ));
                break;
            }
            Ok(None) => tokio::time::sleep(Duration::from_millis(700)).await, // a blob batch in the window
            Err(e) => {
                warnings.push(format!("no reorg played (the L1 is not an anvil?): {e:#}"));
                break;
            }
        }
    }
    match &reorg {
        Some(what) => net.progress.say(format!("L1 reorg: {what}; nodes and keeper follow it")),
        None if warnings.is_empty() => {
            warnings.push("no reorg played: every window held a blob batch".into())
        }
        None => {}
    }
    Ok(reorg)
}

/// The operator leading the most slots in the next three epochs from `block` (the lowest id on a tie).
pub(super) async fn busiest_leader(net: &Net, block: u64) -> Result<u8> {
    let first = net.schedule.slot_at(block) + 1;
    let mut led: BTreeMap<u8, usize> = BTreeMap::new();
    for slot in first..first + 3 * net.schedule.params.slots_per_epoch {
        if let Some(leader) = net.schedule.leader(slot, net.members(slot).await?) {
            *led.entry(leader).or_default() += 1;
        }
    }
    led.iter()
        .max_by_key(|(id, n)| (**n, std::cmp::Reverse(**id)))
        .map(|(id, _)| *id)
        .ok_or_else(|| eyre!("no leader in the coming epochs"))
}

/// Who the certificate attack set up.
pub(super) struct Conflicted {
    /// The poster that splits the committee.
    pub(super) poster: u8,
    /// The other members that sign both headers.
    pub(super) colluders: Vec<u8>,
}

impl Conflicted {
    /// Every member that signs both headers.
    pub(super) fn double_signers(&self) -> Vec<u8> {
        [vec![self.poster], self.colluders.clone()].concat()
    }
}

/// Act 1: the smallest set that can certify two headers for one position does so: with `n` members and a quorum
/// `q = ceil(2n/3)`, `2q - n` of them (a third of 6). The poster of the next batch and its colluders sign both
/// headers; the poster asks half of the honest members about the header it posts and the other half about a
/// second header with one transaction fewer, so each header gets exactly a quorum while every honest member signs
/// one. Returns once both certificates exist (the poster's switch turns itself off).
pub(super) async fn certificate_conflict(
    net: &Net,
    spared: u8,
    warnings: &mut Vec<String>,
) -> Result<Conflicted> {
    let head = net.head().await?;
    let slot = net.schedule.slot_at(head) + 1;
    let members = net.members(slot).await?;
    let ids: Vec<u8> = baton_protocol::roster::ids(members).collect();
    let poster = (slot..slot + 16)
        .filter_map(|s| net.schedule.leader(s, members))
        .find(|leader| *leader != spared)
        .ok_or_else(|| eyre!("no slot led by an operator free to play the certificate attack"))?;
    let quorum = (2 * ids.len()).div_ceil(3);
    let double_signers = 2 * quorum - ids.len();
    let colluders: Vec<u8> =
        ids.iter().copied().filter(|id| *id != poster && *id != spared).take(double_signers - 1).collect();
    let honest: Vec<u8> = ids.iter().copied().filter(|id| *id != poster && !colluders.contains(id)).collect();
    let (first, second) = honest.split_at(honest.len() / 2);
    let urls = |ids: &[u8]| ids.iter().map(|id| net.urls[usize::from(*id)].clone()).collect::<Vec<_>>();
    for colluder in &colluders {
        net.update_faults(*colluder, |f| f.double_attest = true);
    }
    net.update_faults(poster, |f| {
        f.double_attest = true;
        f.certify_twice =
            Some(SplitCommittee { colluders: urls(&colluders), first: urls(first), second: urls(second) });
    });
    let list = |ids: &[u8]| ids.iter().map(u8::to_string).collect::<Vec<_>>().join(", ");
    net.progress.say(format!(
        "operators {} ({double_signers} of {} members, quorum {quorum}) will certify two headers for one \
         position: operator {poster} asks members {} about one and {} about the other",
        list(&[vec![poster], colluders.clone()].concat()),
        ids.len(),
        list(first),
        list(second)
    ));
    let split = net
        .wait("both certificates", Duration::from_secs(60), || async {
            Ok(net.faults(poster).certify_twice.is_none())
        })
        .await?;
    if !split {
        warnings.push(format!("operator {poster} did not certify two headers"));
    }
    Ok(Conflicted { poster, colluders })
}

/// Waits for the double signers' ejection, then turns their switches off.
pub(super) async fn watch_certificate_conflict(
    net: &Net,
    conflicted: &Conflicted,
    warnings: &mut Vec<String>,
) -> Result<()> {
    let guilty = conflicted.double_signers();
    let ejected = net
        .wait("the double signers ejected", Duration::from_secs(90), || async {
            for id in &guilty {
                if net.status(*id).await? != Status::Ejected as u8 {
                    return Ok(false);
                }
            }
            Ok(true)
        })
        .await?;
    if ejected {
        net.progress.say(format!(
            "keeper proved the conflicting certificates: operators {guilty:?} ejected, whole bonds taken; the \
             members that signed one header kept theirs"
        ));
    } else {
        warnings.push(format!("the double signers {guilty:?} were not all ejected"));
    }
    for id in guilty {
        net.set_faults(id, Faults::default());
    }
    Ok(())
}

/// Act 2: the operator with the most leader slots in the next epoch goes dark (any but the `spared`, who have
/// roles of their own). Returns it.
pub(super) async fn offline(net: &Net, spared: &[u8]) -> Result<u8> {
    let head = net.head().await?;
    let next_epoch = net.schedule.epoch_of(net.schedule.slot_at(head)) + 1;
    let epoch_slots =
        net.schedule.epoch_first_slot(next_epoch)..net.schedule.epoch_first_slot(next_epoch + 1);
    let members = net.members(epoch_slots.start).await?;
    let mut led: BTreeMap<u8, usize> = BTreeMap::new();
    for slot in epoch_slots.clone() {
        if let Some(leader) = net.schedule.leader(slot, members).filter(|l| !spared.contains(l)) {
            *led.entry(leader).or_default() += 1;
        }
    }
    let offline =
        led.iter().max_by_key(|(id, n)| (**n, std::cmp::Reverse(**id))).map(|(id, _)| *id).unwrap_or(0);
    net.set_faults(offline, Faults { offline: true, ..Faults::default() });
    net.progress.say(format!(
        "operator {offline} goes offline (it leads {} slots of epoch {next_epoch})",
        led.get(&offline).unwrap_or(&0)
    ));

    Ok(offline)
}

/// What the censorship act set up.
pub(super) struct Censored {
    /// The censoring operator.
    pub(super) censor: u8,
    /// The forced-queue entry of the censored transaction.
    pub(super) entry_index: u64,
}

/// How many times the censored user tries before the act gives up (each try costs the forced-inclusion fee).
const CENSORSHIP_ATTEMPTS: u64 = 3;

/// Act 3: slot s + 1 is posted by the censor (the poster of a slot being the first of its leader and backups with
/// a turn that is none of `absent`) and slot s by anyone; once slot s has its batch, the censored user, ignored by
/// the censor, forces its transaction on L1 with a deadline inside slot s + 1. The window for that is a few blocks
/// wide (the deadline is `inclusionWindow` blocks after the enqueue, which must follow slot s's batch), so a loaded
/// machine can miss it: the deadline then falls after the censor's slot, or the censor's batch lands past the
/// deadline and has to include the entry; either way nobody censored, and the user tries again (a new transaction)
/// at the next such pair of slots. Returns the entry the censor left behind, `None` (with a warning) when every
/// attempt missed.
pub(super) async fn censorship(
    net: &Net,
    censor: u8,
    absent: &[u8],
    l1_user: &PrivateKeySigner,
    l2_user: &PrivateKeySigner,
    warnings: &mut Vec<String>,
) -> Result<Option<Censored>> {
    net.update_faults(censor, |f| f.censor = vec![l2_user.address()]);
    net.progress.say(format!("operator {censor} censors user {}", l2_user.address()));
    let mut nonce = 0;
    for _ in 0..CENSORSHIP_ATTEMPTS {
        match censor_once(net, censor, absent, l1_user, l2_user, nonce).await? {
            Ok(censored) => return Ok(Some(censored)),
            Err(Missed { why, enqueued }) => {
                // A transaction that reached the queue is included by someone: the next one takes the next nonce.
                nonce += u64::from(enqueued);
                net.progress.say(format!("  {why}: nobody censored; the user tries again"));
            }
        }
    }
    warnings.push(format!(
        "operator {censor} never left a forced entry behind past its deadline ({CENSORSHIP_ATTEMPTS} attempts)"
    ));
    Ok(None)
}

/// Why an attempt of [`censorship`] left nobody censored, and whether its transaction went into the forced queue.
struct Missed {
    why: String,
    enqueued: bool,
}

/// One attempt of [`censorship`] with the user's L2 transaction of `nonce`: the entry left behind, or why the
/// censor could not leave it behind.
async fn censor_once(
    net: &Net,
    censor: u8,
    absent: &[u8],
    l1_user: &PrivateKeySigner,
    l2_user: &PrivateKeySigner,
    nonce: u64,
) -> Result<std::result::Result<Censored, Missed>> {
    let poster = |slot: u64, members: u128| {
        net.schedule
            .order(slot, members)
            .into_iter()
            .filter(|id| net.schedule.eligible_from(slot, members, *id).is_some())
            .find(|id| !absent.contains(id))
    };
    let censored_slot = {
        let head = net.head().await?;
        let mut found = None;
        for slot in net.schedule.slot_at(head) + 2..net.schedule.slot_at(head) + 80 {
            let (members, next_members) = (net.members(slot).await?, net.members(slot + 1).await?);
            if poster(slot, members).is_some() && poster(slot + 1, next_members) == Some(censor) {
                found = Some(slot + 1);
                break;
            }
        }
        found.ok_or_else(|| eyre!("no slot posted by operator {censor} after a posted one"))?
    };
    let forced_raw = l2_transfer(l2_user, nonce, Address::repeat_byte(0xc0), U256::from(1u64))?;
    let reply = baton_node::NodeClient::new(net.urls[usize::from(censor)].clone())
        .send_raw_transaction(&forced_raw)
        .await;
    net.progress.say(format!(
        "  the user sends a transaction to operator {censor}, which posts slot {censored_slot}: {}",
        reply.map_or_else(|e| e.to_string(), |hash| format!("accepted as \"{hash}\""))
    ));
    let prior_slot = censored_slot - 1;
    let prior_start = net.schedule.slot_start(prior_slot);
    net.wait("the slot before the censor's", Duration::from_secs(120), || async {
        Ok(net.head().await? >= prior_start)
    })
    .await?;
    let prior_batch = net
        .wait("a batch in the slot before the censor's", Duration::from_secs(12), || async {
            let head = net.head().await?;
            Ok(net.appended(prior_start, head).await?.iter().any(|a| a.header.slot == prior_slot))
        })
        .await?;
    if !prior_batch {
        let why = format!("no batch in slot {prior_slot}, the slot before the censor's");
        return Ok(Err(Missed { why, enqueued: false }));
    }
    net.progress.say("  not included: the user escalates to L1 forced inclusion");
    let user_inbox = BatchInbox::new(net.deployment.inbox, crate::ops::connect(&net.rpc, l1_user));
    let receipt = user_inbox
        .enqueueTransaction(forced_raw.clone())
        .value(U256::from(net.params.forcedInclusionFee))
        .send()
        .await?
        .with_timeout(Some(Duration::from_secs(30)))
        .get_receipt()
        .await?;
    let entry = receipt
        .decoded_log::<BatchInbox::ForcedEntryQueued>()
        .ok_or_else(|| eyre!("enqueue emitted no ForcedEntryQueued"))?;
    let (entry_index, deadline) = (entry.index, entry.deadline);
    let deadline_slot = net.schedule.slot_at(deadline);
    net.progress
        .say(format!("  queued as entry {entry_index}, deadline block {deadline} (slot {deadline_slot})"));
    // A deadline past the censor's slot still falls to the censor when it posts every slot up to it (then this attempt
    // must not be abandoned: its entry would be a second censorship of the same user).
    for slot in censored_slot + 1..=deadline_slot {
        if poster(slot, net.members(slot).await?) != Some(censor) {
            let why = format!(
                "the enqueue landed in block {}, too late for a deadline in slot {censored_slot}",
                receipt.block_number.unwrap_or_default()
            );
            return Ok(Err(Missed { why, enqueued: true }));
        }
    }
    // The censor posts one batch in the deadline's slot: once it is on L1 (or the slot is over), the entry is either
    // left behind past its deadline or was included by a batch of the slot.
    let censor_address = net.signers[usize::from(censor)].address();
    let slot_end = net.schedule.slot_start(deadline_slot + 1);
    loop {
        let head = net.head().await?;
        let batches = net.appended(prior_start, head).await?;
        let in_slot = || batches.iter().filter(|a| a.header.slot == deadline_slot);
        if in_slot().any(|a| a.header.queuePosition > entry_index) {
            let why = format!(
                "the batch of slot {deadline_slot} landed past the deadline and had to include entry {entry_index}"
            );
            return Ok(Err(Missed { why, enqueued: true }));
        }
        if head >= slot_end || in_slot().any(|a| a.header.sequencer == censor_address) {
            return Ok(Ok(Censored { censor, entry_index }));
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

/// Act 4: another operator signs two headers for its next batch. Returns it.
pub(super) fn equivocation(net: &Net, taken: &[u8]) -> u8 {
    let equivocator = (0..net.signers.len() as u8).find(|id| !taken.contains(id)).unwrap_or(0);
    net.set_faults(equivocator, Faults { equivocate: true, ..Faults::default() });
    net.progress.say(format!("operator {equivocator} will sign two headers for its next batch"));

    equivocator
}

/// Waits for the censorship to be proven and the forced transaction to be included.
pub(super) async fn watch_censorship(
    net: &Net,
    censored: Option<&Censored>,
    warnings: &mut Vec<String>,
) -> Result<()> {
    let Some(&Censored { censor, entry_index }) = censored else { return Ok(()) };
    let inbox_view = BatchInbox::new(net.deployment.inbox, net.provider.clone());
    let censorship_proven = net
        .wait("the censorship slash", Duration::from_secs(90), || async {
            Ok(net.registry.faultProven(censorship_digest(entry_index)).call().await?)
        })
        .await?;
    if censorship_proven {
        net.progress.say(format!("keeper proved the censorship of entry {entry_index}: operator {censor} slashed, user compensated"));
    } else {
        warnings.push("the censorship was not proven".into());
    }
    let forced_in = net
        .wait("the forced transaction included", Duration::from_secs(60), || async {
            Ok(inbox_view.queueHead().call().await? > entry_index)
        })
        .await?;
    if forced_in {
        net.progress.say("the censored transaction is in the L2 list (forced)");
    } else {
        warnings.push("the forced transaction was not included".into());
    }
    Ok(())
}

/// Act 6: a deposit, once the censored entry is behind (entries are included in queue order). Returns its
/// queue index.
pub(super) async fn deposit(
    net: &Net,
    l1_user: &PrivateKeySigner,
    l2_user: &PrivateKeySigner,
    warnings: &mut Vec<String>,
) -> Result<u64> {
    let user_inbox = BatchInbox::new(net.deployment.inbox, crate::ops::connect(&net.rpc, l1_user));
    let inbox_view = BatchInbox::new(net.deployment.inbox, net.provider.clone());
    let deposit_value = U256::from(ETHER);
    let receipt = user_inbox
        .depositETH(l2_user.address())
        .value(deposit_value + U256::from(net.params.forcedInclusionFee))
        .send()
        .await?
        .with_timeout(Some(Duration::from_secs(30)))
        .get_receipt()
        .await?;
    let deposit = receipt
        .decoded_log::<BatchInbox::ForcedEntryQueued>()
        .ok_or_else(|| eyre!("deposit emitted no ForcedEntryQueued"))?;
    net.progress.say(format!("user deposits 1 ETH to L2 (entry {})", deposit.index));

    let deposited = net
        .wait("the deposit included", Duration::from_secs(60), || async {
            Ok(inbox_view.queueHead().call().await? > deposit.index)
        })
        .await?;
    if deposited {
        net.progress.say("deposit included");
    } else {
        warnings.push("the deposit was not included".into());
    }
    Ok(deposit.index)
}

/// Waits for the equivocator's ejection, then turns its fault switch off.
pub(super) async fn watch_equivocation(net: &Net, equivocator: u8, warnings: &mut Vec<String>) -> Result<()> {
    if net
        .wait("the equivocator ejected", Duration::from_secs(90), || async {
            Ok(net.status(equivocator).await? == Status::Ejected as u8)
        })
        .await?
    {
        net.progress
            .say(format!("keeper proved operator {equivocator}'s equivocation: ejected, whole bond taken"));
    } else {
        warnings.push(format!("operator {equivocator} was not ejected"));
    }
    net.set_faults(equivocator, Faults::default());
    Ok(())
}

/// Act 5: the receipt breaker promises two users inclusion in the next slot it leads (each gets a signed receipt
/// at once, handed to the keeper), then posts that slot's batch with the first promised transaction left out, so
/// both promises point at the wrong transaction. Returns the receipts.
pub(super) async fn broken_receipts(
    net: &Net,
    breaker: u8,
    seed: u64,
    warnings: &mut Vec<String>,
) -> Result<Vec<SignedReceipt>> {
    net.update_faults(breaker, |f| f.break_receipts = true);
    let client = baton_node::NodeClient::new(net.urls[usize::from(breaker)].clone());
    let keeper = net.keeper_url()?.join("receipts")?;
    let mut factory = TxFactory::new(super::L2_CHAIN_ID, 2, seed.wrapping_add(7));
    let mut receipts = Vec::new();
    for _ in 0..60 {
        let raw = factory.next_raw();
        match client.send_transaction(&raw).await {
            Ok(sent) => match sent.receipt {
                Some(receipt) => {
                    reqwest::Client::new()
                        .post(keeper.clone())
                        .json(&receipt)
                        .send()
                        .await?
                        .error_for_status()?;
                    receipts.push(receipt);
                    if receipts.len() == 2 {
                        break;
                    }
                }
                None => tokio::time::sleep(Duration::from_secs(1)).await,
            },
            Err(e) => warnings.push(format!("the receipt breaker refused a transaction: {e}")),
        }
    }
    match receipts.first() {
        Some(first) => net.progress.say(format!(
            "operator {breaker} promises inclusion at indices 0 and 1 of its batch in slot {} (signed receipts, \
             held by the keeper), and will leave the first transaction out",
            first.receipt.slot
        )),
        None => warnings.push(format!("operator {breaker} gave no receipt")),
    }
    Ok(receipts)
}

/// Waits for the keeper to prove every broken receipt, then turns the breaker's switch off.
pub(super) async fn watch_broken_receipts(
    net: &Net,
    breaker: u8,
    receipts: &[SignedReceipt],
    warnings: &mut Vec<String>,
) -> Result<()> {
    let proven = net
        .wait("the broken receipts proven", Duration::from_secs(150), || async {
            for r in receipts {
                if !net.registry.faultProven(r.evidence()).call().await? {
                    return Ok(false);
                }
            }
            Ok(!receipts.is_empty())
        })
        .await?;
    if proven {
        net.progress.say(format!(
            "keeper proved operator {breaker}'s {} broken receipts: slashed, each user compensated",
            receipts.len()
        ));
    } else {
        warnings.push(format!("operator {breaker}'s broken receipts were not proven"));
    }
    net.set_faults(breaker, Faults::default());
    Ok(())
}

/// Waits for the offline operator's jailing (its missed leader slots struck it).
pub(super) async fn watch_jail(net: &Net, offline: u8, warnings: &mut Vec<String>) -> Result<()> {
    if net
        .wait("the offline operator jailed", Duration::from_secs(150), || async {
            Ok(net.status(offline).await? == Status::Jailed as u8)
        })
        .await?
    {
        net.progress.say(format!(
            "operator {offline} missed {} leader slots: struck and jailed; backups covered its slots",
            net.params.strikesToJail
        ));
    } else {
        warnings.push(format!("operator {offline} was not jailed"));
    }

    Ok(())
}

/// Replaces the last `depth` blocks with a fork that holds the same transactions at the same heights, as
/// Ethereum's short reorgs usually do (the new proposer includes what the old blocks had). Returns how many
/// transactions moved, or `None` (nothing done) when the window holds a blob transaction: its sidecar is not part
/// of the raw transaction, so it cannot be re-sent as is.
pub async fn fork_with_the_same_transactions(provider: &DynProvider, depth: u64) -> Result<Option<usize>> {
    use alloy::{
        consensus::Transaction as _,
        rpc::types::anvil::{ReorgOptions, TransactionData},
    };
    let head = provider.get_block_number().await?;
    let mut pairs = Vec::new();
    for (offset, number) in (head + 1 - depth..=head).enumerate() {
        let block = provider
            .get_block_by_number(number.into())
            .full()
            .await?
            .ok_or_else(|| eyre!("block {number} missing"))?;
        for tx in block.transactions.into_transactions() {
            if tx.inner.blob_versioned_hashes().is_some_and(|h| !h.is_empty()) {
                return Ok(None);
            }
            let raw: Bytes =
                provider.raw_request("eth_getRawTransactionByHash".into(), (*tx.inner.tx_hash(),)).await?;
            pairs.push((TransactionData::Raw(raw), offset as u64));
        }
    }
    let moved = pairs.len();
    provider.anvil_reorg(ReorgOptions { depth, tx_block_pairs: pairs }).await?;
    Ok(Some(moved))
}
