// Part of the people grid (grid.js): adding and deleting people, and rows
// pasted from a spreadsheet (read by the engine's parsePaste in one call).

import { t, lang, format } from "./i18n.js";
import { ensureDataset } from "./editors.js";
import { COLUMNS, heading } from "./columns.js";

export const rowMethods = {
  // ---- rows ------------------------------------------------------------------------

  /** An id not used by any row: p1, p2, … */
  freshId(taken) {
    let n = this.people.length + 1;
    while (taken.has(`p${n}`)) n++;
    taken.add(`p${n}`);
    return `p${n}`;
  },

  /** Adds a person at the end and makes a cell of it active (starting an edit with `typed`). */
  addPerson(field = "name", typed) {
    ensureDataset(this.store);
    const taken = new Set(this.people.map((p) => p?.id));
    const person = { id: this.freshId(taken), name: "", current: [], planned: [] };
    const index = this.people.length;
    this.store.commit({ type: "splice", path: ["people"], index, removed: [], inserted: [person] });
    this.focusCell(index, field);
    if (typed) this.beginEdit(typed);
  },

  deleteActive() {
    const index = this.currentIndex();
    if (index == null) return;
    const removed = [structuredClone(this.people[index])];
    this.store.commit({ type: "splice", path: ["people"], index, removed, inserted: [] });
    this.say(t("grid.deleted", { id: removed[0]?.id ?? index + 1 }));
    this.moveTo(this.active.row, this.active.col);
  },

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
      const column = heading(COLUMNS[this.active.col]);
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
          problems.push({ index, key: column.key, raw: answer.text, message: t("grid.pasteProblem", { row: index + 1, field: heading(column), message: answer.error }) });
        }
        ops.push({ type: "set", path: ["people", index, column.key], before: undefined, after: value ?? undefined });
        // The fields the same text also fills ("Tày": the group beside the yes/no).
        for (const [key, also] of Object.entries(answer.also ?? {})) {
          ops.push({ type: "set", path: ["people", index, key], before: undefined, after: also ?? undefined });
        }
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
  },
};
