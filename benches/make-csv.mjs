#!/usr/bin/env node
// Writes people-N.csv beside people-N.json: the roster as the page exports it
// (the io module's exportCsv: Vietnamese headers and labels, dd/mm/yyyy
// dates, title ids as "bch, btv"), for the CSV figures of benches/compare.mjs
// (this project's import and DuckDB-Wasm's own CSV reader read the same bytes).
// Deterministic: the same JSON gives the same CSV.
//
//   node benches/make-csv.mjs /tmp/qhcb-bench/people-100000.json [...]
import { readFileSync, writeFileSync, renameSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const io = await import(`${ROOT}www/pkg/qhcb_io.js`);
io.initSync({ module: readFileSync(`${ROOT}www/pkg/qhcb_io_bg.wasm`) });

for (const json of process.argv.slice(2)) {
  const csv = json.replace(/\.json$/, ".csv");
  const start = performance.now();
  const text = readFileSync(json, "utf8");
  const out = io.exportCsv(text, { lang: "vi" });
  // Written whole or not at all: a half-written file would be taken as made.
  writeFileSync(`${csv}.part`, out);
  renameSync(`${csv}.part`, csv);
  console.error(`wrote ${csv} (${(out.length / 1e6).toFixed(1)} M characters) in ${((performance.now() - start) / 1000).toFixed(1)} s`);
}
