// End-to-end: the real page in headless Chromium, clicked through as a user would.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withBrowser, cohortCell, tab } from "./support.mjs";

const browser = withBrowser();

test("the example shows the Phú Lương figures in Vietnamese", async () => {
  const { page, errors } = await browser.example();
  // The unit form's labels: the schema's field labels and the page's own.
  const form = await page.textContent("#unit-form");
  for (const label of ["Tên đơn vị", "Cấp", "Ngày rà soát", "Bắt đầu nhiệm kỳ (mm/yyyy)", "Bộ quy định"]) {
    assert.ok(form.includes(label), `${label} in ${form}`);
  }
  await tab(page, "results");

  // Ban Thường vụ of 11: Thạc sỹ 4 = 36,4%, Đại học 7 = 63,6%, LLCT cao cấp 11 = 100%.
  assert.equal(await cohortCell(page, "education-master", "current:standing"), "4 (36,4%)");
  assert.equal(await cohortCell(page, "education-university", "current:standing"), "7 (63,6%)");
  assert.equal(await cohortCell(page, "theory-advanced", "current:standing"), "11 (100%)");
  // Standing office of 7: thạc sĩ 6/7 = 85,7%.
  assert.equal(await cohortCell(page, "education-master", "current:key"), "6 (85,7%)");
  assert.equal(await cohortCell(page, "count", "all"), "79");

  const committee = await page.textContent('#groups-table tr[data-group="committee"] td.multiple');
  assert.equal(committee, "1,39 lần");
  assert.match(await page.textContent("#summary-line"), /ngày rà soát 30\/04\/2018/);

  const errorsShown = await page.$$eval('[data-severity="error"] li', (items) => items.map((li) => li.textContent));
  assert.ok(errorsShown.some((text) => text.includes("có 4 người quy hoạch, vượt mức tối đa 3")), errorsShown.join("\n"));
  assert.ok(errorsShown.some((text) => text.includes("Căn cứ: QĐ 50-QĐ/TW")));
  assert.deepEqual(errors, []);
});

test("a JSON file with a bad row is analysed and the row reported", async () => {
  const dir = mkdtempSync(join(tmpdir(), "qhcb-e2e-"));
  const file = join(dir, "don-vi.json");
  writeFileSync(
    file,
    JSON.stringify({
      format: "qhcb/1",
      unit: { name: "Xã Thử", level: "commune" },
      asOf: "2026-01-15",
      titles: [{ id: "bt", name: "Bí thư Đảng ủy xã", group: "key", seats: 1, rank: 1 }],
      people: [
        { id: "a", name: "Lê Thị Hoa", sex: "F", birth: "1985-06", planned: ["bt"] },
        { id: "b", name: "Lò Văn Sơn", sex: "M", birth: "1975-13", planned: ["bt"] },
      ],
    }),
  );
  const { page, errors } = await browser.open();
  await page.setInputFiles("#file", file);
  await page.waitForSelector("#people-grid tbody td[data-field]");
  await tab(page, "results");
  assert.match(await page.textContent("#source-name"), /don-vi\.json/);
  assert.match(await page.textContent("#summary-line"), /1\/2 dòng được tính, 1 dòng bị loại/);
  const invalid = await page.textContent('[data-code="invalid-row"] .message');
  assert.equal(invalid, "Cán bộ dòng 2 (mã “b”): trường “birth”: “1975-13” không phải ngày hợp lệ: không có tháng 13; dòng này không được tính");
  assert.equal(await page.textContent('#titles-table tr[data-title="bt"] td:nth-child(5)'), "1");
  assert.deepEqual(errors, []);
});

test("a file that is not a dataset shows a clear message", async () => {
  const dir = mkdtempSync(join(tmpdir(), "qhcb-e2e-"));
  const file = join(dir, "sai.json");
  writeFileSync(file, "[1, 2, 3]");
  const { page } = await browser.open();
  await page.setInputFiles("#file", file);
  const alert = page.locator("#error");
  await alert.waitFor({ state: "visible" });
  assert.equal(
    await alert.textContent(),
    "Không mở được dữ liệu: dữ liệu phải là một đối tượng qhcb/1, không phải danh sách",
  );
  assert.equal(await page.textContent("#source-name"), "Chưa có dữ liệu. Hãy tạo mới, mở tệp JSON định dạng qhcb/1 hoặc dùng dữ liệu mẫu.");
});

test("English switch translates the page and the findings", async () => {
  const { page, errors } = await browser.example();
  await tab(page, "results");
  await page.click('[data-lang="en"]');
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.equal(await page.textContent("#findings-heading"), "Findings");
  assert.equal(await cohortCell(page, "education-master", "current:standing"), "4 (36.4%)");
  assert.match(await page.textContent('[data-code="planned-per-title"] .message'), /has 4 people planned, above the maximum of 3/);
  // The choice is remembered.
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.equal(await page.textContent("#tab-data"), "Data");
  await page.click('[data-lang="vi"]');
  assert.deepEqual(errors, []);
});

test("a review date typed dd/mm/yyyy re-runs the analysis", async () => {
  const { page } = await browser.example();
  await page.fill("#dataset-as-of", "15/01/2026");
  await page.press("#dataset-as-of", "Tab");
  await tab(page, "results");
  await page.waitForFunction(() => appRoot().getElementById("summary-line").textContent.includes("15/01/2026"));
  await tab(page, "data");
  await page.fill("#dataset-as-of", "31/02/2026");
  await page.press("#dataset-as-of", "Tab");
  const alert = page.locator("#error");
  await alert.waitFor({ state: "visible" });
  assert.match(await alert.textContent(), /“asOf”.*“2026-02-31”.*không có ngày 31/);
  // Undo brings the valid date back.
  await page.click("#undo");
  await alert.waitFor({ state: "hidden" });
});
