// End-to-end: the report an official files, on screen, printed to PDF by
// Chromium (header block, page numbers "Trang x/y", the total column over
// everyone planned), from inside a portal (the whole page width), and as a
// Word document.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withBrowser, tab } from "./support.mjs";

const browser = withBrowser();

/** The text of a PDF: pdftotext (poppler-utils) when installed, else null. */
function pdfText(bytes) {
  const dir = mkdtempSync(join(tmpdir(), "qhcb-pdf-"));
  const file = join(dir, "report.pdf");
  writeFileSync(file, bytes);
  try {
    execFileSync("pdftotext", ["-layout", file, join(dir, "report.txt")]);
    return readFileSync(join(dir, "report.txt"), "utf8");
  } catch {
    return null;
  }
}

test("the report tab shows a Party document with the tables of the forms", async () => {
  const { page, errors } = await browser.example();
  await tab(page, "report");
  const sheet = page.locator("#report-sheet");
  await sheet.locator(".doc-header").waitFor();
  const header = await sheet.locator(".doc-header").textContent();
  assert.match(header, /ĐẢNG CỘNG SẢN VIỆT NAM/);
  assert.match(header, /ĐẢNG BỘ HUYỆN PHÚ LƯƠNG \(VÍ DỤ\)/);
  assert.match(header, /Số: ……-BC\/……/);
  assert.match(header, /ngày …… tháng …… năm 20……/);
  const closing = await sheet.locator(".doc-closing").textContent();
  assert.match(closing, /Nơi nhận:/);
  assert.match(closing, /T\/M BAN THƯỜNG VỤ/);
  // Biểu 2: a total column over everyone planned (66 people: 21 women, 33 young).
  const planned = sheet.locator('table[data-form="planned"]');
  const heads = await planned.locator("thead th").allTextContents();
  assert.equal(heads.at(-1), "Tổng số (toàn bộ nguồn quy hoạch)");
  const women = await planned.locator("tbody tr", { hasText: "Nữ" }).first().locator("td").allTextContents();
  assert.equal(women.at(-1), "21 (31,8%)");
  // The standing committee's column: 4 women of 13 (30,8%), 6 young (46,2%).
  assert.equal(women[heads.indexOf("Ban Thường vụ") - 1], "4 (30,8%)");
  // The per-title table and the short list.
  assert.deepEqual((await sheet.locator('table[data-form="titles"] thead th').allTextContents()).slice(2, 8), [
    "Số vị trí", "Đương nhiệm", "Quy hoạch", "Người / vị trí", "Nữ", "Trẻ",
  ]);
  assert.ok((await sheet.locator('table[data-form="list"] tbody tr').count()) > 66);
  // No raw rule code and no English confidence in the Vietnamese report.
  const all = await sheet.textContent();
  for (const raw of ["planned-per-title", "planning-age", "REPORTED", "CONFIRMED", "Thạc sỹ"]) assert.ok(!all.includes(raw), raw);
  assert.deepEqual(errors, []);
});

test("the header and signature set by the user print in the report", async () => {
  const { page } = await browser.example();
  await tab(page, "report");
  await page.click("#report-settings-box summary");
  await page.fill("#report-number", "Số: 15-BC/HU");
  await page.press("#report-number", "Tab");
  await page.fill("#report-signer", "Nguyễn Văn A");
  await page.press("#report-signer", "Tab");
  await page.locator("#report-sheet .doc-closing", { hasText: "Nguyễn Văn A" }).waitFor();
  assert.match(await page.locator("#report-sheet .doc-header").textContent(), /Số: 15-BC\/HU/);
});

test("printed to PDF: header, page numbers Trang x/y and the total column", async () => {
  const { page } = await browser.example();
  await tab(page, "report");
  await page.locator("#report-sheet .doc-header").waitFor();
  await page.emulateMedia({ media: "print" });
  // Only the report prints, across the page.
  const hidden = await page.evaluate(() => getComputedStyle(window.appRoot().querySelector(".toolbar")).display);
  assert.equal(hidden, "none");
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  assert.equal(pdf.subarray(0, 5).toString(), "%PDF-");
  const text = pdfText(pdf);
  if (text === null) {
    // Without pdftotext: the PDF has pages and embeds the header's font glyphs.
    assert.ok(pdf.length > 20000);
    return;
  }
  if (process.env.QHCB_PDF_TEXT) writeFileSync(process.env.QHCB_PDF_TEXT, text);
  const pages = text.split("\f").filter((p) => p.trim());
  assert.ok(pages.length >= 3, `${pages.length} pages`);
  assert.match(pages[0], /ĐẢNG CỘNG SẢN VIỆT NAM/);
  assert.match(pages[0], /BÁO CÁO/);
  // The total column's heading wraps in the table: its two halves are there.
  assert.ok(text.includes("Tổng số (toàn bộ") && text.includes("quy hoạch)"));
  assert.match(text, /21 \(31,8%\)/);
  assert.match(pages[0], new RegExp(`Trang 1/${pages.length}`));
  assert.match(pages.at(-1), new RegExp(`Trang ${pages.length}/${pages.length}`));
  assert.match(text, /Nơi nhận:/);
  assert.match(text, /Phụ lục\. Danh sách trích ngang/);
});

test("printed from a portal, the report takes the whole page width", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${browser.url}portal-example.html`);
  await page.waitForSelector("qhcb-app[data-ready=true]");
  await page.click("#load-example");
  await page.waitForFunction(() => document.getElementById("portal-people").textContent === "79");
  await tab(page, "report");
  await page.locator("#report-sheet .doc-header").waitFor();
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: 794, height: 1123 });
  const widths = await page.evaluate(() => {
    const app = document.querySelector("qhcb-app");
    const table = app.shadowRoot.querySelector('#report-sheet table[data-form="current"]');
    const cells = [...table.querySelectorAll("thead th")].map((th) => th.getBoundingClientRect());
    return {
      app: app.getBoundingClientRect().width,
      page: document.documentElement.clientWidth,
      visible: cells.filter((r) => r.width > 0 && r.right <= document.documentElement.clientWidth + 1).length,
      columns: cells.length,
      portalHeader: getComputedStyle(document.querySelector(".portal-header")).display,
    };
  });
  assert.equal(widths.portalHeader, "none");
  assert.ok(widths.app >= widths.page - 2, JSON.stringify(widths));
  assert.equal(widths.visible, widths.columns, JSON.stringify(widths));
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const text = pdfText(pdf);
  if (text !== null) {
    assert.match(text, /ĐẢNG CỘNG SẢN VIỆT NAM/);
    assert.match(text, /Trang 1\//);
  }
});

test("the report downloads as a Word document", async () => {
  const { page, errors } = await browser.example();
  await tab(page, "report");
  await page.locator("#report-sheet .doc-header").waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-docx")]);
  // Named from the unit and the review date, as every download (issue 20).
  assert.equal(download.suggestedFilename(), "QHCB-Dang-bo-huyen-Phu-Luong-vi-du-2018-04-30.docx");
  const bytes = readFileSync(await download.path());
  assert.equal(bytes.subarray(0, 2).toString(), "PK");
  // The zip's directory names its parts in plain text.
  assert.ok(bytes.includes(Buffer.from("word/document.xml")));
  assert.ok(bytes.includes(Buffer.from("word/footer1.xml")));
  assert.deepEqual(errors, []);
});
