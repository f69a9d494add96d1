// Part of the people grid (grid.js): the cells the report's invalid-row
// findings and the paste marked, the error line with "Đến lỗi tiếp theo"
// (F8), and the active cell's problem shown beside it.

import { t, format } from "./i18n.js";
import { put } from "./dom.js";
import { COLUMNS, nameCol } from "./columns.js";

export const errorMethods = {
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
      const col = key ? COLUMNS.findIndex((c) => c.key === key) : nameCol();
      const at = `${row}:${col < 0 ? nameCol() : col}`;
      if (seen.has(at)) return;
      seen.add(at);
      cells.push({ row, col: col < 0 ? nameCol() : col });
    };
    for (const key of this.problems?.keys() ?? []) {
      const [index, field] = key.split(":");
      if (this.rowHasData(Number(index))) add(Number(index), field);
    }
    for (const p of this.livePasteProblems()) add(p.index, p.key);
    return cells.sort((a, b) => a.row - b.row || a.col - b.col);
  },

  /** Paste problems whose cell still holds the text that could not be read. */
  livePasteProblems() {
    const live = this.pasteProblems.filter((p) => this.people[p.index]?.[p.key] === p.raw);
    // The same list while none went: the grid's rows are keyed by it (rowKey).
    if (live.length !== this.pasteProblems.length) this.pasteProblems = live;
    return this.pasteProblems;
  },

  /** The summary line: how many cells have errors, and a button to go to the next. */
  showErrors() {
    const cells = this.errorCells();
    put(this.errorLine, "hidden", cells.length === 0);
    this.errorCount.textContent = cells.length ? t("grid.errorCount", { count: format.count(cells.length) }) : "";
    // A paste's summary keeps only the problems not yet fixed.
    if (this.pasteSummary) {
      const live = this.livePasteProblems();
      const text = live.map((p) => p.message);
      this.say(text.length ? `${this.pasteSummary} ${text.slice(0, 5).join(" ")}${text.length > 5 ? " …" : ""}` : this.pasteSummary, text.length > 0);
      if (!text.length) this.pasteSummary = "";
    }
  },

  /** Moves to the next cell with an error after the active one (from the top after the last). */
  nextError() {
    const cells = this.errorCells();
    if (!cells.length) return;
    const { row, col } = this.active;
    const next = cells.find((c) => c.row > row || (c.row === row && c.col > col)) ?? cells[0];
    this.moveTo(next.row, next.col);
  },

  /** The problems of a cell: the report's, and a paste's that still stands (none in a row not yet typed into). */
  cellProblems(index, key, typedInto = this.rowHasData(index)) {
    if (!typedInto || (!this.problems?.size && !this.pasteProblems.length)) return null;
    const found = [...(this.problems?.get(`${index}:${key}`) ?? [])];
    for (const p of this.pasteProblems) if (p.index === index && p.key === key && this.people[index]?.[key] === p.raw) found.push(p.message);
    return found.length ? found : null;
  },

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
      put(this.bubble, "hidden", true);
      put(this.bubble, "textContent", "");
      return;
    }
    this.bubble.textContent = text;
    this.bubble.hidden = false;
    this.bubbleCell = cell;
    this.placeBubble();
  },

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
  },

};
