// The working dataset: one qhcb/1 object, changed only through operations
// that can be undone and redone, and saved in the browser (IndexedDB) after
// every change so that a closed tab or a crash loses nothing.

const DB_NAME = "qhcb";
const DB_STORE = "workspace";
const DEFAULT_KEY = "current";
/** Version of the saved record; a migration path starts here when it changes. */
export const SAVE_VERSION = 1;
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
      list.splice(op.index, op.removed.length, ...structuredClone(op.inserted));
      break;
    }
    case "batch":
      for (const inner of op.ops) applyOp(root, inner);
      break;
    default:
      throw new Error(`unknown operation ${op.type}`);
  }
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
  /** `key` names the saved workspace, so that several tools on one site keep apart. */
  constructor(key = DEFAULT_KEY) {
    this.key = key;
    this.dataset = null;
    /** { kind: "example" | "file" | "new" | "restored", name } */
    this.source = null;
    this.undoStack = [];
    this.redoStack = [];
    this.listeners = new Set();
    this.lastSaved = null;
    /** How many saves have completed (the tests wait on it). */
    this.saves = 0;
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
    this.source = source;
    this.undoStack = [];
    this.redoStack = [];
    this.notify("load");
    this.scheduleSave();
  }

  /** Applies an operation as one undoable step. */
  commit(op) {
    if (!this.dataset) return;
    applyOp(this.dataset, op);
    this.undoStack.push(op);
    if (this.undoStack.length > HISTORY_LIMIT) this.undoStack.shift();
    this.redoStack = [];
    this.notify("edit");
    this.scheduleSave();
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
    applyOp(this.dataset, invert(op));
    this.redoStack.push(op);
    this.notify("undo");
    this.scheduleSave();
  }

  redo() {
    const op = this.redoStack.pop();
    if (!op) return;
    applyOp(this.dataset, op);
    this.undoStack.push(op);
    this.notify("redo");
    this.scheduleSave();
  }

  // ---- autosave ---------------------------------------------------------------

  /** Saves after every change: a cell edit is rare enough, and a killed tab then loses nothing. */
  scheduleSave() {
    this.saveNow();
  }

  async saveNow() {
    if (!this.dataset) return;
    const record = {
      version: SAVE_VERSION,
      savedAt: new Date().toISOString(),
      source: this.source,
      dataset: this.dataset,
    };
    try {
      await withDb((db) => put(db, record, this.key));
      this.lastSaved = record.savedAt;
      this.saves += 1;
      this.notify("saved");
    } catch (error) {
      this.notify({ saveError: error });
    }
  }
}

// ---- IndexedDB ---------------------------------------------------------------

function openDb() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(DB_STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withDb(work) {
  const db = await openDb();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

function put(db, record, key) {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(DB_STORE, "readwrite");
    tx.objectStore(DB_STORE).put(record, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/**
 * How to bring a saved record of an older version to the current one, by
 * version. Version 0 is a bare qhcb/1 dataset saved without the wrapper.
 */
const MIGRATIONS = {
  0: (raw) => ({ version: 1, savedAt: raw.savedAt ?? null, source: raw.source ?? null, dataset: raw.dataset ?? raw }),
};

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
    raw = await withDb(
      (db) =>
        new Promise((resolve, reject) => {
          const request = db.transaction(DB_STORE, "readonly").objectStore(DB_STORE).get(key);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        }),
    );
  } catch {
    return null;
  }
  if (raw == null) return null;
  const record = migrate(raw);
  const usable =
    record?.version === SAVE_VERSION &&
    record.dataset &&
    typeof record.dataset === "object" &&
    Array.isArray(record.dataset.people);
  if (usable) return record;
  // Keep the unusable record under a key of its own, so that the next save
  // does not overwrite it before the user has downloaded it.
  try {
    await withDb((db) => put(db, raw, `${key}-unusable-${Date.now()}`));
  } catch {
    // Nothing more can be done here; the record is still offered for download.
  }
  return { corrupt: raw };
}
