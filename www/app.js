// QHCB page: boots the wasm engine, restores the saved workspace, and wires
// the views (data, results, rules, report) to the store. Every change goes
// through the store (undoable, saved in the browser) and is analysed again
// by the engine, in a worker for large datasets; nothing here computes a figure.

import init, { analyze, parseCell, parsePaste, profiles, ruleSpecs, terms, version, worksheet } from "./pkg/qhcb.js";
import { el, nextTask, within } from "./dom.js";
import { t, format, lang, setLang, restoreLang } from "./i18n.js";
import { Store, emptyDataset, setOp } from "./store.js";
import { Workspace } from "./workspace.js";
import { ConflictError, canEncrypt } from "./saved.js";
import { PeopleGrid } from "./grid.js";
import { renderUnitForm, renderTitles, renderProfileSwitch } from "./editors.js";
import { downloadName } from "./names.js";
import {
  compositionTable,
  renderCohortCharts,
  renderFindings,
  renderGroups,
  renderSummary,
  renderTimeline,
} from "./dashboard.js";
import { renderProfile, renderCutoffs } from "./profile-panel.js";
import { renderReport as renderReportSheet, renderReportSettings } from "./report-view.js";
import { ImportPanel } from "./import-panel.js";
import { WorksheetsPanel } from "./worksheets-panel.js";
import { Engine, isAborted } from "./engine.js";
import { withPeopleList } from "./report-people.js";
// Issue 17: many units in one dataset.
import { UnitsPanel, renderUnitsResults, withUnits, placeImported } from "./units-panel.js";
const renderReport = withUnits(renderReportSheet);

const EXAMPLE = { url: new URL("examples/phu-luong.json", import.meta.url), name: "Đảng bộ huyện Phú Lương" };
const TABS = ["data", "results", "rules", "report", "sheets"];
const CUSTOM_ID = "tuy-chinh";
/**
 * From this many people the analysis runs in the worker. Below it, it takes
 * a few tens of milliseconds: it runs here, and the page shows the figures
 * in the same frame as the edit.
 */
const WORKER_FROM = 5000;

/**
 * One tool on the page: its own store, workers, views and saved workspace.
 * Nothing of a tool lives at module level, so several <qhcb-app> elements
 * on one page each keep their own work.
 */
function createTool(root, host) {
  const { $, $$, activeElement, layer, onRoot } = within(root);

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

  /**
   * Tells the embedding page (or portal) what changed: DOM events on the
   * element. They carry what changed, never the data, unless the host asks
   * for it with the `expose-data` attribute (then copies, never the live objects).
   */
  function emit(type, detail) {
    ui.host?.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  const exposeData = () => !!ui.host?.hasAttribute("expose-data");

  /** The counts an event says about the data. */
  function counts() {
    const data = store.dataset;
    return { people: data?.people?.length ?? 0, titles: data?.titles?.length ?? 0, revision: ui.workspace?.revision ?? 0 };
  }

  /** What qhcb-report says: headline figures (no names), the report itself only with `expose-data`. */
  function reportDetail(report) {
    const detail = {
      summary: report
        ? {
            people: report.cohorts.all.count,
            planned: report.cohorts.planned.count,
            women: report.cohorts.planned.women.share,
            young: report.cohorts.planned.young.share,
            findings: report.findings.length,
            errors: report.findings.filter((f) => f.severity === "error").length,
          }
        : null,
      revision: ui.workspace?.revision ?? 0,
    };
    if (exposeData()) detail.report = report ? structuredClone(report) : null;
    return detail;
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
    if (store.saveError === null && ui.banner === "saveFailed") showBanner();
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
    if (name === "report") showFiling();
    if (name === "data") ui.grid?.scheduleRender();
  }

  // ---- analysis and rendering -----------------------------------------------------------

  /** Shows a report (or an analysis error) of the dataset as it is. */
  function setReport(report, error, layout = store.layout) {
    ui.report = report;
    ui.reportLayout = layout;
    showError(error ? t("loadFailed", { message: error.message }) : "");
    emit("qhcb-report", reportDetail(ui.report));
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
    if (ui.units) renderKeepingFocus($("units-panel"), () => ui.units.render()); // Issue 17
    renderKeepingFocus($("unit-form"), () => renderUnitForm($("unit-form"), store, ui.profiles, showError, (level) => terms(level, { lang: lang() })));
    // The profile can be switched where its effect is read too.
    for (const view of ["results", "rules"]) {
      const root = $(`${view}-profile`);
      if (root) renderKeepingFocus(root, () => renderProfileSwitch(root, store, ui.profiles, `${view}-profile-select`));
    }
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
      renderSummary(report, $);
      chooseCohort(ui.cohort);
      renderGroups(report, $("groups-table"), $("titles-table"));
      compositionTable($("cohorts-table"), report.cohorts, Object.keys(report.cohorts));
      renderTimeline(report, $);
      renderFindings($("findings"), report, jumpTo);
      // Issue 17: the roll-up by level and the units.
      renderUnitsResults($("units-results"), report, {
        onShowPeople: (id) => {
          ui.units?.setFilter(id);
          showTab("data");
        },
      });
      renderProfile($("profile-panel"), report, ui.specs, { onChange: editRule, onReset: resetProfile });
      renderCutoffs($("cutoffs"), report);
      renderReportSettings($("report-settings"), store);
      if ((store.dataset?.people?.length ?? 0) < WORKER_FROM) renderReport($("report-sheet"), report);
      else {
        // Thousands of findings are drawn twice (results and the A4 report): the report in a task of its own.
        nextTask().then(() => {
          if (ui.shown === report) renderReport($("report-sheet"), report);
        });
      }
      // The report tab open: its filed form follows the data.
      if (ui.tab === "report") showFiling();
    } else {
      $("profile-panel").replaceChildren();
      $("report-sheet").replaceChildren();
    }
    updateButtons();
  }

  /**
   * The filed report (Party header, tables, short list, closing) of the
   * report shown: a document built by the file module, loaded the first
   * time the report tab is opened or printed (the first visit stays small).
   * Resolves when it is shown.
   */
  async function showFiling() {
    const report = ui.report;
    // The short list of a national roster would be thousands of pages: large datasets keep the shorter report.
    if (!report || report.filing || (store.dataset?.people?.length ?? 0) >= WORKER_FROM) return;
    if (ui.filing?.report !== report) {
      ui.filing = {
        report,
        done: (async () => {
          const text = await store.jsonSoon();
          const filing = await ui.engine.call("filing", { text, options: { lang: lang() } });
          if (ui.shown !== report || !filing) return;
          report.filing = filing;
          renderReport($("report-sheet"), report);
          emit("qhcb-filing", { pageLabel: filing.pageLabel ?? null });
        })().catch((error) => {
          if (!isAborted(error)) showError(t("loadFailed", { message: error.message }));
        }),
      };
    }
    await ui.filing.done;
  }

  /** Shows the charts and detail table of one cohort. */
  function chooseCohort(key) {
    ui.cohort = renderCohortCharts(ui.report, key, chooseCohort, $);
  }

  function updateButtons() {
    const has = !!store.dataset;
    const writable = store.writable;
    $("save-json").disabled = !has;
    // A copy that only reads offers nothing that would change the data.
    for (const id of ["new-dataset", "load-example", "file", "import-file"]) $(id).disabled = !writable;
    $("erase-data").disabled = !writable && ui.workspace.mode !== "damaged";
    $("lock-workspace").disabled = !writable || !canEncrypt();
    $("lock-workspace").textContent = t(ui.workspace.hasPassphrase ? "workspace.changePassphrase" : "workspace.lock");
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
      showSaveError(reason.saveError);
      return;
    }
    if (reason?.readOnly) {
      // The refused edit is not shown as if it were made: the fields show the data again.
      renderAll();
      showBanner();
      flashBanner();
      return;
    }
    if (reason === "load") showSource();
    ui.analysis = analyse();
    renderAll();
    const detail = { reason, ...counts() };
    if (exposeData()) detail.dataset = structuredClone(store.dataset);
    emit("qhcb-change", detail);
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
  const MAX_FILE_BYTES = 200 * 1024 * 1024;

  function tooLarge(file) {
    if (file.size <= MAX_FILE_BYTES) return false;
    showError(t("fileTooLarge", { name: file.name, size: format.decimal(file.size / 1048576, 0) }));
    return true;
  }

  /** A spreadsheet or CSV file, by its first bytes (ZIP: XLSX, ODS; OLE2: XLS) or its extension. */
  async function isSpreadsheet(file) {
    if (/\.(xlsx|xlsm|xls|ods|csv|tsv)$/i.test(file.name)) return true;
    const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
    return (head[0] === 0x50 && head[1] === 0x4b) || (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0);
  }

  async function loadFile(file) {
    if (tooLarge(file)) return;
    // "Mở tệp…" on a spreadsheet: the import panel, which adds its rows to the data.
    if (await isSpreadsheet(file).catch(() => false)) {
      showTab("data");
      ui.importer.open(file);
      return;
    }
    if (!mayDiscard()) return;
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

  /** A download's name from the unit and the review date: "QHCB-Dang-bo-huyen-Dinh-Hoa-2024-12-15.xlsx". */
  function fileName(ext) {
    const data = store.dataset;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(data?.asOf ?? "") ? data.asOf : today();
    return downloadName(data?.unit?.name ?? "", date, ext);
  }

  function saveJson() {
    if (!store.dataset) return;
    const name = store.source?.kind === "file" && /\.json$/i.test(store.source.name ?? "") ? store.source.name : fileName("json");
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
    // Issue 17: rows that name their unit are placed in it (units and titles made as needed).
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
    if (!store.dataset) return;
    try {
      // In the worker: writing a 100,000-person workbook takes seconds.
      const args = { text: await store.jsonSoon(), options: { lang: lang() } };
      if (kind === "xlsx") {
        const bytes = await ui.engine.call("exportXlsx", args);
        download(fileName("xlsx"), bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    } else if (kind === "docx") {
      const bytes = await ui.engine.call("exportDocx", args);
      download(fileName("docx"), bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      } else {
        download(fileName("csv"), await ui.engine.call("exportCsv", args), "text/csv;charset=utf-8");
      }
    } catch (error) {
      showError(t("exportFailed", { message: error.message }));
    }
  }

  /**
   * A new, empty workspace. What was saved before is deleted from the
   * browser (its database, not just its record), so no earlier version of
   * the work stays readable on this computer.
   */
  async function newDataset() {
    if (!store.writable) {
      store.refuseEdit();
      return;
    }
    if (!mayDiscard()) return;
    await eraseSaved({ quiet: true });
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
      // Issue 17: several files at once, one per unit.
      const files = [...event.target.files].filter((file) => !tooLarge(file));
      if (files.length) {
        showTab("data");
        ui.importer.openMany(files);
      }
      event.target.value = "";
    });
    $("export-xlsx").addEventListener("click", () => exportFile("xlsx"));
    $("export-csv").addEventListener("click", () => exportFile("csv"));
    $("undo").addEventListener("click", () => store.undo());
    $("redo").addEventListener("click", () => store.redo());
    $("print-report").addEventListener("click", async () => {
      showTab("report");
      await showFiling();
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
    // Leaving the page: what is being typed is taken as typed, and saved at once.
    const leave = () => {
      commitTyping();
      store.saveNow({ here: true });
    };
    window.addEventListener("pagehide", leave);
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "hidden") leave();
    });
    document.addEventListener("qhcb-lang", showLang);
    $("lock-workspace").addEventListener("click", () => lockDialog());
    $("erase-data").addEventListener("click", () => {
      if (window.confirm(t("workspace.confirmErase"))) eraseSaved({ clear: true });
    });
    for (const id of ["new-dataset", "load-example", "file", "import-file", "erase-data"]) $(id).disabled = false;
    $("lock-workspace").disabled = !canEncrypt();
  }

  /** Shows another language, as the switch or the element's `lang` attribute asks. */
  function useLang(code) {
    setLang(code);
    // The language is one choice for the page: every tool on it follows.
    document.dispatchEvent(new CustomEvent("qhcb-lang"));
  }

  /** Shows the page's language (chosen here or in another tool of the page). */
  function showLang() {
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
  async function start(options = {}) {
    ui.host = host;
    ui.standalone = !!options.standalone;
    await (options.wasm ? init({ module_or_path: options.wasm }) : init());
    ui.workspace = new Workspace(options.storageKey ?? "current", {
      legacy: options.legacyKey ?? null,
      write: async (save) => {
        const outcome = await ui.saver.call("save", save);
        if (outcome?.conflict !== undefined) throw new ConflictError(outcome.conflict);
        return outcome;
      },
    });
    ui.workspace.on(onWorkspace);
    await ui.workspace.claim();
    store = new Store(ui.workspace);
    ui.specs = ruleSpecs();
    ui.profiles = profiles();
    restoreLang();
    if (options.lang) setLang(options.lang);
  ui.grid = new PeopleGrid($("people-grid-root"), { store, parseCell, parsePaste });
    // Issue 17: the unit tree, which filters the grid by unit.
    ui.units = new UnitsPanel($("units-panel"), { store, onFilter: (keep) => ui.grid.setUnitFilter(keep) });
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
    await openSaved();
    if (options.dataset) store.load(structuredClone(options.dataset), { kind: "external", name: "" });
    // Where the saved work is less protected than the user may think, the page says so.
    if (!canEncrypt()) note(t("workspace.noCrypto"));
    else if (location.protocol === "file:" && !ui.workspace.hasPassphrase) {
      // The single file: any local page could read its storage; the passphrase is offered right here.
      note(t("workspace.fileHint"));
      const lock = el("button", { type: "button", id: "lock-from-note" }, t("workspace.lock"));
      lock.addEventListener("click", () => lockDialog());
      $("workspace-notes").querySelector("p")?.after(lock);
    }
    renderAll();
    host.setAttribute("data-ready", "true");
    if (ui.standalone) document.body.dataset.ready = "true";
    return {
      getDataset: () => store.dataset,
      setDataset: (dataset, name = "") => store.load(structuredClone(dataset), { kind: "external", name }),
      workspace: ui.workspace,
      getReport: () => ui.report,
      setLang: useLang,
      showTab,
    };
  }

  // ---- the saved workspace ----------------------------------------------------------

  /**
   * Opens what is saved: asks for the passphrase of a locked workspace, says
   * when the saved copy cannot be read (it is kept, never overwritten), and
   * offers the copies kept so far.
   */
  async function openSaved({ follow = false } = {}) {
    let saved = await ui.workspace.load();
    while (saved?.locked) {
      const passphrase = await unlockDialog(saved.wrong);
      if (passphrase == null) {
        ui.banner = "lockedOut";
        showBanner();
        return;
      }
      await ui.workspace.unlock(passphrase);
      saved = await ui.workspace.load();
      if (saved?.locked) saved.wrong = true;
    }
    if (saved?.dataset) {
      const source = { kind: "restored", name: saved.source?.name ?? "" };
      // A copy that only reads shows the writer's data as saved; the writer saves what an earlier version kept.
      store.load(saved.dataset, follow ? store.source ?? source : source, { save: !!saved.migrated });
      if (saved.migrated) note(t("workspace.migrated"));
    } else if (follow && !saved) {
      store.load(null, null, { save: false });
    }
    if (saved?.unreadable) ui.banner = ui.workspace.mode === "damaged" ? "damaged" : null;
    if (saved?.unreadable && ui.workspace.mode !== "damaged") note(t("workspace.unreadable"));
    showBanner();
    showKept(true);
  }

  /** The top banner: this copy only reads, a refused or failed save, a damaged or locked workspace. */
  function showBanner() {
    const box = $("workspace-banner");
    const mode = ui.workspace.mode;
    const parts = [];
    const button = (id, label, onClick) => {
      const node = el("button", { type: "button", id }, label);
      node.addEventListener("click", onClick);
      return node;
    };
    const saveFile = () => button("banner-save-file", t("workspace.saveFile"), saveJson);
    if (mode === "reader") {
      parts.push(el("p", {}, t(ui.banner === "lost" ? (store.unsaved ? "workspace.lostUnsaved" : "workspace.lost") : "workspace.readOnly")));
      parts.push(button("take-over", t("workspace.takeOver"), takeOver));
      if (ui.banner === "lost" && store.unsaved) parts.push(saveFile());
    } else if (mode === "conflict") {
      parts.push(el("p", {}, t("workspace.conflict")), saveFile(), button("load-newest", t("workspace.reload"), takeOver));
    } else if (mode === "damaged") {
      parts.push(el("p", {}, t("workspace.damaged")), saveFile());
    } else if (ui.banner === "lockedOut") {
      parts.push(el("p", {}, t("workspace.lockedOut")));
    } else if (store.saveError) {
      ui.banner = "saveFailed";
      parts.push(el("p", {}, t("workspace.saveFailed", { message: store.saveError.message ?? String(store.saveError) })), saveFile());
    } else if (ui.banner === "saveFailed") {
      ui.banner = null;
    }
    box.replaceChildren(...parts);
    box.hidden = parts.length === 0;
    box.dataset.mode = parts.length ? (ui.banner ?? mode) : "";
    updateButtons();
  }

  /** Draws attention to the banner when an edit was refused. */
  function flashBanner() {
    const box = $("workspace-banner");
    box.querySelector("p")?.replaceChildren(t(ui.workspace.mode === "reader" ? "workspace.readOnlyEdit" : "workspace.conflict"));
    box.querySelector("button")?.focus();
  }

  function showSaveError(error) {
    $("save-status").textContent = t("saveFailed", { message: error.message ?? "" });
    $("save-status").dataset.failed = String(Number($("save-status").dataset.failed ?? 0) + 1);
    showBanner();
  }

  /** A passing note under the banner (what was done, what was moved or kept). */
  function note(text) {
    const box = $("workspace-notes");
    box.replaceChildren(el("p", {}, text));
    box.hidden = false;
    showKept(true);
  }

  /** The copies kept because they could not be used, each offered for download, until deleted. */
  function showKept(append = false) {
    const box = $("workspace-notes");
    const kept = ui.workspace.kept;
    if (!append) box.replaceChildren();
    box.querySelector("#kept-copies")?.remove();
    if (kept.length) {
      const format = new Intl.DateTimeFormat(lang() === "vi" ? "vi-VN" : "en-GB", { dateStyle: "short", timeStyle: "short" });
      const items = kept.map((entry, index) => {
        const download_ = el("button", { type: "button", "data-kept": entry.key }, t("workspace.keptDownload"));
        download_.addEventListener("click", async () => {
          const text = await ui.workspace.keptText(entry.key);
          if (text == null) {
            download_.replaceWith(t("workspace.keptUnreadable"));
            return;
          }
          download(`QHCB-ban-luu-giu-lai-${index + 1}.json`, text);
        });
        const at = entry.at ? format.format(new Date(entry.at)) : "";
        return el("li", {}, t("workspace.keptItem", { at, reason: t(`workspace.keptReasons.${entry.reason}`) }), " ", download_);
      });
      const drop = el("button", { type: "button", id: "drop-kept" }, t("workspace.keptDelete"));
      drop.addEventListener("click", async () => {
        if (!store.refuseEdit()) return;
        await ui.workspace.dropKept(kept.map((entry) => entry.key));
        showKept();
      });
      const own = el("div", { id: "kept-copies" }, el("p", {}, t("workspace.kept", { count: kept.length })), el("ul", {}, items), drop);
      box.append(own);
    }
    box.hidden = box.childElementCount === 0;
  }

  /** Events of the workspace: the writer's saves to follow, the lock lost or granted, a refused save. */
  async function onWorkspace(event) {
    if (event.type === "changed" || event.type === "erased") {
      // Following the writer: its newest saved state, shown as it is.
      await openSaved({ follow: true });
    } else if (event.type === "lost") {
      ui.banner = "lost";
      showBanner();
    } else if (event.type === "writer") {
      // The lock was granted (the other tab closed) or taken over: the newest saved work first.
      ui.banner = null;
      await openSaved({ follow: true });
      if (event.why === "granted") note(t("workspace.granted"));
      showBanner();
    } else if (event.type === "conflict") {
      showBanner();
    }
  }

  async function takeOver() {
    await ui.workspace.takeOver();
  }

  /** The typing not yet confirmed, in a grid cell or a field, taken as typed (the page is being left). */
  function commitTyping() {
    if (!store.writable) return;
    ui.grid?.flush?.();
    const active = activeElement();
    if (active?.matches?.("input, select, textarea") && !active.closest("dialog")) {
      active.dispatchEvent(new Event("change", { bubbles: true }));
    }
  }

  /**
   * Deletes everything kept on this computer for this workspace; `clear`
   * also empties the page. Says what was removed.
   */
  async function eraseSaved({ clear = false, quiet = false } = {}) {
    try {
      // A save still on its way would bring the deleted work back: it is let finish first.
      await store.idle();
      const removed = await ui.workspace.erase();
      store.unsaved = false;
      store.saveError = null;
      ui.banner = null;
      if (clear) store.load(null, null, { save: false });
      if (!quiet || removed.records || removed.kept) note(t("workspace.erased", removed));
      showBanner();
      showKept(true);
    } catch (error) {
      showError(t("workspace.eraseFailed", { message: error.message ?? String(error) }));
    }
  }

  /** A modal dialog with passphrase fields; resolves to the button's value and the fields. */
  function passphraseDialog({ title, hint, confirm, buttons, error = "" }) {
    return new Promise((resolve) => {
      const fields = [el("label", {}, t("workspace.passphrase"), el("input", { type: "password", name: "passphrase", autocomplete: "new-password" }))];
      if (confirm) fields.push(el("label", {}, t("workspace.passphraseAgain"), el("input", { type: "password", name: "again", autocomplete: "new-password" })));
      const message = el("p", { class: "error-text", role: "alert" }, error);
      const row = el(
        "div",
        { class: "row" },
        buttons.map(([value, label, primary]) => el("button", { type: "submit", value, class: primary ? "primary" : null }, label)),
      );
      const form = el("form", { method: "dialog" }, el("h2", { id: "passphrase-title" }, title), el("p", {}, hint), fields, message, row);
      const dialog = el("dialog", { class: "passphrase", "aria-labelledby": "passphrase-title" }, form);
      form.addEventListener("submit", (event) => {
        const value = event.submitter?.value ?? "ok";
        const passphrase = form.elements.passphrase.value;
        if (value === "ok" && confirm) {
          const problem = passphrase.length < 8 ? "passphraseShort" : passphrase !== form.elements.again.value ? "passphraseMismatch" : null;
          if (problem) {
            event.preventDefault();
            message.textContent = t(`workspace.${problem}`);
            return;
          }
        }
        dialog.returnValue = value;
      });
      dialog.addEventListener("close", () => {
        const value = dialog.returnValue || "cancel";
        const passphrase = form.elements.passphrase.value;
        dialog.remove();
        resolve({ value, passphrase });
      });
      layer().append(dialog);
      dialog.showModal();
      form.elements.passphrase.focus();
    });
  }

  /** Asks for the passphrase of a locked workspace; null when the user does not give it. */
  async function unlockDialog(wrong) {
    const { value, passphrase } = await passphraseDialog({
      title: t("workspace.unlockTitle"),
      hint: t("workspace.unlockHint"),
      error: wrong ? t("workspace.wrongPassphrase") : "",
      buttons: [
        ["ok", t("workspace.unlock"), true],
        ["cancel", t("workspace.cancel")],
      ],
    });
    return value === "ok" ? passphrase : null;
  }

  /** Sets, changes or removes the passphrase; the saved work is written again with its key. */
  async function lockDialog() {
    if (!store.refuseEdit()) return;
    const has = ui.workspace.hasPassphrase;
    const buttons = [["ok", t("workspace.lockSave"), true]];
    if (has) buttons.push(["remove", t("workspace.removePassphrase")]);
    buttons.push(["cancel", t("workspace.cancel")]);
    const { value, passphrase } = await passphraseDialog({ title: t("workspace.lockTitle"), hint: t("workspace.lockHint"), confirm: true, buttons });
    if (value === "cancel") return;
    if (value === "remove") await ui.workspace.clearPassphrase();
    else await ui.workspace.setPassphrase(passphrase);
    store.unsaved = true;
    await store.saveNow();
    if (!store.saveError) note(t(value === "remove" ? "workspace.unlocked" : "workspace.locked"));
    updateButtons();
  }

  return { start };
}

/**
 * Starts the tool in `root` (a shadow root holding MARKUP). `host` is the
 * <qhcb-app> element; `options.standalone` marks the page that is only the
 * tool; `options.wasm` gives the engine's bytes (the single-file build);
 * `options.storageKey` names the saved workspace; `options.lang` the language.
 * Returns the element's API.
 */
export function mount(root, host, options = {}) {
  return createTool(root, host).start(options);
}
