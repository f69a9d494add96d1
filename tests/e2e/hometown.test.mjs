// End-to-end (issue 16, item 5): a roster with a hometown column offers to
// mark people from other provinces as not local. The province is named as
// the user knows it; hometowns written with names from before the 2025
// merger ("Nam Định", "Hà Nam") count as today's province (Ninh Bình).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withBrowser } from "./support.mjs";

const browser = withBrowser();
const dataset = (page) => page.evaluate(() => document.querySelector("qhcb-app").data);

function roster() {
  const hometowns = ["Xã Hải Hậu, tỉnh Nam Định", "Hà Nam", "Ninh Bình", "Thanh Hóa", "Quảng Nam", "không rõ", null];
  return {
    format: "qhcb/1",
    unit: { name: "Tỉnh ủy Ninh Bình", level: "province" },
    asOf: "2026-06-30",
    titles: [{ id: "bt", name: "Bí thư", group: "key", seats: 1 }],
    people: hometowns.map((hometown, i) => ({
      id: `p${i}`,
      name: `Cán bộ ${i + 1}`,
      sex: i % 2 ? "F" : "M",
      birth: "1980-01",
      ...(hometown ? { hometown } : {}),
    })),
  };
}

test("people from other provinces are marked not local by hometown, in one undoable step", async () => {
  const dir = mkdtempSync(join(tmpdir(), "qhcb-hometown-"));
  const file = join(dir, "ninh-binh.json");
  writeFileSync(file, JSON.stringify(roster()));
  const { page } = await browser.open();
  await page.setInputFiles("#file", file);
  const offer = page.locator("#hometown-offer");
  await offer.waitFor();
  assert.match(await offer.textContent(), /6 cán bộ có quê quán/);
  await page.getByRole("button", { name: "Đánh dấu người ngoài tỉnh theo quê quán…" }).click();
  const dialog = page.getByRole("dialog", { name: "Đánh dấu người không phải người địa phương" });
  await dialog.waitFor();
  await dialog.getByLabel("Tỉnh, thành phố của đơn vị").fill("Ninh Bình");
  await page.locator("#hometown-outcome").filter({ hasText: "3 người ở Ninh Bình" }).waitFor();
  assert.match(await page.locator("#hometown-outcome").textContent(), /2 người ở tỉnh khác; 1 người có quê quán không nhận ra tỉnh/);
  await dialog.getByRole("button", { name: "Đánh dấu" }).click();
  await page.waitForFunction(() => document.querySelector("qhcb-app").data.people[3].local === false);
  const people = (await dataset(page)).people;
  assert.deepEqual(
    people.map((p) => p.local),
    [true, true, true, false, false, undefined, undefined],
  );
  // One step back restores every mark.
  await page.keyboard.press("Control+z");
  await page.waitForFunction(() => document.querySelector("qhcb-app").data.people[3].local === undefined);
  const unknown = page.getByRole("dialog");
  assert.equal(await unknown.count(), 0);
});

test("a name that is no province is said so, and nothing can be applied", async () => {
  const dir = mkdtempSync(join(tmpdir(), "qhcb-hometown-"));
  const file = join(dir, "x.json");
  writeFileSync(file, JSON.stringify(roster()));
  const { page } = await browser.open();
  await page.setInputFiles("#file", file);
  await page.locator("#hometown-offer").waitFor();
  await page.locator("#hometown-mark").click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Tỉnh, thành phố của đơn vị").fill("Atlantis");
  await page.locator("#hometown-outcome").filter({ hasText: "Không nhận ra" }).waitFor();
  assert.equal(await dialog.getByRole("button", { name: "Đánh dấu" }).isDisabled(), true);
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
});

test("without a local column the non-local share reads “không có dữ liệu”, not 0%", async () => {
  const dir = mkdtempSync(join(tmpdir(), "qhcb-hometown-"));
  const file = join(dir, "no-local.json");
  writeFileSync(file, JSON.stringify(roster()));
  const { page } = await browser.open();
  await page.setInputFiles("#file", file);
  await page.locator("#hometown-offer").waitFor();
  await page.getByRole("tab", { name: "Kết quả" }).click();
  const row = page.locator('#cohorts-table tr[data-row="nonLocal"]');
  await row.waitFor();
  assert.match(await row.textContent(), /không có dữ liệu/);
  assert.doesNotMatch(await row.textContent(), /0%/);
  const headline = page.locator("#headline");
  assert.match(await headline.textContent(), /Không phải người địa phương \(quy hoạch\)\s*không có dữ liệu/);
  // Once people are marked, the share is a figure again.
  await page.getByRole("tab", { name: "Dữ liệu" }).click();
  await page.locator("#hometown-mark").click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Tỉnh, thành phố của đơn vị").fill("Ninh Bình");
  await page.locator("#hometown-outcome").filter({ hasText: "3 người ở Ninh Bình" }).waitFor();
  await dialog.getByRole("button", { name: "Đánh dấu" }).click();
  await page.getByRole("tab", { name: "Kết quả" }).click();
  await page.locator('#cohorts-table tr[data-row="nonLocal"]').filter({ hasText: "%" }).waitFor();
  assert.doesNotMatch(await page.locator('#cohorts-table tr[data-row="nonLocal"]').textContent(), /không có dữ liệu/);
});
