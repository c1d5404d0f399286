//! The packed calldata of `appendBatch()` and `appendBlobBatch()` (docs/PROTOCOL.md §Batch calldata).
//!
//! A batch sends only what the inbox cannot know; the inbox rebuilds the full EIP-712 header (chain, batch number,
//! slot, parent, data commitment, queue position, the operator's signer) and records its hash:
//!
//! ```text
//! selector (4) ‖ authentication (1) ‖ operatorId (1) ‖ queueAdvance (4, big-endian) ‖ txRoot (32)
//!              ‖ r (32) ‖ yParityAndS (32)     Authentication::Signature (EIP-2098)
//!              | headerHash[0..8]              Authentication::Sender (the header the sender means)
//!              | nothing                       Authentication::Unsequenced
//!              ‖ payload                       appendBatch() only
//! ```
//!
//! `BatchCalldataLib.encode` in Solidity produces the same bytes (shared vectors in the tests of both).

use alloy::primitives::{Bytes, B256};

use crate::{
    header::{HeaderError, SECP256K1_HALF_N},
    BatchHeader,
};

/// Selector of `appendBatch()`.
pub const APPEND_BATCH: [u8; 4] = [0x03, 0xd2, 0x4d, 0x43];
/// Selector of `appendBlobBatch()`.
pub const APPEND_BLOB_BATCH: [u8; 4] = [0x65, 0x51, 0xca, 0x72];
/// Selector of `appendCertifiedBatch()`.
pub const APPEND_CERTIFIED_BATCH: [u8; 4] = [0x64, 0x51, 0x19, 0xb6];
/// Bytes before the signature: selector, authentication, operator id, queue advance, tx root.
pub const FIXED_LEN: usize = 4 + 1 + 1 + 4 + 32;
/// Length of an EIP-2098 compact signature.
pub const COMPACT_SIGNATURE_LEN: usize = 64;
/// Bytes of the header hash a sender-authenticated batch names.
pub const HEADER_PREFIX_LEN: usize = 8;

/// How a posted batch shows who sequenced it (`IBatchInbox.Authentication`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Authentication {
    /// The operator's signer signed the header; the signature travels in calldata (relayers, other posters).
    Signature = 0,
    /// The L1 sender is the operator's signer; its transaction authenticates the header it names by hash prefix.
    Sender = 1,
    /// No operator: an escape-hatch batch.
    Unsequenced = 2,
}

/// Which inbox function a batch calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// `appendBatch()`: the payload follows the fixed fields.
    Calldata,
    /// `appendBlobBatch()`: the data is in the transaction's blobs.
    Blobs,
    /// `appendCertifiedBatch()`: the data stays with the committee; what follows the fixed fields is the data
    /// commitment and the certificate ([`crate::committee::Committee::certificate_arguments`]).
    Committee,
}

/// The fields a batch's calldata carries besides its payload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Posted {
    /// How the header is authenticated.
    pub authentication: Authentication,
    /// The operator whose signer the header names (0 for unsequenced batches).
    pub operator_id: u8,
    /// Forced entries the batch includes: `queuePosition - queueHead` at posting.
    pub queue_advance: u32,
    /// The header's `txRoot`.
    pub tx_root: B256,
    /// How the header is proven to be the operator's: see [`Proof`].
    pub proof: Proof,
}

/// What follows the fixed fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Proof {
    /// EIP-2098 `r ‖ yParityAndS` ([`Authentication::Signature`]).
    Signature([u8; COMPACT_SIGNATURE_LEN]),
    /// The first 8 bytes of the header hash the sender means ([`Authentication::Sender`]).
    HeaderPrefix([u8; HEADER_PREFIX_LEN]),
    /// Nothing ([`Authentication::Unsequenced`]).
    None,
}

/// Why bytes are not batch calldata.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CalldataError {
    /// Shorter than the fixed fields (or than the signature).
    #[error("batch calldata is {0} bytes, shorter than its fixed fields")]
    TooShort(usize),
    /// Neither `appendBatch()` nor `appendBlobBatch()`.
    #[error("not a batch call (selector {0})")]
    Selector(Bytes),
    /// An authentication byte the inbox does not know.
    #[error("unknown authentication {0}")]
    Authentication(u8),
    /// An unsequenced batch names an operator, or a blob batch carries a payload: the inbox refuses both.
    #[error("non-canonical batch calldata: {0}")]
    NonCanonical(&'static str),
    /// The signature does not fit EIP-2098.
    #[error(transparent)]
    Signature(#[from] HeaderError),
    /// The header's queue position is below the queue head: it cannot be posted there.
    #[error("queue position {queue_position} is below the queue head {queue_head}")]
    QueueBehind {
        /// Entries below it are already included.
        queue_head: u64,
        /// What the header says.
        queue_position: u64,
    },
    /// The queue advance does not fit 32 bits.
    #[error("a batch includes at most 2^32 - 1 forced entries, this one {0}")]
    QueueAdvance(u64),
}

impl Posted {
    /// A batch its sequencer's signer sends itself, naming `header` (the node's way: 50 bytes besides the payload).
    pub fn sent_by_signer(
        header: &BatchHeader,
        operator_id: u8,
        queue_head: u64,
    ) -> Result<Self, CalldataError> {
        let mut prefix = [0u8; HEADER_PREFIX_LEN];
        prefix.copy_from_slice(&header.hash()[..HEADER_PREFIX_LEN]);
        Ok(Self {
            authentication: Authentication::Sender,
            operator_id,
            queue_advance: queue_advance(queue_head, header.queuePosition)?,
            tx_root: header.txRoot,
            proof: Proof::HeaderPrefix(prefix),
        })
    }

    /// A batch any account posts with the 65-byte `r ‖ s ‖ v` `signature` of `header` (sent as EIP-2098).
    pub fn signed(
        header: &BatchHeader,
        signature: &[u8],
        operator_id: u8,
        queue_head: u64,
    ) -> Result<Self, CalldataError> {
        Ok(Self {
            authentication: Authentication::Signature,
            operator_id,
            queue_advance: queue_advance(queue_head, header.queuePosition)?,
            tx_root: header.txRoot,
            proof: Proof::Signature(compact_signature(signature)?),
        })
    }

    /// An escape-hatch batch of `header` (its sequencer is zero).
    pub fn unsequenced(header: &BatchHeader, queue_head: u64) -> Result<Self, CalldataError> {
        Ok(Self {
            authentication: Authentication::Unsequenced,
            operator_id: 0,
            queue_advance: queue_advance(queue_head, header.queuePosition)?,
            tx_root: header.txRoot,
            proof: Proof::None,
        })
    }

    /// The full calldata of `entry` with `payload` (empty for blobs).
    pub fn encode(&self, entry: Entry, payload: &[u8]) -> Bytes {
        let selector = match entry {
            Entry::Calldata => APPEND_BATCH,
            Entry::Blobs => APPEND_BLOB_BATCH,
            Entry::Committee => APPEND_CERTIFIED_BATCH,
        };
        let mut out = Vec::with_capacity(FIXED_LEN + COMPACT_SIGNATURE_LEN + payload.len());
        out.extend_from_slice(&selector);
        out.push(self.authentication as u8);
        out.push(self.operator_id);
        out.extend_from_slice(&self.queue_advance.to_be_bytes());
        out.extend_from_slice(self.tx_root.as_slice());
        match &self.proof {
            Proof::Signature(signature) => out.extend_from_slice(signature),
            Proof::HeaderPrefix(prefix) => out.extend_from_slice(prefix),
            Proof::None => {}
        }
        out.extend_from_slice(payload);
        out.into()
    }
}

fn queue_advance(queue_head: u64, queue_position: u64) -> Result<u32, CalldataError> {
    let advance = queue_position
        .checked_sub(queue_head)
        .ok_or(CalldataError::QueueBehind { queue_head, queue_position })?;
    u32::try_from(advance).map_err(|_| CalldataError::QueueAdvance(advance))
}

/// Splits batch calldata into its entry, fields and payload, applying the inbox's rules.
pub fn decode(input: &[u8]) -> Result<(Entry, Posted, Bytes), CalldataError> {
    if input.len() < FIXED_LEN {
        return Err(CalldataError::TooShort(input.len()));
    }
    let entry = match [input[0], input[1], input[2], input[3]] {
        APPEND_BATCH => Entry::Calldata,
        APPEND_BLOB_BATCH => Entry::Blobs,
        APPEND_CERTIFIED_BATCH => Entry::Committee,
        _ => return Err(CalldataError::Selector(Bytes::copy_from_slice(&input[..4]))),
    };
    let authentication = match input[4] {
        0 => Authentication::Signature,
        1 => Authentication::Sender,
        2 => Authentication::Unsequenced,
        other => return Err(CalldataError::Authentication(other)),
    };
    let operator_id = input[5];
    if authentication == Authentication::Unsequenced && operator_id != 0 {
        return Err(CalldataError::NonCanonical("an unsequenced batch names operator 0"));
    }
    let queue_advance = u32::from_be_bytes([input[6], input[7], input[8], input[9]]);
    let tx_root = B256::from_slice(&input[10..FIXED_LEN]);
    let proof_len = match authentication {
        Authentication::Signature => COMPACT_SIGNATURE_LEN,
        Authentication::Sender => HEADER_PREFIX_LEN,
        Authentication::Unsequenced => 0,
    };
    let data_start = FIXED_LEN + proof_len;
    let bytes = input.get(FIXED_LEN..data_start).ok_or(CalldataError::TooShort(input.len()))?;
    let proof = match authentication {
        Authentication::Signature => Proof::Signature(bytes.try_into().unwrap_or([0; COMPACT_SIGNATURE_LEN])),
        Authentication::Sender => Proof::HeaderPrefix(bytes.try_into().unwrap_or([0; HEADER_PREFIX_LEN])),
        Authentication::Unsequenced => Proof::None,
    };
    let payload = Bytes::copy_from_slice(&input[data_start..]);
    if entry == Entry::Blobs && !payload.is_empty() {
        return Err(CalldataError::NonCanonical("a blob batch carries no payload"));
    }
    Ok((entry, Posted { authentication, operator_id, queue_advance, tx_root, proof }, payload))
}

/// EIP-2098 `r ‖ (yParity << 255 | s)` from a 65-byte `r ‖ s ‖ v` (low `s`, `v` 27 or 28).
pub fn compact_signature(signature: &[u8]) -> Result<[u8; COMPACT_SIGNATURE_LEN], HeaderError> {
    let bytes: &[u8; 65] = signature.try_into().map_err(|_| HeaderError::SignatureLength(signature.len()))?;
    let v = bytes[64];
    if v != 27 && v != 28 {
        return Err(HeaderError::SignatureV(v));
    }
    if B256::from_slice(&bytes[32..64]) > SECP256K1_HALF_N {
        return Err(HeaderError::HighS);
    }
    let mut out = [0u8; COMPACT_SIGNATURE_LEN];
    out.copy_from_slice(&bytes[..64]);
    out[32] |= (v - 27) << 7;
    Ok(out)
}

/// The 65-byte `r ‖ s ‖ v` form of an EIP-2098 signature.
pub fn expand_signature(compact: &[u8; COMPACT_SIGNATURE_LEN]) -> Bytes {
    let mut out = [0u8; 65];
    out[..64].copy_from_slice(compact);
    out[32] &= 0x7f;
    out[64] = 27 + (compact[32] >> 7);
    Bytes::copy_from_slice(&out)
}

#[cfg(test)]
mod tests {
    use alloy::{
        primitives::{b256, keccak256},
        signers::{local::PrivateKeySigner, SignerSync},
    };

    use super::*;
    use crate::header::{domain, signature_bytes};

    #[test]
    fn selectors_are_the_inbox_functions() {
        assert_eq!(keccak256("appendBatch()")[..4], APPEND_BATCH);
        assert_eq!(keccak256("appendBlobBatch()")[..4], APPEND_BLOB_BATCH);
        assert_eq!(keccak256("appendCertifiedBatch()")[..4], APPEND_CERTIFIED_BATCH);
    }

    #[test]
    fn round_trips_every_authentication() {
        let signer = PrivateKeySigner::random();
        let header = BatchHeader { txRoot: B256::repeat_byte(7), queuePosition: 12, ..Default::default() };
        let signature = header.sign(&domain(1, Default::default()), &signer).expect("test value");
        let hatch = BatchHeader { queuePosition: 10, ..Default::default() };
        for (posted, entry, payload, overhead) in [
            (
                Posted::sent_by_signer(&header, 3, 10).expect("test value"),
                Entry::Calldata,
                &b"payload"[..],
                50,
            ),
            (Posted::sent_by_signer(&header, 3, 10).expect("test value"), Entry::Blobs, &b""[..], 50),
            (Posted::signed(&header, &signature, 3, 10).expect("test value"), Entry::Calldata, &b""[..], 106),
            (Posted::signed(&header, &signature, 3, 10).expect("test value"), Entry::Blobs, &b""[..], 106),
            (Posted::unsequenced(&hatch, 10).expect("test value"), Entry::Calldata, &b"x"[..], 42),
        ] {
            let bytes = posted.encode(entry, payload);
            assert_eq!(bytes.len(), overhead + payload.len());
            assert_eq!(decode(&bytes).expect("test value"), (entry, posted, Bytes::copy_from_slice(payload)));
        }
        let sent = Posted::sent_by_signer(&header, 3, 10).expect("test value");
        assert_eq!(sent.queue_advance, 2);
        assert_eq!(sent.proof, Proof::HeaderPrefix(header.hash()[..8].try_into().expect("test value")));
    }

    #[test]
    fn compact_signature_round_trips_both_parities() {
        let signer = PrivateKeySigner::random();
        let mut parities = [false; 2];
        for i in 0u8..64 {
            let signature = signer.sign_hash_sync(&keccak256([i])).expect("test value");
            let full = signature_bytes(&signature);
            let compact = compact_signature(&full).expect("test value");
            assert_eq!(compact.as_slice(), signature.as_erc2098().as_slice(), "alloy's EIP-2098 agrees");
            assert_eq!(expand_signature(&compact), full);
            parities[usize::from(full[64] - 27)] = true;
        }
        assert_eq!(parities, [true, true]);
    }

    #[test]
    fn refuses_what_the_inbox_refuses() {
        let header = BatchHeader::default();
        let posted = Posted::sent_by_signer(&header, 1, 0).expect("test value");
        let bytes = posted.encode(Entry::Calldata, b"");
        assert_eq!(decode(&bytes[..49]), Err(CalldataError::TooShort(49)));
        let mut unknown = bytes.to_vec();
        unknown[4] = 3;
        assert_eq!(decode(&unknown), Err(CalldataError::Authentication(3)));
        let mut named = bytes.to_vec();
        named[4] = 2;
        assert!(matches!(decode(&named), Err(CalldataError::NonCanonical(_))));
        let blob = posted.encode(Entry::Blobs, b"data");
        assert!(matches!(decode(&blob), Err(CalldataError::NonCanonical(_))));
        let mut signed = bytes.to_vec();
        signed[4] = 0;
        assert_eq!(decode(&signed), Err(CalldataError::TooShort(50)));
        assert!(matches!(decode(&[0u8; 50]), Err(CalldataError::Selector(_))));
        let far = BatchHeader { queuePosition: 1 << 32, ..Default::default() };
        assert_eq!(Posted::sent_by_signer(&far, 0, 0), Err(CalldataError::QueueAdvance(1 << 32)));
        assert_eq!(
            Posted::sent_by_signer(&header, 0, 3),
            Err(CalldataError::QueueBehind { queue_head: 3, queue_position: 0 })
        );
        let mut high_s = [&[1u8; 32][..], SECP256K1_HALF_N.as_slice(), &[27]].concat();
        high_s[63] += 1;
        assert_eq!(compact_signature(&high_s), Err(HeaderError::HighS));
    }

    /// The vector `BatchCalldataLib.t.sol` checks on the Solidity side.
    #[test]
    fn shared_vector() {
        let signature = [
            &b256!("1111111111111111111111111111111111111111111111111111111111111111")[..],
            &b256!("2222222222222222222222222222222222222222222222222222222222222222")[..],
            &[28u8],
        ]
        .concat();
        let header = BatchHeader { txRoot: B256::repeat_byte(0xab), queuePosition: 9, ..Default::default() };
        let posted = Posted::signed(&header, &signature, 5, 7).expect("test value");
        let bytes = posted.encode(Entry::Calldata, b"\x01\x02");
        assert_eq!(keccak256(&bytes), SHARED_VECTOR_HASH, "{bytes}");
    }

    /// keccak256 of the shared vector's calldata (also asserted in contracts/test/libraries/BatchCalldataLib.t.sol).
    const SHARED_VECTOR_HASH: B256 =
        b256!("5a575302858869b521e1745e3dcbad22298b9ca8d8b7b00a556c4ccd78b9cf98");
}
