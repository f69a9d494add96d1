// The working dataset: one qhcb/1 object, changed only through operations
// that can be undone and redone, and saved in the browser (IndexedDB) after
// every change (workspace.js) so that a closed tab or a crash loses nothing.
// The dataset is saved as its JSON text (dataset-text.js), shared with the
// analysis: IndexedDB copies one string far faster than 100,000 objects.

import { DatasetText } from "./dataset-text.js";
import { nextTask } from "./dom.js";
import { defaultValue } from "./vocabulary.js";

/** After a failed save, the next try (and at the next change). */
const RETRY_MS = 15000;
const HISTORY_LIMIT = 200;

/** Today as an ISO date, in the browser's time zone (the review date of new data). */
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** A new, empty dataset reviewed today. */
export function emptyDataset(today) {
  return {
    format: "qhcb/1",
    unit: { name: "", level: defaultValue("unit", "level") },
    asOf: today,
    titles: [],
    people: [],
  };
}

// ---- operations -----------------------------------------------------------
// { type: "set", path: [...keys], before, after }  sets a value (undefined deletes it)
// { type: "splice", path: [...keys], index, removed: [...], inserted: [...] }
// { type: "batch", ops: [...] }

function parentOf(root, path) {
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (node[key] == null) node[key] = typeof key === "number" ? [] : {};
    node = node[key];
  }
  return node;
}

function applyOp(root, op) {
  switch (op.type) {
    case "set": {
      const parent = parentOf(root, op.path);
      const key = op.path[op.path.length - 1];
      if (op.after === undefined) delete parent[key];
      else parent[key] = structuredClone(op.after);
      break;
    }
    case "splice": {
      const list = op.path.reduce((node, key) => node[key], root);
      // `fresh`: the caller handed the rows over (just parsed, held nowhere else), so the
      // copy that keeps history and data apart is not needed the first time (100,000 rows:
      // 0.2 s). Later edits of these rows are undone before this step can be redone.
      const inserted = op.fresh ? op.inserted : structuredClone(op.inserted);
      delete op.fresh;
      // Pushed in slices: one splice call with 100,000 arguments overflows the stack.
      list.splice(op.index, op.removed.length);
      for (let i = 0; i < inserted.length; i += 10000) list.splice(op.index + i, 0, ...inserted.slice(i, i + 10000));
      break;
    }
    case "batch":
      for (const inner of op.ops) applyOp(root, inner);
      break;
    default:
      throw new Error(`unknown operation ${op.type}`);
  }
}

/** Whether an operation inserts or removes people (rows then shift). */
function movesPeople(op) {
  if (op.type === "batch") return op.ops.some(movesPeople);
  return op.type === "splice" && op.path.length === 1 && op.path[0] === "people";
}

function invert(op) {
  switch (op.type) {
    case "set":
      return { ...op, before: op.after, after: op.before };
    case "splice":
      return { ...op, removed: op.inserted, inserted: op.removed };
    case "batch":
      return { type: "batch", ops: op.ops.map(invert).reverse() };
    default:
      throw new Error(`unknown operation ${op.type}`);
  }
}

/**
 * An operation as the autosave's log keeps it (saved.js): what replaying it
 * needs, not what undoing it needs (no `before`, the count of `removed`).
 */
function loggedOp(op) {
  switch (op.type) {
    case "set":
      return { type: "set", path: op.path, after: op.after };
    case "splice":
      return { type: "splice", path: op.path, index: op.index, removed: op.removed.length, inserted: op.inserted };
    case "batch":
      return { type: "batch", ops: op.ops.map(loggedOp) };
    default:
      throw new Error(`unknown operation ${op.type}`);
  }
}

/** The rows an operation inserts: a large import is saved whole, not logged. */
function insertedRows(op) {
  if (op.type === "batch") return op.ops.reduce((sum, inner) => sum + insertedRows(inner), 0);
  return op.type === "splice" ? op.inserted.length : 0;
}

/** Applies the autosave's logged operations (loggedOp) to a dataset read from its head. */
export function replayLog(dataset, ops) {
  const asOp = (op) => {
    if (op.type === "batch") return { type: "batch", ops: op.ops.map(asOp) };
    // The inserted rows were just parsed: no copy.
    if (op.type === "splice") return { ...op, removed: { length: op.removed }, fresh: true };
    return op;
  };
  for (const op of ops) applyOp(dataset, asOp(op));
}

/** Edits saved as a log at most (store.saveOps): beyond them, and beyond LOG_ROWS rows inserted, the dataset is saved whole. */
const LOG_OPS = 1000;
const LOG_ROWS = 1000;
/** After the last save of a logged edit, the dataset is written whole (the log compacted) when nothing has changed for this long. */
const COMPACT_MS = 10000;

/** A "set" operation for `path`, reading the current value as `before`. */
export function setOp(dataset, path, after) {
  const before = path.reduce((node, key) => (node == null ? undefined : node[key]), dataset);
  return { type: "set", path, before: before === undefined ? undefined : structuredClone(before), after };
}

// ---- the store ----------------------------------------------------------------

export class Store {
  /**
   * `workspace` (workspace.js) saves the data and says whether this copy of
   * the tool may write it; without one (tests of the operations alone)
   * nothing is saved.
   */
  constructor(workspace = null) {
    this.workspace = workspace;
    this.dataset = null;
    /** { kind: "example" | "file" | "new" | "restored", name } */
    this.source = null;
    this.undoStack = [];
    this.redoStack = [];
    this.listeners = new Set();
    this.lastSaved = null;
    /** How many saves have completed (the tests wait on it). */
    this.saves = 0;
    /** Whether a change has not been saved yet. */
    this.unsaved = false;
    /** The error of the last save, until a save succeeds. */
    this.saveError = null;
    /** The dataset's JSON text, kept in slices that each change forgets in part. */
    this.text = new DatasetText();
    this.saveQueued = false;
    /** Saves asked for and not yet written, and their promises. */
    this.inflight = 0;
    this.writes = new Set();
    this.retry = null;
    /**
     * Counts the changes that move people to other rows (rows inserted or
     * removed, another dataset): a report made before such a change has
     * its computed figures on the wrong rows.
     */
    this.layout = 0;
    /**
     * The operations applied since the engine's roster last took them
     * (takeChanges): an edit crosses to the worker as operations. null
     * after a load: the roster is then read again whole.
     */
    this.changes = null;
    /** The bytes of the file the dataset was read from, while nothing has changed it. */
    this.loadedBytes = null;
    /**
     * Set by the page (analysis.js): true when the engine's worker holds the
     * dataset as it is (the roster) and can write the autosave itself, so
     * that no JSON text of a large roster is made here after each edit.
     */
    this.savedByEngine = () => false;
    /**
     * The operations applied since the last save was asked for: a large
     * roster's save logs them (saved.js appendLog) instead of writing the
     * whole roster. null when the next save must write it whole (after a
     * load, a failed save, too many or too large operations).
     */
    this.saveOps = null;
    this.compactTimer = null;
    /** Operations applied so far: a save says how many it holds (workspace.js `applied`). */
    this.applied = 0;
  }

  /** Forgets the operations applied so far: the engine's roster is then read again whole. */
  forgetChanges() {
    this.changes = null;
  }

  /** The operations applied since the last call, or null when the dataset was replaced whole meanwhile. */
  takeChanges() {
    const changes = this.changes;
    this.changes = [];
    return changes;
  }

  /** Whether this copy of the tool may change the data (it is the workspace's writer). */
  get writable() {
    return !this.workspace || this.workspace.writable;
  }

  /** The dataset as JSON text, shared by the analysis and the autosave of one change. */
  json() {
    return this.text.text(this.dataset);
  }

  /** The same, made a slice per task: for large datasets. */
  jsonSoon() {
    return this.text.textSoon(() => this.dataset);
  }

  /** Applies an operation to the dataset and forgets the JSON it changes. */
  apply(op) {
    applyOp(this.dataset, op);
    this.applied += 1;
    this.loadedBytes = null;
    if (this.saveOps && (this.saveOps.push(op) > LOG_OPS || insertedRows(op) > LOG_ROWS)) this.saveOps = null;
    // Many edits not taken (a small dataset is analysed here, whole): the roster is read again.
    if (this.changes?.push(op) > 1000) this.changes = null;
    this.text.forget(op);
    if (movesPeople(op)) this.layout += 1;
  }

  subscribe(listener) {
    this.listeners.add(listener);
  }

  notify(reason) {
    for (const listener of this.listeners) listener(reason);
  }

  /**
   * Replaces the whole dataset (open, new, restore); clears the history.
   * `save: false` for data that is already saved as it is (restored, or
   * followed from the writer while this copy only reads).
   */
  load(dataset, source, { save = true, bytes = null } = {}) {
    if (save && !this.refuseEdit()) return false;
    this.dataset = dataset;
    // The file's own bytes, for the engine's roster, until the first edit.
    this.loadedBytes = bytes;
    this.layout += 1;
    this.changes = null;
    // Data saved as it is (restored, followed) can have its edits logged on it; new data is written whole.
    this.saveOps = save ? null : [];
    this.text.forget(null);
    this.source = source;
    this.undoStack = [];
    this.redoStack = [];
    this.notify("load");
    clearTimeout(this.compactTimer);
    if (save) this.scheduleSave();
    // Restored with edits logged on its head: written whole once the user pauses.
    else this.compactLater();
    return true;
  }

  /** True when this copy may change the data; else says why not (read-only) and returns false. */
  refuseEdit() {
    if (this.writable) return true;
    this.notify({ readOnly: true });
    return false;
  }

  /** Applies an operation as one undoable step. */
  commit(op) {
    if (!this.dataset || !this.refuseEdit()) return;
    this.apply(op);
    this.undoStack.push(op);
    if (this.undoStack.length > HISTORY_LIMIT) this.undoStack.shift();
    this.redoStack = [];
    this.notify("edit");
    this.scheduleSave();
  }

  /**
   * Takes back `op` for good, without keeping it for redo (a cancelled
   * import). Only the latest step can be taken back, or the latest undone
   * one forgotten; returns whether the data is now without it.
   */
  retract(op) {
    if (this.redoStack[this.redoStack.length - 1] === op) {
      // Already undone: only the way back to it is dropped.
      this.redoStack.pop();
      this.notify("undo");
      return true;
    }
    if (this.undoStack[this.undoStack.length - 1] !== op) return false;
    this.undoStack.pop();
    this.apply(invert(op));
    this.notify("undo");
    this.scheduleSave();
    return true;
  }

  canUndo() {
    return this.writable && this.undoStack.length > 0;
  }

  canRedo() {
    return this.writable && this.redoStack.length > 0;
  }

  undo() {
    if (!this.refuseEdit()) return;
    const op = this.undoStack.pop();
    if (!op) return;
    this.apply(invert(op));
    this.redoStack.push(op);
    this.notify("undo");
    this.scheduleSave();
  }

  redo() {
    if (!this.refuseEdit()) return;
    const op = this.redoStack.pop();
    if (!op) return;
    this.apply(op);
    this.undoStack.push(op);
    this.notify("redo");
    this.scheduleSave();
  }

  // ---- autosave ---------------------------------------------------------------

  /**
   * Saves after every change, in a task of its own so that the change shows
   * first (changes made until then are saved together); a killed tab then
   * loses nothing, and pagehide saves at once.
   */
  scheduleSave() {
    this.unsaved = true;
    if (this.saveQueued || !this.workspace) return;
    this.saveQueued = true;
    nextTask()
      .then(() => (this.savedByEngine() ? null : this.jsonSoon()))
      .then(() => {
        if (this.saveQueued) this.saveNow();
      });
  }

  /**
   * Saves the dataset as it is now; resolves when it is written or has
   * failed (a failure is told to the listeners as { saveError }, and the
   * save is tried again a little later). `here` writes from this thread and
   * commits at once, when the page is being left and a worker may not live
   * long enough.
   */
  async saveNow({ here = false } = {}) {
    this.saveQueued = false;
    clearTimeout(this.retry);
    // Leaving the page: a save still on its way in the worker is written again here.
    const pending = this.unsaved || (here && this.inflight > 0);
    if (!this.dataset || !this.workspace || !pending || !this.workspace.writable) return;
    this.unsaved = false;
    this.inflight += 1;
    // The engine's roster writes the text itself (json null), except when the page is being left;
    // its edits since the last save are logged when they can be (the roster is then not copied).
    const json = !here && this.savedByEngine() ? null : this.json();
    const ops = json == null && this.saveOps ? this.saveOps.map(loggedOp) : null;
    this.saveOps = [];
    clearTimeout(this.compactTimer);
    const saving = this.workspace.save({ source: this.source, json, ops, applied: this.applied }, { here });
    this.writes.add(saving);
    try {
      this.lastSaved = await saving;
      this.saves += 1;
      this.saveError = null;
      this.notify("saved");
      this.compactLater();
    } catch (error) {
      // The edits of this save are not stored: the next writes the dataset whole.
      this.saveOps = null;
      this.unsaved = true;
      this.saveError = error;
      this.notify({ saveError: error });
      // Quota, a refused or aborted write: tried again, and at the next change.
      if (this.workspace.writable) this.retry = setTimeout(() => this.saveNow(), RETRY_MS);
    } finally {
      this.inflight -= 1;
      this.writes.delete(saving);
    }
  }

  /** With edits logged on the saved head, compacts COMPACT_MS from now (a later save or load asks again). */
  compactLater() {
    clearTimeout(this.compactTimer);
    if (this.workspace?.logged > 0) this.compactTimer = setTimeout(() => this.compact(), COMPACT_MS);
  }

  /** Writes the dataset whole in place of the edits logged since the last head (when the user has paused). */
  compact() {
    if (this.saveQueued || this.inflight > 0 || !this.workspace?.logged || !this.dataset || !this.writable) return;
    this.saveOps = null;
    this.unsaved = true;
    this.saveNow();
  }

  /** Resolves when every save asked for so far has been written or has failed (before the workspace is deleted). */
  async idle() {
    this.saveQueued = false;
    clearTimeout(this.compactTimer);
    await Promise.allSettled([...this.writes]);
    // A save that ended meanwhile may have asked for a compaction.
    clearTimeout(this.compactTimer);
  }
}
