// The people grid: every contract field of every person, edited in place.
// Rendering is virtualised (only the visible rows exist in the DOM), so it
// stays smooth with 100,000 rows: nothing done per scroll depends on the
// number of rows, and what is done per report is one pass over them. Keyboard: arrows, Tab, Enter/F2 to
// edit, Escape to cancel, Space to tick, Delete to clear, typing to start an
// edit; rows pasted from a spreadsheet land at the active cell. Values are
// read by the engine's parseCell(), so "Nữ", "15/03/1978" and "Thạc sỹ"
// mean what they say; the report's invalid-row findings mark the cells.

import { el, activeElement, layer } from "./dom.js";
import { t, lang, format } from "./i18n.js";
import { setOp } from "./store.js";
import { peopleByRow } from "./report-people.js";

const ROW_HEIGHT = 32;
const ROWNUM_WIDTH = 56;
const OVERSCAN = 8;

/** The columns: contract fields, then read-only computed ones. */
const COLUMNS = [
  { key: "id", kind: "text", width: 90 },
  { key: "name", kind: "text", width: 200 },
  { key: "sex", kind: "enum", width: 70, values: ["M", "F"], label: "sex" },
  { key: "birth", kind: "date", width: 110 },
  { key: "ethnicMinority", kind: "bool", width: 70 },
  { key: "local", kind: "bool", width: 70, defaultValue: true },
  {
    key: "education",
    kind: "enum",
    width: 120,
    values: ["doctorate", "master", "university", "college", "vocational", "none"],
    label: "education",
  },
  {
    key: "politicalTheory",
    kind: "enum",
    width: 130,
    values: ["advanced", "intermediate", "elementary", "none"],
    label: "politicalTheory",
  },
  { key: "current", kind: "titles", width: 190 },
  { key: "planned", kind: "titles", width: 190 },
  { key: "retireAt60", kind: "bool", width: 70 },
  { key: "candidacy", kind: "enum", width: 100, values: ["first", "reelection"], label: "candidacies" },
  { key: "age", kind: "computed", width: 118 },
  { key: "retirementDate", kind: "computed", width: 110 },
  { key: "monthsLeft", kind: "computed", width: 90 },
];

/** Folds text for search: no marks, "đ" as "d", lower case. */
export function fold(text) {
  return String(text ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

/** Vietnamese order for sorting; one collator is far faster than localeCompare per pair. */
const COLLATOR = new Intl.Collator("vi");

/** A partial ISO date as written in Vietnam: 1978-03-15 → 15/03/1978, 1978-03 → 03/1978. */
function showDate(value) {
  return typeof value === "string" ? value.split("-").reverse().join("/") : String(value ?? "");
}

export class PeopleGrid {
  /**
   * @param root an element to build the grid in
   * @param store the Store
   * @param parseCell the engine's parseCell
   * @param parsePaste the engine's parsePaste (a pasted block in one call)
   * @param onJump called with a finding when the user follows one elsewhere
   */
  constructor(root, { store, parseCell, parsePaste }) {
    this.store = store;
    this.parseCell = parseCell;
    this.parsePaste = parsePaste;
    this.report = null;
    this.view = [];
    this.active = { row: 0, col: 1 };
    this.editing = null;
    this.sort = null;
    this.search = "";
    this.filter = "all";
    this.build(root);
  }

  // ---- construction -----------------------------------------------------------

  build(root) {
    this.searchInput = el("input", { type: "search", id: "grid-search", "aria-describedby": "grid-count" });
    this.filterSelect = el("select", { id: "grid-filter" });
    this.addButton = el("button", { type: "button", id: "add-person" });
    this.deleteButton = el("button", { type: "button", id: "delete-person" });
    this.count = el("span", { id: "grid-count", class: "muted" });
    this.searchLabel = el("label", { for: "grid-search" });
    this.filterLabel = el("label", { for: "grid-filter" });
    const tools = el(
      "div",
      { class: "grid-tools" },
      this.searchLabel,
      this.searchInput,
      this.filterLabel,
      this.filterSelect,
      this.addButton,
      this.deleteButton,
      this.count,
    );
    this.table = el("table", { class: "grid", id: "people-grid", role: "grid" });
    this.head = el("thead");
    this.body = el("tbody");
    this.table.append(this.head, this.body);
    this.scroller = el("div", { class: "grid-scroll" }, this.table);
    this.status = el("p", { class: "grid-status", id: "grid-status", role: "status" });
    root.replaceChildren(tools, this.scroller, this.status);

    this.searchInput.addEventListener("input", () => {
      this.search = fold(this.searchInput.value.trim());
      this.refresh();
    });
    this.filterSelect.addEventListener("change", () => {
      this.filter = this.filterSelect.value;
      this.refresh();
    });
    this.addButton.addEventListener("click", () => this.addPerson());
    this.deleteButton.addEventListener("click", () => this.deleteActive());
    this.scroller.addEventListener("scroll", () => this.scheduleRender({ scrolled: true }));
    this.table.addEventListener("keydown", (event) => this.onKey(event));
    this.table.addEventListener("click", (event) => this.onClick(event));
    this.table.addEventListener("dblclick", (event) => {
      const cell = event.target.closest("td[data-col]");
      if (cell) this.beginEdit();
    });
    this.table.addEventListener("paste", (event) => this.onPaste(event));
    new ResizeObserver(() => this.scheduleRender()).observe(this.scroller);
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
    this.addButton.textContent = t("grid.add");
    this.deleteButton.textContent = t("grid.delete");
    this.table.setAttribute("aria-label", t("grid.label"));
    this.renderHead();
  }

  renderHead() {
    const cells = COLUMNS.map((column, col) => {
      const sorted = this.sort?.col === col ? this.sort.dir : null;
      const button = el("button", { type: "button", class: "sort", "data-sort": String(col) }, t(`fields.${column.key}`));
      button.addEventListener("click", () => this.toggleSort(col));
      return el(
        "th",
        {
          scope: "col",
          style: { width: `${column.width}px` },
          "aria-sort": sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : null,
        },
        button,
      );
    });
    this.head.replaceChildren(el("tr", {}, el("th", { scope: "col", class: "rownum", style: { width: `${ROWNUM_WIDTH}px` } }, "#"), cells));
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
    if (this.search) {
      view = view.filter((i) => fold(`${people[i]?.id ?? ""} ${people[i]?.name ?? ""}`).includes(this.search));
    }
    if (this.sort) {
      const column = COLUMNS[this.sort.col];
      const sign = this.sort.dir === "asc" ? 1 : -1;
      const key = (i) => this.sortKey(i, column);
      view.sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        if (x === y) return a - b;
        if (x === "") return 1;
        if (y === "") return -1;
        return (typeof x === "number" && typeof y === "number" ? x - y : COLLATOR.compare(String(x), String(y))) * sign;
      });
    }
    this.view = view;
    this.active.row = Math.min(this.active.row, Math.max(0, view.length - 1));
    this.count.textContent = t("grid.count", { shown: format.count(view.length), total: format.count(people.length) });
    this.table.setAttribute("aria-rowcount", String(view.length + 1));
    this.deleteButton.disabled = view.length === 0;
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
      this.body.append(
        el("tr", {}, el("td", { colspan: String(COLUMNS.length + 1), class: "empty" }, t("grid.empty"))),
      );
    }
    if (hadFocus) this.activeCell()?.focus({ preventScroll: true });
  }

  renderRow(r) {
    const index = this.view[r];
    const person = this.people[index] ?? {};
    const excluded = this.excluded?.has(index);
    const rowProblem = this.problems?.get(`${index}:`);
    return el(
      "tr",
      { "data-index": String(index), "aria-rowindex": String(r + 2), class: excluded ? "invalid" : null },
      el("th", { scope: "row", class: "rownum", title: rowProblem?.join("\n") ?? null }, String(index + 1)),
      COLUMNS.map((column, col) => {
        const problems = this.problems?.get(`${index}:${column.key}`);
        const active = r === this.active.row && col === this.active.col;
        return el(
          "td",
          {
            "data-row": String(r),
            "data-col": String(col),
            "data-field": column.key,
            tabindex: active ? "0" : "-1",
            class: [column.kind === "computed" ? "computed" : null, column.kind].filter(Boolean).join(" "),
            "aria-invalid": problems ? "true" : null,
            "aria-readonly": column.kind === "computed" ? "true" : null,
            title: problems?.join("\n") ?? null,
          },
          this.display(person, column, index),
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
        return Array.isArray(value)
          ? value.map((id) => this.titles.find((x) => x?.id === id)?.name ?? id).join(", ")
          : String(value ?? "");
      default:
        return value == null ? "" : String(value);
    }
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

  /** Makes a cell active, scrolling it into view. */
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
    this.render();
    this.activeCell()?.focus({ preventScroll: true });
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
    const col = Math.max(0, COLUMNS.findIndex((c) => c.key === field));
    this.moveTo(this.view.indexOf(index), col === -1 ? 1 : col);
  }

  // ---- interaction ---------------------------------------------------------------

  onClick(event) {
    const cell = event.target.closest("td[data-col]");
    if (!cell || this.editing) return;
    this.moveTo(Number(cell.dataset.row), Number(cell.dataset.col));
  }

  onKey(event) {
    if (this.editing) return;
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
    if (moves[event.key]) {
      event.preventDefault();
      this.moveTo(...moves[event.key]);
    } else if (event.key === "Tab") {
      const next = event.shiftKey ? col - 1 : col + 1;
      if (next >= 0 && next < COLUMNS.length) {
        event.preventDefault();
        this.moveTo(row, next);
      }
    } else if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      if (column.kind === "bool") this.toggle();
      else this.beginEdit();
    } else if (event.key === " " && column.kind === "bool") {
      event.preventDefault();
      this.toggle();
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      this.clearCell();
    } else if ((event.key === "Process" || event.isComposing) && column.kind !== "titles") {
      // An input method is composing (Telex, VNI): open the editor and let the text go there.
      this.beginEdit("");
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      if (column.kind === "titles") return;
      event.preventDefault();
      this.beginEdit(event.key);
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

  /** Reads a typed value with the engine; `{ value }` or `{ error }`. */
  read(column, text) {
    return this.parseCell(column.key, text, { titles: this.titleOptions(), lang: lang() });
  }

  beginEdit(initial) {
    const index = this.currentIndex();
    const column = COLUMNS[this.active.col];
    if (index == null || column.kind === "computed") return;
    if (column.kind === "titles" && initial === undefined) {
      this.pickTitles(index, column);
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
      list: column.kind === "enum" ? `list-${column.key}` : null,
    });
    const list =
      column.kind === "enum"
        ? el("datalist", { id: `list-${column.key}` }, column.values.map((v) => el("option", { value: t(`${column.label}.${v}`) })))
        : null;
    this.editing = { index, column, input };
    cell.replaceChildren(input, list ?? "");
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    input.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.preventDefault();
        this.endEdit(false);
      } else if (event.key === "Enter") {
        event.preventDefault();
        if (this.endEdit(true)) this.moveTo(this.active.row + 1, this.active.col);
      } else if (event.key === "Tab") {
        event.preventDefault();
        if (this.endEdit(true)) this.moveTo(this.active.row, this.active.col + (event.shiftKey ? -1 : 1));
      }
      event.stopPropagation();
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
        this.say(t("grid.cellError", { field: t(`fields.${editing.column.key}`), message: answer.error }), true);
        if (activeElement(this.table) !== editing.input) {
          // Focus moved away: keep the typed text rather than lose it; the engine will flag it.
          this.editing = null;
          this.write(editing.index, editing.column.key, editing.input.value);
          return true;
        }
        return false;
      }
      this.editing = null;
      this.say("");
      this.write(editing.index, editing.column.key, answer.value);
    } else {
      this.editing = null;
    }
    this.render();
    this.activeCell()?.focus({ preventScroll: true });
    return true;
  }

  /** A dialog of checkboxes for picking titles. */
  pickTitles(index, column) {
    const chosen = new Set(this.people[index]?.[column.key] ?? []);
    const boxes = this.titleOptions().map((title) =>
      el(
        "label",
        { class: "pick" },
        el("input", { type: "checkbox", value: title.id, checked: chosen.has(title.id) }),
        ` ${title.name ?? title.id} (${title.id})`,
      ),
    );
    const ok = el("button", { type: "button", class: "primary" }, t("grid.ok"));
    const cancel = el("button", { type: "button" }, t("grid.cancel"));
    const dialog = el(
      "div",
      { class: "picker", role: "dialog", "aria-modal": "true", "aria-label": t(`fields.${column.key}`) },
      el("p", {}, el("strong", {}, t(`fields.${column.key}`))),
      boxes.length ? boxes : el("p", { class: "muted" }, t("grid.noTitles")),
      el("div", { class: "row" }, ok, cancel),
    );
    const close = (save) => {
      if (save) {
        const ids = [...dialog.querySelectorAll("input:checked")].map((b) => b.value);
        this.write(index, column.key, ids);
      }
      dialog.remove();
      this.editing = null;
      this.render();
      this.activeCell()?.focus({ preventScroll: true });
    };
    ok.addEventListener("click", () => close(true));
    cancel.addEventListener("click", () => close(false));
    dialog.addEventListener("keydown", (event) => {
      event.stopPropagation();
      if (event.key === "Escape") close(false);
      else if (event.key === "Enter" && event.target.tagName !== "BUTTON") close(true);
    });
    this.editing = { index, column, input: null };
    layer(this.table).append(dialog);
    (dialog.querySelector("input") ?? ok).focus();
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

  addPerson() {
    if (!this.store.dataset) return;
    const taken = new Set(this.people.map((p) => p?.id));
    const person = { id: this.freshId(taken), name: "", current: [], planned: [] };
    const index = this.people.length;
    this.store.commit({ type: "splice", path: ["people"], index, removed: [], inserted: [person] });
    this.focusCell(index, "name");
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
   * Rows pasted from a spreadsheet (tab-separated), from the active cell on.
   * The engine reads the whole block in one call (parsePaste); a block wider
   * than the grid, or one that would take the roster past the row limit, is
   * refused with a message before anything is applied.
   */
  onPaste(event) {
    if (this.editing || !this.store.dataset) return;
    const text = event.clipboardData?.getData("text/plain") ?? "";
    if (!text) return;
    event.preventDefault();
    const fields = COLUMNS.slice(this.active.col).map((c) => (c.kind === "computed" ? null : c.key));
    const block = this.parsePaste(text, { fields, titles: this.titleOptions(), lang: lang() });
    if (block.dropped.length) {
      const first = COLUMNS.length - fields.length;
      this.say(t("grid.pasteTooWide", { width: format.count(block.width), fit: format.count(fields.length), column: t(`fields.${COLUMNS[first].key}`), dropped: block.dropped.join(", ") }), true);
      return;
    }
    const lines = block.rows;
    const ops = [];
    const problems = [];
    const taken = new Set(this.people.map((p) => p?.id));
    const inserted = [];
    const newRows = Math.max(0, this.active.row + lines.length - this.view.length);
    if (this.people.length + newRows > block.maxRows) {
      this.say(t("grid.pasteTooMany", { rows: format.count(this.people.length + newRows), limit: format.count(block.maxRows) }), true);
      return;
    }
    let nextId = this.people.length + 1;
    lines.forEach((cells, r) => {
      const viewRow = this.active.row + r;
      let index = this.view[viewRow];
      if (index == null) {
        index = this.people.length + inserted.length;
        while (taken.has(`p${nextId}`)) nextId++;
        taken.add(`p${nextId}`);
        inserted.push({ id: `p${nextId}`, current: [], planned: [] });
      }
      cells.forEach((answer, c) => {
        const column = COLUMNS[this.active.col + c];
        if (!column || !answer) return;
        // A value the engine cannot read is kept as typed, so the report names it; nothing is dropped.
        const value = answer.error ? answer.text : answer.value;
        if (answer.error) problems.push(t("grid.pasteProblem", { row: index + 1, field: t(`fields.${column.key}`), message: answer.error }));
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
    this.store.commit({ type: "batch", ops });
    const summary = t("grid.pasted", { rows: format.count(lines.length), added: format.count(appended) });
    this.say(problems.length ? `${summary} ${problems.slice(0, 5).join(" ")}${problems.length > 5 ? " …" : ""}` : summary, problems.length > 0);
  }
}
