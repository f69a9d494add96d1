// The people grid: every contract field of every person, edited in place.
// Rendering is virtualised (only the visible rows exist in the DOM), so it
// stays smooth with 100,000 rows: nothing done per scroll depends on the
// number of rows, and what is done per report is one pass over them.
// Keyboard as in Excel: arrows move; typing (or an input method's composed
// text) starts an edit that replaces the cell; F2 edits the value; Enter
// confirms and moves down (back to the column where a run of Tabs began),
// Tab right; Escape cancels; Space ticks; Delete clears. Rows pasted from a
// spreadsheet land at the active cell. Values are read by the engine's
// parseCell(), so "Nữ", "15/03/1978" and "Thạc sỹ" mean what they say; the
// report's invalid-row findings mark the cells, and the active cell's
// problem is shown beside it.

import { el, activeElement } from "./dom.js";
import { t, lang, format, text } from "./i18n.js";
import { setOp } from "./store.js";
import { ensureDataset } from "./editors.js";
import { peopleByRow } from "./report-people.js";
import { COLLATOR, fold, nameRanks } from "./names.js";
import { openTitlePicker } from "./title-picker.js";

const ROW_HEIGHT = 32;
const ROWNUM_WIDTH = 56;
const OVERSCAN = 8;

/**
 * The columns: contract fields, then read-only computed ones. The values of
 * the coded fields are the engine's (parseCell reads them); `label` names
 * the catalogue section that shows them, whose labels the engine reads back
 * are offered as suggestions while typing.
 */
const COLUMNS = [
  { key: "id", kind: "text", width: 80 },
  { key: "name", kind: "text", width: 200, frozen: true },
  { key: "sex", kind: "enum", width: 86, label: "sex" },
  { key: "birth", kind: "date", width: 104 },
  { key: "ethnicMinority", kind: "bool", width: 64 },
  { key: "local", kind: "bool", width: 90, defaultValue: true },
  {
    key: "education",
    kind: "enum",
    width: 132,
    label: "education",
  },
  {
    key: "politicalTheory",
    kind: "enum",
    width: 146,
    label: "politicalTheory",
  },
  { key: "current", kind: "titles", width: 170 },
  { key: "planned", kind: "titles", width: 170 },
  { key: "retireAt60", kind: "bool", width: 90 },
  { key: "candidacy", kind: "enum", width: 120, label: "candidacies" },
  { key: "age", kind: "computed", width: 150 },
  { key: "retirementDate", kind: "computed", width: 104 },
  { key: "monthsLeft", kind: "computed", width: 100 },
];
const NAME_COL = COLUMNS.findIndex((c) => c.key === "name");

/** A partial ISO date as written in Vietnam: 1978-03-15 → 15/03/1978, 1978-03 → 03/1978. */
function showDate(value) {
  return typeof value === "string" ? value.split("-").reverse().join("/") : String(value ?? "");
}

export class PeopleGrid {
  /**
   * @param root an element to build the grid in
   * @param store the Store
   * @param parseCell the engine's parseCell
   */
  constructor(root, { store, parseCell, parsePaste }) {
    this.store = store;
    this.parseCell = parseCell;
    /** The engine's parsePaste: a pasted block read in one call. */
    this.parsePaste = parsePaste;
    this.report = null;
    this.view = [];
    this.active = { row: 0, col: NAME_COL };
    /** The column where a run of Tabs began: Enter goes back to it on the next row, as in Excel. */
    this.tabStart = null;
    this.editing = null;
    this.sort = null;
    this.nameOrder = "given";
    this.search = "";
    this.filter = "all";
    /** Cells a paste could not read: { index, key, raw, message }, shown while the cell still holds the raw text. */
    this.pasteProblems = [];
    this.pasteSummary = "";
    this.build(root);
  }

  // ---- construction -----------------------------------------------------------

  build(root) {
    this.searchInput = el("input", { type: "search", id: "grid-search", "aria-describedby": "grid-count" });
    this.filterSelect = el("select", { id: "grid-filter" });
    this.orderSelect = el("select", { id: "grid-name-order" });
    this.addButton = el("button", { type: "button", id: "add-person" });
    this.deleteButton = el("button", { type: "button", id: "delete-person" });
    this.count = el("span", { id: "grid-count", class: "muted" });
    this.searchLabel = el("label", { for: "grid-search" });
    this.filterLabel = el("label", { for: "grid-filter" });
    this.orderLabel = el("label", { for: "grid-name-order" });
    const tools = el(
      "div",
      { class: "grid-tools" },
      el("span", { class: "tool" }, this.searchLabel, this.searchInput),
      el("span", { class: "tool" }, this.filterLabel, this.filterSelect),
      el("span", { class: "tool" }, this.orderLabel, this.orderSelect),
      this.addButton,
      this.deleteButton,
      this.count,
    );
    this.errorCount = el("span", { id: "grid-error-count" });
    this.nextErrorButton = el("button", { type: "button", id: "next-error", "aria-keyshortcuts": "F8" });
    this.errorLine = el("div", { class: "grid-errors", id: "grid-errors", hidden: true }, this.errorCount, " ", this.nextErrorButton);
    this.table = el("table", { class: "grid", id: "people-grid", role: "grid", "aria-colcount": String(COLUMNS.length + 1) });
    this.head = el("thead");
    this.body = el("tbody");
    this.table.append(this.head, this.body);
    this.scroller = el("div", { class: "grid-scroll" }, this.table);
    this.bubble = el("div", { class: "cell-bubble", id: "cell-problem", role: "tooltip", hidden: true });
    const wrap = el("div", { class: "grid-wrap" }, this.scroller, this.bubble);
    this.status = el("p", { class: "grid-status", id: "grid-status", role: "status" });
    root.replaceChildren(tools, this.errorLine, wrap, this.status);

    this.searchInput.addEventListener("input", () => {
      this.search = fold(this.searchInput.value.trim());
      this.refresh();
    });
    this.filterSelect.addEventListener("change", () => {
      this.filter = this.filterSelect.value;
      this.refresh();
    });
    this.orderSelect.addEventListener("change", () => {
      this.nameOrder = this.orderSelect.value;
      if (this.sort && COLUMNS[this.sort.col].key === "name") this.refresh();
    });
    this.addButton.addEventListener("click", () => this.addPerson());
    this.deleteButton.addEventListener("click", () => this.deleteActive());
    this.nextErrorButton.addEventListener("click", () => this.nextError());
    this.scroller.addEventListener("scroll", () => {
      this.scheduleRender({ scrolled: true });
      this.placeBubble();
    });
    this.table.addEventListener("keydown", (event) => this.onKey(event));
    this.table.addEventListener("beforeinput", (event) => this.onBeforeInput(event));
    this.table.addEventListener("compositionend", (event) => this.onCompositionEnd(event));
    this.table.addEventListener("click", (event) => this.onClick(event));
    this.table.addEventListener("dblclick", (event) => {
      const cell = event.target.closest("td[data-col]");
      if (cell && !this.editing) this.beginEdit();
    });
    this.table.addEventListener("paste", (event) => this.onPaste(event));
    this.table.addEventListener("focusin", (event) => {
      // A cell focused some other way (a screen reader, a script) becomes the active one.
      const cell = event.target.closest?.("td[data-col]");
      const row = Number(cell?.dataset.row);
      const col = Number(cell?.dataset.col);
      if (cell && !this.editing && (row !== this.active.row || col !== this.active.col)) {
        this.active = { row, col };
        this.render();
        this.focusActive();
        return;
      }
      this.showProblem();
    });
    this.table.addEventListener("focusout", (event) => {
      if (!this.table.contains(event.relatedTarget)) this.bubble.hidden = true;
    });
    new ResizeObserver(() => {
      this.scheduleRender();
      this.placeBubble();
    }).observe(this.scroller);
  }

  /** Text of the tools and header, in the current language. */
  applyText() {
    this.searchLabel.textContent = t("grid.search");
    this.searchInput.placeholder = t("grid.searchHint");
    this.filterLabel.textContent = t("grid.filter");
    const filters = ["all", "invalid", "findings", "planned", "current"];
    this.filterSelect.replaceChildren(
      ...filters.map((f) => el("option", { value: f, selected: f === this.filter }, t(`grid.filters.${f}`))),
    );
    this.orderLabel.textContent = t("grid.nameOrder");
    this.orderSelect.replaceChildren(
      ...["given", "family"].map((o) => el("option", { value: o, selected: o === this.nameOrder }, t(`grid.nameOrders.${o}`))),
    );
    this.addButton.textContent = t("grid.add");
    this.deleteButton.textContent = t("grid.delete");
    this.nextErrorButton.textContent = t("grid.nextError");
    this.table.setAttribute("aria-label", t("grid.label"));
    this.renderHead();
    this.refresh();
  }

  renderHead() {
    const cells = COLUMNS.map((column, col) => {
      const sorted = this.sort?.col === col ? this.sort.dir : null;
      const label = t(`fields.${column.key}`);
      // One tab stop for the whole grid: the headers are reached with ArrowUp from the first row.
      const button = el("button", { type: "button", class: "sort", "data-sort": String(col), title: label, tabindex: "-1" }, label);
      button.addEventListener("click", () => this.toggleSort(col));
      return el(
        "th",
        {
          scope: "col",
          class: column.frozen ? "frozen" : null,
          style: { width: `${column.width}px` },
          "aria-colindex": String(col + 2),
          "aria-sort": sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : null,
        },
        button,
      );
    });
    this.head.replaceChildren(
      el(
        "tr",
        { "aria-rowindex": "1" },
        el("th", { scope: "col", class: "rownum", "aria-colindex": "1", style: { width: `${ROWNUM_WIDTH}px` } }, "#"),
        cells,
      ),
    );
    // A fixed layout needs the table's width: the columns' widths and the row numbers.
    this.table.style.width = `${COLUMNS.reduce((sum, c) => sum + c.width, ROWNUM_WIDTH)}px`;
  }

  // ---- data ----------------------------------------------------------------------

  get people() {
    return this.store.dataset?.people ?? [];
  }

  get titles() {
    return this.store.dataset?.titles ?? [];
  }

  /**
   * Called after each change with the latest report: computed columns and
   * cell problems are read again only when the report is a new one (at
   * 100,000 rows an edit is shown before its report arrives from the worker).
   */
  setReport(report) {
    if (report !== this.report) {
      this.report = report;
      // Computed fields by row, from the report's peopleColumns (report-people.js).
      this.computed = peopleByRow(report);
      this.problems = new Map();
      for (const f of report?.findings ?? []) {
        if (f.code === "invalid-row" && f.row != null) {
          const key = `${f.row}:${f.field ?? ""}`;
          this.problems.set(key, [...(this.problems.get(key) ?? []), f.message]);
        }
      }
      this.excluded = new Set((report?.excluded ?? []).map((e) => e.index));
    }
    this.refresh();
  }

  /** Rows a finding is about; made only for the "findings" filter (thousands name a person by id only). */
  rowsWithFindings() {
    const rows = new Set();
    let rowOfId = null;
    for (const f of this.report?.findings ?? []) {
      if (f.subject?.kind !== "person") continue;
      rowOfId ??= this.rowsById();
      rows.add(f.row ?? rowOfId.get(f.subject.id) ?? -1);
    }
    return rows;
  }

  /** Row of each id (the first, as a duplicate id is left out of the analysis). */
  rowsById() {
    const rows = new Map();
    this.people.forEach((p, i) => {
      if (p?.id != null && !rows.has(p.id)) rows.set(p.id, i);
    });
    return rows;
  }

  /** Issue 17: shows only the rows `keep(person)` accepts (null: every row). */
  setUnitFilter(keep) {
    this.unitFilter = keep;
    this.refresh();
  }

  /** Recomputes the visible order (filter, search, sort) and re-renders. */
  refresh() {
    const people = this.people;
    let view = people.map((_, i) => i);
    if (this.filter !== "all") {
      const withFindings = this.filter === "findings" ? this.rowsWithFindings() : null;
      view = view.filter((i) => {
        const p = people[i] ?? {};
        switch (this.filter) {
          case "invalid":
            return this.excluded?.has(i);
          case "findings":
            return this.excluded?.has(i) || withFindings.has(i);
          case "planned":
            return (p.planned ?? []).length > 0;
          case "current":
            return (p.current ?? []).length > 0;
          default:
            return true;
        }
      });
    }
    // Issue 17: the rows of one unit (units-panel.js sets the test).
    if (this.unitFilter) view = view.filter((i) => this.unitFilter(people[i] ?? {}));
    if (this.search) {
      view = view.filter((i) => fold(`${people[i]?.id ?? ""} ${people[i]?.name ?? ""}`).includes(this.search));
    }
    if (this.sort) {
      const column = COLUMNS[this.sort.col];
      const sign = this.sort.dir === "asc" ? 1 : -1;
      if (column.key === "name") {
        // Vietnamese order: given name, middle, family name (or family name first, as chosen).
        const ranks = nameRanks(view.map((i) => people[i]?.name), this.nameOrder === "family");
        const rankOf = new Map(view.map((i, k) => [i, ranks[k]]));
        const withName = new Set(view.filter((i) => String(people[i]?.name ?? "").trim() !== ""));
        const named = (i) => withName.has(i);
        view.sort((a, b) => {
          // Rows without a name last, in either direction.
          if (named(a) !== named(b)) return named(a) ? -1 : 1;
          const [x, y] = [rankOf.get(a), rankOf.get(b)];
          return (x[0] - y[0] || x[1] - y[1] || x[2] - y[2]) * sign || a - b;
        });
      } else {
        const key = (i) => this.sortKey(i, column);
        view.sort((a, b) => {
          const [x, y] = [key(a), key(b)];
          if (x === y) return a - b;
          if (x === "") return 1;
          if (y === "") return -1;
          return (typeof x === "number" && typeof y === "number" ? x - y : COLLATOR.compare(String(x), String(y))) * sign;
        });
      }
    }
    this.view = view;
    this.active.row = Math.min(this.active.row, Math.max(0, view.length - 1));
    this.count.textContent = t("grid.count", { shown: format.count(view.length), total: format.count(people.length) });
    this.table.setAttribute("aria-rowcount", String(view.length + 1));
    this.deleteButton.disabled = view.length === 0;
    this.showErrors();
    this.render();
  }

  sortKey(i, column) {
    const person = this.people[i] ?? {};
    if (column.kind === "computed") {
      const c = this.computed?.at(i);
      if (!c) return "";
      if (column.key === "age") return c.age.years * 12 + c.age.months;
      return c[column.key] ?? "";
    }
    const value = person[column.key];
    if (Array.isArray(value)) return value.length;
    if (typeof value === "boolean") return value ? 1 : 0;
    return value ?? "";
  }

  toggleSort(col) {
    this.sort =
      this.sort?.col === col ? (this.sort.dir === "asc" ? { col, dir: "desc" } : null) : { col, dir: "asc" };
    this.renderHead();
    this.refresh();
  }

  // ---- errors ----------------------------------------------------------------------

  /** The cells with a problem, in the order shown: [{ row (in view), col }]. */
  errorCells() {
    if (!this.problems?.size && !this.pasteProblems.length) return [];
    // Unsorted and unfiltered, a row is shown at its own index.
    const identity = !this.sort && this.view.length === this.people.length;
    const position = identity ? { get: (index) => (index < this.view.length ? index : undefined) } : new Map(this.view.map((index, row) => [index, row]));
    const cells = [];
    const seen = new Set();
    const add = (index, key) => {
      const row = position.get(index);
      if (row == null) return;
      const col = key ? COLUMNS.findIndex((c) => c.key === key) : NAME_COL;
      const at = `${row}:${col < 0 ? NAME_COL : col}`;
      if (seen.has(at)) return;
      seen.add(at);
      cells.push({ row, col: col < 0 ? NAME_COL : col });
    };
    for (const key of this.problems?.keys() ?? []) {
      const [index, field] = key.split(":");
      if (this.rowHasData(Number(index))) add(Number(index), field);
    }
    for (const p of this.livePasteProblems()) add(p.index, p.key);
    return cells.sort((a, b) => a.row - b.row || a.col - b.col);
  }

  /** Paste problems whose cell still holds the text that could not be read. */
  livePasteProblems() {
    this.pasteProblems = this.pasteProblems.filter((p) => this.people[p.index]?.[p.key] === p.raw);
    return this.pasteProblems;
  }

  /** The summary line: how many cells have errors, and a button to go to the next. */
  showErrors() {
    const cells = this.errorCells();
    this.errorLine.hidden = cells.length === 0;
    this.errorCount.textContent = cells.length ? t("grid.errorCount", { count: format.count(cells.length) }) : "";
    // A paste's summary keeps only the problems not yet fixed.
    if (this.pasteSummary) {
      const live = this.livePasteProblems();
      const text = live.map((p) => p.message);
      this.say(text.length ? `${this.pasteSummary} ${text.slice(0, 5).join(" ")}${text.length > 5 ? " …" : ""}` : this.pasteSummary, text.length > 0);
      if (!text.length) this.pasteSummary = "";
    }
  }

  /** Moves to the next cell with an error after the active one (from the top after the last). */
  nextError() {
    const cells = this.errorCells();
    if (!cells.length) return;
    const { row, col } = this.active;
    const next = cells.find((c) => c.row > row || (c.row === row && c.col > col)) ?? cells[0];
    this.moveTo(next.row, next.col);
  }

  /** The problems of a cell: the report's, and a paste's that still stands (none in a row not yet typed into). */
  cellProblems(index, key, typedInto = this.rowHasData(index)) {
    if (!typedInto || (!this.problems?.size && !this.pasteProblems.length)) return null;
    const found = [...(this.problems?.get(`${index}:${key}`) ?? [])];
    for (const p of this.pasteProblems) if (p.index === index && p.key === key && this.people[index]?.[key] === p.raw) found.push(p.message);
    return found.length ? found : null;
  }

  /** Shows the active cell's problem (or the edit's) beside it. */
  showProblem(message) {
    const index = this.currentIndex();
    const column = COLUMNS[this.active.col];
    const cell = this.activeCell();
    let text = message;
    if (text == null && index != null && column) {
      const problems = this.cellProblems(index, column.key) ?? (column.key === "name" && this.rowHasData(index) ? this.problems?.get(`${index}:`) : null);
      text = problems?.join("\n");
    }
    if (!text || !cell) {
      this.bubble.hidden = true;
      this.bubble.textContent = "";
      return;
    }
    this.bubble.textContent = text;
    this.bubble.hidden = false;
    this.bubbleCell = cell;
    this.placeBubble();
  }

  /** Keeps the problem under its cell (above it near the bottom), inside the grid's box. */
  placeBubble() {
    if (this.bubble.hidden || !this.bubbleCell?.isConnected) {
      if (!this.bubble.hidden && !this.activeCell()) this.bubble.hidden = true;
      return;
    }
    const cell = this.bubbleCell.getBoundingClientRect();
    const box = this.scroller.getBoundingClientRect();
    const width = this.bubble.offsetWidth;
    const height = this.bubble.offsetHeight;
    let left = cell.left - box.left;
    left = Math.max(0, Math.min(left, box.width - width - 4));
    let top = cell.bottom - box.top + 2;
    if (top + height > box.height) top = cell.top - box.top - height - 2;
    const visible = cell.bottom > box.top && cell.top < box.bottom;
    this.bubble.style.left = `${left}px`;
    this.bubble.style.top = `${top}px`;
    this.bubble.style.visibility = visible ? "visible" : "hidden";
  }

  // ---- rendering -------------------------------------------------------------------

  /**
   * Renders in the next frame. A scroll that keeps the view inside the rows
   * already drawn (the overscan) draws nothing: rebuilding the rows costs
   * more layout than the rest of a frame, so it is done once per OVERSCAN rows.
   */
  scheduleRender({ scrolled = false } = {}) {
    this.fullRender ||= !scrolled;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      const full = this.fullRender;
      this.fullRender = false;
      const { first, last } = this.rowsInView(0);
      const drawn = this.drawn;
      if (full || !drawn || first < drawn.first || last > drawn.last) this.render();
    });
  }

  /** The rows the scroller shows, with `overscan` more on each side. */
  rowsInView(overscan) {
    const height = this.scroller.clientHeight || 480;
    const first = Math.max(0, Math.floor(this.scroller.scrollTop / ROW_HEIGHT) - overscan);
    const last = Math.min(this.view.length, first + Math.ceil(height / ROW_HEIGHT) + 2 * overscan);
    return { first, last };
  }

  /** Renders the rows in view, with spacer rows standing for the others. */
  render() {
    if (this.editing) return;
    const { first, last } = this.rowsInView(OVERSCAN);
    this.drawn = { first, last };
    const spacer = (rows) => el("tr", { class: "spacer", "aria-hidden": "true", style: { height: `${rows * ROW_HEIGHT}px` } });
    const rows = [];
    for (let r = first; r < last; r++) rows.push(this.renderRow(r));
    const hadFocus = this.table.contains(activeElement(this.table));
    this.body.replaceChildren(spacer(first), ...rows, spacer(this.view.length - last));
    if (this.view.length === 0) {
      // Focusable, so that Ctrl+V and typing work on an empty grid.
      const empty = el("td", { colspan: String(COLUMNS.length + 1), class: "empty", tabindex: "0", contenteditable: "true", spellcheck: "false", "data-empty": "true" }, t("grid.empty"));
      this.body.append(el("tr", {}, empty));
      if (hadFocus) empty.focus({ preventScroll: true });
      this.bubble.hidden = true;
      return;
    }
    if (hadFocus) this.focusActive();
  }

  renderRow(r) {
    const index = this.view[r];
    const person = this.people[index] ?? {};
    const excluded = this.excluded?.has(index);
    const rowProblem = this.problems?.get(`${index}:`);
    const typedInto = this.rowHasData(index);
    return el(
      "tr",
      { "data-index": String(index), "aria-rowindex": String(r + 2), class: excluded ? "invalid" : null },
      el("th", { scope: "row", class: "rownum", "aria-colindex": "1", title: rowProblem?.join("\n") ?? null }, String(index + 1)),
      COLUMNS.map((column, col) => {
        const problems = this.cellProblems(index, column.key, typedInto);
        const active = r === this.active.row && col === this.active.col;
        const shown = this.display(person, column, index);
        const full = this.fullText(person, column, index, shown);
        // On hover: the full text, or the text itself where a long one may not fit.
        const long = column.kind === "computed" || shown.length > column.width / 9;
        const hover = [full !== shown ? full : long && shown ? shown : null, ...(problems ?? [])].filter(Boolean);
        return el(
          "td",
          {
            "data-row": String(r),
            "data-col": String(col),
            "data-field": column.key,
            "aria-colindex": String(col + 2),
            tabindex: active ? "0" : "-1",
            // The active cell takes typed and composed text (an input method needs an editable target).
            contenteditable: active && column.kind !== "computed" ? "true" : null,
            spellcheck: active ? "false" : null,
            class: [column.kind === "computed" ? "computed" : null, column.kind, column.frozen ? "frozen" : null].filter(Boolean).join(" "),
            "aria-invalid": problems ? "true" : null,
            "aria-readonly": column.kind === "computed" ? "true" : null,
            "aria-label": full !== shown ? full : null,
            "aria-describedby": active && problems ? "cell-problem" : null,
            title: hover.length ? hover.join("\n") : null,
          },
          shown,
        );
      }),
    );
  }

  /** The text a cell shows; `index` is the person's row (for computed fields). */
  display(person, column, index) {
    const value = person[column.key];
    switch (column.kind) {
      case "computed": {
        const c = this.computed?.at(index);
        if (!c) return "";
        if (column.key === "age") return t("grid.age", { years: c.age.years, months: c.age.months });
        if (column.key === "retirementDate") return showDate(c.retirementDate);
        return format.count(c.monthsLeft);
      }
      case "bool":
        return (value ?? column.defaultValue ?? false) === true ? "✓" : value == null || value === false ? "" : String(value);
      case "enum":
        return value == null ? "" : t(`${column.label}.${value}`) === `${column.label}.${value}` ? String(value) : t(`${column.label}.${value}`);
      case "date":
        return showDate(value);
      case "titles":
        // Every title, by its abbreviation (id); the names are in the cell's title and label.
        return Array.isArray(value) ? value.join(", ") : String(value ?? "");
      default:
        return value == null ? "" : String(value);
    }
  }

  /** The full text of a cell, for hover and screen readers (titles by name, age in words). */
  fullText(person, column, index, shown) {
    const value = person[column.key];
    if (column.kind === "titles" && Array.isArray(value) && value.length) {
      // The abbreviations as shown, then the names (a label holds what is seen, then more).
      return `${shown}: ${value.map((id) => this.titles.find((x) => x?.id === id)?.name || id).join("; ")}`;
    }
    if (column.key === "monthsLeft" && shown) return t("grid.monthsLeftFull", { months: shown });
    if (column.key === "retirementDate" && shown) return t("grid.retirementFull", { date: shown });
    return shown;
  }

  /** The text an edit starts from. */
  editText(person, column) {
    if (column.kind === "titles") return Array.isArray(person[column.key]) ? person[column.key].join(", ") : "";
    if (column.kind === "bool") return this.display(person, column) === "✓" ? "x" : "";
    return this.display(person, column);
  }

  activeCell() {
    return this.body.querySelector(`td[data-row="${this.active.row}"][data-col="${this.active.col}"]`);
  }

  /** Focuses the active cell, its text selected so that what is typed or composed replaces it. */
  focusActive() {
    const cell = this.activeCell();
    if (!cell) return;
    cell.focus({ preventScroll: true });
    if (cell.isContentEditable) {
      const selection = (cell.getRootNode().getSelection?.() ?? document.getSelection());
      try {
        selection?.selectAllChildren(cell);
      } catch {
        // A selection that cannot be set leaves the caret where it is: typing still starts an edit.
      }
    }
    this.showProblem();
  }

  /** Makes a cell active, scrolling it into view both ways. */
  moveTo(row, col) {
    const rows = this.view.length;
    if (rows === 0) return;
    this.active = { row: Math.max(0, Math.min(rows - 1, row)), col: Math.max(0, Math.min(COLUMNS.length - 1, col)) };
    const top = this.active.row * ROW_HEIGHT;
    const headHeight = this.head.offsetHeight || ROW_HEIGHT;
    if (top < this.scroller.scrollTop) this.scroller.scrollTop = top;
    else if (top + ROW_HEIGHT > this.scroller.scrollTop + this.scroller.clientHeight - headHeight) {
      this.scroller.scrollTop = top + ROW_HEIGHT - this.scroller.clientHeight + headHeight;
    }
    this.scrollColumnIntoView(this.active.col);
    this.render();
    this.focusActive();
  }

  /**
   * Scrolls sideways so that a column shows beside the frozen row numbers and
   * names. Positions come from the columns' widths (the cells are sized
   * border-box to them), so moving reads no layout.
   */
  scrollColumnIntoView(col) {
    const column = COLUMNS[col];
    if (column.frozen) return;
    const EDGE = 2; // the grid's border before the first cell
    let left = EDGE + ROWNUM_WIDTH;
    for (let c = 0; c < col; c++) left += COLUMNS[c].width;
    const right = left + column.width;
    const view = this.scroller.clientWidth || 800;
    if (col < NAME_COL) {
      if (left - EDGE - ROWNUM_WIDTH < this.scroller.scrollLeft) this.scroller.scrollLeft = 0;
      return;
    }
    const frozen = EDGE + ROWNUM_WIDTH + COLUMNS[NAME_COL].width;
    if (left - this.scroller.scrollLeft < frozen) this.scroller.scrollLeft = left - frozen;
    else if (right - this.scroller.scrollLeft > view) this.scroller.scrollLeft = right - view;
  }

  /** Shows a person's field: clears filters if needed, scrolls, focuses. */
  focusCell(index, field) {
    if (!this.view.includes(index)) {
      this.search = "";
      this.searchInput.value = "";
      this.filter = "all";
      this.filterSelect.value = "all";
      this.refresh();
    }
    const col = COLUMNS.findIndex((c) => c.key === field);
    this.moveTo(this.view.indexOf(index), col === -1 ? NAME_COL : col);
  }

  // ---- interaction ---------------------------------------------------------------

  onClick(event) {
    const cell = event.target.closest("td[data-col]");
    if (!cell || this.editing) return;
    this.tabStart = null;
    this.moveTo(Number(cell.dataset.row), Number(cell.dataset.col));
  }

  /** Enter: down one row, back to the column where a run of Tabs began; below the last row a new one. */
  enterDown(up = false) {
    const col = this.tabStart ?? this.active.col;
    this.tabStart = null;
    if (!up && this.active.row === this.view.length - 1 && this.filter === "all" && !this.search && this.rowHasData(this.currentIndex())) {
      this.addPerson(COLUMNS[col].key);
      return;
    }
    this.moveTo(this.active.row + (up ? -1 : 1), col);
  }

  /** Tab: right (or left) one column, remembering where the run began. */
  tabMove(back) {
    this.tabStart ??= this.active.col;
    this.moveTo(this.active.row, this.active.col + (back ? -1 : 1));
  }

  rowHasData(index) {
    const person = this.people[index];
    return !!person && COLUMNS.some((c) => c.key !== "id" && c.kind !== "computed" && person[c.key] != null && person[c.key] !== "" && !(Array.isArray(person[c.key]) && !person[c.key].length));
  }

  /** Keys on a column header: arrows along the headers and down into the rows; Enter or Space sorts. */
  onHeaderKey(event, col) {
    const buttons = this.head.querySelectorAll("button.sort");
    const to = { ArrowLeft: col - 1, ArrowRight: col + 1, Home: 0, End: COLUMNS.length - 1 }[event.key];
    if (to !== undefined) {
      event.preventDefault();
      buttons[Math.max(0, Math.min(COLUMNS.length - 1, to))]?.focus();
    } else if (event.key === "ArrowDown" && this.view.length) {
      event.preventDefault();
      this.moveTo(Math.floor(this.scroller.scrollTop / ROW_HEIGHT), col);
    }
  }

  onKey(event) {
    if (this.editing) return;
    const header = event.target.closest?.("button.sort");
    if (header) {
      this.onHeaderKey(event, Number(header.dataset.sort));
      return;
    }
    if (event.target.dataset?.empty) {
      // The empty grid: typing a name starts the workspace and its first person.
      if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        this.addPerson("name", event.key);
      }
      return;
    }
    if (event.isComposing || event.key === "Process") return; // an input method composes in the cell
    const { row, col } = this.active;
    const page = Math.max(1, Math.floor(this.scroller.clientHeight / ROW_HEIGHT) - 1);
    const column = COLUMNS[col];
    const moves = {
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      ArrowLeft: [row, col - 1],
      ArrowRight: [row, col + 1],
      PageUp: [row - page, col],
      PageDown: [row + page, col],
      Home: event.ctrlKey ? [0, col] : [row, 0],
      End: event.ctrlKey ? [this.view.length - 1, col] : [row, COLUMNS.length - 1],
    };
    if (event.key === "F8") {
      event.preventDefault();
      this.nextError();
    } else if (event.key === "ArrowUp" && row === 0 && !event.altKey) {
      event.preventDefault();
      this.head.querySelectorAll("button.sort")[col]?.focus();
    } else if (moves[event.key] && !event.altKey) {
      event.preventDefault();
      this.tabStart = null;
      this.moveTo(...moves[event.key]);
    } else if (event.key === "Tab") {
      const next = event.shiftKey ? col - 1 : col + 1;
      if (next >= 0 && next < COLUMNS.length) {
        event.preventDefault();
        this.tabMove(event.shiftKey);
      }
    } else if (event.key === "Enter") {
      event.preventDefault();
      this.enterDown(event.shiftKey);
    } else if (event.key === "F2" || (event.key === "ArrowDown" && event.altKey)) {
      event.preventDefault();
      this.beginEdit();
    } else if (event.key === " " && column.kind === "bool") {
      event.preventDefault();
      this.toggle();
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      this.clearCell();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.beginEdit(event.key);
    }
  }

  /**
   * Text that reaches the active cell without a key of its own (a pasted
   * accented letter, an input method's committed text, automation's
   * insertText): it starts an edit with that text, so no letter is lost.
   */
  onBeforeInput(event) {
    const cell = event.target.closest?.("td[data-col], td[data-empty]");
    if (!cell || this.editing) return;
    if (event.inputType === "insertCompositionText") return; // the composition ends in compositionend
    event.preventDefault();
    if (event.inputType !== "insertText" || !event.data) return;
    if (cell.dataset.empty) this.addPerson("name", event.data);
    else this.beginEdit(event.data);
  }

  /** An input method composed text in the cell (Telex, VNI): the edit starts with all of it. */
  onCompositionEnd(event) {
    const cell = event.target.closest?.("td[data-col], td[data-empty]");
    if (!cell || this.editing) return;
    const text = event.data ?? "";
    if (text && cell.dataset.empty) this.addPerson("name", text);
    else if (text) this.beginEdit(text);
    else {
      this.render();
      this.focusActive();
    }
  }

  currentIndex() {
    return this.view[this.active.row];
  }

  /** Writes a field of the active row as one undoable step. */
  write(index, key, value) {
    const dataset = this.store.dataset;
    const before = dataset.people[index]?.[key];
    if (JSON.stringify(before ?? null) === JSON.stringify(value ?? null)) return;
    this.store.commit(setOp(dataset, ["people", index, key], value ?? undefined));
  }

  toggle() {
    const index = this.currentIndex();
    const column = COLUMNS[this.active.col];
    if (index == null || column.kind !== "bool") return;
    const current = this.people[index]?.[column.key] ?? column.defaultValue ?? false;
    this.write(index, column.key, !(current === true));
  }

  clearCell() {
    const index = this.currentIndex();
    const column = COLUMNS[this.active.col];
    if (index == null || column.kind === "computed") return;
    this.write(index, column.key, column.kind === "titles" ? [] : undefined);
  }

  titleOptions() {
    return this.titles.filter((x) => x && typeof x.id === "string").map((x) => ({ id: x.id, name: x.name ?? null }));
  }

  /** The catalogue's labels of a coded field that the engine reads back as their own value. */
  suggestions(column) {
    const section = text()[column.label] ?? {};
    return Object.entries(section)
      .filter(([value, label]) => typeof label === "string" && this.read(column, label).value === value)
      .map(([, label]) => label);
  }

  /** Reads a typed value with the engine; `{ value }` or `{ error }`. */
  read(column, text) {
    return this.parseCell(column.key, text, { titles: this.titleOptions(), lang: lang() });
  }

  /** Starts editing the active cell: with `initial` typed text replacing the value, else from the value. */
  beginEdit(initial) {
    const index = this.currentIndex();
    const column = COLUMNS[this.active.col];
    if (index == null || column.kind === "computed") return;
    if (column.kind === "titles") {
      this.pickTitles(index, column, initial ?? "");
      return;
    }
    const cell = this.activeCell();
    if (!cell) return;
    const person = this.people[index] ?? {};
    const input = el("input", {
      type: "text",
      class: "cell-editor",
      value: initial ?? this.editText(person, column),
      "aria-label": t(`fields.${column.key}`),
      "aria-describedby": "cell-problem",
      autocomplete: "off",
      spellcheck: "false",
      list: column.kind === "enum" ? `list-${column.key}` : null,
    });
    const list =
      column.kind === "enum"
        ? el("datalist", { id: `list-${column.key}` }, this.suggestions(column).map((label) => el("option", { value: label })))
        : null;
    this.editing = { index, column, input };
    cell.removeAttribute("contenteditable");
    cell.replaceChildren(input, list ?? "");
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    input.addEventListener("keydown", (event) => {
      event.stopPropagation();
      if (event.isComposing) return;
      if (event.key === "Escape") {
        event.preventDefault();
        this.endEdit(false);
      } else if (event.key === "Enter") {
        event.preventDefault();
        if (this.endEdit(true)) this.enterDown(event.shiftKey);
      } else if (event.key === "Tab") {
        event.preventDefault();
        if (this.endEdit(true)) this.tabMove(event.shiftKey);
      } else if ((event.key === "ArrowUp" || event.key === "ArrowDown") && !event.altKey) {
        // As in Excel after typing: the arrow confirms and moves.
        event.preventDefault();
        if (this.endEdit(true)) this.moveTo(this.active.row + (event.key === "ArrowUp" ? -1 : 1), this.active.col);
      }
    });
    input.addEventListener("input", () => {
      if (input.getAttribute("aria-invalid")) {
        input.removeAttribute("aria-invalid");
        this.showProblem();
      }
    });
    input.addEventListener("blur", () => {
      if (this.editing?.input === input) this.endEdit(true);
    });
  }

  /**
   * Writes the text of an edit in progress as it is, valid or not (the page
   * is being left: typing is never lost; the engine flags a bad value).
   */
  flush() {
    const editing = this.editing;
    if (!editing?.input) return;
    const answer = this.read(editing.column, editing.input.value);
    this.editing = null;
    this.write(editing.index, editing.column.key, answer.error ? editing.input.value : answer.value);
  }

  /** Ends an edit; returns false (and keeps editing) when the text is not a value. */
  endEdit(save) {
    const editing = this.editing;
    if (!editing) return true;
    if (save) {
      const answer = this.read(editing.column, editing.input.value);
      if (answer.error) {
        editing.input.setAttribute("aria-invalid", "true");
        const message = t("grid.cellError", { field: t(`fields.${editing.column.key}`), message: answer.error });
        this.say(message, true);
        if (activeElement(this.table) !== editing.input) {
          // Focus moved away: keep the typed text rather than lose it; the engine will flag it.
          this.editing = null;
          this.write(editing.index, editing.column.key, editing.input.value);
          return true;
        }
        this.showProblem(message);
        return false;
      }
      this.editing = null;
      this.say("");
      this.write(editing.index, editing.column.key, answer.value);
    } else {
      this.editing = null;
      this.say("");
    }
    this.render();
    this.focusActive();
    return true;
  }

  /** The searchable titles list of a cell, under it. */
  pickTitles(index, column, initial) {
    const anchor = this.activeCell();
    this.editing = { index, column, input: null };
    openTitlePicker({
      anchor,
      titles: this.titleOptions(),
      chosen: Array.isArray(this.people[index]?.[column.key]) ? this.people[index][column.key] : [],
      initial,
      label: t(`fields.${column.key}`),
      onDone: (ids, move) => {
        this.editing = null;
        if (ids) this.write(index, column.key, ids);
        this.render();
        if (move === "down" || move === "up") this.enterDown(move === "up");
        else if (move === "right" || move === "left") this.tabMove(move === "left");
        else if (this.table.contains(activeElement(this.table)) || !activeElement(this.table) || activeElement(this.table) === document.body) this.focusActive();
      },
    });
  }

  say(message, isError = false) {
    this.status.textContent = message;
    this.status.classList.toggle("error-text", isError);
  }

  // ---- rows ------------------------------------------------------------------------

  /** An id not used by any row: p1, p2, … */
  freshId(taken) {
    let n = this.people.length + 1;
    while (taken.has(`p${n}`)) n++;
    taken.add(`p${n}`);
    return `p${n}`;
  }

  /** Adds a person at the end and makes a cell of it active (starting an edit with `typed`). */
  addPerson(field = "name", typed) {
    ensureDataset(this.store);
    const taken = new Set(this.people.map((p) => p?.id));
    const person = { id: this.freshId(taken), name: "", current: [], planned: [] };
    const index = this.people.length;
    this.store.commit({ type: "splice", path: ["people"], index, removed: [], inserted: [person] });
    this.focusCell(index, field);
    if (typed) this.beginEdit(typed);
  }

  deleteActive() {
    const index = this.currentIndex();
    if (index == null) return;
    const removed = [structuredClone(this.people[index])];
    this.store.commit({ type: "splice", path: ["people"], index, removed, inserted: [] });
    this.say(t("grid.deleted", { id: removed[0]?.id ?? index + 1 }));
    this.moveTo(this.active.row, this.active.col);
  }

  /**
   * Rows pasted from a spreadsheet (tab-separated, cells quoted as
   * spreadsheets copy them), from the active cell on. The engine reads the
   * whole block in one call (parsePaste); a block wider than the grid, or one
   * that would take the roster past the row limit, is refused with a message
   * before anything is applied.
   */
  onPaste(event) {
    if (this.editing) return;
    const text = event.clipboardData?.getData("text/plain") ?? "";
    if (!text) return;
    event.preventDefault();
    const fields = COLUMNS.slice(this.active.col).map((c) => (c.kind === "computed" ? null : c.key));
    const block = this.parsePaste(text, { fields, titles: this.titleOptions(), lang: lang() });
    if (block.dropped.length) {
      const column = t(`fields.${COLUMNS[this.active.col].key}`);
      this.say(t("grid.pasteTooWide", { width: format.count(block.width), fit: format.count(fields.length), column, dropped: block.dropped.join(", ") }), true);
      return;
    }
    const lines = block.rows;
    const newRows = Math.max(0, this.active.row + lines.length - this.view.length);
    if (this.people.length + newRows > block.maxRows) {
      this.say(t("grid.pasteTooMany", { rows: format.count(this.people.length + newRows), limit: format.count(block.maxRows) }), true);
      return;
    }
    ensureDataset(this.store);
    if (!this.view.length) this.active.row = 0;
    const ops = [];
    const problems = [];
    const taken = new Set(this.people.map((p) => p?.id));
    const inserted = [];
    let nextId = this.people.length + 1;
    lines.forEach((cells, r) => {
      const viewRow = this.active.row + r;
      let index = this.view[viewRow];
      if (index == null) {
        index = this.people.length + inserted.length;
        // New ids counted on from the last one tried: linear however many rows arrive.
        while (taken.has(`p${nextId}`)) nextId++;
        taken.add(`p${nextId}`);
        inserted.push({ id: `p${nextId}`, current: [], planned: [] });
      }
      cells.forEach((answer, c) => {
        const column = COLUMNS[this.active.col + c];
        if (!column || !answer) return;
        // A value the engine cannot read is kept as typed, so the report names it; nothing is dropped.
        const value = answer.error ? answer.text : answer.value;
        if (answer.error) {
          problems.push({ index, key: column.key, raw: answer.text, message: t("grid.pasteProblem", { row: index + 1, field: t(`fields.${column.key}`), message: answer.error }) });
        }
        ops.push({ type: "set", path: ["people", index, column.key], before: undefined, after: value ?? undefined });
      });
    });
    const appended = inserted.length;
    if (appended) ops.unshift({ type: "splice", path: ["people"], index: this.people.length, removed: [], inserted });
    // Record the true "before" values now that new rows are accounted for.
    const dataset = this.store.dataset;
    for (const op of ops) {
      if (op.type === "set" && op.path[1] < dataset.people.length) {
        const before = dataset.people[op.path[1]]?.[op.path[2]];
        op.before = before === undefined ? undefined : structuredClone(before);
      }
    }
    this.pasteProblems = problems;
    this.pasteSummary = t("grid.pasted", { rows: format.count(lines.length), added: format.count(appended) });
    this.store.commit({ type: "batch", ops });
    this.showErrors();
  }
}
