//! Blobs from the consensus layer, as mainnet serves them: a beacon node's REST API, then blob archivers that
//! speak the same API. For a blob transaction it finds the beacon slot of the block that included it (from the
//! block's timestamp, the chain's genesis time and seconds per slot), asks each source in turn with
//! `GET /eth/v1/beacon/blobs/{slot}?versioned_hashes=...` (the post-Fusaka endpoint), falls back to the
//! deprecated `GET /eth/v1/beacon/blob_sidecars/{slot}`, and KZG-checks whatever comes back against the
//! transaction's versioned hashes. A source that cannot serve the blobs (a PeerDAS node that is no supernode
//! answers 400, pruned data 404, an outage) is passed over for the next one.

use alloy::{
    consensus::Transaction as _,
    eips::eip4844::{kzg_to_versioned_hash, Blob},
    primitives::{Bytes, B256},
    providers::{DynProvider, Provider},
};
use serde::Deserialize;

use crate::{blobs_on_heap, check_blobs, BlobSource, L1Error};

/// Beacon API sources in the order they are asked: the beacon node first, then archivers.
#[derive(Clone, Debug)]
pub struct BeaconBlobs {
    provider: DynProvider,
    client: reqwest::Client,
    sources: Vec<reqwest::Url>,
}

#[derive(Deserialize)]
struct Envelope<T> {
    data: T,
}

#[derive(Deserialize)]
struct Genesis {
    genesis_time: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
struct Spec {
    seconds_per_slot: String,
}

#[derive(Deserialize)]
struct Sidecar {
    blob: Bytes,
    kzg_commitment: Bytes,
}

impl BeaconBlobs {
    /// Blobs of transactions on `provider`'s chain, from `sources` (beacon node, then archivers).
    pub fn new(provider: DynProvider, sources: Vec<reqwest::Url>) -> Self {
        let client = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(30))
            .build()
            .unwrap_or_else(|_| reqwest::Client::new());
        Self { provider, client, sources }
    }

    async fn get<T: for<'de> Deserialize<'de>>(&self, url: reqwest::Url) -> Result<T, String> {
        let reply = self.client.get(url.clone()).send().await.map_err(|e| format!("{url}: {e}"))?;
        let status = reply.status();
        if !status.is_success() {
            let body = reply.text().await.unwrap_or_default();
            return Err(format!("{url}: {status} {}", body.chars().take(200).collect::<String>()));
        }
        reply.json::<Envelope<T>>().await.map(|e| e.data).map_err(|e| format!("{url}: {e}"))
    }

    /// The beacon slot of an execution block with `timestamp`, by `source`'s genesis time and slot length.
    async fn slot_of(&self, source: &reqwest::Url, timestamp: u64) -> Result<u64, String> {
        let genesis: Genesis = self.get(join(source, "eth/v1/beacon/genesis")?).await?;
        let spec: Spec = self.get(join(source, "eth/v1/config/spec")?).await?;
        let genesis: u64 =
            genesis.genesis_time.parse().map_err(|_| "genesis_time is not a number".to_string())?;
        let seconds: u64 =
            spec.seconds_per_slot.parse().map_err(|_| "SECONDS_PER_SLOT is not a number".to_string())?;
        if seconds == 0 || timestamp < genesis {
            return Err(format!("block time {timestamp} is before beacon genesis {genesis}"));
        }
        Ok((timestamp - genesis) / seconds)
    }

    /// The blobs of `hashes` at `slot` from one source: the blobs endpoint, else the sidecars endpoint.
    async fn fetch_from(
        &self,
        source: &reqwest::Url,
        slot: u64,
        hashes: &[B256],
    ) -> Result<Vec<Bytes>, String> {
        let mut url = join(source, &format!("eth/v1/beacon/blobs/{slot}"))?;
        for hash in hashes {
            url.query_pairs_mut().append_pair("versioned_hashes", &hash.to_string());
        }
        let blobs_failure = match self.get::<Vec<Bytes>>(url).await {
            Ok(blobs) => return Ok(blobs),
            Err(e) => e,
        };
        let sidecars: Vec<Sidecar> = self
            .get(join(source, &format!("eth/v1/beacon/blob_sidecars/{slot}"))?)
            .await
            .map_err(|e| format!("{blobs_failure}; then {e}"))?;
        let mut out = Vec::with_capacity(hashes.len());
        for hash in hashes {
            let sidecar = sidecars
                .iter()
                .find(|s| kzg_to_versioned_hash(&s.kzg_commitment) == *hash)
                .ok_or_else(|| format!("{blobs_failure}; then no sidecar at slot {slot} for {hash}"))?;
            out.push(sidecar.blob.clone());
        }
        Ok(out)
    }
}

fn join(base: &reqwest::Url, path: &str) -> Result<reqwest::Url, String> {
    let mut base = base.clone();
    if !base.path().ends_with('/') {
        base.set_path(&format!("{}/", base.path()));
    }
    base.join(path).map_err(|e| format!("{base}{path}: {e}"))
}

impl BlobSource for BeaconBlobs {
    async fn blobs(&self, tx: B256) -> Result<Vec<Blob>, L1Error> {
        let transaction =
            self.provider.get_transaction_by_hash(tx).await?.ok_or(L1Error::MissingTransaction(tx))?;
        let hashes = transaction.blob_versioned_hashes().unwrap_or_default().to_vec();
        let number =
            transaction.block_number.ok_or_else(|| L1Error::Blobs { tx, reason: "not mined".into() })?;
        let block = self
            .provider
            .get_block_by_number(number.into())
            .await?
            .ok_or_else(|| L1Error::Blobs { tx, reason: format!("block {number} not found") })?;
        let mut failures = Vec::new();
        for source in &self.sources {
            let attempt = async {
                let slot = self.slot_of(source, block.header.timestamp).await?;
                let raw = self.fetch_from(source, slot, &hashes).await?;
                let blobs = blobs_on_heap(tx, &raw).map_err(|e| e.to_string())?;
                check_blobs(tx, &hashes, &blobs).map_err(|e| e.to_string())?;
                Ok::<_, String>(blobs)
            };
            match attempt.await {
                Ok(blobs) => return Ok(blobs),
                Err(e) => failures.push(e),
            }
        }
        Err(L1Error::Blobs { tx, reason: format!("no source served them: {}", failures.join(" | ")) })
    }
}
