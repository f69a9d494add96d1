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

import { el, activeElement, put } from "./dom.js";
import { t, format, lang } from "./i18n.js";
import { peopleByRow } from "./report-people.js";
import { COLLATOR, fold, nameRanks } from "./names.js";
import { COLUMNS, nameCol, ROW_HEIGHT, ensureColumns, heading } from "./columns.js";
import { errorMethods } from "./grid-errors.js";
import { editingMethods } from "./grid-editing.js";
import { rowMethods } from "./grid-rows.js";
import { label as enumLabel, vocabulary } from "./vocabulary.js";

const ROWNUM_WIDTH = 56;
const OVERSCAN = 8;



/** Keys that only move the active cell. */
const MOVES = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "PageUp", "PageDown", "Home", "End", "Tab", "Enter"]);

export class PeopleGrid {
  /**
   * @param root an element to build the grid in
   * @param store the Store
   * @param parseCell the engine's parseCell
   */
  constructor(root, { store, parseCell, parsePaste, hold = null }) {
    ensureColumns(vocabulary());
    this.store = store;
    /** The tool's DrawHold: an edit is drawn when its report comes (or at once, without one). */
    this.hold = hold;
    this.parseCell = parseCell;
    /** The engine's parsePaste: a pasted block read in one call. */
    this.parsePaste = parsePaste;
    this.report = null;
    this.view = [];
    this.active = { row: 0, col: nameCol() };
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
      // Rows held for a report are drawn now: a scroll shows them.
      this.hold?.flush();
      // Read here, where layout is clean: rendering then reads no layout.
      this.readGeometry();
      this.scheduleRender({ scrolled: true });
      this.placeBubble();
    });
    // What is typed, composed or copied in the active cell finds its text selected.
    // (Not the keys that only move: a held key would select each cell it leaves.)
    for (const type of ["keydown", "compositionstart", "beforeinput", "copy"]) {
      this.table.addEventListener(type, (event) => (type !== "keydown" || !MOVES.has(event.key)) && this.selectNow(), true);
    }
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
      if (!this.table.contains(event.relatedTarget)) put(this.bubble, "hidden", true);
    });
    new ResizeObserver(() => {
      // Called after layout: the scroller's size (and, shown again, its scroll) cost nothing to read.
      this.readGeometry();
      this.scheduleRender();
      this.placeBubble();
    }).observe(this.scroller);
  }

  /**
   * The scroller's geometry, read when it is known to be laid out (a scroll,
   * a resize) and kept: rendering after an edit reads no layout of its own,
   * which would force the browser to lay the changed rows out twice.
   */
  readGeometry() {
    const s = this.scroller;
    this.geometry = { top: s.scrollTop, left: s.scrollLeft, height: s.clientHeight, width: s.clientWidth, head: this.head.offsetHeight };
    return this.geometry;
  }

  /** Scrolls the grid, keeping the geometry read. */
  scrollGridTo({ top, left }) {
    const g = this.geometry ?? this.readGeometry();
    if (top !== undefined) {
      this.scroller.scrollTop = top;
      g.top = Math.max(0, top);
    }
    if (left !== undefined) {
      this.scroller.scrollLeft = left;
      g.left = Math.max(0, left);
    }
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
      const label = heading(column);
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
  setReport(report, changedRows = null) {
    if (report !== this.report) {
      const before = this.report;
      this.report = report;
      // Computed fields by row, from the report's peopleColumns (report-people.js).
      this.computed = peopleByRow(report, this.computed);
      // A report built from the one before (issue 18) keeps its findings and exclusions when they did not change.
      const sameFindings = !!before && report?.findings === before.findings;
      if (!sameFindings) {
        this.problems = new Map();
        for (const f of report?.findings ?? []) {
          // A row left out, or a value kept as written and counted as unknown (issue 16).
          if ((f.code === "invalid-row" || f.code === "invalid-value") && f.row != null) {
            const key = `${f.row}:${f.field ?? ""}`;
            this.problems.set(key, [...(this.problems.get(key) ?? []), f.message]);
          }
        }
      }
      const sameExcluded = !!before && report?.excluded === before.excluded;
      if (!sameExcluded) this.excluded = new Set((report?.excluded ?? []).map((e) => e.index));
      // Only some people's computed fields changed, the rows in their own order, and nothing
      // else the grid shows or filters by: those rows alone are drawn again.
      if (changedRows && sameFindings && sameExcluded && this.patchRows(changedRows)) return;
    }
    this.refresh();
  }

  /**
   * Draws again the rows of people `rows` (dataset rows) where they are
   * shown, when every row is shown in its own order (no sort, filter or
   * search: an edited value cannot move a row). Returns false when it
   * cannot, and the caller refreshes the whole view.
   */
  patchRows(rows) {
    const people = this.people;
    if (this.sort || this.filter !== "all" || this.unitFilter || this.search) return false;
    if (this.view !== this.identity || this.view.length !== people.length) return false;
    if (this.drawing) {
      // Drawn once the drawing under way ends.
      this.drawing.render = true;
      return true;
    }
    if (this.editing || !this.rowEls) return true;
    const shared = this.sharedKey();
    for (const row of rows) {
      const tr = this.rowEls.get(row);
      if (!tr) continue;
      patchRow(tr, this.rowModel(row));
      tr.qhcbKey = this.rowKey(row, shared);
    }
    return true;
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

  /** Shows only the rows `keep(person)` accepts (null: every row). */
  setUnitFilter(keep) {
    this.unitFilter = keep;
    this.refresh();
  }

  /** Recomputes the visible order (filter, search, sort) and re-renders. */
  refresh() {
    const people = this.people;
    // Every row in its own order (the common case) is the same list after an edit: made once per length.
    if (this.identity?.length !== people.length) this.identity = people.map((_, i) => i);
    let view = this.identity;
    if (this.sort) view = view.slice();
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
    // Written only when it changes: an unchanged text left alone needs no new style or layout.
    const count = t("grid.count", { shown: format.count(view.length), total: format.count(people.length) });
    if (this.count.textContent !== count) this.count.textContent = count;
    const rowCount = String(view.length + 1);
    if (this.table.getAttribute("aria-rowcount") !== rowCount) this.table.setAttribute("aria-rowcount", rowCount);
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
      if (column.key === "retirementDate") return c.retirementDay;
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
    const g = this.geometry ?? this.readGeometry();
    const height = g.height || 480;
    const shown = Math.ceil(height / ROW_HEIGHT);
    // A scroll kept from before the rows grew fewer (a filter, a search) still shows the last rows.
    const first = Math.max(0, Math.min(Math.floor(g.top / ROW_HEIGHT), this.view.length - shown) - overscan);
    const last = Math.min(this.view.length, first + shown + 2 * overscan);
    return { first, last };
  }

  /**
   * Renders the rows in view, with spacer rows standing for the others. A row
   * whose cells would be drawn as they are is kept as it is: after an edit
   * only the edited row (and the rows the active cell left and entered) is
   * drawn again, so the browser lays out one row, not every visible one.
   */
  render() {
    if (this.editing) return;
    if (this.drawing) {
      this.drawing.render = true;
      return;
    }
    // Rows may have moved with an edit whose report is on its way: drawn with it (DrawHold).
    if (this.hold?.on) {
      if (!this.renderHeld) this.hold.defer(() => ((this.renderHeld = false), this.render()));
      this.renderHeld = true;
      return;
    }
    // Focus goes from a confirmed editor straight to the active cell: taking the editor out
    // first would move it to the page, then to the cell (each a restyle and a layout).
    const focused = activeElement(this.table);
    if (!this.editing && focused?.classList?.contains("cell-editor") && this.table.contains(focused)) this.activeCell()?.focus({ preventScroll: true });
    const { first, last } = this.rowsInView(OVERSCAN);
    this.drawn = { first, last };
    const hadFocus = this.table.contains(activeElement(this.table));
    if (this.view.length === 0) {
      this.rowEls = new Map();
      // Focusable, so that Ctrl+V and typing work on an empty grid.
      const empty = el("td", { colspan: String(COLUMNS.length + 1), class: "empty", tabindex: "0", contenteditable: "true", spellcheck: "false", "data-empty": "true" }, t("grid.empty"));
      this.body.replaceChildren(el("tr", {}, empty));
      if (hadFocus) empty.focus({ preventScroll: true });
      this.bubble.hidden = true;
      return;
    }
    this.topSpacer ??= el("tr", { class: "spacer", "aria-hidden": "true" });
    this.bottomSpacer ??= el("tr", { class: "spacer", "aria-hidden": "true" });
    setHeight(this.topSpacer, first * ROW_HEIGHT);
    setHeight(this.bottomSpacer, (this.view.length - last) * ROW_HEIGHT);
    const kept = this.rowEls ?? new Map();
    const rows = new Map();
    const wanted = [this.topSpacer];
    const shared = this.sharedKey();
    for (let r = first; r < last; r++) {
      let tr = kept.get(r);
      // A row whose inputs are those it was drawn from is left as it is (an edit patches one).
      const key = this.rowKey(r, shared);
      if (!tr) tr = buildRow(this.rowModel(r));
      else if (!sameList(tr.qhcbKey, key)) patchRow(tr, this.rowModel(r));
      tr.qhcbKey = key;
      rows.set(r, tr);
      wanted.push(tr);
    }
    wanted.push(this.bottomSpacer);
    this.rowEls = rows;
    reconcile(this.body, wanted);
    if (hadFocus) this.focusActive();
  }

  /**
   * Runs `work` (an edit confirmed, then a move) drawing the grid and
   * focusing its active cell once, at the end, however often `work` asks.
   */
  drawOnce(work) {
    if (this.drawing) return work();
    const drawing = (this.drawing = { render: false, focus: false });
    try {
      return work();
    } finally {
      this.drawing = null;
      // While an edit's report is on its way, both wait to be drawn with it (DrawHold).
      if (drawing.render) this.render();
      if (drawing.focus) this.focusActive();
    }
  }

  /** Forgets how a row was drawn (its cell was edited in place): the next render draws it again. */
  redrawRow(r = this.active.row) {
    const tr = this.rowEls?.get(r);
    if (!tr) return;
    tr.qhcbDrawn = tr.qhcbKey = null;
    for (const cell of tr.cells) cell.qhcbDrawn = null;
  }

  /** What every row is drawn from besides its own inputs (rowKey). */
  sharedKey() {
    // (The paste problems are replaced, never changed in place: their list stands for them.)
    return [lang(), COLUMNS, JSON.stringify(this.titles), this.problems, this.excluded, this.pasteProblems];
  }

  /**
   * Everything row `r`'s model (rowModel) is made from: equal keys make equal
   * models, so a row whose key has not changed is not modelled again.
   */
  rowKey(r, shared) {
    const index = this.view[r];
    const c = this.computed?.at(index);
    const computed = c ? `${c.age.years} ${c.age.months} ${c.retirementDay} ${c.monthsLeft}` : "";
    return [index, r, r === this.active.row ? this.active.col : -1, JSON.stringify(this.people[index] ?? null), computed, ...shared];
  }

  /** What a row shows: [row attributes, row number cell, [cell attributes, text] per column]; equal models draw equal rows. */
  rowModel(r) {
    const index = this.view[r];
    const person = this.people[index] ?? {};
    const excluded = this.excluded?.has(index);
    const rowProblem = this.problems?.get(`${index}:`);
    const typedInto = this.rowHasData(index);
    return [
      { "data-index": String(index), "aria-rowindex": String(r + 2), class: excluded ? "invalid" : null },
      [{ scope: "row", class: "rownum", "aria-colindex": "1", title: rowProblem?.join("\n") ?? null }, String(index + 1)],
      COLUMNS.map((column, col) => {
        const problems = this.cellProblems(index, column.key, typedInto);
        const active = r === this.active.row && col === this.active.col;
        const shown = this.display(person, column, index);
        const full = this.fullText(person, column, index, shown);
        // On hover: the full text, or the text itself where a long one may not fit.
        const long = column.kind === "computed" || shown.length > column.width / 9;
        const hover = [full !== shown ? full : long && shown ? shown : null, ...(problems ?? [])].filter(Boolean);
        return [
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
        ];
      }),
    ];
  }

  /** The text a cell shows; `index` is the person's row (for computed fields). */
  display(person, column, index) {
    const value = person[column.key];
    switch (column.kind) {
      case "computed": {
        const c = this.computed?.at(index);
        if (!c) return "";
        if (column.key === "age") return t("grid.age", { years: c.age.years, months: c.age.months });
        if (column.key === "retirementDate") return format.day(c.retirementDay);
        return format.count(c.monthsLeft);
      }
      case "bool":
        return (value ?? column.defaultValue ?? false) === true ? "✓" : value == null || value === false ? "" : String(value);
      case "enum":
        return value == null ? "" : enumLabel(column.enumeration, value);
      case "date":
        return format.date(value);
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
    if (column.key === "monthsLeft" && shown) {
      const months = this.computed?.at(index)?.monthsLeft ?? 0;
      return months < 0 ? t("grid.monthsPastFull", { months: format.count(-months) }) : t("grid.monthsLeftFull", { months: shown });
    }
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

  /**
   * Whether a drawing held for a report may still focus the grid: the user
   * has not gone on to an edit or another control since it was asked for
   * (from `from`, the element focused then: "Thêm cán bộ" moves on to the new row).
   */
  mayTakeFocus(from) {
    const focused = activeElement(this.table);
    return !this.editing && (!focused || focused === document.body || focused === from || this.table.contains(focused));
  }

  /** Focuses the active cell, its text selected so that what is typed or composed replaces it. */
  focusActive() {
    if (this.drawing) {
      this.drawing.focus = true;
      return;
    }
    if (this.hold?.on) {
      if (!this.focusHeld) {
        const from = activeElement(this.table);
        this.hold.defer(() => ((this.focusHeld = false), this.mayTakeFocus(from) && this.focusActive()));
      }
      this.focusHeld = true;
      return;
    }
    const cell = this.activeCell();
    if (!cell) return;
    // Focusing the focused cell again would only make the browser bring its styles up to date.
    if (activeElement(this.table) !== cell) cell.focus({ preventScroll: true });
    // The attribute, not isContentEditable: that would bring the styles up to date first.
    if (cell.hasAttribute("contenteditable")) this.selectSoon(cell);
    this.showProblem();
  }

  /**
   * Selects the text of the focused cell once the page is idle: only what is
   * typed, composed or copied there uses it, and setting it lays the page out
   * (about 2 ms at 100,000 people, after an edit's frame rather than in it).
   * A key, a composition or a copy before then selects it at once (selectNow).
   */
  selectSoon(cell) {
    this.toSelect = cell;
    const later = globalThis.requestIdleCallback ?? ((work) => setTimeout(work, 16));
    later(() => this.selectNow(), { timeout: 100 });
  }

  selectNow() {
    const cell = this.toSelect;
    this.toSelect = null;
    if (!cell?.isConnected || activeElement(this.table) !== cell) return;
    try {
      (cell.getRootNode().getSelection?.() ?? document.getSelection())?.selectAllChildren(cell);
    } catch {
      // A selection that cannot be set leaves the caret where it is: typing still starts an edit.
    }
  }

  /** Makes a cell active, scrolling it into view both ways. */
  moveTo(row, col) {
    const rows = this.view.length;
    if (rows === 0) return;
    this.active = { row: Math.max(0, Math.min(rows - 1, row)), col: Math.max(0, Math.min(COLUMNS.length - 1, col)) };
    const top = this.active.row * ROW_HEIGHT;
    // The geometry kept from the last scroll or resize: moving reads no layout.
    const g = this.geometry ?? this.readGeometry();
    const headHeight = g.head || ROW_HEIGHT;
    if (top < g.top) this.scrollGridTo({ top });
    else if (top + ROW_HEIGHT > g.top + g.height - headHeight) {
      this.scrollGridTo({ top: top + ROW_HEIGHT - g.height + headHeight });
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
    const g = this.geometry ?? this.readGeometry();
    const view = g.width || 800;
    if (col < nameCol()) {
      if (left - EDGE - ROWNUM_WIDTH < g.left) this.scrollGridTo({ left: 0 });
      return;
    }
    const frozen = EDGE + ROWNUM_WIDTH + COLUMNS[nameCol()].width;
    if (left - g.left < frozen) this.scrollGridTo({ left: left - frozen });
    else if (right - g.left > view) this.scrollGridTo({ left: right - view });
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
    this.moveTo(this.view.indexOf(index), col === -1 ? nameCol() : col);
  }

}

/** A spacer row's height, set only when it changes. */
function setHeight(tr, px) {
  const height = `${px}px`;
  if (tr.style.height !== height) tr.style.height = height;
}

/** A row drawn from its model (PeopleGrid.rowModel). */
function buildRow([rowAttrs, head, cells]) {
  const tr = el("tr", rowAttrs, buildCell("th", head), cells.map((cell) => buildCell("td", cell)));
  tr.qhcbDrawn = rowAttrs;
  return tr;
}

/** A cell drawn from its model ([attributes, text]), remembering it. */
function buildCell(tag, model) {
  const cell = el(tag, model[0], model[1]);
  cell.qhcbDrawn = model;
  return cell;
}

/** Whether two lists hold the same items (===), in order. */
function sameList(a, b) {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether two models' attributes are the same (the grid's models list their attributes in one order). */
function sameAttributes(a, b) {
  if (!a || !b) return false;
  for (const key in a) if (a[key] !== b[key]) return false;
  return true;
}

/**
 * Brings a drawn row to its model, touching only the cells that differ: the
 * browser then restyles and lays out those cells, not the row or the grid.
 */
function patchRow(tr, [rowAttrs, head, cells]) {
  if (!sameAttributes(tr.qhcbDrawn, rowAttrs)) {
    setAttributes(tr, rowAttrs);
    tr.qhcbDrawn = rowAttrs;
  }
  const drawn = tr.cells;
  patchCell(drawn[0], head);
  for (let i = 0; i < cells.length; i++) patchCell(drawn[i + 1], cells[i]);
}

function patchCell(cell, model) {
  const drawn = cell.qhcbDrawn;
  if (drawn && drawn[1] === model[1] && sameAttributes(drawn[0], model[0])) return;
  setAttributes(cell, model[0]);
  // Also takes an editor or composed text out of the cell.
  if (cell.childNodes.length !== 1 || cell.firstChild.nodeType !== Node.TEXT_NODE) cell.textContent = model[1];
  else if (cell.firstChild.data !== model[1]) cell.firstChild.data = model[1];
  cell.qhcbDrawn = model;
}

/** Sets the attributes of a model on an element (null or false: removed), as el() does. */
function setAttributes(node, attrs) {
  for (const [key, value] of Object.entries(attrs)) {
    const text = value === false || value == null ? null : value === true ? "" : String(value);
    if (text === null) {
      if (node.hasAttribute(key)) node.removeAttribute(key);
    } else if (node.getAttribute(key) !== text) node.setAttribute(key, text);
  }
}

/** Makes `parent`'s children the nodes of `wanted`, in order, moving and removing as few as it can. */
function reconcile(parent, wanted) {
  const keep = new Set(wanted);
  for (let node = parent.firstChild; node; ) {
    const next = node.nextSibling;
    if (!keep.has(node)) node.remove();
    node = next;
  }
  let cursor = parent.firstChild;
  for (const node of wanted) {
    if (node === cursor) cursor = cursor.nextSibling;
    else parent.insertBefore(node, cursor);
  }
}

// The grid's other jobs, each in its own file.
Object.assign(PeopleGrid.prototype, errorMethods, editingMethods, rowMethods);
