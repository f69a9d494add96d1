// End-to-end: the people grid used as a spreadsheet, with the keyboard:
// type-to-edit (keys, insertText and input-method composition through the
// DevTools protocol), Enter/Tab as in Excel, scrolling both ways with the
// name column frozen, readable computed columns, the searchable titles list,
// errors beside their cell, and Vietnamese name order.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withBrowser } from "./support.mjs";

const browser = withBrowser();

/** The focused grid cell: its view row, field and text. */
function activeCell(page) {
  return page.evaluate(() => {
    const node = appRoot().activeElement;
    const cell = node?.closest?.("td[data-field]");
    return cell ? { row: Number(cell.dataset.row), field: cell.dataset.field, text: cell.textContent, editing: node.tagName === "INPUT" } : null;
  });
}

const cellText = (page, row, field) => page.textContent(`#people-grid td[data-row="${row}"][data-field="${field}"]`);
const dataset = (page) => page.evaluate(() => document.querySelector("qhcb-app").data);

/** A fresh page with an empty workspace holding one person, whose name cell is active. */
async function withOnePerson() {
  const opened = await browser.open();
  await opened.page.click("#add-person");
  await opened.page.waitForSelector('#people-grid td[data-row="0"][data-field="name"]:focus');
  return opened;
}

test("typing starts an edit in every kind of cell, and no composed letter is lost", async () => {
  const { page, errors } = await withOnePerson();
  // A key of its own.
  await page.keyboard.type("Lò Văn Sơn");
  await page.keyboard.press("Tab");
  assert.equal(await cellText(page, 0, "name"), "Lò Văn Sơn");

  // Text inserted without key events (what automation and some input methods send):
  // the first letter "Đ" has no key, and must not be dropped.
  assert.equal((await activeCell(page)).field, "sex");
  await page.keyboard.insertText("Nam");
  await page.keyboard.press("Tab");
  await page.keyboard.type("15/03/1978");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab"); // ethnicMinority
  await page.keyboard.press("Tab"); // ethnicGroup
  await page.keyboard.press("Tab"); // local
  assert.equal((await activeCell(page)).field, "education");
  await page.keyboard.insertText("Đại học");
  await page.keyboard.press("Enter");
  assert.equal(await cellText(page, 0, "education"), "Đại học");

  // Enter went down to the column where the Tabs began (the name), on a new row.
  assert.deepEqual(await activeCell(page), { row: 1, field: "name", text: "", editing: false });
  // An input method composing through the DevTools protocol (as Telex does), then committing.
  await page.keyboard.press("ArrowUp");
  for (let i = 0; i < 8; i++) await page.keyboard.press("ArrowRight"); // politicalTheory
  assert.deepEqual({ ...(await activeCell(page)), text: undefined }, { row: 0, field: "politicalTheory", text: undefined, editing: false });
  const cdp = await page.context().newCDPSession(page);
  for (const text of ["T", "Tr", "Trư", "Trung"]) {
    await cdp.send("Input.imeSetComposition", { text, selectionStart: text.length, selectionEnd: text.length });
  }
  await cdp.send("Input.insertText", { text: "Trung" });
  await page.keyboard.type(" cấp");
  await page.keyboard.press("Enter");
  assert.equal(await cellText(page, 0, "politicalTheory"), "Trung cấp");

  // The same with a first letter that only an input method makes: "Đại học" into a cell not in edit mode.
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowLeft"); // educationMajor
  await page.keyboard.press("ArrowLeft"); // education again
  await page.keyboard.press("Delete");
  assert.equal(await cellText(page, 0, "education"), "");
  for (const text of ["D", "Đ", "Đa", "Đai", "Đại"]) {
    await cdp.send("Input.imeSetComposition", { text, selectionStart: text.length, selectionEnd: text.length });
  }
  await cdp.send("Input.insertText", { text: "Đại" });
  await page.keyboard.type(" h");
  await cdp.send("Input.imeSetComposition", { text: "ọc", selectionStart: 2, selectionEnd: 2 });
  await cdp.send("Input.insertText", { text: "ọc" });
  assert.equal(await page.inputValue(".cell-editor"), "Đại học");
  await page.keyboard.press("Enter");
  assert.equal(await cellText(page, 0, "education"), "Đại học");
  // VNI: the input method shows "D9" before it makes "Đ"; the row below gets a name that way.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  assert.deepEqual({ ...(await activeCell(page)), text: undefined }, { row: 1, field: "name", text: undefined, editing: false });
  for (const text of ["D", "D9", "Đ", "Đi", "Đin", "Đinh"]) {
    await cdp.send("Input.imeSetComposition", { text, selectionStart: text.length, selectionEnd: text.length });
  }
  await cdp.send("Input.insertText", { text: "Đinh" });
  await page.keyboard.type(" Văn Hòa");
  await page.keyboard.press("Enter");
  assert.equal(await cellText(page, 1, "name"), "Đinh Văn Hòa");
  const person = (await dataset(page)).people[0];
  assert.equal(person.name, "Lò Văn Sơn");
  assert.equal(person.sex, "M");
  assert.equal(person.birth, "1978-03-15");
  assert.equal(person.education, "university");
  assert.equal(person.politicalTheory, "intermediate");
  assert.deepEqual(errors, []);
});

test("Enter moves down to the column where the Tabs began, and below the last row adds one", async () => {
  const { page } = await withOnePerson();
  await page.keyboard.type("Nguyễn Văn An");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Nam");
  await page.keyboard.press("Tab");
  await page.keyboard.type("1980");
  await page.keyboard.press("Enter");
  // A new row, its name cell active, as in Excel after Tab, Tab, Enter.
  assert.deepEqual(await activeCell(page), { row: 1, field: "name", text: "", editing: false });
  assert.equal(await page.textContent("#grid-count"), "2/2 người");
  await page.keyboard.type("Trần Thị Bình");
  await page.keyboard.press("Enter");
  assert.deepEqual(await activeCell(page), { row: 2, field: "name", text: "", editing: false });
  // Enter on a cell not being edited moves down too; F2 edits the value in place.
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  assert.equal((await activeCell(page)).row, 1);
  await page.keyboard.press("F2");
  await page.keyboard.type(" Hoa");
  await page.keyboard.press("Enter");
  assert.equal(await cellText(page, 1, "name"), "Trần Thị Bình Hoa");
});

test("the grid scrolls both ways to the active cell, the name column stays, computed columns are whole", async () => {
  const { page, errors } = await browser.example();
  await page.focus('#people-grid td[data-row="0"][data-field="name"]');
  await page.keyboard.press("End");
  const state = await page.evaluate(() => {
    const root = appRoot();
    const scroller = root.querySelector(".grid-scroll").getBoundingClientRect();
    const cell = root.activeElement.getBoundingClientRect();
    const name = root.querySelector('#people-grid td[data-row="0"][data-field="name"]').getBoundingClientRect();
    return {
      field: root.activeElement.dataset.field,
      scrollLeft: root.querySelector(".grid-scroll").scrollLeft,
      inView: cell.left >= scroller.left && cell.right <= scroller.right + 1,
      nameLeft: Math.round(name.left - scroller.left),
    };
  });
  assert.equal(state.field, "monthsLeft");
  assert.ok(state.scrollLeft > 0, "scrolled sideways");
  assert.ok(state.inView, "the active cell is in view");
  // The name column is frozen beside the row numbers (56 px wide, plus the border).
  assert.ok(Math.abs(state.nameLeft - 57) <= 2, `name column at ${state.nameLeft}`);

  // Down to the last row and back.
  await page.keyboard.press("Control+End");
  const bottom = await page.evaluate(() => {
    const root = appRoot();
    const scroller = root.querySelector(".grid-scroll");
    const box = scroller.getBoundingClientRect();
    const cell = root.activeElement.getBoundingClientRect();
    return { top: scroller.scrollTop, row: root.activeElement.closest("tr").dataset.index, visible: cell.top >= box.top && cell.bottom <= box.bottom + 1 };
  });
  assert.ok(bottom.top > 0 && bottom.visible, JSON.stringify(bottom));
  assert.equal(bottom.row, "78");
  await page.keyboard.press("Home");
  assert.equal(await page.evaluate(() => appRoot().querySelector(".grid-scroll").scrollLeft), 0);

  // Every computed cell shows its whole text, and has it in full for hover and screen readers.
  const computed = await page.$$eval("#people-grid td.computed", (cells) =>
    cells.filter((c) => c.textContent).map((c) => ({ field: c.dataset.field, text: c.textContent, cut: c.scrollWidth > c.clientWidth, title: c.title, label: c.getAttribute("aria-label") })),
  );
  assert.ok(computed.length > 30);
  for (const c of computed) {
    assert.equal(c.cut, false, `${c.field} is cut`);
    assert.ok(c.title, `${c.field} has a title`);
    // The age is shown whole; the date and the months are labelled with what they are.
    assert.ok(c.field === "age" ? /^\d+ tuổi \d+ tháng$/.test(c.text) && !c.label : c.label.includes(c.text), JSON.stringify(c));
  }
  assert.ok(computed.some((c) => /^Nghỉ hưu ngày \d\d\/\d\d\/\d{4}$/.test(c.label)));

  // The candidacy column is reached with the keyboard and takes a value.
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < 14; i++) await page.keyboard.press("ArrowRight");
  assert.equal((await activeCell(page)).field, "candidacy");
  await page.keyboard.type("tái cử");
  await page.keyboard.press("Enter");
  assert.equal(await cellText(page, 0, "candidacy"), "Tái cử");
  assert.deepEqual(errors, []);
});

test("a titles cell filters the titles as one types, holds several and shows them all", async () => {
  const { page, errors } = await browser.example();
  await page.focus('#people-grid td[data-row="0"][data-field="name"]');
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter"); // a new row below the last
  const row = (await activeCell(page)).row;
  assert.equal(row, 79);
  await page.keyboard.type("Hà Văn Mới");
  for (let i = 0; i < 9; i++) await page.keyboard.press("Tab");
  assert.equal((await activeCell(page)).field, "current");
  // Typing opens the list with the search; without accents, by name.
  await page.keyboard.type("bi thu");
  await page.waitForSelector('.picker [role="listbox"]');
  assert.equal(await page.inputValue(".picker .title-search"), "bi thu");
  const shown = await page.$$eval('.picker [role="option"]', (o) => o.map((x) => x.dataset.id));
  assert.deepEqual(shown.slice(0, 2), ["bt", "pbt"]);
  await page.keyboard.press("Enter"); // picks Bí thư Huyện ủy
  // By abbreviation, and by initials of the name.
  await page.keyboard.type("btv");
  assert.equal(await page.getAttribute('.picker [role="option"].active', "data-id"), "btv");
  await page.keyboard.press("Enter");
  await page.keyboard.type("UBND");
  assert.equal(await page.getAttribute('.picker [role="option"].active', "data-id"), "ct-ubnd");
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.getAttribute('.picker [role="option"].active', "data-id"), "pct-ubnd");
  await page.keyboard.press("Enter");
  // Backspace on an empty search takes the last one back.
  await page.keyboard.press("Backspace");
  assert.deepEqual(await page.$$eval('.picker [role="option"][aria-selected="true"]', (o) => o.map((x) => x.dataset.id)), ["btv", "bt"]);
  await page.keyboard.press("Tab"); // confirms, moves right
  assert.equal((await activeCell(page)).field, "otherPosts");
  await page.keyboard.press("Tab");
  assert.equal((await activeCell(page)).field, "planned");
  const cell = page.locator(`#people-grid td[data-row="${row}"][data-field="current"]`);
  assert.equal(await cell.textContent(), "bt, btv");
  assert.equal(await cell.getAttribute("title"), "bt, btv: Bí thư Huyện ủy; Ủy viên Ban Thường vụ Huyện ủy");
  assert.equal(await cell.getAttribute("aria-label"), "bt, btv: Bí thư Huyện ủy; Ủy viên Ban Thường vụ Huyện ủy");
  // The list takes "ủy viên" typed with its marks, and Escape leaves the cell as it was.
  await page.keyboard.type("ủy viên");
  const matches = await page.$$eval('.picker [role="option"]', (o) => o.map((x) => x.dataset.id));
  assert.deepEqual(matches.slice(0, 2), ["bch", "btv"]);
  await page.keyboard.press("Escape");
  assert.equal(await page.locator(".picker").count(), 0);
  assert.equal(await cellText(page, row, "planned"), "");
  assert.deepEqual((await dataset(page)).people[79].current, ["bt", "btv"]);
  assert.deepEqual(errors, []);
});

/** Dispatches a paste of `text` on the focused element, as Ctrl+V from a spreadsheet does. */
async function paste(page, text) {
  await page.evaluate((tsv) => {
    const data = new DataTransfer();
    data.setData("text/plain", tsv);
    appRoot().activeElement.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test("title names pasted from Excel are matched as the importer matches them", async () => {
  const { page, errors } = await browser.example();
  await page.focus('#people-grid td[data-row="0"][data-field="name"]');
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  for (let i = 0; i < 9; i++) await page.keyboard.press("ArrowRight");
  assert.equal((await activeCell(page)).field, "current");
  // Names in one cell, an empty "other posts" cell, and names on two lines of one cell (Alt+Enter, quoted by Excel).
  await paste(page, 'bi thu huyen uy, Phó Bí thư Huyện ủy\t\t"Ủy viên Ban Thường vụ Huyện ủy\nCHỦ TỊCH UBND HUYỆN"\r\n');
  const person = (await dataset(page)).people[79];
  assert.deepEqual(person.current, ["bt", "pbt"]);
  assert.deepEqual(person.planned, ["btv", "ct-ubnd"]);
  assert.equal(await cellText(page, 79, "planned"), "btv, ct-ubnd");
  assert.doesNotMatch(await page.textContent("#grid-status"), /không/);
  assert.deepEqual(errors, []);
});

test("errors show beside their cell, are cleared when fixed, and F8 or the summary goes to the next", async () => {
  const { page, errors } = await withOnePerson();
  await page.keyboard.press("Home"); // the id column
  await paste(page, ["a1\tLê Văn Một\tNam\t31/02/1989", "a2\tLê Văn Hai\tX\t1990", "a3\tLê Văn Ba\tNam\t1991"].join("\n"));
  assert.match(await page.textContent("#grid-status"), /Dòng 1, Ngày sinh: “31\/02\/1989” không hợp lệ/);
  assert.match(await page.textContent("#grid-status"), /Dòng 2, Giới tính/);
  assert.equal(await page.textContent("#grid-error-count"), "2 ô có lỗi.");
  // The summary's button (reached with Tab like any button) goes to the first error.
  await page.focus("#next-error");
  await page.keyboard.press("Enter");
  assert.deepEqual(await activeCell(page), { row: 0, field: "birth", text: "31/02/1989", editing: false });
  const bubble = page.locator("#cell-problem");
  await bubble.waitFor({ state: "visible" });
  assert.match(await bubble.textContent(), /31\/02\/1989/);
  // Beside the cell: just under it, overlapping it sideways.
  const near = await page.evaluate(() => {
    const cell = appRoot().activeElement.getBoundingClientRect();
    const tip = appRoot().getElementById("cell-problem").getBoundingClientRect();
    return Math.abs(tip.top - cell.bottom) <= 4 && tip.left < cell.right && tip.right > cell.left;
  });
  assert.ok(near, "the problem is shown under its cell");
  assert.equal(await page.getAttribute("#people-grid td:focus", "aria-describedby"), "cell-problem");
  // F8 goes on to the next error.
  await page.keyboard.press("F8");
  assert.equal((await activeCell(page)).field, "sex");
  assert.equal((await activeCell(page)).row, 1);
  await page.keyboard.type("Nữ");
  await page.keyboard.press("Enter");
  assert.equal(await page.textContent("#grid-error-count"), "1 ô có lỗi.");
  assert.doesNotMatch(await page.textContent("#grid-status"), /Giới tính/);
  await page.keyboard.press("F8");
  await page.keyboard.type("28/02/1989");
  // A typing error shows beside the editor and goes when the text is fixed.
  await page.keyboard.press("F2");
  await page.keyboard.press("Escape");
  await page.keyboard.press("F2");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("31/13/1989");
  await page.keyboard.press("Enter");
  await bubble.waitFor({ state: "visible" });
  assert.match(await bubble.textContent(), /Ngày sinh/);
  await page.keyboard.press("Control+A");
  await page.keyboard.type("28/02/1989");
  await page.keyboard.press("Enter");
  // Fixed: no summary line, no paste error left, no bubble.
  assert.equal(await page.locator("#grid-errors").isHidden(), true);
  assert.doesNotMatch(await page.textContent("#grid-status"), /không hợp lệ/);
  await page.keyboard.press("ArrowUp");
  assert.equal(await bubble.isHidden(), true);
  assert.equal((await dataset(page)).people[0].birth, "1989-02-28");
  assert.deepEqual(errors, []);
});

test("names sort by given name, then middle and family name; or by family name", async () => {
  const { page, errors } = await browser.open();
  await page.focus("#people-grid td[data-empty]");
  await paste(page, ["Nguyễn Văn An", "Trần Thị Bình", "Lê An", "Đỗ Văn Ánh", "Phạm Minh Đức", "Bùi Thị Dung", "Hoàng Đức"].join("\n"));
  assert.equal(await page.textContent("#grid-count"), "7/7 người");
  const names = () => page.$$eval('#people-grid td[data-field="name"]', (cells) => cells.map((c) => c.textContent));
  // The headers are reached with ArrowUp from the first row; Enter sorts. (The grid settles
  // after the paste first: its analysis and drawing take a frame or two.)
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.click('#people-grid td[data-row="0"][data-field="name"]');
  await page.waitForFunction(() => appRoot().activeElement?.dataset?.row === "0");
  await page.keyboard.press("ArrowUp");
  assert.equal(await page.evaluate(() => appRoot().activeElement.dataset.sort), "1");
  await page.keyboard.press("Enter");
  assert.equal(await page.getAttribute('#people-grid th:has(button[data-sort="1"])', "aria-sort"), "ascending");
  assert.deepEqual(await names(), ["Lê An", "Nguyễn Văn An", "Đỗ Văn Ánh", "Trần Thị Bình", "Bùi Thị Dung", "Hoàng Đức", "Phạm Minh Đức"]);
  await page.selectOption("#grid-name-order", "family");
  assert.deepEqual(await names(), ["Bùi Thị Dung", "Đỗ Văn Ánh", "Hoàng Đức", "Lê An", "Nguyễn Văn An", "Phạm Minh Đức", "Trần Thị Bình"]);
  await page.click('#people-grid button[data-sort="1"]');
  assert.deepEqual(await names(), ["Trần Thị Bình", "Phạm Minh Đức", "Nguyễn Văn An", "Lê An", "Hoàng Đức", "Đỗ Văn Ánh", "Bùi Thị Dung"]);
  assert.equal(await page.textContent('label[for="grid-name-order"]'), "Sắp xếp họ tên theo");
  assert.deepEqual(errors, []);
});

test("suggestions of a coded cell are the catalogue's labels the engine reads back", async () => {
  const { page, errors } = await withOnePerson();
  for (let i = 0; i < 13; i++) await page.keyboard.press("ArrowRight");
  assert.equal((await activeCell(page)).field, "candidacy");
  await page.keyboard.press("F2");
  const offered = await page.$$eval("datalist#list-candidacy option", (o) => o.map((x) => x.value));
  assert.deepEqual(offered, ["Tham gia lần đầu", "Tái cử"]);
  await page.keyboard.press("Escape");
  for (let i = 0; i < 7; i++) await page.keyboard.press("ArrowLeft");
  assert.equal((await activeCell(page)).field, "education");
  await page.keyboard.press("F2");
  const education = await page.$$eval("datalist#list-education option", (o) => o.map((x) => x.value));
  assert.ok(education.includes("Thạc sĩ") && education.includes("Chưa qua đào tạo") && !education.includes("Chưa rõ"), education.join());
  assert.deepEqual(errors, []);
});

test("the titles list and a cell's problem pass axe with no serious violation", async () => {
  const { createRequire } = await import("node:module");
  const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 768, height: 1024 } });
  const { page } = await browser.example(context);
  await page.addScriptTag({ path: AXE });
  const serious = () =>
    page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ["violations"] });
      return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    });
  await page.focus('#people-grid td[data-row="0"][data-field="birth"]');
  await page.keyboard.type("31/02/1970");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#cell-problem:not([hidden])");
  assert.deepEqual(await serious(), [], "with a problem shown");
  await page.keyboard.press("Escape");
  for (let i = 0; i < 7; i++) await page.keyboard.press("ArrowRight"); // current
  await page.keyboard.type("bi thu");
  await page.waitForSelector(".picker");
  assert.deepEqual(await serious(), [], "with the titles list open");
  await context.close();
});
