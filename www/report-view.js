// The printable report: A4 pages with the unit's header and date, the
// composition tables laid out like the BTCTW statistical forms (rows: total,
// women, ethnic minority, age bands, education, political theory; columns:
// committee, standing committee, key titles, leaders), the titles and groups,
// the findings and the charts. It is labelled as the tool's report.

import { el, table } from "./dom.js";
import { t, text, format } from "./i18n.js";
import { compositionTable, groupName, multipleText, renderFindings } from "./dashboard.js";
import * as charts from "./charts.js";

/** Rows the BTCTW forms do not have; the dashboard shows them. */
const NOT_IN_FORMS = new Set(["meanAge", "young", "nonLocal"]);
const FORM_GROUPS = ["committee", "standing", "key", "leader"];

function formTable(report, kind, caption) {
  const keys = FORM_GROUPS.map((g) => `${kind}:${g}`).filter((k) => report.cohorts[k]);
  if (keys.length === 0) return null;
  const node = el("table", { class: "form-table", "data-form": kind });
  compositionTable(node, report.cohorts, keys, (k) => groupName(k.split(":")[1]), NOT_IN_FORMS);
  node.prepend(el("caption", {}, caption));
  return node;
}

export function renderReport(target, report) {
  const today = new Date();
  const made = `${String(today.getDate()).padStart(2, "0")}/${String(today.getMonth() + 1).padStart(2, "0")}/${today.getFullYear()}`;
  const groups = el("table", { class: "form-table" });
  table(
    groups,
    text().groupCols,
    report.groups.map((g) =>
      el(
        "tr",
        {},
        el("th", { scope: "row" }, groupName(g.group)),
        el("td", {}, format.count(g.titles)),
        el("td", {}, format.count(g.seats)),
        el("td", {}, format.count(g.current)),
        el("td", {}, format.count(g.planned)),
        el("td", {}, format.count(g.plannedPeople)),
        el("td", {}, multipleText(g)),
      ),
    ),
  );
  groups.prepend(el("caption", {}, t("report.groups")));
  const findings = el("div", { class: "report-findings" });
  renderFindings(findings, report, null);
  target.replaceChildren(
    el(
      "header",
      { class: "report-head" },
      el("p", { class: "report-unit" }, report.unit.name || t("unitUnnamed")),
      el("h2", {}, t("report.title")),
      el("p", {}, t("report.subtitle", { asOf: format.date(report.asOf), profile: report.profileName })),
      el("p", { class: "report-note" }, t("report.note", { made, version: report.version })),
    ),
    formTable(report, "current", t("report.current")),
    formTable(report, "planned", t("report.planned")),
    groups,
    el("section", { class: "report-charts" }, el("h3", {}, t("report.charts")), charts.pyramid(report.cohorts.all), charts.bands(report.cohorts.all), charts.timeline(report.retirements, groupName)),
    el("section", { class: "report-findings-section" }, el("h3", {}, t("findingsHeading")), findings),
  );
}
