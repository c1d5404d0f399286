//! Calldata or blobs, batch by batch, as op-batcher chooses: whichever costs less at the current base fee and blob
//! base fee. Execution gas is the same either way to within a few hundred gas (docs/BENCHMARKS.md), so the choice
//! compares what differs: the calldata bytes, priced by EIP-7623's floor (a batch is data-heavy, so the floor
//! applies: 10 gas per token, a token per zero byte and four per other byte), against the blob gas of the blobs
//! the payload needs (131,072 each, 126,976 payload bytes per blob with the simple 31-bytes-per-field coding).

/// Blob gas of one blob.
pub const BLOB_GAS: u128 = 131_072;
/// Payload bytes one blob carries with the simple coding (31 data bytes in each of 4,096 field elements).
pub const BLOB_PAYLOAD_BYTES: usize = 31 * 4_096;

/// Calldata gas of `payload` beyond the transaction's fixed costs, under EIP-7623's floor.
pub fn calldata_gas(payload: &[u8]) -> u128 {
    let zeros = payload.iter().filter(|b| **b == 0).count() as u128;
    let others = payload.len() as u128 - zeros;
    10 * (zeros + 4 * others)
}

/// Blobs a payload of `len` bytes needs.
pub fn blobs_for(len: usize) -> u128 {
    len.div_ceil(BLOB_PAYLOAD_BYTES) as u128
}

/// Whether `payload` costs less in blobs than in calldata at `base_fee` and `blob_base_fee` (wei per gas). An
/// empty payload has nothing to put in a blob.
pub fn blobs_cheaper(payload: &[u8], base_fee: u128, blob_base_fee: u128) -> bool {
    if payload.is_empty() {
        return false;
    }
    let calldata = calldata_gas(payload).saturating_mul(base_fee);
    let blobs = blobs_for(payload.len()).saturating_mul(BLOB_GAS).saturating_mul(blob_base_fee);
    blobs < calldata
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_crossover_moves_with_size_and_fees() {
        let kib = vec![0xab_u8; 1_024]; // 40,960 calldata gas; one blob of 131,072
        assert!(!blobs_cheaper(&kib, 10, 10), "at equal fees a 1 KiB batch is cheaper in calldata");
        assert!(blobs_cheaper(&kib, 10, 3), "and in blobs once blob gas costs under 0.3125 of gas");
        assert!(!blobs_cheaper(&kib, 10, 4));
        let big = vec![0xab_u8; 100 * 1_024]; // 4,096,000 calldata gas, still one blob
        assert!(blobs_cheaper(&big, 1, 31), "a 100 KiB batch: blobs up to 31x the base fee");
        assert!(!blobs_cheaper(&big, 1, 32));
        assert_eq!(blobs_for(BLOB_PAYLOAD_BYTES + 1), 2);
        assert!(!blobs_cheaper(&[], 1_000, 0), "an empty batch goes as calldata");
        // Zero bytes are cheaper in calldata (one token each).
        assert_eq!(calldata_gas(&[0, 0, 1]), 10 * (2 + 4));
    }
}
