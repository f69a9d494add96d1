// The browser's copy of one workspace (IndexedDB), written from the page or
// from a worker (engine-tasks.js "save": at 100,000 people the write is
// 0.1 s of copying, done off the page's thread).
//
// Each workspace has a database of its own, named after its key, so that
// "Xóa dữ liệu" deletes the database itself, not just a record. In it:
//   "meta"      { head, revision, writer, savedAt, key, salt, iterations, kept }
//               small and free of personal data: which record is current,
//               who wrote it last and at which revision, the encryption's
//               parameters, and the copies kept because they could not be used;
//   head        the current record: the dataset's JSON text and its source,
//               encrypted (AES-GCM) when WebCrypto is there;
//   log-…       the edits saved since the head was written, in the order of
//               the meta's `log` (a large roster's edit saves a few hundred
//               bytes, not the whole roster again); the next head written
//               takes their place (compaction);
//   kept-…      records that could not be used, kept for the user to download.
//
// Writes are checked against the stored revision inside their transaction:
// an edit is logged only on top of the revision this writer saved just
// before it (else the whole dataset is written instead), and
// a writer whose base is no longer the stored revision (another tab or copy
// saved since) is refused with a ConflictError, never written over newer work.

const STORE = "records";
const META = "meta";
/** The records of the edit log: `log-` and the revision, all deleted when a head is written. */
const LOG_PREFIX = "log-";
const allLogs = () => IDBKeyRange.bound(LOG_PREFIX, `${LOG_PREFIX}\uffff`);
/** Edits logged after one head at most: the next save writes a head. */
export const MAX_LOG = 200;
const LEGACY_DB = "qhcb";
const LEGACY_STORE = "workspace";
/** Version of a saved record; older versions are migrated on reading (store.js). */
export const RECORD_VERSION = 3;
/** PBKDF2-SHA-256 iterations for a passphrase (OWASP's 2023 figure). */
export const PASSPHRASE_ITERATIONS = 600000;

/** The database of a workspace. */
export const dbName = (key) => `qhcb:${key}`;

/** A refused write: another tab or copy saved a newer revision. */
export class ConflictError extends Error {
  constructor(stored) {
    super(`newer work was saved elsewhere (revision ${stored})`);
    this.name = "ConflictError";
    this.stored = stored;
  }
}

/** A stored value that could not be read (the browser's file is damaged). */
export class UnreadableError extends Error {
  constructor(cause) {
    super(cause?.message ?? String(cause));
    this.name = "UnreadableError";
    this.cause = cause;
  }
}

function openDb(name) {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => {
      const db = request.result;
      // Another tab deletes this database ("Xóa dữ liệu"): let it.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error("the database is blocked by another connection"));
  });
}

/** Settles when a transaction commits or fails: a refused or aborted write always says so. */
function finished(tx) {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException("The write was aborted.", "AbortError"));
    tx.onerror = (event) => event.preventDefault?.();
  });
}

function requested(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      event.preventDefault?.();
      reject(request.error);
    };
  });
}

/** Connections kept open per database, one per thread: writes commit in the order asked for. */
const connections = new Map();

async function connection(name) {
  let db = connections.get(name);
  if (!db) {
    db = openDb(name).then((opened) => {
      opened.onversionchange = () => {
        opened.close();
        connections.delete(name);
      };
      opened.onclose = () => connections.delete(name);
      return opened;
    });
    connections.set(name, db);
    db.catch(() => connections.delete(name));
  }
  return db;
}

/** Forgets this thread's connection to a database (before it is deleted). */
export async function closeConnection(name) {
  const db = connections.get(name);
  connections.delete(name);
  try {
    (await db)?.close();
  } catch {
    // It never opened.
  }
}

// ---- encryption -------------------------------------------------------------------

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Whether this browser can encrypt here (WebCrypto needs a secure context: HTTPS, localhost, file). */
export const canEncrypt = () => !!globalThis.crypto?.subtle;

/** A new random key for a workspace without a passphrase (kept in its meta). */
export function newDeviceKey() {
  return crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
}

/** The key of a passphrase: PBKDF2-SHA-256 over a random salt. */
export async function passphraseKey(passphrase, salt, iterations = PASSPHRASE_ITERATIONS) {
  const material = await crypto.subtle.importKey("raw", encoder.encode(passphrase), "PBKDF2", false, ["deriveKey"]);
  return crypto.subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations },
    material,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

/**
 * The saved payload (source and JSON text) as bytes, encrypted when a key is
 * given. `json` is the text, or its UTF-8 bytes as the worker's roster writes
 * them (a national roster's text is not decoded into a string and encoded back).
 */
async function seal(key, source, json) {
  // Bytes handed over and emptied on the way are never written over saved work.
  if (typeof json !== "string" && !json?.length) throw new Error("nothing to save: the dataset's bytes are empty");
  const head = `${JSON.stringify(source ?? null)}\n`;
  if (!key) return { source: source ?? null, json: typeof json === "string" ? json : decoder.decode(json) };
  let bytes;
  if (typeof json === "string") bytes = encoder.encode(head + json);
  else {
    const start = encoder.encode(head);
    bytes = new Uint8Array(start.length + json.length);
    bytes.set(start);
    bytes.set(json, start.length);
  }
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, bytes);
  return { iv, data };
}

/**
 * The payload of a stored record: { source, json }. Throws a DOMException
 * named "OperationError" when the key is wrong (AES-GCM's tag fails).
 */
export async function unseal(key, record) {
  if (!record?.data) return { source: record?.source ?? null, json: record?.json };
  if (!key) throw new DOMException("locked", "OperationError");
  const bytes = await crypto.subtle.decrypt({ name: "AES-GCM", iv: record.iv }, key, record.data);
  const text = decoder.decode(bytes);
  const cut = text.indexOf("\n");
  return { source: JSON.parse(text.slice(0, cut)), json: text.slice(cut + 1) };
}

// ---- reading ------------------------------------------------------------------------

/** The meta of a workspace, or null when nothing is saved; throws UnreadableError. */
export async function readMeta(name) {
  const db = await connection(name);
  try {
    return (await requested(db.transaction(STORE, "readonly").objectStore(STORE).get(META))) ?? null;
  } catch (error) {
    throw new UnreadableError(error);
  }
}

/**
 * The meta, its head record and its logged edits, read in one transaction:
 * a head written meanwhile (which deletes the log) is never read with the
 * log of the head before. { meta: null } when nothing is saved; throws
 * UnreadableError when the browser cannot read them.
 */
export async function readSaved(name) {
  const db = await connection(name);
  try {
    const store = db.transaction(STORE, "readonly").objectStore(STORE);
    const meta = (await requested(store.get(META))) ?? null;
    if (!meta) return { meta: null, record: null, logs: [] };
    const [record, ...logs] = await Promise.all([meta.head, ...(meta.log ?? [])].map((key) => requested(store.get(key))));
    return { meta, record: record ?? null, logs };
  } catch (error) {
    throw new UnreadableError(error);
  }
}

/** A stored record by key; throws UnreadableError when the browser cannot read it. */
export async function readRecord(name, key) {
  const db = await connection(name);
  try {
    return (await requested(db.transaction(STORE, "readonly").objectStore(STORE).get(key))) ?? null;
  } catch (error) {
    throw new UnreadableError(error);
  }
}

/**
 * Changes the meta in a transaction of its own (keeping a copy, moving the
 * head past an unreadable record, setting a passphrase). `change(meta)`
 * returns the new meta; `put` adds records written with it.
 */
export async function updateMeta(name, change, put = {}) {
  const db = await connection(name);
  const tx = db.transaction(STORE, "readwrite");
  const store = tx.objectStore(STORE);
  const done = finished(tx);
  const meta = await requested(store.get(META));
  const next = change(meta ?? null);
  for (const [key, value] of Object.entries(put)) store.put(value, key);
  store.put(next, META);
  await done;
  return next;
}

/** Deletes kept records by key, and their entries in the meta. */
export async function dropKept(name, keys) {
  const db = await connection(name);
  const tx = db.transaction(STORE, "readwrite");
  const store = tx.objectStore(STORE);
  const done = finished(tx);
  const meta = await requested(store.get(META));
  for (const key of keys) store.delete(key);
  if (meta) store.put({ ...meta, kept: (meta.kept ?? []).filter((entry) => !keys.includes(entry.key)) }, META);
  await done;
}

// ---- writing ------------------------------------------------------------------------

/**
 * Writes the workspace as a new revision. `save` is
 * { name, writer, base, revision, savedAt, source, json, key, meta }:
 * `writer` names this tab's session; `base` is the revision it loaded (or
 * took over); `key` encrypts the record (null: plain); `meta` holds the
 * meta fields to keep (the key and the passphrase's salt). Resolves to
 * "written" or "superseded" (a later save of this writer is already
 * stored); rejects with a ConflictError when another writer saved since
 * `base`, or with the browser's error (quota, abort, a read-only database).
 * `commit` asks the browser to commit at once (the page is being left);
 * with `owned` ({ head, kept }: this writer holds the workspace's lock) the
 * record is then written without reading the stored revision first.
 */
export async function writeRecord(save, { commit = false } = {}) {
  const record = { version: RECORD_VERSION, savedAt: save.savedAt, ...(await seal(save.key, save.source, save.json)) };
  const db = await connection(save.name);
  const tx = db.transaction(STORE, "readwrite");
  const store = tx.objectStore(STORE);
  const done = finished(tx);
  let outcome = "written";
  if (commit && save.owned) {
    // Leaving the page: a read's answer would come too late (the page is gone
    // before it), so the record is written at once. Only the holder of the
    // workspace's lock writes this way (`owned`): no other copy can have
    // written since, and this writer's own earlier saves still on their way
    // find a later revision stored and step aside.
    store.put(record, save.owned.head);
    store.delete(allLogs());
    store.put({ ...save.meta, head: save.owned.head, revision: save.revision, writer: save.writer, savedAt: save.savedAt, kept: save.owned.kept }, META);
    tx.commit?.();
    await done;
    return outcome;
  }
  const request = store.get(META);
  request.onsuccess = () => {
    const stored = request.result ?? null;
    const storedRevision = stored?.revision ?? 0;
    if (stored && stored.writer === save.writer) {
      // This writer's own earlier save, or a later one already written (saves may cross).
      if (storedRevision >= save.revision) {
        outcome = "superseded";
        return;
      }
    } else if (storedRevision !== save.base) {
      outcome = new ConflictError(storedRevision);
      tx.abort();
      return;
    }
    const head = stored?.head ?? "record";
    store.put(record, head);
    // The edits logged on the head before are in this one.
    store.delete(allLogs());
    // The meta is made anew: a key or salt of an earlier encryption is not kept.
    store.put(
      {
        ...save.meta,
        head,
        revision: save.revision,
        writer: save.writer,
        savedAt: save.savedAt,
        kept: stored?.kept ?? [],
        // A head holding edits made after its revision was asked for: no edit is logged on it.
        ...(save.unloggable ? { unloggable: true } : {}),
      },
      META,
    );
    if (commit) tx.commit?.();
  };
  try {
    await done;
  } catch (error) {
    if (outcome instanceof ConflictError) throw outcome;
    throw error;
  }
  return outcome;
}

/**
 * Logs edits as the next revision on top of the head and the edits saved
 * before: `save` as for writeRecord, with `ops` (the edits, as store.js
 * logs them) and `from` (the revision this writer saved just before).
 * Resolves to "logged"; to "superseded" when a later save of this writer
 * is stored; to "refused" when the stored revision is not `from` (a save
 * before it failed or has not landed yet, or the log is full): the caller
 * then writes the whole dataset. Rejects with
 * a ConflictError when another writer saved since `base`.
 */
export async function appendLog(save) {
  const sealed = await seal(save.key, null, JSON.stringify(save.ops));
  const record = { version: RECORD_VERSION, savedAt: save.savedAt, ...sealed };
  const db = await connection(save.name);
  const tx = db.transaction(STORE, "readwrite");
  const store = tx.objectStore(STORE);
  const done = finished(tx);
  let outcome = "logged";
  const request = store.get(META);
  request.onsuccess = () => {
    const stored = request.result ?? null;
    const storedRevision = stored?.revision ?? 0;
    if (!stored) outcome = "refused";
    else if (stored.writer !== save.writer && storedRevision !== save.base) outcome = new ConflictError(storedRevision);
    else if (stored.writer === save.writer && storedRevision >= save.revision) outcome = "superseded";
    // On top of the revision the edits were made on: this writer's last save, or the one it loaded,
    // when it holds no later edit.
    else if (storedRevision !== save.from || stored.unloggable || (stored.log?.length ?? 0) >= MAX_LOG) outcome = "refused";
    if (outcome !== "logged") {
      tx.abort();
      return;
    }
    const key = `${LOG_PREFIX}${save.revision}`;
    store.put(record, key);
    // The key the edit is sealed with is the meta's (a head saved without one reads as it is).
    store.put({ ...stored, ...save.meta, revision: save.revision, writer: save.writer, savedAt: save.savedAt, log: [...(stored.log ?? []), key] }, META);
  };
  try {
    await done;
  } catch (error) {
    if (outcome instanceof ConflictError) throw outcome;
    if (outcome === "logged") throw error;
  }
  return outcome;
}

// ---- deleting ---------------------------------------------------------------------

/** Deletes a workspace's database; resolves when it is gone. */
export async function deleteWorkspace(name) {
  await closeConnection(name);
  await new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** Whether a database exists, without creating it. */
async function exists(name) {
  if (!indexedDB.databases) return true;
  return (await indexedDB.databases()).some((db) => db.name === name);
}

/**
 * A record saved by an earlier version (one database "qhcb" for every
 * workspace): read once under `legacyKey`, then removed from there by
 * `forgetLegacy` once it is saved in the workspace's own database.
 */
export async function readLegacy(legacyKey) {
  if (!legacyKey || !(await exists(LEGACY_DB))) return null;
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(LEGACY_DB);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains(LEGACY_STORE)) return null;
    return (await requested(db.transaction(LEGACY_STORE, "readonly").objectStore(LEGACY_STORE).get(legacyKey))) ?? null;
  } finally {
    db.close();
  }
}

/** Removes an earlier version's record (and its database when nothing else is left in it). */
export async function forgetLegacy(legacyKey) {
  if (!legacyKey || !(await exists(LEGACY_DB))) return [];
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(LEGACY_DB);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  let left = 1;
  const removed = [];
  try {
    if (db.objectStoreNames.contains(LEGACY_STORE)) {
      const tx = db.transaction(LEGACY_STORE, "readwrite");
      const store = tx.objectStore(LEGACY_STORE);
      const done = finished(tx);
      const keys = await requested(store.getAllKeys());
      for (const key of keys) {
        if (key === legacyKey || String(key).startsWith(`${legacyKey}-unusable-`)) {
          store.delete(key);
          removed.push(key);
        }
      }
      await done;
      left = keys.length - removed.length;
    } else {
      left = 0;
    }
  } finally {
    db.close();
  }
  if (left === 0) await deleteWorkspace(LEGACY_DB).catch(() => {});
  return removed;
}
