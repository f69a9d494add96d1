// What the engine does on request, in whichever thread runs it: the worker
// (engine-worker.js) or, where no worker can start, the page itself. Each
// task returns { result, transfer }: typed arrays are handed over, not copied.

import * as coreStatic from "./pkg/qhcb.js";
import { buffers } from "./report-people.js";
import { writeRecord } from "./saved.js";

/**
 * How many times a module has trapped here. A wasm instance that trapped (a
 * Rust panic: "RuntimeError: unreachable") cannot be trusted again: its
 * memory may be half-changed and every later call may fail. Each trap makes
 * the next call load fresh copies of the modules (a new URL is a new module
 * instance). In a worker the page also ends the worker (engine.js).
 */
let generation = 0;
const fresh = (path) => import(`${path}?instance=${generation}`);
const wasmOption = () => (globalThis.QHCB_WASM ? { module_or_path: globalThis.QHCB_WASM } : undefined);

let coreModule = null;
async function core() {
  if (!coreModule) {
    // The single-file build has one bundled copy: a worker of its own replaces it.
    const module = generation === 0 || globalThis.QHCB_WASM ? coreStatic : await fresh("./pkg/qhcb.js");
    await module.default(wasmOption());
    coreModule = module;
  }
  return coreModule;
}

/**
 * The file import and export functions live in a second, larger module that
 * is loaded the first time a file is imported or exported (the single-file
 * build carries it already as its only engine, in QHCB_IO_MODULE).
 */
let ioModule = null;
export async function io() {
  if (!ioModule) {
    const module =
      globalThis.QHCB_IO_MODULE ?? (await (generation === 0 ? import("./pkg/qhcb_io.js") : fresh("./pkg/qhcb_io.js")));
    await module.default(wasmOption());
    ioModule = module;
  }
  return ioModule;
}

/** Whether an error is a wasm trap. */
export const isTrap = (error) => typeof WebAssembly !== "undefined" && error instanceof WebAssembly.RuntimeError;

/**
 * After a trap: forget the modules, so that the next call instantiates new
 * ones, and say what happened (the panic's message, left by the engine's
 * panic hook in globalThis.__qhcbPanic).
 */
function recover(error) {
  generation += 1;
  coreModule = null;
  roster = null;
  ioModule = null;
  const panic = globalThis.__qhcbPanic;
  delete globalThis.__qhcbPanic;
  const trapped = new Error(`internal error in the engine (${panic || error.message}); the engine was restarted`);
  trapped.trapped = true;
  return trapped;
}

/**
 * The roster held in this thread (issue 18): loaded once, edited by
 * operations, reported on without the dataset's text crossing again. Gone
 * when the engine traps or the worker is ended (cancel): a call then says
 * so, and the page loads it again.
 */
let roster = null;
function heldRoster() {
  if (!roster) throw new Error("no roster is loaded in the engine (roster-load first)");
  return roster;
}

/** People per slice of an import's answer: each slice parses in about 10 ms. */
const PEOPLE_SLICE = 10000;

const TASKS = {
  /** `text` is the dataset's JSON text: one string crosses, not 100,000 objects. */
  async analyze({ text, options }) {
    const report = (await core()).analyze(text, { ...options, people: "columns" });
    return { result: report, transfer: buffers(report.peopleColumns) };
  },

  /**
   * The autosave's write (workspace.js): encrypting and copying 20 MB into
   * IndexedDB is done here. A refused write (another copy saved newer work)
   * answers { conflict }: the page says so.
   */
  async save(save) {
    try {
      return { result: await writeRecord(save) };
    } catch (error) {
      if (error?.name === "ConflictError") return { result: { conflict: error.stored } };
      throw error;
    }
  },

  /** Exports run here too: a 100,000-person workbook takes seconds to write. */
  async exportXlsx({ text, options }) {
    const bytes = (await io()).exportXlsx(text, options);
    return { result: bytes, transfer: buffers({ bytes }) };
  },

  /**
   * The report an official files (report.filing: header, tables, short list,
   * closing): built by the file module, which the report tab loads on demand.
   */
  async filing({ text, options }) {
    return { result: (await io()).analyze(text, { ...options, people: "none", filing: true }).filing ?? null };
  },

  /** The report an official files, as a Word document. */
  async exportDocx({ text, options }) {
    const bytes = (await io()).exportDocx(text, options);
    return { result: bytes, transfer: buffers({ bytes }) };
  },

  async exportCsv({ text, options }) {
    return { result: (await io()).exportCsv(text, options) };
  },

  /** A quick worksheet's CSV, written by the engine's one CSV module (issue 15). */
  async worksheetCsv({ input, options }) {
    return { result: (await io()).worksheetCsv(input, options) };
  },

  /**
   * Holds a dataset: `source` is its JSON text or the bytes of that text
   * (a Uint8Array, transferred). Answers { rows }: how many people rows.
   */
  async "roster-load"({ source, options }) {
    const { Roster } = await core();
    roster?.free();
    roster = null;
    roster = Roster.fromJson(source, options);
    return { result: { rows: roster.length } };
  },

  /** Applies operations; answers { undo, rows }: the operations that undo them. */
  async "roster-apply"({ ops, options }) {
    const undo = heldRoster().apply(ops, options);
    return { result: { undo, rows: roster.length } };
  },

  /**
   * The report of the held roster, as the analyze task gives it (people as
   * columns); with `base` (the number of the report the page holds, or null)
   * as the change from that report (Roster.reportChange, issue 18).
   */
  async "roster-report"({ options, base }) {
    const asked = { ...options, people: options?.people ?? "columns" };
    if (base === undefined) {
      const report = heldRoster().report(asked);
      return { result: report, transfer: report.peopleColumns ? buffers(report.peopleColumns) : [] };
    }
    const change = heldRoster().reportChange(asked, base ?? undefined);
    const columns = change.report ? change.report.peopleColumns : change.columns?.index ? change.columns : null;
    return { result: change, transfer: columns ? buffers(columns) : [] };
  },

  /** The rows the grid shows: people rows from .. from + count. */
  async "roster-rows"({ from, count }) {
    return { result: heldRoster().rows(from, count) };
  },

  /**
   * The dataset held as the UTF-8 bytes of its JSON text, handed over (the
   * autosave: analysis.js saveFromRoster). No string of 20–200 MB is made.
   */
  async "roster-json-bytes"() {
    const bytes = heldRoster().toJsonBytes();
    return { result: bytes, transfer: [bytes.buffer] };
  },

  /** The dataset held, as JSON text (for saving and export). */
  async "roster-dataset"() {
    return { result: heldRoster().toJson() };
  },

  /** Traps the file module on purpose: the tests of trap recovery call it. */
  async trapForTest() {
    (await io()).__panicForTest();
    return { result: null };
  },

  /** Hometowns against a province (src/places.rs): who is from elsewhere. */
  async hometownMarks({ hometowns, province }) {
    return { result: (await io()).hometownMarks(hometowns, province) };
  },

  async inspectFile({ bytes, options }) {
    return { result: (await io()).inspectFile(bytes, options) };
  },

  /**
   * The people cross as JSON text, far cheaper to send and parse than to
   * clone as objects, in slices that the page parses one task at a time.
   * The file module writes them as JSON bytes (peopleAs "json"): none
   * becomes an object here.
   */
  async importFile({ bytes, options }) {
    const { peopleJson, ...rest } = (await io()).importFile(bytes, { ...options, peopleAs: "json" });
    return { result: { ...rest, peopleJson: jsonSlices(peopleJson, PEOPLE_SLICE) } };
  },
};

/**
 * importFile's peopleJson ("[\n", a person a line, "\n]") as JSON texts of
 * arrays of at most `size` people each.
 */
export function jsonSlices(bytes, size) {
  const decoder = new TextDecoder();
  const slices = [];
  const last = bytes.length - 1; // the closing "]"
  let start = bytes.indexOf(10) + 1; // after "[\n"
  while (start > 0 && start < last) {
    let end = start;
    for (let k = 0; k < size; k++) {
      const newline = bytes.indexOf(10, end);
      if (newline < 0 || newline >= last) {
        end = last;
        break;
      }
      end = newline + 1;
    }
    const lines = decoder.decode(bytes.subarray(start, end)).trimEnd();
    slices.push(`[${lines.endsWith(",") ? lines.slice(0, -1) : lines}]`);
    start = end;
  }
  return slices;
}

/** Runs one task by name. A trap rejects with an Error whose `trapped` is true. */
export async function run(kind, args) {
  const task = TASKS[kind];
  if (!task) throw new Error(`unknown engine task ${kind}`);
  try {
    return await task(args);
  } catch (error) {
    throw isTrap(error) ? recover(error) : error;
  }
}
