// End-to-end (issue 18): a roster large enough to live in the worker
// (6,000 people) is edited in the grid; the edits cross as operations, the
// report follows them, and the autosave is written by the worker's roster
// (no JSON text of the roster made on the page). A reload brings back the
// data as edited: a changed birth, a removed row, an undone change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withBrowser, tab } from "./support.mjs";
import { dataset } from "./roster.mjs";

const browser = withBrowser();
const data = (page) => page.evaluate(() => document.querySelector("qhcb-app").data);
const saves = (page) => page.evaluate(() => Number(appRoot().getElementById("save-status").dataset.saves ?? 0));
const analysed = (page) =>
  page.waitForFunction(() => appRoot().getElementById("analysis-status").textContent === "", null, { timeout: 120000 });

/** A page with a roster of 6,000 people opened from its file, and analysed. */
async function openRoster() {
  const dir = mkdtempSync(join(tmpdir(), "qhcb-roster-"));
  const file = join(dir, "6000.json");
  const roster = dataset(6000);
  writeFileSync(file, JSON.stringify(roster));
  const { page, errors } = await browser.open();
  await page.setInputFiles("#file", file);
  await page.waitForFunction(() => appRoot().getElementById("grid-count")?.textContent.startsWith("6.000/6.000"), null, { timeout: 60000 });
  await analysed(page);
  return { page, errors, roster };
}

test("a large roster's edits reach the worker as operations and its autosave survives a reload", async () => {
  const { page, errors, roster } = await openRoster();

  // A birth typed in the first row: the age follows (the report of the worker's roster).
  const birth = '#people-grid td[data-row="0"][data-field="birth"]';
  const before = await saves(page);
  await page.click(birth);
  await page.keyboard.type("15/03/1970");
  await page.keyboard.press("Enter");
  await analysed(page);
  const asOf = roster.asOf ?? (await data(page)).asOf;
  const years = Number(asOf.slice(0, 4)) - 1970 - (asOf.slice(5) < "03-15" ? 1 : 0);
  await page.waitForFunction(
    (y) => appRoot().querySelector('#people-grid td[data-row="0"][data-field="age"]')?.textContent.startsWith(String(y)),
    years,
  );
  // The second row removed, then a third edit undone.
  await page.click('#people-grid td[data-row="1"][data-field="name"]');
  await page.click("#delete-person");
  await page.waitForFunction(() => appRoot().getElementById("grid-count").textContent.startsWith("5.999/5.999"));
  await page.click('#people-grid td[data-row="2"][data-field="birth"]');
  await page.keyboard.type("01/01/1990");
  await page.keyboard.press("Enter");
  await analysed(page);
  await page.click("#undo");
  await analysed(page);
  await tab(page, "results");
  await page.waitForFunction(() => /5\.999\/5\.999 dòng được tính/.test(appRoot().getElementById("summary-line").textContent));
  await page.waitForFunction((b) => Number(appRoot().getElementById("save-status").dataset.saves ?? 0) > b, before);
  // Every save has landed before the reload.
  await page.waitForFunction(() => appRoot().getElementById("save-status").textContent.length > 0);
  await page.waitForTimeout(500);
  const edited = await data(page);
  assert.equal(edited.people[0].birth, "1970-03-15");
  assert.equal(edited.people.length, 5999);
  assert.equal(edited.people[1].id, roster.people[2].id);
  assert.equal(edited.people[2].birth, roster.people[3].birth);

  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  await page.waitForFunction(() => appRoot().getElementById("grid-count")?.textContent.startsWith("5.999/5.999"), null, { timeout: 60000 });
  const restored = await data(page);
  assert.deepEqual(restored, edited);
  assert.deepEqual(errors, []);
});

test("a large roster: keys typed straight after Enter, while the edit waits for its report, are all kept", async () => {
  const { page, errors, roster } = await openRoster();

  // Three births, each typed the moment the Enter before it is pressed: the edit's
  // drawing is held for its report from the worker, and a key meanwhile draws it first.
  await page.click('#people-grid td[data-row="0"][data-field="birth"]');
  await page.keyboard.type("15/03/1970");
  await page.keyboard.press("Enter");
  await page.keyboard.type("01/02/1985");
  await page.keyboard.press("Enter");
  await page.keyboard.type("20/11/1990");
  await page.keyboard.press("Enter");
  await analysed(page);
  const cell = (row, field) => page.locator(`#people-grid td[data-row="${row}"][data-field="${field}"]`);
  await page.waitForFunction(() => appRoot().activeElement?.dataset?.row === "3");
  assert.equal((await cell(0, "birth").textContent()).trim(), "15/03/1970");
  assert.equal((await cell(1, "birth").textContent()).trim(), "01/02/1985");
  assert.equal((await cell(2, "birth").textContent()).trim(), "20/11/1990");
  const edited = await data(page);
  assert.equal(edited.people[0].birth, "1970-03-15");
  assert.equal(edited.people[1].birth, "1985-02-01");
  assert.equal(edited.people[2].birth, "1990-11-20");
  // The figures follow the edits: the ages of both rows are those of the births typed.
  const asOf = roster.asOf ?? edited.asOf;
  const age = (year, monthDay) => Number(asOf.slice(0, 4)) - year - (asOf.slice(5) < monthDay ? 1 : 0);
  await page.waitForFunction(
    ([a, b]) =>
      appRoot().querySelector('#people-grid td[data-row="0"][data-field="age"]')?.textContent.startsWith(String(a)) &&
      appRoot().querySelector('#people-grid td[data-row="1"][data-field="age"]')?.textContent.startsWith(String(b)),
    [age(1970, "03-15"), age(1985, "02-01")],
  );
  assert.deepEqual(errors, []);
});

test("a long list of findings shows its first hundred, and the rest on request", async () => {
  const { page, errors } = await openRoster();
  await tab(page, "results");
  const errorsList = '#findings [data-severity="error"] li';
  await page.waitForSelector(errorsList, { state: "attached" });
  const heading = await page.textContent('#findings [data-severity="error"] h3');
  const total = Number(heading.match(/\(([\d.]+)\)/)[1].replace(/\./g, ""));
  assert.ok(total > 100, heading);
  assert.equal(await page.locator(errorsList).count(), 100);
  // A national roster has thousands: the page holds what was asked for, and says what is left.
  const more = page.getByRole("button", { name: `Hiện nốt ${total - 100} phát hiện còn lại` });
  await more.press("Enter");
  assert.equal(await page.locator(errorsList).count(), total);
  assert.equal(await more.isVisible(), false);
  // The keyboard goes on from the first finding added, not from the top of the page.
  const focused = await page.evaluate(() => [appRoot().activeElement?.tagName, [...appRoot().activeElement.parentNode.children].indexOf(appRoot().activeElement)]);
  assert.deepEqual(focused, ["LI", 100]);
  assert.deepEqual(errors, []);
});

test("a large roster: a person added from the button is typed into at once, as in a small one", async () => {
  const { page, errors } = await openRoster();
  // The edit's drawing waits for its report; the focus still goes from the button to the new row.
  await page.getByRole("button", { name: "Thêm cán bộ" }).click();
  await page.keyboard.type("Lò Văn Mai");
  // Tab: confirmed, and on to the next column (Enter on the last row would add another person).
  await page.keyboard.press("Tab");
  await analysed(page);
  const people = (await data(page)).people;
  assert.equal(people.length, 6001);
  assert.ok(people.some((p) => p.name === "Lò Văn Mai"), "the name typed after the button");
  assert.deepEqual(errors, []);
});
