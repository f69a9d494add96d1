#!/usr/bin/env node
// Measures analyze() of the built core module on synthetic rosters (made by
// the qhcb-generate binary), in Node's V8: medians and ranges of several
// runs, the report size, and bytes read per person. Usage:
//   node benches/analyze.mjs 10000 100000 …   (scripts/bench.sh runs it)
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { initSync, analyze, version } from "../www/pkg/qhcb.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
initSync({ module: readFileSync(join(ROOT, "www/pkg/qhcb_bg.wasm")) });
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const RUNS = 5;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`qhcb ${version()}, node ${process.version}, ${RUNS} runs each`);
console.log("| people | input MB | analyze(text) median ms | min–max ms | ns per person | report MB |");
console.log("|---:|---:|---:|---:|---:|---:|");
for (const n of sizes) {
  const file = join(tmpdir(), `qhcb-bench-${n}.json`);
  execFileSync(join(ROOT, "target/release/qhcb-generate"), [String(n), file]);
  const text = readFileSync(file, "utf8");
  const times = [];
  let report;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    report = analyze(text);
    times.push(performance.now() - start);
  }
  const reportBytes = JSON.stringify(report).length;
  const m = median(times);
  console.log(
    `| ${n.toLocaleString("en")} | ${(text.length / 1e6).toFixed(1)} | ${m.toFixed(0)} | ${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} | ${((m * 1e6) / n).toFixed(0)} | ${(reportBytes / 1e6).toFixed(1)} |`,
  );
}
