#!/usr/bin/env node
// The page as a user feels it (issue 18), in one headless Chromium run: open
// a roster file (to the first dashboard painted), edit one birth date in the
// grid (Enter → the dashboard painted with the new figures), switch the rule
// profile (→ painted). Each figure is the median of RUNS edits in one page,
// after one warm-up; min–max beside it. Not a test: BENCHMARKS.md records it.
//
//   node benches/edit.mjs --data /tmp/qhcb-bench --sizes 5000,100000,1000000 [--runs 5] [--pause 300]
//
// Between typing a date and pressing Enter the page is left --pause ms, as a
// person reads what they typed: the clock then starts on a page at rest, not
// while the typed characters are still being drawn (or, at 100,000 people and
// more, while the autosave of the edit before copies the roster). --pause 0 is
// a typist at machine speed; both are recorded in BENCHMARKS.md.
//
// DIR holds people-N.json as scripts/bench.sh writes them (qhcb-generate).
import { parseArgs } from "node:util";
import { join, resolve } from "node:path";
import { existsSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, EXECUTABLE, serve } from "../tests/e2e/support.mjs";

const { values: args } = parseArgs({
  options: {
    data: { type: "string", default: "/tmp/qhcb-bench" },
    sizes: { type: "string", default: "5000,100000,1000000" },
    runs: { type: "string", default: "5" },
    pause: { type: "string", default: "300" },
  },
});
const DATA = resolve(args.data);
const SIZES = args.sizes.split(",").filter(Boolean).map(Number);
const RUNS = Number(args.runs);
const PAUSE = Number(args.pause);

/** Installs, in the page, a clock that stops at the first paint after the next report. */
function installClock() {
  window.__benchStart = 0;
  window.__painted = [];
  // The user's key or choice, in the capture phase: before the page handles it. A select's
  // choice is seen by its "input" event, fired before "change": "change" is not composed, so
  // from the tool's shadow root it never reaches the window (the clock then kept the last
  // Enter's start, and a profile switch read seconds).
  for (const type of ["keydown", "input"]) {
    window.addEventListener(
      type,
      (event) => {
        if (type === "keydown" && event.key !== "Enter") return;
        if (type === "input" && event.composedPath()[0]?.tagName !== "SELECT") return;
        window.__benchStart = performance.now();
      },
      true,
    );
  }
  document.addEventListener("qhcb-report", () => {
    const start = window.__benchStart;
    // The frame after the one the report is drawn in has been painted.
    requestAnimationFrame(() => setTimeout(() => window.__painted.push(performance.now() - start), 0));
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

async function waitReports(page, count, timeout = 600_000) {
  await page.waitForFunction((n) => window.__painted.length >= n, count, { timeout, polling: 5 });
  return page.evaluate(() => window.__painted.at(-1));
}

async function figures(browser, url, n) {
  const file = join(DATA, `people-${n}.json`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run scripts/bench.sh ${n} first`);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("crash", () => errors.push("the page crashed"));
  await page.addInitScript(installClock);
  await page.goto(url);
  await page.waitForSelector("qhcb-app[data-ready=true]", { timeout: 60_000 });
  const out = { people: n, mb: statSync(file).size / 1e6 };

  // Open the file: from the file input's change to the first dashboard painted.
  await page.evaluate(() => {
    window.__benchStart = performance.now();
    window.__painted = [];
  });
  const t0 = Date.now();
  await page.setInputFiles("#file", file);
  await page.waitForFunction(() => window.__painted.length >= 1, null, { timeout: 900_000, polling: 20 });
  out.load = Date.now() - t0;

  // The birth column, the first row's cell.
  const birthCol = await page.evaluate(() => {
    const root = document.querySelector("qhcb-app").shadowRoot ?? document;
    const heads = [...root.querySelectorAll("#people-grid thead th")];
    return heads.findIndex((th) => th.textContent.trim() === "Ngày sinh") - 1;
  });
  const cell = page.locator(`#people-grid td[data-row="0"][data-col="${birthCol}"]`);
  const edits = [];
  for (let run = 0; run <= RUNS; run++) {
    const before = await page.evaluate(() => window.__painted.length);
    await cell.click();
    await page.keyboard.type(`15/0${1 + (run % 9)}/1979`);
    if (PAUSE) await page.waitForTimeout(PAUSE);
    await page.keyboard.press("Enter");
    const took = await waitReports(page, before + 1);
    if (run > 0) edits.push(took);
  }
  out.edit = edits;

  // Profile switch on the results tab.
  await page.getByRole("tab", { name: "Kết quả" }).click();
  const select = page.locator("#results-profile-select");
  // Two profiles whose rules differ (QĐ 50 and QĐ 377): "by the review date" resolves to one of
  // them, and a switch between the two would change no rule.
  const values = await select.locator("option").evaluateAll((os) => os.map((o) => o.value));
  const [current, other] = ["qd377-2025", "qd50-2021"];
  if (!values.includes(current) || !values.includes(other)) throw new Error(`profiles missing: ${values.join(", ")}`);
  if ((await select.inputValue()) !== current) {
    const before = await page.evaluate(() => window.__painted.length);
    await select.selectOption(current);
    await waitReports(page, before + 1);
  }
  const switches = [];
  for (let run = 0; run <= RUNS; run++) {
    const before = await page.evaluate(() => window.__painted.length);
    await select.selectOption(run % 2 ? current : other);
    const took = await waitReports(page, before + 1);
    if (run > 0) switches.push(took);
  }
  out.profile = switches;
  out.errors = errors;
  await context.close();
  return out;
}

const server = await serve(resolve(new URL("../www/", import.meta.url).pathname) + "/");
const browser = await chromium.launch({ executablePath: EXECUTABLE, headless: true, args: CHROMIUM_ARGS });
console.log(`# edit → dashboard painted (a pause of ${PAUSE} ms before Enter), ${new Date().toISOString()}, load ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
console.log("| people | file MB | open → first dashboard | edit → dashboard (median, min–max) | profile switch (median, min–max) |");
console.log("|---:|---:|---:|---:|---:|");
let failed = false;
for (const n of SIZES) {
  try {
    const f = await figures(browser, server.url, n);
    const range = (xs) => `${ms(median(xs))} ms (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;
    console.log(`| ${n.toLocaleString("en")} | ${f.mb.toFixed(1)} | ${(f.load / 1000).toFixed(2)} s | ${range(f.edit)} | ${range(f.profile)} |`);
    if (f.errors.length) {
      failed = true;
      console.log(`<!-- errors at ${n}: ${f.errors.join("; ")} -->`);
    }
  } catch (error) {
    failed = true;
    console.log(`| ${n.toLocaleString("en")} | | failed: ${error.message.split("\n")[0]} | | |`);
  }
}
await browser.close();
await server.close();
process.exit(failed ? 1 : 0);
