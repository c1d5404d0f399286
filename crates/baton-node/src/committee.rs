//! Committee certificates on the node's side (docs/PROTOCOL.md §Committee certificates, the attestation round):
//! the sealed committees the node knows, a member's answer to `baton_attest` (its checks, then at most one
//! attestation per position, recorded with the batch's payload before the signature leaves), and the poster's round
//! (its own attestation and its peers', aggregated once a quorum answered, within a timeout).

use std::{
    collections::BTreeMap,
    sync::{Arc, RwLock},
    time::Duration,
};

use alloy::{
    eips::eip4844::{
        builder::{SidecarBuilder, SimpleCoder},
        BlobTransactionSidecar,
    },
    primitives::{keccak256, Address, Bytes, B256},
    sol_types::Eip712Domain,
};
use baton_protocol::{
    bls::{SecretKey, Signature},
    committee::{Attestation, Certificate, Committee},
    payload,
    schedule::Schedule,
    tx_root::tx_root,
    BatchHeader,
};
use tokio::task::JoinSet;
use tracing::debug;

use crate::{
    client::{AttestReply, AttestRequest, NodeClient},
    store::Store,
};

/// The largest batch payload a member attests (compressed bytes): what `max_batch_bytes` of raw transactions
/// compress to with room to spare. A poster with a larger batch gets no attestations and posts it uncertified.
pub(crate) const MAX_ATTESTED_PAYLOAD: usize = 1 << 20;

/// A sealed committee with the signer of each member.
#[derive(Clone, Debug)]
pub(crate) struct Known {
    pub(crate) committee: Committee,
    pub(crate) signers: BTreeMap<u8, Address>,
}

/// Why a member refuses to attest.
#[derive(Debug, thiserror::Error)]
pub(crate) enum AttestError {
    /// This node has no BLS key, or is no keyed member of the epoch.
    #[error("{0}")]
    NotMember(String),
    /// The request is not something an honest member signs.
    #[error("{0}")]
    Refused(String),
    /// The node already attested another header for this position.
    #[error("{0}")]
    Conflict(String),
    /// The node failed.
    #[error("{0}")]
    Internal(String),
}

/// What an attestation touches besides the book: the node's store, the deployment's EIP-712 domain and chain,
/// and an HTTP client for the poster's round.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Context<'a> {
    pub(crate) store: &'a Store,
    pub(crate) domain: &'a Eip712Domain,
    pub(crate) l2_chain_id: u64,
    pub(crate) http: &'a reqwest::Client,
    /// Fault switch: sign without the sign-once guard.
    pub(crate) double_attest: bool,
}

#[derive(Debug, Default)]
struct View {
    schedule: Option<Schedule>,
    committees: BTreeMap<u32, Known>,
    /// Current L1 head and the latest recorded header `(batch number, hash)`.
    head: u64,
    tip: Option<(u64, B256)>,
}

/// The sealed committees the node knows and its view of the chain, as the sequencer loop updates them.
#[derive(Debug)]
pub(crate) struct CommitteeBook {
    key: Option<SecretKey>,
    me: Address,
    view: RwLock<View>,
}

impl CommitteeBook {
    pub(crate) fn new(key: Option<SecretKey>, me: Address) -> Self {
        Self { key, me, view: RwLock::new(View::default()) }
    }

    /// Whether the node takes part (it has a BLS key).
    pub(crate) fn participates(&self) -> bool {
        self.key.is_some()
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, View> {
        self.view.read().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, View> {
        self.view.write().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(crate) fn set_schedule(&self, schedule: Schedule) {
        self.write().schedule = Some(schedule);
    }

    /// The L1 head and the latest recorded header, after each step of the sequencer loop.
    pub(crate) fn set_view(&self, head: u64, tip: Option<(u64, B256)>) {
        let mut view = self.write();
        view.head = head;
        view.tip = tip;
    }

    /// Adds the sealed committee of `epoch`, and forgets those two epochs older.
    pub(crate) fn learn(&self, epoch: u32, known: Known) {
        let mut view = self.write();
        view.committees.insert(epoch, known);
        view.committees.retain(|e, _| e + 2 >= epoch);
    }

    pub(crate) fn get(&self, epoch: u32) -> Option<Known> {
        self.read().committees.get(&epoch).cloned()
    }

    /// A member's answer to `request` (see the module docs): every check, then one attestation per position.
    pub(crate) fn attest(
        &self,
        context: Context<'_>,
        request: &AttestRequest,
    ) -> Result<AttestReply, AttestError> {
        use AttestError::{Internal, NotMember, Refused};
        let Context { store, domain, l2_chain_id, double_attest, .. } = context;
        let key = self.key.as_ref().ok_or_else(|| NotMember("this node has no BLS key".into()))?;
        if request.payload.len() > MAX_ATTESTED_PAYLOAD {
            return Err(Refused(format!(
                "payload of {} bytes, members attest at most {MAX_ATTESTED_PAYLOAD}",
                request.payload.len()
            )));
        }
        let header = &request.header;
        if header.l2ChainId != l2_chain_id {
            return Err(Refused(format!(
                "header of chain {}, this network is {l2_chain_id}",
                header.l2ChainId
            )));
        }
        let signer = header
            .recover_signer(domain, &request.signature)
            .map_err(|e| Refused(format!("header signature: {e}")))?;
        if signer != header.sequencer {
            return Err(Refused(format!("the header names {} but {signer} signed it", header.sequencer)));
        }
        let (schedule, known, head, tip) = {
            let view = self.read();
            let schedule = view.schedule.ok_or_else(|| Internal("schedule not known yet".into()))?;
            let epoch = schedule.epoch_of(header.slot);
            let known = view.committees.get(&epoch).cloned().ok_or_else(|| {
                NotMember(format!("the committee of epoch {epoch} is not sealed (or not known yet)"))
            })?;
            (schedule, known, view.head, view.tip)
        };
        let me = known
            .signers
            .iter()
            .find(|(_, a)| **a == self.me)
            .map(|(id, _)| *id)
            .filter(|id| known.committee.keys.get(id) == Some(&key.public_key()))
            .ok_or_else(|| NotMember("this node is no keyed member of the slot's committee".into()))?;
        let poster = known
            .signers
            .iter()
            .find(|(_, a)| **a == signer)
            .map(|(id, _)| *id)
            .ok_or_else(|| Refused(format!("{signer} is no member of the slot's epoch")))?;
        // Eligibility only widens through a slot: its last block is the most permissive.
        if !schedule.is_eligible(schedule.slot_start(header.slot + 1) - 1, known.committee.members, poster) {
            return Err(Refused(format!("operator {poster} may not post in slot {}", header.slot)));
        }
        let current = schedule.slot_at(head + 1);
        if header.slot + 1 < current || header.slot > current + 1 {
            return Err(Refused(format!("slot {} is not current (slot {current})", header.slot)));
        }
        let expected = tip.map_or((0, B256::ZERO), |(number, hash)| (number + 1, hash));
        if (header.batchNumber, header.parentHash) != expected {
            return Err(Refused(format!(
                "batch {} on parent {} does not extend the record (next is {} on {})",
                header.batchNumber, header.parentHash, expected.0, expected.1
            )));
        }
        check_data(header, &request.payload).map_err(Refused)?;
        let attestation = Attestation::of(header);
        let digest = attestation.digest(domain);
        if double_attest {
            tracing::warn!(batch = header.batchNumber, "fault switch: attesting without the sign-once guard");
            return Ok(AttestReply { operator: me, signature: key.attest(digest).to_bytes() });
        }
        let signature = store
            .attest_once(&attestation, header.dataCommitment, &request.payload, || {
                Ok::<_, std::convert::Infallible>(key.attest(digest))
            })
            .map_err(|e| match e {
                crate::store::StoreError::WouldConflict { .. } => AttestError::Conflict(e.to_string()),
                other => Internal(other.to_string()),
            })?
            .unwrap_or_else(|never| match never {});
        Ok(AttestReply { operator: me, signature: signature.to_bytes() })
    }
}

/// The payload decodes, its transactions hash to `txRoot`, and it is what `dataCommitment` commits to (in calldata
/// or committee form `keccak256(payload)`, in blobs the hash of the versioned hashes of its sidecar).
fn check_data(header: &BatchHeader, data: &Bytes) -> Result<(), String> {
    let txs = payload::decode(data).map_err(|e| format!("payload: {e}"))?;
    let hashes: Vec<B256> = txs.iter().map(keccak256).collect();
    if tx_root(&hashes) != header.txRoot {
        return Err("the payload's transactions do not hash to txRoot".into());
    }
    if keccak256(data) == header.dataCommitment {
        return Ok(());
    }
    let sidecar = SidecarBuilder::<SimpleCoder>::from_slice(data)
        .build::<BlobTransactionSidecar>()
        .map_err(|e| format!("payload: {e}"))?;
    let blobs: Vec<u8> = sidecar.versioned_hashes().flat_map(|h| h.0).collect();
    if keccak256(blobs) == header.dataCommitment {
        Ok(())
    } else {
        Err("the payload is not what dataCommitment commits to".into())
    }
}

/// The poster's round: its own attestation, then every peer's, each checked against the member's key, until a
/// quorum answered or `timeout` passed. `None` without a quorum (the batch then posts uncertified).
pub(crate) async fn gather(
    book: &CommitteeBook,
    context: Context<'_>,
    peers: Vec<reqwest::Url>,
    timeout: Duration,
    request: AttestRequest,
) -> Option<(Attestation, Certificate, Committee)> {
    let domain = context.domain;
    let schedule = book.read().schedule?;
    let known = book.get(schedule.epoch_of(request.header.slot))?;
    let attestation = Attestation::of(&request.header);
    let digest = attestation.digest(domain);
    let quorum = known.committee.quorum();
    let mut signatures: BTreeMap<u8, Signature> = BTreeMap::new();
    match book.attest(context, &request) {
        Ok(own) => {
            if let Ok(signature) = Signature::from_bytes(&own.signature) {
                signatures.insert(own.operator, signature);
            }
        }
        Err(e) => debug!(error = %e, "not attesting our own batch"),
    }
    let request = Arc::new(request);
    let mut asks = JoinSet::new();
    for peer in peers {
        let client = NodeClient::with_http(context.http.clone(), peer).timeout(timeout);
        let request = request.clone();
        asks.spawn(async move { client.attest(&request).await });
    }
    let deadline = tokio::time::Instant::now() + timeout;
    while signatures.len() < quorum {
        let Ok(Some(answer)) = tokio::time::timeout_at(deadline, asks.join_next()).await else { break };
        let reply = match answer {
            Ok(Ok(reply)) => reply,
            Ok(Err(e)) => {
                debug!(error = %e, "a member did not attest");
                continue;
            }
            Err(_) => continue,
        };
        let Some(key) = known.committee.keys.get(&reply.operator) else { continue };
        let Ok(signature) = Signature::from_bytes(&reply.signature) else { continue };
        if signature.verify(digest.as_slice(), baton_protocol::bls::ATTESTATION_DST, key) {
            signatures.insert(reply.operator, signature);
        }
    }
    asks.abort_all();
    if signatures.len() < quorum {
        debug!(
            got = signatures.len(),
            quorum,
            batch = attestation.batchNumber,
            "no quorum: posting uncertified"
        );
        return None;
    }
    let certificate = known.committee.certify(&signatures).ok()?;
    Some((attestation, certificate, known.committee))
}
