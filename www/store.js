// The working dataset: one qhcb/1 object, changed only through operations
// that can be undone and redone, and saved in the browser (IndexedDB) after
// every change so that a closed tab or a crash loses nothing. The dataset is
// saved as its JSON text (dataset-text.js), shared with the analysis:
// IndexedDB copies one string far faster than 100,000 objects.

import { DatasetText } from "./dataset-text.js";
import { nextTask } from "./dom.js";
import { get, put, saveRecord, withDb } from "./saved.js";

const DEFAULT_KEY = "current";
/** Version of the saved record; a migration path starts here when it changes. */
export const SAVE_VERSION = 2;
const HISTORY_LIMIT = 200;

/** A new, empty dataset reviewed today. */
export function emptyDataset(today) {
  return {
    format: "qhcb/1",
    unit: { name: "", level: "province" },
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

/** A "set" operation for `path`, reading the current value as `before`. */
export function setOp(dataset, path, after) {
  const before = path.reduce((node, key) => (node == null ? undefined : node[key]), dataset);
  return { type: "set", path, before: before === undefined ? undefined : structuredClone(before), after };
}

// ---- the store ----------------------------------------------------------------

export class Store {
  /**
   * `key` names the saved workspace, so that several tools on one site keep
   * apart; `write(record, key)` writes a saved record (by default here; the
   * page passes one that writes in a worker).
   */
  constructor(key = DEFAULT_KEY, { write = saveRecord } = {}) {
    this.key = key;
    this.write = write;
    this.dataset = null;
    /** { kind: "example" | "file" | "new" | "restored", name } */
    this.source = null;
    this.undoStack = [];
    this.redoStack = [];
    this.listeners = new Set();
    this.lastSaved = null;
    /** How many saves have completed (the tests wait on it). */
    this.saves = 0;
    /** The dataset's JSON text, kept in slices that each change forgets in part. */
    this.text = new DatasetText();
    this.saveQueued = false;
    /**
     * Counts the changes that move people to other rows (rows inserted or
     * removed, another dataset): a report made before such a change has
     * its computed figures on the wrong rows.
     */
    this.layout = 0;
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
    this.text.forget(op);
    if (movesPeople(op)) this.layout += 1;
  }

  subscribe(listener) {
    this.listeners.add(listener);
  }

  notify(reason) {
    for (const listener of this.listeners) listener(reason);
  }

  /** Replaces the whole dataset (open, new, restore); clears the history. */
  load(dataset, source) {
    this.dataset = dataset;
    this.layout += 1;
    this.text.forget(null);
    this.source = source;
    this.undoStack = [];
    this.redoStack = [];
    this.notify("load");
    this.scheduleSave();
  }

  /** Applies an operation as one undoable step. */
  commit(op) {
    if (!this.dataset) return;
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
    return this.undoStack.length > 0;
  }

  canRedo() {
    return this.redoStack.length > 0;
  }

  undo() {
    const op = this.undoStack.pop();
    if (!op) return;
    this.apply(invert(op));
    this.redoStack.push(op);
    this.notify("undo");
    this.scheduleSave();
  }

  redo() {
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
    if (this.saveQueued) return;
    this.saveQueued = true;
    nextTask()
      .then(() => this.jsonSoon())
      .then(() => {
        if (this.saveQueued) this.saveNow();
      });
  }

  /**
   * Saves the dataset as it is now; resolves when it is written. `here`
   * writes from this thread, when the page is being left and a worker may
   * not live long enough.
   */
  async saveNow({ here = false } = {}) {
    this.saveQueued = false;
    if (!this.dataset) return;
    const record = {
      version: SAVE_VERSION,
      savedAt: new Date().toISOString(),
      source: this.source,
      json: this.json(),
    };
    try {
      if (here) {
        // Written here at once, and queued behind the worker's saves too: an
        // older save still in the worker must not be the last one written.
        this.write(record, this.key).catch(() => {});
        await saveRecord(record, this.key);
      } else {
        await this.write(record, this.key);
      }
      this.lastSaved = record.savedAt;
      this.saves += 1;
      this.notify("saved");
    } catch (error) {
      this.notify({ saveError: error });
    }
  }
}

/**
 * How to bring a saved record of an older version to the current one, by
 * version. Version 0 is a bare qhcb/1 dataset saved without the wrapper.
 */
const MIGRATIONS = {
  0: (raw) => ({ version: 1, savedAt: raw.savedAt ?? null, source: raw.source ?? null, dataset: raw.dataset ?? raw }),
  // Version 1 saved the dataset as objects; version 2 saves its JSON text.
  1: (raw) => ({ version: 2, savedAt: raw.savedAt ?? null, source: raw.source ?? null, json: JSON.stringify(raw.dataset ?? null) }),
};

/** The dataset of a current record, or null when it cannot be used. */
function datasetOf(record) {
  if (record?.version !== SAVE_VERSION || typeof record.json !== "string") return null;
  try {
    const dataset = JSON.parse(record.json);
    return dataset && typeof dataset === "object" && Array.isArray(dataset.people) ? dataset : null;
  } catch {
    return null;
  }
}

function migrate(raw) {
  let record = raw;
  for (let step = 0; step < 10 && record && typeof record === "object" && record.version !== SAVE_VERSION; step++) {
    const next = MIGRATIONS[record.version ?? 0];
    if (!next) break;
    record = next(record);
  }
  return record;
}

/**
 * The saved workspace: { dataset, source, savedAt } when a usable one is
 * saved; { corrupt: raw } when something is saved but cannot be used (it is
 * offered for export, never discarded); null when nothing is saved.
 */
export async function restore(key = DEFAULT_KEY) {
  let raw;
  try {
    raw = await withDb((db) => get(db, key));
  } catch {
    return null;
  }
  if (raw == null) return null;
  const record = migrate(raw);
  const dataset = datasetOf(record);
  if (dataset) return { dataset, source: record.source, savedAt: record.savedAt };
  // Keep the unusable record under a key of its own, so that the next save
  // does not overwrite it before the user has downloaded it.
  try {
    await withDb((db) => put(db, raw, `${key}-unusable-${Date.now()}`));
  } catch {
    // Nothing more can be done here; the record is still offered for download.
  }
  return { corrupt: raw };
}
