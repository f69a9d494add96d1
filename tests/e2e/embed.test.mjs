// End-to-end: embedding and offline use. The example portal embeds
// <qhcb-app> with one script tag under a strict CSP and reads its events;
// the element works inside an iframe; the single-file build analyses the
// example opened from disk, and a large dataset in its worker; the web build
// keeps working with the network cut.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { withBrowser, tab } from "./support.mjs";
import { dataset } from "./roster.mjs";

const SINGLE = fileURLToPath(new URL("../../dist/qhcb.html", import.meta.url));

const browser = withBrowser();

async function portal() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = browser.watch(page);
  page.on("dialog", (d) => d.accept());
  await page.goto(`${browser.url}portal-example.html`);
  await page.waitForSelector("qhcb-app[data-ready=true]");
  return { page, errors, context };
}

test("a portal embeds the tool with one script tag under a strict CSP", async () => {
  const { page, errors, context } = await portal();
  // The portal's own content is there, beside the tool.
  assert.match(await page.textContent("h1"), /Rà soát quy hoạch cán bộ năm 2026/);
  await page.click("#load-example");
  // The portal reads the results through the qhcb-report event.
  await page.waitForFunction(() => document.getElementById("portal-people").textContent === "79");
  assert.equal(await page.textContent("#portal-planned"), "66");
  assert.equal(await page.textContent("#portal-women"), "31,8%");
  assert.ok(Number(await page.textContent("#portal-changes")) >= 1);
  // The portal's theme reaches inside the shadow root; the portal's styles do not leak in.
  const accent = await page.evaluate(() => getComputedStyle(document.querySelector("qhcb-app").shadowRoot.querySelector(".top")).backgroundColor);
  assert.equal(accent, "rgb(11, 61, 145)");
  const font = await page.evaluate(() => getComputedStyle(document.querySelector("qhcb-app").shadowRoot.querySelector("h2")).fontFamily);
  assert.doesNotMatch(font, /Georgia/);
  assert.deepEqual(errors, [], "no CSP violation or error");
  await context.close();
});

test("the element's properties, attributes and events", async () => {
  const { page, context } = await portal();
  const count = await page.evaluate(async () => {
    const tool = document.getElementById("qhcb");
    // Events carry what changed and headline figures, never the data: the portal does not set expose-data.
    const changes = [];
    const onChange = (e) => changes.push(e.detail);
    tool.addEventListener("qhcb-change", onChange);
    const reported = new Promise((resolve) => tool.addEventListener("qhcb-report", (e) => resolve(e.detail), { once: true }));
    tool.data = {
      format: "qhcb/1",
      asOf: "2026-01-15",
      titles: [{ id: "bt", name: "Bí thư", group: "key", seats: 1 }],
      people: [
        { id: "a", name: "Lê Thị Hoa", sex: "F", birth: "1985-06", planned: ["bt"] },
        { id: "b", name: "Lò Văn Sơn", sex: "M", birth: "1979", planned: ["bt"] },
      ],
    };
    const detail = await reported;
    tool.removeEventListener("qhcb-change", onChange);
    const change = changes.at(-1);
    // `data` and `report` are copies: writing to them changes nothing in the tool.
    tool.data.people[0].name = "Đã sửa từ cổng";
    tool.report.cohorts.planned.count = 99;
    return [
      detail.summary.planned,
      "report" in detail,
      JSON.stringify(change).includes("Lê Thị Hoa"),
      [change.reason, change.people, change.titles],
      tool.report.profile,
      tool.data.people.length,
      tool.data.people[0].name,
      tool.report.cohorts.planned.count,
    ];
  });
  assert.deepEqual(count, [2, false, false, ["load", 2, 1], "qd377-2025", 2, "Lê Thị Hoa", 2]);
  // With expose-data the host opts in: the events carry copies of the data and the report.
  const exposed = await page.evaluate(async () => {
    const tool = document.getElementById("qhcb");
    tool.setAttribute("expose-data", "");
    const changed = new Promise((resolve) => tool.addEventListener("qhcb-change", (e) => resolve(e.detail), { once: true }));
    const reported = new Promise((resolve) => tool.addEventListener("qhcb-report", (e) => resolve(e.detail), { once: true }));
    tool.data = { format: "qhcb/1", asOf: "2026-01-15", titles: [], people: [{ id: "c", name: "Hà Văn Minh", sex: "M", birth: "1980" }] };
    const [change, report] = await Promise.all([changed, reported]);
    change.dataset.people[0].name = "Đổi trong sự kiện";
    tool.removeAttribute("expose-data");
    return [change.dataset.people.length, report.report.cohorts.all.count, tool.data.people[0].name];
  });
  assert.deepEqual(exposed, [1, 1, "Hà Văn Minh"]);
  await page.evaluate(() => document.getElementById("qhcb").setAttribute("lang", "en"));
  await page.waitForFunction(() => document.getElementById("qhcb").shadowRoot.getElementById("tab-results").textContent === "Results");
  await page.evaluate(() => document.getElementById("qhcb").setAttribute("profile", "qd50-2021"));
  await page.waitForFunction(() => document.getElementById("qhcb").report?.profile === "qd50-2021");
  await context.close();
});

test("the tool works inside an iframe", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A host page of another origin (about:blank) framing the tool.
  await page.setContent(`<iframe src="${browser.url}" title="QHCB" width="1200" height="800"></iframe>`);
  const frame = page.frameLocator("iframe");
  await frame.locator("#load-example").click();
  await frame.locator("#tab-results").click();
  // The example arrives by fetch: its figures show when it is analysed.
  await frame.locator("#summary-line", { hasText: "79/79" }).waitFor();
  assert.match(await frame.locator("#summary-line").textContent(), /79\/79 dòng được tính/);
  await context.close();
});

test("the single-file build analyses the example opened from disk", async () => {
  assert.ok(existsSync(SINGLE), "scripts/build.sh makes dist/qhcb.html");
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  const errors = browser.watch(page);
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(SINGLE).href);
  await page.waitForSelector("body[data-ready=true]");
  await page.click("#load-example");
  await tab(page, "results");
  assert.match(await page.textContent("#summary-line"), /79\/79 dòng được tính/);
  assert.equal(await page.textContent('#groups-table tr[data-group="committee"] td.multiple'), "1,39 lần");
  // blob: URLs are the engine's workers, made from the file's own text; nothing else is loaded.
  assert.deepEqual(requests.filter((url) => !url.startsWith("blob:")), [pathToFileURL(SINGLE).href], "nothing but the file itself is loaded");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the single-file build has the modules the page loads on demand inside it", async () => {
  const { page, errors } = await browser.open(undefined, pathToFileURL(SINGLE).href);
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  // The passphrase dialogs are loaded the first time one is asked for (app.js, import()).
  await page.click("#lock-from-note");
  const dialog = page.getByRole("dialog", { name: "Khóa bản lưu bằng mật khẩu" });
  await dialog.getByRole("button", { name: "Hủy" }).click();
  await dialog.waitFor({ state: "detached" });
  // English (i18n.js), the views of a report (views.js) and the unit tree (units.js) load on demand too.
  await page.click('[data-lang="en"]');
  await page.waitForFunction(() => document.documentElement.lang === "en");
  await page.click("#load-example");
  await page.click("#units-enable");
  await page.waitForSelector("#unit-filter");
  await tab(page, "results");
  assert.match(await page.textContent("#summary-line"), /79\/79/);
  assert.deepEqual(requests.filter((url) => !url.startsWith("blob:")), [], "nothing is fetched for it");
  assert.deepEqual(errors, []);
});

test("the single-file build analyses a large dataset in a worker started from the file", async () => {
  const dir = mkdtempSync(join(tmpdir(), "qhcb-single-"));
  try {
    const file = join(dir, "lon.json");
    writeFileSync(file, JSON.stringify(dataset(6000)));
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = browser.watch(page);
    const workers = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    await page.goto(pathToFileURL(SINGLE).href);
    await page.waitForSelector("body[data-ready=true]");
    await page.setInputFiles("#file", file);
    await page.waitForFunction(() => /\d/.test(document.querySelector("qhcb-app").shadowRoot.querySelector('#people-grid td[data-row="0"][data-field="age"]')?.textContent ?? ""));
    assert.equal(await page.textContent("#grid-count"), "6.000/6.000 người");
    assert.ok(workers.length > 0 && workers.every((url) => url.startsWith("blob:")), `workers: ${workers}`);
    await tab(page, "results");
    assert.match(await page.textContent("#summary-line"), /6\.000\/6\.000 dòng được tính/);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("after the first visit the web build works with the network cut", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(browser.url);
  await page.waitForSelector("body[data-ready=true]");
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
  // The worker controls the next load and has cached every file.
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.equal(await page.evaluate(() => !!navigator.serviceWorker.controller), true);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  await page.click("#load-example");
  await tab(page, "results");
  assert.match(await page.textContent("#summary-line"), /79\/79 dòng được tính/);
  await context.setOffline(false);
  await context.close();
});
