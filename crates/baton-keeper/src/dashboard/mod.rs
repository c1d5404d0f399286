//! The inclusion-delay dashboard: a read-only web page, and the JSON API it draws from, that show from L1 alone
//! whether the sequencer set is live, fair and honest. Served by every keeper (also `--watch-only`, which holds
//! no key) at `/`, with its assets embedded in the binary (no CDN: it works offline).
//!
//! The figures come from the keeper's own L1 index (batches and forced entries, rewound on a reorg) plus the
//! registry's operators, member sets and slash events, and each batch's receipt and transaction count, read by
//! a task of the dashboard's own (see [`refresh`]). Every panel has its endpoint, so integrators consume the same
//! numbers the page shows:
//!
//! | endpoint | what |
//! |---|---|
//! | `GET /api/now` | head, slot, epoch, leader and backups, the lookahead, recent slots, escape hatch, queue |
//! | `GET /api/operators` | bond, status, strikes, slots led / posted / covered / missed, faults, penalties, feed |
//! | `GET /api/forced?window=BLOCKS&limit=N` | the forced queue with deadlines, delay percentiles, censorship payouts |
//! | `GET /api/faults` | every slash: kind, evidence digest, reporter, bounty, compensation, L1 transaction |
//! | `GET /api/cost?limit=N` | L1 gas per batch and per L2 transaction, by data kind |
//! | `GET /api/probe` | the inclusion probe (`--probe-key`): sent-to-L1 delay per node, operators passing probes over |
//! | `GET /api/trust` | what a user must trust, in words, from the deployed parameters |
//! | `GET /api/events` | server-sent events: `update` with the board's version at every change |

pub mod board;
pub mod probe;
mod refresh;

use std::{
    collections::BTreeSet,
    convert::Infallible,
    sync::{Arc, RwLock},
    time::Duration,
};

use alloy::providers::DynProvider;
use axum::{
    extract::{Query, State},
    http::{header, HeaderValue, StatusCode},
    response::{
        sse::{Event, KeepAlive, Sse},
        IntoResponse, Response,
    },
    routing::get,
    Json, Router,
};
use baton_l1::{Blobs, L1Reader};
use baton_protocol::{deployment::Deployment, schedule::Schedule};
use serde::{Deserialize, Serialize};
use tokio::sync::{mpsc, watch};

use crate::{
    index::Index,
    store::{QueuedEntry, RecordedBatch},
};
use board::{Board, FeedHealth, IndexUpdate};

/// The page and its assets, embedded.
const INDEX_HTML: &str = include_str!("assets/index.html");
const APP_JS: &str = include_str!("assets/app.js");
const APP_CSS: &str = include_str!("assets/app.css");
/// uPlot (MIT), vendored from npm by `make dashboard-vendor`; `make dashboard-vendor-check` fails when stale.
const UPLOT_JS: &str = include_str!("assets/vendor/uPlot.iife.min.js");
const UPLOT_CSS: &str = include_str!("assets/vendor/uPlot.min.css");

/// The dashboard's shared state: what the routes read.
#[derive(Clone, Debug)]
pub(crate) struct Dashboard {
    board: Arc<RwLock<Board>>,
    version: watch::Receiver<u64>,
    /// The sender of a board nobody updates ([`router_for`]), kept so that event streams stay open.
    _fixed: Option<Arc<watch::Sender<u64>>>,
}

/// The dashboard serving a board nobody updates: benchmarks and tests of the page with a history of any size.
pub fn router_for(board: Board) -> Router {
    let (sender, version) = watch::channel(board.version);
    router(Dashboard { board: Arc::new(RwLock::new(board)), version, _fixed: Some(Arc::new(sender)) })
}

/// The keeper's end: hands the dashboard what each round indexed.
#[derive(Debug)]
pub(crate) struct Feeder {
    updates: mpsc::UnboundedSender<IndexUpdate>,
    /// Batches and entries already handed over.
    sent_batches: u64,
    sent_entries: u64,
}

impl Feeder {
    /// Hands over what the index gained since the last call (after a rewind to `rewound_to`, everything past the
    /// fork point again).
    pub(crate) fn send(
        &mut self,
        index: &Index,
        rewound_to: Option<Option<u64>>,
        head: u64,
        escape_hatch_open: bool,
        feeds: Vec<FeedHealth>,
    ) {
        if let Some(fork) = rewound_to {
            let keep = fork.map_or(0, |n| n + 1);
            self.sent_batches = index.batches.values().take_while(|b| b.block < keep).count() as u64;
            self.sent_entries = index.entries.values().take_while(|e| e.block < keep).count() as u64;
        }
        let batches: Vec<RecordedBatch> =
            index.batches.range(self.sent_batches..).map(|(_, b)| b.clone()).collect();
        let entries: Vec<QueuedEntry> =
            index.entries.range(self.sent_entries..).map(|(_, e)| e.clone()).collect();
        self.sent_batches += batches.len() as u64;
        self.sent_entries += entries.len() as u64;
        let _ = self.updates.send(IndexUpdate {
            rewound_to,
            batches,
            entries,
            head,
            indexed: index.cursor.map_or(0, |c| c.number),
            escape_hatch_open,
            feeds,
        });
    }
}

/// What the dashboard reads from, besides the keeper's index.
pub(crate) struct Sources {
    pub(crate) provider: DynProvider,
    /// Reads batch data (to count transactions and find probes).
    pub(crate) reader: L1Reader<Blobs>,
    /// The operators' nodes (the keeper's feeds), where probes go.
    pub(crate) nodes: Vec<reqwest::Url>,
    /// The keeper's database (the probe's nonce).
    pub(crate) store: Arc<crate::store::Store>,
    pub(crate) timeout: Duration,
}

/// Starts the dashboard's tasks (its refresher, and the probe when configured); returns what the routes read, what
/// the keeper feeds, and the tasks.
pub(crate) fn start(
    sources: Sources,
    deployment: &Deployment,
    schedule: Schedule,
    probe: Option<probe::ProbeConfig>,
    stop: watch::Receiver<bool>,
) -> (Dashboard, Feeder, Vec<tokio::task::JoinHandle<()>>) {
    let Sources { provider, reader, nodes, store, timeout } = sources;
    let mut board = Board::new(schedule, deployment.params.clone(), deployment.registry, deployment.inbox);
    if probe.is_some() {
        board.enable_probe();
    }
    let board = Arc::new(RwLock::new(board));
    let (version_tx, version) = watch::channel(0);
    let (updates, receiver) = mpsc::unbounded_channel();
    let refresher = refresh::Refresher {
        provider: provider.clone(),
        registry: deployment.registry,
        reader,
        board: board.clone(),
        version: version_tx,
        timeout,
        // The registry is deployed in the genesis block: no registry event is older.
        scan_from: schedule.params.genesis_block,
        ids: BTreeSet::new(),
        bounty_bps: deployment.params.bounty_bps,
        operators_read_at: None,
    };
    let mut tasks = vec![tokio::spawn(refresher.run(receiver))];
    if let Some(config) = probe {
        let l2_chain_id = deployment.params.l2_chain_id;
        let probe = probe::Probe {
            config,
            chain_id: l2_chain_id,
            nodes,
            board: board.clone(),
            store,
            timeout,
            provider,
        };
        tasks.push(tokio::spawn(probe.run(stop)));
    }
    (Dashboard { board, version, _fixed: None }, Feeder { updates, sent_batches: 0, sent_entries: 0 }, tasks)
}

/// The page, its assets and the API.
pub(crate) fn router(dashboard: Dashboard) -> Router {
    Router::new()
        .route("/", get(|| async { asset("text/html; charset=utf-8", INDEX_HTML) }))
        .route("/assets/app.js", get(|| async { asset("text/javascript; charset=utf-8", APP_JS) }))
        .route("/assets/app.css", get(|| async { asset("text/css; charset=utf-8", APP_CSS) }))
        .route(
            "/assets/uPlot.iife.min.js",
            get(|| async { asset("text/javascript; charset=utf-8", UPLOT_JS) }),
        )
        .route("/assets/uPlot.min.css", get(|| async { asset("text/css; charset=utf-8", UPLOT_CSS) }))
        .route("/api/now", get(|State(d): State<Dashboard>| async move { api(&d, Board::now) }))
        .route("/api/operators", get(|State(d): State<Dashboard>| async move { api(&d, Board::operators) }))
        .route(
            "/api/forced",
            get(|State(d): State<Dashboard>, Query(q): Query<ForcedQuery>| async move {
                api(&d, |b| b.forced(q.window, q.limit.unwrap_or(board::MAX_LISTED_ENTRIES)))
            }),
        )
        .route("/api/faults", get(|State(d): State<Dashboard>| async move { api(&d, Board::faults) }))
        .route(
            "/api/cost",
            get(|State(d): State<Dashboard>, Query(q): Query<LimitQuery>| async move {
                api(&d, |b| b.cost(q.limit.unwrap_or(500)))
            }),
        )
        .route("/api/trust", get(|State(d): State<Dashboard>| async move { api(&d, Board::trust) }))
        .route("/api/probe", get(|State(d): State<Dashboard>| async move { api(&d, Board::probe) }))
        .route("/api/events", get(events))
        .with_state(dashboard)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ForcedQuery {
    /// Blocks back from the indexed one; absent: all history.
    window: Option<u64>,
    /// Entries listed (at most [`board::MAX_LISTED_ENTRIES`]).
    limit: Option<usize>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LimitQuery {
    limit: Option<usize>,
}

fn asset(content_type: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, HeaderValue::from_static(content_type))], body).into_response()
}

/// One API answer: computed under the read lock, serialized after it is released.
fn api<T: Serialize>(dashboard: &Dashboard, view: impl FnOnce(&Board) -> T) -> Response {
    let answer = match dashboard.board.read() {
        Ok(board) => view(&board),
        Err(_) => return (StatusCode::INTERNAL_SERVER_ERROR, "dashboard state poisoned").into_response(),
    };
    ([(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))], Json(answer)).into_response()
}

/// Server-sent events: one `update` with the board's version now and at every change.
async fn events(
    State(dashboard): State<Dashboard>,
) -> Sse<impl futures_util::Stream<Item = Result<Event, Infallible>>> {
    let stream = futures_util::stream::unfold((dashboard.version, true), |(mut version, first)| async move {
        if !first && version.changed().await.is_err() {
            return None;
        }
        let current = *version.borrow_and_update();
        let event = Event::default().event("update").data(format!("{{\"version\":{current}}}"));
        Some((Ok(event), (version, false)))
    });
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
}
