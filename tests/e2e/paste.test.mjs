// End-to-end: a block pasted into the grid is read by the engine in one call
// (parsePaste). A block wider than the grid is refused, naming the columns
// that would be dropped, before anything is applied; 50,000 pasted rows all
// arrive.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withBrowser } from "./support.mjs";

const browser = withBrowser();

async function paste(page, text) {
  await page.evaluate((tsv) => {
    const data = new DataTransfer();
    data.setData("text/plain", tsv);
    appRoot().activeElement.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test("a block wider than the grid is refused before anything is applied; a large block arrives whole", async () => {
  const { page, errors } = await browser.open();
  await page.click("#new-dataset");
  await page.click("#add-person");
  await page.keyboard.press("Home");
  const wide = Array.from({ length: 2 }, (_, r) => Array.from({ length: 40 }, (_, c) => `r${r}c${c}`).join("\t")).join("\n");
  await paste(page, wide);
  const status = await page.textContent("#grid-status");
  assert.match(status, /Khối dán có 40 cột/);
  assert.match(status, /Chưa dán gì/);
  assert.equal(await page.textContent("#grid-count"), "1/1 người");

  // Quoted cells as spreadsheets copy them: a line break and a tab inside one cell.
  const rows = ["p1\tNguyễn \"An\"\tNam\t15/03/1975"];
  for (let i = 2; i <= 50_000; i++) rows.push(`p${i}\tNgười ${i}\t${i % 3 ? "Nam" : "Nữ"}\t${1960 + (i % 40)}`);
  rows[1] = "p2\t\"Lê\tThị\nHai\"\tNữ\t31/02/1980";
  await paste(page, rows.join("\r\n") + "\r\n");
  await page.waitForFunction(() => appRoot().getElementById("grid-count").textContent === "50.000/50.000 người", null, { timeout: 120_000 });
  const after = await page.textContent("#grid-status");
  assert.match(after, /Đã dán 50\.000 dòng \(49\.999 dòng mới\)/);
  assert.match(after, /Dòng 2, Ngày sinh: “31\/02\/1980”/);
  const name = await page.evaluate(() => appRoot().querySelector('#people-grid tr[data-index="1"] td[data-field="name"]').textContent);
  assert.equal(name, "Lê\tThị\nHai");
  assert.deepEqual(errors, []);
});
