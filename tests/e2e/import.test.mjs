// End-to-end: importing a roster file through the page (legacy TCVN3 text,
// Vietnamese headers, a bad row), reading what happened to every row, and
// exporting to Excel and CSV and back.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { withBrowser, tab } from "./support.mjs";

const browser = withBrowser();

// A roster typed with the TCVN3 (ABC) fonts, saved as CSV: "Nguyễn Văn An", …
const TCVN3_CSV = [
  "STT;Hä vµ tªn;Ngµy sinh;Giíi tÝnh;D©n téc;Tr×nh ®é chuyªn m«n",
  "1;NguyÔn V¨n An;15/03/1975;Nam;Kinh;Th¹c sÜ",
  "2;TrÇn ThÞ B×nh;20/08/1982;N÷;Tµy;§¹i häc",
  "3;Lª V¨n C\u00adêng;31/02/1968;Nam;Kinh;§¹i häc",
  "",
  "4;Ph¹m ThÞ Dung;05/1990;N÷;M\u00adêng;Th¹c sÜ",
  "",
].join("\r\n");

test("a TCVN3 CSV imports with converted text and every row accounted for", async () => {
  const { page, errors } = await browser.open();
  await page.setInputFiles("#import-file", { name: "danh-sach.csv", mimeType: "text/csv", buffer: Buffer.from(TCVN3_CSV, "latin1") });
  await page.waitForSelector("#import-mapping");
  const field = (letter) => page.inputValue(`#import-mapping tr[data-column="${letter}"] select[data-import-field]`);
  assert.equal(await field("B"), "name");
  assert.equal(await field("C"), "birth");
  assert.equal(await field("D"), "sex");
  assert.equal(await page.inputValue('#import-mapping tr[data-column="B"] select[data-import-encoding]'), "tcvn3");
  assert.match(await page.textContent('#import-mapping tr[data-column="B"] .converted'), /Nguyễn Văn An/);
  await page.click("#import-run");
  await page.waitForSelector("#import-summary");
  const summary = await page.textContent("#import-summary");
  assert.match(summary, /Đã đọc 5 dòng: nhập 3 dòng, loại 1 dòng\./);
  assert.match(summary, /Bỏ qua 1 dòng trống \(dòng 5\)\./);
  assert.match(await page.textContent("#import-rejections"), /“31\/02\/1968” không phải ngày/);
  assert.equal(await page.textContent('#import-rejections tr[data-row="4"] td:nth-child(2)'), "C (Ngày sinh)");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#import-download-rejected")]);
  const rejected = readFileSync(await download.path(), "utf8");
  assert.match(rejected, /Lý do/);
  assert.match(rejected, /31\/02\/1968/);

  // The imported people are in the grid and analysed.
  assert.equal(await page.textContent("#grid-count"), "3/3 người");
  assert.equal(await page.textContent('#people-grid td[data-row="0"][data-field="name"]'), "Nguyễn Văn An");
  assert.equal(await page.textContent('#people-grid td[data-row="1"][data-field="ethnicMinority"]'), "✓");
  await page.click("#import-close");
  await tab(page, "results");
  assert.match(await page.textContent("#summary-line"), /3\/3 dòng được tính/);
  assert.deepEqual(errors, []);
});

test("Excel and CSV exports download and import back", async () => {
  const { page } = await browser.example();
  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.click("#export-xlsx")]);
  // Named after the unit and the review date.
  assert.equal(xlsx.suggestedFilename(), "QHCB-Dang-bo-huyen-Phu-Luong-vi-du-2018-04-30.xlsx");
  const bytes = readFileSync(await xlsx.path());
  assert.equal(bytes.subarray(0, 2).toString(), "PK");
  const [csv] = await Promise.all([page.waitForEvent("download"), page.click("#export-csv")]);
  const csvText = readFileSync(await csv.path(), "utf8");
  assert.match(csvText.split("\n")[0], /Mã,Họ và tên,Giới tính,Ngày sinh/);

  // Import the exported workbook into a new, empty workspace.
  await page.click("#new-dataset");
  await page.setInputFiles("#import-file", { name: "qhcb.xlsx", mimeType: "application/octet-stream", buffer: bytes });
  await page.waitForSelector("#import-mapping");
  assert.equal(await page.inputValue("#import-sheet"), "0");
  await page.check("#import-create-titles");
  await page.click("#import-run");
  // Titles the import would create are listed for confirmation first.
  await page.waitForSelector("#import-summary, #import-confirm-titles");
  if (await page.$("#import-confirm-titles")) {
    assert.ok((await page.$$("#import-new-titles li")).length > 0);
    await page.click("#import-confirm-titles");
  }
  await page.waitForSelector("#import-summary");
  assert.match(await page.textContent("#import-summary"), /Đã đọc 79 dòng: nhập 79 dòng, loại 0 dòng\./);
  assert.equal(await page.textContent("#grid-count"), "79/79 người");
  // Undo takes the whole import back in one step.
  await page.click("#undo");
  assert.equal(await page.textContent("#grid-count"), "0/0 người");
});

test("a file that is not a spreadsheet is refused with a clear message", async () => {
  const { page } = await browser.open();
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 0, 0, 0, 0]);
  await page.setInputFiles("#import-file", { name: "anh.xlsx", mimeType: "application/octet-stream", buffer: png });
  await page.waitForSelector("#import-panel .error");
  assert.equal(
    await page.textContent("#import-panel .error"),
    "Không đọc được tệp “anh.xlsx”: tệp không phải bảng tính (XLSX, XLS, ODS) hay tệp CSV",
  );
});

test("a file's thousands of warnings are listed a hundred at a time, and the keyboard goes on from the rows added", async () => {
  const { page, errors } = await browser.open();
  // 650 people whose current post is no title of the (empty) dataset: a warning each.
  const rows = Array.from({ length: 650 }, (_, i) => `Người ${i + 1},${String((i % 28) + 1).padStart(2, "0")}/03/1975,Nam,Chuyên viên ${i + 1}`);
  const csv = ["Họ và tên,Ngày sinh,Giới tính,Chức vụ hiện tại", ...rows].join("\r\n");
  await page.setInputFiles("#import-file", { name: "canh-bao.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.waitForSelector("#import-mapping");
  await page.click("#import-run");
  await page.waitForSelector("#import-summary");
  assert.match(await page.textContent("#import-summary"), /nhập 650 dòng/);
  const shown = () => page.locator("#import-warnings tbody tr").count();
  assert.equal(await shown(), 100);
  const more = page.getByRole("button", { name: "Hiện thêm 400 dòng (còn 550)" });
  await more.focus();
  await page.keyboard.press("Enter");
  assert.equal(await shown(), 500);
  // The first row added has the focus; the button now offers the rest.
  assert.equal(await page.evaluate(() => window.appRoot().activeElement?.dataset.row), "102");
  await page.getByRole("button", { name: "Hiện nốt 150 dòng còn lại" }).click();
  assert.equal(await shown(), 650);
  assert.equal(await page.getByRole("button", { name: /Hiện (thêm|nốt)/ }).count(), 0);
  assert.deepEqual(errors, []);
});
