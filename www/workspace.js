// One saved workspace and the right to write it. Exactly one tab, element or
// copy of the tool writes a workspace at a time (Web Locks; where the browser
// has none, a BroadcastChannel election): the others open it read-only and
// follow the writer's saves live, and may take over. Every record carries a
// revision, and a write whose base is not the stored revision is refused
// (saved.js), so a stale copy never writes over newer work.

import {
  ConflictError,
  canEncrypt,
  dbName,
  deleteWorkspace,
  dropKept,
  forgetLegacy,
  newDeviceKey,
  passphraseKey,
  readLegacy,
  readMeta,
  readRecord,
  readSaved,
  unseal,
  updateMeta,
  writeRecord,
  MAX_LOG,
  PASSPHRASE_ITERATIONS,
} from "./saved.js";
import { replayLog } from "./store.js";

/** Version 2 of the saved record (one database for every workspace) and before: { version, savedAt, source, json }. */
const MIGRATIONS = {
  0: (raw) => ({ version: 1, savedAt: raw.savedAt ?? null, source: raw.source ?? null, dataset: raw.dataset ?? raw }),
  1: (raw) => ({ version: 2, savedAt: raw.savedAt ?? null, source: raw.source ?? null, json: JSON.stringify(raw.dataset ?? null) }),
};

/** An older record brought to the { source, json } of version 2, or null. */
function migrateLegacy(raw) {
  let record = raw;
  for (let step = 0; step < 10 && record && typeof record === "object" && record.version !== 2; step++) {
    const next = MIGRATIONS[record.version ?? 0];
    if (!next) return null;
    record = next(record);
  }
  return record?.version === 2 && typeof record.json === "string" ? record : null;
}

/** The dataset in a JSON text, or null when it is not one. */
function datasetOf(json) {
  if (typeof json !== "string") return null;
  try {
    const dataset = JSON.parse(json);
    return dataset && typeof dataset === "object" && !Array.isArray(dataset) && Array.isArray(dataset.people) ? dataset : null;
  } catch {
    return null;
  }
}

const randomId = () => globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/**
 * Where the tool runs names its workspace: the `storage-key` attribute; else
 * the page's path (the single file's own path on disk, so two copies in two
 * folders are two workspaces), a `?workspace=` of the page's address, the
 * element's id or place among the page's <qhcb-app> elements, and, in a
 * frame, the frame's name or place.
 */
export function workspaceKey(host) {
  const given = host.getAttribute("storage-key");
  if (given) return given;
  const chosen = new URLSearchParams(location.search).get("workspace");
  let key = location.pathname + (chosen ? `?${chosen}` : "");
  if (!host.hasAttribute("standalone")) {
    const index = [...document.querySelectorAll("qhcb-app")].indexOf(host);
    key += `#${host.id || index}`;
  }
  if (window.parent !== window) {
    let place = window.name;
    if (!place) {
      try {
        for (let i = 0; i < window.parent.frames.length; i++) if (window.parent.frames[i] === window) place = String(i);
      } catch {
        place = "";
      }
    }
    key += `@frame:${place}`;
  }
  return key;
}

/**
 * The key an earlier version saved this workspace under, in one database
 * for every page: the `storage-key`, "single-file" for the single file
 * (data-legacy-key), else "current".
 */
export function legacyKey(host) {
  return host.getAttribute("storage-key") ?? host.dataset.legacyKey ?? "current";
}

export class Workspace {
  /**
   * `key` names the workspace; `legacy` the key of an earlier version's
   * record to take over; `write(save)` writes a record (by default here; the
   * page passes one that writes in a worker).
   */
  constructor(key, { legacy = null, write = writeRecord } = {}) {
    this.key = key;
    this.name = dbName(key);
    this.legacy = legacy;
    this.write = write;
    /** This tab's session, named in every record it writes. */
    this.writer = randomId();
    /** "writer" | "reader" | "conflict" (another copy saved over our base) | "damaged" (nothing can be read) */
    this.mode = "reader";
    /** The stored revision this tab's data comes from; the next save is revision + 1. */
    this.base = 0;
    this.revision = 0;
    /** Edits logged on the stored head (saved.js): the store writes the dataset whole once the user pauses. */
    this.logged = 0;
    /** The encryption key of the records, and the meta fields that go with it. */
    this.cryptoKey = null;
    this.keyMeta = {};
    this.locked = false;
    /** Copies kept because they could not be used: [{ key, at, reason }]. */
    this.kept = [];
    /** The key of the current record in the workspace's database. */
    this.head = "record";
    /** Whether a legacy record is still to be removed after the first save. */
    this.legacyPending = false;
    this.listeners = new Set();
    this.release = null;
    this.channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(`qhcb:${key}`) : null;
    this.channel?.addEventListener("message", ({ data }) => this.onMessage(data));
  }

  on(listener) {
    this.listeners.add(listener);
  }

  emit(event) {
    for (const listener of this.listeners) listener(event);
  }

  get writable() {
    return this.mode === "writer";
  }

  // ---- one writer ----------------------------------------------------------------

  /** Becomes the writer if nobody else is; else opens read-only and waits its turn. */
  async claim() {
    if (await this.lock({ ifAvailable: true })) {
      this.mode = "writer";
      return true;
    }
    this.mode = "reader";
    this.queue();
    return false;
  }

  /**
   * Asks for the workspace's lock; resolves to whether it is held. Without
   * Web Locks, asks the other copies on the channel whether one writes.
   */
  lock(options) {
    if (!globalThis.navigator?.locks) return this.elect(options);
    return new Promise((resolve) => {
      navigator.locks
        .request(`qhcb:${this.key}`, options, (lock) => {
          if (!lock) {
            resolve(false);
            return undefined;
          }
          if (this.release && !options.steal) {
            // Already held (a queued request granted after a take-over): let it go.
            return undefined;
          }
          resolve(true);
          return new Promise((release) => {
            this.release = release;
          });
        })
        .catch(() => {
          // Another copy took the lock over: from now on this one only reads.
          this.release = null;
          if (this.mode === "writer") {
            this.mode = "reader";
            this.emit({ type: "lost" });
            this.queue();
          }
        });
    });
  }

  /** Waits for the lock; when the writer leaves, this copy loads the newest work and writes. */
  queue() {
    if (!globalThis.navigator?.locks) return;
    navigator.locks
      .request(`qhcb:${this.key}`, (lock) => {
        if (!lock || this.release) return undefined;
        return new Promise((release) => {
          this.release = release;
          this.becomeWriter("granted");
        });
      })
      .catch(() => {});
  }

  /** Takes the workspace over from another tab: its lock is taken, and the newest saved work loaded. */
  async takeOver() {
    await this.lock({ steal: true });
    await this.becomeWriter("takeover");
  }

  async becomeWriter(why) {
    this.mode = "writer";
    this.emit({ type: "writer", why });
  }

  /** Election without Web Locks: a writer on the channel answers "here". */
  elect(options) {
    if (!this.channel || options.steal) {
      if (options.steal) this.channel?.postMessage({ type: "steal", writer: this.writer });
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const onAnswer = ({ data }) => {
        if (data?.type === "here") {
          this.channel.removeEventListener("message", onAnswer);
          resolve(false);
        }
      };
      this.channel.addEventListener("message", onAnswer);
      this.channel.postMessage({ type: "who" });
      setTimeout(() => {
        this.channel.removeEventListener("message", onAnswer);
        resolve(true);
      }, 200);
    });
  }

  onMessage(data) {
    if (!data) return;
    if (data.type === "who" && this.mode === "writer") this.channel.postMessage({ type: "here" });
    else if (data.type === "steal" && this.mode === "writer" && !globalThis.navigator?.locks) {
      this.mode = "reader";
      this.emit({ type: "lost" });
    } else if (data.type === "saved" && this.mode !== "writer") this.emit({ type: "changed", revision: data.revision });
    else if (data.type === "erased") this.emit({ type: "erased" });
  }

  // ---- reading ----------------------------------------------------------------------

  /**
   * The saved work: { dataset, source, savedAt } when there is some; null when
   * nothing is saved; { locked: true } when a passphrase is needed;
   * { unreadable } or { unusable } when the record cannot be used (it is kept,
   * never overwritten). `kept` lists every copy kept so far.
   */
  async load(tries = 3) {
    let meta;
    try {
      meta = await readMeta(this.name);
    } catch (error) {
      // Nothing can be known of the workspace: it is left as it is, and nothing is written.
      this.mode = "damaged";
      return { unreadable: true, error };
    }
    if (!meta) {
      this.base = this.revision = 0;
      this.kept = [];
      this.head = "record";
      await this.useDeviceKey();
      return this.loadLegacy();
    }
    this.base = this.revision = meta.revision ?? 0;
    this.kept = meta.kept ?? [];
    this.head = meta.head ?? "record";
    if (meta.salt) {
      this.keyMeta = { salt: meta.salt, iterations: meta.iterations };
      if (!this.cryptoKey || this.keyMeta.salt !== meta.salt) {
        this.cryptoKey = null;
        this.locked = true;
        return { locked: true };
      }
    } else if (meta.key) {
      this.cryptoKey = meta.key;
      this.keyMeta = { key: meta.key };
    } else {
      await this.useDeviceKey();
    }
    // The head and its log as of one revision, read together.
    let saved;
    try {
      saved = await readSaved(this.name);
    } catch (error) {
      await this.keep(meta.head, "unreadable");
      return { unreadable: true, error };
    }
    // Written meanwhile (by the writer this copy follows, or before the lock passed): read again.
    if ((saved.meta?.revision !== meta.revision || saved.meta?.head !== meta.head) && tries > 1) return this.load(tries - 1);
    meta = saved.meta ?? meta;
    this.base = this.revision = meta.revision ?? 0;
    const record = saved.record;
    // Nothing saved here yet (only kept copies): an earlier version's record may still be waiting.
    // The next save writes a head whole.
    if (!record) {
      this.logged = MAX_LOG;
      return this.loadLegacy();
    }
    let payload;
    try {
      payload = await unseal(this.cryptoKey, record);
    } catch (error) {
      if (meta.salt) {
        this.locked = true;
        return { locked: true, wrong: true };
      }
      await this.keep(meta.head, "unusable");
      return { unusable: true, error };
    }
    const dataset = datasetOf(payload.json);
    if (!dataset) {
      await this.keep(meta.head, "unusable");
      return { unusable: true };
    }
    // The edits logged since the head, in order. They were written with the
    // meta in one transaction: one that cannot be read is damage, and the
    // head is kept for the user as any record that cannot be used.
    for (const logged of saved.logs) {
      try {
        replayLog(dataset, JSON.parse((await unseal(this.cryptoKey, logged)).json));
      } catch (error) {
        await this.keep(meta.head, "unusable");
        return { unusable: true, error };
      }
    }
    this.logged = meta.log?.length ?? 0;
    this.locked = false;
    return { dataset, source: payload.source, savedAt: meta.savedAt ?? record.savedAt ?? null };
  }

  /** A record of an earlier version, taken over into this workspace's own database. */
  async loadLegacy() {
    let raw;
    try {
      raw = await readLegacy(this.legacy);
    } catch {
      return null;
    }
    if (raw == null) return null;
    const record = migrateLegacy(raw);
    const dataset = datasetOf(record?.json);
    if (!dataset) {
      if (this.writable) {
        // Kept in this workspace's own database (offered for download), then taken out of the old one.
        const key = `kept-${Date.now()}`;
        await updateMeta(this.name, (meta) => this.withKept(meta, key, "unusable"), { [key]: { version: 2, json: JSON.stringify(raw) } });
        await forgetLegacy(this.legacy).catch(() => {});
      }
      return { unusable: true };
    }
    this.legacyPending = this.writable;
    return { dataset, source: record.source, savedAt: record.savedAt, migrated: true };
  }

  /** The meta with `key` added to the kept copies, and a new head for the next save. */
  withKept(meta, key, reason) {
    const kept = [...(meta?.kept ?? []), { key, at: new Date().toISOString(), reason }];
    this.kept = kept;
    this.head = `record-${Date.now()}`;
    // No head is stored under the new key yet: the next save writes the dataset whole (the
    // edits logged on the kept head are not carried over to it).
    this.logged = MAX_LOG;
    return { ...(meta ?? { revision: 0, writer: null, ...this.keyMeta }), kept, head: this.head, log: [] };
  }

  /** Keeps the current record under its key for good: the next save goes to a new one. */
  async keep(head, reason) {
    if (!this.writable) {
      this.kept = [...this.kept, { key: head, at: new Date().toISOString(), reason }];
      return;
    }
    try {
      await updateMeta(this.name, (meta) => this.withKept(meta, head, reason));
    } catch {
      // The database refuses even this: nothing is written over the record.
      this.mode = "damaged";
    }
  }

  /** A kept copy's content, as text to download (the JSON when it can be read); null when unreadable. */
  async keptText(key) {
    try {
      const record = await readRecord(this.name, key);
      if (!record) return null;
      try {
        const payload = await unseal(this.cryptoKey, record);
        return typeof payload.json === "string" ? payload.json : JSON.stringify(record);
      } catch {
        return null;
      }
    } catch {
      return null;
    }
  }

  async dropKept(keys) {
    await dropKept(this.name, keys);
    this.kept = this.kept.filter((entry) => !keys.includes(entry.key));
  }

  // ---- encryption -------------------------------------------------------------

  /** Without a passphrase, records are encrypted with a random key kept beside them. */
  async useDeviceKey() {
    if (!canEncrypt()) {
      this.cryptoKey = null;
      this.keyMeta = {};
      return;
    }
    this.cryptoKey = await newDeviceKey();
    this.keyMeta = { key: this.cryptoKey };
    this.keyChanged();
  }

  /** A new key: the next save writes the dataset whole with it (edits are never logged under another key than their head's). */
  keyChanged() {
    this.logged = MAX_LOG;
  }

  get hasPassphrase() {
    return !!this.keyMeta.salt;
  }

  /** Locks the workspace with a passphrase: the next save is encrypted with its key. */
  async setPassphrase(passphrase) {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    this.cryptoKey = await passphraseKey(passphrase, salt, PASSPHRASE_ITERATIONS);
    this.keyMeta = { salt, iterations: PASSPHRASE_ITERATIONS };
    this.keyChanged();
  }

  async clearPassphrase() {
    await this.useDeviceKey();
  }

  /** Tries a passphrase on the saved record; then load() reads it. */
  async unlock(passphrase) {
    const meta = await readMeta(this.name);
    if (!meta?.salt) return true;
    this.cryptoKey = await passphraseKey(passphrase, meta.salt, meta.iterations ?? PASSPHRASE_ITERATIONS);
    this.keyMeta = { salt: meta.salt, iterations: meta.iterations };
    try {
      await unseal(this.cryptoKey, await readRecord(this.name, meta.head));
      this.locked = false;
      return true;
    } catch {
      this.cryptoKey = null;
      return false;
    }
  }

  // ---- writing ------------------------------------------------------------------

  /**
   * Saves { source, json } as the next revision; `here` writes from this
   * thread and asks for an immediate commit (the page is being left).
   * Rejects when this copy may not write or the browser refuses.
   */
  async save({ source, json, ops = null, applied = 0 }, { here = false } = {}) {
    if (this.mode !== "writer") throw Object.assign(new Error(this.mode), { name: "ReadOnlyError" });
    if (this.locked) throw Object.assign(new Error("locked"), { name: "ReadOnlyError" });
    const from = this.revision;
    const revision = ++this.revision;
    const save = {
      name: this.name,
      writer: this.writer,
      base: this.base,
      revision,
      // The edits since the save of revision `from`, to log on top of it (saved.js appendLog);
      // none when the log is full: the dataset is then written whole.
      ops: !here && json == null && ops?.length && this.logged < MAX_LOG ? ops : null,
      from,
      // The store's operations this revision holds: a roster written later than asked for holds more.
      applied,
      savedAt: new Date().toISOString(),
      source,
      json,
      key: this.cryptoKey,
      meta: this.keyMeta,
      // Leaving the page while holding the lock: written without a read first (saved.js).
      owned: here && this.release ? { head: this.head, kept: this.kept } : null,
    };
    try {
      const outcome = here ? await writeRecord(save, { commit: true }) : await this.write(save);
      if (outcome !== "superseded") this.channel?.postMessage({ type: "saved", revision });
      // Edits logged on the head since it was written (the store writes it whole once the user pauses).
      if (outcome === "logged") this.logged += 1;
      else if (outcome === "written") this.logged = 0;
      if (this.legacyPending) {
        this.legacyPending = false;
        forgetLegacy(this.legacy).catch(() => {});
      }
      return save.savedAt;
    } catch (error) {
      if (error instanceof ConflictError || error?.name === "ConflictError") {
        this.mode = "conflict";
        this.emit({ type: "conflict", stored: error.stored });
      }
      throw error;
    }
  }

  // ---- deleting ---------------------------------------------------------------------

  /**
   * Deletes everything this tool keeps of the workspace on this machine: its
   * database (records, kept copies, the key), the earlier version's record and
   * the service worker's caches. Resolves to what was removed.
   */
  async erase() {
    const removed = { records: 0, kept: this.kept.length, caches: 0 };
    try {
      const meta = await readMeta(this.name);
      if (meta) removed.records = 1;
      removed.kept = meta?.kept?.length ?? removed.kept;
    } catch {
      removed.records = 1;
    }
    await deleteWorkspace(this.name);
    const legacy = await forgetLegacy(this.legacy).catch(() => []);
    removed.records += legacy.length;
    if (globalThis.caches) {
      for (const name of await caches.keys()) {
        if (name.startsWith("qhcb")) {
          await caches.delete(name);
          removed.caches += 1;
        }
      }
    }
    this.base = this.revision = 0;
    this.kept = [];
    this.head = "record";
    this.locked = false;
    this.legacyPending = false;
    if (this.mode === "conflict" || this.mode === "damaged") this.mode = this.release || !navigator.locks ? "writer" : this.mode;
    await this.useDeviceKey();
    this.channel?.postMessage({ type: "erased" });
    return removed;
  }
}

