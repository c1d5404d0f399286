//! Baton's L1 record, read from any JSON-RPC endpoint: appended batches with their data (calldata or blob
//! sidecars), forced-queue entries, and the derivation of the canonical L2 list from them.
//!
//! Logs are fetched in bounded block ranges. Blob contents come from a [`BlobSource`] and are checked against
//! the versioned hashes the transaction carried, so a lying blob source cannot change what is derived.
//! [`deploy::deploy`] deploys the contracts; [`guard::check_deployment`] checks that an endpoint serves a deployment before any binary sends to it.
//! [`payouts`] reads escrowed slash payouts, whose records live in events (the registry keeps their hashes).

mod beacon;
pub mod committee;
pub mod deploy;
pub mod guard;
pub mod payouts;
pub mod slashes;
pub use beacon::BeaconBlobs;

use std::collections::BTreeMap;

use alloy::{
    consensus::Transaction as _,
    eips::eip4844::{env_settings::EnvKzgSettings, kzg_to_versioned_hash, AsCkzg, Blob},
    primitives::{keccak256, Address, Bytes, B256},
    providers::{DynProvider, Provider},
    rpc::types::{Filter, Log},
    sol_types::{SolEvent, SolValue},
};
use baton_bindings::batch_inbox::BatchInbox;
use baton_protocol::{
    calldata,
    derive::{self, BatchData, BatchRecord, Derived, EntryContent, ForcedEntry, Rejection},
    BatchHeader,
};

/// Default block span of one `eth_getLogs` request.
pub const DEFAULT_LOG_CHUNK: u64 = 1_000;

/// Errors reading the L1 record.
#[derive(Debug, thiserror::Error)]
pub enum L1Error {
    /// The RPC endpoint failed.
    #[error("rpc: {0}")]
    Rpc(#[from] alloy::transports::TransportError),
    /// A log or transaction did not decode as the inbox's ABI.
    #[error("undecodable {what} in transaction {tx}: {reason}")]
    Decode {
        /// What was being decoded.
        what: &'static str,
        /// The transaction.
        tx: B256,
        /// Why it failed.
        reason: String,
    },
    /// The transaction that appended a batch is not known to the endpoint.
    #[error("transaction {0} not found")]
    MissingTransaction(B256),
    /// The batch was appended by a contract calling the inbox (a Safe, a relayer) and its payload could not be
    /// read from the call trace.
    #[error(
        "batch {batch} was posted through a contract ({to:?}): its payload is in an inner call, read with \
         debug_traceTransaction (call tracer), which failed: {reason}"
    )]
    IndirectPost {
        /// The batch number.
        batch: u64,
        /// The transaction's target.
        to: Option<Address>,
        /// Why the trace did not give the payload (the endpoint has no debug namespace, or no matching call).
        reason: String,
    },
    /// The blob source did not return what the transaction committed to.
    #[error("blobs of transaction {tx}: {reason}")]
    Blobs {
        /// The transaction.
        tx: B256,
        /// What was wrong.
        reason: String,
    },
    /// A committee (data-availability) batch's payload is not on L1 and could not be fetched from the signers of
    /// its certificate. Derivation stops here rather than skip it: the batch is valid, only its data is elsewhere.
    #[error("batch {batch} keeps its data with the committee (commitment {commitment}): {reason}")]
    CommitteeData {
        /// The batch number.
        batch: u64,
        /// `keccak256(payload)`, the header's data commitment.
        commitment: B256,
        /// Why it is not available here.
        reason: String,
    },
    /// The batch's `DataKind` is not one this reader knows (a newer inbox).
    #[error("batch {batch} has data kind {kind}, unknown to this reader")]
    UnknownDataKind {
        /// The batch number.
        batch: u64,
        /// The kind.
        kind: u8,
    },
    /// The records do not chain.
    #[error(transparent)]
    Derive(#[from] derive::DeriveError),
}

/// The logs `filter` matches in blocks `[from, to]`, fetched `chunk` blocks per request.
pub async fn chunked_logs(
    provider: &DynProvider,
    filter: &Filter,
    from: u64,
    to: u64,
    chunk: u64,
) -> Result<Vec<Log>, L1Error> {
    let mut out = Vec::new();
    let mut start = from;
    while start <= to {
        let end = to.min(start.saturating_add(chunk.max(1) - 1));
        out.extend(provider.get_logs(&filter.clone().from_block(start).to_block(end)).await?);
        start = end + 1;
    }
    Ok(out)
}

/// Converts between structs with one ABI, e.g. the protocol's `BatchHeader` and a binding's.
pub fn convert<A: SolValue, B>(value: &A) -> B
where
    B: SolValue + From<<B::SolType as alloy::sol_types::SolType>::RustType>,
{
    // Both sides encode the same static tuple, so decoding cannot fail.
    B::abi_decode(&value.abi_encode()).unwrap_or_else(|_| unreachable!("identical ABI"))
}

/// Where blob contents come from once their transaction is mined.
pub trait BlobSource: Send + Sync {
    /// The blobs of transaction `tx`, in order.
    fn blobs(&self, tx: B256) -> impl std::future::Future<Output = Result<Vec<Blob>, L1Error>> + Send;
}

/// anvil keeps every blob it mined and serves them by transaction hash (`anvil_getBlobsByTransactionHash`).
#[derive(Clone, Debug)]
pub struct AnvilBlobs(pub DynProvider);

impl BlobSource for AnvilBlobs {
    async fn blobs(&self, tx: B256) -> Result<Vec<Blob>, L1Error> {
        // As `Bytes`, not `Blob`: deserializing a 128 KiB array goes through the stack.
        let blobs: Option<Vec<Bytes>> =
            self.0.raw_request("anvil_getBlobsByTransactionHash".into(), (tx,)).await?;
        let blobs = blobs.ok_or(L1Error::Blobs { tx, reason: "unknown to the blob source".into() })?;
        blobs_on_heap(tx, &blobs)
    }
}

/// The blob source a node or a reader is configured with: anvil's own method (devnets), or beacon-API sources
/// (a beacon node, then archivers).
#[derive(Clone, Debug)]
pub enum Blobs {
    /// `anvil_getBlobsByTransactionHash`.
    Anvil(AnvilBlobs),
    /// The beacon API.
    Beacon(BeaconBlobs),
}

impl Blobs {
    /// Beacon-API sources when any are given, anvil's method otherwise.
    pub fn configured(provider: DynProvider, beacon_sources: Vec<reqwest::Url>) -> Self {
        if beacon_sources.is_empty() {
            Self::Anvil(AnvilBlobs(provider))
        } else {
            Self::Beacon(BeaconBlobs::new(provider, beacon_sources))
        }
    }
}

impl BlobSource for Blobs {
    async fn blobs(&self, tx: B256) -> Result<Vec<Blob>, L1Error> {
        match self {
            Self::Anvil(source) => source.blobs(tx).await,
            Self::Beacon(source) => source.blobs(tx).await,
        }
    }
}

/// Copies raw blobs into heap-allocated [`Blob`]s without a 128 KiB temporary per blob on the stack.
pub fn blobs_on_heap(tx: B256, raw: &[Bytes]) -> Result<Vec<Blob>, L1Error> {
    let mut blobs = vec![Blob::ZERO; raw.len()];
    for (i, (blob, bytes)) in blobs.iter_mut().zip(raw).enumerate() {
        if bytes.len() != blob.len() {
            return Err(L1Error::Blobs { tx, reason: format!("blob {i} is {} bytes", bytes.len()) });
        }
        blob.copy_from_slice(bytes);
    }
    Ok(blobs)
}

/// Checks `blobs` against the versioned hashes their transaction carried (KZG commitment of each blob).
pub fn check_blobs(tx: B256, versioned_hashes: &[B256], blobs: &[Blob]) -> Result<(), L1Error> {
    if blobs.len() != versioned_hashes.len() {
        return Err(L1Error::Blobs {
            tx,
            reason: format!("{} blobs for {} versioned hashes", blobs.len(), versioned_hashes.len()),
        });
    }
    let settings = EnvKzgSettings::Default.get();
    for (i, (blob, expected)) in blobs.iter().zip(versioned_hashes).enumerate() {
        let commitment = settings
            .blob_to_kzg_commitment(blob.as_ckzg())
            .map_err(|e| L1Error::Blobs { tx, reason: format!("blob {i}: {e}") })?;
        if kzg_to_versioned_hash(&commitment.to_bytes().into_inner()) != *expected {
            return Err(L1Error::Blobs { tx, reason: format!("blob {i} does not match its versioned hash") });
        }
    }
    Ok(())
}

/// A `BatchAppended` event: what L1 recorded, before the batch's data is fetched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Appended {
    /// The recorded header.
    pub header: BatchHeader,
    /// First forced entry included.
    pub queue_start: u64,
    /// 0 calldata, 1 blobs, 2 forced-only, 3 committee (`IBatchInbox.DataKind`).
    pub kind: u8,
    /// The transaction that appended it.
    pub tx: B256,
    /// The L1 block it was appended in.
    pub block: u64,
}

/// Reads one deployment's record from an L1 endpoint.
#[derive(Clone, Debug)]
pub struct L1Reader<B> {
    provider: DynProvider,
    inbox: Address,
    blobs: B,
    log_chunk: u64,
    /// Sequencer nodes asked for committee batches' payloads (`baton_getBatchData`).
    committee_sources: Vec<reqwest::Url>,
    http: reqwest::Client,
}

impl<B: BlobSource> L1Reader<B> {
    /// A reader of the inbox at `inbox`, fetching blobs from `blobs`.
    pub fn new(provider: DynProvider, inbox: Address, blobs: B) -> Self {
        Self {
            provider,
            inbox,
            blobs,
            log_chunk: DEFAULT_LOG_CHUNK,
            committee_sources: Vec::new(),
            http: reqwest::Client::new(),
        }
    }

    /// Asks these sequencer nodes (`baton_getBatchData`), in order, for the payloads of committee batches: the
    /// members that attested a batch keep its payload (docs/PROTOCOL.md §Committee certificates).
    pub fn with_committee_sources(mut self, nodes: Vec<reqwest::Url>) -> Self {
        self.committee_sources = nodes;
        self
    }

    /// The payload of a committee batch from the first source that serves one matching its commitment.
    async fn committee_payload(&self, header: &BatchHeader) -> Result<BatchData, L1Error> {
        let commitment = header.dataCommitment;
        let mut reasons = Vec::new();
        for node in &self.committee_sources {
            let body = serde_json::json!({"jsonrpc": "2.0", "id": 1, "method": "baton_getBatchData", "params": [commitment]});
            let reply = self
                .http
                .post(node.clone())
                .json(&body)
                .timeout(std::time::Duration::from_secs(5))
                .send()
                .await
                .and_then(reqwest::Response::error_for_status);
            let reply: serde_json::Value = match reply {
                Ok(r) => match r.json().await {
                    Ok(v) => v,
                    Err(e) => {
                        reasons.push(format!("{node}: {e}"));
                        continue;
                    }
                },
                Err(e) => {
                    reasons.push(format!("{node}: {e}"));
                    continue;
                }
            };
            match serde_json::from_value::<Option<Bytes>>(reply["result"].clone()) {
                Ok(Some(payload)) if keccak256(&payload) == commitment => {
                    return Ok(BatchData::Committee(payload))
                }
                Ok(Some(_)) => {
                    reasons.push(format!("{node}: served data that does not match the commitment"))
                }
                Ok(None) => reasons.push(format!("{node}: does not hold it")),
                Err(_) => reasons.push(format!("{node}: {}", reply)),
            }
        }
        Err(L1Error::CommitteeData {
            batch: header.batchNumber,
            commitment,
            reason: if reasons.is_empty() {
                "no committee data source configured".into()
            } else {
                reasons.join("; ")
            },
        })
    }

    /// Sets the block span of one `eth_getLogs` request.
    pub fn with_log_chunk(mut self, blocks: u64) -> Self {
        self.log_chunk = blocks.max(1);
        self
    }

    /// Logs of `event` emitted by the inbox in `[from, to]`, fetched in chunks.
    async fn logs(&self, signature: B256, from: u64, to: u64) -> Result<Vec<Log>, L1Error> {
        let filter = Filter::new().address(self.inbox).event_signature(signature);
        chunked_logs(&self.provider, &filter, from, to, self.log_chunk).await
    }

    /// Forced entries queued in blocks `[from, to]`, by index.
    pub async fn forced_entries(&self, from: u64, to: u64) -> Result<BTreeMap<u64, ForcedEntry>, L1Error> {
        let mut entries = BTreeMap::new();
        for log in self.logs(BatchInbox::ForcedEntryQueued::SIGNATURE_HASH, from, to).await? {
            let tx = log.transaction_hash.unwrap_or_default();
            let event = BatchInbox::ForcedEntryQueued::decode_log_data(log.data())
                .map_err(|e| L1Error::Decode { what: "ForcedEntryQueued", tx, reason: e.to_string() })?;
            let content = if event.kind == 0 {
                EntryContent::Transaction(event.data)
            } else {
                EntryContent::Deposit { to: event.to, value: event.value }
            };
            entries.insert(
                event.index,
                ForcedEntry { index: event.index, sender: event.sender, deadline: event.deadline, content },
            );
        }
        Ok(entries)
    }

    /// Batches appended in blocks `[from, to]`, in batch order, from their events alone (no data fetched).
    pub async fn appended(&self, from: u64, to: u64) -> Result<Vec<Appended>, L1Error> {
        let mut out = Vec::new();
        for log in self.logs(BatchInbox::BatchAppended::SIGNATURE_HASH, from, to).await? {
            let tx = log.transaction_hash.unwrap_or_default();
            let event = BatchInbox::BatchAppended::decode_log_data(log.data())
                .map_err(|e| L1Error::Decode { what: "BatchAppended", tx, reason: e.to_string() })?;
            out.push(Appended {
                header: convert(&event.header),
                queue_start: event.queueStart,
                kind: event.kind,
                tx,
                block: log.block_number.unwrap_or_default(),
            });
        }
        out.sort_by_key(|a| a.header.batchNumber);
        Ok(out)
    }

    /// The data of one appended batch (calldata from the transaction, blobs from the blob source).
    pub async fn data(&self, appended: &Appended) -> Result<BatchData, L1Error> {
        Ok(match appended.kind {
            0 => BatchData::Calldata(self.calldata_payload(appended.tx, &appended.header).await?),
            1 => self.blob_data(appended.tx).await?,
            2 => BatchData::ForcedOnly,
            3 => self.committee_payload(&appended.header).await?,
            kind => return Err(L1Error::UnknownDataKind { batch: appended.header.batchNumber, kind }),
        })
    }

    /// The hashes of the L2 transactions `appended` carries (its txRoot leaves, in order), read from its data: the
    /// inner `Err` when derivation rejects the batch (its payload does not decode or contradicts its txRoot).
    pub async fn transaction_hashes(
        &self,
        appended: &Appended,
    ) -> Result<Result<Vec<B256>, Rejection>, L1Error> {
        let data = self.data(appended).await?;
        let record = BatchRecord { header: appended.header.clone(), queue_start: appended.queue_start, data };
        Ok(derive::batch_transactions(&record).map(|txs| txs.iter().map(keccak256).collect()))
    }

    /// Batches appended in blocks `[from, to]`, in batch order, with their data.
    pub async fn batches(&self, from: u64, to: u64) -> Result<Vec<BatchRecord>, L1Error> {
        let mut records = Vec::new();
        for appended in self.appended(from, to).await? {
            let data = self.data(&appended).await?;
            records.push(BatchRecord { header: appended.header, queue_start: appended.queue_start, data });
        }
        Ok(records)
    }

    /// The payload of `header`'s batch from the input of `tx`, or from its call trace when the batch was posted
    /// through a contract.
    async fn calldata_payload(&self, tx: B256, header: &BatchHeader) -> Result<Bytes, L1Error> {
        let transaction =
            self.provider.get_transaction_by_hash(tx).await?.ok_or(L1Error::MissingTransaction(tx))?;
        let to = transaction.to();
        if to != Some(self.inbox) {
            return self.traced_payload(tx, header, to).await;
        }
        let (_, _, payload) = calldata::decode(transaction.input()).map_err(|e| L1Error::Decode {
            what: "appendBatch calldata",
            tx,
            reason: e.to_string(),
        })?;
        Ok(payload)
    }

    /// The payload of `header`'s batch from the call trace of `tx`, for batches posted through a contract: the
    /// successful `appendBatch()` call into the inbox whose payload the header commits to (one transaction may
    /// post several batches).
    async fn traced_payload(
        &self,
        tx: B256,
        header: &BatchHeader,
        to: Option<Address>,
    ) -> Result<Bytes, L1Error> {
        let batch = header.batchNumber;
        let indirect = |reason: String| L1Error::IndirectPost { batch, to, reason };
        let options = serde_json::json!({ "tracer": "callTracer" });
        let trace: serde_json::Value = self
            .provider
            .raw_request("debug_traceTransaction".into(), (tx, options))
            .await
            .map_err(|e| indirect(e.to_string()))?;
        let mut frames = vec![&trace];
        while let Some(frame) = frames.pop() {
            if let Some(calls) = frame["calls"].as_array() {
                frames.extend(calls);
            }
            let target = frame["to"].as_str().and_then(|t| t.parse::<Address>().ok());
            if target != Some(self.inbox) || frame.get("error").is_some_and(|e| !e.is_null()) {
                continue;
            }
            let Some(input) = frame["input"].as_str().and_then(|i| i.parse::<Bytes>().ok()) else { continue };
            if let Ok((calldata::Entry::Calldata, posted, payload)) = calldata::decode(&input) {
                if posted.tx_root == header.txRoot && keccak256(&payload) == header.dataCommitment {
                    return Ok(payload);
                }
            }
        }
        Err(indirect(format!("no successful appendBatch call for batch {batch} in the trace")))
    }

    async fn blob_data(&self, tx: B256) -> Result<BatchData, L1Error> {
        let transaction =
            self.provider.get_transaction_by_hash(tx).await?.ok_or(L1Error::MissingTransaction(tx))?;
        let versioned_hashes = transaction.blob_versioned_hashes().unwrap_or_default().to_vec();
        let blobs = self.blobs.blobs(tx).await?;
        check_blobs(tx, &versioned_hashes, &blobs)?;
        Ok(BatchData::Blobs { versioned_hashes, blobs })
    }

    /// Derives the canonical L2 list from everything in blocks `[from, to]` (`from` at or before the
    /// deployment block to start from batch 0).
    pub async fn derive(&self, from: u64, to: u64) -> Result<Derived, L1Error> {
        let entries = self.forced_entries(from, to).await?;
        let batches = self.batches(from, to).await?;
        Ok(derive::derive(None, &batches, &entries)?)
    }
}
