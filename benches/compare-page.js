// The in-browser half of the comparison benchmark (benches/compare.mjs drives
// it). Each figure runs in a fresh page, so one figure's memory never weighs
// on the next and a crash loses only that figure. The page fetches its input
// once, runs one warm-up and then RUNS timed runs, and returns the times, a
// summary of the results for the cross-check, and what it knows of versions
// and memory.
import * as plain from "./plain.js";

const params = new URLSearchParams(location.search);
const DATA = params.get("data"); // JSON dataset URL
const XLSX_URL = params.get("xlsx"); // workbook URL (import figures)
const RUNS = Number(params.get("runs") ?? 5);

const now = () => performance.now();
// Collect garbage between runs (Chromium runs with --expose-gc), so that one
// run's garbage is not collected inside the next one's timing.
const collect = () => globalThis.gc?.();

async function fetchText(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Runs `once` for a warm-up and then RUNS times; `once` returns the parts of
 * its time ({ total, … } in ms). `after(result)` sees the warm-up's result
 * and may return false to skip the timed runs.
 */
async function repeat(once, after = () => {}) {
  collect();
  const warm = await once(true);
  // after() returns false when there is nothing to time (an option this build lacks).
  const go = (await after(warm.result)) !== false;
  warm.result = null;
  const runs = [];
  if (!go) return runs;
  for (let i = 0; i < RUNS; i++) {
    collect();
    const { result, ...parts } = await once(false);
    runs.push(parts);
    void result;
  }
  collect();
  return runs;
}

// ---- summaries for the cross-check -------------------------------------------------

/** Σ age in months and Σ (position × months): the same people, in the same order, with the same ages. */
function ageSums(years, months, n) {
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const m = years(i) * 12 + months(i);
    s1 += m;
    s2 += (i + 1) * m;
  }
  return { s1, s2 };
}

/** The figures every implementation must agree on, from a report-shaped object. */
export function summarize(report, ages) {
  const cohorts = {};
  for (const [key, c] of Object.entries(report.cohorts)) {
    cohorts[key] = {
      count: c.count,
      meanAge: c.meanAge,
      women: c.women.count,
      ethnicMinority: c.ethnicMinority.count,
      nonLocal: c.nonLocal.count,
      young: c.young.count,
      youngUnder: c.young.under,
      bands: c.bands.map((b) => b.count),
      education: Object.fromEntries(Object.entries(c.education).map(([k, s]) => [k, s.count])),
      politicalTheory: Object.fromEntries(Object.entries(c.politicalTheory).map(([k, s]) => [k, s.count])),
    };
  }
  return {
    analysed: report.counts.analysed,
    ages,
    cohorts,
    titles: Object.fromEntries(report.titles.map((t) => [t.id, { current: t.current, planned: t.planned, plannedPerSeat: t.plannedPerSeat }])),
    groups: Object.fromEntries(
      report.groups.map((g) => [g.group, { titles: g.titles, seats: g.seats, planned: g.planned, multiple: g.multiple, plannedPeople: g.plannedPeople }]),
    ),
  };
}

/** A hash of every per-person field, to check the compact report against the default one. */
function personHash(n, get) {
  let h = 0;
  for (let i = 0; i < n; i++) {
    for (const v of get(i)) h = (Math.imul(h, 31) + (v | 0)) | 0;
  }
  return h >>> 0;
}
const ymd = (text) => Number(text.replaceAll("-", ""));

// ---- this project ------------------------------------------------------------------

/** A fresh instance of the core module: the query string makes a separate module, with its own memory. */
async function core(instance) {
  const module = await import(`../www/pkg/qhcb.js?instance=${instance}`);
  const exports = await module.default({ module_or_path: new URL("../www/pkg/qhcb_bg.wasm", import.meta.url) });
  return { module, memory: exports.memory };
}

async function qhcbAnalyze(variant) {
  const { module, memory } = await core(variant);
  const baseline = memory.buffer.byteLength;
  const text = await fetchText(DATA);
  const options = variant === "columns" ? { people: "columns" } : undefined;
  let summary = null;
  let present = true;
  let hash = null;
  const runs = await repeat(
    () => {
      const start = now();
      const result = module.analyze(text, options);
      return { result, total: now() - start };
    },
    (report) => {
      if (variant === "columns" && !report.peopleColumns) {
        present = false; // this build does not know the option yet
        return false;
      }
      if (variant === "columns") {
        const c = report.peopleColumns;
        const n = c.ageYears.length;
        summary = summarize(report, ageSums((i) => c.ageYears[i], (i) => c.ageMonths[i], n));
        hash = personHash(n, (i) => [c.ageYears[i], c.ageMonths[i], c.retirementDate[i], c.monthsLeft[i], c.monthsLeftAtTermStart?.[i] ?? -1, c.plannedCount[i]]);
      } else {
        const p = report.people;
        summary = summarize(report, ageSums((i) => p[i].age.years, (i) => p[i].age.months, p.length));
        hash = personHash(p.length, (i) => [p[i].age.years, p[i].age.months, ymd(p[i].retirementDate), p[i].monthsLeft, p[i].monthsLeftAtTermStart ?? -1, p[i].plannedCount]);
      }
    },
  );
  if (!present) return { present: false, version: module.version() };
  return {
    present,
    runs,
    summary,
    personHash: hash,
    version: module.version(),
    // Wasm memory only grows: its size now is the peak of every run.
    wasmBytes: memory.buffer.byteLength,
    wasmBaseline: baseline,
    textChars: text.length,
  };
}

// ---- plain JavaScript --------------------------------------------------------------

async function plainAnalyze() {
  const text = await fetchText(DATA);
  let summary = null;
  const runs = await repeat(
    () => {
      const { report, parseMs, computeMs } = plain.analyzeText(text);
      return { result: report, total: parseMs + computeMs, parse: parseMs, compute: computeMs };
    },
    (report) => {
      const p = report.people;
      summary = summarize(report, ageSums((i) => p[i].age.years, (i) => p[i].age.months, p.length));
    },
  );
  return { present: true, runs, summary };
}

// ---- DuckDB-Wasm -------------------------------------------------------------------

async function openDuckDB() {
  const duckdb = await import("@duckdb/duckdb-wasm");
  const dist = new URL("../node_modules/@duckdb/duckdb-wasm/dist/", import.meta.url).href;
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: `${dist}duckdb-mvp.wasm`, mainWorker: `${dist}duckdb-browser-mvp.worker.js` },
    eh: { mainModule: `${dist}duckdb-eh.wasm`, mainWorker: `${dist}duckdb-browser-eh.worker.js` },
  });
  const worker = new Worker(bundle.mainWorker);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  const conn = await db.connect();
  // Never download an extension: everything must run from the local bundle.
  await conn.query("SET autoinstall_known_extensions = false");
  await conn.query("SET autoload_known_extensions = false");
  const bundleName = bundle.mainModule.includes("-eh.") ? "eh" : bundle.mainModule.includes("-coi.") ? "coi" : "mvp";
  return { db, conn, bundleName, version: await db.getVersion() };
}

// Loading. DuckDB-Wasm 1.32.0 does not carry DuckDB's JSON extension:
// read_json / read_json_auto (and insertJSONFromPath, which uses it) would
// download it from the DuckDB extension site, which this benchmark must not
// reach. So the text is parsed with JSON.parse and handed to DuckDB as Arrow
// tables (apache-arrow, the package's own dependency): people, titles, and
// meta (asOf and the unit's level).
async function duckLoad(arrow, conn, text) {
  const dataset = JSON.parse(text);
  const people = dataset.people;
  const titles = dataset.titles ?? [];
  const utf8 = new arrow.Utf8();
  const list = new arrow.List(new arrow.Field("item", utf8, true));
  const column = (rows, f, type) => arrow.vectorFromArray(rows.map(f), type);
  const text_ = (v) => (v === undefined || v === null ? null : String(v));
  const bool = (v) => (typeof v === "boolean" ? v : null);
  const tables = {
    people: new arrow.Table({
      i: arrow.vectorFromArray(Int32Array.from(people, (_, k) => k + 1)),
      id: column(people, (p) => text_(p.id), utf8),
      sex: column(people, (p) => text_(p.sex), utf8),
      birth: column(people, (p) => text_(p.birth), utf8),
      ethnicMinority: column(people, (p) => bool(p.ethnicMinority), new arrow.Bool()),
      local: column(people, (p) => bool(p.local), new arrow.Bool()),
      education: column(people, (p) => text_(p.education), utf8),
      politicalTheory: column(people, (p) => text_(p.politicalTheory), utf8),
      current: column(people, (p) => (Array.isArray(p.current) ? p.current.map(String) : []), list),
      planned: column(people, (p) => (Array.isArray(p.planned) ? p.planned.map(String) : []), list),
    }),
    titles: new arrow.Table({
      id: column(titles, (t) => text_(t.id), utf8),
      grp: column(titles, (t) => text_(t.group), utf8),
      seats: arrow.vectorFromArray(Float64Array.from(titles, (t) => t.seats)),
      ord: arrow.vectorFromArray(Int32Array.from(titles, (_, k) => k + 1)),
    }),
    meta: new arrow.Table({
      as_of: column([dataset], (d) => text_(d.asOf), utf8),
      level: column([dataset], (d) => text_(d.unit?.level), utf8),
    }),
  };
  for (const [name, table] of Object.entries(tables)) {
    await conn.query(`DROP TABLE IF EXISTS ${name}`);
    await conn.insertArrowTable(table, { name });
  }
}

const count = (condition) => `coalesce(count_if(${condition}), 0)::INTEGER`;
const levels = (column, ids) => ids.map((id) => `${count(`${column} = '${id}'`)} AS "${column}:${id}"`).join(", ");

// The analysis: ages at asOf (birth day ignored unless it is later in the
// month than asOf's day, as src/age.rs), cohort memberships, then one
// aggregate per cohort, per title and per group.
const QUERY_SQL = [
  `CREATE OR REPLACE TEMP TABLE ages AS
   WITH a AS (SELECT as_of AS s FROM meta),
        b AS (SELECT *, CAST(birth AS VARCHAR) AS bs FROM people)
   SELECT b.i, b.sex, coalesce(b.ethnicMinority, false) AS em, coalesce(b.local, true) AS loc,
          coalesce(b.education, 'unknown') AS edu, coalesce(b.politicalTheory, 'unknown') AS th,
          list_distinct(coalesce(b.current, [])) AS current, list_distinct(coalesce(b.planned, [])) AS planned,
          (CAST(a.s[1:4] AS INTEGER) * 12 + CAST(a.s[6:7] AS INTEGER))
            - (CAST(bs[1:4] AS INTEGER) * 12 + CASE WHEN length(bs) >= 7 THEN CAST(bs[6:7] AS INTEGER) ELSE 1 END)
            - CASE WHEN CAST(a.s[9:10] AS INTEGER) < (CASE WHEN length(bs) >= 10 THEN CAST(bs[9:10] AS INTEGER) ELSE 1 END) THEN 1 ELSE 0 END
            AS months
   FROM b, a`,
  `CREATE OR REPLACE TEMP TABLE members AS
     SELECT 'all' AS cohort, i FROM ages
     UNION ALL SELECT 'current', i FROM ages WHERE len(current) > 0
     UNION ALL SELECT 'planned', i FROM ages WHERE len(planned) > 0
     UNION ALL SELECT DISTINCT 'current:' || t.grp, x.i FROM (SELECT i, unnest(current) AS tid FROM ages) x JOIN titles t ON t.id = x.tid
     UNION ALL SELECT DISTINCT 'planned:' || t.grp, x.i FROM (SELECT i, unnest(planned) AS tid FROM ages) x JOIN titles t ON t.id = x.tid`,
  // Every cohort the report has, even when empty: all, current, planned, and current:/planned: per group with a title.
  `WITH keys AS (SELECT unnest(['all', 'current', 'planned']) AS cohort
                 UNION SELECT DISTINCT prefix || grp FROM titles, (VALUES ('current:'), ('planned:')) v(prefix)),
        under AS (SELECT CASE WHEN level = 'central' THEN 45 ELSE 40 END AS under FROM meta)
   SELECT k.cohort, count(a.i)::INTEGER AS count, sum(a.months)::DOUBLE / 12 / nullif(count(a.i), 0) AS meanAge,
          ${count("a.sex = 'F'")} AS women, ${count("a.em")} AS ethnicMinority, ${count("NOT a.loc")} AS nonLocal,
          ${count("a.months // 12 < u.under")} AS young, any_value(u.under)::INTEGER AS youngUnder,
          ${count("a.months // 12 <= 40")} AS band1, ${count("a.months // 12 BETWEEN 41 AND 50")} AS band2, ${count("a.months // 12 >= 51")} AS band3,
          ${levels("a.edu", [...plain.EDUCATION, "unknown"])}, ${levels("a.th", [...plain.THEORY, "unknown"])}
   FROM keys k CROSS JOIN under u LEFT JOIN members m ON m.cohort = k.cohort LEFT JOIN ages a ON a.i = m.i
   GROUP BY k.cohort`,
  `CREATE OR REPLACE TEMP TABLE title_stats AS
     WITH cu AS (SELECT tid, count(*) AS n FROM (SELECT unnest(current) AS tid FROM ages) GROUP BY tid),
          pl AS (SELECT tid, count(*) AS n FROM (SELECT unnest(planned) AS tid FROM ages) GROUP BY tid)
     SELECT t.id, t.grp, t.seats, t.ord, coalesce(cu.n, 0)::INTEGER AS current, coalesce(pl.n, 0)::INTEGER AS planned,
            CASE WHEN t.seats > 0 THEN coalesce(pl.n, 0) / t.seats END AS plannedPerSeat
     FROM titles t LEFT JOIN cu ON cu.tid = t.id LEFT JOIN pl ON pl.tid = t.id`,
  `SELECT id, current, planned, plannedPerSeat FROM title_stats ORDER BY ord`,
  `SELECT s.grp, count(*)::INTEGER AS titles, sum(s.seats)::INTEGER AS seats, sum(s.planned)::INTEGER AS planned,
          CASE WHEN sum(s.seats) > 0 THEN sum(s.planned) / sum(s.seats) END AS multiple,
          (SELECT count(*) FROM members m WHERE m.cohort = 'planned:' || s.grp)::INTEGER AS plannedPeople
   FROM title_stats s GROUP BY s.grp`,
  `SELECT count(*)::INTEGER AS analysed, sum(months)::DOUBLE AS s1, sum(i * months)::DOUBLE AS s2 FROM ages`,
];

const rows = (table) => table.toArray().map((row) => row.toJSON());

/** The query results → the summary shape of summarize(). */
function duckSummary([cohortRows, titleRows, groupRows, [totals]]) {
  const cohorts = {};
  for (const r of cohortRows) {
    const pick = (prefix, ids) => Object.fromEntries(ids.map((id) => [id, r[`${prefix}:${id}`]]));
    cohorts[r.cohort] = {
      count: r.count,
      meanAge: r.meanAge,
      women: r.women,
      ethnicMinority: r.ethnicMinority,
      nonLocal: r.nonLocal,
      young: r.young,
      youngUnder: r.youngUnder,
      bands: [r.band1, r.band2, r.band3],
      education: pick("a.edu", [...plain.EDUCATION, "unknown"]),
      politicalTheory: pick("a.th", [...plain.THEORY, "unknown"]),
    };
  }
  return {
    analysed: totals.analysed,
    ages: { s1: totals.s1, s2: totals.s2 },
    cohorts,
    titles: Object.fromEntries(titleRows.map((t) => [t.id, { current: t.current, planned: t.planned, plannedPerSeat: t.plannedPerSeat }])),
    groups: Object.fromEntries(
      groupRows.map((g) => [g.grp, { titles: g.titles, seats: g.seats, planned: g.planned, multiple: g.multiple, plannedPeople: g.plannedPeople }]),
    ),
  };
}

async function duckAnalyze() {
  const { db, conn, bundleName, version } = await openDuckDB();
  const arrow = await import("apache-arrow");
  let text = await fetchText(DATA);
  let summary = null;
  const runs = await repeat(
    async () => {
      const start = now();
      await duckLoad(arrow, conn, text);
      const loaded = now();
      const results = [];
      for (const sql of QUERY_SQL) {
        const table = await conn.query(sql);
        if (!sql.trimStart().startsWith("CREATE")) results.push(rows(table));
      }
      const done = now();
      return { result: results, total: done - start, load: loaded - start, queries: done - loaded };
    },
    (results) => {
      summary = duckSummary(results);
    },
  );
  text = null;
  await conn.close();
  await db.terminate();
  return { present: true, runs, summary, version, bundle: bundleName };
}

// ---- spreadsheet import -------------------------------------------------------------

/** The dataset around imported people: the JSON's header and titles (the workbook's roster holds only people). */
async function datasetFrame() {
  const { people, ...frame } = JSON.parse(await fetchText(DATA));
  void people;
  return frame;
}

async function qhcbImport() {
  const io = await import("../www/pkg/qhcb_io.js");
  await io.default({ module_or_path: new URL("../www/pkg/qhcb_io_bg.wasm", import.meta.url) });
  const { module: engine } = await core("import");
  const bytes = await fetchBytes(XLSX_URL);
  const frame = await datasetFrame();
  let summary = null;
  // The io module keeps the last file it read (inspect then import read it
  // once). Each run must start from the bytes, so another, tiny file is read
  // first, outside the timing: the timed inspect reads the workbook anew.
  const other = new TextEncoder().encode("Mã,Họ và tên\np0,Nguyễn Văn A\n");
  const runs = await repeat(
    () => {
      io.inspectFile(other, { lang: "en" });
      const start = now();
      // As the page's import panel does: inspect, take the proposed mapping, import, then analyse.
      const inspection = io.inspectFile(bytes, { lang: "en" });
      const sheet = inspection.sheets[0];
      const inspected = now();
      const imported = io.importFile(bytes, {
        sheet: 0,
        headerRow: sheet.headerRow ?? sheet.header_row,
        columns: sheet.columns.map((c) => ({ index: c.index, field: c.field, encoding: c.encoding })),
        titles: frame.titles.map((t) => ({ id: t.id, name: t.name ?? null })),
        referenceYear: Number(frame.asOf.slice(0, 4)),
        lang: "en",
      });
      const importedAt = now();
      const report = engine.analyze({ ...frame, people: imported.people });
      const done = now();
      return { result: report, total: done - start, inspect: inspected - start, import: importedAt - inspected, analyze: done - importedAt };
    },
    (report) => {
      const p = report.people;
      summary = summarize(report, ageSums((i) => p[i].age.years, (i) => p[i].age.months, p.length));
    },
  );
  return { present: true, runs, summary, bytes: bytes.length };
}

async function sheetjsImport(tuned) {
  const XLSX = await import("xlsx");
  const bytes = await fetchBytes(XLSX_URL);
  const frame = await datasetFrame();
  // Tuned: only the first sheet, dense storage (SheetJS's own advice for big files).
  const readOptions = tuned ? { dense: true, sheets: 0 } : undefined;
  let summary = null;
  const runs = await repeat(
    () => {
      const start = now();
      const book = XLSX.read(bytes, readOptions);
      const rowsOut = XLSX.utils.sheet_to_json(book.Sheets[book.SheetNames[0]]);
      const read = now();
      const report = plain.analyzeDataset({ ...frame, people: plain.peopleFromRows(rowsOut) });
      const done = now();
      return { result: report, total: done - start, read: read - start, analyze: done - read };
    },
    (report) => {
      const p = report.people;
      summary = summarize(report, ageSums((i) => p[i].age.years, (i) => p[i].age.months, p.length));
    },
  );
  return { present: true, runs, summary, version: XLSX.version };
}

const FIGURES = {
  "qhcb-rows": () => qhcbAnalyze("rows"),
  "qhcb-columns": () => qhcbAnalyze("columns"),
  plain: plainAnalyze,
  duckdb: duckAnalyze,
  "import-qhcb": qhcbImport,
  "import-sheetjs": () => sheetjsImport(false),
  "import-sheetjs-tuned": () => sheetjsImport(true),
};

window.bench = async (figure) => {
  try {
    return await FIGURES[figure]();
  } catch (error) {
    return { present: true, error: String(error?.stack ?? error) };
  }
};
document.body.dataset.ready = "true";
