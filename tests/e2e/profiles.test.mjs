// End-to-end: the active profile on the page, editing a threshold, the
// congress cut-offs, and saving the adjusted profile with the data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { withBrowser, tab } from "./support.mjs";

const browser = withBrowser();

async function withExample() {
  const opened = await browser.example();
  await tab(opened.page, "rules");
  return opened;
}

const codes = (page) => page.$$eval("#findings li", (items) => items.map((li) => li.dataset.code));

test("the active profile lists every rule with its source and confidence", async () => {
  const { page, errors } = await withExample();
  assert.equal(await page.textContent("#profile-name"), "Quy định 50-QĐ/TW (27/12/2021) và Hướng dẫn 16-HD/BTCTW");
  const row = page.locator("#rule-planned-per-title");
  assert.match(await row.textContent(), /QĐ 50-QĐ\/TW ngày 27\/12\/2021/);
  // The confidence in the page's language, never the English label in Vietnamese.
  assert.match(await row.locator(".confidence").textContent(), /Theo báo chí/);
  const ruleCount = await page.locator("table.rules tbody tr").count();
  assert.equal(ruleCount, 19);
  // Each finding links to its rule.
  const href = await page.getAttribute('[data-code="planned-per-title"] a.code', "href");
  assert.equal(href, "#rule-planned-per-title");
  assert.deepEqual(errors, []);
});

test("changing a threshold changes the findings", async () => {
  const { page, errors } = await withExample();
  assert.equal((await codes(page)).filter((c) => c === "planned-per-title").length, 1);
  // At most 2 per seat: Phó Bí thư (5 planned for 2 seats) now exceeds 4.
  await page.fill('#rule-planned-per-title input[data-param="perSeat"]', "2");
  await page.press('#rule-planned-per-title input[data-param="perSeat"]', "Tab");
  await page.fill('#rule-planned-per-title input[data-param="min"]', "2");
  await page.press('#rule-planned-per-title input[data-param="min"]', "Tab");
  await page.waitForFunction(
    () => appRoot().querySelectorAll('#findings li[data-code="planned-per-title"]').length > 1,
  );
  const messages = await page.$$eval('#findings li[data-code="planned-per-title"] .message', (n) => n.map((x) => x.textContent));
  assert.ok(messages.some((m) => m.includes("Phó Bí thư Huyện ủy (pbt) có 5 người quy hoạch, vượt mức tối đa 4")), messages.join("\n"));
  assert.match(await page.textContent("#profile-panel .profile-line"), /bản điều chỉnh của “qd50-2021”/);
  assert.match(await page.textContent('[data-code="planned-per-title"] .source'), /điều chỉnh trong bộ quy định/);
  assert.equal(await page.isVisible("#rule-planned-per-title .badge"), true);

  // A share threshold is typed as a percentage.
  await page.fill('#rule-women-share input[data-param="target"]', "40");
  await page.press('#rule-women-share input[data-param="target"]', "Tab");
  await page.waitForSelector('#findings li[data-code="women-share"]', { state: "attached" });
  assert.match(await page.textContent('#findings li[data-code="women-share"] .message'), /thấp hơn mục tiêu 40%/);

  // Unticking a rule stops it; resetting brings the original back.
  await page.uncheck('#rule-title-unplanned input[type="checkbox"]');
  await page.waitForFunction(() => !appRoot().querySelector('#findings li[data-code="title-unplanned"]'));
  await page.click("#reset-profile");
  await page.waitForFunction(() => appRoot().querySelector('#findings li[data-code="title-unplanned"]'));
  assert.equal((await codes(page)).filter((c) => c === "planned-per-title").length, 1);
  assert.deepEqual(errors, []);
});

test("a wrong threshold is marked and not used", async () => {
  const { page } = await withExample();
  await page.fill('#rule-planning-age input[data-param="months"]', "-5");
  await page.press('#rule-planning-age input[data-param="months"]', "Tab");
  assert.equal(await page.getAttribute('#rule-planning-age input[data-param="months"]', "aria-invalid"), "true");
  assert.equal(await page.isVisible("#reset-profile"), false);
});

test("a congress profile shows the birth cut-offs of Chỉ thị 45", async () => {
  const { page, errors } = await withExample();
  await tab(page, "data");
  await page.selectOption("#dataset-profile", "ct45-2025");
  await tab(page, "rules");
  await page.waitForSelector("#cutoffs-table");
  const cell = (kind, ref) => page.textContent(`#cutoffs-table tr[data-cutoff="${kind}"] td[data-reference="${ref}"]`);
  assert.equal(await cell("first|M|false", "province"), "09/1968");
  assert.equal(await cell("first|F|false", "province"), "05/1972");
  assert.equal(await cell("reelection|F|true", "province"), "09/1969");
  assert.equal(await cell("deputy-secretary|M|false", "province"), "03/1967");
  assert.equal(await cell("first|M|false", "grassroots"), "04/1968");
  assert.equal(await cell("first|F|false", "commune"), "03/1972");
  assert.match(await page.textContent("#profile-name"), /Chỉ thị 45-CT\/TW/);
  // Back to planning: no cut-offs.
  await tab(page, "data");
  await page.selectOption("#dataset-profile", "");
  await page.waitForFunction(() => appRoot().getElementById("cutoffs").hidden);
  assert.deepEqual(errors, []);
});

test("the adjusted profile is saved with the data and read back", async () => {
  const { page } = await withExample();
  await page.fill('#rule-titles-per-person input[data-param="max"]', "2");
  await page.press('#rule-titles-per-person input[data-param="max"]', "Tab");
  await page.waitForSelector("#reset-profile");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#save-json")]);
  assert.equal(download.suggestedFilename(), "QHCB-Dang-bo-huyen-Phu-Luong-vi-du-2018-04-30.json");
  const bytes = readFileSync(await download.path());
  const saved = JSON.parse(bytes.toString("utf8"));
  assert.equal(saved.profile, "tuy-chinh");
  assert.deepEqual(saved.profiles[0].rules, [{ code: "titles-per-person", params: { max: 2 } }]);
  assert.equal(saved.profiles[0].basedOn, "qd50-2021");
  assert.equal(saved.people.length, 79);

  // Opening the saved file uses the adjusted profile again.
  await page.setInputFiles("#file", { name: "da-luu.json", mimeType: "application/json", buffer: bytes });
  await page.waitForFunction(() => appRoot().getElementById("source-name").textContent.includes("da-luu.json"));
  assert.match(await page.textContent("#profile-name"), /bản điều chỉnh/);
  assert.equal(await page.inputValue('#rule-titles-per-person input[data-param="max"]'), "2");
});
