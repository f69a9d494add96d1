// End-to-end: hostile text and the network. Names, title names and the unit
// name carry script tags, event handlers, javascript: URLs, entities,
// direction overrides, zero-width characters, a 10,000-character name, emoji
// and combining marks; they are shown literally in every view, the print
// view and the exports, and nothing runs. Every request of a whole session
// goes to the page's own files.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { withBrowser, tab } from "./support.mjs";
import { initSync, inspectFile } from "../../www/pkg/qhcb_io.js";

initSync({ module: readFileSync(fileURLToPath(new URL("../../www/pkg/qhcb_io_bg.wasm", import.meta.url))) });

const browser = withBrowser();

const PWN = "window.__pwned=1";
export const HOSTILE = [
  `<script>${PWN}</script>`,
  `<img src=x onerror="${PWN}">`,
  `<svg onload=${PWN}>`,
  `<iframe src="javascript:${PWN}"></iframe>`,
  `javascript:${PWN}`,
  `JaVaScRiPt:${PWN}`,
  `" onmouseover="${PWN}" x="`,
  `' onfocus='${PWN}' autofocus='`,
  `</td><script>${PWN}</script>`,
  `</textarea><script>${PWN}</script>`,
  `</style><script>${PWN}</script>`,
  `<a href="javascript:${PWN}">bấm</a>`,
  `<body onload=${PWN}>`,
  `<details open ontoggle=${PWN}>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${PWN}>`,
  `{{constructor.constructor('${PWN}')()}}`,
  `\${${PWN}}`,
  `&lt;script&gt;${PWN}&lt;/script&gt;`,
  "&amp; &quot; &#39; &#x3C;",
  "&nbsp;&shy;&zwj;",
  "Nguyễn\u202eVăn A",
  "\u202dLê\u202c Thị B",
  "\u200b\u200c\u200dTrần\ufeffThị",
  "\u2066Phạm\u2069",
  "x".repeat(10_000),
  "👩‍💼 Đặng 🇻🇳",
  "𝔑𝔤𝔲𝔶𝔢𝔫 𝕍𝕒𝕟",
  "e\u0301\u0302\u0303\u0323 tổ hợp",
  "Z\u0351\u0308\u0335\u0357a\u0352\u0352lgo",
  "Nguye\u0302\u0303n (NFD)",
  "Robert'); DROP TABLE people;--",
  "1; DELETE FROM cadres",
  "%00%0d%0a",
  "\u0000 nul",
  "\t tab \n newline \r cr",
  "../../etc/passwd",
  "C:\\Windows\\system32",
  "=cmd|' /C calc'!A0",
  "+SUM(1+1)*cmd",
  "@SUM(1+1)",
  "-2+3",
  "🙂".repeat(300),
  "ﷺ﷽",
  "עברית العربية",
  "\u0085next line",
  "\u2028line\u2029para",
  "<!--",
  "]]>",
  "<?xml version=\"1.0\"?>",
  "%s%s%s%n",
  "NaN",
  "undefined",
  "null",
  "__proto__",
  "constructor",
];

function hostileDataset() {
  return {
    format: "qhcb/1",
    unit: { name: `<b onclick="${PWN}">Xã</b>`, level: "commune" },
    asOf: "2026-01-15",
    titles: [
      { id: "bt", name: `<img src=x onerror="${PWN}">Bí thư`, group: "key", seats: 1, rank: 1 },
      { id: "bch", name: "</td><script>" + PWN + "</script>", group: "committee", seats: 3 },
    ],
    people: HOSTILE.map((name, i) => ({
      id: `h${i}`,
      name,
      sex: i % 2 ? "M" : "F",
      birth: `${1965 + (i % 30)}-0${1 + (i % 9)}`,
      planned: i < 4 ? ["bt"] : [],
      current: i % 7 === 0 ? ["bch"] : [],
    })),
  };
}

test("hostile text shows literally everywhere and never runs", async () => {
  assert.ok(HOSTILE.length >= 50);
  const { page, errors } = await browser.open();
  const dialogs = [];
  page.removeAllListeners("dialog");
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.accept();
  });
  const data = Buffer.from(JSON.stringify(hostileDataset()));
  await page.setInputFiles("#file", { name: "doc-hai.json", mimeType: "application/json", buffer: data });
  await page.waitForSelector("#people-grid tbody td[data-field]");

  // The grid shows the names as text.
  const first = await page.textContent('#people-grid td[data-row="0"][data-field="name"]');
  assert.equal(first, HOSTILE[0]);
  await page.fill("#grid-search", "h24");
  assert.equal((await page.textContent('#people-grid td[data-row="0"][data-field="name"]')).length, 10_000);
  await page.fill("#grid-search", "");

  for (const view of ["results", "rules", "report", "sheets", "data"]) {
    await tab(page, view);
  }
  await tab(page, "results");
  assert.match(await page.textContent("#summary-line"), /<b onclick=/);
  const findings = await page.textContent("#findings");
  assert.ok(findings.includes("<img src=x onerror="), "title names appear as text in findings");
  await page.emulateMedia({ media: "print" });
  await page.pdf({ format: "A4" });
  await page.emulateMedia({ media: "screen" });

  const [csv] = await Promise.all([page.waitForEvent("download"), page.click("#export-csv")]);
  const csvText = readFileSync(await csv.path(), "utf8");
  assert.ok(csvText.includes("<script>window.__pwned=1</script>"));
  // A name that a spreadsheet would run as a formula is written with a leading apostrophe.
  assert.ok(csvText.includes("'=cmd|' /C calc'!A0"));
  assert.ok(!/(^|,)=cmd/m.test(csvText));
  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.click("#export-xlsx")]);
  // The workbook holds every name exactly (read back with the engine's own reader).
  const sheet = inspectFile(new Uint8Array(readFileSync(await xlsx.path()))).sheets[0];
  const names = sheet.columns.find((c) => c.header === "Họ và tên");
  assert.deepEqual(names.samples, HOSTILE.slice(0, names.samples.length));
  const [json] = await Promise.all([page.waitForEvent("download"), page.click("#save-json")]);
  const saved = JSON.parse(readFileSync(await json.path(), "utf8"));
  assert.deepEqual(saved.people.map((p) => p.name), HOSTILE);
  assert.equal(saved.unit.name, `<b onclick="${PWN}">Xã</b>`);

  // Nothing ran: no flag, no dialog; no element from the data was parsed as markup.
  assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
  assert.deepEqual(dialogs, []);
  assert.equal(await page.evaluate(() => appRoot().querySelectorAll("script, iframe, svg[onload], img[onerror], details[ontoggle]").length), 0);
  assert.deepEqual(errors, []);
});

test("a whole session only requests the page's own files", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("dialog", (d) => d.accept());
  await page.addInitScript(() => {
    window.appRoot = () => document.querySelector("qhcb-app")?.shadowRoot ?? document;
  });
  await page.goto(browser.url);
  await page.waitForSelector("body[data-ready=true]");
  // Load, entry, import, analysis, export, print.
  await page.click("#load-example");
  await page.click('#people-grid td[data-row="0"][data-field="name"]');
  await page.keyboard.type("Tên Sửa");
  await page.keyboard.press("Enter");
  const csv = "Họ và tên,Ngày sinh,Giới tính\r\nLê Văn Mới,1980,Nam\r\n";
  await page.setInputFiles("#import-file", { name: "moi.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.click("#import-run");
  await page.waitForSelector("#import-summary");
  await tab(page, "results");
  await Promise.all([page.waitForEvent("download"), page.click("#export-xlsx")]);
  await tab(page, "report");
  await page.emulateMedia({ media: "print" });
  await page.pdf({ format: "A4" });
  const foreign = requests.filter((url) => !url.startsWith(browser.url) && !url.startsWith("blob:") && !url.startsWith("data:"));
  assert.deepEqual(foreign, [], "no request leaves the page's own server");
  await context.close();
});
