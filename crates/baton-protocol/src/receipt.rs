//! Inclusion receipts (docs/PROTOCOL.md §Inclusion receipts): a slot leader's signed promise that its first batch
//! in a slot carries a transaction at a given leaf of its `txRoot`, identical to `InclusionReceiptLib.sol`; and
//! the check a holder (or a keeper) runs against the batch that landed.

use alloy::{
    primitives::{keccak256, Address, Bytes, B256},
    signers::SignerSync,
    sol,
    sol_types::{Eip712Domain, SolStruct, SolValue},
};
use serde_json::json;

use crate::{
    header::{recover_prehash, signature_bytes, typed_data_json, HeaderError},
    tx_root::{tree_root, tx_proof},
};

sol! {
    /// A slot leader's promise: its first batch in `slot` carries `txHash` as leaf `index` of its txRoot, and a
    /// broken promise pays `beneficiary`. Field order is the EIP-712 type order.
    #[derive(Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct InclusionReceipt {
        uint64 l2ChainId;
        bytes32 txHash;
        uint64 slot;
        uint32 index;
        address beneficiary;
    }
}

/// The tag of a receipt fault's evidence digest.
pub const FAULT_TAG: &str = "baton.fault.receipt";

impl InclusionReceipt {
    /// The receipt hash: EIP-712 `hashStruct`.
    pub fn hash(&self) -> B256 {
        self.eip712_hash_struct()
    }

    /// The digest the signer signs under `domain` (the Baton domain of the deployment's inbox).
    pub fn signing_hash(&self, domain: &Eip712Domain) -> B256 {
        self.eip712_signing_hash(domain)
    }

    /// The same digest from the domain's separator (`domain.separator()`, computed once by a caller that signs many
    /// receipts): `keccak256(0x1901 ‖ separator ‖ hashStruct)` with the type hash computed once per process, two
    /// hashes instead of seven (the node signs one receipt per request).
    pub fn signing_hash_under(&self, separator: &B256) -> B256 {
        static TYPE_HASH: std::sync::LazyLock<B256> =
            std::sync::LazyLock::new(|| keccak256(InclusionReceipt::eip712_encode_type().as_bytes()));
        let mut hash_struct = alloy::primitives::Keccak256::new();
        hash_struct.update(*TYPE_HASH);
        hash_struct.update(self.eip712_encode_data());
        let mut digest = alloy::primitives::Keccak256::new();
        digest.update([0x19, 0x01]);
        digest.update(separator);
        digest.update(hash_struct.finalize());
        digest.finalize()
    }

    /// Signs the receipt: the 65-byte `r ‖ s ‖ v` signature the contracts take.
    pub fn sign(&self, domain: &Eip712Domain, signer: &impl SignerSync) -> alloy::signers::Result<Bytes> {
        self.sign_under(&domain.separator(), signer)
    }

    /// [`Self::sign`] from the domain's separator (see [`Self::signing_hash_under`]).
    pub fn sign_under(&self, separator: &B256, signer: &impl SignerSync) -> alloy::signers::Result<Bytes> {
        Ok(signature_bytes(&signer.sign_hash_sync(&self.signing_hash_under(separator))?))
    }

    /// Recovers the signer under the contracts' rules (length, `v`, low `s`).
    pub fn recover_signer(&self, domain: &Eip712Domain, signature: &[u8]) -> Result<Address, HeaderError> {
        recover_prehash(&self.signing_hash(domain), signature)
    }

    /// The evidence digest of this receipt signed by `signer`, as the registry names its slash:
    /// `keccak256(abi.encode(keccak256("baton.fault.receipt"), signer, receiptHash))`.
    pub fn evidence(&self, signer: Address) -> B256 {
        keccak256((keccak256(FAULT_TAG), signer, self.hash()).abi_encode())
    }

    /// Whether the batch whose transaction hashes are `batch_txs` (the signer's first batch in the slot) keeps
    /// the promise.
    pub fn kept_by(&self, batch_txs: &[B256]) -> bool {
        batch_txs.get(self.index as usize) == Some(&self.txHash)
    }

    /// The txRoot opening that proves the batch of `batch_txs` breaks this receipt (`slashContradictedReceipt`'s
    /// `count`, `leaf` and `proof`), or `None` when the batch keeps it.
    pub fn contradiction(&self, batch_txs: &[B256]) -> Option<Opening> {
        if self.kept_by(batch_txs) {
            return None;
        }
        let index = self.index as usize;
        let count = batch_txs.len();
        Some(match batch_txs.get(index) {
            Some(leaf) => Opening { count, leaf: *leaf, proof: tx_proof(batch_txs, index)? },
            // Too short: open the count with the tree root (nothing for an empty batch, whose txRoot is zero).
            None => Opening { count, leaf: B256::ZERO, proof: tree_root(batch_txs).into_iter().collect() },
        })
    }

    /// The EIP-712 typed-data JSON (as `cast wallet sign --data` and wallets take it).
    pub fn typed_data_json(&self, domain: &Eip712Domain) -> serde_json::Value {
        typed_data_json(
            "InclusionReceipt",
            json!([
                {"name": "l2ChainId", "type": "uint64"},
                {"name": "txHash", "type": "bytes32"},
                {"name": "slot", "type": "uint64"},
                {"name": "index", "type": "uint32"},
                {"name": "beneficiary", "type": "address"},
            ]),
            domain,
            json!({
                "l2ChainId": self.l2ChainId,
                "txHash": self.txHash,
                "slot": self.slot,
                "index": self.index,
                "beneficiary": self.beneficiary,
            }),
        )
    }
}

/// What `slashContradictedReceipt` takes besides the receipt and the headers: the batch's transaction count, the
/// leaf at the promised index (zero when the batch is too short) and its sibling path (or `[treeRoot]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opening {
    /// Transactions in the batch.
    pub count: usize,
    /// The transaction hash at the promised index.
    pub leaf: B256,
    /// Its path, or the tree root when the index is past the end.
    pub proof: Vec<B256>,
}

/// A receipt with its signature and signer, as nodes return it and keepers accept it (JSON, camelCase; unknown
/// fields at any level are refused).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SignedReceipt {
    /// The promise.
    pub receipt: InclusionReceipt,
    /// 65-byte `r ‖ s ‖ v` over the receipt's signing hash.
    pub signature: Bytes,
    /// The operator signer it recovers to.
    pub signer: Address,
}

impl SignedReceipt {
    /// Checks that the signature recovers to `signer` under `domain`.
    pub fn verify(&self, domain: &Eip712Domain) -> Result<(), HeaderError> {
        let signer = self.receipt.recover_signer(domain, &self.signature)?;
        if signer != self.signer {
            return Err(HeaderError::WrongSigner { signer, sequencer: self.signer });
        }
        Ok(())
    }

    /// The evidence digest of this receipt (its once-only key on L1 and in keepers).
    pub fn evidence(&self) -> B256 {
        self.receipt.evidence(self.signer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        header::domain,
        tx_root::{tx_root, verify_tx_proof},
    };
    use alloy::{
        dyn_abi::TypedData,
        primitives::{address, U256},
        signers::local::PrivateKeySigner,
    };

    fn sample() -> InclusionReceipt {
        InclusionReceipt {
            l2ChainId: 901,
            txHash: keccak256("tx"),
            slot: 42,
            index: 7,
            beneficiary: address!("00000000000000000000000000000000000000aa"),
        }
    }

    #[test]
    fn type_string_and_hash_match_the_contract() {
        assert_eq!(
            InclusionReceipt::eip712_encode_type(),
            "InclusionReceipt(uint64 l2ChainId,bytes32 txHash,uint64 slot,uint32 index,address beneficiary)"
        );
        let r = sample();
        let typehash = keccak256(InclusionReceipt::eip712_encode_type().as_bytes());
        let encoded = (
            typehash,
            U256::from(r.l2ChainId),
            r.txHash,
            U256::from(r.slot),
            U256::from(r.index),
            r.beneficiary,
        )
            .abi_encode();
        assert_eq!(r.hash(), keccak256(encoded));
    }

    #[test]
    fn signature_round_trips_and_binds_the_domain() {
        let key = PrivateKeySigner::random();
        let d = domain(31337, address!("00000000000000000000000000000000000000bb"));
        let r = sample();
        let signed =
            SignedReceipt { signature: r.sign(&d, &key).expect("signs"), receipt: r, signer: key.address() };
        signed.verify(&d).expect("valid");
        let other = domain(31337, address!("00000000000000000000000000000000000000cc"));
        assert!(matches!(signed.verify(&other), Err(HeaderError::WrongSigner { .. })));
        let json = serde_json::to_string(&signed).expect("serializes");
        assert_eq!(serde_json::from_str::<SignedReceipt>(&json).expect("parses"), signed);
        // Keepers take receipts from anyone: an unknown field at either level is refused, not ignored.
        let mut outer = serde_json::to_value(&signed).expect("serializes");
        outer["extra"] = 1.into();
        assert!(serde_json::from_value::<SignedReceipt>(outer).is_err());
        let mut inner = serde_json::to_value(&signed).expect("serializes");
        inner["receipt"]["extra"] = 1.into();
        assert!(serde_json::from_value::<SignedReceipt>(inner).is_err());
    }

    #[test]
    fn a_batch_keeps_the_receipt_only_with_the_transaction_at_the_index() {
        let r = sample();
        let mut txs: Vec<B256> = (0..10u8).map(|i| keccak256([i])).collect();
        assert!(!r.kept_by(&txs));
        txs[7] = r.txHash;
        assert!(r.kept_by(&txs));
        assert!(!r.kept_by(&txs[..7]), "a batch too short for the index breaks it");
    }

    #[test]
    fn a_contradiction_opens_the_root_the_way_the_contract_checks_it() {
        let r = sample();
        let mut txs: Vec<B256> = (0..10u8).map(|i| keccak256([i])).collect();
        let opening = r.contradiction(&txs).expect("index 7 holds another transaction");
        assert!(verify_tx_proof(tx_root(&txs), opening.leaf, 7, opening.count, &opening.proof));
        let short = r.contradiction(&txs[..3]).expect("too short");
        assert_eq!(short.proof.len(), 1);
        let bound = keccak256((U256::from(3u64), short.proof[0]).abi_encode_packed());
        assert_eq!(bound, tx_root(&txs[..3]));
        assert_eq!(r.contradiction(&[]).expect("empty").proof, Vec::<B256>::new());
        txs[7] = r.txHash;
        assert_eq!(r.contradiction(&txs), None);
    }

    /// The digest from a separator is EIP-712's: each field takes its maximum (every byte of its width set) and
    /// varied values.
    #[test]
    fn signing_hash_under_a_separator_is_the_eip712_digest() {
        let d = domain(31337, address!("00000000000000000000000000000000000000bb"));
        let separator = d.separator();
        let mut cases = vec![InclusionReceipt::default(), sample()];
        for n in 0u8..32 {
            let h = keccak256([n]);
            cases.push(InclusionReceipt {
                l2ChainId: u64::from_be_bytes(h[..8].try_into().expect("8 bytes")),
                txHash: keccak256(h),
                slot: if n % 2 == 0 { u64::MAX } else { u64::from(n) << 40 },
                index: if n % 3 == 0 { u32::MAX } else { u32::from(n) << 16 | 1 },
                beneficiary: Address::from_slice(&h[12..]),
            });
        }
        for r in cases {
            assert_eq!(r.signing_hash_under(&separator), r.signing_hash(&d), "{r:?}");
        }
    }

    #[test]
    fn typed_data_json_hashes_like_the_struct() {
        let d = domain(31337, address!("00000000000000000000000000000000000000bb"));
        let r = sample();
        let typed: TypedData = serde_json::from_value(r.typed_data_json(&d)).expect("valid typed data");
        assert_eq!(typed.eip712_signing_hash().expect("hashes"), r.signing_hash(&d));
    }
}

#[cfg(test)]
mod vector {
    use super::*;
    use crate::header::domain;
    use alloy::{
        primitives::{address, b256, bytes},
        signers::local::PrivateKeySigner,
    };

    /// The vector `Receipts.t.sol` (`test_sharedVectorMatchesTheRustReceipt`) checks on the Solidity side: the
    /// receipt below, domain (chain 31337, inbox 0x…bb), signed by key 0x…01.
    fn shared() -> (InclusionReceipt, Eip712Domain, PrivateKeySigner) {
        let receipt = InclusionReceipt {
            l2ChainId: 901,
            txHash: B256::repeat_byte(0xab),
            slot: 1234,
            index: 77,
            beneficiary: address!("00000000000000000000000000000000000000aa"),
        };
        let key: PrivateKeySigner =
            "0x0000000000000000000000000000000000000000000000000000000000000001".parse().expect("key");
        (receipt, domain(31337, address!("00000000000000000000000000000000000000bb")), key)
    }

    #[test]
    fn shared_vector() {
        let (receipt, domain, key) = shared();
        assert_eq!(receipt.hash(), b256!("2c4c08e262b88333c72f8384f970396ee322404a770cf0642a9cb7c4558e5669"));
        assert_eq!(
            receipt.signing_hash(&domain),
            b256!("fb9fd036f2f7cf5f42e9df10e4b6616f6d34751e5546d82404cd1161e56ada5e")
        );
        assert_eq!(
            receipt.sign(&domain, &key).expect("signs"),
            bytes!("cecc7f4bb5d19653b98258cf4e21f8d2d328d3c01614bc9ab5a1853a38226e775e5344e9e1b721aecd6cb712ca1f217553fb7c6a324333d5c4a27577e5bd81a21c")
        );
        assert_eq!(
            receipt.evidence(key.address()),
            b256!("f9d46b7799f0a8697236856d762b415671a1aef41460415f3d64c53c76430fb9")
        );
    }
}
