//! The batch header, its EIP-712 domain, hash and signature (docs/PROTOCOL.md §Header).

use alloy::{
    primitives::{b256, Address, Bytes, B256, U256},
    signers::{Signature, SignerSync},
    sol,
    sol_types::{Eip712Domain, SolStruct},
};
use serde_json::json;

sol! {
    /// A batch header as the inbox records it and operators sign it. Field order is the EIP-712 type order.
    #[derive(Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
    struct BatchHeader {
        uint64 l2ChainId;
        uint64 batchNumber;
        uint64 slot;
        bytes32 parentHash;
        bytes32 dataCommitment;
        bytes32 txRoot;
        uint64 queuePosition;
        address sequencer;
    }
}

/// EIP-712 domain name of batch headers.
pub const DOMAIN_NAME: &str = "Baton";
/// EIP-712 domain version of batch headers.
pub const DOMAIN_VERSION: &str = "1";

/// Half the secp256k1 group order: signatures with a larger `s` are malleated and refused on L1.
pub(crate) const SECP256K1_HALF_N: B256 =
    b256!("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0");

/// Errors from checking a signed header.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum HeaderError {
    /// The signature is not 65 bytes `r ‖ s ‖ v`.
    #[error("signature must be 65 bytes (r, s, v), got {0}")]
    SignatureLength(usize),
    /// `v` is not 27 or 28.
    #[error("signature v must be 27 or 28, got {0}")]
    SignatureV(u8),
    /// `s` is in the upper half of the curve order (malleable).
    #[error("signature s is not in the lower half of the curve order")]
    HighS,
    /// No address recovers from the signature.
    #[error("signature does not recover to an address")]
    Unrecoverable,
    /// The signature recovers to someone other than `header.sequencer`.
    #[error("header is signed by {signer}, but names {sequencer} as its sequencer")]
    WrongSigner {
        /// Who signed.
        signer: Address,
        /// Who the header names.
        sequencer: Address,
    },
}

/// The EIP-712 domain of an inbox on an L1 chain.
pub fn domain(l1_chain_id: u64, inbox: Address) -> Eip712Domain {
    Eip712Domain::new(
        Some(DOMAIN_NAME.into()),
        Some(DOMAIN_VERSION.into()),
        Some(U256::from(l1_chain_id)),
        Some(inbox),
        None,
    )
}

impl BatchHeader {
    /// The header hash: EIP-712 `hashStruct`, what `parentHash` chains and the inbox records.
    pub fn hash(&self) -> B256 {
        self.eip712_hash_struct()
    }

    /// The digest the sequencer signs for this header under `domain`.
    pub fn signing_hash(&self, domain: &Eip712Domain) -> B256 {
        self.eip712_signing_hash(domain)
    }

    /// Signs the header, returning the 65-byte `r ‖ s ‖ v` signature the inbox expects (low `s`, `v` 27/28).
    pub fn sign(&self, domain: &Eip712Domain, signer: &impl SignerSync) -> alloy::signers::Result<Bytes> {
        let signature = signer.sign_hash_sync(&self.signing_hash(domain))?;
        Ok(signature_bytes(&signature))
    }

    /// Recovers the signer of `signature` over this header, applying the inbox's rules (length, `v`, low `s`).
    pub fn recover_signer(&self, domain: &Eip712Domain, signature: &[u8]) -> Result<Address, HeaderError> {
        recover_prehash(&self.signing_hash(domain), signature)
    }

    /// Checks that `signature` is a valid inbox signature by `self.sequencer`.
    pub fn verify(&self, domain: &Eip712Domain, signature: &[u8]) -> Result<(), HeaderError> {
        let signer = self.recover_signer(domain, signature)?;
        if signer != self.sequencer {
            return Err(HeaderError::WrongSigner { signer, sequencer: self.sequencer });
        }
        Ok(())
    }

    /// The EIP-712 typed-data JSON of this header (as `cast wallet sign --data` and wallets take it).
    pub fn typed_data_json(&self, domain: &Eip712Domain) -> serde_json::Value {
        typed_data_json(
            "BatchHeader",
            json!([
                {"name": "l2ChainId", "type": "uint64"},
                {"name": "batchNumber", "type": "uint64"},
                {"name": "slot", "type": "uint64"},
                {"name": "parentHash", "type": "bytes32"},
                {"name": "dataCommitment", "type": "bytes32"},
                {"name": "txRoot", "type": "bytes32"},
                {"name": "queuePosition", "type": "uint64"},
                {"name": "sequencer", "type": "address"},
            ]),
            domain,
            json!({
                "l2ChainId": self.l2ChainId,
                "batchNumber": self.batchNumber,
                "slot": self.slot,
                "parentHash": self.parentHash,
                "dataCommitment": self.dataCommitment,
                "txRoot": self.txRoot,
                "queuePosition": self.queuePosition,
                "sequencer": self.sequencer,
            }),
        )
    }
}

/// EIP-712 typed-data JSON of one `primary` struct with `fields` and `message`, in the Baton `domain`.
pub(crate) fn typed_data_json(
    primary: &str,
    fields: serde_json::Value,
    domain: &Eip712Domain,
    message: serde_json::Value,
) -> serde_json::Value {
    json!({
        "types": {
            "EIP712Domain": [
                {"name": "name", "type": "string"},
                {"name": "version", "type": "string"},
                {"name": "chainId", "type": "uint256"},
                {"name": "verifyingContract", "type": "address"},
            ],
            primary: fields,
        },
        "primaryType": primary,
        "domain": {
            "name": domain.name.as_deref(),
            "version": domain.version.as_deref(),
            "chainId": domain.chain_id.map(|id| id.to_string()),
            "verifyingContract": domain.verifying_contract,
        },
        "message": message,
    })
}

/// The signer of `signature` over `digest` under the contracts' rules (OpenZeppelin `ECDSA.tryRecover`): 65 bytes
/// `r ‖ s ‖ v`, `v` 27 or 28, `s` in the lower half of the curve order.
pub fn recover_prehash(digest: &B256, signature: &[u8]) -> Result<Address, HeaderError> {
    let bytes: &[u8; 65] = signature.try_into().map_err(|_| HeaderError::SignatureLength(signature.len()))?;
    let v = bytes[64];
    if v != 27 && v != 28 {
        return Err(HeaderError::SignatureV(v));
    }
    if B256::from_slice(&bytes[32..64]) > SECP256K1_HALF_N {
        return Err(HeaderError::HighS);
    }
    let parsed = Signature::from_raw(bytes).map_err(|_| HeaderError::Unrecoverable)?;
    parsed.recover_address_from_prehash(digest).map_err(|_| HeaderError::Unrecoverable)
}

/// `r ‖ s ‖ v` with `v` in {27, 28}.
pub fn signature_bytes(signature: &Signature) -> Bytes {
    Bytes::copy_from_slice(&signature.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::{
        dyn_abi::TypedData,
        primitives::{address, keccak256, U256},
        signers::local::PrivateKeySigner,
        sol_types::SolValue,
    };

    fn sample() -> BatchHeader {
        BatchHeader {
            l2ChainId: 901,
            batchNumber: 7,
            slot: 42,
            parentHash: keccak256("parent"),
            dataCommitment: keccak256("data"),
            txRoot: keccak256("txs"),
            queuePosition: 3,
            sequencer: address!("00000000000000000000000000000000000000aa"),
        }
    }

    #[test]
    fn type_string_matches_the_contract() {
        assert_eq!(
            BatchHeader::eip712_encode_type(),
            "BatchHeader(uint64 l2ChainId,uint64 batchNumber,uint64 slot,bytes32 parentHash,bytes32 dataCommitment,bytes32 txRoot,uint64 queuePosition,address sequencer)"
        );
    }

    #[test]
    fn hash_is_typehash_then_abi_encoded_fields() {
        let h = sample();
        let typehash = keccak256(BatchHeader::eip712_encode_type().as_bytes());
        let encoded = (
            typehash,
            U256::from(h.l2ChainId),
            U256::from(h.batchNumber),
            U256::from(h.slot),
            h.parentHash,
            h.dataCommitment,
            h.txRoot,
            U256::from(h.queuePosition),
            h.sequencer,
        )
            .abi_encode();
        assert_eq!(h.hash(), keccak256(encoded));
    }

    #[test]
    fn signature_round_trips_and_binds_the_sequencer() {
        let key = PrivateKeySigner::random();
        let d = domain(31337, address!("00000000000000000000000000000000000000bb"));
        let mut h = sample();
        h.sequencer = key.address();
        let sig = h.sign(&d, &key).expect("signs");
        assert_eq!(sig.len(), 65);
        assert!(sig[64] == 27 || sig[64] == 28);
        h.verify(&d, &sig).expect("valid");

        let other_inbox = domain(31337, address!("00000000000000000000000000000000000000cc"));
        assert!(matches!(h.verify(&other_inbox, &sig), Err(HeaderError::WrongSigner { .. })));
        let other_chain = domain(1, address!("00000000000000000000000000000000000000bb"));
        assert!(matches!(h.verify(&other_chain, &sig), Err(HeaderError::WrongSigner { .. })));
    }

    #[test]
    fn malformed_and_malleated_signatures_are_refused() {
        let key = PrivateKeySigner::random();
        let d = domain(31337, Address::ZERO);
        let mut h = sample();
        h.sequencer = key.address();
        let sig = h.sign(&d, &key).expect("signs");
        assert_eq!(h.verify(&d, &sig[..64]), Err(HeaderError::SignatureLength(64)));
        let mut bad_v = sig.to_vec();
        bad_v[64] = 1;
        assert_eq!(h.verify(&d, &bad_v), Err(HeaderError::SignatureV(1)));

        // s' = n - s with the parity flipped recovers the same key but must be refused, as on L1.
        let n =
            U256::from_be_bytes(b256!("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141").0);
        let s = U256::from_be_slice(&sig[32..64]);
        let mut malleated = sig.to_vec();
        malleated[32..64].copy_from_slice(&(n - s).to_be_bytes::<32>());
        malleated[64] = if sig[64] == 27 { 28 } else { 27 };
        assert_eq!(h.verify(&d, &malleated), Err(HeaderError::HighS));
    }

    #[test]
    fn typed_data_json_hashes_like_the_struct() {
        let d = domain(31337, address!("00000000000000000000000000000000000000bb"));
        let h = sample();
        let typed: TypedData = serde_json::from_value(h.typed_data_json(&d)).expect("valid typed data");
        assert_eq!(typed.eip712_signing_hash().expect("hashes"), h.signing_hash(&d));
    }
}
