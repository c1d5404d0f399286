//! Calldata or blobs, batch by batch, as op-batcher chooses: whichever costs less at the current base fee and blob
//! base fee. The two transactions differ in the payload alone: in calldata it costs EIP-7623's price (the
//! standard 16 gas per non-zero byte and 4 per zero byte on top of execution, or the floor of 10 gas per token,
//! a token per zero byte and four per other byte, whichever is more); in blobs it costs the blob gas of the blobs
//! it needs (131,072 each, 126,976 payload bytes per blob with the simple 31-bytes-per-field coding). Execution is
//! the same either way (about 36,000 gas, docs/BENCHMARKS.md), and this model reproduces the crossover the node
//! benchmark measures on real receipts to within a few percent.

/// Blob gas of one blob.
pub const BLOB_GAS: u128 = 131_072;
/// Payload bytes one blob carries with the simple coding (31 data bytes in each of 4,096 field elements).
pub const BLOB_PAYLOAD_BYTES: usize = 31 * 4_096;
/// Execution gas of a batch append besides its payload, with the 50 bytes of packed fields (measured: 35,916 for a
/// 1 KB calldata batch and 36,185 for a blob batch sent by the signer, rounded up).
pub const EXECUTION_GAS: u128 = 37_000;

/// Gas of the batch transaction beyond its intrinsic 21,000 when `payload` goes in calldata: EIP-7623's
/// `max(standard calldata + execution, floor)`.
pub fn calldata_gas(payload: &[u8]) -> u128 {
    let zeros = payload.iter().filter(|b| **b == 0).count() as u128;
    let others = payload.len() as u128 - zeros;
    let standard = 16 * others + 4 * zeros + EXECUTION_GAS;
    let floor = 10 * (zeros + 4 * others);
    standard.max(floor)
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
    let blobs = EXECUTION_GAS
        .saturating_mul(base_fee)
        .saturating_add(blobs_for(payload.len()).saturating_mul(BLOB_GAS).saturating_mul(blob_base_fee));
    blobs < calldata
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_crossover_moves_with_size_and_fees() {
        // 1 KiB: the standard price binds (16,384 over execution); one blob of 131,072.
        let kib = vec![0xab_u8; 1_024];
        assert!(!blobs_cheaper(&kib, 10, 10), "at equal fees a 1 KiB batch is cheaper in calldata");
        assert!(blobs_cheaper(&kib, 100, 12), "and in blobs once blob gas costs under 0.125 of gas");
        assert!(!blobs_cheaper(&kib, 100, 13));
        // 100 KiB: the floor binds (4,096,000), still one blob.
        let big = vec![0xab_u8; 100 * 1_024];
        assert!(blobs_cheaper(&big, 1, 30), "a 100 KiB batch: blobs up to about 30x the base fee");
        assert!(!blobs_cheaper(&big, 1, 31));
        assert_eq!(blobs_for(BLOB_PAYLOAD_BYTES + 1), 2);
        assert!(!blobs_cheaper(&[], 1_000, 0), "an empty batch goes as calldata");
        // Small payloads pay the standard price on top of execution.
        assert_eq!(calldata_gas(&[0, 0, 1]), 16 + 2 * 4 + EXECUTION_GAS);
    }
}
