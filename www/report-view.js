// The printable report an official files. With the engine's `filing` (every
// dataset the page analyses on its own thread): the Party document header
// (issuing body, "ĐẢNG CỘNG SẢN VIỆT NAM", number, place and date), the title,
// the tool's note, the composition tables like the BTCTW forms with a total
// column over everyone, the groups, a table per title, the timeline, the
// findings with their sources, the charts, the closing block ("Nơi nhận",
// "T/M BAN THƯỜNG VỤ", the signer) and the short list per title as an annex
// on landscape pages. Page numbers "Trang x/y" come from the print rules set
// by <qhcb-app> (qhcb-app.js). A roster too large for the page's thread gets
// the shorter report below (renderAggregates).

import { el, table } from "./dom.js";
import { t, text, format } from "./i18n.js";
import { compositionTable, groupName, multipleText, renderFindings } from "./dashboard.js";
import { setOp, today } from "./store.js";
import * as charts from "./charts.js";
import { values } from "./vocabulary.js";

/** Rows the BTCTW forms do not have; the dashboard shows them. */
const NOT_IN_FORMS = new Set(["meanAge", "young", "nonLocal"]);
function formTable(report, kind, caption) {
  // The groups the BTCTW forms have a column for (the schema says which).
  const groups = values("group").filter((g) => g.inForms).map((g) => g.id);
  const keys = groups.map((g) => `${kind}:${g}`).filter((k) => report.cohorts[k]);
  if (keys.length === 0) return null;
  const node = el("table", { class: "form-table", "data-form": kind });
  compositionTable(node, report.cohorts, keys, (k) => groupName(k.split(":")[1]), NOT_IN_FORMS);
  node.prepend(el("caption", {}, caption));
  return node;
}

/** One table of the filed report: caption, unit line, header row, rows. */
function filingTable(spec) {
  const columns = spec.head.length;
  const node = el("table", { class: `form-table filing-table${spec.landscape ? " landscape" : ""}`, "data-form": spec.id });
  node.append(
    el("caption", {}, spec.caption, spec.unit ? el("span", { class: "table-unit" }, spec.unit) : null),
    el("thead", {}, el("tr", {}, spec.head.map((h) => el("th", { scope: "col" }, h)))),
    el(
      "tbody",
      {},
      spec.rows.map((row) =>
        row.kind === "section"
          ? el("tr", { class: "section" }, el("th", { scope: "rowgroup", colspan: String(columns) }, row.cells[0] ?? ""))
          : el(
              "tr",
              { class: row.kind || null },
              row.cells.map((cell, i) => (i === 0 && spec.id !== "list" && spec.id !== "titles" && spec.id !== "findings" ? el("th", { scope: "row" }, cell) : el("td", {}, cell))),
            ),
      ),
    ),
  );
  return node;
}

function filingHeader(f) {
  const h = f.header;
  return el(
    "div",
    { class: "doc-header" },
    el(
      "div",
      { class: "doc-issuer" },
      el("p", {}, h.superior),
      el("p", { class: "strong" }, h.issuer),
      el("p", {}, h.motto),
      el("p", {}, h.number),
    ),
    el("div", { class: "doc-party" }, el("p", { class: "strong party" }, h.party), el("p", { class: "place-date" }, h.placeDate)),
  );
}

function filingClosing(f) {
  const c = f.closing;
  return el(
    "div",
    { class: "doc-closing" },
    el("div", { class: "recipients" }, el("p", { class: "label" }, c.recipientsLabel), c.recipients.map((r) => el("p", {}, r))),
    el("div", { class: "signature" }, el("p", { class: "strong" }, c.onBehalf), el("p", { class: "strong" }, c.signerTitle), el("p", { class: "sign-space" }, ""), el("p", { class: "strong" }, c.signer)),
  );
}

/** The filed report from the engine's `filing`, with the charts. */
function renderFiling(target, report) {
  const f = report.filing;
  const chartSection = el(
    "section",
    { class: "report-charts" },
    el("h3", {}, t("report.charts")),
    charts.pyramid(report.cohorts.planned),
    charts.bands(report.cohorts.planned),
    charts.timeline(report.retirements, groupName),
  );
  target.replaceChildren(
    filingHeader(f),
    el(
      "div",
      { class: "report-head" },
      el("h2", {}, f.title),
      el("p", { class: "strong" }, f.subtitle),
      f.unit ? el("p", { class: "report-unit" }, f.unit) : null,
      el("p", { class: "report-note" }, f.note),
    ),
    ...f.tables.map(filingTable),
    chartSection,
    filingClosing(f),
    ...f.annex.map((spec) => el("section", { class: "annex" }, filingTable(spec))),
  );
}

/**
 * The header, number, place and date, and signature of the filed report:
 * kept in the dataset (`report`), so they travel with it and every export
 * uses them. Empty fields print as dotted lines to fill by hand.
 */
export function renderReportSettings(root, store) {
  const data = store.dataset;
  if (!root) return;
  if (!data) {
    root.replaceChildren();
    return;
  }
  const settings = data.report ?? {};
  const fields = ["superior", "issuer", "number", "placeDate", "onBehalf", "signerTitle", "signer"];
  const commit = (next) => {
    const clean = Object.fromEntries(Object.entries(next).filter(([, v]) => (Array.isArray(v) ? v.length : v)));
    const value = Object.keys(clean).length ? clean : undefined;
    if (JSON.stringify(value ?? null) !== JSON.stringify(data.report ?? null)) store.commit(setOp(data, ["report"], value));
  };
  const inputs = fields.map((key) => {
    const input = el("input", { id: `report-${key}`, type: "text", value: settings[key] ?? "", placeholder: t(`report.placeholders.${key}`), autocomplete: "off" });
    input.addEventListener("change", () => commit({ ...settings, [key]: input.value.trim() }));
    return el("label", { class: "field", for: `report-${key}` }, el("span", {}, t(`report.fields.${key}`)), input);
  });
  const recipients = el("textarea", { id: "report-recipients", rows: "3", placeholder: t("report.placeholders.recipients") });
  recipients.value = (settings.recipients ?? []).join("\n");
  recipients.addEventListener("change", () =>
    commit({ ...settings, recipients: recipients.value.split("\n").map((r) => r.trim()).filter(Boolean) }),
  );
  root.replaceChildren(
    el("div", { class: "form-grid" }, inputs, el("label", { class: "field wide", for: "report-recipients" }, el("span", {}, t("report.fields.recipients")), recipients)),
  );
}

export function renderReport(target, report) {
  if (report.filing) {
    renderFiling(target, report);
    return;
  }
  renderAggregates(target, report);
}

/** The report of a roster analysed off the page's thread: figures, no short list. */
function renderAggregates(target, report) {
  const made = format.date(today());
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
  // The filed report lists every finding.
  renderFindings(findings, report, null, { all: true });
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
