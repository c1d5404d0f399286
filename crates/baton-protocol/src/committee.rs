//! Committee certificates (docs/PROTOCOL.md §Committee certificates): what a member attests, a sealed committee,
//! certificates and their verification, and the calldata of a committee (data-availability) batch, identical to
//! `CommitteeCertificates.sol` and `BatchInbox.appendCertifiedBatch`.

use std::collections::BTreeMap;

use alloy::{
    primitives::{keccak256, Bytes, B256},
    sol,
    sol_types::{Eip712Domain, SolStruct, SolValue},
};

use crate::{
    bls::{quorum, BlsError, G1Bytes, G2Bytes, PublicKey, Signature, ATTESTATION_DST},
    BatchHeader,
};

sol! {
    /// What a member signs: one header at one position. Field order is the EIP-712 type order.
    #[derive(Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
    struct Attestation {
        uint64 batchNumber;
        uint64 slot;
        bytes32 parentHash;
        bytes32 headerHash;
    }

    /// `ICommitteeCertificates.Committee`: a sealed committee as `CommitteeSealed` carries it.
    #[derive(Debug, Default, PartialEq, Eq)]
    struct CommitteeData {
        uint96 members;
        uint96 keyed;
        bytes32 keysHash;
        bytes aggregateKey;
    }

    /// `ICommitteeCertificates.Certificate`.
    #[derive(Debug, Default, PartialEq, Eq)]
    struct CertificateData {
        uint96 signers;
        bytes signature;
    }
}

/// The tag of a certificate conflict's evidence digest.
pub const CONFLICT_TAG: &str = "baton.fault.certificate-conflict";

impl Attestation {
    /// The attestation of `header` (its own position fields and its hash).
    pub fn of(header: &BatchHeader) -> Self {
        Self {
            batchNumber: header.batchNumber,
            slot: header.slot,
            parentHash: header.parentHash,
            headerHash: header.hash(),
        }
    }

    /// The 32-byte message members sign: the EIP-712 digest in the Baton `domain` (the deployment's inbox).
    pub fn digest(&self, domain: &Eip712Domain) -> B256 {
        self.eip712_signing_hash(domain)
    }

    /// The evidence digest of a conflict at this attestation's position, as the registry names its slashes.
    pub fn conflict_evidence(&self) -> B256 {
        keccak256((keccak256(CONFLICT_TAG), self.batchNumber, self.slot, self.parentHash).abi_encode())
    }

    /// Whether `other` attests a different header at the same position (the slashable conflict).
    pub fn conflicts_with(&self, other: &Self) -> bool {
        self.batchNumber == other.batchNumber
            && self.slot == other.slot
            && self.parentHash == other.parentHash
            && self.headerHash != other.headerHash
    }
}

/// Why a certificate does not certify.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CertificateError {
    /// A signer bit names a non-member or a member without a key.
    #[error("signers {0:#x} include an operator that is not a keyed member")]
    NotKeyedMember(u128),
    /// Fewer signers than the quorum of the committee.
    #[error("{signers} signers, the quorum is {quorum}")]
    QuorumNotReached {
        /// Signers.
        signers: usize,
        /// Needed.
        quorum: usize,
    },
    /// The aggregate signature does not verify.
    #[error("the aggregate signature does not verify")]
    InvalidSignature,
    /// A point did not parse.
    #[error(transparent)]
    Bls(#[from] BlsError),
}

/// One epoch's committee: its members (ids) and the keys of those that registered one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Committee {
    /// Member bitmap (bit `i` for operator id `i`).
    pub members: u128,
    /// Each keyed member's public key.
    pub keys: BTreeMap<u8, PublicKey>,
}

impl Committee {
    /// The committee of `members` with `keys` (keys of non-members are ignored).
    pub fn new(members: u128, keys: BTreeMap<u8, PublicKey>) -> Self {
        let keys = keys.into_iter().filter(|(id, _)| members >> id & 1 == 1).collect();
        Self { members, keys }
    }

    /// Member ids, ascending.
    pub fn ids(&self) -> impl Iterator<Item = u8> + '_ {
        crate::roster::ids(self.members)
    }

    /// Bitmap of the members with a key.
    pub fn keyed(&self) -> u128 {
        self.keys.keys().fold(0, |bits, id| bits | 1 << id)
    }

    /// Every member's key hash in ascending id order (zero for a member without key): `keyHashes` of the contract.
    pub fn key_hashes(&self) -> Vec<B256> {
        self.ids().map(|id| self.keys.get(&id).map_or(B256::ZERO, PublicKey::key_hash)).collect()
    }

    /// What `sealCommittee` takes: every member's key in ascending id order, empty for one without.
    pub fn sealing_keys(&self) -> Vec<Bytes> {
        self.ids()
            .map(|id| {
                self.keys
                    .get(&id)
                    .map_or_else(Bytes::new, |k| Bytes::copy_from_slice(k.to_bytes().as_slice()))
            })
            .collect()
    }

    /// The sum of the keyed members' keys (infinity, all zeros, when none has one).
    pub fn aggregate_key(&self) -> G2Bytes {
        let keys: Vec<PublicKey> = self.keys.values().copied().collect();
        PublicKey::aggregate(&keys).map_or(G2Bytes::ZERO, |k| k.to_bytes())
    }

    /// The committee as the contract takes it (`Committee` of `CommitteeSealed`).
    pub fn data(&self) -> CommitteeData {
        CommitteeData {
            members: alloy::primitives::Uint::from(self.members),
            keyed: alloy::primitives::Uint::from(self.keyed()),
            keysHash: keccak256(self.key_hashes().concat()),
            aggregateKey: Bytes::copy_from_slice(self.aggregate_key().as_slice()),
        }
    }

    /// `committeeHash(epoch)` once sealed.
    pub fn hash(&self) -> B256 {
        let data = self.data();
        keccak256(
            [
                &self.members.to_be_bytes()[4..],
                &self.keyed().to_be_bytes()[4..],
                data.keysHash.as_slice(),
                data.aggregateKey.as_ref(),
            ]
            .concat(),
        )
    }

    /// Signers a certificate needs: `ceil(2n / 3)` of all members.
    pub fn quorum(&self) -> usize {
        quorum(self.members.count_ones() as usize)
    }

    /// Aggregates the members' signatures on `attestation` into a certificate (no verification: see
    /// [`Self::verify`]).
    pub fn certify(&self, signatures: &BTreeMap<u8, Signature>) -> Result<Certificate, CertificateError> {
        let signers = signatures.keys().fold(0u128, |bits, id| bits | 1 << id);
        let all: Vec<Signature> = signatures.values().copied().collect();
        Ok(Certificate { signers, signature: Signature::aggregate(&all)?.to_bytes() })
    }

    /// Checks `certificate` on `attestation` as the contract does (keyed members only, quorum by count, one pairing).
    pub fn verify(
        &self,
        domain: &Eip712Domain,
        attestation: &Attestation,
        certificate: &Certificate,
    ) -> Result<(), CertificateError> {
        if certificate.signers & !self.keyed() != 0 {
            return Err(CertificateError::NotKeyedMember(certificate.signers));
        }
        let signers = certificate.signers.count_ones() as usize;
        if signers < self.quorum() {
            return Err(CertificateError::QuorumNotReached { signers, quorum: self.quorum() });
        }
        let keys: Vec<PublicKey> =
            self.keys.iter().filter(|(id, _)| certificate.signers >> *id & 1 == 1).map(|(_, k)| *k).collect();
        let key = PublicKey::aggregate(&keys)?;
        let signature = Signature::from_bytes(&certificate.signature)?;
        if signature.verify(attestation.digest(domain).as_slice(), ATTESTATION_DST, &key) {
            Ok(())
        } else {
            Err(CertificateError::InvalidSignature)
        }
    }

    /// The keys of the keyed members outside `signers`, ascending id (`absentKeys` of the contract).
    pub fn absent_keys(&self, signers: u128) -> Vec<Bytes> {
        self.keys
            .iter()
            .filter(|(id, _)| signers >> *id & 1 == 0)
            .map(|(_, k)| Bytes::copy_from_slice(k.to_bytes().as_slice()))
            .collect()
    }

    /// `keyHashes` as a certificate of `signers` needs it: empty when every keyed member signed.
    pub fn key_hashes_for(&self, signers: u128) -> Vec<B256> {
        if self.keyed() & !signers == 0 {
            Vec::new()
        } else {
            self.key_hashes()
        }
    }

    /// What follows the fixed fields in `appendCertifiedBatch()` calldata for `header` certified by `certificate`:
    /// its data commitment, then [`Self::certificate_arguments`] (encode with [`crate::calldata::Entry::Committee`]).
    pub fn certified_batch_payload(&self, header: &BatchHeader, certificate: &Certificate) -> Bytes {
        let arguments = self.certificate_arguments(&Attestation::of(header), certificate);
        [header.dataCommitment.as_slice(), arguments.as_ref()].concat().into()
    }

    /// The certificate part of `appendCertifiedBatch()` calldata: the arguments of `verifyCertificate` ABI-encoded
    /// without their first four words (the attestation, which the inbox fills in).
    pub fn certificate_arguments(&self, attestation: &Attestation, certificate: &Certificate) -> Bytes {
        let encoded = (
            attestation.clone(),
            self.data(),
            certificate.data(),
            self.key_hashes_for(certificate.signers),
            self.absent_keys(certificate.signers),
        )
            .abi_encode_params();
        Bytes::copy_from_slice(&encoded[4 * 32..])
    }
}

/// A certificate: the signers' bitmap and the sum of their signatures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Certificate {
    /// Bit `i` for operator id `i`.
    pub signers: u128,
    /// The aggregate signature (G1, EIP-2537 encoding).
    pub signature: G1Bytes,
}

/// A certificate with the attestation it certifies, as a node's feed serves it (`GET /certificates`) and a keeper
/// takes it (`POST /certificates`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CertifiedAttestation {
    /// What the signers signed.
    pub attestation: Attestation,
    /// Bit `i` for operator id `i`.
    pub signers: alloy::primitives::U128,
    /// The aggregate signature (G1, EIP-2537 encoding).
    pub signature: G1Bytes,
}

impl CertifiedAttestation {
    /// `certificate` on `attestation`.
    pub fn new(attestation: Attestation, certificate: &Certificate) -> Self {
        Self {
            attestation,
            signers: alloy::primitives::U128::from(certificate.signers),
            signature: certificate.signature,
        }
    }

    /// The certificate part.
    pub fn certificate(&self) -> Certificate {
        Certificate { signers: self.signers.to::<u128>(), signature: self.signature }
    }
}

impl Certificate {
    /// As the contract takes it.
    pub fn data(&self) -> CertificateData {
        CertificateData {
            signers: alloy::primitives::Uint::from(self.signers),
            signature: Bytes::copy_from_slice(self.signature.as_slice()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{bls::SecretKey, header::domain};
    use alloy::primitives::{address, U256};

    fn key(i: u64) -> SecretKey {
        SecretKey::from_bytes(&B256::from(U256::from(0xB15_0000 + i))).expect("valid")
    }

    fn committee(n: u8, keyed: impl Fn(u8) -> bool) -> Committee {
        let members = (0..n).fold(0u128, |bits, id| bits | 1 << id);
        let keys = (0..n).filter(|id| keyed(*id)).map(|id| (id, key(id.into()).public_key())).collect();
        Committee::new(members, keys)
    }

    #[test]
    fn certificates_verify_exactly_from_the_quorum_on() {
        let c = committee(7, |_| true);
        let domain = domain(31337, address!("00000000000000000000000000000000000000bb"));
        let a = Attestation {
            batchNumber: 3,
            slot: 9,
            parentHash: B256::repeat_byte(1),
            headerHash: B256::repeat_byte(2),
        };
        let sign = |ids: &[u8]| -> BTreeMap<u8, Signature> {
            ids.iter().map(|id| (*id, key((*id).into()).attest(a.digest(&domain)))).collect()
        };
        let five = c.certify(&sign(&[0, 1, 3, 4, 6])).expect("aggregates");
        assert_eq!(c.verify(&domain, &a, &five), Ok(()));
        let four = c.certify(&sign(&[0, 1, 3, 4])).expect("aggregates");
        assert_eq!(
            c.verify(&domain, &a, &four),
            Err(CertificateError::QuorumNotReached { signers: 4, quorum: 5 })
        );
        let mut claimed = five;
        claimed.signers |= 1 << 2;
        assert_eq!(c.verify(&domain, &a, &claimed), Err(CertificateError::InvalidSignature));
        let mut stranger = five;
        stranger.signers |= 1 << 9;
        assert_eq!(c.verify(&domain, &a, &stranger), Err(CertificateError::NotKeyedMember(stranger.signers)));
        let other = Attestation { headerHash: B256::repeat_byte(3), ..a.clone() };
        assert!(a.conflicts_with(&other) && !a.conflicts_with(&a));
        assert_eq!(c.verify(&domain, &other, &five), Err(CertificateError::InvalidSignature));
    }

    #[test]
    fn members_without_keys_count_against_the_quorum() {
        let c = committee(7, |id| id != 2 && id != 5);
        assert_eq!(c.quorum(), 5);
        assert_eq!(c.keyed().count_ones(), 5);
        assert_eq!(c.key_hashes()[2], B256::ZERO);
        assert!(c.sealing_keys()[5].is_empty());
        assert_eq!(c.absent_keys(0b101_1011).len(), 0);
        assert_eq!(c.key_hashes_for(0b101_1011), Vec::<B256>::new());
        assert_eq!(c.key_hashes_for(0b001_1011).len(), 7);
    }
}
