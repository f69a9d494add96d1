// The results: headline figures, charts, cohort tables, titles and groups,
// the retirement timeline and the findings. Everything shown is a number of
// the report, formatted for the current language.

import { el, table } from "./dom.js";
import { forgetGone, listInSteps } from "./steps.js";
import { t, text, format } from "./i18n.js";
import * as charts from "./charts.js";
import { confidenceNote, findingName, label, unknownLabel, values } from "./vocabulary.js";

export function groupName(group) {
  return label("group", group);
}

/** A cohort's breakdown key ("master", "unknown") by its label. */
function levelName(enumeration, key) {
  return values(enumeration).some((v) => v.id === key) ? label(enumeration, key) : unknownLabel();
}

export function cohortName(key) {
  const [kind, group] = key.split(":");
  return group ? t(`cohortNames.${kind}:`, { group: groupName(group) }) : t(`cohortNames.${kind}`);
}

export function renderSummary(report, $) {
  const c = report.counts;
  $("summary-line").textContent = t("summaryLine", {
    unit: report.unit.name || t("unitUnnamed"),
    asOf: format.date(report.asOf),
    profile: report.profileName,
    analysed: format.count(c.analysed),
    rows: format.count(c.rows),
    excluded: format.count(c.excluded),
  });
  const all = report.cohorts.all;
  const planned = report.cohorts.planned;
  const items = [
    [t("headPeople"), format.count(all.count)],
    [t("headPlanned"), format.count(planned.count)],
    [t("headWomen"), format.share(planned.women)],
    [t("headYoung", { under: planned.young.under }), format.share(planned.young)],
    [t("headEthnic"), format.share(planned.ethnicMinority)],
    [t("headNonLocal"), shareOrNoData(planned.nonLocal, report.recorded?.local)],
    [t("headMeanAge"), format.decimal(planned.meanAge, 1)],
  ];
  $("headline").replaceChildren(
    ...items.map(([label, value]) => el("div", { class: "figure" }, el("dt", {}, label), el("dd", {}, value))),
  );
}

/** A group's multiple as the engine words it ("1,4 lần", "2,01 lần trên 1 chức danh"). */
export function multipleText(g) {
  return g.text ?? text().dash;
}

export function renderGroups(report, groupsTarget, titlesTarget) {
  table(
    groupsTarget,
    text().groupCols,
    report.groups.map((g) =>
      el(
        "tr",
        { "data-group": g.group },
        el("th", { scope: "row" }, groupName(g.group)),
        el("td", {}, format.count(g.titles)),
        el("td", {}, format.count(g.seats)),
        el("td", {}, format.count(g.current)),
        el("td", {}, format.count(g.planned)),
        el("td", {}, format.count(g.plannedPeople)),
        el("td", { class: "multiple" }, multipleText(g)),
      ),
    ),
  );
  table(
    titlesTarget,
    text().titleCols,
    report.titles.map((title) =>
      el(
        "tr",
        { "data-title": title.id },
        el("th", { scope: "row" }, title.name ?? title.id),
        el("td", {}, groupName(title.group)),
        el("td", {}, format.count(title.seats)),
        el("td", {}, format.count(title.current)),
        el("td", {}, format.count(title.planned)),
        el("td", {}, format.decimal(title.plannedPerSeat, 2)),
      ),
    ),
  );
}

/**
 * A share, or "không có dữ liệu" when the dataset does not record its field
 * (`report.recorded`: no person says whether they are local), never 0%.
 */
function shareOrNoData(share, recorded) {
  return recorded === false ? t("noDataShare") : format.share(share);
}

/**
 * Rows of a composition table: [data-row key, label, cell of a cohort].
 * `recorded` is the report's: a share of a field nobody recorded reads "no data".
 */
export function compositionRows(first, recorded = {}) {
  return [
    ["count", t("rows.count"), (c) => format.count(c.count)],
    ["meanAge", t("rows.meanAge"), (c) => format.decimal(c.meanAge, 1)],
    ["women", t("rows.women"), (c) => format.share(c.women)],
    ["young", t("rows.young", { under: first.young.under }), (c) => format.share(c.young)],
    ["ethnicMinority", t("rows.ethnicMinority"), (c) => format.share(c.ethnicMinority)],
    ["nonLocal", t("rows.nonLocal"), (c) => shareOrNoData(c.nonLocal, recorded.local)],
    { section: t("rows.bandsTitle") },
    ...first.bands.map((band, i) => [`band-${i}`, format.band(band), (c) => format.share(c.bands[i])]),
    { section: t("rows.educationTitle") },
    ...Object.keys(first.education).map((level) => [
      `education-${level}`,
      levelName("education", level),
      (c) => format.share(c.education[level]),
    ]),
    { section: t("rows.theoryTitle") },
    ...Object.keys(first.politicalTheory).map((level) => [
      `theory-${level}`,
      levelName("politicalTheory", level),
      (c) => format.share(c.politicalTheory[level]),
    ]),
  ];
}

/** A composition table: criteria down, cohorts across; `skip` leaves rows out by key. */
export function compositionTable(target, cohorts, keys, headFor = cohortName, skip = new Set(), recorded = {}) {
  const list = keys.map((k) => cohorts[k]);
  const rows = compositionRows(list[0], recorded).filter((row) => row.section || !skip.has(row[0])).map((row) =>
    row.section
      ? el("tr", { class: "section" }, el("th", { scope: "rowgroup", colspan: String(keys.length + 1) }, row.section))
      : el("tr", { "data-row": row[0] }, el("th", { scope: "row" }, row[1]), list.map((c) => el("td", {}, row[2](c)))),
  );
  target.replaceChildren(
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { scope: "col" }, t("criterion")),
        keys.map((k) => el("th", { scope: "col", "data-cohort": k }, headFor(k))),
      ),
    ),
    el("tbody", {}, rows),
  );
}

/** The chosen cohort's charts, and the cohort selector. */
export function renderCohortCharts(report, key, onChoose, $) {
  const keys = Object.keys(report.cohorts);
  const chosen = keys.includes(key) ? key : "all";
  const select = el(
    "select",
    { id: "cohort-select" },
    keys.map((k) => el("option", { value: k, selected: k === chosen }, cohortName(k))),
  );
  select.addEventListener("change", () => onChoose(select.value));
  const cohort = report.cohorts[chosen];
  $("cohort-picker").replaceChildren(el("label", { for: "cohort-select" }, t("cohortPick")), select);
  $("pyramid-chart").replaceChildren(charts.pyramid(cohort));
  $("bands-chart").replaceChildren(charts.bands(cohort));
  compositionTable($("cohort-detail"), report.cohorts, [chosen], cohortName, new Set(), report.recorded);
  return chosen;
}

export function renderTimeline(report, $) {
  const r = report.retirements;
  $("timeline-chart").replaceChildren(charts.timeline(r, groupName));
  table(
    $("timeline-table"),
    [t("timeline.group"), t("timeline.incumbents"), t("timeline.before", { from: format.date(r.from) }), ...r.years.map(String)],
    r.rows.map((row) =>
      el(
        "tr",
        { "data-timeline": row.group },
        el("th", { scope: "row" }, row.group === "all" ? t("charts.allIncumbents") : groupName(row.group)),
        el("td", {}, format.count(row.incumbents)),
        el("td", {}, format.count(row.before)),
        row.counts.map((n) => el("td", { class: n > 0 ? "warn-cell" : null }, format.count(n))),
      ),
    ),
  );
}

/** A rule's name in the page's language ("Số người quy hoạch mỗi chức danh"), or its code. */
function ruleName(code) {
  return findingName(code);
}

/** Findings grouped by severity; findings about a row link to it. */
export function renderFindings(target, report, onJump, { all = false } = {}) {
  if (report.findings.length === 0) {
    // "Every rule met" only when some rule was checked: a congress profile
    // with nobody marked as a candidate reports congress-not-checked instead.
    target.replaceChildren(el("p", { class: "ok" }, t(report.counts.analysed > 0 ? "noFindings" : "nothingChecked")));
    return;
  }
  forgetGone();
  const ruleCodes = new Set(report.activeProfile.rules.map((r) => r.code));
  // How many of each list the user chose to see stays so when the findings are drawn again.
  const shown = (target.qhcbShown ??= {});
  const blocks = values("severity").map(({ id: severity, label: heading }) => {
    const items = report.findings.filter((f) => f.severity === severity);
    if (items.length === 0) return [];
    return el(
      "section",
      { class: `severity ${severity}`, "data-severity": severity },
      el("h3", {}, `${heading} (${format.count(items.length)})`),
      listInSteps(
        el("ul"),
        items,
        (f) => {
          const jump =
            onJump && (f.subject?.kind === "person" || f.subject?.kind === "title")
              ? el("button", { type: "button", class: "link jump" }, t("jumpToRow"))
              : null;
          jump?.addEventListener("click", () => onJump(f));
          return el(
            "li",
            { "data-code": f.code },
            // The rule by its name in the page's language; the code stays in the link's title.
            ruleCodes.has(f.code)
              ? el("a", { class: "code", href: `#rule-${f.code}`, "data-rule-link": f.code, title: f.code }, ruleName(f.code))
              : el("span", { class: "code", title: f.code }, ruleName(f.code)),
            " ",
            el("span", { class: "message" }, f.message),
            jump ? " " : null,
            jump,
            el("small", { class: "source" }, `${t("source")}: ${f.source} (${confidenceNote(f.confidence)})`),
          );
        },
        { shown: all ? Infinity : shown[severity], onShown: (count) => (shown[severity] = count), more: "findingsMore", rest: "findingsRest" },
      ),
    );
  });
  target.replaceChildren(...blocks.flat());
}
