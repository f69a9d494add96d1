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

/** A birth typed into a row's cell and confirmed; resolves once it is analysed and saved. */
async function typeBirth(page, row, birth) {
  const count = await saves(page);
  await page.click(`#people-grid td[data-row="${row}"][data-field="birth"]`);
  await page.keyboard.type(birth);
  await page.keyboard.press("Enter");
  await analysed(page);
  await page.waitForFunction((b) => Number(appRoot().getElementById("save-status").dataset.saves ?? 0) > b, count);
}

/** The name of the page's workspace database, kept as window.qhcbDatabase for the reads below. */
const database = (page) =>
  page.evaluate(async () => (window.qhcbDatabase = (await indexedDB.databases()).map((d) => d.name).find((name) => name.startsWith("qhcb:"))));

/** The saved workspace's meta, and the size and time of one of its records (IndexedDB, as saved.js writes it). */
const stored = (page, key = null) =>
  page.evaluate(
    (key) =>
      new Promise((resolve, reject) => {
        // The page's workspace database ("qhcb:" and its storage key), opened as it is (no version: nothing created).
        const request = indexedDB.open(window.qhcbDatabase);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const records = request.result.transaction("records").objectStore("records");
          const meta = records.get("meta");
          meta.onsuccess = () => {
            const m = meta.result;
            const record = records.get(key ?? m.head);
            record.onsuccess = () => {
              const r = record.result;
              const bytes = r ? (r.data?.byteLength ?? r.json?.length ?? 0) : null;
              request.result.close();
              resolve({ revision: m.revision, head: m.head, log: m.log ?? [], record: r ? { bytes, savedAt: r.savedAt } : null });
            };
          };
        };
      }),
    key,
  );

test("a large roster's edit is saved as a logged operation, survives a crash, and the log is written whole when the user pauses", async () => {
  const { page, errors } = await openRoster();
  const context = page.context();
  // The opened file is saved whole first.
  await page.waitForFunction(() => Number(appRoot().getElementById("save-status").dataset.saves ?? 0) >= 1, null, { timeout: 60000 });
  assert.equal(await database(page), "qhcb:/");
  const opened = await stored(page);
  assert.deepEqual(opened.log, []);
  assert.ok(opened.record.bytes > 500000, `the whole roster: ${opened.record.bytes} bytes`);

  // Two births typed, each saved before the next: each save logs its edit on the head, which is
  // not written again.
  await typeBirth(page, 0, "15/03/1970");
  await typeBirth(page, 4, "02/09/1981");
  const logged = await stored(page);
  assert.equal(logged.head, opened.head);
  assert.deepEqual(logged.record, opened.record, "the head is not written again");
  assert.equal(logged.log.length, 2, JSON.stringify(logged));
  assert.equal(logged.revision, opened.revision + 2);
  for (const key of logged.log) {
    const entry = await stored(page, key);
    assert.ok(entry.record.bytes < 4096, `a logged edit is small: ${entry.record.bytes} bytes`);
  }

  // The tab crashes with the edits still in the log (no save on leaving, no compaction yet).
  assert.deepEqual((await stored(page)).log, logged.log);
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent("crash");
  cdp.send("Page.crash").catch(() => {});
  await crashed;
  const { page: again, errors: againErrors } = await browser.open(context);
  await again.waitForFunction(() => appRoot().getElementById("grid-count")?.textContent.startsWith("6.000/6.000"), null, { timeout: 60000 });
  await database(again);
  const restored = await data(again);
  assert.equal(restored.people[0].birth, "1970-03-15");
  assert.equal(restored.people[4].birth, "1981-09-02");

  // Left alone, the restored roster is written whole in place of its log (10 s after the last save).
  let compacted = await stored(again);
  for (const start = Date.now(); compacted.log.length > 0 && Date.now() - start < 60000; compacted = await stored(again)) {
    await again.waitForTimeout(500);
  }
  assert.ok(compacted.revision > logged.revision && compacted.record.bytes > 500000, JSON.stringify(compacted));
  await again.reload();
  await again.waitForFunction(() => appRoot().getElementById("grid-count")?.textContent.startsWith("6.000/6.000"), null, { timeout: 60000 });
  assert.deepEqual(await data(again), restored);
  assert.deepEqual(errors, []);
  assert.deepEqual(againErrors, []);
});


test("a large roster locked with a passphrase between logged edits opens with every edit", async () => {
  const { page, errors } = await openRoster();
  const context = page.context();
  await page.waitForFunction(() => Number(appRoot().getElementById("save-status").dataset.saves ?? 0) >= 1, null, { timeout: 60000 });
  await database(page);
  await typeBirth(page, 0, "15/03/1970");
  assert.equal((await stored(page)).log.length, 1);
  // The passphrase's key seals the whole roster anew; the next edit is logged under it.
  await page.click("#lock-workspace");
  const dialog = page.getByRole("dialog", { name: "Khóa bản lưu bằng mật khẩu" });
  await dialog.getByLabel("Mật khẩu", { exact: true }).fill("Bí mật của ban 2026");
  await dialog.getByLabel("Nhập lại mật khẩu").fill("Bí mật của ban 2026");
  const count = await saves(page);
  await dialog.getByRole("button", { name: "Khóa" }).click();
  await page.waitForFunction((b) => Number(appRoot().getElementById("save-status").dataset.saves ?? 0) > b, count);
  assert.deepEqual((await stored(page)).log, []);
  await typeBirth(page, 4, "02/09/1981");
  assert.equal((await stored(page)).log.length, 1);
  await page.close();

  // Opened again: the passphrase is asked for before anything is shown.
  const next = await context.newPage();
  await next.addInitScript(() => {
    window.appRoot = () => document.querySelector("qhcb-app")?.shadowRoot ?? document;
  });
  await next.goto(browser.url);
  const unlock = next.getByRole("dialog", { name: "Mở bản lưu đã khóa" });
  await unlock.getByLabel("Mật khẩu", { exact: true }).fill("Bí mật của ban 2026");
  await unlock.getByRole("button", { name: "Mở khóa" }).click();
  await next.waitForFunction(() => appRoot().getElementById("grid-count")?.textContent.startsWith("6.000/6.000"), null, { timeout: 60000 });
  const restored = await data(next);
  assert.equal(restored.people[0].birth, "1970-03-15");
  assert.equal(restored.people[4].birth, "1981-09-02");
  assert.deepEqual(errors, []);
});
