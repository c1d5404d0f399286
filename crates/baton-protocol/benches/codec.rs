//! Compression of batch payloads, zstd against brotli, on realistic signed L2 transactions
//! (`baton_protocol::sample`). Prints compression ratio and throughput side by side for each setting and batch
//! size; docs/BENCHMARKS.md records the output.
//!
//! Run: `cargo bench -p baton-protocol --features test-utils --bench codec`

use std::{hint::black_box, io::Write, time::Instant};

use baton_protocol::{payload, sample::TxFactory};

/// A named compressor and its matching decompressor.
type Setting = (&'static str, Box<dyn Fn(&[u8]) -> Vec<u8>>, fn(&[u8], usize) -> Vec<u8>);

/// Enough repetitions that each figure covers at least this many bytes of input.
const MIN_BYTES_PER_FIGURE: usize = 32 << 20;

fn frame(txs: &[alloy::primitives::Bytes]) -> Vec<u8> {
    let mut body = Vec::new();
    for tx in txs {
        body.extend_from_slice(&(tx.len() as u32).to_be_bytes());
        body.extend_from_slice(tx);
    }
    body
}

fn zstd_compress(level: i32) -> impl Fn(&[u8]) -> Vec<u8> {
    move |data| zstd::bulk::compress(data, level).expect("zstd compresses")
}

fn zstd_decompress(data: &[u8], capacity: usize) -> Vec<u8> {
    zstd::bulk::decompress(data, capacity).expect("zstd decompresses")
}

fn brotli_compress(quality: u32) -> impl Fn(&[u8]) -> Vec<u8> {
    move |data| {
        let mut out = Vec::new();
        {
            let mut writer = brotli::CompressorWriter::new(&mut out, 4096, quality, 22);
            writer.write_all(data).expect("brotli compresses");
        }
        out
    }
}

fn brotli_decompress(data: &[u8], capacity: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(capacity);
    brotli::BrotliDecompress(&mut &data[..], &mut out).expect("brotli decompresses");
    out
}

/// Returns (ratio, compress MB/s, decompress MB/s).
fn measure(
    body: &[u8],
    compress: &dyn Fn(&[u8]) -> Vec<u8>,
    decompress: &dyn Fn(&[u8], usize) -> Vec<u8>,
) -> (f64, f64, f64) {
    let compressed = compress(body);
    assert_eq!(decompress(&compressed, body.len()), body, "round trip");
    let reps = (MIN_BYTES_PER_FIGURE / body.len()).max(3);
    let start = Instant::now();
    for _ in 0..reps {
        black_box(compress(black_box(body)));
    }
    let c = (body.len() * reps) as f64 / start.elapsed().as_secs_f64() / 1e6;
    let start = Instant::now();
    for _ in 0..reps {
        black_box(decompress(black_box(&compressed), body.len()));
    }
    let d = (body.len() * reps) as f64 / start.elapsed().as_secs_f64() / 1e6;
    (body.len() as f64 / compressed.len() as f64, c, d)
}

fn main() {
    let mut factory = TxFactory::new(901, 500, 42);
    println!("| batch (txs) | raw bytes | codec | ratio | compress MB/s | decompress MB/s |");
    println!("|---:|---:|---|---:|---:|---:|");
    for n in [10usize, 100, 1_000] {
        let txs = factory.batch(n);
        let body = frame(&txs);
        let settings: Vec<Setting> = vec![
            ("zstd 1", Box::new(zstd_compress(1)), zstd_decompress),
            ("zstd 3", Box::new(zstd_compress(3)), zstd_decompress),
            ("zstd 9", Box::new(zstd_compress(9)), zstd_decompress),
            ("zstd 19", Box::new(zstd_compress(19)), zstd_decompress),
            ("brotli 5", Box::new(brotli_compress(5)), brotli_decompress),
            ("brotli 9", Box::new(brotli_compress(9)), brotli_decompress),
            ("brotli 11", Box::new(brotli_compress(11)), brotli_decompress),
        ];
        for (name, compress, decompress) in &settings {
            let (ratio, c, d) = measure(&body, compress.as_ref(), decompress);
            println!("| {n} | {} | {name} | {ratio:.3} | {c:.1} | {d:.1} |", body.len());
        }
        // The codec the protocol ships, end to end (framing + compression + checks).
        let encoded = payload::encode(&txs).expect("encodes");
        let reps = (MIN_BYTES_PER_FIGURE / body.len()).max(3);
        let start = Instant::now();
        for _ in 0..reps {
            black_box(payload::encode(black_box(&txs)).expect("encodes"));
        }
        let e = (body.len() * reps) as f64 / start.elapsed().as_secs_f64() / 1e6;
        let start = Instant::now();
        for _ in 0..reps {
            black_box(payload::decode(black_box(&encoded)).expect("decodes"));
        }
        let d = (body.len() * reps) as f64 / start.elapsed().as_secs_f64() / 1e6;
        println!(
            "| {n} | {} | **payload codec** | {:.3} | {e:.1} | {d:.1} |",
            body.len(),
            body.len() as f64 / encoded.len() as f64
        );
    }
}
