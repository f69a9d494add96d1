// Part of one tool (see app.js): the analysis of the dataset as it is, here
// for a small one, in the worker for a large one, and the report it gives.

import { analyze, peopleList } from "./pkg/qhcb.js";
import { nextTask } from "./dom.js";
import { t, lang } from "./i18n.js";
import { isAborted } from "./engine.js";
import { rosterOps } from "./roster-ops.js";

/**
 * From this many people the analysis runs in the worker. Below it, it takes
 * a few tens of milliseconds: it runs here, and the page shows the figures
 * in the same frame as the edit.
 */
export const WORKER_FROM = 5000;

/**
 * The analysis of one tool. Uses from `tool`: `$`, `store`, `ui` (`engine`,
 * `revision`, `report`, `reportLayout`), `showError`, `emit`,
 * `reportDetail`, `renderResults`.
 */
export function createAnalysis(tool) {
  const { $, ui } = tool;

  /** Shows a report (or an analysis error) of the dataset as it is. */
  function setReport(report, error, layout = tool.store.layout) {
    ui.report = report;
    ui.reportLayout = layout;
    tool.showError(error ? t("loadFailed", { message: error.message }) : "");
    tool.emit("qhcb-report", tool.reportDetail(ui.report));
  }

  /**
   * Analyses the dataset as it is now. A small one is analysed here at once;
   * a large one in the worker, while the page keeps the previous report and
   * says that it is analysing. Resolves when the report is shown, or when a
   * later change has superseded this analysis.
   */
  async function analyse() {
    const { store } = tool;
    const revision = ++ui.revision;
    const dataset = store.dataset;
    if (!dataset || (dataset.people?.length ?? 0) < WORKER_FROM) showBusy(false);
    if (!dataset) {
      ui.report = null;
      return;
    }
    if (dataset.people.length < WORKER_FROM) {
      // Analysed here, whole: the worker's roster is read again whole if the dataset grows
      // (a load still on its way does not make it held with these changes missing).
      store.forgetChanges();
      ui.rosterHeld = false;
      try {
        setReport(withPeopleList(analyze(store.json(), { lang: lang(), people: "columns" }), dataset.people.slice()));
      } catch (error) {
        setReport(null, error);
      }
      return;
    }
    showBusy(true);
    try {
      // The worker holds the roster (issue 18): an edit crosses as operations, in order.
      const { layout, epoch } = await queueSync();
      if (revision !== ui.revision) return;
      const people = store.dataset.people.slice();
      const report = await ui.engine.rosterReport({ lang: lang(), people: "columns" });
      // A newer change, or operations the roster refused (it is read again whole): not shown.
      if (revision !== ui.revision || epoch !== ui.rosterEpoch) return;
      // The rows as they were analysed: a host reading report.people later gets their ids.
      setReport(withPeopleList(report, people), null, layout);
    } catch (error) {
      // A dataset the engine cannot read stays unread (not held): the next change sends it whole.
      if (isAborted(error) || revision !== ui.revision) return;
      setReport(null, error);
    }
    showBusy(false);
    tool.renderResults();
  }

  /** A sync of the roster after those already asked for (a failed one does not stop the next). */
  function queueSync() {
    ui.rosterSync = (ui.rosterSync ?? Promise.resolve()).catch(() => {}).then(syncRoster);
    return ui.rosterSync;
  }

  /** Whether the worker's roster can write the autosave: a large dataset it holds. */
  function savedByEngine() {
    return !!ui.rosterHeld && (tool.store.dataset?.people?.length ?? 0) >= WORKER_FROM;
  }

  /**
   * Brings the worker's roster to the dataset as it is: the operations since
   * the last sync, or the whole dataset when it was replaced, when the
   * operations cannot be said as the roster's, or when the roster is gone
   * (a cancel, a trap). Resolves to the store's layout it matches and the
   * roster's epoch. Runs one at a time (ui.rosterSync), so operations arrive
   * in the order they were made; the operations' answer is not waited for:
   * the report (or the save) is asked for right behind them, and the worker
   * computes it meanwhile.
   */
  async function syncRoster() {
    const { store } = tool;
    ui.rosterEpoch ??= 0;
    const changes = store.takeChanges();
    const ops = ui.rosterHeld && changes ? rosterOps({ type: "batch", ops: changes }, store.dataset) : false;
    if (ops) {
      const epoch = ui.rosterEpoch;
      if (ops.length) {
        ui.engine.rosterApply(ops).catch((error) => {
          if (isAborted(error) || epoch !== ui.rosterEpoch) return;
          // Not in step (a restarted worker): reports asked for since are dropped, the
          // whole dataset is sent again, and saved again (a save asked for behind the
          // refused operations wrote the roster without them).
          ui.rosterEpoch += 1;
          ui.rosterHeld = false;
          store.forgetChanges();
          analyse();
          store.scheduleSave();
        });
      }
      return { layout: store.layout, epoch };
    }
    ui.rosterHeld = false;
    // A file just opened: its own bytes, handed over. Else the JSON text, made a slice per task
    // after the edit has shown.
    let source = store.loadedBytes;
    store.loadedBytes = null;
    if (!source) {
      await nextTask();
      source = await store.jsonSoon();
    }
    // The text holds every change made until now: none is to be sent again.
    store.takeChanges();
    const layout = store.layout;
    try {
      await ui.engine.rosterLoad(source);
    } catch (error) {
      // The file's bytes could not be read as they are (or went to a worker that was then
      // restarted): once more from the page's JSON text, which holds the same data.
      if (isAborted(error) || typeof source === "string") throw error;
      await ui.engine.rosterLoad(store.json());
    }
    ui.rosterHeld = true;
    return { layout, epoch: ui.rosterEpoch };
  }

  /** Marks the results as being recomputed (the figures shown are of the previous data). */
  function showBusy(busy) {
    $("analysis-status").textContent = busy ? t("analysing") : "";
    $("view-results").setAttribute("aria-busy", String(busy));
  }

  /**
   * Writes the autosave from the worker's roster, once every change made
   * until now has reached it; if the roster is gone (a restarted worker),
   * from the page's JSON text instead, as before (issue 18).
   */
  async function saveFromRoster(save) {
    try {
      await queueSync();
      return await ui.engine.call("save", { ...save, fromRoster: true });
    } catch (error) {
      if (error?.name === "ConflictError") throw error;
      ui.rosterHeld = false;
      return ui.saver.call("save", { ...save, json: tool.store.json() });
    }
  }

  return { analyse, saveFromRoster, savedByEngine };
}

/**
 * Gives a compact report its contract `people` list back, built on first
 * read: embedding pages (the `report` property, the qhcb-report event) keep
 * contract v1 while the page itself reads the columns. `people` is the
 * dataset's list the report was made from (for the ids).
 */
function withPeopleList(report, people) {
  if (!report?.peopleColumns || report.people?.length || report.peopleColumns.index.length === 0) return report;
  let list = null;
  Object.defineProperty(report, "people", {
    enumerable: true,
    configurable: true,
    get() {
      list ??= peopleList(
        report.peopleColumns,
        people.map((p) => (typeof p?.id === "string" ? p.id : p?.id == null ? "" : String(p.id))),
      );
      return list;
    },
  });
  return report;
}
