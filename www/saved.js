// The browser's copy of the workspace (IndexedDB), written from the page or
// from a worker: at 100,000 people the autosave's write (0.1 s of copying)
// runs in a worker (engine-tasks.js "save"), off the page's thread.

const DB_NAME = "qhcb";
const DB_STORE = "workspace";

function openDb() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(DB_STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Runs `work(db)` on a connection of its own. */
export async function withDb(work) {
  const db = await openDb();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

export function put(db, record, key) {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(DB_STORE, "readwrite");
    tx.objectStore(DB_STORE).put(record, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

export function get(db, key) {
  return new Promise((resolve, reject) => {
    const request = db.transaction(DB_STORE, "readonly").objectStore(DB_STORE).get(key);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** One connection for every save of this thread: writes then commit in the order they were asked for. */
let connection = null;

/** Writes a saved record under `key`. */
export async function saveRecord(record, key) {
  connection ??= openDb().then((db) => {
    db.onversionchange = () => {
      db.close();
      connection = null;
    };
    return db;
  });
  try {
    await put(await connection, record, key);
  } catch (error) {
    connection = null;
    throw error;
  }
}
