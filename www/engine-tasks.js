// What the engine does on request, in whichever thread runs it: the worker
// (engine-worker.js) or, where no worker can start, the page itself. Each
// task returns { result, transfer }: typed arrays are handed over, not copied.

import init, { analyze } from "./pkg/qhcb.js";
import { buffers } from "./report-people.js";
import { saveRecord } from "./saved.js";

/**
 * The file import and export functions live in a second, larger module that
 * is loaded the first time a file is imported or exported (the single-file
 * build carries it already as its only engine, in QHCB_IO_MODULE).
 */
let ioModule = null;
export async function io() {
  if (!ioModule) {
    const module = globalThis.QHCB_IO_MODULE ?? (await import("./pkg/qhcb_io.js"));
    await module.default(globalThis.QHCB_WASM ? { module_or_path: globalThis.QHCB_WASM } : undefined);
    ioModule = module;
  }
  return ioModule;
}

/** People per slice of an import's answer: each slice parses in about 10 ms. */
const PEOPLE_SLICE = 10000;

const TASKS = {
  /** `text` is the dataset's JSON text: one string crosses, not 100,000 objects. */
  async analyze({ text, options }) {
    await init(globalThis.QHCB_WASM ? { module_or_path: globalThis.QHCB_WASM } : undefined);
    const report = analyze(text, { ...options, people: "columns" });
    return { result: report, transfer: buffers(report.peopleColumns) };
  },

  /** The autosave's write (store.js): copying 20 MB into IndexedDB is done here. */
  async save({ record, key }) {
    await saveRecord(record, key);
    return { result: true };
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

  async inspectFile({ bytes, options }) {
    return { result: (await io()).inspectFile(bytes, options) };
  },

  /**
   * The people cross as JSON text, far cheaper to send and parse than to
   * clone as objects, in slices that the page parses one task at a time.
   */
  async importFile({ bytes, options }) {
    const { people, ...rest } = (await io()).importFile(bytes, options);
    const slices = [];
    for (let i = 0; i < people.length; i += PEOPLE_SLICE) slices.push(JSON.stringify(people.slice(i, i + PEOPLE_SLICE)));
    return { result: { ...rest, peopleJson: slices } };
  },
};

/** Runs one task by name. */
export function run(kind, args) {
  const task = TASKS[kind];
  if (!task) throw new Error(`unknown engine task ${kind}`);
  return task(args);
}
