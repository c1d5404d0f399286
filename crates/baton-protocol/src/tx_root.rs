//! The header's transaction root (docs/PROTOCOL.md §Tx root), identical to `TxRootLib.sol`.

use alloy::primitives::{keccak256, B256, U256};

fn hash_pair(left: &B256, right: &B256) -> B256 {
    let mut buf = [0u8; 64];
    buf[..32].copy_from_slice(left.as_slice());
    buf[32..].copy_from_slice(right.as_slice());
    keccak256(buf)
}

fn bind_count(count: usize, tree_root: &B256) -> B256 {
    let mut buf = [0u8; 64];
    buf[..32].copy_from_slice(&U256::from(count).to_be_bytes::<32>());
    buf[32..].copy_from_slice(tree_root.as_slice());
    keccak256(buf)
}

/// One level up: pairs hashed in order, an odd last node promoted unchanged.
fn parent_level(level: &[B256]) -> Vec<B256> {
    level.chunks(2).map(|pair| if let [l, r] = pair { hash_pair(l, r) } else { pair[0] }).collect()
}

/// The root over the L2 transaction hashes of a batch, in order; zero for an empty batch.
pub fn tx_root(tx_hashes: &[B256]) -> B256 {
    tree_root(tx_hashes).map_or(B256::ZERO, |root| bind_count(tx_hashes.len(), &root))
}

/// The tree's root before the count is bound in (`txRoot = keccak256(count ‖ treeRoot)`); `None` for an empty
/// batch. It opens the count of a batch, as a receipt's short-batch proof needs.
pub fn tree_root(tx_hashes: &[B256]) -> Option<B256> {
    if tx_hashes.is_empty() {
        return None;
    }
    let mut level = tx_hashes.to_vec();
    while level.len() > 1 {
        level = parent_level(&level);
    }
    Some(level[0])
}

/// The sibling path proving `tx_hashes[index]`, bottom-up, skipping levels where the node is promoted.
/// `None` if `index` is out of range.
pub fn tx_proof(tx_hashes: &[B256], index: usize) -> Option<Vec<B256>> {
    if index >= tx_hashes.len() {
        return None;
    }
    let mut proof = Vec::new();
    let mut level = tx_hashes.to_vec();
    let mut i = index;
    while level.len() > 1 {
        let promoted = i == level.len() - 1 && level.len() % 2 == 1;
        if !promoted {
            proof.push(level[i ^ 1]);
        }
        level = parent_level(&level);
        i /= 2;
    }
    Some(proof)
}

/// Whether `leaf` is transaction `index` of `count` under `root`, given `proof` from [`tx_proof`].
pub fn verify_tx_proof(root: B256, leaf: B256, index: usize, count: usize, proof: &[B256]) -> bool {
    if index >= count {
        return false;
    }
    let (mut node, mut i, mut width) = (leaf, index, count);
    let mut siblings = proof.iter();
    while width > 1 {
        let promoted = i == width - 1 && width % 2 == 1;
        if !promoted {
            let Some(sibling) = siblings.next() else { return false };
            node = if i % 2 == 0 { hash_pair(&node, sibling) } else { hash_pair(sibling, &node) };
        }
        i /= 2;
        width = width.div_ceil(2);
    }
    siblings.next().is_none() && bind_count(count, &node) == root
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leaves(n: usize) -> Vec<B256> {
        (0..n).map(|i| keccak256(i.to_be_bytes())).collect()
    }

    #[test]
    fn empty_is_zero_and_one_leaf_binds_the_count() {
        assert_eq!(tx_root(&[]), B256::ZERO);
        let leaf = keccak256("tx");
        assert_eq!(tx_root(&[leaf]), bind_count(1, &leaf));
    }

    #[test]
    fn odd_node_is_promoted_not_duplicated() {
        let l = leaves(3);
        let expected = bind_count(3, &hash_pair(&hash_pair(&l[0], &l[1]), &l[2]));
        assert_eq!(tx_root(&l), expected);
        let mut dup = l.clone();
        dup.push(l[2]);
        assert_ne!(tx_root(&l), tx_root(&dup));
    }

    #[test]
    fn every_proof_verifies_and_nothing_else_does() {
        for n in 1..=33 {
            let l = leaves(n);
            let root = tx_root(&l);
            for i in 0..n {
                let proof = tx_proof(&l, i).expect("in range");
                assert!(verify_tx_proof(root, l[i], i, n, &proof), "n={n} i={i}");
                assert!(!verify_tx_proof(root, keccak256("other"), i, n, &proof));
                assert!(!verify_tx_proof(root, l[i], i, n + 1, &proof));
                if n > 1 {
                    assert!(!verify_tx_proof(root, l[i], (i + 1) % n, n, &proof));
                }
            }
            assert!(tx_proof(&l, n).is_none());
        }
    }
}
