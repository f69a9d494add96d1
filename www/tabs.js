// Part of one tool (see app.js): the tabs (Dữ liệu, Kết quả, Quy định, Báo
// cáo, Bảng tính nhanh), one view shown at a time; the arrow keys, Home and
// End move between tabs (the ARIA tabs pattern).

export const TABS = ["data", "results", "rules", "report", "sheets"];
/** The tabs drawn from a report: while their modules load, the tab shown stays. */
const REPORT_TABS = new Set(["results", "rules", "report"]);

/**
 * The tabs of one tool. Uses from `tool`: `$`, `$$`, `ui.tab` (the tab
 * shown), `ui.report`, `ui.grid`, `showFiling()`, `drawView()`,
 * `resultViewsReady()`, `resultViewsLoaded()`, `showError`.
 */
export function createTabs(tool) {
  const { $, $$, ui } = tool;

  function showTab(name, focus = false) {
    if (REPORT_TABS.has(name) && ui.report && !tool.resultViewsLoaded()) {
      // The first report tab opened: the tab shows at once, and its views are drawn when their
      // modules arrive (views.js draws the report then).
      tool.resultViewsReady().then(
        () => tool.renderResults(),
        (error) => tool.showError(error.message),
      );
    }
    ui.tab = name;
    for (const tab of TABS) {
      const button = $(`tab-${tab}`);
      const selected = tab === name;
      button.setAttribute("aria-selected", String(selected));
      button.tabIndex = selected ? 0 : -1;
      $(`view-${tab}`).hidden = !selected;
    }
    if (focus) $(`tab-${name}`).focus();
    // A large dataset's report is drawn in a tab when it is shown (views.js).
    tool.drawView?.(name);
    if (name === "report") tool.showFiling().catch((error) => tool.showError(error.message));
    if (name === "data") ui.grid?.scheduleRender();
    if (name === "sheets") tool.sheets();
  }

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

  return { showTab, wireTabs };
}
