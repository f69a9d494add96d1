#!/usr/bin/env node
// Comparison benchmark, in one headless Chromium run on the same data
// (issue 18): this project's roster (JSON bytes → Roster.fromJson → first
// report, then the full analysis again from the held roster after a profile
// switch), analyze(text) for reference, its CSV and XLSX import, against two
// peers: a tuned plain-JavaScript implementation (benches/plain-fast.js:
// bytes → typed columns → typed counters) and DuckDB-Wasm loading the same
// people through its own CSV reader, then SQL on the loaded tables. Also the
// idiomatic plain JavaScript of before (benches/plain.js), SheetJS, the
// page's time to interactive, and memory.
//
// The cross-check: every figure's results are compared with this project's
// roster report at the same size. A difference prints MISMATCH, a figure
// that did not run (an exception, a crash, a timeout, ours included) prints
// MISSING; either makes the exit code 1.
//
//   node benches/compare.mjs --data DIR --sizes 5000,100000,1000000 --xlsx 100000,1000000 [--runs 5]
//
// DIR holds people-N.json (and people-N.xlsx for the XLSX figures), as
// scripts/bench.sh writes them with target/release/qhcb-generate;
// people-N.csv is written here when missing (benches/make-csv.mjs).
import { createServer } from "node:http";
import { createReadStream, readFileSync, statSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, extname, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadavg, cpus, totalmem } from "node:os";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CSP, EXECUTABLE } from "../tests/e2e/support.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { values: args } = parseArgs({
  options: {
    data: { type: "string", default: "/tmp/qhcb-bench" },
    sizes: { type: "string", default: "5000,100000,1000000" },
    xlsx: { type: "string", default: "100000,1000000" },
    // SheetJS builds every cell as an object: only at these sizes.
    sheetjs: { type: "string", default: "100000" },
    // The idiomatic plain JavaScript of before (benches/plain.js).
    "plain-sizes": { type: "string", default: "5000,100000,1000000" },
    runs: { type: "string", default: "5" },
    "tti-runs": { type: "string", default: "5" },
    only: { type: "string", default: "" }, // comma-separated figure keys, for quick checks
  },
});
const DATA = resolve(args.data);
const SIZES = args.sizes.split(",").filter(Boolean).map(Number);
const XLSX_SIZES = args.xlsx.split(",").filter(Boolean).map(Number);
const SHEETJS_SIZES = args.sheetjs.split(",").filter(Boolean).map(Number);
const PLAIN_SIZES = args["plain-sizes"].split(",").filter(Boolean).map(Number);
const RUNS = Number(args.runs);
const ONLY = new Set(args.only.split(",").filter(Boolean));
const wanted = (key) => ONLY.size === 0 || ONLY.has(key);
// One figure may not take longer than this (2.5M people with DuckDB is slow).
const FIGURE_TIMEOUT = 20 * 60_000;

// ---- a static server on loopback: the repository, and /data/ for the inputs ----------

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".csv": "text/csv; charset=utf-8",
};

function serve() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname));
    const [root, rest] = path.startsWith("/data/") ? [DATA, path.slice(6)] : [ROOT, path];
    const file = join(root, rest.endsWith("/") ? `${rest}index.html` : rest);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end("not found");
      return;
    }
    const headers = {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": statSync(file).size,
      "cache-control": "no-cache",
    };
    // The page runs under the CSP it is deployed with (tests/e2e/support.mjs).
    if (path.startsWith("/www/") && extname(file) === ".html") headers["content-security-policy"] = CSP;
    response.writeHead(200, headers);
    // Streamed: the inputs are hundreds of MB.
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => {
    server.listen(0, "127.0.0.1", () => done({ url: `http://127.0.0.1:${server.address().port}/`, server }));
  });
}

// ---- statistics and printing -----------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const people = (n) => n.toLocaleString("en");

const rows = []; // { figure, size, times, ours } or { figure, size, text }
let mismatches = 0;
let missing = 0;

/** A timed figure; `ours` is the times of this project's figure it is compared with (its ratio). */
function record(figure, size, times, ours) {
  rows.push({ figure, size, times, ours });
}

function note(figure, size, text) {
  rows.push({ figure, size, text });
}

// ---- the cross-check ------------------------------------------------------------

/** Every difference between two summaries, as "path: ours vs theirs". */
function differences(ours, theirs, path = "") {
  if (typeof ours === "number" && typeof theirs === "number") {
    const close = Math.abs(ours - theirs) <= 1e-9 * Math.max(1, Math.abs(ours));
    return close ? [] : [`${path}: ${ours} vs ${theirs}`];
  }
  if (ours === null || theirs === null || typeof ours !== "object" || typeof theirs !== "object") {
    return ours === theirs ? [] : [`${path}: ${JSON.stringify(ours)} vs ${JSON.stringify(theirs)}`];
  }
  const keys = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
  return [...keys].flatMap((k) =>
    k in ours && k in theirs ? differences(ours[k], theirs[k], `${path}.${k}`) : [`${path}.${k}: ${k in ours ? "missing in theirs" : "missing in ours"}`],
  );
}

/** How many figures a summary holds (numbers and nulls), for the report of what was compared. */
function leaves(x) {
  if (x === null || typeof x !== "object") return 1;
  return Object.values(x).reduce((n, v) => n + leaves(v), 0);
}

const checks = []; // { label, size, result }

/**
 * Compares `theirs` with this project's `ours`. Neither may be missing: a
 * figure that did not run (either side) is a MISSING line and fails the run.
 */
function crossCheck(label, size, ours, theirs) {
  if (!ours || !theirs) {
    missing += 1;
    const which = !ours ? "this project's figure (the reference)" : label;
    console.log(`MISSING ${label} vs qhcb at ${people(size)} people: no result from ${which}`);
    checks.push({ label, size, result: "MISSING" });
    return;
  }
  const diff = differences(ours, theirs);
  if (diff.length === 0) {
    console.error(`check ok: ${label} = qhcb at ${people(size)} people (${leaves(ours)} figures)`);
    checks.push({ label, size, result: `equal (${leaves(ours)} figures)` });
    return;
  }
  mismatches += 1;
  checks.push({ label, size, result: `MISMATCH (${diff.length} differences)` });
  console.log(`MISMATCH ${label} vs qhcb at ${people(size)} people (${diff.length} differences):`);
  for (const d of diff.slice(0, 20)) console.log(`  ${d}`);
}

// ---- the run ----------------------------------------------------------------------

const { url, server } = await serve();
const loadBefore = loadavg()[0];
const browser = await chromium.launch({
  executablePath: EXECUTABLE,
  // Playwright starts Chromium with --headless and a fresh temporary --user-data-dir.
  headless: true,
  // gc() between runs, outside the timings.
  // Precise performance.memory for the JS heap of the plain JavaScript peer.
  args: [...CHROMIUM_ARGS, "--js-flags=--expose-gc", "--enable-precise-memory-info"],
});
const context = await browser.newContext();
// Nothing may come from the network. Watched, not intercepted: interception
// would slow every request down (and with it the page's time to interactive).
const outside = new Set();
function watch(where) {
  where.on("request", (request) => {
    if (!/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(request.url())) outside.add(request.url());
  });
}
watch(context);

/** Runs one figure in a fresh page; `{ failed: why }` on an error, a crash or a timeout (noted in the table). */
async function figure(key, query) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("crash", () => errors.push("the page crashed (out of memory?)"));
  try {
    await page.goto(`${url}benches/compare.html?${new URLSearchParams({ runs: RUNS, ...query })}`);
    await page.waitForFunction(() => typeof window.bench === "function");
    let timer;
    const result = await Promise.race([
      page.evaluate((k) => window.bench(k), key),
      new Promise((_, fail) => (timer = setTimeout(() => fail(new Error("timed out")), FIGURE_TIMEOUT))),
    ]).finally(() => clearTimeout(timer));
    if (result.error) throw new Error(result.error);
    return result;
  } catch (error) {
    const why = errors[0] ?? error.message.split("\n")[0];
    console.error(`${key} ${JSON.stringify(query)} failed: ${error.message}\n${errors.join("\n")}`);
    return { failed: why };
  } finally {
    await page.close().catch(() => {});
  }
}

const totals = (r, part = "total", list = "runs") => r[list].map((x) => x[part]);
const versions = { chromium: browser.version(), duckdb: null, duckdbBundle: null, sheetjs: null, qhcb: null };
const memory = []; // { size, tool, what, peak, held }
const inputs = [];
const MB = 2 ** 20;
const withoutAges = (summary) => {
  if (!summary) return summary;
  const { ages, ...rest } = summary;
  void ages;
  return rest;
};

/** people-N.csv from people-N.json (benches/make-csv.mjs), when missing. */
function ensureCsv(size) {
  const csv = join(DATA, `people-${size}.csv`);
  if (!existsSync(csv)) execFileSync(process.execPath, [join(ROOT, "benches/make-csv.mjs"), join(DATA, `people-${size}.json`)], { stdio: "inherit" });
  return csv;
}

const ALL_SIZES = [...new Set([...SIZES, ...XLSX_SIZES])].sort((a, b) => a - b);
for (const size of ALL_SIZES) {
  const json = join(DATA, `people-${size}.json`);
  if (!existsSync(json)) {
    missing += 1;
    console.log(`MISSING input ${json}: run scripts/bench.sh`);
    continue;
  }
  const csv = ensureCsv(size);
  const xlsx = join(DATA, `people-${size}.xlsx`);
  inputs.push(`${people(size)} people: ${(statSync(json).size / 1e6).toFixed(1)} MB JSON, ${(statSync(csv).size / 1e6).toFixed(1)} MB CSV` +
    (XLSX_SIZES.includes(size) && existsSync(xlsx) ? `, ${(statSync(xlsx).size / 1e6).toFixed(1)} MB XLSX` : ""));
  const query = { data: `/data/people-${size}.json`, csv: `/data/people-${size}.csv`, xlsx: `/data/people-${size}.xlsx` };
  const full = SIZES.includes(size);
  console.error(`== ${people(size)} people`);

  // This project's roster always runs: every other figure is checked against it.
  const ours = await figure("qhcb-roster", query);
  let oursLoad = null;
  let oursSwitch = null;
  let reference = null;
  if (ours.failed) note("qhcb: Roster.fromJson(bytes) + first report", size, `failed: ${ours.failed}`);
  else {
    versions.qhcb = ours.version;
    reference = ours.summary;
    oursLoad = totals(ours);
    oursSwitch = totals(ours, "total", "switches");
    record("qhcb: JSON bytes → Roster.fromJson + first report (people: columns)", size, oursLoad, null);
    record("qhcb: … Roster.fromJson(bytes) alone", size, totals(ours, "load"), null);
    record("qhcb: … first report alone", size, totals(ours, "report"), null);
    record("qhcb: full analysis from the held roster (profile switch, people: none)", size, oursSwitch, null);
    memory.push({ size, tool: "qhcb roster (JSON bytes)", what: "core wasm memory: peak − after init", peak: ours.wasmBytes - ours.wasmBaseline, input: ours.inputBytes });
  }
  crossCheck("qhcb roster, report again after profile switches", size, withoutAges(reference), ours.failed ? null : ours.again);

  if (full && wanted("qhcb-columns")) {
    const compact = await figure("qhcb-columns", query);
    if (compact.failed) note('qhcb: analyze(text, {people: "columns"})', size, `failed: ${compact.failed}`);
    else if (!compact.present) note('qhcb: analyze(text, {people: "columns"})', size, 'absent: this build has no people: "columns" option');
    else {
      record('qhcb: analyze(text, {people: "columns"}) (reference: the whole text every time)', size, totals(compact), oursSwitch);
      memory.push({ size, tool: 'qhcb analyze(text, {people: "columns"})', what: "core wasm memory: peak − after init", peak: compact.wasmBytes - compact.wasmBaseline, input: compact.textChars });
    }
    crossCheck('qhcb analyze(text, {people: "columns"})', size, reference, compact.failed || !compact.present ? null : compact.summary);
  }

  for (const [key, name, loadWhat] of [
    ["plain-fast", "tuned plain JS (JSON.parse)", "decode, JSON.parse, typed columns"],
    ["plain-scan", "tuned plain JS (byte scanner)", "bytes scanned into typed columns"],
  ]) {
    if (!full || !wanted(key)) continue;
    const js = await figure(key, query);
    if (js.failed) note(name, size, `failed: ${js.failed}`);
    else {
      record(`${name}: JSON bytes → columns → figures`, size, totals(js), oursLoad);
      record(`${name}: … load alone (${loadWhat})`, size, totals(js, "load"), oursLoad);
      record(`${name}: … compute alone (columns → figures), first after load`, size, totals(js, "compute"), oursSwitch);
      record(`${name}: compute again from the held columns`, size, totals(js, "total", "again"), oursSwitch);
      memory.push({ size, tool: name, what: "JS heap at its peak in the load − before; typed columns held", peak: js.peakHeap, held: js.columnBytes, input: js.inputBytes });
    }
    crossCheck(name, size, reference, js.failed ? null : js.summary);
  }

  if (full && wanted("duckdb")) {
    const duck = await figure("duckdb", query);
    if (duck.failed) note("DuckDB-Wasm", size, `failed: ${duck.failed}`);
    else {
      versions.duckdb = duck.version;
      versions.duckdbBundle = duck.bundle;
      console.error(`DuckDB SQL, ms per statement: ${duck.runs.map((r) => r.each).join(", ")}`);
      record("DuckDB-Wasm: CSV bytes → read_csv table → SQL", size, totals(duck), oursLoad);
      record("DuckDB-Wasm: … load alone (read_csv into a typed table)", size, totals(duck, "load"), oursLoad);
      record("DuckDB-Wasm: … SQL alone on the loaded tables", size, totals(duck, "queries"), oursSwitch);
      memory.push({ size, tool: "DuckDB-Wasm", what: "duckdb_memory() after the runs (CSV file buffer apart)", peak: duck.memoryAfter, held: duck.memoryAfterLoad, input: duck.inputBytes });
    }
    crossCheck("DuckDB-Wasm (CSV)", size, reference, duck.failed ? null : duck.summary);
  }

  if (full && wanted("import-qhcb-csv")) {
    const imp = await figure("import-qhcb-csv", query);
    if (imp.failed) note("qhcb CSV", size, `failed: ${imp.failed}`);
    else {
      record("qhcb: CSV bytes → inspectFile + importFile + Roster + first report", size, totals(imp), oursLoad);
      for (const part of ["inspect", "import", "analyze"]) record(`qhcb CSV: … ${part === "analyze" ? "Roster.fromJson(people) + first report" : part + "File"}`, size, totals(imp, part), null);
      memory.push({ size, tool: "qhcb CSV import", what: "io wasm memory: peak − after init", peak: imp.ioBytes - imp.ioBaseline, input: imp.inputBytes });
    }
    crossCheck("qhcb CSV import (same people)", size, reference, imp.failed ? null : imp.summary);
  }

  if (PLAIN_SIZES.includes(size) && full && wanted("plain")) {
    const js = await figure("plain", query);
    if (js.failed) note("idiomatic plain JS (benches/plain.js)", size, `failed: ${js.failed}`);
    else {
      record("idiomatic plain JS: JSON.parse + compute (benches/plain.js)", size, totals(js), oursLoad);
      record("idiomatic plain JS: … compute alone", size, totals(js, "compute"), oursSwitch);
    }
    crossCheck("idiomatic plain JS", size, reference, js.failed ? null : js.summary);
  }

  if (XLSX_SIZES.includes(size)) {
    if (!existsSync(xlsx)) {
      missing += 1;
      console.log(`MISSING input ${xlsx}: run scripts/bench.sh`);
      continue;
    }
    const imp = await figure("import-qhcb", query);
    const impTimes = imp.failed ? null : totals(imp);
    if (imp.failed) note("qhcb XLSX", size, `failed: ${imp.failed}`);
    else {
      record("qhcb: XLSX bytes → inspectFile + importFile + Roster + first report", size, impTimes, oursLoad);
      for (const part of ["inspect", "import", "analyze"]) record(`qhcb XLSX: … ${part === "analyze" ? "Roster.fromJson(people) + first report" : part + "File"}`, size, totals(imp, part), null);
      memory.push({ size, tool: "qhcb XLSX import", what: "io wasm memory: peak − after init", peak: imp.ioBytes - imp.ioBaseline, input: imp.inputBytes });
    }
    crossCheck("qhcb XLSX import (same people)", size, reference, imp.failed ? null : imp.summary);
    if (SHEETJS_SIZES.includes(size)) {
      for (const [key, label] of [
        ["import-sheetjs", "SheetJS XLSX.read + sheet_to_json, then idiomatic plain JS"],
        ["import-sheetjs-tuned", "SheetJS (dense, first sheet only), then idiomatic plain JS"],
      ]) {
        if (!wanted(key)) continue;
        const theirs = await figure(key, query);
        if (theirs.failed) note(label, size, `failed: ${theirs.failed}`);
        else {
          versions.sheetjs = theirs.version;
          record(label, size, totals(theirs), impTimes);
          record(`${label}: … read alone`, size, totals(theirs, "read"), impTimes);
        }
        crossCheck(label, size, reference, theirs.failed ? null : theirs.summary);
      }
    }
  }
}

// ---- time to interactive of the page --------------------------------------------

/**
 * Navigates to www/index.html and returns the time (ms since the navigation
 * started, performance.timeOrigin) at which <qhcb-app> fired qhcb-ready.
 */
async function timeToReady(where) {
  const page = await where.newPage();
  await page.addInitScript(() => {
    // Capture on window: the event is composed and bubbles from <qhcb-app>.
    addEventListener("qhcb-ready", () => (window.__qhcbReady = performance.now()), { capture: true, once: true });
  });
  await page.goto(`${url}www/index.html`);
  await page.waitForFunction(() => window.__qhcbReady !== undefined, null, { timeout: 60_000 });
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const fcp = performance.getEntriesByName("first-contentful-paint")[0];
    return { ready: window.__qhcbReady, dcl: nav.domContentLoadedEventEnd, fcp: fcp?.startTime ?? NaN };
  });
  await page.close();
  return t;
}

if (wanted("tti")) {
  console.error("== time to interactive");
  const ttiRuns = Number(args["tti-runs"]);
  // Cold: a new browser context each time (no HTTP cache, no service worker).
  const cold = [];
  for (let i = 0; i <= ttiRuns; i++) {
    const fresh = await browser.newContext();
    watch(fresh);
    const t = await timeToReady(fresh);
    if (i > 0) cold.push(t); // the first is the warm-up
    await fresh.close();
  }
  // Warm: the same context again (HTTP cache and service worker in place).
  const returning = await browser.newContext();
  watch(returning);
  await timeToReady(returning);
  const warm = [];
  for (let i = 0; i <= ttiRuns; i++) {
    const t = await timeToReady(returning);
    if (i > 0) warm.push(t);
  }
  await returning.close();
  record("page: qhcb-ready after navigation, first visit", 0, cold.map((t) => t.ready), null);
  record("page: first contentful paint, first visit", 0, cold.map((t) => t.fcp), null);
  record("page: qhcb-ready after navigation, repeat visit", 0, warm.map((t) => t.ready), null);
}

await browser.close();
server.close();

// ---- the report -------------------------------------------------------------------

const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")).packages;
console.log("");
console.log(`Chromium ${versions.chromium} (headless, loopback), qhcb ${versions.qhcb ?? "?"}, ` +
  `@duckdb/duckdb-wasm ${lock["node_modules/@duckdb/duckdb-wasm"]?.version} (DuckDB ${versions.duckdb ?? "?"}, ${versions.duckdbBundle ?? "?"} bundle), ` +
  `SheetJS xlsx ${versions.sheetjs ?? lock["node_modules/xlsx"]?.version}; ${RUNS} runs after one warm-up, median and range.`);
console.log(`Inputs: ${inputs.join("; ")}.`);
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after.`);
console.log("");
console.log("| figure | size | median ms | min–max ms | ratio to qhcb (theirs ÷ ours) |");
console.log("|---|---:|---:|---:|---:|");
for (const r of rows) {
  const size = r.size ? people(r.size) : "—";
  if (r.text) {
    console.log(`| ${r.figure} | ${size} | ${r.text} | | |`);
    continue;
  }
  const m = median(r.times);
  const ratio = r.ours ? (m / median(r.ours)).toFixed(2) : "—";
  console.log(`| ${r.figure} | ${size} | ${ms(m)} | ${ms(Math.min(...r.times))}–${ms(Math.max(...r.times))} | ${ratio} |`);
}
if (memory.length) {
  console.log("");
  console.log("| memory | people | what | MB peak | MB held | MB per million people (peak) | input MB |");
  console.log("|---|---:|---|---:|---:|---:|---:|");
  const mb = (x) => (x == null || Number.isNaN(x) ? "?" : (x / MB).toFixed(x >= 10 * MB ? 0 : 1));
  for (const m of memory) {
    const perMillion = m.peak == null || Number.isNaN(m.peak) ? "?" : (m.peak / MB / (m.size / 1e6)).toFixed(0);
    console.log(`| ${m.tool} | ${people(m.size)} | ${m.what} | ${mb(m.peak)} | ${m.held == null ? "—" : mb(m.held)} | ${perMillion} | ${mb(m.input)} |`);
  }
}
console.log("");
console.log("| cross-check against qhcb's roster report | people | result |");
console.log("|---|---:|---|");
for (const c of checks) console.log(`| ${c.label} | ${people(c.size)} | ${c.result} |`);
console.log("");
if (outside.size) console.log(`WARNING: requests outside loopback: ${[...outside].join(", ")}`);
else console.log("Network: every request went to the loopback server.");
const failed = mismatches + missing;
console.log(
  failed === 0
    ? `Cross-check: all ${checks.length} comparisons equal this project's report; nothing missing.`
    : `Cross-check FAILED: ${mismatches} MISMATCH(ES), ${missing} MISSING above.`,
);
process.exit(failed === 0 ? 0 : 1);
