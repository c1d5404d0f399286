//! Off-chain evidence: signed batch headers from operators' feeds and from anyone's submissions, checked
//! strictly before the keeper stores them.

use alloy::{primitives::Bytes, sol_types::Eip712Domain};
use baton_protocol::{header::HeaderError, BatchHeader};
use serde::Deserialize;

/// Most signed headers one submission may carry.
pub const MAX_PER_SUBMISSION: usize = 64;

/// Largest submission body, in bytes (a signed header is about 700 bytes of JSON).
pub const MAX_SUBMISSION_BYTES: usize = 64 * 1024;

/// Most stored headers per signer (pruned as their fault window closes).
pub const MAX_PER_SIGNER: usize = 256;

/// Most held receipts per signer (a leader promises at most a few hundred per slot; the keeper holds them while
/// their slot's fault window is open and the holder can always prove a broken one itself).
pub const MAX_RECEIPTS_PER_SIGNER: usize = 100_000;

/// How far past the recorded batches a header's number may be: further than anything a node signs ahead.
pub const MAX_AHEAD_BATCHES: u64 = 256;

/// A signed header as feeds serve it and submissions carry it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct SignedHeader {
    /// The header.
    pub header: BatchHeader,
    /// 65-byte `r ‖ s ‖ v` signature over its EIP-712 digest.
    pub signature: Bytes,
}

/// Why a signed header is refused.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum EvidenceError {
    /// The header is for another rollup.
    #[error("header is for L2 chain {actual}, this deployment is {expected}")]
    WrongL2Chain {
        /// This deployment's.
        expected: u64,
        /// The header's.
        actual: u64,
    },
    /// A permissionless header (sequencer zero) is signed by nobody.
    #[error("header names no sequencer: permissionless batches carry no signature to prove anything with")]
    NoSequencer,
    /// The signature is malformed or not the named sequencer's.
    #[error("signature: {0}")]
    Signature(#[from] HeaderError),
}

/// Checks that `signed` is a header of this deployment validly signed by the sequencer it names.
pub fn validate(domain: &Eip712Domain, l2_chain_id: u64, signed: &SignedHeader) -> Result<(), EvidenceError> {
    if signed.header.l2ChainId != l2_chain_id {
        return Err(EvidenceError::WrongL2Chain { expected: l2_chain_id, actual: signed.header.l2ChainId });
    }
    if signed.header.sequencer.is_zero() {
        return Err(EvidenceError::NoSequencer);
    }
    signed.header.verify(domain, &signed.signature)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::{
        primitives::{address, B256},
        signers::local::PrivateKeySigner,
    };

    fn signed(key: &PrivateKeySigner, domain: &Eip712Domain) -> SignedHeader {
        let header = BatchHeader {
            l2ChainId: 901,
            batchNumber: 7,
            slot: 3,
            txRoot: B256::repeat_byte(1),
            sequencer: key.address(),
            ..Default::default()
        };
        let signature = header.sign(domain, key).expect("signs");
        SignedHeader { header, signature }
    }

    #[test]
    fn accepts_a_valid_header_and_refuses_every_tampering() {
        let key = PrivateKeySigner::random();
        let domain =
            baton_protocol::header::domain(31337, address!("0x00000000000000000000000000000000000000aa"));
        let good = signed(&key, &domain);
        assert_eq!(validate(&domain, 901, &good), Ok(()));

        assert!(matches!(validate(&domain, 902, &good), Err(EvidenceError::WrongL2Chain { .. })));

        let mut tampered = good.clone();
        tampered.header.batchNumber = 8;
        assert!(matches!(
            validate(&domain, 901, &tampered),
            Err(EvidenceError::Signature(HeaderError::WrongSigner { .. }))
        ));

        let mut short = good.clone();
        short.signature = Bytes::from(good.signature[..64].to_vec());
        assert_eq!(
            validate(&domain, 901, &short),
            Err(EvidenceError::Signature(HeaderError::SignatureLength(64)))
        );

        let mut anonymous = good.clone();
        anonymous.header.sequencer = alloy::primitives::Address::ZERO;
        assert_eq!(validate(&domain, 901, &anonymous), Err(EvidenceError::NoSequencer));

        let other_inbox =
            baton_protocol::header::domain(31337, address!("0x00000000000000000000000000000000000000bb"));
        assert!(
            validate(&other_inbox, 901, &good).is_err(),
            "a header signed for another inbox proves nothing here"
        );
    }

    #[test]
    fn submissions_with_unknown_fields_do_not_parse() {
        let json = r#"{"header":{"l2ChainId":901,"batchNumber":1,"slot":1,"parentHash":"0x0000000000000000000000000000000000000000000000000000000000000000","dataCommitment":"0x0000000000000000000000000000000000000000000000000000000000000000","txRoot":"0x0000000000000000000000000000000000000000000000000000000000000000","queuePosition":0,"sequencer":"0x0000000000000000000000000000000000000001"},"signature":"0x00","extra":1}"#;
        assert!(serde_json::from_str::<SignedHeader>(json).is_err());
    }
}
