// Part of one tool (see app.js): the analysis of the dataset as it is, here
// for a small one, in the worker for a large one, and the report it gives.

import { analyze } from "./pkg/qhcb.js";
import { nextTask } from "./dom.js";
import { t, lang } from "./i18n.js";
import { isAborted } from "./engine.js";
import { withPeopleList } from "./report-people.js";

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
    tool.renderResults();
  }

  /** Marks the results as being recomputed (the figures shown are of the previous data). */
  function showBusy(busy) {
    $("analysis-status").textContent = busy ? t("analysing") : "";
    $("view-results").setAttribute("aria-busy", String(busy));
  }

  return { analyse };
}
