// Part of the people grid (grid.js): the keyboard and the mouse as in Excel
// (arrows, Enter, Tab, F2, Escape, Space, Delete), typing and input methods
// into a cell, values read by the engine's parseCell, and the titles picker.

import { el, activeElement } from "./dom.js";
import { t, lang } from "./i18n.js";
import { setOp } from "./store.js";
import { COLUMNS, ROW_HEIGHT, heading } from "./columns.js";
import { values } from "./vocabulary.js";

/**
 * The titles picker loads on demand (the first visit stays small): asked for
 * when the page is idle after it starts, so that it is in before a titles
 * cell is first edited.
 */
let picker = null;
export function loadTitlePicker() {
  picker ??= import("./title-picker.js").catch((error) => {
    picker = null;
    throw error;
  });
  return picker;
}

export const editingMethods = {
  // ---- interaction ---------------------------------------------------------------

  onClick(event) {
    const cell = event.target.closest("td[data-col]");
    if (!cell || this.editing) return;
    this.tabStart = null;
    this.moveTo(Number(cell.dataset.row), Number(cell.dataset.col));
  },

  /** Enter: down one row, back to the column where a run of Tabs began; below the last row a new one. */
  enterDown(up = false) {
    const col = this.tabStart ?? this.active.col;
    this.tabStart = null;
    if (!up && this.active.row === this.view.length - 1 && this.filter === "all" && !this.search && this.rowHasData(this.currentIndex())) {
      this.addPerson(COLUMNS[col].key);
      return;
    }
    this.moveTo(this.active.row + (up ? -1 : 1), col);
  },

  /** Tab: right (or left) one column, remembering where the run began. */
  tabMove(back) {
    this.tabStart ??= this.active.col;
    this.moveTo(this.active.row, this.active.col + (back ? -1 : 1));
  },

  rowHasData(index) {
    const person = this.people[index];
    return !!person && COLUMNS.some((c) => c.key !== "id" && c.kind !== "computed" && person[c.key] != null && person[c.key] !== "" && !(Array.isArray(person[c.key]) && !person[c.key].length));
  },

  /** Keys on a column header: arrows along the headers and down into the rows; Enter or Space sorts. */
  onHeaderKey(event, col) {
    const buttons = this.head.querySelectorAll("button.sort");
    const to = { ArrowLeft: col - 1, ArrowRight: col + 1, Home: 0, End: COLUMNS.length - 1 }[event.key];
    if (to !== undefined) {
      event.preventDefault();
      buttons[Math.max(0, Math.min(COLUMNS.length - 1, to))]?.focus();
    } else if (event.key === "ArrowDown" && this.view.length) {
      event.preventDefault();
      this.moveTo(Math.floor((this.geometry ?? this.readGeometry()).top / ROW_HEIGHT), col);
    }
  },

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
    const page = Math.max(1, Math.floor((this.geometry ?? this.readGeometry()).height / ROW_HEIGHT) - 1);
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
  },

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
  },

  /** An input method composed text in the cell (Telex, VNI): the edit starts with all of it. */
  onCompositionEnd(event) {
    const cell = event.target.closest?.("td[data-col], td[data-empty]");
    if (!cell || this.editing) return;
    const text = event.data ?? "";
    if (text && cell.dataset.empty) this.addPerson("name", text);
    else if (text) this.beginEdit(text);
    else {
      // The input method wrote into the cell itself: it is drawn again.
      this.redrawRow();
      this.render();
      this.focusActive();
    }
  },

  currentIndex() {
    return this.view[this.active.row];
  },

  /**
   * Writes a field of the active row as one undoable step, with the fields
   * the same text also fills (`also` of the engine's answer: "Tày" typed in
   * the ethnic column sets the group beside the yes/no).
   */
  write(index, key, value, also) {
    const dataset = this.store.dataset;
    const unchanged = ([k, v]) => JSON.stringify(dataset.people[index]?.[k] ?? null) === JSON.stringify(v ?? null);
    const changes = [[key, value], ...Object.entries(also ?? {})].filter((entry) => !unchanged(entry));
    if (!changes.length) return;
    const ops = changes.map(([k, v]) => setOp(dataset, ["people", index, k], v ?? undefined));
    this.store.commit(ops.length === 1 ? ops[0] : { type: "batch", ops });
  },

  toggle() {
    const index = this.currentIndex();
    const column = COLUMNS[this.active.col];
    if (index == null || column.kind !== "bool") return;
    const current = this.people[index]?.[column.key] ?? column.defaultValue ?? false;
    this.write(index, column.key, !(current === true));
  },

  clearCell() {
    const index = this.currentIndex();
    const column = COLUMNS[this.active.col];
    if (index == null || column.kind === "computed") return;
    this.write(index, column.key, column.kind === "titles" ? [] : undefined);
  },

  titleOptions() {
    return this.titles.filter((x) => x && typeof x.id === "string").map((x) => ({ id: x.id, name: x.name ?? null }));
  },

  /** The labels of a coded field's values (the engine reads each back as its value). */
  suggestions(column) {
    return values(column.enumeration).map((v) => v.label);
  },

  /** Reads a typed value with the engine; `{ value, also? }` or `{ error }`. */
  read(column, text) {
    return this.parseCell(column.key, text, { titles: this.titleOptions(), lang: lang() });
  },

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
      "aria-label": heading(column),
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
    // The cell holds the editor now: the next render draws its row again.
    this.redrawRow();
    cell.removeAttribute("contenteditable");
    cell.replaceChildren(input, list ?? "");
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    input.addEventListener("keydown", (event) => {
      // Confirmed already, and still in its cell while the edit's drawing is held (DrawHold): the
      // grid takes the key as the active cell's.
      if (this.editing?.input !== input) return;
      event.stopPropagation();
      if (event.isComposing) return;
      if (event.key === "Escape") {
        event.preventDefault();
        this.endEdit(false);
      } else if (event.key === "Enter") {
        event.preventDefault();
        // Confirmed and moved in one drawing of the grid (the commit, the edit's end and the move each ask for one).
        this.drawOnce(() => this.endEdit(true) && this.enterDown(event.shiftKey));
      } else if (event.key === "Tab") {
        event.preventDefault();
        this.drawOnce(() => this.endEdit(true) && this.tabMove(event.shiftKey));
      } else if ((event.key === "ArrowUp" || event.key === "ArrowDown") && !event.altKey) {
        // As in Excel after typing: the arrow confirms and moves.
        event.preventDefault();
        this.drawOnce(() => this.endEdit(true) && this.moveTo(this.active.row + (event.key === "ArrowUp" ? -1 : 1), this.active.col));
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
  },

  /**
   * Writes the text of an edit in progress as it is, valid or not (the page
   * is being left: typing is never lost; the engine flags a bad value).
   */
  flush() {
    const editing = this.editing;
    if (!editing?.input) return;
    const answer = this.read(editing.column, editing.input.value);
    this.editing = null;
    this.write(editing.index, editing.column.key, answer.error ? editing.input.value : answer.value, answer.error ? null : answer.also);
  },

  /** Ends an edit; returns false (and keeps editing) when the text is not a value. */
  endEdit(save) {
    const editing = this.editing;
    if (!editing) return true;
    if (save) {
      const answer = this.read(editing.column, editing.input.value);
      if (answer.error) {
        editing.input.setAttribute("aria-invalid", "true");
        const message = t("grid.cellError", { field: heading(editing.column), message: answer.error });
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
      this.write(editing.index, editing.column.key, answer.value, answer.also);
    } else {
      this.editing = null;
      this.say("");
    }
    this.render();
    this.focusActive();
    return true;
  },

  /** The searchable titles list of a cell, under it. */
  pickTitles(index, column, initial) {
    const anchor = this.activeCell();
    const editing = (this.editing = { index, column, input: null });
    loadTitlePicker().then(
      ({ openTitlePicker }) => {
        // Another edit started meanwhile (the module was still loading): that one goes on.
        if (this.editing !== editing) return;
        this.openPicker(openTitlePicker, anchor, index, column, initial);
      },
      (error) => {
        if (this.editing === editing) this.editing = null;
        this.say(error.message, true);
      },
    );
  },

  openPicker(openTitlePicker, anchor, index, column, initial) {
    openTitlePicker({
      anchor,
      titles: this.titleOptions(),
      chosen: Array.isArray(this.people[index]?.[column.key]) ? this.people[index][column.key] : [],
      initial,
      label: heading(column),
      onDone: (ids, move) => {
        this.editing = null;
        if (ids) this.write(index, column.key, ids);
        this.render();
        if (move === "down" || move === "up") this.enterDown(move === "up");
        else if (move === "right" || move === "left") this.tabMove(move === "left");
        else if (this.table.contains(activeElement(this.table)) || !activeElement(this.table) || activeElement(this.table) === document.body) this.focusActive();
      },
    });
  },

  say(message, isError = false) {
    this.status.textContent = message;
    this.status.classList.toggle("error-text", isError);
  },

};
