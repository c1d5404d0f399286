//! BLS throughput with `blst` on one core, for committee certificates: signing an attestation, aggregating the
//! signatures and the keys of a committee of 31, and verifying a certificate (one pairing check), side by side.
//! docs/BENCHMARKS.md records the output.
//!
//! Run: `cargo bench -p baton-protocol --bench bls`

use std::{collections::BTreeMap, hint::black_box, time::Instant};

use alloy::primitives::{address, B256, U256};
use baton_protocol::{
    bls::{PublicKey, SecretKey, Signature},
    committee::{Attestation, Committee},
    header::domain,
};

/// Each figure covers at least this long.
const MIN_SECONDS: f64 = 2.0;

/// Runs `f` repeatedly for at least [`MIN_SECONDS`]; returns operations per second.
fn rate(mut f: impl FnMut()) -> f64 {
    let mut reps = 1u64;
    loop {
        let start = Instant::now();
        for _ in 0..reps {
            f();
        }
        let elapsed = start.elapsed().as_secs_f64();
        if elapsed >= MIN_SECONDS {
            return reps as f64 / elapsed;
        }
        reps *= 2;
    }
}

fn main() {
    let n = 31u8;
    let keys: Vec<SecretKey> = (0..n)
        .map(|i| SecretKey::from_bytes(&B256::from(U256::from(0xB15_0000u64 + u64::from(i)))).expect("valid"))
        .collect();
    let members = (0..n).fold(0u128, |bits, id| bits | 1 << id);
    let public: BTreeMap<u8, PublicKey> = (0..n).map(|i| (i, keys[usize::from(i)].public_key())).collect();
    let committee = Committee::new(members, public.clone());
    let domain = domain(1, address!("00000000000000000000000000000000000000bb"));
    let attestation = Attestation {
        batchNumber: 7,
        slot: 9,
        parentHash: B256::repeat_byte(1),
        headerHash: B256::repeat_byte(2),
    };
    let digest = attestation.digest(&domain);
    let signatures: BTreeMap<u8, Signature> =
        (0..n).map(|i| (i, keys[usize::from(i)].attest(digest))).collect();
    let quorum: BTreeMap<u8, Signature> = signatures.iter().take(21).map(|(k, v)| (*k, *v)).collect();
    let all = committee.certify(&signatures).expect("aggregates");
    let minimum = committee.certify(&quorum).expect("aggregates");
    let keys31: Vec<PublicKey> = public.values().copied().collect();
    let sigs31: Vec<Signature> = signatures.values().copied().collect();

    println!("| operation (committee of 31, one core) | per second | per operation |");
    println!("|---|---:|---:|");
    let row = |name: &str, per_second: f64| {
        println!("| {name} | {per_second:.0} | {:.1} µs |", 1e6 / per_second);
    };
    row(
        "sign an attestation (hash to G1 + scalar multiplication)",
        rate(|| {
            black_box(keys[0].attest(black_box(digest)));
        }),
    );
    row(
        "aggregate 31 signatures",
        rate(|| {
            black_box(Signature::aggregate(black_box(&sigs31)).expect("aggregates"));
        }),
    );
    row(
        "aggregate 31 public keys",
        rate(|| {
            black_box(PublicKey::aggregate(black_box(&keys31)).expect("aggregates"));
        }),
    );
    row(
        "verify one signature",
        rate(|| {
            assert!(sigs31[0].verify(digest.as_slice(), baton_protocol::bls::ATTESTATION_DST, &keys31[0]));
        }),
    );
    row(
        "verify a certificate, 31 of 31 signed (aggregate keys + pairing)",
        rate(|| {
            committee.verify(&domain, &attestation, black_box(&all)).expect("verifies");
        }),
    );
    row(
        "verify a certificate, 21 of 31 signed",
        rate(|| {
            committee.verify(&domain, &attestation, black_box(&minimum)).expect("verifies");
        }),
    );
    row(
        "check a proof of possession",
        rate(|| {
            let pop = keys[0].proof_of_possession(
                1,
                address!("00000000000000000000000000000000000000cc"),
                address!("00000000000000000000000000000000000000dd"),
            );
            black_box(pop);
        }),
    );
}
