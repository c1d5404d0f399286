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

sol! {
    /// What one signature over a group of receipts signs: the sorted-pair Merkle root of their receipt hashes
    /// ([`group_tree`]). Its own type hash, so it can never be read as a receipt or a header.
    #[derive(Debug, Default, PartialEq, Eq)]
    struct InclusionReceiptRoot {
        bytes32 root;
    }
}

/// The tag of a receipt fault's evidence digest.
pub const FAULT_TAG: &str = "baton.fault.receipt";

/// Most siblings a group signature's path may carry (`InclusionReceiptLib.MAX_PATH`): groups of up to 65,536.
pub const MAX_GROUP_PATH: usize = 16;

/// Bytes of a signature proper, before a group path.
const SIGNATURE_LEN: usize = 65;

fn sorted_pair(a: B256, b: B256) -> B256 {
    let (low, high) = if a < b { (a, b) } else { (b, a) };
    let mut hasher = alloy::primitives::Keccak256::new();
    hasher.update(low);
    hasher.update(high);
    hasher.finalize()
}

/// The tree a group is signed under (docs/PROTOCOL.md §Inclusion receipts): `leaves` (receipt hashes, in the
/// signer's order) at the bottom, pairs `(2k, 2k + 1)` hashed smaller value first, an odd last node carried up
/// unchanged. Returns the root and each leaf's path (the sibling at each level where it has one, leaf level first).
/// An empty group has no tree: the root is zero and there are no paths.
pub fn group_tree(leaves: &[B256]) -> (B256, Vec<Vec<B256>>) {
    let mut paths = vec![Vec::new(); leaves.len()];
    let mut level = leaves.to_vec();
    // Where each leaf's ancestor sits in the current level.
    let mut at: Vec<usize> = (0..leaves.len()).collect();
    while level.len() > 1 {
        for (path, position) in paths.iter_mut().zip(at.iter_mut()) {
            if let Some(sibling) = level.get(*position ^ 1) {
                path.push(*sibling);
            }
            *position /= 2;
        }
        level = level
            .chunks(2)
            .map(|pair| if let [a, b] = pair { sorted_pair(*a, *b) } else { pair[0] })
            .collect();
    }
    (level.first().copied().unwrap_or_default(), paths)
}

/// The root `leaf` reaches up `path` (`InclusionReceiptLib.rootOf`).
pub fn group_root_of(leaf: B256, path: &[B256]) -> B256 {
    path.iter().fold(leaf, |node, sibling| sorted_pair(node, *sibling))
}

/// The digest a group signature signs: `keccak256(0x1901 ‖ separator ‖ hashStruct(InclusionReceiptRoot(root)))`.
pub fn group_signing_hash_under(root: B256, separator: &B256) -> B256 {
    digest_under(separator, InclusionReceiptRoot { root }.eip712_hash_struct())
}

/// EIP-712's `keccak256(0x1901 ‖ separator ‖ structHash)`.
fn digest_under(separator: &B256, struct_hash: B256) -> B256 {
    let mut digest = alloy::primitives::Keccak256::new();
    digest.update([0x19, 0x01]);
    digest.update(separator);
    digest.update(struct_hash);
    digest.finalize()
}

/// Signs `receipts` with one signature: each gets the bytes the contracts take for it. A group of one is signed in
/// the single form (65 bytes over the receipt itself, what `cast wallet sign --data` makes of it); a larger group
/// gets one signature over the root of [`group_tree`], each receipt's bytes being that signature followed by its
/// path. `separator` is the Baton domain's separator.
pub fn sign_group(
    receipts: &[InclusionReceipt],
    separator: &B256,
    signer: &impl SignerSync,
) -> alloy::signers::Result<Vec<Bytes>> {
    match receipts {
        [] => Ok(Vec::new()),
        [only] => Ok(vec![only.sign_under(separator, signer)?]),
        _ => {
            let leaves: Vec<B256> = receipts.iter().map(InclusionReceipt::hash).collect();
            let (root, paths) = group_tree(&leaves);
            let signature =
                signature_bytes(&signer.sign_hash_sync(&group_signing_hash_under(root, separator))?);
            Ok(paths
                .into_iter()
                .map(|path| {
                    let mut bytes = Vec::with_capacity(SIGNATURE_LEN + 32 * path.len());
                    bytes.extend_from_slice(&signature);
                    path.iter().for_each(|sibling| bytes.extend_from_slice(sibling.as_slice()));
                    Bytes::from(bytes)
                })
                .collect())
        }
    }
}

impl InclusionReceipt {
    /// The receipt hash: EIP-712 `hashStruct`, with the type hash computed once per process (a group's tree hashes
    /// every receipt in it).
    pub fn hash(&self) -> B256 {
        static TYPE_HASH: std::sync::LazyLock<B256> =
            std::sync::LazyLock::new(|| keccak256(InclusionReceipt::eip712_encode_type().as_bytes()));
        let mut hash_struct = alloy::primitives::Keccak256::new();
        hash_struct.update(*TYPE_HASH);
        hash_struct.update(self.eip712_encode_data());
        hash_struct.finalize()
    }

    /// The digest the signer signs under `domain` (the Baton domain of the deployment's inbox).
    pub fn signing_hash(&self, domain: &Eip712Domain) -> B256 {
        self.eip712_signing_hash(domain)
    }

    /// The same digest from the domain's separator (`domain.separator()`, computed once by a caller that signs many
    /// receipts): `keccak256(0x1901 ‖ separator ‖ hashStruct)`, two hashes instead of seven (the node signs receipts
    /// on every request's path).
    pub fn signing_hash_under(&self, separator: &B256) -> B256 {
        digest_under(separator, self.hash())
    }

    /// Signs the receipt: the 65-byte `r ‖ s ‖ v` signature the contracts take.
    pub fn sign(&self, domain: &Eip712Domain, signer: &impl SignerSync) -> alloy::signers::Result<Bytes> {
        self.sign_under(&domain.separator(), signer)
    }

    /// [`Self::sign`] from the domain's separator (see [`Self::signing_hash_under`]).
    pub fn sign_under(&self, separator: &B256, signer: &impl SignerSync) -> alloy::signers::Result<Bytes> {
        Ok(signature_bytes(&signer.sign_hash_sync(&self.signing_hash_under(separator))?))
    }

    /// Recovers the signer under the contracts' rules, from either form: 65 bytes over the receipt, or 65 bytes over
    /// a group's root followed by 1 to [`MAX_GROUP_PATH`] siblings (length, `v`, low `s` checked as on L1).
    pub fn recover_signer(&self, domain: &Eip712Domain, signature: &[u8]) -> Result<Address, HeaderError> {
        if signature.len() == SIGNATURE_LEN {
            return recover_prehash(&self.signing_hash(domain), signature);
        }
        let path_len = signature.len().checked_sub(SIGNATURE_LEN).filter(|n| n % 32 == 0 && *n > 0);
        let Some(path_len) = path_len.filter(|n| n / 32 <= MAX_GROUP_PATH) else {
            return Err(HeaderError::SignatureLength(signature.len()));
        };
        let (proper, path) = signature.split_at(SIGNATURE_LEN);
        debug_assert_eq!(path.len(), path_len);
        let path: Vec<B256> = path.chunks_exact(32).map(B256::from_slice).collect();
        let root = group_root_of(self.hash(), &path);
        recover_prehash(&group_signing_hash_under(root, &domain.separator()), proper)
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

/// The EIP-712 typed-data JSON of a group's root (as `cast wallet sign --data` takes it).
pub fn group_typed_data_json(root: B256, domain: &Eip712Domain) -> serde_json::Value {
    typed_data_json(
        "InclusionReceiptRoot",
        json!([{"name": "root", "type": "bytes32"}]),
        domain,
        json!({ "root": root }),
    )
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
    /// 65-byte `r ‖ s ‖ v` over the receipt's signing hash; or, signed in a group, 65 bytes over the group's root
    /// followed by the receipt's path (1 to [`MAX_GROUP_PATH`] siblings of 32 bytes).
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

    fn group(size: usize) -> Vec<InclusionReceipt> {
        (0..size)
            .map(|i| InclusionReceipt {
                index: i as u32,
                beneficiary: Address::with_last_byte(i as u8),
                ..sample()
            })
            .collect()
    }

    #[test]
    fn root_type_string_matches_the_contract() {
        assert_eq!(InclusionReceiptRoot::eip712_encode_type(), "InclusionReceiptRoot(bytes32 root)");
    }

    /// Every member of groups of every size up to 70 recovers to the signer with its own path, and to someone else
    /// with another member's path or a sibling altered; a group of one is the single form.
    #[test]
    fn every_member_of_a_group_recovers_with_its_path_and_only_with_it() {
        let key = PrivateKeySigner::random();
        let d = domain(31337, address!("00000000000000000000000000000000000000bb"));
        for size in 1..=70usize {
            let receipts = group(size);
            let signatures = sign_group(&receipts, &d.separator(), &key).expect("signs");
            assert_eq!(signatures.len(), size);
            if size == 1 {
                assert_eq!(signatures[0], receipts[0].sign(&d, &key).expect("signs"), "single form");
            }
            let depth = (usize::BITS - (size - 1).leading_zeros()) as usize;
            for (i, (receipt, signature)) in receipts.iter().zip(&signatures).enumerate() {
                assert!(signature.len() <= 65 + 32 * depth, "size {size}: path no longer than the depth");
                assert_eq!(
                    receipt.recover_signer(&d, signature).expect("recovers"),
                    key.address(),
                    "{size}/{i}"
                );
                if size > 1 {
                    let other = &receipts[(i + 1) % size];
                    assert_ne!(other.recover_signer(&d, signature).ok(), Some(key.address()), "{size}/{i}");
                    let mut forged = signature.to_vec();
                    forged[65 + (i * 7) % (signature.len() - 65)] ^= 1;
                    assert_ne!(receipt.recover_signer(&d, &forged).ok(), Some(key.address()), "{size}/{i}");
                }
            }
        }
    }

    #[test]
    fn malformed_group_signatures_are_refused_by_length_as_on_l1() {
        let key = PrivateKeySigner::random();
        let d = domain(31337, address!("00000000000000000000000000000000000000bb"));
        let receipts = group(3);
        let signature = sign_group(&receipts, &d.separator(), &key).expect("signs")[0].clone();
        for len in [0, 64, 66, 96, 98, 65 + 32 * 17] {
            let mut bytes = signature.to_vec();
            bytes.resize(len, 0);
            assert!(
                matches!(receipts[0].recover_signer(&d, &bytes), Err(HeaderError::SignatureLength(n)) if n == len),
                "{len}"
            );
        }
        // Sixteen siblings is the most: well-formed, though not this group's.
        let mut longest = signature.to_vec();
        longest.resize(65 + 32 * MAX_GROUP_PATH, 0);
        assert_ne!(receipts[0].recover_signer(&d, &longest).ok(), Some(key.address()));
    }

    #[test]
    fn the_group_root_typed_data_hashes_like_the_struct() {
        let d = domain(31337, address!("00000000000000000000000000000000000000bb"));
        let root = keccak256("root");
        let typed: TypedData =
            serde_json::from_value(group_typed_data_json(root, &d)).expect("valid typed data");
        assert_eq!(
            typed.eip712_signing_hash().expect("hashes"),
            group_signing_hash_under(root, &d.separator())
        );
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

    /// The vector `Receipts.t.sol` (`test_sharedGroupVectorMatchesTheRust`) checks: the shared receipt at indices 77,
    /// 78 and 79, signed as a group by key 0x…01; member 1's signature.
    #[test]
    fn shared_group_vector() {
        let (receipt, domain, key) = shared();
        let receipts: Vec<InclusionReceipt> =
            (0..3).map(|i| InclusionReceipt { index: 77 + i, ..receipt.clone() }).collect();
        let (root, _) = group_tree(&receipts.iter().map(InclusionReceipt::hash).collect::<Vec<_>>());
        let signatures = sign_group(&receipts, &domain.separator(), &key).expect("signs");
        assert_eq!(root, b256!("3dde07e971e2170f0ce81736bf4bad94565b1b8f33a53e3214874b3c8d5fb8ad"));
        assert_eq!(
            group_signing_hash_under(root, &domain.separator()),
            b256!("a3353fc4bb4b686deee5e7cd1247a4786174e592dcefebd49edb8ec91e57c643")
        );
        assert_eq!(
            signatures[1],
            bytes!("e6e895411e0be2d4a4e35355d65921795285a1220b4aa91236f5513acc3c09b57c48052d552418fc58118bd9723375f28a54b512593647c42141ac6b36a751511b2c4c08e262b88333c72f8384f970396ee322404a770cf0642a9cb7c4558e5669810b602c3c6121ea7fb6e742712b084511eb84d32fc8ff71764b3d3843dac041")
        );
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
