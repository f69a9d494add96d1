// Part of one tool (see app.js): drawing the views from the data and its
// report (the data tab's editors, the results, the rules, the A4 report),
// and going from a finding to the row it is about.

import { terms } from "./pkg/qhcb.js";
import { nextTask } from "./dom.js";
import { t, lang, format } from "./i18n.js";
import { renderUnitForm, renderTitles, renderProfileSwitch } from "./editors.js";
import { isAborted } from "./engine.js";
import { WORKER_FROM } from "./analysis.js";

/**
 * The modules that draw a report (the results, the rules, the A4 report and
 * their charts) load the first time a report is shown: a first visit, with
 * no data yet, never downloads them, nor the roll-up of many units
 * (units-panel.js) that the results and the report show. Shared by the tools
 * of the page.
 */
let resultViews = null;
let resultViewsLoad = null;
function loadResultViews() {
  return (resultViewsLoad ??= Promise.all([
    import("./dashboard.js"),
    import("./profile-panel.js"),
    import("./report-view.js"),
    import("./units-panel.js"),
  ]).then(
    ([dashboard, profile, report, units]) =>
      (resultViews = {
        ...dashboard,
        ...profile,
        renderReportSettings: report.renderReportSettings,
        // Many units in one dataset: the roll-up by level and the units, on the results and in the report.
        renderReport: units.withUnits(report.renderReport),
        renderUnitsResults: units.renderUnitsResults,
      }),
    (error) => {
      // Not loaded (the network dropped): the next report tries again.
      resultViewsLoad = null;
      throw error;
    },
  ));
}

/**
 * The views of one tool. Uses from `tool`: `$`, `store`, `ui` (`report`,
 * `reportLayout`, `shown`, `profiles`, `specs`, `cohort`, `tab`, `grid`,
 * `engine`, `filing`), `showError`, `renderKeepingFocus`, `updateButtons`,
 * `showTab`, `editRule`, `resetProfile`, `emit`.
 */
export function createViews(tool) {
  const { $, ui } = tool;

  function renderAll() {
    const { store, renderKeepingFocus } = tool;
    if (ui.units) renderKeepingFocus($("units-panel"), () => ui.units.render());
    renderKeepingFocus($("unit-form"), () => renderUnitForm($("unit-form"), store, ui.profiles, tool.showError, (level) => terms(level, { lang: lang() })));
    // The profile can be switched where its effect is read too.
    for (const view of ["results", "rules"]) {
      const root = $(`${view}-profile`);
      if (root) renderKeepingFocus(root, () => renderProfileSwitch(root, store, ui.profiles, `${view}-profile-select`));
    }
    renderHometownOffer();
    renderResults();
  }

  /** The offer to mark people from other provinces, when some people have a hometown. */
  function renderHometownOffer() {
    const people = tool.store.dataset?.people ?? [];
    let count = 0;
    for (const p of people) if (typeof p?.hometown === "string" && p.hometown.trim()) count++;
    $("hometown-offer").hidden = count === 0;
    if (count) $("hometown-count").textContent = t("hometown.offer", { count: format.count(count) });
  }

  /** Everything that shows the report: after each change, and when a report arrives from the worker. */
  function renderResults() {
    const { store } = tool;
    const report = ui.report;
    tool.renderKeepingFocus($("titles-editor-root"), () => renderTitles($("titles-editor-root"), store, ui.report));
    // Until its new report arrives, a large dataset whose rows have moved shows no computed
    // figures in the grid rather than each row's neighbour's.
    ui.grid.setReport(ui.reportLayout === store.layout ? report : null);
    $("results").hidden = !report;
    $("no-results").hidden = !!report;
    // An edit of a large dataset shows before its report arrives: the views of the old report stay.
    if (report === ui.shown) {
      tool.updateButtons();
      return;
    }
    if (report && !resultViews) {
      // The views of a report load the first time one is shown; it is shown when they arrive.
      tool.resultViewsReady().then(
        () => tool.renderResults(),
        (error) => tool.showError(t("loadFailed", { message: error.message })),
      );
      tool.updateButtons();
      return;
    }
    ui.shown = report;
    if (report) {
      const {
        compositionTable,
        renderCutoffs,
        renderFindings,
        renderGroups,
        renderProfile,
        renderReport,
        renderReportSettings,
        renderSummary,
        renderTimeline,
        renderUnitsResults,
      } = resultViews;
      renderSummary(report, $);
      chooseCohort(ui.cohort);
      renderGroups(report, $("groups-table"), $("titles-table"));
      compositionTable($("cohorts-table"), report.cohorts, Object.keys(report.cohorts), undefined, undefined, report.recorded);
      renderTimeline(report, $);
      renderFindings($("findings"), report, jumpTo);
      // The roll-up by level and the units; a unit's row shows its people in the grid.
      renderUnitsResults($("units-results"), report, {
        onShowPeople: (id) => {
          ui.units?.setFilter(id);
          tool.showTab("data");
        },
      });
      renderProfile($("profile-panel"), report, ui.specs, { onChange: tool.editRule, onReset: tool.resetProfile });
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
    tool.updateButtons();
  }

  /**
   * The filed report (Party header, tables, short list, closing) of the
   * report shown: a document built by the file module, loaded the first
   * time the report tab is opened or printed (the first visit stays small).
   * Resolves when it is shown.
   */
  async function showFiling() {
    const { store } = tool;
    const report = ui.report;
    if (!report) return;
    // The views of a report load the first time one is shown: the sheet is drawn (and printable) once they are in.
    const { renderReport } = await resultViewsReady();
    // The short list of a national roster would be thousands of pages: large datasets keep the shorter report.
    if (report.filing || (store.dataset?.people?.length ?? 0) >= WORKER_FROM) return;
    if (ui.filing?.report !== report) {
      ui.filing = {
        report,
        done: (async () => {
          const text = await store.jsonSoon();
          const filing = await ui.engine.call("filing", { text, options: { lang: lang() } });
          if (ui.shown !== report || !filing) return;
          report.filing = filing;
          renderReport($("report-sheet"), report);
          tool.emit("qhcb-filing", { pageLabel: filing.pageLabel ?? null });
        })().catch((error) => {
          if (!isAborted(error)) tool.showError(t("loadFailed", { message: error.message }));
        }),
      };
    }
    await ui.filing.done;
  }

  /** Shows the charts and detail table of one cohort. */
  function chooseCohort(key) {
    ui.cohort = resultViews.renderCohortCharts(ui.report, key, chooseCohort, $);
  }

  /** From a finding to the row it is about. */
  function jumpTo(finding) {
    const { store } = tool;
    if (finding.subject.kind === "title") {
      tool.showTab("data");
      const index = (store.dataset.titles ?? []).findIndex((x) => x?.id === finding.subject.id);
      const row = index >= 0 ? index : finding.row;
      $("titles-editor-root").querySelector(`tr[data-title-row="${row}"] input`)?.focus();
      return;
    }
    const index = finding.row ?? store.dataset.people.findIndex((p) => p?.id === finding.subject.id);
    if (index < 0) return;
    tool.showTab("data");
    ui.grid.focusCell(index, finding.field ?? "name");
  }

  /**
   * Resolves with the views of a report once they are loaded (at once when
   * they are); a tab of the report waits for them before it shows.
   */
  function resultViewsReady() {
    return resultViews ? Promise.resolve(resultViews) : loadResultViews();
  }

  return { renderAll, renderResults, showFiling, resultViewsReady, resultViewsLoaded: () => !!resultViews };
}
