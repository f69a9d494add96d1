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
 * How long an edit waits to be drawn with its report from the worker: at
 * 100,000 people the report comes in about 5 ms, at 1,000,000 in about 20; a
 * report later than this (a profile switch at 1,000,000: about 80) lets the
 * edit show first, as without the wait.
 */
const HOLD_MS = 32;

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
    ui.changedAt = performance.now();
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
    try {
      // The worker holds the roster (issue 18): an edit crosses as operations, in order, and
      // the report is asked for right behind them. Both are posted at once when nothing is
      // queued before them, so that the worker answers while this edit is still being drawn.
      ui.syncPosted = false;
      const synced = queueSync();
      // The operations are in the worker's queue already (else the report waits for the sync).
      const reported = ui.syncPosted ? nextReport() : null;
      reported?.catch(() => {});
      // Its report on its way, the edit is drawn with it in one frame (DrawHold); "analysing"
      // shows only if the report is late.
      if (reported) ui.hold.start(HOLD_MS);
      let answered = false;
      ui.hold.defer(() => answered || revision !== ui.revision || showBusy(true));
      const { layout, epoch } = await synced;
      if (revision !== ui.revision) return;
      const people = store.dataset.people.slice();
      const report = await (reported ?? nextReport());
      // A newer change, or operations the roster refused (it is read again whole): not shown.
      if (revision !== ui.revision || epoch !== ui.rosterEpoch) return;
      answered = true;
      ui.hold.flush();
      // The rows as they were analysed: a host reading report.people later gets their ids.
      const shown = withPeopleList({ ...report }, people);
      ui.reportHint = { report: shown, rows: ui.rowsSinceShown };
      ui.rowsSinceShown = [];
      setReport(shown, null, layout);
    } catch (error) {
      // A dataset the engine cannot read stays unread (not held): the next change sends it whole.
      if (isAborted(error) || revision !== ui.revision) return;
      ui.hold.flush();
      setReport(null, error);
    }
    showBusy(false);
    tool.renderResults();
  }

  /**
   * The roster's report, after the reports already asked for: only what
   * changed since the report held here crosses from the worker (issue 18),
   * and the report is built here from the one held.
   */
  function nextReport() {
    ui.reportChain = after(ui.reportChain, async () => {
      const held = ui.heldReport;
      ui.heldReport = null;
      const change = await ui.engine.rosterReportChange({ lang: lang(), people: "columns" }, held?.seq);
      const report = applyChange(held, change);
      ui.heldReport = { seq: change.seq, report };
      // The rows whose computed fields changed since the report last shown (the grid draws
      // only them); null: any row may have.
      const at = !change.report && Array.isArray(change.columns?.at) ? change.columns.at : null;
      const rows = at && report.peopleColumns ? at.map((k) => report.peopleColumns.index[k]) : null;
      ui.rowsSinceShown = rows && ui.rowsSinceShown ? ui.rowsSinceShown.concat(rows) : null;
      return report;
    });
    return ui.reportChain;
  }

  /** A sync of the roster after those already asked for (a failed one does not stop the next). */
  function queueSync() {
    ui.rosterSync = after(ui.rosterSync, syncRoster);
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
      ui.syncPosted = true;
      return { layout: store.layout, epoch };
    }
    ui.rosterHeld = false;
    // A roster loaded anew numbers its reports from the start.
    ui.heldReport = null;
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
    const status = $("analysis-status");
    const text = busy ? t("analysing") : "";
    // Written only when it changes: each write makes the browser match styles again.
    if (status.textContent !== text) status.textContent = text;
    if ($("view-results").getAttribute("aria-busy") !== String(busy)) $("view-results").setAttribute("aria-busy", String(busy));
  }

  /**
   * Writes the autosave from the worker's roster, once every change made
   * until now has reached it: the roster's JSON text as UTF-8 bytes, handed
   * over to the saver's worker, which seals and stores them while the
   * engine's worker is free for the next edit (at 1,000,000 people the
   * sealing and storing take seconds, the bytes a tenth of that). If the
   * roster is gone (a restarted worker), from the page's JSON text instead,
   * as before (issue 18).
   */
  async function saveFromRoster(save) {
    let bytes;
    ui.rosterSaveRevision = Math.max(ui.rosterSaveRevision ?? 0, save.revision);
    try {
      await editsPause();
      // A later save asked for meanwhile writes the same roster, with every change: this one
      // is not copied too.
      if (save.revision < ui.rosterSaveRevision) return "superseded";
      await queueSync();
      bytes = await ui.engine.call("roster-json-bytes", {});
      // Edits made since this save was asked for may be in the roster's bytes too: the next
      // save's log, which holds them, must not be replayed on this head (saved.js appendLog).
      if (tool.store.applied > save.applied) save = { ...save, unloggable: true };
    } catch {
      ui.rosterHeld = false;
      return ui.saver.call("save", { ...save, json: tool.store.json() });
    }
    try {
      return await ui.saver.call("save", { ...save, json: bytes }, [bytes.buffer]);
    } catch (error) {
      if (error?.name !== "HandedOverError") throw error;
      // The saver's worker stopped with the bytes handed to it: saved from the page's text.
      return ui.saver.call("save", { ...save, json: tool.store.json() });
    }
  }

  /**
   * Resolves once no change has been made for a moment: 1 ms per 1,000
   * people, at most a second. The roster's copy for the autosave takes the
   * engine's worker about 10 ms per 100,000 people, and an edit made while
   * it runs is answered after it: while the user types, the copy waits for
   * a pause (leaving the page saves at once, from the page).
   */
  async function editsPause() {
    const pause = Math.min(1000, (tool.store.dataset?.people?.length ?? 0) / 1000);
    for (;;) {
      const quiet = performance.now() - (ui.changedAt ?? 0);
      if (quiet >= pause) return;
      await new Promise((resolve) => setTimeout(resolve, pause - quiet));
    }
  }

  return { analyse, saveFromRoster, savedByEngine };
}

/**
 * Runs `step` after the chain `previous` has settled (a failure does not stop
 * it), and returns the new chain: at once, in this task, when `previous` has
 * settled already (what the worker is asked then is posted before the task
 * goes on drawing the edit).
 */
function after(previous, step) {
  if (previous && !previous.settled) {
    const next = previous.catch(() => {}).then(step);
    return settledMark(next);
  }
  let started;
  try {
    started = Promise.resolve(step());
  } catch (error) {
    started = Promise.reject(error);
  }
  return settledMark(started);
}

/** `promise`, with `settled` set true once it has settled. */
function settledMark(promise) {
  promise.settled = false;
  promise.then(
    () => (promise.settled = true),
    () => (promise.settled = true),
  );
  return promise;
}

/**
 * The report that a change from the worker's roster makes (Roster.reportChange,
 * src/roster/delta.rs): the whole report it carries, or the report `held`
 * ({ seq, report }) with the change applied. Parts that did not change are
 * the held report's own objects (nothing held is changed: the parts that do
 * are copied along their path).
 */
export function applyChange(held, change) {
  if (change.report) return change.report;
  if (!held || held.seq !== change.base) throw new Error(`internal error: a report's change from ${change.base} reached report ${held?.seq}`);
  const before = held.report;
  const report = { ...before };
  // The object at `path` in `report`, copied first where it is still the held report's.
  const parent = (path) => {
    let target = report;
    let source = before;
    for (const key of path.slice(0, -1)) {
      source = source?.[key];
      if (target[key] === source) target[key] = { ...source };
      target = target[key];
    }
    return target;
  };
  for (const [path, value] of change.set) parent(path)[path.at(-1)] = value;
  for (const path of change.unset) delete parent(path)[path.at(-1)];
  for (const [key, edits] of Object.entries(change.splice)) {
    let list = before[key];
    for (const [at, remove, items] of edits) list = list.slice(0, at).concat(items, list.slice(at + remove));
    report[key] = list;
  }
  const columns = change.columns;
  if (columns === null) delete report.peopleColumns;
  else if (columns.index) report.peopleColumns = columns;
  else if (columns.at.length) {
    // Copied only where a value changed: the others (and the rows' index) stay the held ones.
    const next = { ...before.peopleColumns };
    for (const [name, values] of Object.entries(columns)) {
      const column = before.peopleColumns[name];
      if (name === "at" || !column || values.every((value, i) => column[columns.at[i]] === value)) continue;
      next[name] = column.slice();
      for (let i = 0; i < columns.at.length; i++) next[name][columns.at[i]] = values[i];
    }
    report.peopleColumns = next;
  }
  return report;
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
