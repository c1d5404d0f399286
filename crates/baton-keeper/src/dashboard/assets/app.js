// Baton dashboard: draws the keeper's /api/* answers; refetches when /api/events says the board changed (or every
// few seconds when events are unavailable). Text is always set with textContent: nothing from the API is parsed
// as HTML.
"use strict";

const $ = (id) => document.getElementById(id);

/** Wei (decimal string) as ETH with at most 6 decimals, trailing zeros trimmed. */
function eth(wei) {
  const v = BigInt(wei);
  const unit = 10n ** 18n;
  const whole = v / unit;
  let frac = ((v % unit) / 10n ** 12n).toString().padStart(6, "0").replace(/0+$/, "");
  return frac ? `${whole}.${frac} ETH` : `${whole} ETH`;
}

const short = (hex) => (hex && hex.length > 14 ? `${hex.slice(0, 8)}…${hex.slice(-4)}` : hex || "");
const fmt = (n) => (n === null || n === undefined ? "–" : Number(n).toLocaleString("en-US"));

function cell(text, attrs) {
  const td = document.createElement("td");
  td.textContent = text;
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") td.className = v;
    else td.setAttribute(k, v);
  }
  return td;
}

function row(cells, attrs) {
  const tr = document.createElement("tr");
  for (const [k, v] of Object.entries(attrs || {})) tr.setAttribute(k, v);
  for (const c of cells) tr.appendChild(c);
  return tr;
}

function fill(tableId, rows) {
  const body = $(tableId).tBodies[0];
  body.replaceChildren(...rows);
}

function setText(id, text, attrs) {
  const el = $(id);
  el.textContent = text;
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
}

async function get(path) {
  const res = await fetch(path, { cache: "no-store" });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.json();
}

// ---- panels ----

let operatorSigners = new Map();
const opName = (id) => (id === null || id === undefined ? "nobody" : `#${id}`);

function drawNow(now) {
  setText("now-head", fmt(now.head));
  setText("now-indexed", fmt(now.indexed));
  setText("now-slot", fmt(now.slot));
  setText("now-slot-left", `${now.blocksLeftInSlot} of ${now.slotLength} blocks left`);
  setText("now-epoch", fmt(now.epoch));
  setText("now-leader", now.order.length ? opName(now.order[0]) : "none", { "data-id": now.order.length ? now.order[0] : "" });
  setText("now-backups", now.order.length > 1 ? `backups ${now.order.slice(1).map(opName).join(", ")}` : "");
  const hatch = now.escapeHatch;
  setText("now-hatch", hatch.open ? "OPEN" : "closed", { "data-open": String(hatch.open) });
  setText("now-hatch-note", hatch.open
    ? `no bonded post since block ${fmt(hatch.lastSequencedBlock)}: anyone may post`
    : `opens at block ${fmt(hatch.opensAtBlock)} if nobody bonded posts`);
  setText("now-batches", fmt(now.batches));
  setText("now-queue", `${fmt(now.queueHead)} / ${fmt(now.queueLength)}`);
  const strip = now.recent.map((s) => {
    const li = document.createElement("li");
    const state = s.leader === null ? "unled" : s.poster === null ? "missed" : s.poster === s.leader ? "posted" : "covered";
    li.className = state;
    li.dataset.slot = s.slot;
    li.title = `slot ${s.slot}: leader ${opName(s.leader)}, ${s.batches} batch(es), first by ${opName(s.poster)}`;
    li.textContent = state === "unled" ? `${s.slot}: no members` : `${s.slot}: ${opName(s.leader)}→${state === "missed" ? "✗" : opName(s.poster)}`;
    return li;
  });
  $("recent-slots").replaceChildren(...strip);
  fill("lookahead", now.lookahead.slice(0, 64).map((s) => row([
    cell(fmt(s.slot)), cell(fmt(s.epoch)), cell(fmt(s.startBlock)),
    cell(opName(s.order[0])), cell(s.order.slice(1).map(opName).join(" "))
  ], { "data-slot": s.slot })));
}

function drawOperators(ops) {
  operatorSigners = new Map(ops.operators.map((o) => [o.id, o.signer]));
  const now = Date.now();
  fill("operators-table", ops.operators.map((o) => {
    let feed = "–";
    if (o.feed) {
      const age = o.feed.lastOkMs ? Math.round((now - o.feed.lastOkMs) / 1000) : null;
      feed = o.feed.error ? `down: ${o.feed.error.slice(0, 40)}` : age === null ? "never answered" : `ok ${age}s ago, batch ${o.feed.cursor}`;
    }
    return row([
      cell(`#${o.id}`),
      cell(short(o.signer), { class: "mono", title: o.signer }),
      cell(o.status + (o.suspended ? " (suspended)" : ""), { class: `status-${o.status}`, "data-field": "status" }),
      cell(eth(o.bond), { "data-field": "bond", "data-wei": o.bond }),
      cell(fmt(o.strikes), { "data-field": "strikes" }),
      cell(fmt(o.slots.led), { "data-field": "led" }),
      cell(fmt(o.slots.posted), { "data-field": "posted" }),
      cell(fmt(o.slots.covered), { "data-field": "covered" }),
      cell(fmt(o.slots.missed), { "data-field": "missed" }),
      cell(fmt(o.batches), { "data-field": "batches" }),
      cell(fmt(o.probesPassedOver), { "data-field": "passedOver" }),
      cell(fmt(o.faults), { "data-field": "faults" }),
      cell(eth(o.penalties), { "data-field": "penalties", "data-wei": o.penalties }),
      cell(feed, { "data-field": "feed" }),
    ], { "data-operator": o.id });
  }));
  setText("slots-counted", `${fmt(ops.slotsCounted)} ended slots counted; ${ops.feeds.length} feed(s) read by this keeper.`);
}

const charts = {};

function chartWidth(id) {
  return Math.max(240, $(id).clientWidth || 300);
}

function drawChart(id, opts, data) {
  if (charts[id] && charts[id].series.length === data.length) {
    charts[id].setData(data);
    return;
  }
  if (charts[id]) charts[id].destroy(); // the series changed (a node appeared): draw anew
  charts[id] = new uPlot({ width: chartWidth(id), height: 240, ...opts }, data, $(id));
}

function drawForced(forced) {
  setText("forced-total", fmt(forced.total));
  setText("forced-pending", fmt(forced.pending));
  setText("forced-overdue", fmt(forced.overdue));
  const d = forced.delays;
  setText("forced-delays", d.count ? `${d.p50} / ${d.p95} / ${d.p99}` : "–", { "data-count": d.count });
  setText("forced-compensation", eth(forced.compensationPaid), { "data-wei": forced.compensationPaid });
  setText("forced-listed", forced.entries.length < forced.total
    ? `Showing ${fmt(forced.entries.length)} of ${fmt(forced.total)} entries: waiting ones first, then the newest included (all in /api/forced).`
    : "");
  fill("forced-table", forced.entries.map((e) => row([
    cell(fmt(e.index)),
    cell(short(e.sender), { class: "mono", title: e.sender }),
    cell(fmt(e.block)),
    cell(e.state === "included" ? fmt(e.deadline) : `${fmt(e.deadline)} (${e.blocksLeft >= 0 ? `${e.blocksLeft} left` : `${-e.blocksLeft} late`})`),
    cell(e.state, { class: `state-${e.state}`, "data-field": "state" }),
    cell(e.batch === null ? "–" : fmt(e.batch)),
    cell(e.delay === null ? "–" : fmt(e.delay), { "data-field": "delay" }),
  ], { "data-entry": e.index })));
  const xs = forced.series.map((p) => p[0]);
  const ys = forced.series.map((p) => p[1]);
  drawChart("forced-chart", {
    title: "Forced inclusion delay (blocks) by inclusion block",
    scales: { x: { time: false } },
    series: [{ label: "block" }, { label: "delay", stroke: "#3156d3", width: 0, points: { show: true, size: 6, fill: "#3156d3" } }],
    axes: [{ label: "L1 block" }, { label: "blocks" }],
  }, [xs, ys]);
}

function drawFaults(faults) {
  setText("faults-count", fmt(faults.slashes.length));
  setText("faults-penalties", eth(faults.penalties), { "data-wei": faults.penalties });
  setText("faults-bounties", eth(faults.bounties), { "data-wei": faults.bounties });
  setText("faults-compensation", eth(faults.compensation), { "data-wei": faults.compensation });
  fill("faults-table", faults.slashes.map((s) => row([
    cell(fmt(s.block)),
    cell(`#${s.operator}`, { "data-field": "operator" }),
    cell(s.kind, { "data-field": "kind" }),
    cell(short(s.evidence), { class: "mono", title: s.evidence }),
    cell(eth(s.penalty), { "data-field": "penalty", "data-wei": s.penalty }),
    cell(short(s.reporter), { class: "mono", title: s.reporter, "data-field": "reporter" }),
    cell(eth(s.bounty), { "data-field": "bounty", "data-wei": s.bounty }),
    cell(eth(s.compensation), { "data-field": "compensation", "data-wei": s.compensation }),
    cell(short(s.tx), { class: "mono", title: s.tx }),
  ], { "data-evidence": s.evidence, "data-operator": s.operator })));
}

const NODE_COLORS = ["#3156d3", "#1a7f37", "#b35900", "#c62828", "#6a1b9a", "#00838f", "#5d4037", "#455a64"];

function drawProbe(probe) {
  $("probe").dataset.enabled = String(probe.enabled);
  if (!probe.enabled) {
    setText("probe-state", "Off: start the keeper with --probe-key to send a small L2 transaction to each operator's node at an interval and time it to L1.");
  }
  fill("probe-table", probe.nodes.map((n) => {
    const d = n.delays;
    return row([
      cell(n.node, { class: "mono" }),
      cell(n.operator === null ? "–" : `#${n.operator}`),
      cell(fmt(n.sent), { "data-field": "sent" }),
      cell(fmt(n.included), { "data-field": "included" }),
      cell(d.count ? `${d.p50} / ${d.p95} / ${d.p99} blocks` : "–", { "data-field": "delays" }),
      cell(n.oldestPending === null ? "–" : `${n.oldestPending} blocks`),
      cell(n.refused ? `${fmt(n.refused)} (${(n.lastRefusal || "").slice(0, 40)})` : "0", { "data-field": "refused" }),
    ], { "data-node": n.node });
  }));
  const xs = [...new Set(probe.series.map((p) => p[0]))].sort((a, b) => a - b);
  const delayAt = new Map(probe.series.map((p) => [`${p[0]}:${p[2]}`, p[1]]));
  const data = [xs, ...probe.nodes.map((_, i) => xs.map((x) => delayAt.get(`${x}:${i}`) ?? null))];
  drawChart("probe-chart", {
    title: "Probe delay (blocks) by sent block",
    scales: { x: { time: false } },
    series: [{ label: "block" }, ...probe.nodes.map((n, i) => ({
      label: n.operator === null ? n.node : `#${n.operator}`, stroke: NODE_COLORS[i % NODE_COLORS.length], width: 0,
      points: { show: true, size: 5, fill: NODE_COLORS[i % NODE_COLORS.length] },
    }))],
    axes: [{ label: "L1 block sent" }, { label: "blocks" }],
  }, data);
}

const KIND_COLORS = { calldata: "#3156d3", blobs: "#1a7f37", "forced-only": "#888", committee: "#b35900" };

function drawCost(cost) {
  fill("cost-table", cost.byKind.map((k) => row([
    cell(k.kind), cell(fmt(k.batches), { "data-field": "batches" }), cell(fmt(k.gasPerBatch), { "data-field": "gasPerBatch" }),
    cell(fmt(k.txs), { "data-field": "txs" }), cell(fmt(k.gasPerTx), { "data-field": "gasPerTx" }), cell(fmt(k.blobGasPerTx)),
  ], { "data-kind": k.kind })));
  // One series per data kind over the batch number; gaps where a batch is of another kind.
  const kinds = cost.byKind.map((k) => k.kind);
  const xs = cost.series.map((p) => p.batch);
  const data = [xs, ...kinds.map((kind) => cost.series.map((p) => (p.kind === kind ? p.gasUsed : null)))];
  drawChart("cost-chart", {
    title: "L1 gas per batch",
    scales: { x: { time: false } },
    series: [{ label: "batch" }, ...kinds.map((kind) => ({
      label: kind, stroke: KIND_COLORS[kind] || "#444", width: 0, points: { show: true, size: 5, fill: KIND_COLORS[kind] || "#444" },
    }))],
    axes: [{ label: "batch number" }, { label: "gas", size: 70 }],
  }, data);
}

function drawTrust(trust) {
  $("trust-list").replaceChildren(...trust.items.map((i) => {
    const li = document.createElement("li");
    li.className = `level-${i.level}`;
    const b = document.createElement("strong");
    b.textContent = `${i.topic}: `;
    li.append(b, document.createTextNode(i.text));
    return li;
  }));
}

// ---- refresh loop ----

/** Forced entries listed (pending and overdue first); the counts and percentiles cover every entry. */
const FORCED_ROWS = 250;

let version = -1;
let inFlight = false;
let again = false;

async function refresh() {
  if (inFlight) { again = true; return; }
  inFlight = true;
  try {
    const windowParam = $("window").value;
    const [now, ops, forced, faults, cost, probe] = await Promise.all([
      get("/api/now"), get("/api/operators"),
      get(`/api/forced?limit=${FORCED_ROWS}${windowParam ? `&window=${windowParam}` : ""}`),
      get("/api/faults"), get("/api/cost?limit=2000"), get("/api/probe"),
    ]);
    drawNow(now);
    drawOperators(ops);
    drawForced(forced);
    drawFaults(faults);
    drawCost(cost);
    drawProbe(probe);
    version = now.version;
    document.body.dataset.version = String(version);
  } catch (e) {
    setText("live", `error: ${e.message}`, { "data-state": "error" });
  } finally {
    inFlight = false;
    if (again) { again = false; setTimeout(refresh, 0); }
  }
}

function connect() {
  if (!("EventSource" in window)) { setInterval(refresh, 3000); return; }
  const events = new EventSource("/api/events");
  events.addEventListener("update", (e) => {
    setText("live", "live", { "data-state": "live" });
    const v = JSON.parse(e.data).version;
    if (v !== version) refresh();
  });
  events.onerror = () => setText("live", "reconnecting…", { "data-state": "connecting" });
}

window.addEventListener("resize", () => {
  for (const [id, chart] of Object.entries(charts)) chart.setSize({ width: chartWidth(id), height: 240 });
});
$("window").addEventListener("change", refresh);
get("/api/trust").then(drawTrust).catch((e) => setText("live", `error: ${e.message}`, { "data-state": "error" }));
refresh();
// `?snapshot` draws once and stays idle (no event stream), so that a headless screenshot can tell when it is done.
if (new URLSearchParams(location.search).has("snapshot")) setText("live", "snapshot", { "data-state": "live" });
else connect();
