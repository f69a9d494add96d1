// End-to-end: a first visit, before "Tạo mới": adding a person, a title or
// pasting starts the workspace; the worksheets wait for input before they
// judge it; the profile can be switched from Results and Rules; "Mở tệp…"
// on a spreadsheet opens the import; downloads are named after the unit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { withBrowser, tab } from "./support.mjs";

const browser = withBrowser();

const dataset = (page) => page.evaluate(() => document.querySelector("qhcb-app").data);

test("“Thêm cán bộ” on a first visit starts the workspace", async () => {
  const { page, errors } = await browser.open();
  assert.equal(await dataset(page), null);
  await page.getByRole("button", { name: "Thêm cán bộ" }).click();
  assert.equal(await page.textContent("#grid-count"), "1/1 người");
  assert.equal(await page.evaluate(() => appRoot().activeElement.dataset.field), "name");
  assert.equal((await dataset(page)).people.length, 1);
  assert.deepEqual(errors, []);
});

test("a paste into the empty grid, or typing into it, starts the workspace", async () => {
  const { page, errors } = await browser.open();
  await page.focus("#people-grid td[data-empty]");
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData("text/plain", "Nguyễn Văn An\tNam\t1975\r\nTrần Thị Bình\tNữ\t1982\r\n");
    appRoot().activeElement.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  assert.equal(await page.textContent("#grid-count"), "2/2 người");
  const people = (await dataset(page)).people;
  assert.deepEqual(people.map((p) => [p.name, p.sex, p.birth]), [["Nguyễn Văn An", "M", "1975"], ["Trần Thị Bình", "F", "1982"]]);

  const second = await browser.open();
  await second.page.focus("#people-grid td[data-empty]");
  await second.page.keyboard.insertText("Đinh Văn Hòa");
  await second.page.keyboard.press("Enter");
  assert.equal((await dataset(second.page)).people[0].name, "Đinh Văn Hòa");
  assert.deepEqual([...errors, ...second.errors], []);
});

test("“Thêm chức danh” and the unit form work before “Tạo mới”", async () => {
  const { page, errors } = await browser.open();
  await page.getByRole("button", { name: "Thêm chức danh" }).click();
  await page.waitForSelector('#titles-editor tr[data-title-row="0"] [data-title-field="name"]:focus');
  await page.keyboard.type("Bí thư Đảng ủy xã");
  await page.keyboard.press("Tab");
  assert.equal((await dataset(page)).titles[0].name, "Bí thư Đảng ủy xã");
  await page.fill("#unit-name", "Đảng bộ xã Mới");
  await page.press("#unit-name", "Tab");
  assert.equal((await dataset(page)).unit.name, "Đảng bộ xã Mới");
  assert.deepEqual(errors, []);
});

test("the worksheets show no error before anything is typed", async () => {
  const { page, errors } = await browser.open();
  await tab(page, "sheets");
  const marked = await page.$$eval("#sheets-root [aria-invalid='true'], #sheets-root .error-text", (n) => n.length);
  const messages = await page.$$eval("#sheets-root .field-error", (n) => n.map((x) => x.textContent).join(""));
  assert.equal(marked, 0);
  assert.equal(messages, "");
  assert.doesNotMatch(await page.textContent("#sheets-root"), /cần nhập số/);
  // Typing into one worksheet judges that one only.
  await page.fill("#sheet-body-seats", "abc");
  await page.waitForSelector("#sheet-body-seats[aria-invalid='true']");
  assert.equal(await page.$$eval("#sheet-rotation [aria-invalid='true']", (n) => n.length), 0);
  assert.deepEqual(errors, []);
});

test("the profile can be switched on the Results and Rules tabs", async () => {
  const { page, errors } = await browser.example();
  for (const view of ["results", "rules"]) {
    await tab(page, view);
    const select = page.getByLabel("Bộ quy định", { exact: true }).and(page.locator(`#${view}-profile-select`));
    await select.waitFor();
    const options = await page.$$eval(`#${view}-profile-select option`, (o) => o.map((x) => x.value).filter(Boolean));
    const other = options.find((id) => id !== "qd50-2021") ?? options[0];
    await select.selectOption(other);
    assert.equal((await dataset(page)).profile, other);
    assert.equal(await page.inputValue(`#${view}-profile-select`), other);
    assert.equal(await page.inputValue("#dataset-profile"), other);
    await page.click("#undo");
    assert.equal((await dataset(page)).profile, "qd50-2021");
  }
  assert.deepEqual(errors, []);
});

test("“Mở tệp…” on a spreadsheet opens the import, and downloads are named after the unit and date", async () => {
  const { page, errors } = await browser.example();
  await page.fill("#unit-name", "Đảng bộ huyện Định Hóa");
  await page.press("#unit-name", "Tab");
  await page.fill("#dataset-as-of", "15/12/2024");
  await page.press("#dataset-as-of", "Tab");
  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.click("#export-xlsx")]);
  assert.equal(xlsx.suggestedFilename(), "QHCB-Dang-bo-huyen-Dinh-Hoa-2024-12-15.xlsx");
  const [csv] = await Promise.all([page.waitForEvent("download"), page.click("#export-csv")]);
  assert.equal(csv.suggestedFilename(), "QHCB-Dang-bo-huyen-Dinh-Hoa-2024-12-15.csv");
  const [json] = await Promise.all([page.waitForEvent("download"), page.click("#save-json")]);
  assert.equal(json.suggestedFilename(), "QHCB-Dang-bo-huyen-Dinh-Hoa-2024-12-15.json");
  const bytes = readFileSync(await xlsx.path());

  // The workbook given to "Mở tệp…" under a name without an extension: recognised by its bytes.
  await page.setInputFiles("#file", { name: "danh-sach", mimeType: "application/octet-stream", buffer: bytes });
  await page.waitForSelector("#import-panel:not([hidden])");
  assert.equal(await page.isHidden("#error"), true);
  await page.waitForSelector("#import-mapping");
  // And a CSV by its extension.
  await page.setInputFiles("#file", { name: "danh-sach.csv", mimeType: "text/csv", buffer: Buffer.from("Họ và tên,Giới tính\nLê Văn A,Nam\n") });
  await page.waitForSelector("#import-mapping");
  assert.equal(await page.isHidden("#error"), true);
  assert.deepEqual(errors, []);
});
