// QHCB page: boots the wasm engine, restores the saved workspace, and wires
// the views (data, results, rules, report) to the store. Every change goes
// through the store (undoable, saved in the browser) and is analysed again
// by the engine, in a worker for large datasets; nothing here computes a figure.
//
// This file composes one tool from its parts, each in a file of its own:
//   host-events.js        the DOM events that tell the embedding page what changed
//   analysis.js           the analysis of the dataset (here, or in the worker)
//   views.js              the views drawn from the data and its report
//   keep-focus.js         editors re-rendered without losing the user's place
//   tabs.js               the tabs
//   rule-edits.js         edits of the rules (the dataset's custom profile)
//   file-menu.js          the toolbar's file menu (new, open, save, import, export)
//   workspace-banner.js   the saved workspace: banner, notes, kept copies, leaving
//   passphrase-dialog.js  the passphrase of the saved workspace (loaded when first needed)
//   language-switch.js    the language switch and the static text
// Each part is made by a function given `tool`: the tool's lookups, its `ui`
// state, its `store`, and the functions of the other parts (late-bound, so
// parts can call each other). Nothing lives at module level.

import init, { parseCell, parsePaste, profiles, ruleSpecs, worksheet } from "./pkg/qhcb.js";
import { DrawHold, within } from "./dom.js";
import { setLang, restoreLang } from "./i18n.js";
import { Store } from "./store.js";
import { Workspace } from "./workspace.js";
import { ConflictError, appendLog, canEncrypt } from "./saved.js";
import { PeopleGrid } from "./grid.js";
import { Engine } from "./engine.js";
import { UnitsPlace } from "./units.js";
import { createHostEvents } from "./host-events.js";
import { createAnalysis } from "./analysis.js";
import { createViews } from "./views.js";
import { createKeepFocus } from "./keep-focus.js";
import { createTabs } from "./tabs.js";
import { createRuleEdits } from "./rule-edits.js";
import { loadTitlePicker } from "./grid-editing.js";
import { createFileMenu } from "./file-menu.js";
import { createWorkspaceBanner } from "./workspace-banner.js";
import { createLanguageSwitch } from "./language-switch.js";

/**
 * One tool on the page: its own store, workers, views and saved workspace.
 * Nothing of a tool lives at module level, so several <qhcb-app> elements
 * on one page each keep their own work.
 */
function createTool(root, host) {
  const ui = {
    /** Drawing held until an edit's report comes (dom.js). */
    hold: new DrawHold(),
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

  /** What the parts share: the tool's lookups ($, $$, activeElement, layer, onRoot), its state, its store. */
  const tool = { ...within(root), ui, store: null, showError };
  const { $, onRoot } = tool;
  for (const part of [
    createHostEvents,
    createAnalysis,
    createViews,
    createKeepFocus,
    createTabs,
    createRuleEdits,
    createFileMenu,
    createWorkspaceBanner,
    createLanguageSwitch,
  ]) {
    Object.assign(tool, part(tool));
  }

  // Most visits never lock the workspace: its dialogs load the first time one is needed.
  let dialogs = null;
  const passphraseDialogs = () =>
    (dialogs ??= import("./passphrase-dialog.js").then(
      (module) => module.createPassphraseDialogs(tool),
      (error) => {
        // Not loaded (the network dropped): the next click tries again.
        dialogs = null;
        throw error;
      },
    ));
  tool.unlockDialog = async (wrong) => (await passphraseDialogs()).unlockDialog(wrong);
  tool.lockDialog = async () => (await passphraseDialogs()).lockDialog();

  function showError(message) {
    const box = $("error");
    if (box.textContent !== message) box.textContent = message;
    if (box.hidden !== !message) box.hidden = !message;
  }

  function onStore(reason) {
    if (reason === "saved") {
      tool.showSaved();
      return;
    }
    if (reason?.saveError) {
      tool.showSaveError(reason.saveError);
      return;
    }
    if (reason?.readOnly) {
      // The refused edit is not shown as if it were made: the fields show the data again.
      tool.renderAll({ force: true });
      tool.showBanner();
      tool.flashBanner();
      return;
    }
    if (reason === "load") tool.showSource();
    ui.analysis = tool.analyse();
    ui.hold.defer(() => tool.renderAll());
    const detail = { reason, ...tool.counts() };
    if (tool.exposeData()) detail.dataset = structuredClone(tool.store.dataset);
    tool.emit("qhcb-change", detail);
  }

  // ---- wiring -----------------------------------------------------------------------------

  function wire() {
    const { store } = tool;
    tool.wireTabs();
    tool.wireFileMenu();
    $("undo").addEventListener("click", () => store.undo());
    $("redo").addEventListener("click", () => store.redo());
    tool.wireKeepFocus();
    // The user acts on the page as drawn: an edit held for its report (DrawHold) is drawn first.
    for (const type of ["keydown", "pointerdown"]) onRoot(type, () => ui.hold.flush(), true);
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
    tool.wireLanguageButtons();
    tool.wireLeaving();
    tool.wireLanguageEvents();
    $("lock-workspace").addEventListener("click", () => tool.lockDialog());
    $("hometown-mark").addEventListener("click", () =>
      import("./hometown-dialog.js")
        .then((module) => module.markNonLocalByHometown(tool))
        .catch((error) => showError(error.message)),
    );
    tool.wireErase();
    for (const id of ["new-dataset", "load-example", "file", "import-file", "erase-data"]) $(id).disabled = false;
    $("lock-workspace").disabled = !canEncrypt();
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
      write: async ({ ops, ...save }) => {
        // A large roster's edits are logged on the saved head (a few hundred bytes); where they
        // cannot be (the save before has not landed, the log is full), the roster is written whole.
        if (ops) {
          const logged = await appendLog({ ...save, ops });
          if (logged !== "refused") return logged;
        }
        const outcome = save.json == null ? await tool.saveFromRoster(save) : await ui.saver.call("save", save);
        if (outcome?.conflict !== undefined) throw new ConflictError(outcome.conflict);
        return outcome;
      },
    });
    ui.workspace.on(tool.onWorkspace);
    await ui.workspace.claim();
    const store = new Store(ui.workspace);
    tool.store = store;
    store.savedByEngine = tool.savedByEngine;
    ui.specs = ruleSpecs();
    ui.profiles = profiles();
    await restoreLang();
    if (options.lang) await setLang(options.lang);
    ui.grid = new PeopleGrid($("people-grid-root"), { store, parseCell, parsePaste, hold: ui.hold });
    // The unit tree (a dataset of many units), which filters the grid by unit.
    ui.units = new UnitsPlace($("units-panel"), { store, onFilter: (keep) => ui.grid.setUnitFilter(keep) });
    // The import panel and the quick worksheets load the first time they are
    // needed (opening a spreadsheet, showing the Bảng tính nhanh tab).
    tool.importer = () =>
      (ui.importerLoad ??= import("./import-panel.js").then(({ ImportPanel }) => {
        ui.importer = new ImportPanel($("import-panel"), {
          // An engine of its own: cancelling an import ends its worker, not the analysis.
          engine: new Engine(),
          getDataset: () => store.dataset,
          onImport: tool.addImported,
        });
        return ui.importer;
      }));
    tool.sheets = () =>
      (ui.sheetsLoad ??= import("./worksheets-panel.js").then(({ WorksheetsPanel }) => {
        ui.sheets = new WorksheetsPanel($("sheets-root"), {
          worksheet,
          profiles: ui.profiles,
          // The worksheet's CSV is written by the engine's file module.
          worksheetCsv: (input, options) => ui.engine.call("worksheetCsv", { input, options }),
        });
        ui.sheets.render();
        return ui.sheets;
      }));
    tool.applyStaticText();
    wire();
    store.subscribe(onStore);
    await tool.openSaved();
    if (options.dataset) store.load(structuredClone(options.dataset), { kind: "external", name: "" });
    // Where the saved work is less protected than the user may think, the page says so.
    tool.noteProtection();
    tool.renderAll();
    // Saved work shows its report at once: the views that draw it load before the tool says it is ready.
    if (ui.report) await tool.resultViewsReady().catch(() => {});
    host.setAttribute("data-ready", "true");
    if (ui.standalone) document.body.dataset.ready = "true";
    // The titles picker, loaded on demand, is brought in once the page is idle.
    const idle = globalThis.requestIdleCallback ?? ((callback) => setTimeout(callback, 200));
    idle(() => loadTitlePicker().catch(() => {}));
    return {
      getDataset: () => store.dataset,
      setDataset: (dataset, name = "") => store.load(structuredClone(dataset), { kind: "external", name }),
      workspace: ui.workspace,
      getReport: () => ui.report,
      setLang: tool.useLang,
      showTab: tool.showTab,
    };
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
