#!/usr/bin/env node
// Issue 18: the roster held in the engine's worker, in headless Chromium,
// through the page's own Engine (www/engine.js): load (the dataset's bytes
// handed to the worker), an edit sent as an operation and the report back,
// a profile switch, against the current path (the whole JSON text sent to
// analyze() on every edit). Not a test: it prints a table (medians, ms).
// The people are those of tests/e2e/roster.mjs, made in the page (a 1,000,000-person
// text passed from Node through page.evaluate crashes the tab).
//
//   node benches/roster-worker.mjs [--sizes 100000,1000000] [--edits 15]
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { launch, serve } from "../tests/e2e/support.mjs";

const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "100000,1000000" },
    edits: { type: "string", default: "15" },
    // Leave out analyze(text): at 1,000,000 people both in one worker's memory crash the tab.
    "no-whole": { type: "boolean", default: false },
  },
});
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const server = await serve(ROOT);
const chromium = await launch();
const context = await chromium.newContext();
const page = await context.newPage();
// A same-origin document without the page's CSP, so that the generator loads from a blob.
await page.goto(`${server.url}www/engine.js`);

console.log("| people | analyze(text) in worker | load bytes → first report | edit → report (none) | edit → report (columns) | profile switch | edit: apply alone |");
console.log("|---:|---:|---:|---:|---:|---:|---:|");
for (const n of args.sizes.split(",").map(Number)) {
  const row = await page.evaluate(
    async ({ n, edits, whole: measureWhole }) => {
      const { Engine } = await import(new URL("/www/engine.js", location.href));
      const source = await (await fetch("/tests/e2e/roster.mjs")).text();
      const { dataset } = await import(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
      let text = JSON.stringify(dataset(n));
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const engine = new Engine();
      // The current path: the whole text to analyze() (warm-up first).
      const whole = measureWhole ? [] : [NaN];
      if (measureWhole) await engine.analyze(text, {});
      for (let i = 0; measureWhole && i < 3; i++) {
        const start = performance.now();
        await engine.analyze(text, {});
        whole.push(performance.now() - start);
      }
      const bytes = new TextEncoder().encode(text);
      text = null;
      // A fresh worker: the roster does not share wasm memory with analyze(text).
      engine.cancel();
      let start = performance.now();
      await engine.rosterLoad(bytes);
      const first = await engine.rosterReport({});
      const load = performance.now() - start;
      if (first.counts.rows !== n) throw new Error("the roster lost rows");
      const none = [];
      const columns = [];
      const apply = [];
      for (let k = 0; k < edits; k++) {
        const person = (k * 7919) % n;
        const op = [{ op: "set", person, field: "birth", value: `19${60 + (k % 30)}-0${1 + (k % 9)}` }];
        start = performance.now();
        await engine.rosterApply(op);
        apply.push(performance.now() - start);
        await engine.rosterReport({ people: "none" });
        none.push(performance.now() - start);
        start = performance.now();
        await engine.rosterApply([{ ...op[0], value: "1970-01" }]);
        await engine.rosterReport({});
        columns.push(performance.now() - start);
      }
      const profile = [];
      for (let k = 0; k < 5; k++) {
        start = performance.now();
        await engine.rosterReport({ people: "none", profile: k % 2 ? "qd377-2025" : "qd50-2021" });
        profile.push(performance.now() - start);
      }
      engine.cancel();
      const f = (x) => x.toFixed(1);
      return `| ${n} | ${f(median(whole))} | ${f(load)} | ${f(median(none))} | ${f(median(columns))} | ${f(median(profile))} | ${f(median(apply))} |`;
    },
    { n, edits: Number(args.edits), whole: !args["no-whole"] },
  );
  console.log(row);
}
await chromium.close();
await server.close();
