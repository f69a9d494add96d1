// QHCB page: boots the wasm engine, restores the saved workspace, and wires
// the views (data, results, rules, report) to the store. Every change goes
// through the store (undoable, saved in the browser) and is analysed again
// by the engine, in a worker for large datasets; nothing here computes a figure.

import init, { analyze, parseCell, profiles, ruleSpecs, terms, version, worksheet } from "./pkg/qhcb.js";
import { $, $$, el, activeElement, layer, nextTask, onRoot, setRoot } from "./dom.js";
import { t, format, lang, setLang, restoreLang } from "./i18n.js";
import { Store, emptyDataset, restore, setOp } from "./store.js";
import { PeopleGrid } from "./grid.js";
import { renderUnitForm, renderTitles } from "./editors.js";
import {
  compositionTable,
  renderCohortCharts,
  renderFindings,
  renderGroups,
  renderSummary,
  renderTimeline,
} from "./dashboard.js";
import { renderProfile, renderCutoffs } from "./profile-panel.js";
import { renderReport, renderReportSettings } from "./report-view.js";
import { ImportPanel } from "./import-panel.js";
import { WorksheetsPanel } from "./worksheets-panel.js";
import { Engine, isAborted } from "./engine.js";
import { withPeopleList } from "./report-people.js";

const EXAMPLE = { url: new URL("examples/phu-luong.json", import.meta.url), name: "Đảng bộ huyện Phú Lương" };
const TABS = ["data", "results", "rules", "report", "sheets"];
const CUSTOM_ID = "tuy-chinh";
/**
 * From this many people the analysis runs in the worker. Below it, it takes
 * a few tens of milliseconds: it runs here, and the page shows the figures
 * in the same frame as the edit.
 */
const WORKER_FROM = 5000;

let store = null;

const ui = {
  report: null,
  specs: [],
  profiles: [],
  cohort: "all",
  tab: "data",
  grid: null,
  host: null,
  standalone: false,
  /** The worker that analyses large datasets. */
  engine: new Engine(),
  /** The worker that writes the autosave (not kept waiting behind an analysis). */
  saver: new Engine(),
  /** Counts the analyses asked for: a report is shown only if no later one was asked for. */
  revision: 0,
  /** The report the result views show. */
  shown: undefined,
  /** The latest analyse(): resolves when its report is shown (an import waits for it). */
  analysis: null,
};

/** Tells the embedding page (or portal) what changed: DOM events on the element. */
function emit(type, detail) {
  ui.host?.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

function showError(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = !message;
}

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

// ---- static text and tabs ------------------------------------------------------

function applyStaticText() {
  if (ui.standalone) {
    document.documentElement.lang = lang();
    document.title = t("appTitle");
  }
  ui.host?.setAttribute("lang", lang());
  for (const node of $$("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of $$("[data-i18n-label]")) node.setAttribute("aria-label", t(node.dataset.i18nLabel));
  for (const button of $$("[data-lang]")) {
    button.setAttribute("aria-pressed", String(button.dataset.lang === lang()));
  }
  $("version").textContent = t("version", { version: version() });
  showSource();
  showSaved();
  ui.grid?.applyText();
}

function showSaved() {
  if (!store.lastSaved) return;
  const time = new Date(store.lastSaved).toLocaleTimeString(lang() === "vi" ? "vi-VN" : "en-GB");
  $("save-status").textContent = t("savedAt", { time });
  $("save-status").dataset.saves = String(store.saves);
}

function showSource() {
  const source = store.source;
  $("source-name").textContent = source
    ? t(`sources.${source.kind}`, { name: source.name ?? "" })
    : t("noData");
}

function showTab(name, focus = false) {
  ui.tab = name;
  for (const tab of TABS) {
    const button = $(`tab-${tab}`);
    const selected = tab === name;
    button.setAttribute("aria-selected", String(selected));
    button.tabIndex = selected ? 0 : -1;
    $(`view-${tab}`).hidden = !selected;
  }
  if (focus) $(`tab-${name}`).focus();
  if (name === "data") ui.grid?.scheduleRender();
  if (name === "report") loadFiling();
}

/**
 * The report an official files for the report shown: made by the file module
 * (loaded the first time the report tab opens), then drawn in place of the
 * shorter report. Resolves when it is drawn (or cannot be).
 */
async function loadFiling() {
  const report = ui.shown;
  if (!report || report.filing || (store.dataset?.people?.length ?? 0) >= WORKER_FROM) return;
  if (ui.filingFor?.report === report) return ui.filingFor.done;
  const done = (async () => {
    try {
      const filing = await ui.engine.call("filing", { text: store.json(), options: { lang: lang() } });
      if (ui.shown !== report || !filing) return;
      report.filing = filing;
      renderReport($("report-sheet"), report);
      emit("qhcb-report", { report });
    } catch (error) {
      if (!isAborted(error)) showError(t("exportFailed", { message: error.message }));
    }
  })();
  ui.filingFor = { report, done };
  return done;
}

// ---- analysis and rendering -----------------------------------------------------------

/** Shows a report (or an analysis error) of the dataset as it is. */
function setReport(report, error, layout = store.layout) {
  ui.report = report;
  ui.reportLayout = layout;
  showError(error ? t("loadFailed", { message: error.message }) : "");
  emit("qhcb-report", { report: ui.report });
}

/**
 * Analyses the dataset as it is now. A small one is analysed here at once;
 * a large one in the worker, while the page keeps the previous report and
 * says that it is analysing. Resolves when the report is shown, or when a
 * later change has superseded this analysis.
 */
async function analyse() {
  const revision = ++ui.revision;
  const dataset = store.dataset;
  if (!dataset || (dataset.people?.length ?? 0) < WORKER_FROM) showBusy(false);
  if (!dataset) {
    ui.report = null;
    return;
  }
  if (dataset.people.length < WORKER_FROM) {
    try {
      setReport(withPeopleList(analyze(store.json(), { lang: lang(), people: "columns" }), dataset.people.slice()));
    } catch (error) {
      setReport(null, error);
    }
    return;
  }
  showBusy(true);
  // Let the edit show first; the JSON text is then made a slice per task.
  await nextTask();
  const text = await store.jsonSoon();
  if (revision !== ui.revision) return;
  const layout = store.layout;
  try {
    const report = await ui.engine.analyze(text, { lang: lang() });
    if (revision !== ui.revision) return;
    // The rows as they were analysed: a host reading report.people later gets their ids.
    setReport(withPeopleList(report, dataset.people.slice()), null, layout);
  } catch (error) {
    if (isAborted(error) || revision !== ui.revision) return;
    setReport(null, error);
  }
  showBusy(false);
  renderResults();
}

/** Marks the results as being recomputed (the figures shown are of the previous data). */
function showBusy(busy) {
  $("analysis-status").textContent = busy ? t("analysing") : "";
  $("view-results").setAttribute("aria-busy", String(busy));
}

/** The control that last fired "change", and when (seen before its own handler runs). */
const lastChange = { node: null, at: 0 };

/** A selector for a focused form control, to find its twin after a re-render. */
function focusKey(node) {
  if (!node || node === document.body) return null;
  if (node.id) return `#${CSS.escape(node.id)}`;
  const row = node.closest("[data-title-row]")?.dataset.titleRow;
  const field = node.dataset.titleField ?? (node.tagName === "BUTTON" ? "button" : null);
  if (row != null && field) {
    return field === "button" ? `tr[data-title-row="${row}"] button` : `tr[data-title-row="${row}"] [data-title-field="${field}"]`;
  }
  return null;
}

/**
 * Re-renders an editor without losing the user's place: when focus is inside
 * it (the edit came from there), the re-render waits until the browser has
 * moved focus (Tab, click) and then focuses the same control again.
 */
function renderKeepingFocus(root, render) {
  // Chrome takes focus away before it fires "change" on Tab, so look at what just changed too.
  const recent = lastChange.node && performance.now() - lastChange.at < 250 ? lastChange.node : null;
  if (!root.contains(activeElement()) && !(recent && root.contains(recent))) {
    render();
    return;
  }
  setTimeout(() => {
    const key = focusKey(root.contains(activeElement()) ? activeElement() : null);
    render();
    if (key) root.querySelector(key)?.focus();
  }, 0);
}

function renderAll() {
  renderKeepingFocus($("unit-form"), () => renderUnitForm($("unit-form"), store, ui.profiles, showError, (level) => terms(level, { lang: lang() })));
  renderResults();
}

/** Everything that shows the report: after each change, and when a report arrives from the worker. */
function renderResults() {
  const report = ui.report;
  renderKeepingFocus($("titles-editor-root"), () => renderTitles($("titles-editor-root"), store, ui.report));
  // Until its new report arrives, a large dataset whose rows have moved shows no computed
  // figures in the grid rather than each row's neighbour's.
  ui.grid.setReport(ui.reportLayout === store.layout ? report : null);
  $("results").hidden = !report;
  $("no-results").hidden = !!report;
  // An edit of a large dataset shows before its report arrives: the views of the old report stay.
  if (report === ui.shown) {
    updateButtons();
    return;
  }
  ui.shown = report;
  if (report) {
    renderSummary(report);
    chooseCohort(ui.cohort);
    renderGroups(report, $("groups-table"), $("titles-table"));
    compositionTable($("cohorts-table"), report.cohorts, Object.keys(report.cohorts));
    renderTimeline(report);
    renderFindings($("findings"), report, jumpTo);
    renderProfile($("profile-panel"), report, ui.specs, { onChange: editRule, onReset: resetProfile });
    renderCutoffs($("cutoffs"), report);
    renderReportSettings($("report-settings"), store);
    if ((store.dataset?.people?.length ?? 0) < WORKER_FROM) {
      renderReport($("report-sheet"), report);
      if (ui.tab === "report") loadFiling();
    }
    else {
      // Thousands of findings are drawn twice (results and the A4 report): the report in a task of its own.
      nextTask().then(() => {
        if (ui.shown === report) renderReport($("report-sheet"), report);
      });
    }
  } else {
    $("profile-panel").replaceChildren();
    $("report-sheet").replaceChildren();
  }
  updateButtons();
}

/** Shows the charts and detail table of one cohort. */
function chooseCohort(key) {
  ui.cohort = renderCohortCharts(ui.report, key, chooseCohort);
}

function updateButtons() {
  const has = !!store.dataset;
  $("save-json").disabled = !has;
  $("export-xlsx").disabled = !ui.report;
  $("export-csv").disabled = !ui.report;
  $("undo").disabled = !store.canUndo();
  $("redo").disabled = !store.canRedo();
  $("print-report").disabled = !ui.report;
  $("export-docx").disabled = !ui.report;
}

function onStore(reason) {
  if (reason === "saved") {
    showSaved();
    return;
  }
  if (reason?.saveError) {
    $("save-status").textContent = t("saveFailed", { message: reason.saveError.message ?? "" });
    return;
  }
  if (reason === "load") showSource();
  ui.analysis = analyse();
  renderAll();
  emit("qhcb-change", { dataset: store.dataset, reason });
}

/** From a finding to the row it is about. */
function jumpTo(finding) {
  if (finding.subject.kind === "title") {
    showTab("data");
    const index = (store.dataset.titles ?? []).findIndex((x) => x?.id === finding.subject.id);
    const row = index >= 0 ? index : finding.row;
    $("titles-editor-root").querySelector(`tr[data-title-row="${row}"] input`)?.focus();
    return;
  }
  const index = finding.row ?? store.dataset.people.findIndex((p) => p?.id === finding.subject.id);
  if (index < 0) return;
  showTab("data");
  ui.grid.focusCell(index, finding.field ?? "name");
}

// ---- profile edits ------------------------------------------------------------------

/** Changes a rule: in the dataset's own custom profile, or a new one copied from the active profile. */
function editRule(code, change) {
  const data = store.dataset;
  const active = ui.report?.activeProfile;
  if (!data || !active) return;
  const list = structuredClone(data.profiles ?? []);
  let custom = active.basedOn ? list.find((p) => p?.id === active.id) : null;
  if (!custom) {
    const taken = new Set(list.map((p) => p?.id));
    let id = CUSTOM_ID;
    for (let n = 2; taken.has(id); n++) id = `${CUSTOM_ID}-${n}`;
    custom = { id, name: t("customName", { base: active.name }), basedOn: active.id, rules: [] };
    list.push(custom);
  }
  custom.rules ??= [];
  let entry = custom.rules.find((r) => r.code === code);
  if (!entry) {
    entry = { code };
    custom.rules.push(entry);
  }
  if (change.params) entry.params = { ...entry.params, ...change.params };
  if (change.severity) entry.severity = change.severity;
  if (change.enabled !== undefined) entry.enabled = change.enabled;
  store.commit({ type: "batch", ops: [setOp(data, ["profiles"], list), setOp(data, ["profile"], custom.id)] });
}

function resetProfile() {
  const active = ui.report?.activeProfile;
  if (!active?.basedOn) return;
  store.commit(setOp(store.dataset, ["profile"], active.basedOn));
}

// ---- files ----------------------------------------------------------------------------

/** Asks before replacing a workspace that holds data. */
function mayDiscard() {
  const data = store.dataset;
  const empty = !data || ((data.people ?? []).length === 0 && (data.titles ?? []).length === 0);
  return empty || window.confirm(t("confirmDiscard"));
}

/** Opens a dataset given as text; the engine says what is wrong with it. */
async function openText(textValue, source) {
  let data;
  try {
    data = JSON.parse(textValue);
  } catch (error) {
    showError(t("loadFailed", { message: t("notJson", { message: error.message }) }));
    return;
  }
  const shaped = data && typeof data === "object" && !Array.isArray(data) && Array.isArray(data.people);
  if (!shaped) {
    // Not a dataset at all: the engine says why, and the current workspace is kept.
    try {
      analyze(data, { lang: lang() });
    } catch (error) {
      showError(t("loadFailed", { message: error.message }));
      return;
    }
  }
  // A national roster took a long task to parse: it is shown in the next one.
  if (shaped && data.people.length >= WORKER_FROM) await nextTask();
  store.load(data, source);
}

/** The example dataset: inlined in the single-file build, else fetched beside the module. */
async function exampleText() {
  if (globalThis.QHCB_EXAMPLE) return globalThis.QHCB_EXAMPLE;
  const response = await fetch(EXAMPLE.url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return response.text();
}

async function loadExample() {
  if (!mayDiscard()) return;
  try {
    await openText(await exampleText(), { kind: "example", name: EXAMPLE.name });
  } catch (error) {
    showError(t("loadFailed", { message: error.message }));
  }
}

/** Files above this are refused before they are read: the tab would run out of memory. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

function tooLarge(file) {
  if (file.size <= MAX_FILE_BYTES) return false;
  showError(t("fileTooLarge", { name: file.name, size: format.decimal(file.size / 1048576, 0) }));
  return true;
}

async function loadFile(file) {
  if (tooLarge(file) || !mayDiscard()) return;
  try {
    await openText(await file.text(), { kind: "file", name: file.name });
  } catch {
    showError(t("readFailed", { name: file.name }));
  }
}

function download(name, content, type = "application/json") {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = el("a", { href: url, download: name });
  layer().append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function saveJson() {
  if (!store.dataset) return;
  const name = store.source?.kind === "file" && store.source.name ? store.source.name : "qhcb.json";
  download(name, JSON.stringify(store.dataset, null, 1));
}

/**
 * Adds imported people (and the titles made for them) as one undoable step.
 * Returns { analysed } (resolves when their report is shown) and
 * { retract() } (takes the step back for good: the import was cancelled).
 */
function addImported(result, fileName) {
  if (!store.dataset) store.load(emptyDataset(today()), { kind: "file", name: fileName });
  const data = store.dataset;
  const ops = [];
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
  if (!store.dataset) return;
  try {
    // In the worker: writing a 100,000-person workbook takes seconds.
    const args = { text: await store.jsonSoon(), options: { lang: lang() } };
    if (kind === "xlsx") {
      const bytes = await ui.engine.call("exportXlsx", args);
      download("qhcb.xlsx", bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    } else if (kind === "docx") {
      const bytes = await ui.engine.call("exportDocx", args);
      download("bao-cao-quy-hoach.docx", bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    } else {
      download("qhcb.csv", await ui.engine.call("exportCsv", args), "text/csv;charset=utf-8");
    }
  } catch (error) {
    showError(t("exportFailed", { message: error.message }));
  }
}

function newDataset() {
  if (!mayDiscard()) return;
  store.load(emptyDataset(today()), { kind: "new", name: "" });
  showTab("data");
  $("unit-name")?.focus();
}

// ---- wiring -----------------------------------------------------------------------------

function wireTabs() {
  const [tablist] = $$('[role="tablist"]');
  for (const tab of TABS) $(`tab-${tab}`).addEventListener("click", () => showTab(tab));
  tablist.addEventListener("keydown", (event) => {
    const i = TABS.indexOf(ui.tab);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    showTab(TABS[(next + TABS.length) % TABS.length], true);
  });
}

function wire() {
  wireTabs();
  $("new-dataset").addEventListener("click", newDataset);
  $("load-example").addEventListener("click", loadExample);
  $("file").addEventListener("change", (event) => {
    const [file] = event.target.files;
    if (file) loadFile(file);
    event.target.value = "";
  });
  $("save-json").addEventListener("click", saveJson);
  $("import-file").addEventListener("change", (event) => {
    const [file] = event.target.files;
    if (file && !tooLarge(file)) {
      showTab("data");
      ui.importer.open(file);
    }
    event.target.value = "";
  });
  $("export-xlsx").addEventListener("click", () => exportFile("xlsx"));
  $("export-csv").addEventListener("click", () => exportFile("csv"));
  $("undo").addEventListener("click", () => store.undo());
  $("redo").addEventListener("click", () => store.redo());
  $("print-report").addEventListener("click", async () => {
    showTab("report");
    await loadFiling();
    window.print();
  });
  $("export-docx").addEventListener("click", () => exportFile("docx"));
  onRoot(
    "change",
    (event) => {
      lastChange.node = event.target;
      lastChange.at = performance.now();
    },
    true,
  );
  onRoot("keydown", (event) => {
    const typing = event.target.closest?.("input, select, textarea");
    if (typing || !(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key === "z" && !event.shiftKey) {
      event.preventDefault();
      store.undo();
    } else if (key === "y" || (key === "z" && event.shiftKey)) {
      event.preventDefault();
      store.redo();
    }
  });
  for (const button of $$("[data-lang]")) {
    button.addEventListener("click", () => {
      useLang(button.dataset.lang);
    });
  }
  // Leaving with a save pending: write it now.
  window.addEventListener("pagehide", () => store.saveNow({ here: true }));
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") store.saveNow({ here: true });
  });
  for (const id of ["new-dataset", "load-example", "file", "import-file"]) $(id).disabled = false;
}

/** Shows another language, as the switch or the element's `lang` attribute asks. */
export function useLang(code) {
  setLang(code);
  applyStaticText();
  ui.sheets.render();
  analyse();
  renderAll();
}

/**
 * Starts the tool in `root` (a shadow root holding MARKUP). `host` is the
 * <qhcb-app> element; `options.standalone` marks the page that is only the
 * tool; `options.wasm` gives the engine's bytes (the single-file build);
 * `options.storageKey` names the saved workspace; `options.lang` the language.
 * Returns the element's API.
 */
export async function mount(root, host, options = {}) {
  setRoot(root);
  ui.host = host;
  ui.standalone = !!options.standalone;
  await (options.wasm ? init({ module_or_path: options.wasm }) : init());
  store = new Store(options.storageKey, { write: (record, key) => ui.saver.call("save", { record, key }) });
  ui.specs = ruleSpecs();
  ui.profiles = profiles();
  restoreLang();
  if (options.lang) setLang(options.lang);
  ui.grid = new PeopleGrid($("people-grid-root"), { store, parseCell });
  ui.sheets = new WorksheetsPanel($("sheets-root"), { worksheet, profiles: ui.profiles });
  ui.importer = new ImportPanel($("import-panel"), {
    // An engine of its own: cancelling an import ends its worker, not the analysis.
    engine: new Engine(),
    getDataset: () => store.dataset,
    onImport: addImported,
  });
  applyStaticText();
  ui.sheets.render();
  wire();
  store.subscribe(onStore);
  if (options.dataset) {
    store.load(structuredClone(options.dataset), { kind: "external", name: "" });
  } else {
    const saved = await restore(options.storageKey);
    if (saved?.corrupt) {
      offerCorrupt(saved.corrupt);
    } else if (saved) {
      store.load(saved.dataset, { kind: "restored", name: saved.source?.name ?? "" });
    }
  }
  renderAll();
  host.setAttribute("data-ready", "true");
  if (ui.standalone) document.body.dataset.ready = "true";
  return {
    getDataset: () => store.dataset,
    setDataset: (dataset, name = "") => store.load(structuredClone(dataset), { kind: "external", name }),
    getReport: () => ui.report,
    setLang: useLang,
    showTab,
  };
}

/** A saved workspace that cannot be used is offered for download, never discarded. */
function offerCorrupt(raw) {
  const button = el("button", { type: "button", id: "export-corrupt" }, t("corruptExport"));
  button.addEventListener("click", () => download("qhcb-ban-luu-loi.json", JSON.stringify(raw, null, 1)));
  const box = $("error");
  box.replaceChildren(t("corruptSaved"), " ", button);
  box.hidden = false;
}

