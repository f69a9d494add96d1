// The engine off the page's thread: promise-based calls to a module worker
// (engine-worker.js). Each call has an id; an analysis asked for while
// another runs supersedes it (only the latest dataset is worth a report);
// cancel() ends the worker at once and the next call starts a fresh one.
// Where no worker can start, the same tasks run on the page's thread.

import { run } from "./engine-tasks.js";
import { nextTask } from "./dom.js";

/** The rejection of a call that was cancelled or superseded: callers ignore it. */
export function aborted(reason) {
  return new DOMException(reason, "AbortError");
}

export const isAborted = (error) => error?.name === "AbortError";

/**
 * A worker for the engine: a module worker beside this file, or, in the
 * single-file build (file://, no other file to load), a classic worker made
 * from the bundled script it carries, with the wasm bytes sent to it.
 */
let bundledUrl = null;
function startWorker() {
  if (typeof Worker === "undefined") return null;
  try {
    if (globalThis.QHCB_WORKER_SOURCE) {
      // One URL for every worker of the page: it must live as long as a worker may load from it.
      bundledUrl ??= URL.createObjectURL(new Blob([globalThis.QHCB_WORKER_SOURCE], { type: "text/javascript" }));
      const worker = new Worker(bundledUrl);
      worker.postMessage({ kind: "init", wasm: globalThis.QHCB_WASM });
      return worker;
    }
    if (globalThis.QHCB_WASM) return null;
    return new Worker(new URL("engine-worker.js", import.meta.url), { type: "module" });
  } catch {
    return null;
  }
}

export class Engine {
  constructor() {
    this.worker = null;
    this.local = false;
    this.nextId = 1;
    /** id → { kind, args, resolve, reject } of the calls sent to the worker and not answered yet. */
    this.calls = new Map();
    /** The analysis in flight, and the one waiting for it to end (the latest wins). */
    this.analysis = { running: null, queued: null };
  }

  /** Starts the worker on first use; falls back to this thread if it cannot start. */
  ensureWorker() {
    if (this.worker || this.local) return this.worker;
    this.worker = startWorker();
    if (!this.worker) {
      this.local = true;
      return null;
    }
    this.worker.addEventListener("message", ({ data }) => this.settle(data));
    this.worker.addEventListener("error", (event) => {
      // A worker that fails to load (an old browser, a CSP without worker-src): run here
      // instead. Errors of a task do not come here: the worker answers them as results.
      event.preventDefault();
      this.fallBack();
    });
    return this.worker;
  }

  /** Moves the calls in flight to this thread after the worker failed to start. */
  fallBack() {
    const pending = [...this.calls.values()];
    this.calls.clear();
    this.worker?.terminate();
    this.worker = null;
    this.local = true;
    for (const call of pending) this.retry(call, (again) => this.runLocal(again));
  }

  /**
   * Runs a call again elsewhere, unless its buffers were handed over to the
   * worker that is gone (they are empty here now): that call is refused, and
   * its caller sends its data again.
   */
  retry(call, run) {
    if (call.transferred) call.reject(Object.assign(new Error("the engine's worker stopped before it took the data handed to it"), { name: "HandedOverError" }));
    else run(call);
  }

  runLocal(call) {
    // A task, so that the caller's promise settles after it returns (as with a worker).
    setTimeout(async () => {
      try {
        call.resolve((await run(call.kind, call.args)).result);
      } catch (error) {
        call.reject(error);
      }
    }, 0);
  }

  settle({ id, result, error, trapped }) {
    const call = this.calls.get(id);
    if (!call) return;
    this.calls.delete(id);
    if (trapped) this.restart();
    if (error !== undefined) call.reject(Object.assign(new Error(error), { trapped: !!trapped }));
    else call.resolve(result);
  }

  /**
   * After the engine trapped in the worker: ends that worker (its module
   * instance is not to be trusted) and sends the calls it had not answered
   * to a fresh one.
   */
  restart() {
    const pending = [...this.calls.values()];
    this.calls.clear();
    this.worker?.terminate();
    this.worker = null;
    for (const call of pending) this.retry(call, (again) => this.call(again.kind, again.args).then(again.resolve, again.reject));
  }

  /**
   * Sends one task; resolves to its result. `args` are copied (the page
   * keeps them), except the buffers in `transfer`, which are handed over.
   */
  call(kind, args, transfer = []) {
    return new Promise((resolve, reject) => {
      const call = { kind, args, resolve, reject, transferred: transfer.length > 0 };
      const worker = this.ensureWorker();
      if (!worker) {
        this.runLocal(call);
        return;
      }
      const id = this.nextId++;
      this.calls.set(id, call);
      worker.postMessage({ id, kind, args }, transfer);
    });
  }

  /**
   * The report of a dataset given as JSON text, with its people in the
   * compact columns. Rejects with an AbortError when a later analyze()
   * supersedes it or cancel() ends it.
   */
  analyze(text, options) {
    return new Promise((resolve, reject) => {
      this.analysis.queued?.reject(aborted("superseded"));
      this.analysis.queued = { text, options, resolve, reject };
      if (!this.analysis.running) this.nextAnalysis();
    });
  }

  nextAnalysis() {
    const job = this.analysis.queued;
    this.analysis.queued = null;
    this.analysis.running = job;
    if (!job) return;
    const done = (settle) => (value) => {
      if (this.analysis.running !== job) return;
      // An edit made while this ran has asked for a newer report: this one is stale.
      if (this.analysis.queued) job.reject(aborted("superseded"));
      else settle(value);
      this.nextAnalysis();
    };
    this.call("analyze", { text: job.text, options: job.options }).then(done(job.resolve), done(job.reject));
  }

  inspectFile(bytes, options) {
    return this.call("inspectFile", { bytes, options });
  }

  /**
   * As the file module's importFile: { people, newTitles, summary,
   * rejections, rejectedCsv }. The people are parsed a slice per task, so
   * the page keeps answering while 100,000 rows arrive.
   */
  async importFile(bytes, options) {
    const { peopleJson, ...rest } = await this.call("importFile", { bytes, options });
    const people = [];
    for (const slice of peopleJson) {
      await nextTask();
      for (const person of JSON.parse(slice)) people.push(person);
    }
    return { ...rest, people };
  }

  /**
   * The roster held by the engine (issue 18). rosterLoad() takes the
   * dataset's JSON text or its bytes (a Uint8Array, handed over, not
   * copied); edits then go as operations and reports come back without the
   * dataset crossing again. A cancel() or a restart forgets the roster:
   * the next roster call rejects until it is loaded again.
   */
  rosterLoad(source, options) {
    return this.call("roster-load", { source, options }, source instanceof Uint8Array ? [source.buffer] : []);
  }

  /** Resolves to { undo, rows }: the operations that undo `ops`. */
  rosterApply(ops, options) {
    return this.call("roster-apply", { ops, options });
  }

  /** The held roster's report: the same options and shape as analyze(). */
  rosterReport(options) {
    return this.call("roster-report", { options });
  }

  /**
   * The held roster's report as the change from the report numbered `base`
   * that the caller holds (Roster.reportChange): { seq, report } whole, or
   * { seq, base, set, unset, splice, columns } (analysis.js applyChange).
   */
  rosterReportChange(options, base) {
    return this.call("roster-report", { options, base: base ?? null });
  }

  /** People rows from .. from + count, for the rows the grid shows. */
  rosterRows(from, count) {
    return this.call("roster-rows", { from, count });
  }

  /** The held dataset as JSON text (for saving and export). */
  rosterDataset() {
    return this.call("roster-dataset", {});
  }

  /** Ends the work under way at once: every call in flight rejects with an AbortError. */
  cancel() {
    this.worker?.terminate();
    this.worker = null;
    const pending = [...this.calls.values()];
    this.calls.clear();
    for (const call of pending) call.reject(aborted("cancelled"));
    this.analysis.running?.reject(aborted("cancelled"));
    this.analysis.queued?.reject(aborted("cancelled"));
    this.analysis = { running: null, queued: null };
  }
}
