// End-to-end (issue 17): a city and its wards in one dataset. The Data tab's
// unit tree (nesting, add, copy a title set, delete with its titles, filter
// the grid), the Results' roll-up by level with the articles' wording and
// the table of units (the ward that breaks the one-third rule first, its
// figures and findings opening from it), and the units in the report.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withBrowser, tab } from "./support.mjs";

const browser = withBrowser();

/**
 * The city (committee 10 seats, 28 lượt: 2,8 lần) and three wards: committees
 * of 9, 15, 15 seats (55 lượt on 39: 1,4 lần), standing 4, 5, 5 (21 on 14:
 * 1,5 lần; ward 1 has 4 on 9, above a third), 100 key titles with 201 lượt
 * (2,01 lần trên 1 chức danh).
 */
function cityAndWards() {
  const units = [{ id: "hl", name: "Thành phố Hạ Long", level: "district" }];
  const titles = [];
  const people = [];
  const addUnit = (id, { committee, standing, keys, planned }) => {
    titles.push({ id: `${id}-bch`, name: "Ủy viên BCH", group: "committee", seats: committee, unit: id });
    titles.push({ id: `${id}-btv`, name: "Ủy viên BTV", group: "standing", seats: standing, unit: id });
    for (let k = 0; k < keys; k++) titles.push({ id: `${id}-k${k}`, name: `Chủ chốt ${k + 1}`, group: "key", seats: 1, unit: id });
    const most = Math.max(...planned);
    for (let i = 0; i < most; i++) {
      const list = [];
      if (i < planned[0]) list.push(`${id}-bch`);
      if (i < planned[1]) list.push(`${id}-btv`);
      if (i < planned[2]) list.push(`${id}-k${i % keys}`);
      people.push({ id: `${id}-p${i}`, name: `Cán bộ ${id} ${i + 1}`, sex: i % 3 ? "M" : "F", birth: "1982-05", planned: list, unit: id });
    }
  };
  addUnit("hl", { committee: 10, standing: 3, keys: 4, planned: [28, 6, 8] });
  const wards = [
    ["w1", "Phường Hồng Gai", { committee: 9, standing: 4, keys: 30, planned: [15, 5, 61] }],
    ["w2", "Phường Bạch Đằng", { committee: 15, standing: 5, keys: 35, planned: [20, 8, 70] }],
    ["w3", "Phường Trần Hưng Đạo", { committee: 15, standing: 5, keys: 35, planned: [20, 8, 70] }],
  ];
  for (const [id, name, shape] of wards) {
    units.push({ id, name, level: "commune", parent: "hl" });
    addUnit(id, shape);
  }
  return { format: "qhcb/1", unit: { name: "Ban Tổ chức Thành ủy Hạ Long", level: "district" }, asOf: "2019-05-31", profile: "qd50-2021", units, titles, people };
}

async function openUnits() {
  const dir = mkdtempSync(join(tmpdir(), "qhcb-units-"));
  const file = join(dir, "ha-long.json");
  writeFileSync(file, JSON.stringify(cityAndWards()));
  const opened = await browser.open();
  await opened.page.setInputFiles("#file", file);
  await opened.page.waitForSelector("#unit-tree li[data-unit]");
  return opened;
}

test("the Data tab shows the unit tree and filters the grid by unit", async () => {
  const { page, errors } = await openUnits();
  const items = page.locator("#unit-tree li[data-unit]");
  assert.equal(await items.count(), 4);
  assert.equal(await page.getAttribute('#unit-tree li[data-unit="hl"]', "data-depth"), "1");
  assert.equal(await page.getAttribute('#unit-tree li[data-unit="w2"]', "data-depth"), "2");
  assert.match(await page.textContent('#unit-tree li[data-unit="w1"]'), /32 chức danh, 61 cán bộ/);
  // The grid filtered to ward 1: its 61 people of 229.
  await page.selectOption("#unit-filter", "w1");
  await page.waitForFunction(() => window.appRoot().getElementById("grid-count").textContent.startsWith("61/"));
  assert.match(await page.textContent("#grid-count"), /^61\/229/);
  await page.selectOption("#unit-filter", "");
  await page.waitForFunction(() => window.appRoot().getElementById("grid-count").textContent.startsWith("229/"));
  // The titles editor names each title's unit.
  assert.equal(await page.inputValue('#titles-editor tr[data-title-row="0"] input[data-title-field="unit"]'), "hl");
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("units are added, given a copy of a title set, and deleted with their titles", async () => {
  const { page, errors } = await openUnits();
  const titleRows = () => page.locator("#titles-editor tbody tr").count();
  const before = await titleRows();
  await page.fill("#unit-new-name", "Phường Mới");
  await page.selectOption("#unit-new-level", "commune");
  await page.selectOption("#unit-new-parent", "hl");
  await page.click("#unit-add");
  await page.waitForSelector('#unit-tree li[data-unit="u5"]');
  assert.equal(await page.inputValue('#unit-tree li[data-unit="u5"] input[data-unit-field="name"]'), "Phường Mới");
  // Copy ward 2's 37 titles to the new ward.
  await page.click(".unit-copy summary");
  await page.selectOption("#unit-copy-from", "w2");
  await page.check('#unit-copy-to input[value="u5"]');
  await page.click("#unit-copy");
  await page.waitForFunction((n) => window.appRoot().querySelectorAll("#titles-editor tbody tr").length === n, before + 37);
  assert.match(await page.textContent("#unit-note"), /Đã chép 37 chức danh/);
  // Move it under ward 2 by typing its id, then back under the city by its name.
  await page.fill('#unit-tree li[data-unit="u5"] input[data-unit-field="parent"]', "w2");
  await page.press('#unit-tree li[data-unit="u5"] input[data-unit-field="parent"]', "Tab");
  await page.waitForFunction(() => window.appRoot().querySelector('#unit-tree li[data-unit="u5"]')?.dataset.depth === "3");
  await page.fill('#unit-tree li[data-unit="u5"] input[data-unit-field="parent"]', "Thành phố Hạ Long");
  await page.press('#unit-tree li[data-unit="u5"] input[data-unit-field="parent"]', "Tab");
  await page.waitForFunction(() => window.appRoot().querySelector('#unit-tree li[data-unit="u5"]')?.dataset.depth === "2");
  // A unit cannot go under its own unit: the city under ward 1 is refused.
  await page.fill('#unit-tree li[data-unit="hl"] input[data-unit-field="parent"]', "w1");
  await page.press('#unit-tree li[data-unit="hl"] input[data-unit-field="parent"]', "Tab");
  assert.equal(await page.inputValue('#unit-tree li[data-unit="hl"] input[data-unit-field="parent"]'), "");
  // Rename, then delete the new ward with its titles.
  await page.fill('#unit-tree li[data-unit="u5"] input[data-unit-field="name"]', "Phường Tuần Châu");
  await page.press('#unit-tree li[data-unit="u5"] input[data-unit-field="name"]', "Tab");
  await page.waitForFunction(() => window.appRoot().querySelector('#unit-tree li[data-unit="u5"] input').value === "Phường Tuần Châu");
  // Focus stays on the next control after the re-render the edit causes.
  await page.waitForFunction(() => window.appRoot().activeElement?.dataset?.unitField === "level");
  await page.click('#unit-tree li[data-unit="u5"] button[data-unit-action="remove"]');
  await page.waitForFunction(() => !window.appRoot().querySelector('#unit-tree li[data-unit="u5"]'));
  assert.equal(await titleRows(), before);
  // Undo brings it back with its titles.
  await page.click("#undo");
  await page.waitForSelector('#unit-tree li[data-unit="u5"]');
  assert.equal(await titleRows(), before + 37);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("Results roll the wards up by level in the articles' words and list the units", async () => {
  const { page, errors } = await openUnits();
  await tab(page, "results");
  await page.waitForSelector("#units-results:not([hidden])");
  const wards = await page.textContent('#units-results section[data-level="commune"]');
  assert.match(wards, /Xã, phường, đặc khu — 3 đơn vị/);
  assert.match(wards, /55 lượt cán bộ được quy hoạch cấp ủy, đạt 1,4 lần so với cấp ủy hiện tại/);
  assert.match(wards, /21 lượt cán bộ được quy hoạch chức danh ủy viên ban thường vụ, đạt 1,5 lần/);
  assert.match(wards, /201 lượt trên 100 chức danh, đạt 2,01 lần trên 1 chức danh/);
  const city = await page.textContent('#units-results section[data-level="district"]');
  assert.match(city, /28 lượt cán bộ được quy hoạch cấp ủy, đạt 2,8 lần so với cấp ủy hiện tại/);
  // The ward whose standing committee is above a third comes first; its row opens it.
  assert.equal(await page.getAttribute("#units-table tbody tr:first-child", "data-unit"), "w1");
  await page.click('#units-table button[data-open-unit="w1"]');
  await page.waitForSelector("#unit-detail:not([hidden])");
  const detail = await page.textContent("#unit-detail");
  assert.match(detail, /Phường Hồng Gai: Ban thường vụ có 4 ủy viên, vượt một phần ba số cấp ủy viên/);
  // Its people, in the grid.
  await page.click('#unit-detail button[data-unit-people="w1"]');
  await page.waitForSelector("#view-data:not([hidden])");
  assert.match(await page.textContent("#grid-count"), /^61\//);
  // The printed report has the roll-up and the units.
  await tab(page, "report");
  await page.waitForSelector("#units-report");
  assert.match(await page.textContent("#units-report"), /đạt 1,4 lần so với cấp ủy hiện tại/);
  // English.
  await page.click('[data-lang="en"]');
  await tab(page, "results");
  assert.match(await page.textContent('#units-results section[data-level="commune"]'), /Commune, ward, special zone — 3 units/);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("a one-unit dataset is split by unit from the Data tab", async () => {
  const { page, errors } = await browser.open();
  await page.click("#load-example");
  await page.waitForSelector("#units-enable");
  const titles = await page.locator("#titles-editor tbody tr").count();
  await page.click("#units-enable");
  await page.waitForSelector('#unit-tree li[data-unit="u1"]');
  assert.match(await page.textContent('#unit-tree li[data-unit="u1"]'), new RegExp(`${titles} chức danh`));
  await tab(page, "results");
  await page.waitForSelector("#units-results:not([hidden])");
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("a roster with a unit column is placed ward by ward", async () => {
  const { page, errors } = await browser.open();
  await page.click("#load-example");
  await page.waitForSelector("#units-enable");
  const csv = [
    "Mã,Họ và tên,Giới tính,Năm sinh,Xã/phường,Chức vụ hiện tại",
    "a1,Nguyễn Văn An,Nam,1975,Phường Hồng Gai,Bí thư Huyện ủy",
    "a2,Trần Thị Bình,Nữ,1980,Phường Hồng Gai,",
    "b1,Lê Văn Cường,Nam,1978,Phường Bạch Đằng,Bí thư Huyện ủy",
  ].join("\n");
  await page.setInputFiles("#import-file", { name: "phuong.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.waitForSelector("#import-mapping");
  assert.equal(await page.inputValue('#import-mapping tr[data-column="E"] select[data-import-field]'), "unit");
  await page.click("#import-run");
  await page.waitForSelector("#import-summary");
  await page.waitForSelector('#unit-tree li[data-unit="u2"]');
  // The reviewing body became the first unit; each ward a unit under it with its own secretary title.
  const names = await page.$$eval('#unit-tree input[data-unit-field="name"]', (inputs) => inputs.map((i) => i.value));
  assert.deepEqual(names.slice(1), ["Phường Hồng Gai", "Phường Bạch Đằng"]);
  assert.equal(await page.getAttribute('#unit-tree li[data-unit="u2"]', "data-depth"), "2");
  assert.match(await page.textContent('#unit-tree li[data-unit="u2"]'), /1 chức danh, 2 cán bộ/);
  assert.match(await page.textContent('#unit-tree li[data-unit="u3"]'), /1 chức danh, 1 cán bộ/);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("several files at once, one per unit, each named after its file", async () => {
  const { page, errors } = await browser.open();
  await page.click("#load-example");
  await page.waitForSelector("#units-enable");
  const roster = (prefix) =>
    Buffer.from(["Mã,Họ và tên,Giới tính,Năm sinh,Chức vụ hiện tại", `${prefix}1,Nguyễn Văn An,Nam,1975,Bí thư Huyện ủy`, `${prefix}2,Trần Thị Bình,Nữ,1980,`].join("\n"), "utf8");
  await page.setInputFiles("#import-file", [
    { name: "Xã Yên Đổ.csv", mimeType: "text/csv", buffer: roster("yd") },
    { name: "Xã Động Đạt.csv", mimeType: "text/csv", buffer: roster("dd") },
  ]);
  await page.waitForSelector("#import-mapping");
  assert.equal(await page.inputValue("#import-unit"), "new");
  assert.match(await page.textContent("#import-queue"), /Còn 1 tệp/);
  await page.click("#import-run");
  // The second file opens when the first is in.
  await page.waitForFunction(() => !window.appRoot().getElementById("import-queue") && window.appRoot().getElementById("import-mapping"));
  assert.match(await page.textContent("#import-unit option:checked"), /Xã Động Đạt/);
  await page.click("#import-run");
  await page.waitForSelector("#import-summary");
  await page.waitForSelector('#unit-tree li[data-unit="u3"]');
  assert.match(await page.inputValue('#unit-tree li[data-unit="u2"] input[data-unit-field="name"]'), /Xã Yên Đổ/);
  assert.match(await page.inputValue('#unit-tree li[data-unit="u3"] input[data-unit-field="name"]'), /Xã Động Đạt/);
  assert.match(await page.textContent('#unit-tree li[data-unit="u3"]'), /1 chức danh, 2 cán bộ/);
  assert.deepEqual(errors, []);
  await page.context().close();
});
