// The in-browser half of the comparison benchmark (benches/compare.mjs drives
// it). Each figure runs in a fresh page, so one figure's memory never weighs
// on the next and a crash loses only that figure. The page fetches its input
// once, runs one warm-up and then RUNS timed runs, and returns the times, a
// summary of the results for the cross-check, and what it knows of versions
// and memory.
import * as plain from "./plain.js";
import * as fast from "./plain-fast.js";

const params = new URLSearchParams(location.search);
const DATA = params.get("data"); // JSON dataset URL
const XLSX_URL = params.get("xlsx"); // workbook URL (import figures)
const CSV_URL = params.get("csv"); // the roster as the page exports it to CSV (benches/make-csv.mjs)
const RUNS = Number(params.get("runs") ?? 5);

const now = () => performance.now();
// Collect garbage between runs (Chromium runs with --expose-gc), so that one
// run's garbage is not collected inside the next one's timing.
const collect = () => globalThis.gc?.();
// The JS heap in use (precise with --enable-precise-memory-info); typed arrays'
// contents are outside it and are counted apart.
const heap = () => performance.memory?.usedJSHeapSize ?? NaN;

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

/** summarize() of a report made with people: "columns". */
function summarizeColumns(report) {
  const c = report.peopleColumns;
  return summarize(report, ageSums((i) => c.ageYears[i], (i) => c.ageMonths[i], c.ageYears.length));
}

// ---- this project ------------------------------------------------------------------

/** A fresh instance of the core module: the query string makes a separate module, with its own memory. */
async function core(instance) {
  const module = await import(`../www/pkg/qhcb.js?instance=${instance}`);
  const exports = await module.default({ module_or_path: new URL("../www/pkg/qhcb_bg.wasm", import.meta.url) });
  return { module, memory: exports.memory };
}

/** analyze(text, { people: "columns" }): the whole text analysed every time (the path before the roster). */
async function qhcbAnalyze() {
  const { module, memory } = await core("columns");
  const baseline = memory.buffer.byteLength;
  const text = await fetchText(DATA);
  let summary = null;
  let present = true;
  const runs = await repeat(
    () => {
      const start = now();
      const result = module.analyze(text, { people: "columns" });
      return { result, total: now() - start };
    },
    (report) => {
      if (!report.peopleColumns) {
        present = false; // this build does not know the option
        return false;
      }
      summary = summarizeColumns(report);
    },
  );
  if (!present) return { present: false, version: module.version() };
  return {
    present,
    runs,
    summary,
    version: module.version(),
    // Wasm memory only grows: its size now is the peak of every run.
    wasmBytes: memory.buffer.byteLength,
    wasmBaseline: baseline,
    textChars: text.length,
  };
}

// ---- this project: the roster held in the engine (issue 18) ---------------------------

// The profile switch alternates between these two (the page's profile menu).
const PROFILES = ["qd50-2021", "qd377-2025"];

/**
 * The dataset's bytes → Roster.fromJson(bytes) → the first report (people:
 * "columns", as the page asks for it); then, from the roster held, the full
 * analysis again after a profile switch (people: "none"): the recompute from
 * the held roster.
 */
async function qhcbRoster() {
  const { module, memory } = await core("roster");
  const baseline = memory.buffer.byteLength;
  const bytes = await fetchBytes(DATA);
  let summary = null;
  let held = null;
  const runs = await repeat(
    () => {
      held?.free();
      held = null;
      const start = now();
      const roster = module.Roster.fromJson(bytes);
      const loaded = now();
      const report = roster.report({ people: "columns" });
      const done = now();
      held = roster;
      return { result: report, total: done - start, load: loaded - start, report: done - loaded };
    },
    (report) => {
      summary = summarizeColumns(report);
    },
  );
  const afterLoads = memory.buffer.byteLength;
  // The recompute: one switch for the warm-up, then RUNS switches, alternating.
  const switches = [];
  for (let k = 0; k <= RUNS; k++) {
    collect();
    const start = now();
    const report = held.report({ people: "none", profile: PROFILES[k % 2] });
    const took = now() - start;
    if (k > 0) switches.push({ total: took });
    void report;
  }
  // Back to the dataset's own profile: the figures must be those of the first report.
  // (A report without people has no ages: the rest is compared.)
  const { ages, ...again } = summarize(held.report({ people: "none" }));
  void ages;
  held.free();
  return {
    present: true,
    runs,
    switches,
    summary,
    again,
    version: module.version(),
    // Wasm memory only grows: its size now is the peak of every run.
    wasmBytes: memory.buffer.byteLength,
    wasmAfterLoads: afterLoads,
    wasmBaseline: baseline,
    inputBytes: bytes.length,
  };
}

// ---- tuned plain JavaScript (benches/plain-fast.js) ------------------------------------

/** `scan`: the bytes scanned straight into columns (fast.scan); else JSON.parse, then columns (fast.load). */
async function fastAnalyze(scan) {
  const bytes = await fetchBytes(DATA);
  collect();
  const before = heap();
  let summary = null;
  let peakHeap = 0;
  let columns = null;
  const runs = await repeat(
    () => {
      columns = null;
      let parsedHeap = NaN;
      const start = now();
      // fast.load(bytes), with the heap read while the parsed objects are alive (its peak).
      const cols = scan ? fast.scan(bytes) : fast.load(bytes, () => (parsedHeap = heap()));
      const loaded = now();
      if (scan) parsedHeap = heap();
      const figures = fast.compute(cols);
      const done = now();
      peakHeap = Math.max(peakHeap, parsedHeap - before);
      columns = cols;
      return { result: figures, total: done - start, load: loaded - start, compute: done - loaded };
    },
    (figures) => {
      summary = figures;
    },
  );
  // The compute alone, again from the columns held (as the roster's recompute).
  const again = [];
  for (let k = 0; k <= RUNS; k++) {
    collect();
    const start = now();
    fast.compute(columns);
    if (k > 0) again.push({ total: now() - start });
  }
  collect();
  const heldHeap = heap() - before;
  const columnBytes = Object.values(columns).reduce((sum, v) => sum + (ArrayBuffer.isView(v) ? v.byteLength : 0), 0);
  return { present: true, runs, again, summary, peakHeap, heldHeap, columnBytes, inputBytes: bytes.length };
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

// ---- DuckDB-Wasm, through its own CSV reader ----------------------------------------

async function openDuckDB() {
  const duckdb = await import("@duckdb/duckdb-wasm");
  const dist = new URL("../node_modules/@duckdb/duckdb-wasm/dist/", import.meta.url).href;
  // The eh bundle (wasm exceptions; no threads), served from node_modules.
  const bundle = {
    mainModule: `${dist}duckdb-eh.wasm`,
    mainWorker: `${dist}duckdb-browser-eh.worker.js`,
    pthreadWorker: null,
  };
  const worker = new Worker(bundle.mainWorker);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  const conn = await db.connect();
  // Never download an extension: everything must run from the local bundle.
  await conn.query("SET autoinstall_known_extensions = false");
  await conn.query("SET autoload_known_extensions = false");
  return { db, conn, bundleName: "eh", version: await db.getVersion() };
}

const sqlText = (s) => `'${String(s).replaceAll("'", "''")}'`;

/** CASE mapping the export's labels (the schema's, in Vietnamese) to ids; NULL for a label it does not know. */
function labelCase(column, enumeration) {
  return `CASE ${column} ${enumeration.map((e) => `WHEN ${sqlText(e.label)} THEN ${sqlText(e.id)}`).join(" ")} END`;
}

/**
 * Load: the CSV (registered once, as a file opened) read by read_csv into a
 * typed table: birth as yyyymmdd, sex, flags, enumeration ids, title id lists.
 * Rows whose sex or birth cannot be read are left out, as the engine rejects them.
 */
function loadSql(enums) {
  const titles = (column) =>
    `CASE WHEN ${column} IS NULL THEN []::VARCHAR[] ELSE list_distinct(list_filter(list_transform(string_split(${column}, ','), x -> trim(x)), x -> x <> '')) END`;
  const int = (text) => `TRY_CAST(${text} AS INTEGER)`;
  return `CREATE OR REPLACE TABLE people AS
    WITH raw AS (
      SELECT "Giới tính" AS sx, trim("Ngày sinh") AS b, "Dân tộc thiểu số" AS em, "Người địa phương" AS loc,
             "Trình độ chuyên môn" AS edu, "Lý luận chính trị" AS th, "Chức vụ hiện tại" AS cur, "Quy hoạch chức danh" AS pl
      FROM read_csv('people.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')),
    typed AS (
      SELECT row_number() OVER () AS i,
             ${labelCase("sx", enums.sex)} AS sex,
             CASE length(b)
               WHEN 10 THEN ${int("b[7:10]")} * 10000 + ${int("b[4:5]")} * 100 + ${int("b[1:2]")}
               WHEN 7 THEN ${int("b[4:7]")} * 10000 + ${int("b[1:2]")} * 100 + 1
               WHEN 4 THEN ${int("b")} * 10000 + 101 END AS birth,
             coalesce(em = 'x', false) AS em, coalesce(loc <> 'không', true) AS loc,
             coalesce(${labelCase("edu", enums.education)}, 'unknown') AS edu,
             coalesce(${labelCase("th", enums.politicalTheory)}, 'unknown') AS th,
             ${titles("cur")} AS current, ${titles("pl")} AS planned
      FROM raw)
    SELECT * FROM typed WHERE sex IS NOT NULL AND birth IS NOT NULL`;
}

/** The dataset's titles and its review date and level: not in the CSV, given as the import is given them. */
async function duckFrame(conn, frame) {
  await conn.query("CREATE OR REPLACE TABLE titles (id VARCHAR, grp VARCHAR, seats DOUBLE, ord INTEGER)");
  const rowsSql = frame.titles.map((t, k) => `(${sqlText(t.id)}, ${sqlText(t.group)}, ${Number(t.seats)}, ${k + 1})`).join(", ");
  if (rowsSql) await conn.query(`INSERT INTO titles VALUES ${rowsSql}`);
  const asOf = frame.asOf;
  await conn.query(
    `CREATE OR REPLACE TABLE meta AS SELECT ${Number(asOf.slice(0, 4))} AS y, ${Number(asOf.slice(5, 7))} AS m, ${Number(asOf.slice(8, 10))} AS d, ${sqlText(frame.unit?.level ?? "")} AS level`,
  );
}

const count = (condition) => `coalesce(count_if(${condition}), 0)::INTEGER`;
const levels = (column, ids) => ids.map((id) => `${count(`${column} = '${id}'`)} AS "${column}:${id}"`).join(", ");
const EDUCATION_IDS = [...plain.EDUCATION, "unknown"];
const THEORY_IDS = [...plain.THEORY, "unknown"];
const COUNT_COLUMNS = ["count", "women", "ethnicMinority", "nonLocal", "young", "band1", "band2", "band3",
  ...EDUCATION_IDS.map((id) => `a.edu:${id}`), ...THEORY_IDS.map((id) => `a.th:${id}`)];

/**
 * The analysis on the loaded tables, in one pass over the people: each
 * person's age at the review date (birth day ignored unless it is later in
 * the month than the review's day, as src/age.rs) and a bit mask of the
 * cohorts they are in (all, current, planned, then current:<group> and
 * planned:<group> for each group: list_has_any against the group's title
 * ids, written from the dataset's titles as a prepared statement would hold
 * them); one aggregate per distinct mask, then per cohort the sum over the
 * masks that hold its bit. Per title the current and planned counts; per
 * group the seats, pairs and multiple.
 */
function querySql(frame) {
  const groups = plain.GROUPS.filter((g) => frame.titles.some((t) => t.group === g));
  const ids = (g) => `[${frame.titles.filter((t) => t.group === g).map((t) => sqlText(t.id)).join(", ")}]`;
  // Bits: 1 all, 2 current, 4 planned, then 8 << 2k current:<group k>, 16 << 2k planned:<group k>.
  const cohorts = [
    ["all", 1],
    ["current", 2],
    ["planned", 4],
    ...groups.flatMap((g, k) => [
      [`current:${g}`, 8 << (2 * k)],
      [`planned:${g}`, 16 << (2 * k)],
    ]),
  ];
  const mask = [
    "1",
    "CASE WHEN len(p.current) > 0 THEN 2 ELSE 0 END",
    "CASE WHEN len(p.planned) > 0 THEN 4 ELSE 0 END",
    ...groups.flatMap((g, k) => [
      `CASE WHEN list_has_any(p.current, ${ids(g)}) THEN ${8 << (2 * k)} ELSE 0 END`,
      `CASE WHEN list_has_any(p.planned, ${ids(g)}) THEN ${16 << (2 * k)} ELSE 0 END`,
    ]),
  ].join(" + ");
  const sums = ["count", "months", "s2", "women", "ethnicMinority", "nonLocal", "young", "band1", "band2", "band3",
    ...EDUCATION_IDS.map((id) => `a.edu:${id}`), ...THEORY_IDS.map((id) => `a.th:${id}`)];
  return [
    `CREATE OR REPLACE TEMP TABLE mask_stats AS
     WITH a AS (
       SELECT p.i, p.sex, p.em, p.loc, p.edu, p.th,
              (m.y * 12 + m.m) - ((p.birth // 10000) * 12 + (p.birth // 100) % 100) - CASE WHEN m.d < p.birth % 100 THEN 1 ELSE 0 END AS months,
              ${mask} AS mask
       FROM people p, meta m),
     c AS (SELECT *, months // 12 AS years FROM a)
     SELECT mask, count(*)::INTEGER AS count, sum(months)::DOUBLE AS months, sum(i * months)::DOUBLE AS s2,
            ${count("sex = 'F'")} AS women, ${count("em")} AS ethnicMinority, ${count("NOT loc")} AS nonLocal,
            ${count("years < u.under")} AS young,
            ${count("years <= 40")} AS band1, ${count("years BETWEEN 41 AND 50")} AS band2, ${count("years >= 51")} AS band3,
            ${levels("edu", EDUCATION_IDS).replaceAll('AS "edu:', 'AS "a.edu:')}, ${levels("th", THEORY_IDS).replaceAll('AS "th:', 'AS "a.th:')}
     FROM c, (SELECT CASE WHEN level = 'central' THEN 45 ELSE 40 END AS under FROM meta) u
     GROUP BY mask`,
    // Every cohort the report has, even when empty.
    `CREATE OR REPLACE TEMP TABLE cohort_stats AS
     SELECT k.cohort, ${sums.map((c) => `coalesce(sum(s."${c}"), 0)::DOUBLE AS "${c}"`).join(", ")}
     FROM (VALUES ${cohorts.map(([name, bit]) => `(${sqlText(name)}, ${bit})`).join(", ")}) k(cohort, bit)
     LEFT JOIN mask_stats s ON (s.mask & k.bit) <> 0
     GROUP BY k.cohort`,
    `SELECT cohort, months / 12 / nullif(count, 0) AS meanAge,
            (SELECT CASE WHEN level = 'central' THEN 45 ELSE 40 END FROM meta)::INTEGER AS youngUnder,
            ${COUNT_COLUMNS.map((c) => `"${c}"::INTEGER AS "${c}"`).join(", ")}
     FROM cohort_stats`,
    `CREATE OR REPLACE TEMP TABLE title_stats AS
     WITH u AS (SELECT unnest(current) AS tid, 1 AS c, 0 AS p FROM people
                UNION ALL SELECT unnest(planned) AS tid, 0 AS c, 1 AS p FROM people),
          n AS (SELECT tid, sum(c)::INTEGER AS current, sum(p)::INTEGER AS planned FROM u GROUP BY tid)
     SELECT t.id, t.grp, t.seats, t.ord, coalesce(n.current, 0)::INTEGER AS current, coalesce(n.planned, 0)::INTEGER AS planned,
            CASE WHEN t.seats > 0 THEN coalesce(n.planned, 0) / t.seats END AS plannedPerSeat
     FROM titles t LEFT JOIN n ON n.tid = t.id`,
    `SELECT id, current, planned, plannedPerSeat FROM title_stats ORDER BY ord`,
    `SELECT s.grp, count(*)::INTEGER AS titles, sum(s.seats)::INTEGER AS seats, sum(s.planned)::INTEGER AS planned,
            CASE WHEN sum(s.seats) > 0 THEN sum(s.planned) / sum(s.seats) END AS multiple,
            coalesce(any_value(c.count), 0)::INTEGER AS plannedPeople
     FROM title_stats s LEFT JOIN cohort_stats c ON c.cohort = 'planned:' || s.grp GROUP BY s.grp`,
    `SELECT coalesce(any_value(count), 0)::INTEGER AS analysed, coalesce(any_value(months), 0)::DOUBLE AS s1, coalesce(any_value(s2), 0)::DOUBLE AS s2
     FROM cohort_stats WHERE cohort = 'all'`,
  ];
}

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
      education: pick("a.edu", EDUCATION_IDS),
      politicalTheory: pick("a.th", THEORY_IDS),
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

/** DuckDB's own account of its memory (bytes), or null when this build has no such table function. */
async function duckMemory(conn) {
  try {
    const [r] = rows(await conn.query("SELECT sum(memory_usage_bytes)::DOUBLE AS bytes FROM duckdb_memory()"));
    return r.bytes;
  } catch {
    return null;
  }
}

async function duckAnalyze() {
  const { db, conn, bundleName, version } = await openDuckDB();
  const { module: engine } = await core("duckdb-labels");
  const enums = engine.schema("vi").enumerations;
  const frame = await datasetFrame();
  await duckFrame(conn, frame);
  // The file, as a file the user opened: registered once (its buffer moves to DuckDB's worker).
  const bytes = await fetchBytes(CSV_URL);
  const inputBytes = bytes.length;
  await db.registerFileBuffer("people.csv", bytes);
  const load = loadSql(enums);
  const queries = querySql(frame);
  let summary = null;
  let memoryAfterLoad = null;
  const runs = await repeat(
    async () => {
      await conn.query("DROP TABLE IF EXISTS people");
      const start = now();
      await conn.query(load);
      const loaded = now();
      const results = [];
      const each = [];
      for (const sql of queries) {
        const at = now();
        const table = await conn.query(sql);
        if (!sql.trimStart().startsWith("CREATE")) results.push(rows(table));
        each.push(Math.round(now() - at));
      }
      const done = now();
      return { result: results, total: done - start, load: loaded - start, queries: done - loaded, each: each.join("+") };
    },
    async (results) => {
      summary = duckSummary(results);
      memoryAfterLoad = await duckMemory(conn);
    },
  );
  const memoryAfter = await duckMemory(conn);
  await conn.close();
  await db.terminate();
  return { present: true, runs, summary, version, bundle: bundleName, memoryAfterLoad, memoryAfter, inputBytes };
}

// ---- spreadsheet import -------------------------------------------------------------

/** The dataset around imported people: the JSON's header and titles (the workbook's roster holds only people). */
async function datasetFrame() {
  const { people, ...frame } = JSON.parse(await fetchText(DATA));
  void people;
  return frame;
}

/** The dataset's bytes: its frame around the people's JSON bytes (importFile's peopleJson). */
function withPeople(frame, peopleJson) {
  const head = new TextEncoder().encode(`${JSON.stringify(frame).slice(0, -1)},"people":`);
  const bytes = new Uint8Array(head.length + peopleJson.length + 1);
  bytes.set(head);
  bytes.set(peopleJson, head.length);
  bytes[bytes.length - 1] = 0x7d; // }
  return bytes;
}

/**
 * A CSV or XLSX file's bytes → inspectFile + importFile (the io module, the
 * people as JSON bytes: peopleAs "json") → the roster (Roster.fromJson of the
 * dataset's bytes with the imported people) → the first report (people:
 * "columns"). No person becomes a JS object or a JS string on the way.
 */
async function qhcbImport(url) {
  const io = await import("../www/pkg/qhcb_io.js");
  const ioExports = await io.default({ module_or_path: new URL("../www/pkg/qhcb_io_bg.wasm", import.meta.url) });
  const { module: engine, memory } = await core("import");
  const ioBaseline = ioExports.memory.buffer.byteLength;
  const bytes = await fetchBytes(url);
  const frame = await datasetFrame();
  let summary = null;
  let held = null;
  // The io module keeps the last file it read (inspect then import read it
  // once). Each run must start from the bytes, so another, tiny file is read
  // first, outside the timing: the timed inspect reads the file anew.
  const other = new TextEncoder().encode("Mã,Họ và tên\np0,Nguyễn Văn A\n");
  const runs = await repeat(
    () => {
      held?.free();
      held = null;
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
        peopleAs: "json",
      });
      const importedAt = now();
      const roster = engine.Roster.fromJson(withPeople(frame, imported.peopleJson));
      const report = roster.report({ people: "columns" });
      const done = now();
      held = roster;
      return { result: report, total: done - start, inspect: inspected - start, import: importedAt - inspected, analyze: done - importedAt };
    },
    (report) => {
      summary = summarizeColumns(report);
    },
  );
  held?.free();
  return {
    present: true,
    runs,
    summary,
    inputBytes: bytes.length,
    ioBytes: ioExports.memory.buffer.byteLength,
    ioBaseline,
    wasmBytes: memory.buffer.byteLength,
  };
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
  "qhcb-columns": qhcbAnalyze,
  plain: plainAnalyze,
  duckdb: duckAnalyze,
  "qhcb-roster": qhcbRoster,
  "plain-fast": () => fastAnalyze(false),
  "plain-scan": () => fastAnalyze(true),
  "import-qhcb": () => qhcbImport(XLSX_URL),
  "import-qhcb-csv": () => qhcbImport(CSV_URL),
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
