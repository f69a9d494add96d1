// End-to-end: the quick worksheets reproduce the published figures from
// counts typed into their forms; bad counts are marked; one prints alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { withBrowser, tab } from "./support.mjs";

const browser = withBrowser();

const figures = (page, kind) => page.$$eval(`#sheet-${kind}-result [data-figure]`, (n) => n.map((x) => x.textContent));

test("worksheets give the articles' figures from their counts", async () => {
  const { page, errors } = await browser.open();
  await tab(page, "sheets");
  await page.fill("#sheet-body-seats", "299");
  await page.fill("#sheet-body-plannedPairs", "419");
  assert.deepEqual(await figures(page, "body"), ["419 lượt cán bộ được quy hoạch cấp ủy, đạt 1,4 lần so với cấp ủy hiện tại (299 người)"]);

  await page.fill("#sheet-keyTitles-titles", "100");
  await page.fill("#sheet-keyTitles-plannedPairs", "201");
  assert.match((await figures(page, "keyTitles"))[0], /đạt 2,01 lần trên 1 chức danh/);

  await page.fill("#sheet-composition-total", "11");
  await page.fill("#sheet-composition-education-master", "4");
  await page.fill("#sheet-composition-education-university", "7");
  await page.fill("#sheet-composition-politicalTheory-advanced", "11");
  await page.check("#sheet-composition-mustAddUp");
  assert.deepEqual(await figures(page, "composition"), ["Thạc sĩ 4 = 36,4%", "Đại học 7 = 63,6%", "LLCT cao cấp, cử nhân 11 = 100%"]);

  await page.fill("#sheet-staffing-requested", "917");
  await page.fill("#sheet-staffing-assigned", "874");
  await page.fill("#sheet-staffing-reserve", "43");
  assert.match((await figures(page, "staffing")).join(" | "), /Dự phòng 43 biên chế = 4,7% số đề nghị/);

  await page.fill("#sheet-growth-unitsCovered", "1.253");
  await page.fill("#sheet-growth-unitsTotal", "1.280");
  assert.deepEqual(await figures(page, "growth"), ["1.253/1.280 = 97,9%"]);

  await page.fill("#sheet-rotation-down", "40");
  await page.fill("#sheet-rotation-up", "17");
  await page.fill("#sheet-rotation-across", "24");
  assert.deepEqual(await figures(page, "rotation"), ["Tổng số luân chuyển 81 lượt", "Từ trên xuống 40 = 49,4%", "Từ dưới lên 17 = 21%", "Sang ngang 24 = 29,6%"]);
  await page.screenshot({ path: new URL("./artifacts/worksheets.png", import.meta.url).pathname, fullPage: true });
  assert.deepEqual(errors, []);
});

test("a bad count is marked on its field; a finding cites its rule", async () => {
  const { page } = await browser.open();
  await tab(page, "sheets");
  await page.fill("#sheet-body-seats", "-5");
  assert.equal(await page.getAttribute("#sheet-body-seats", "aria-invalid"), "true");
  assert.equal(await page.textContent("#sheet-body-seats-error"), "“-5” không phải số nguyên không âm");
  await page.fill("#sheet-body-seats", "33");
  assert.equal(await page.getAttribute("#sheet-body-seats", "aria-invalid"), null);
  await page.fill("#sheet-body-plannedPairs", "40");
  await page.fill("#sheet-body-women", "4");
  await page.selectOption("#sheet-body-profile", "qd50-2021");
  const finding = page.locator('#sheet-body-result [data-code="women-share"]');
  assert.match(await finding.textContent(), /thấp hơn mục tiêu 25%.*QĐ 50-QĐ\/TW/);
});

test("a worksheet prints alone and exports its figures", async () => {
  const { page } = await browser.open();
  await tab(page, "sheets");
  await page.fill("#sheet-rotation-down", "40");
  await page.fill("#sheet-rotation-up", "17");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-sheet-export="rotation"]')]);
  const csv = readFileSync(await download.path(), "utf8");
  assert.match(csv, /down,0\.7017543859649122,"Từ trên xuống 40 = 70,2%"/);
  // The print view of one worksheet.
  await page.evaluate(() => {
    window.print = () => {
      const root = window.appRoot();
      window.printed = [...root.querySelectorAll(".worksheet.printing")].map((n) => n.id);
    };
  });
  await page.click('[data-sheet-print="rotation"]');
  assert.deepEqual(await page.evaluate(() => window.printed), ["sheet-rotation"]);
});

test("an invalid count is marked, clears the old result and never throws", async () => {
  const { page, errors } = await browser.open();
  await tab(page, "sheets");
  await page.fill("#sheet-composition-total", "11");
  await page.fill("#sheet-composition-education-master", "4");
  assert.deepEqual(await figures(page, "composition"), ["Thạc sĩ 4 = 36,4%"]);
  await page.fill("#sheet-composition-education-master", "4,5");
  assert.equal(await page.getAttribute("#sheet-composition-education-master", "aria-invalid"), "true");
  assert.deepEqual(await figures(page, "composition"), []);
  assert.equal(await page.textContent("#sheet-composition-education-master-error"), "“4,5” không phải số nguyên không âm");
  await page.fill("#sheet-growth-unitsCovered", "1.5");
  await page.fill("#sheet-growth-unitsTotal", "20");
  assert.deepEqual(await figures(page, "growth"), []);
  assert.match(await page.textContent("#sheet-growth-unitsCovered-error"), /tách hàng nghìn/);
  // A per-title count: its field names are not selectors; the row's input is marked.
  await page.fill("#sheet-keyTitles-titles", "2");
  await page.fill("#sheet-keyTitles-plannedPairs", "4");
  await page.click("#sheet-keyTitles-add");
  const row = page.locator("#sheet-keyTitles tbody tr").last();
  await row.locator("input").nth(0).fill("Bí thư");
  await row.locator("input").nth(1).fill("4,5");
  assert.equal(await row.locator("input").nth(1).getAttribute("aria-invalid"), "true");
  assert.match(await page.textContent("#sheet-keyTitles-result"), /“4,5”/);
  assert.deepEqual(await figures(page, "keyTitles"), []);
  assert.deepEqual(errors, []);
});
