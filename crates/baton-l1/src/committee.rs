//! The committee contract on L1 (docs/PROTOCOL.md §Committee certificates): registering a BLS key, sealing an
//! epoch's committee, reading a sealed committee back, and the contract's argument types built from
//! `baton_protocol::committee`'s.

use std::collections::BTreeMap;

use alloy::{
    primitives::{Address, Bytes, B256},
    providers::{DynProvider, Provider},
    rpc::types::Filter,
    sol_types::{SolEvent, SolValue},
};
use baton_bindings::{
    committee_certificates::{CommitteeCertificates, ICommitteeCertificates},
    sequencer_registry::SequencerRegistry,
};
use baton_protocol::{
    bls::{G2Bytes, PublicKey, SecretKey},
    committee::{Attestation, Certificate, Committee},
};

use crate::{chunked_logs, L1Error, DEFAULT_LOG_CHUNK};

/// Why a committee call failed.
#[derive(Debug, thiserror::Error)]
pub enum CommitteeError {
    /// A call or transaction to a contract failed or reverted.
    #[error("{what}: {source}")]
    Contract {
        /// Which call.
        what: &'static str,
        /// The failure.
        source: alloy::contract::Error,
    },
    /// Reading logs failed.
    #[error(transparent)]
    L1(#[from] L1Error),
    /// The transaction was mined but reverted.
    #[error("{0} reverted")]
    Reverted(&'static str),
    /// A key the chain announced is not a valid key (cannot happen for a key the contract accepted).
    #[error("operator {id}'s registered key does not parse: {reason}")]
    BadKey {
        /// The operator.
        id: u8,
        /// Why.
        reason: String,
    },
    /// The chain announced no key with the hash the contract holds.
    #[error("operator {id}'s key {key_hash} was never announced in KeyRegistered")]
    MissingKey {
        /// The operator.
        id: u8,
        /// The stored hash.
        key_hash: B256,
    },
}

fn contract(what: &'static str) -> impl FnOnce(alloy::contract::Error) -> CommitteeError {
    move |source| CommitteeError::Contract { what, source }
}

/// The same ABI type as declared elsewhere (the bindings generate one per contract; `baton_protocol` its own).
fn convert<
    Source: SolValue,
    Target: SolValue + From<<Target::SolType as alloy::sol_types::SolType>::RustType>,
>(
    value: &Source,
) -> Target {
    // Both sides are the same Solidity type, so the encoding of one always decodes as the other.
    Target::abi_decode(&value.abi_encode()).unwrap_or_else(|_| unreachable!("identical ABI types"))
}

/// `Attestation` as the contract takes it.
pub fn attestation_arg(attestation: &Attestation) -> ICommitteeCertificates::Attestation {
    convert(attestation)
}

/// `Committee` as the contract takes it.
pub fn committee_arg(committee: &Committee) -> ICommitteeCertificates::Committee {
    convert(&committee.data())
}

/// `Certificate` as the contract takes it.
pub fn certificate_arg(certificate: &Certificate) -> ICommitteeCertificates::Certificate {
    convert(&certificate.data())
}

/// `Certified` (an attestation, its certificate and the keys of the keyed members that did not sign).
pub fn certified_arg(
    committee: &Committee,
    attestation: &Attestation,
    certificate: &Certificate,
) -> ICommitteeCertificates::Certified {
    ICommitteeCertificates::Certified {
        attestation: attestation_arg(attestation),
        certificate: certificate_arg(certificate),
        absentKeys: committee.absent_keys(certificate.signers),
    }
}

/// Registers `key` for the signer `provider` sends from (its proof of possession bound to that signer, this chain
/// and the committee contract at `committee`), and waits for the receipt.
pub async fn register_key(
    provider: &DynProvider,
    committee: Address,
    signer: Address,
    key: &SecretKey,
) -> Result<(), CommitteeError> {
    let chain_id = provider.get_chain_id().await.map_err(L1Error::from)?;
    let public = key.public_key().to_bytes();
    let pop = key.proof_of_possession(chain_id, committee, signer).to_bytes();
    let receipt = CommitteeCertificates::new(committee, provider.clone())
        .registerKey(Bytes::copy_from_slice(public.as_slice()), Bytes::copy_from_slice(pop.as_slice()))
        .from(signer)
        .send()
        .await
        .map_err(contract("registerKey"))?
        .get_receipt()
        .await
        .map_err(|e| contract("registerKey")(e.into()))?;
    if receipt.status() {
        Ok(())
    } else {
        Err(CommitteeError::Reverted("registerKey"))
    }
}

/// Every key announced in `KeyRegistered`, by hash, read incrementally: each [`KeyBook::refresh`] scans only the
/// blocks after the last one it read, so a long-running reader does not rescan the chain for every epoch.
#[derive(Clone, Debug, Default)]
pub struct KeyBook {
    keys: BTreeMap<B256, G2Bytes>,
    /// The next block to scan.
    next: u64,
}

impl KeyBook {
    /// A book that starts scanning at block `from` (the deployment's first block).
    pub fn from_block(from: u64) -> Self {
        Self { keys: BTreeMap::new(), next: from }
    }

    /// Reads the announcements of the blocks not scanned yet, up to the head.
    pub async fn refresh(
        &mut self,
        provider: &DynProvider,
        committee: Address,
    ) -> Result<(), CommitteeError> {
        let head = provider.get_block_number().await.map_err(L1Error::from)?;
        if head < self.next {
            return Ok(());
        }
        self.keys.extend(announced_keys(provider, committee, self.next, head).await?);
        self.next = head + 1;
        Ok(())
    }
}

/// Reads the committee of `epoch` from the chain as `sealCommittee` would take it: the members, and for each the
/// key its current signer registered (announced in `KeyRegistered`, matched by the stored hash), scanning logs from
/// block `from`.
pub async fn committee_of(
    provider: &DynProvider,
    registry: Address,
    committee: Address,
    epoch: u32,
    from: u64,
) -> Result<Committee, CommitteeError> {
    let mut book = KeyBook::from_block(from);
    committee_with(provider, registry, committee, epoch, &mut book).await
}

/// [`committee_of`] with the keys of `book`, refreshed first.
pub async fn committee_with(
    provider: &DynProvider,
    registry: Address,
    committee: Address,
    epoch: u32,
    book: &mut KeyBook,
) -> Result<Committee, CommitteeError> {
    book.refresh(provider, committee).await?;
    let announced = &book.keys;
    let registry = SequencerRegistry::new(registry, provider.clone());
    let contract_ = CommitteeCertificates::new(committee, provider.clone());
    let members: u128 = registry
        .membersAt(epoch)
        .call()
        .await
        .map_err(contract("membersAt"))?
        .try_into()
        .unwrap_or(u128::MAX);
    let mut keys = BTreeMap::new();
    for id in baton_protocol::roster::ids(members) {
        let record = contract_.keyOf(id).call().await.map_err(contract("keyOf"))?;
        if record.keyHash.is_zero() {
            continue;
        }
        // The record stays when the id is later taken by another operator: it counts only while its signer is
        // still this id's (as the contract's sealing decides).
        match registry.operatorIdOf(record.signer).call().await {
            Ok(holder) if holder == id => {}
            _ => continue,
        }
        let bytes = announced
            .get(&record.keyHash)
            .ok_or(CommitteeError::MissingKey { id, key_hash: record.keyHash })?;
        let key =
            PublicKey::from_bytes(bytes).map_err(|e| CommitteeError::BadKey { id, reason: e.to_string() })?;
        keys.insert(id, key);
    }
    Ok(Committee::new(members, keys))
}

/// Every key announced in `KeyRegistered` in blocks `[from, to]`, by its hash.
async fn announced_keys(
    provider: &DynProvider,
    committee: Address,
    from: u64,
    to: u64,
) -> Result<BTreeMap<B256, G2Bytes>, CommitteeError> {
    let filter = Filter::new()
        .address(committee)
        .event_signature(CommitteeCertificates::KeyRegistered::SIGNATURE_HASH);
    let mut keys = BTreeMap::new();
    for log in chunked_logs(provider, &filter, from, to, DEFAULT_LOG_CHUNK).await? {
        let tx = log.transaction_hash.unwrap_or_default();
        let event = CommitteeCertificates::KeyRegistered::decode_log_data(log.data())
            .map_err(|e| L1Error::Decode { what: "KeyRegistered", tx, reason: e.to_string() })?;
        if let Ok(key) = G2Bytes::try_from(event.publicKey.as_ref()) {
            keys.insert(alloy::primitives::keccak256(key), key);
        }
    }
    Ok(keys)
}

/// Seals the committee of `epoch` with its members' keys (from [`committee_of`]) and waits for the receipt.
pub async fn seal(
    provider: &DynProvider,
    committee_contract: Address,
    epoch: u32,
    committee: &Committee,
) -> Result<(), CommitteeError> {
    let receipt = CommitteeCertificates::new(committee_contract, provider.clone())
        .sealCommittee(epoch, committee.sealing_keys())
        .send()
        .await
        .map_err(contract("sealCommittee"))?
        .get_receipt()
        .await
        .map_err(|e| contract("sealCommittee")(e.into()))?;
    if receipt.status() {
        Ok(())
    } else {
        Err(CommitteeError::Reverted("sealCommittee"))
    }
}
