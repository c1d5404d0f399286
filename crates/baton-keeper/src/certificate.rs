//! Committee certificates as evidence: each one is verified with blst against its epoch's committee (read from
//! L1 and cached while the epoch's membership is final) before it is stored, so only certificates the contract
//! would accept can ever reach a strategy. They come from operators' certificate feeds (`GET /certificates` on a
//! node) and from anyone's `POST /certificates` (an exchange or a bridge holding one that L1 contradicts).

use std::{collections::HashMap, sync::atomic::Ordering};

use alloy::{primitives::Address, providers::DynProvider};
use axum::http::StatusCode;
use baton_l1::committee::{committee_with, CommitteeError, KeyBook};
use baton_protocol::committee::{CertifiedAttestation, Committee};

use crate::{
    http::{Refusal, Shared},
    metrics::Metrics,
    store::HeldCertificate,
};

/// Most certificates held for one slot: a slot has a few batches, each with one certificate from its poster;
/// conflicts add a few more. Anything past this is a flood (every certificate stored is a valid one, so only a
/// quorum of members could produce it, and each of them is slashable already).
pub const MAX_CERTIFICATES_PER_SLOT: usize = 64;

/// How long a submission waits for its epoch's committee to be read from L1.
const COMMITTEE_READ_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// The committees of final epochs, read from L1 once each.
#[derive(Debug)]
pub(crate) struct Committees {
    provider: DynProvider,
    registry: Address,
    contract: Address,
    book: KeyBook,
    by_epoch: HashMap<u32, Committee>,
}

impl Committees {
    /// Reads keys announced from block `from` (the deployment's first block) on.
    pub(crate) fn new(provider: DynProvider, registry: Address, contract: Address, from: u64) -> Self {
        Self { provider, registry, contract, book: KeyBook::from_block(from), by_epoch: HashMap::new() }
    }

    /// The committee of `epoch`, which must be final (its membership can no longer change).
    pub(crate) async fn get(&mut self, epoch: u32) -> Result<Committee, CommitteeError> {
        if let Some(committee) = self.by_epoch.get(&epoch) {
            return Ok(committee.clone());
        }
        let committee =
            committee_with(&self.provider, self.registry, self.contract, epoch, &mut self.book).await?;
        self.by_epoch.insert(epoch, committee.clone());
        Ok(committee)
    }

    /// Forgets the committees of epochs before `epoch`.
    pub(crate) fn prune(&mut self, epoch: u32) {
        self.by_epoch.retain(|e, _| *e >= epoch);
    }
}

impl Shared {
    /// Checks one certificate against everything a submission must satisfy before it is held: a slot whose faults
    /// are provable and whose epoch's membership is final, signers that are keyed members reaching the quorum,
    /// and an aggregate signature that verifies.
    pub(crate) async fn check_certificate(&self, certified: &CertifiedAttestation) -> Result<(), Refusal> {
        let refuse = |status, message: String| Err(Refusal { status, message });
        let slot = certified.attestation.slot;
        let (floor, current) =
            (self.slot_floor.load(Ordering::Relaxed), self.current_slot.load(Ordering::Relaxed));
        let epoch = self.schedule.epoch_of(slot);
        if slot < floor || epoch > self.schedule.epoch_of(current) + 1 {
            return refuse(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!(
                    "out of reach: slot {slot} (provable now: from {floor}; committees final up to epoch {})",
                    self.schedule.epoch_of(current) + 1
                ),
            );
        }
        let held = self.certificates_per_slot.lock().map_or(0, |m| m.get(&slot).copied().unwrap_or(0));
        if held >= MAX_CERTIFICATES_PER_SLOT {
            return refuse(
                StatusCode::TOO_MANY_REQUESTS,
                format!(
                    "slot {slot} already has {held} certificates held (at most {MAX_CERTIFICATES_PER_SLOT})"
                ),
            );
        }
        // Bounded, lock included: a slow L1 must not hold the committees from the keeper's round.
        let read = tokio::time::timeout(COMMITTEE_READ_TIMEOUT, async {
            self.committees.lock().await.get(epoch).await.map_err(|e| e.to_string())
        });
        let committee = match read.await {
            Ok(Ok(committee)) => committee,
            Ok(Err(e)) => {
                return refuse(
                    StatusCode::SERVICE_UNAVAILABLE,
                    format!("could not read the committee of epoch {epoch}: {e}"),
                )
            }
            Err(_) => {
                return refuse(
                    StatusCode::SERVICE_UNAVAILABLE,
                    format!("the committee of epoch {epoch} was not read within {COMMITTEE_READ_TIMEOUT:?}"),
                )
            }
        };
        if let Err(e) = committee.verify(&self.domain, &certified.attestation, &certified.certificate()) {
            return refuse(StatusCode::UNPROCESSABLE_ENTITY, format!("certificate: {e}"));
        }
        Ok(())
    }

    /// Checks and holds one certificate; returns whether it was new.
    pub(crate) async fn accept_certificate(
        &self,
        certified: CertifiedAttestation,
        source: &str,
    ) -> Result<bool, Refusal> {
        if let Err(refusal) = self.check_certificate(&certified).await {
            Metrics::inc(&self.metrics.certificates_rejected);
            return Err(refusal);
        }
        let held = HeldCertificate {
            certified,
            source: source.to_string(),
            seen_at_block: self.metrics.head.load(Ordering::Relaxed) + 1,
        };
        let new = self.store.put_certificate(&held).map_err(|e| Refusal {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: format!("could not store the certificate: {e}"),
        })?;
        if new {
            Metrics::inc(&self.metrics.certificates_accepted);
            if let Ok(mut counts) = self.certificates_per_slot.lock() {
                *counts.entry(held.certified.attestation.slot).or_default() += 1;
            }
            self.incoming_certificates.lock().unwrap_or_else(|p| p.into_inner()).push(held);
        }
        Ok(new)
    }
}

/// Certificates held per slot.
pub(crate) fn count_per_slot(held: &[HeldCertificate]) -> HashMap<u64, usize> {
    let mut counts = HashMap::new();
    for h in held {
        *counts.entry(h.certified.attestation.slot).or_default() += 1;
    }
    counts
}
