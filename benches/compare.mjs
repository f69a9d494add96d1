#!/usr/bin/env node
// Comparison benchmark, in one headless Chromium run on the same data:
// this project's analyze() (default and compact report), a plain JavaScript
// version (benches/plain.js), DuckDB-Wasm in SQL, spreadsheet import against
// SheetJS, the page's time to interactive, and the core module's wasm memory.
// Results are cross-checked: any figure that differs from this project's
// report prints a MISMATCH line (and the exit code is 1).
//
//   node benches/compare.mjs --data DIR --sizes 10000,100000 --xlsx 100000 [--runs 5]
//
// DIR holds people-N.json (and people-N.xlsx for the import figures), as
// scripts/bench.sh writes them with target/release/qhcb-generate.
import { createServer } from "node:http";
import { createReadStream, readFileSync, statSync, existsSync } from "node:fs";
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
    sizes: { type: "string", default: "10000,100000,1000000" },
    xlsx: { type: "string", default: "100000" },
    runs: { type: "string", default: "5" },
    "tti-runs": { type: "string", default: "5" },
    only: { type: "string", default: "" }, // comma-separated figure keys, for quick checks
  },
});
const DATA = resolve(args.data);
const SIZES = args.sizes.split(",").filter(Boolean).map(Number);
const XLSX_SIZES = args.xlsx.split(",").filter(Boolean).map(Number);
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

const rows = []; // { figure, size, times, ours }
let mismatches = 0;

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

function crossCheck(label, size, ours, theirs) {
  if (!ours || !theirs) return;
  const diff = differences(ours, theirs);
  if (diff.length === 0) {
    console.error(`check ok: ${label} = qhcb at ${people(size)} people`);
    return;
  }
  mismatches += 1;
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
  args: [...CHROMIUM_ARGS, "--js-flags=--expose-gc"],
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

const totals = (r, part = "total") => r.runs.map((x) => x[part]);
const versions = { chromium: browser.version(), duckdb: null, duckdbBundle: null, sheetjs: null, qhcb: null };
const memory = []; // { size, variant, bytes }
const inputs = [];

for (const size of SIZES) {
  const json = join(DATA, `people-${size}.json`);
  if (!existsSync(json)) {
    console.error(`missing ${json}: run scripts/bench.sh`);
    continue;
  }
  inputs.push(`${people(size)} people: ${(statSync(json).size / 1e6).toFixed(1)} MB JSON`);
  const query = { data: `/data/people-${size}.json` };
  console.error(`== ${people(size)} people`);

  // This project's figure always runs: the others are checked against it.
  const ours = await figure("qhcb-rows", query);
  if (ours?.failed) note("qhcb analyze(text)", size, `failed: ${ours.failed}`);
  else if (ours) {
    versions.qhcb = ours.version;
    record("qhcb analyze(text)", size, totals(ours), null);
    memory.push({ size, variant: "analyze(text)", bytes: ours.wasmBytes, baseline: ours.wasmBaseline });
  }
  const oursTimes = ours?.runs ? totals(ours) : null;

  if (wanted("qhcb-columns")) {
    const compact = await figure("qhcb-columns", query);
    if (compact.failed) note('qhcb analyze(text, {people: "columns"})', size, `failed: ${compact.failed}`);
    else if (!compact.present) note('qhcb analyze(text, {people: "columns"})', size, "absent: this build has no people: \"columns\" option");
    else {
      // Its ratio is to the default report: < 1 means the compact report is faster.
      record('qhcb analyze(text, {people: "columns"}) (ratio: ÷ default)', size, totals(compact), oursTimes);
      memory.push({ size, variant: 'analyze(text, {people: "columns"})', bytes: compact.wasmBytes, baseline: compact.wasmBaseline });
      crossCheck("qhcb columns report", size, ours?.summary, compact.summary);
      if (ours?.personHash != null && compact.personHash !== ours.personHash) {
        mismatches += 1;
        console.log(`MISMATCH qhcb columns vs rows at ${people(size)} people: per-person fields differ (hash ${compact.personHash} vs ${ours.personHash})`);
      }
    }
  }

  if (wanted("plain")) {
    const js = await figure("plain", query);
    if (js.failed) note("plain JS: JSON.parse + compute", size, `failed: ${js.failed}`);
    else {
      record("plain JS: JSON.parse + compute", size, totals(js), oursTimes);
      record("plain JS: JSON.parse only", size, totals(js, "parse"), oursTimes);
      record("plain JS: compute only", size, totals(js, "compute"), oursTimes);
      crossCheck("plain JS", size, ours?.summary, js.summary);
    }
  }

  if (wanted("duckdb")) {
    const duck = await figure("duckdb", query);
    if (duck.failed) note("DuckDB-Wasm: load + queries", size, `failed: ${duck.failed}`);
    else {
      versions.duckdb = duck.version;
      versions.duckdbBundle = duck.bundle;
      record("DuckDB-Wasm: load + queries", size, totals(duck), oursTimes);
      record("DuckDB-Wasm: load (JSON.parse, Arrow tables, insertArrowTable)", size, totals(duck, "load"), oursTimes);
      record("DuckDB-Wasm: queries only", size, totals(duck, "queries"), oursTimes);
      crossCheck("DuckDB-Wasm", size, ours?.summary, duck.summary);
    }
  }
}

for (const size of XLSX_SIZES) {
  const workbook = join(DATA, `people-${size}.xlsx`);
  if (!existsSync(workbook)) {
    console.error(`missing ${workbook}: run scripts/bench.sh`);
    continue;
  }
  inputs.push(`${people(size)} people: ${(statSync(workbook).size / 1e6).toFixed(1)} MB XLSX`);
  const query = { data: `/data/people-${size}.json`, xlsx: `/data/people-${size}.xlsx` };
  console.error(`== XLSX import, ${people(size)} rows`);
  const ours = await figure("import-qhcb", query);
  const oursTimes = ours?.runs ? totals(ours) : null;
  if (ours?.failed) note("qhcb import: inspectFile + importFile + analyze", size, `failed: ${ours.failed}`);
  else if (ours) {
    record("qhcb import: inspectFile + importFile + analyze", size, totals(ours), null);
    for (const part of ["inspect", "import", "analyze"]) record(`qhcb import: ${part}`, size, totals(ours, part), null);
  }
  for (const [key, label] of [
    ["import-sheetjs", "SheetJS XLSX.read + sheet_to_json, then plain JS"],
    ["import-sheetjs-tuned", "SheetJS (dense, first sheet only), then plain JS"],
  ]) {
    if (!wanted(key)) continue;
    const theirs = await figure(key, query);
    if (theirs.failed) {
      note(label, size, `failed: ${theirs.failed}`);
      continue;
    }
    versions.sheetjs = theirs.version;
    record(label, size, totals(theirs), oursTimes);
    record(`${label}: read only`, size, totals(theirs, "read"), oursTimes);
    crossCheck(label, size, ours?.summary, theirs.summary);
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
  // Wasm memory only grows, so its size after the runs is their peak.
  console.log("| core module wasm memory (peak) after | people | MB after init | MB peak | MB per million people (peak − init) |");
  console.log("|---|---:|---:|---:|---:|");
  for (const m of memory) {
    const [base, peak] = [m.baseline / 2 ** 20, m.bytes / 2 ** 20];
    console.log(`| ${m.variant} | ${people(m.size)} | ${base.toFixed(1)} | ${peak.toFixed(0)} | ${((peak - base) / (m.size / 1e6)).toFixed(0)} |`);
  }
}
console.log("");
if (outside.size) console.log(`WARNING: requests outside loopback: ${[...outside].join(", ")}`);
else console.log("Network: every request went to the loopback server.");
console.log(mismatches === 0 ? "Cross-check: every compared figure equals this project's report." : `Cross-check: ${mismatches} MISMATCH(ES) above.`);
process.exit(mismatches === 0 ? 0 : 1);
