// Part of one tool (see app.js): drawing the views from the data and its
// report (the data tab's editors, the results, the rules, the A4 report),
// and going from a finding to the row it is about.

import { terms } from "./pkg/qhcb.js";
import { t, lang, format } from "./i18n.js";
import { renderUnitForm, renderTitles, renderProfileSwitch } from "./editors.js";
import { isAborted } from "./engine.js";
import { WORKER_FROM } from "./analysis.js";
import { put } from "./dom.js";

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
/** The tabs that show the report, each drawn on its own (drawView). */
const REPORT_VIEWS = ["results", "rules", "report"];

export function createViews(tool) {
  const { $, ui } = tool;

  /**
   * Draws the editors and the report's views. An editor whose inputs are as
   * when it was last drawn is left as it is (an edit of one person redraws no
   * form); `force` draws every one (a refused edit shows the data again).
   */
  function renderAll({ force = false } = {}) {
    const { store, renderKeepingFocus } = tool;
    const data = store.dataset;
    const large = (data?.people?.length ?? 0) >= WORKER_FROM;
    if (force) {
      inputs.clear();
      parts.clear();
    }
    // Without units the panel shows only its offer; with units it counts people by unit.
    const unitsKey = Array.isArray(data?.units) && data.units.length ? null : `${lang()}|${!!data}`;
    if (ui.units && changed("units-panel", unitsKey)) renderKeepingFocus($("units-panel"), () => ui.units.render());
    const custom = JSON.stringify(data?.profiles ?? null);
    const formKey = JSON.stringify([lang(), !!data, data?.unit ?? null, data?.asOf ?? null, data?.termStart ?? null, data?.profile ?? null, custom, ui.profiles.length]);
    if (changed("unit-form", formKey)) {
      renderKeepingFocus($("unit-form"), () => renderUnitForm($("unit-form"), store, ui.profiles, tool.showError, (level) => terms(level, { lang: lang() })));
    }
    // The profile can be switched where its effect is read too.
    const profileKey = JSON.stringify([lang(), !!data, data?.profile ?? null, custom, ui.profiles.length]);
    for (const view of ["results", "rules"]) {
      const root = $(`${view}-profile`);
      if (root && changed(`${view}-profile`, profileKey)) renderKeepingFocus(root, () => renderProfileSwitch(root, store, ui.profiles, `${view}-profile-select`));
    }
    // A large roster is counted when the page is idle, a slice per idle period: the edit shows first.
    if (large) countHometownsSoon();
    else {
      hometownCount = null; // a count of a larger dataset still under way is dropped
      showHometownOffer(countHometowns(data?.people ?? [], 0, Infinity));
    }
    renderResults();
  }

  /** The people with a hometown among people[from, to). */
  function countHometowns(people, from, to) {
    let count = 0;
    for (let i = from, end = Math.min(to, people.length); i < end; i++) {
      const p = people[i];
      if (typeof p?.hometown === "string" && p.hometown.trim()) count++;
    }
    return count;
  }

  /** Counts in idle time, 20,000 people at a time; a later change starts the count again. */
  let hometownCount = null;
  function countHometownsSoon() {
    const later = globalThis.requestIdleCallback ?? ((callback) => setTimeout(() => callback({ timeRemaining: () => 5 }), 50));
    const run = { people: tool.store.dataset?.people ?? [], next: 0, count: 0 };
    const started = hometownCount;
    hometownCount = run;
    if (started) return; // the idle callback already asked for goes on with the new count
    const step = (deadline) => {
      const count = hometownCount;
      if (!count) return;
      while (count.next < count.people.length && deadline.timeRemaining() > 1) {
        count.count += countHometowns(count.people, count.next, count.next + 20000);
        count.next += 20000;
      }
      if (count.next < count.people.length) {
        later(step, { timeout: 3000 });
        return;
      }
      hometownCount = null;
      showHometownOffer(count.count);
    };
    later(step, { timeout: 3000 });
  }

  /** What each editor was last drawn from (renderAll). */
  const inputs = new Map();

  /** Whether an editor's inputs differ from when it was last drawn (null: always drawn). */
  function changed(name, key) {
    if (key !== null && inputs.get(name) === key) return false;
    inputs.set(name, key);
    return true;
  }

  /** The offer to mark people from other provinces, when `count` people have a hometown. */
  function showHometownOffer(count) {
    const offer = $("hometown-offer");
    if (offer.hidden !== (count === 0)) offer.hidden = count === 0;
    if (count) $("hometown-count").textContent = t("hometown.offer", { count: format.count(count) });
  }

  /** Everything that shows the report: after each change, and when a report arrives from the worker. */
  function renderResults() {
    const { store } = tool;
    const report = ui.report;
    // The titles table: drawn again when the titles, the units or the report's findings about titles change.
    const data = store.dataset;
    const titleFindings = (report?.findings ?? []).filter((f) => f.code === "invalid-title").map((f) => [f.row, f.field, f.message]);
    const titlesKey = JSON.stringify([lang(), !!data, data?.titles ?? null, data?.units ?? null, titleFindings]);
    if (changed("titles-editor", titlesKey)) {
      tool.renderKeepingFocus($("titles-editor-root"), () => renderTitles($("titles-editor-root"), store, ui.report));
    }
    // Until its new report arrives, a large dataset whose rows have moved shows no computed
    // figures in the grid rather than each row's neighbour's.
    // A report made from the one shown before says which rows' computed fields changed.
    const rows = ui.reportHint?.report === report ? ui.reportHint.rows : null;
    ui.grid.setReport(ui.reportLayout === store.layout ? report : null, rows);
    put($("results"), "hidden", !report);
    put($("no-results"), "hidden", !!report);
    // An edit of a large dataset shows before its report arrives: the views of the old report stay.
    if (report === ui.shown) {
      tool.updateButtons();
      return;
    }
    if (report && !resultViews) {
      // The views of a report load the first time one is shown; it is shown when they arrive.
      resultViewsReady().then(
        () => tool.renderResults(),
        (error) => tool.showError(t("loadFailed", { message: error.message })),
      );
      tool.updateButtons();
      return;
    }
    ui.shown = report;
    if (report) {
      // A large dataset's report is drawn where it is seen: in the tab shown now, and in
      // another tab when it is shown (showTab) or printed. Drawn while hidden, its
      // thousands of findings would take the page's thread from the next edit.
      const large = (store.dataset?.people?.length ?? 0) >= WORKER_FROM;
      for (const view of REPORT_VIEWS) if (!large || ui.tab === view) drawView(view);
      // The report tab open: its filed form follows the data.
      if (ui.tab === "report") showFiling();
    } else {
      drawn.clear();
      parts.clear();
      $("profile-panel").replaceChildren();
      $("report-sheet").replaceChildren();
    }
    tool.updateButtons();
  }

  /** The report each tab's views were drawn from. */
  const drawn = new Map();

  /** What each part of the results tab was last drawn from (drawView). */
  const parts = new Map();

  /** Draws a part of the results unless it was drawn from the same objects, in the same language. */
  function part(name, inputs, draw) {
    const key = [lang(), ...inputs];
    const last = parts.get(name);
    if (last && last.length === key.length && last.every((x, i) => x === key[i])) return;
    parts.set(name, key);
    draw();
  }

  /** Draws a tab's views of the report shown, unless they show it already. */
  function drawView(view) {
    const report = ui.shown;
    if (!report || !REPORT_VIEWS.includes(view) || drawn.get(view) === report) return;
    drawn.set(view, report);
    const { store } = tool;
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
    if (view === "results") {
      // Each part is drawn again only when what it shows is another object: a report made from
      // the one before (issue 18) keeps the parts that did not change (a profile switch leaves
      // the cohorts, an edit of one birth the titles and groups).
      part("summary", [report.counts, report.unit, report.asOf, report.profileName, report.cohorts, report.recorded], () => renderSummary(report, $));
      part("cohort", [report.cohorts, report.recorded], () => chooseCohort(ui.cohort));
      part("groups", [report.groups, report.titles], () => renderGroups(report, $("groups-table"), $("titles-table")));
      part("cohorts", [report.cohorts, report.recorded], () =>
        compositionTable($("cohorts-table"), report.cohorts, Object.keys(report.cohorts), undefined, undefined, report.recorded),
      );
      part("timeline", [report.retirements], () => renderTimeline(report, $));
      part("findings", [report.findings, report.activeProfile, report.counts], () => renderFindings($("findings"), report, jumpTo));
      // The roll-up by level and the units; a unit's row shows its people in the grid.
      // A unit's detail lists its findings too.
      part("units", [report.units, report.levels, report.findings], () =>
        renderUnitsResults($("units-results"), report, {
          onShowPeople: (id) => {
            ui.units?.setFilter(id);
            tool.showTab("data");
          },
        }),
      );
    } else if (view === "rules") {
      renderProfile($("profile-panel"), report, ui.specs, { onChange: tool.editRule, onReset: tool.resetProfile });
      renderCutoffs($("cutoffs"), report);
    } else if (view === "report") {
      renderReportSettings($("report-settings"), store);
      renderReport($("report-sheet"), report);
    }
  }

  /** Draws every view not yet drawn (before printing). */
  function drawAll() {
    for (const view of REPORT_VIEWS) drawView(view);
  }
  // Printed from any tab (Ctrl+P): the report is drawn first.
  globalThis.addEventListener?.("beforeprint", drawAll);

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

  return { renderAll, renderResults, showFiling, drawView, drawAll, resultViewsReady, resultViewsLoaded: () => !!resultViews };
}
