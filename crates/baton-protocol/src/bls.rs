//! BLS12-381 for committee certificates (docs/PROTOCOL.md §Committee certificates), with `blst`.
//!
//! Public keys live in G2 and signatures in G1 (`blst::min_sig`); on the wire every point uses EIP-2537's
//! encoding, the one the contracts take: 64 bytes per base-field element (16 zero bytes, then the 48-byte
//! big-endian value), G1 as `x ‖ y` (128 bytes), G2 as `x.c0 ‖ x.c1 ‖ y.c0 ‖ y.c1` (256 bytes). `blst`'s own
//! serialization is ZCash's (48-byte elements, `c1` before `c0`); the conversions here are the only place that
//! difference lives. `contracts/test/BlsLib.t.sol` and the tests below pin the same bytes on both sides.

use alloy::{
    primitives::{keccak256, Address, FixedBytes, B256, U256},
    sol_types::SolValue,
};
use blst::{min_sig as bls, BLST_ERROR};

/// Domain separation tag of attestations (RFC 9380 suite `BLS12381G1_XMD:SHA-256_SSWU_RO_`).
pub const ATTESTATION_DST: &[u8] = b"BATON-V1-ATTESTATION-BLS12381G1_XMD:SHA-256_SSWU_RO_";
/// Domain separation tag of proofs of possession: a proof can never pass for an attestation or the reverse.
pub const POP_DST: &[u8] = b"BATON-V1-POP-BLS12381G1_XMD:SHA-256_SSWU_RO_";

/// A G1 point (a signature) in EIP-2537 encoding.
pub type G1Bytes = FixedBytes<128>;
/// A G2 point (a public key) in EIP-2537 encoding.
pub type G2Bytes = FixedBytes<256>;

/// Why bytes are not a usable key, signature or secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BlsError {
    /// Not a canonical EIP-2537 encoding of a point on the curve (padding, field element `>= p`, off the curve).
    #[error("not a valid point encoding ({0:?})")]
    Encoding(BLST_ERROR),
    /// The point is not in the prime-order subgroup.
    #[error("point outside the prime-order subgroup")]
    NotInSubgroup,
    /// The point at infinity, which no key or signature may be.
    #[error("point at infinity")]
    Infinity,
    /// A secret key must be a non-zero scalar below the group order.
    #[error("secret key out of range")]
    SecretKey,
    /// Nothing to aggregate.
    #[error("nothing to aggregate")]
    Empty,
}

const FP: usize = 48;
const PADDING: usize = 16;

/// Converts ZCash-ordered 48-byte field elements into EIP-2537 64-byte ones, `order` giving for each output
/// element the index of the input element.
fn to_eip2537<const N: usize>(zcash: &[u8], order: &[usize]) -> FixedBytes<N> {
    let mut out = [0u8; N];
    for (position, &element) in order.iter().enumerate() {
        let at = position * 64 + PADDING;
        out[at..at + FP].copy_from_slice(&zcash[element * FP..(element + 1) * FP]);
    }
    FixedBytes(out)
}

/// The inverse of [`to_eip2537`]; rejects non-zero padding.
fn from_eip2537(bytes: &[u8], order: &[usize]) -> Result<Vec<u8>, BlsError> {
    let mut zcash = vec![0u8; order.len() * FP];
    for (position, &element) in order.iter().enumerate() {
        let at = position * 64;
        if bytes[at..at + PADDING].iter().any(|b| *b != 0) {
            return Err(BlsError::Encoding(BLST_ERROR::BLST_BAD_ENCODING));
        }
        zcash[element * FP..(element + 1) * FP].copy_from_slice(&bytes[at + PADDING..at + 64]);
    }
    if zcash.iter().all(|b| *b == 0) {
        return Err(BlsError::Infinity);
    }
    Ok(zcash)
}

/// G1: `x ‖ y` in both encodings.
const G1_ORDER: [usize; 2] = [0, 1];
/// G2: EIP-2537 `x.c0, x.c1, y.c0, y.c1` are ZCash elements 1, 0, 3, 2.
const G2_ORDER: [usize; 4] = [1, 0, 3, 2];

/// A BLS secret key. Its `Debug` output never shows the scalar.
#[derive(Clone)]
pub struct SecretKey(bls::SecretKey);

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("SecretKey").field(&self.public_key().to_bytes()).finish()
    }
}

impl SecretKey {
    /// The key of a 32-byte big-endian scalar in `[1, r)`.
    pub fn from_bytes(scalar: &B256) -> Result<Self, BlsError> {
        bls::SecretKey::from_bytes(scalar.as_slice()).map(Self).map_err(|_| BlsError::SecretKey)
    }

    /// EIP-2333's `KeyGen` from at least 32 bytes of keying material.
    pub fn from_seed(seed: &[u8]) -> Result<Self, BlsError> {
        bls::SecretKey::key_gen(seed, &[]).map(Self).map_err(|_| BlsError::SecretKey)
    }

    /// The 32-byte big-endian scalar.
    pub fn to_bytes(&self) -> B256 {
        B256::from(self.0.to_bytes())
    }

    /// `sk · g2`.
    pub fn public_key(&self) -> PublicKey {
        PublicKey(self.0.sk_to_pk())
    }

    /// `sk · H(message)` with `H` the hash to G1 under `dst`.
    pub fn sign(&self, message: &[u8], dst: &[u8]) -> Signature {
        Signature(self.0.sign(message, dst, &[]))
    }

    /// The proof of possession of this key for `signer` (docs/PROTOCOL.md §Committee certificates, Keys).
    pub fn proof_of_possession(&self, chain_id: u64, committee: Address, signer: Address) -> Signature {
        let message = pop_message(chain_id, committee, signer, &self.public_key().to_bytes());
        self.sign(message.as_slice(), POP_DST)
    }

    /// This key's signature on an attestation digest.
    pub fn attest(&self, digest: B256) -> Signature {
        self.sign(digest.as_slice(), ATTESTATION_DST)
    }
}

/// A public key: a G2 point checked to be in the subgroup and not infinity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PublicKey(bls::PublicKey);

impl PublicKey {
    /// Parses and validates (subgroup, not infinity) an EIP-2537 G2 encoding.
    pub fn from_bytes(bytes: &G2Bytes) -> Result<Self, BlsError> {
        let zcash = from_eip2537(bytes.as_slice(), &G2_ORDER)?;
        let key = bls::PublicKey::deserialize(&zcash).map_err(BlsError::Encoding)?;
        key.validate().map_err(|e| match e {
            BLST_ERROR::BLST_PK_IS_INFINITY => BlsError::Infinity,
            BLST_ERROR::BLST_POINT_NOT_IN_GROUP => BlsError::NotInSubgroup,
            other => BlsError::Encoding(other),
        })?;
        Ok(Self(key))
    }

    /// The EIP-2537 encoding.
    pub fn to_bytes(&self) -> G2Bytes {
        to_eip2537(&self.0.serialize(), &G2_ORDER)
    }

    /// `keccak256` of the encoding: what the contract stores and a sealed committee lists.
    pub fn key_hash(&self) -> B256 {
        keccak256(self.to_bytes())
    }

    /// The sum of `keys` (each already validated).
    pub fn aggregate(keys: &[Self]) -> Result<Self, BlsError> {
        if keys.is_empty() {
            return Err(BlsError::Empty);
        }
        let refs: Vec<&bls::PublicKey> = keys.iter().map(|k| &k.0).collect();
        bls::AggregatePublicKey::aggregate(&refs, false)
            .map(|sum| Self(sum.to_public_key()))
            .map_err(BlsError::Encoding)
    }
}

/// A signature: a G1 point checked to be in the subgroup and not infinity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Signature(bls::Signature);

impl Signature {
    /// Parses and validates (subgroup, not infinity) an EIP-2537 G1 encoding.
    pub fn from_bytes(bytes: &G1Bytes) -> Result<Self, BlsError> {
        let zcash = from_eip2537(bytes.as_slice(), &G1_ORDER)?;
        let signature = bls::Signature::deserialize(&zcash).map_err(BlsError::Encoding)?;
        signature.validate(true).map_err(|e| match e {
            BLST_ERROR::BLST_PK_IS_INFINITY => BlsError::Infinity,
            BLST_ERROR::BLST_POINT_NOT_IN_GROUP => BlsError::NotInSubgroup,
            other => BlsError::Encoding(other),
        })?;
        Ok(Self(signature))
    }

    /// The EIP-2537 encoding.
    pub fn to_bytes(&self) -> G1Bytes {
        to_eip2537(&self.0.serialize(), &G1_ORDER)
    }

    /// The sum of `signatures` (each already validated).
    pub fn aggregate(signatures: &[Self]) -> Result<Self, BlsError> {
        if signatures.is_empty() {
            return Err(BlsError::Empty);
        }
        let refs: Vec<&bls::Signature> = signatures.iter().map(|s| &s.0).collect();
        bls::AggregateSignature::aggregate(&refs, false)
            .map(|sum| Self(sum.to_signature()))
            .map_err(BlsError::Encoding)
    }

    /// Whether this is a signature of `message` under `dst` for `key` (`e(sig, g2) = e(H(m), pk)`).
    pub fn verify(&self, message: &[u8], dst: &[u8], key: &PublicKey) -> bool {
        self.0.verify(false, message, dst, &[], &key.0, false) == BLST_ERROR::BLST_SUCCESS
    }
}

/// RFC 9380 `hash_to_curve` to G1 (suite `BLS12381G1_XMD:SHA-256_SSWU_RO_`) of `message` under `dst`, in
/// EIP-2537 encoding: what `BlsLib.hashToG1` computes with the precompiles.
pub fn hash_to_g1(message: &[u8], dst: &[u8]) -> G1Bytes {
    // The signature of the scalar 1 is the hash itself (`1 · H(m)`), which keeps this inside blst's safe API.
    let one = bls::SecretKey::from_bytes(U256::from(1).to_be_bytes::<32>().as_slice())
        .expect("1 is a valid scalar");
    to_eip2537(&one.sign(message, dst, &[]).serialize(), &G1_ORDER)
}

/// The message a proof of possession signs: `keccak256(abi.encode(keccak256("baton.bls.pop"), chainId,
/// committeeCertificates, signer, keccak256(publicKey)))`.
pub fn pop_message(chain_id: u64, committee: Address, signer: Address, public_key: &G2Bytes) -> B256 {
    keccak256(
        (keccak256("baton.bls.pop"), U256::from(chain_id), committee, signer, keccak256(public_key))
            .abi_encode(),
    )
}

/// `ceil(2n / 3)`: the signers a certificate of a committee of `members` needs (by count).
pub const fn quorum(members: usize) -> usize {
    (2 * members).div_ceil(3)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::{address, hex};

    fn key(scalar: u64) -> SecretKey {
        SecretKey::from_bytes(&B256::from(U256::from(scalar))).expect("valid scalar")
    }

    /// RFC 9380 Appendix J.9.1 (BLS12381G1_XMD:SHA-256_SSWU_RO_), as `BlsLib.t.sol` checks them on the precompiles.
    #[test]
    fn hash_to_g1_matches_the_rfc_vectors() {
        let dst = b"QUUX-V01-CS02-with-BLS12381G1_XMD:SHA-256_SSWU_RO_";
        let point = hash_to_g1(b"abc", dst);
        assert_eq!(
            point[16..64],
            hex!("03567bc5ef9c690c2ab2ecdf6a96ef1c139cc0b2f284dca0a9a7943388a49a3aee664ba5379a7655d3c68900be2f6903")
        );
        assert_eq!(
            point[80..128],
            hex!("0b9c15f3fe6e5cf4211f346271d7b01c8f3b28be689c8429c85b67af215533311f0b8dfaaa154fa6b88176c229f2885d")
        );
    }

    #[test]
    fn encodings_round_trip_and_reject_bad_bytes() {
        let sk = key(7);
        let pk = sk.public_key();
        assert_eq!(PublicKey::from_bytes(&pk.to_bytes()), Ok(pk));
        let sig = sk.attest(B256::repeat_byte(1));
        assert_eq!(Signature::from_bytes(&sig.to_bytes()), Ok(sig));
        assert_eq!(PublicKey::from_bytes(&G2Bytes::ZERO), Err(BlsError::Infinity));
        assert_eq!(Signature::from_bytes(&G1Bytes::ZERO), Err(BlsError::Infinity));
        let mut padded = pk.to_bytes();
        padded[0] = 1;
        assert!(PublicKey::from_bytes(&padded).is_err());
        let mut off_curve = sig.to_bytes();
        off_curve[127] ^= 1;
        assert!(Signature::from_bytes(&off_curve).is_err());
        assert_eq!(SecretKey::from_bytes(&B256::ZERO).err(), Some(BlsError::SecretKey));
    }

    #[test]
    fn aggregates_verify_against_the_sum_of_keys() {
        let keys: Vec<SecretKey> = (1..=5).map(key).collect();
        let digest = B256::repeat_byte(9);
        let signatures: Vec<Signature> = keys.iter().map(|k| k.attest(digest)).collect();
        let aggregate = Signature::aggregate(&signatures).expect("aggregates");
        let public: Vec<PublicKey> = keys.iter().map(SecretKey::public_key).collect();
        let sum = PublicKey::aggregate(&public).expect("aggregates");
        assert!(aggregate.verify(digest.as_slice(), ATTESTATION_DST, &sum));
        assert!(!aggregate.verify(digest.as_slice(), POP_DST, &sum));
        let fewer = PublicKey::aggregate(&public[..4]).expect("aggregates");
        assert!(!aggregate.verify(digest.as_slice(), ATTESTATION_DST, &fewer));
        assert_eq!(quorum(31), 21);
        assert_eq!(quorum(3), 2);
        assert_eq!(quorum(1), 1);
    }

    /// The vector `contracts/test/BlsLib.t.sol` checks on the precompiles (`test_sharedVectorMatchesBlst`).
    #[test]
    fn shared_vector() {
        let sk = key(7);
        let message = keccak256("baton bls vector");
        let pk = sk.public_key().to_bytes();
        let sig = sk.attest(message).to_bytes();
        let other = key(11).attest(message).to_bytes();
        let both = Signature::aggregate(&[
            Signature::from_bytes(&sig).expect("valid"),
            Signature::from_bytes(&other).expect("valid"),
        ])
        .expect("aggregates")
        .to_bytes();
        assert_eq!(pk, FixedBytes(hex!("00000000000000000000000000000000049cd1dbb2d2c3581e54c088135fef36505a6823d61b859437bfc79b617030dc8b40e32bad1fa85b9c0f368af6d38d3c000000000000000000000000000000000d0273f6bf31ed37c3b8d68083ec3d8e20b5f2cc170fa24b9b5be35b34ed013f9a921f1cad1644d4bdb14674247234c80000000000000000000000000000000008b7ae4dbf802c17a6648842922c9467e460a71c88d393ee7af356da123a2f3619e80c3bdcc8e2b1da52f8cd9913ccdd0000000000000000000000000000000005ecf93654b7a1885695aaeeb7caf41b0239dc45e1022be55d37111af2aecef87799638bec572de86a7437898efa7020")));
        assert_eq!(sig, FixedBytes(hex!("000000000000000000000000000000000db644dcf6c81014412edb7e2578d8893671a298f2920ef3647b175a35d759f1718b0184c519dbc3beb040ede7866b5800000000000000000000000000000000179dba2e25459818e2861b90e689f904ca8df1569c5233fdfbdad0b6c0245ff66ceeb1d1eaed31cc7390cbaa92085c9d")));
        assert_eq!(both, FixedBytes(hex!("000000000000000000000000000000000f33449d0fc7ef890884ebababda493c33d9633337a13c3324334f2f730dfb2dc52ede36b7345c8ebc28a0b9686431c8000000000000000000000000000000000bffd14b69148381f192a1accd2befbe28fff48a918e96df153239071088256378f9edb968c0642af8775d50cbb0dcde")));
        let pop = sk.proof_of_possession(
            31337,
            address!("00000000000000000000000000000000000000cc"),
            address!("00000000000000000000000000000000000000dd"),
        );
        assert_eq!(pop.to_bytes(), FixedBytes(hex!("0000000000000000000000000000000018e891aa74e138c1fb5a4b68e63eaa3ec3006d6b41870cde9df126fced1506a54d2cb4258c843d96a0f0aa8129b0c2170000000000000000000000000000000007024cf2b834dd80da4a01f85e0252735c0ceb655a525a235f31addb6a5d520af4b10c0f7460b6c7c7f9ef150df36746")));
    }
}
