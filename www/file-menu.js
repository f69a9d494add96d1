// Part of one tool (see app.js): the toolbar's file menu (Tạo mới, the
// example, Mở tệp…, Lưu tệp, Nhập từ tệp, the exports, In báo cáo) and the
// state of its buttons; what the data came from.

import { analyze } from "./pkg/qhcb.js";
import { nextTask, put } from "./dom.js";
import { t, format, lang } from "./i18n.js";
import { emptyDataset, setOp, today } from "./store.js";
import { canEncrypt } from "./saved.js";
import { downloadName } from "./names.js";
import { download } from "./download.js";
import { placeImported } from "./units.js";
import { WORKER_FROM } from "./analysis.js";

const EXAMPLE = { url: new URL("examples/phu-luong.json", import.meta.url), name: "Đảng bộ huyện Phú Lương" };

/** Files above this are refused before they are read: the tab would run out of memory. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** A spreadsheet or CSV file, by its first bytes (ZIP: XLSX, ODS; OLE2: XLS) or its extension. */
async function isSpreadsheet(file) {
  if (/\.(xlsx|xlsm|xls|ods|csv|tsv)$/i.test(file.name)) return true;
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return (head[0] === 0x50 && head[1] === 0x4b) || (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0);
}

/** The example dataset: inlined in the single-file build, else fetched beside the module. */
async function exampleText() {
  if (globalThis.QHCB_EXAMPLE) return globalThis.QHCB_EXAMPLE;
  const response = await fetch(EXAMPLE.url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return response.text();
}

/**
 * The file menu of one tool. Uses from `tool`: `$`, `layer()`, `store`,
 * `ui` (`engine`, `importer`, `report`, `workspace`, `analysis`),
 * `showError`, `showTab`, `showFiling`, `eraseSaved`.
 */
export function createFileMenu(tool) {
  const { $, ui } = tool;

  /** Shows what the data came from (a file, the example, …). */
  function showSource() {
    const source = tool.store.source;
    $("source-name").textContent = source
      ? t(`sources.${source.kind}`, { name: source.name ?? "" })
      : t("noData");
  }

  function updateButtons() {
    const { store } = tool;
    const has = !!store.dataset;
    const writable = store.writable;
    const disabled = (id, value) => put($(id), "disabled", value);
    disabled("save-json", !has);
    // A copy that only reads offers nothing that would change the data.
    for (const id of ["new-dataset", "load-example", "file", "import-file"]) disabled(id, !writable);
    disabled("erase-data", !writable && ui.workspace.mode !== "damaged");
    disabled("lock-workspace", !writable || !canEncrypt());
    put($("lock-workspace"), "textContent", t(ui.workspace.hasPassphrase ? "workspace.changePassphrase" : "workspace.lock"));
    disabled("export-xlsx", !ui.report);
    disabled("export-csv", !ui.report);
    disabled("undo", !store.canUndo());
    disabled("redo", !store.canRedo());
    disabled("print-report", !ui.report);
    disabled("export-docx", !ui.report);
  }

  /** Asks before replacing a workspace that holds data. */
  function mayDiscard() {
    const data = tool.store.dataset;
    const empty = !data || ((data.people ?? []).length === 0 && (data.titles ?? []).length === 0);
    return empty || window.confirm(t("confirmDiscard"));
  }

  /**
   * Opens a dataset given as text; the engine says what is wrong with it.
   * `bytes`, the file's own (UTF-8), go to the engine's worker as they are,
   * without the dataset being written as text again (issue 18).
   */
  async function openText(textValue, source, bytes = null) {
    let data;
    try {
      data = JSON.parse(textValue);
    } catch (error) {
      tool.showError(t("loadFailed", { message: t("notJson", { message: error.message }) }));
      return;
    }
    const shaped = data && typeof data === "object" && !Array.isArray(data) && Array.isArray(data.people);
    if (!shaped) {
      // Not a dataset at all: the engine says why, and the current workspace is kept.
      try {
        analyze(data, { lang: lang() });
      } catch (error) {
        tool.showError(t("loadFailed", { message: error.message }));
        return;
      }
    }
    // A national roster took a long task to parse: it is shown in the next one.
    if (shaped && data.people.length >= WORKER_FROM) await nextTask();
    tool.store.load(data, source, { bytes });
  }

  async function loadExample() {
    if (!mayDiscard()) return;
    try {
      await openText(await exampleText(), { kind: "example", name: EXAMPLE.name });
    } catch (error) {
      tool.showError(t("loadFailed", { message: error.message }));
    }
  }

  function tooLarge(file) {
    if (file.size <= MAX_FILE_BYTES) return false;
    tool.showError(t("fileTooLarge", { name: file.name, size: format.decimal(file.size / 1048576, 0) }));
    return true;
  }

  async function loadFile(file) {
    if (tooLarge(file)) return;
    // "Mở tệp…" on a spreadsheet: the import panel, which adds its rows to the data.
    if (await isSpreadsheet(file).catch(() => false)) {
      tool.showTab("data");
      (await tool.importer()).open(file);
      return;
    }
    if (!mayDiscard()) return;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // Bytes that are not UTF-8 are read leniently here; the engine then gets the text, not them.
      let text = null;
      let utf8 = true;
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch {
        text = new TextDecoder().decode(bytes);
        utf8 = false;
      }
      await openText(text, { kind: "file", name: file.name }, utf8 ? bytes : null);
    } catch {
      tool.showError(t("readFailed", { name: file.name }));
    }
  }

  /** A download from this tool: its link inside the tool (see download.js). */
  function save(name, content, type = "application/json") {
    download(name, content, type, tool.layer());
  }

  /** A download's name from the unit and the review date: "QHCB-Dang-bo-huyen-Dinh-Hoa-2024-12-15.xlsx". */
  function fileName(ext) {
    const data = tool.store.dataset;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(data?.asOf ?? "") ? data.asOf : today();
    return downloadName(data?.unit?.name ?? "", date, ext);
  }

  function saveJson() {
    const { store } = tool;
    if (!store.dataset) return;
    const name = store.source?.kind === "file" && /\.json$/i.test(store.source.name ?? "") ? store.source.name : fileName("json");
    save(name, JSON.stringify(store.dataset, null, 1));
  }

  /**
   * Adds imported people (and the titles made for them) as one undoable step.
   * Returns { analysed } (resolves when their report is shown) and
   * { retract() } (takes the step back for good: the import was cancelled).
   */
  function addImported(result, fileName) {
    const { store } = tool;
    if (!store.dataset) store.load(emptyDataset(today()), { kind: "file", name: fileName });
    const data = store.dataset;
    const ops = [];
    // Rows that name their unit are placed in it (units and titles made as needed).
    const placed = placeImported(data, result);
    if (placed) {
      ops.push(setOp(data, ["units"], placed.units), setOp(data, ["titles"], placed.titles));
      result = { ...result, newTitles: [], people: placed.people };
    }
    if (result.newTitles.length) {
      ops.push({ type: "splice", path: ["titles"], index: data.titles.length, removed: [], inserted: result.newTitles });
    }
    if (result.people.length) {
      // The rows were just parsed from the worker's answer: the store may keep them as they are.
      ops.push({ type: "splice", path: ["people"], index: data.people.length, removed: [], inserted: result.people, fresh: true });
    }
    if (!ops.length) return { analysed: Promise.resolve(), retract() {} };
    const op = { type: "batch", ops };
    store.commit(op);
    return { analysed: ui.analysis, retract: () => store.retract(op) };
  }

  async function exportFile(kind) {
    const { store } = tool;
    if (!store.dataset) return;
    try {
      // In the worker: writing a 100,000-person workbook takes seconds.
      const args = { text: await store.jsonSoon(), options: { lang: lang() } };
      if (kind === "xlsx") {
        const bytes = await ui.engine.call("exportXlsx", args);
        save(fileName("xlsx"), bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      } else if (kind === "docx") {
        const bytes = await ui.engine.call("exportDocx", args);
        save(fileName("docx"), bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      } else {
        save(fileName("csv"), await ui.engine.call("exportCsv", args), "text/csv;charset=utf-8");
      }
    } catch (error) {
      tool.showError(t("exportFailed", { message: error.message }));
    }
  }

  /**
   * A new, empty workspace. What was saved before is deleted from the
   * browser (its database, not just its record), so no earlier version of
   * the work stays readable on this computer.
   */
  async function newDataset() {
    const { store } = tool;
    if (!store.writable) {
      store.refuseEdit();
      return;
    }
    if (!mayDiscard()) return;
    await tool.eraseSaved({ quiet: true });
    store.load(emptyDataset(today()), { kind: "new", name: "" });
    tool.showTab("data");
    $("unit-name")?.focus();
  }

  function wireFileMenu() {
    $("new-dataset").addEventListener("click", newDataset);
    $("load-example").addEventListener("click", loadExample);
    $("file").addEventListener("change", (event) => {
      const [file] = event.target.files;
      if (file) loadFile(file);
      event.target.value = "";
    });
    $("save-json").addEventListener("click", saveJson);
    $("import-file").addEventListener("change", (event) => {
      // Several files at once, one per unit.
      const files = [...event.target.files].filter((file) => !tooLarge(file));
      if (files.length) {
        tool.showTab("data");
        tool.importer().then((importer) => importer.openMany(files));
      }
      event.target.value = "";
    });
    $("export-xlsx").addEventListener("click", () => exportFile("xlsx"));
    $("export-csv").addEventListener("click", () => exportFile("csv"));
    $("print-report").addEventListener("click", async () => {
      tool.showTab("report");
      await tool.showFiling();
      window.print();
    });
    $("export-docx").addEventListener("click", () => exportFile("docx"));
  }

  return { showSource, updateButtons, saveJson, save, addImported, wireFileMenu };
}
