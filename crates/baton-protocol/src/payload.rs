//! The batch payload codec (docs/PROTOCOL.md §Batch payload).
//!
//! ```text
//! payload = []                                   an empty batch
//!         | 0x00 ‖ zstd_frame(body)              version 0
//! body    = (u32_be(len(tx)) ‖ tx)*              EIP-2718 encoded transactions, in batch order
//! ```
//!
//! Decoding is strict and bounded: the compressed part is exactly one standard zstd frame (no skippable or second
//! frame, no dictionary), the decompressed body may not exceed [`MAX_BODY_SIZE`], every transaction is non-empty
//! and at most [`MAX_TX_SIZE`], and nothing may trail the last one.

use alloy::primitives::Bytes;

/// Version byte of zstd-compressed payloads.
pub const VERSION_ZSTD: u8 = 0x00;
/// zstd level used when encoding; decoding accepts any level.
pub const ZSTD_LEVEL: i32 = 9;
/// Largest decompressed body accepted: 6 blobs hold about 760 KiB, so this leaves ample room for calldata
/// batches while bounding what a hostile payload can make a node allocate.
pub const MAX_BODY_SIZE: usize = 8 << 20;
/// Largest transaction accepted (geth's and reth's default pool limit).
pub const MAX_TX_SIZE: usize = 128 << 10;

/// Magic number of a standard zstd frame, little-endian (RFC 8878 §3.1.1).
const ZSTD_MAGIC: [u8; 4] = [0x28, 0xB5, 0x2F, 0xFD];

/// Why a payload could not be encoded or decoded.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PayloadError {
    /// The first byte names no known codec.
    #[error("unknown payload version {0:#04x}")]
    UnknownVersion(u8),
    /// The compressed part is not exactly one standard zstd frame without a dictionary.
    #[error("payload is not exactly one zstd frame without a dictionary: {0}")]
    Frame(&'static str),
    /// zstd could not decompress the body, or it exceeds [`MAX_BODY_SIZE`].
    #[error("payload does not decompress within {MAX_BODY_SIZE} bytes: {0}")]
    Decompress(String),
    /// zstd could not compress (only on allocation failure).
    #[error("payload does not compress: {0}")]
    Compress(String),
    /// The body ends inside a length prefix or a transaction.
    #[error("payload body truncated at byte {0}")]
    Truncated(usize),
    /// A transaction has length zero.
    #[error("transaction {0} is empty")]
    EmptyTransaction(usize),
    /// A transaction exceeds [`MAX_TX_SIZE`].
    #[error("transaction {index} is {size} bytes, more than {MAX_TX_SIZE}")]
    TransactionTooLarge {
        /// Position in the batch.
        index: usize,
        /// Its size.
        size: usize,
    },
    /// The framed body exceeds [`MAX_BODY_SIZE`].
    #[error("batch body is {0} bytes, more than {MAX_BODY_SIZE}")]
    BodyTooLarge(usize),
}

/// Encodes `txs` into a payload; an empty list gives an empty payload.
pub fn encode(txs: &[Bytes]) -> Result<Bytes, PayloadError> {
    if txs.is_empty() {
        return Ok(Bytes::new());
    }
    let size: usize = txs.iter().map(|tx| 4 + tx.len()).sum();
    if size > MAX_BODY_SIZE {
        return Err(PayloadError::BodyTooLarge(size));
    }
    let mut body = Vec::with_capacity(size);
    for (index, tx) in txs.iter().enumerate() {
        check_tx(index, tx.len())?;
        // Lossless: MAX_TX_SIZE fits a u32.
        body.extend_from_slice(&(tx.len() as u32).to_be_bytes());
        body.extend_from_slice(tx);
    }
    let compressed =
        zstd::bulk::compress(&body, ZSTD_LEVEL).map_err(|e| PayloadError::Compress(e.to_string()))?;
    let mut payload = Vec::with_capacity(1 + compressed.len());
    payload.push(VERSION_ZSTD);
    payload.extend_from_slice(&compressed);
    Ok(payload.into())
}

/// Decodes a payload into its transactions (raw EIP-2718 bytes, unvalidated beyond framing).
pub fn decode(payload: &[u8]) -> Result<Vec<Bytes>, PayloadError> {
    let Some((&version, compressed)) = payload.split_first() else { return Ok(Vec::new()) };
    if version != VERSION_ZSTD {
        return Err(PayloadError::UnknownVersion(version));
    }
    // One frame that ends with the payload: zstd itself would also accept skippable frames and concatenations,
    // which would give one batch several encodings.
    if !compressed.starts_with(&ZSTD_MAGIC) {
        return Err(PayloadError::Frame("no zstd frame magic"));
    }
    match zstd::zstd_safe::find_frame_compressed_size(compressed) {
        Ok(size) if size == compressed.len() => {}
        Ok(_) => return Err(PayloadError::Frame("bytes after the frame")),
        Err(_) => return Err(PayloadError::Frame("truncated or malformed frame header")),
    }
    if zstd::zstd_safe::get_dict_id_from_frame(compressed).is_some() {
        return Err(PayloadError::Frame("frame names a dictionary"));
    }
    let body = zstd::bulk::decompress(compressed, MAX_BODY_SIZE)
        .map_err(|e| PayloadError::Decompress(e.to_string()))?;
    let mut txs = Vec::new();
    let mut at = 0;
    while at < body.len() {
        let prefix: [u8; 4] =
            body.get(at..at + 4).and_then(|s| s.try_into().ok()).ok_or(PayloadError::Truncated(at))?;
        let len = u32::from_be_bytes(prefix) as usize;
        check_tx(txs.len(), len)?;
        let tx = body.get(at + 4..at + 4 + len).ok_or(PayloadError::Truncated(at + 4))?;
        txs.push(Bytes::copy_from_slice(tx));
        at += 4 + len;
    }
    Ok(txs)
}

fn check_tx(index: usize, size: usize) -> Result<(), PayloadError> {
    match size {
        0 => Err(PayloadError::EmptyTransaction(index)),
        s if s > MAX_TX_SIZE => Err(PayloadError::TransactionTooLarge { index, size }),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::TxFactory;

    fn zstd_of(body: &[u8]) -> Vec<u8> {
        let mut p = vec![VERSION_ZSTD];
        p.extend(zstd::bulk::compress(body, 1).expect("compresses"));
        p
    }

    #[test]
    fn round_trips_real_transactions() {
        let txs = TxFactory::new(901, 20, 3).batch(300);
        let payload = encode(&txs).expect("encodes");
        assert_eq!(payload[0], VERSION_ZSTD);
        assert!(payload.len() < txs.iter().map(|t| t.len()).sum::<usize>(), "compresses");
        assert_eq!(decode(&payload).expect("decodes"), txs);
    }

    #[test]
    fn empty_batch_is_an_empty_payload() {
        assert_eq!(encode(&[]).expect("encodes"), Bytes::new());
        assert_eq!(decode(&[]).expect("decodes"), Vec::<Bytes>::new());
    }

    #[test]
    fn rejects_bad_framing_and_bad_compression() {
        assert_eq!(decode(&[0x07, 1, 2]), Err(PayloadError::UnknownVersion(0x07)));
        assert!(matches!(decode(&[VERSION_ZSTD, 1, 2, 3]), Err(PayloadError::Frame(_))));
        assert_eq!(decode(&zstd_of(&[0, 0, 0])), Err(PayloadError::Truncated(0)));
        assert_eq!(decode(&zstd_of(&[0, 0, 0, 5, 1, 2])), Err(PayloadError::Truncated(4)));
        assert_eq!(decode(&zstd_of(&[0, 0, 0, 0])), Err(PayloadError::EmptyTransaction(0)));
        let huge = ((MAX_TX_SIZE + 1) as u32).to_be_bytes();
        assert_eq!(
            decode(&zstd_of(&huge)),
            Err(PayloadError::TransactionTooLarge { index: 0, size: MAX_TX_SIZE + 1 })
        );
        assert_eq!(
            encode(&[Bytes::new()]),
            Err(PayloadError::EmptyTransaction(0)),
            "encoding refuses what decoding refuses"
        );
    }

    #[test]
    fn only_one_plain_zstd_frame_is_a_payload() {
        let body = [0u8, 0, 0, 1, 0xaa];
        let one = zstd_of(&body);
        assert_eq!(decode(&one).expect("one frame"), vec![Bytes::from_static(&[0xaa])]);
        // Two frames back to back.
        let mut two = one.clone();
        two.extend_from_slice(&one[1..]);
        assert_eq!(decode(&two), Err(PayloadError::Frame("bytes after the frame")));
        // A skippable frame first (magic 0x184D2A50, 4-byte length, content).
        let mut skippable = vec![VERSION_ZSTD, 0x50, 0x2A, 0x4D, 0x18, 1, 0, 0, 0, 0xff];
        skippable.extend_from_slice(&one[1..]);
        assert_eq!(decode(&skippable), Err(PayloadError::Frame("no zstd frame magic")));
        // The same frame naming dictionary 42: set Dictionary_ID_flag = 1 in the frame header descriptor and
        // insert the one-byte id after it (and after the window descriptor, present unless single-segment).
        let mut with_dict = one.clone();
        let descriptor = 1 + 4;
        with_dict[descriptor] |= 0x01;
        let at = descriptor + 1 + usize::from(with_dict[descriptor] & 0x20 == 0);
        with_dict.insert(at, 42);
        assert_eq!(zstd::zstd_safe::get_dict_id_from_frame(&with_dict[1..]).map(|d| d.get()), Some(42));
        assert_eq!(decode(&with_dict), Err(PayloadError::Frame("frame names a dictionary")));
        // No content size field and a checksum are both fine.
        let mut plain = zstd::bulk::Compressor::new(1).expect("compressor");
        plain.include_contentsize(false).expect("option");
        plain.include_checksum(true).expect("option");
        let mut bare = vec![VERSION_ZSTD];
        bare.extend(plain.compress(&body).expect("compresses"));
        assert_eq!(decode(&bare).expect("decodes"), vec![Bytes::from_static(&[0xaa])]);
        // A corrupted checksum is refused.
        let last = bare.len() - 1;
        bare[last] ^= 1;
        assert!(matches!(decode(&bare), Err(PayloadError::Decompress(_))));
    }

    #[test]
    fn a_decompression_bomb_is_refused_without_allocating_it() {
        // 64 MiB of zeros compresses to a few KiB.
        let bomb = zstd_of(&vec![0u8; 64 << 20]);
        assert!(bomb.len() < 64 << 10);
        assert!(matches!(decode(&bomb), Err(PayloadError::Decompress(_))));
    }
}
