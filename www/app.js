// QHCB page: loads the wasm engine, reads a qhcb/1 dataset (the built-in
// example or a JSON file), calls analyze() and renders the report. All
// arithmetic is done by the engine; this module only reads input, renders
// with textContent and formats numbers and dates for the chosen language.

import init, { analyze, profiles, version } from "./pkg/qhcb.js";
import vi from "./i18n/vi.js";
import en from "./i18n/en.js";

const CATALOGUES = { vi, en };
const LANG_KEY = "qhcb.lang";
const EXAMPLE = { url: "examples/phu-luong.json", name: "Đảng bộ huyện Phú Lương" };
const SEVERITIES = ["error", "warning", "info"];

const state = {
  lang: "vi",
  /** { kind: "example" | "file", name, text } */
  source: null,
  /** The review date typed by the user, overriding the dataset's. */
  asOf: "",
  profile: "",
};

const $ = (id) => document.getElementById(id);

// ---- text and formatting --------------------------------------------------

function text() {
  return CATALOGUES[state.lang];
}

/** The catalogue entry at a dotted path, with {name} placeholders filled. */
function t(path, params = {}) {
  const value = path.split(".").reduce((node, key) => node?.[key], text());
  if (typeof value !== "string") return path;
  return value.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ""));
}

const format = {
  count: (n) => new Intl.NumberFormat(text().locale).format(n),
  decimal: (x, digits) =>
    x == null ? text().dash : new Intl.NumberFormat(text().locale, { maximumFractionDigits: digits }).format(x),
  percent: (share) =>
    share == null
      ? text().dash
      : new Intl.NumberFormat(text().locale, { style: "percent", maximumFractionDigits: 1 }).format(share),
  /** "4 (36,4%)" */
  share: (s) => `${format.count(s.count)} (${format.percent(s.share)})`,
  /** ISO "2018-04-30" → "30/04/2018" */
  date: (iso) => iso.split("-").reverse().join("/"),
};

/** "30/04/2018" (or "30-04-2018", "30.04.2018") → "2018-04-30"; the engine checks that the date exists. */
function isoFromTyped(typed) {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(typed);
  return match ? `${match[3]}-${match[2].padStart(2, "0")}-${match[1].padStart(2, "0")}` : null;
}

// ---- DOM helpers -----------------------------------------------------------

/** Creates an element; children are nodes or strings (set as text, never HTML). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function table(target, head, rows) {
  target.replaceChildren(
    el("thead", {}, el("tr", {}, head.map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, rows),
  );
}

function showError(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = !message;
}

// ---- rendering ---------------------------------------------------------------

function applyStaticText() {
  document.documentElement.lang = state.lang;
  document.title = t("appTitle");
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const button of document.querySelectorAll("[data-lang]")) {
    button.setAttribute("aria-pressed", String(button.dataset.lang === state.lang));
  }
  $("version").textContent = t("version", { version: version() });
  if (state.source) {
    $("source-name").textContent = t(state.source.kind === "example" ? "sourceExample" : "sourceFile", state.source);
  }
}

function renderSummary(report) {
  const c = report.counts;
  $("summary-line").textContent = t("summaryLine", {
    unit: report.unit.name ?? t("unitUnnamed"),
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
    [t("headNonLocal"), format.share(planned.nonLocal)],
    [t("headMeanAge"), format.decimal(planned.meanAge, 1)],
  ];
  $("headline").replaceChildren(
    ...items.map(([label, value]) => el("div", { class: "figure" }, el("dt", {}, label), el("dd", {}, value))),
  );
}

function groupName(group) {
  return t(`groups.${group}`);
}

function renderGroups(report) {
  table(
    $("groups-table"),
    text().groupCols,
    report.groups.map((g) => {
      const multiple = g.multiple == null ? text().dash : t("multiple", { value: format.decimal(g.multiple, 2) });
      // Key titles with one seat each read as "lần trên 1 chức danh".
      const perTitle =
        g.group === "key" && g.titles > 0 && g.seats === g.titles
          ? t("perTitle", { value: format.decimal(g.multiple, 2) })
          : multiple;
      return el(
        "tr",
        { "data-group": g.group },
        el("th", { scope: "row" }, groupName(g.group)),
        el("td", {}, format.count(g.titles)),
        el("td", {}, format.count(g.seats)),
        el("td", {}, format.count(g.current)),
        el("td", {}, format.count(g.planned)),
        el("td", {}, format.count(g.plannedPeople)),
        el("td", { class: "multiple" }, perTitle),
      );
    }),
  );
  table(
    $("titles-table"),
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

function cohortName(key) {
  const [kind, group] = key.split(":");
  return group ? t(`cohortNames.${kind}:`, { group: groupName(group) }) : t(`cohortNames.${kind}`);
}

function renderCohorts(report) {
  const keys = Object.keys(report.cohorts);
  const cohorts = keys.map((k) => report.cohorts[k]);
  const row = (label, cell, attrs = {}) =>
    el("tr", attrs, el("th", { scope: "row" }, label), cohorts.map((c) => el("td", {}, cell(c))));
  const section = (label) =>
    el("tr", { class: "section" }, el("th", { scope: "rowgroup", colspan: String(keys.length + 1) }, label));
  const first = cohorts[0];
  const rows = [
    row(t("rows.count"), (c) => format.count(c.count), { "data-row": "count" }),
    row(t("rows.meanAge"), (c) => format.decimal(c.meanAge, 1), { "data-row": "meanAge" }),
    row(t("rows.women"), (c) => format.share(c.women), { "data-row": "women" }),
    row(t("rows.young", { under: first.young.under }), (c) => format.share(c.young), { "data-row": "young" }),
    row(t("rows.ethnicMinority"), (c) => format.share(c.ethnicMinority), { "data-row": "ethnicMinority" }),
    row(t("rows.nonLocal"), (c) => format.share(c.nonLocal), { "data-row": "nonLocal" }),
    section(t("rows.bandsTitle")),
    first.bands.map((band, i) =>
      row(t(`bands.${band.label}`), (c) => format.share(c.bands[i]), { "data-row": `band-${i}` }),
    ),
    section(t("rows.educationTitle")),
    Object.keys(first.education).map((level) =>
      row(t(`education.${level}`), (c) => format.share(c.education[level]), { "data-row": `education-${level}` }),
    ),
    section(t("rows.theoryTitle")),
    Object.keys(first.politicalTheory).map((level) =>
      row(t(`politicalTheory.${level}`), (c) => format.share(c.politicalTheory[level]), {
        "data-row": `theory-${level}`,
      }),
    ),
  ].flat();
  const target = $("cohorts-table");
  target.replaceChildren(
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { scope: "col" }, t("criterion")),
        keys.map((k) => el("th", { scope: "col", "data-cohort": k }, cohortName(k))),
      ),
    ),
    el("tbody", {}, rows),
  );
}

function renderFindings(report) {
  const target = $("findings");
  if (report.findings.length === 0) {
    target.replaceChildren(el("p", { class: "ok" }, t("noFindings")));
    return;
  }
  const blocks = SEVERITIES.map((severity) => {
    const items = report.findings.filter((f) => f.severity === severity);
    if (items.length === 0) return [];
    return el(
      "section",
      { class: `severity ${severity}`, "data-severity": severity },
      el("h3", {}, `${t(`severities.${severity}`)} (${format.count(items.length)})`),
      el(
        "ul",
        {},
        items.map((f) =>
          el(
            "li",
            { "data-code": f.code },
            el("span", { class: "code" }, f.code),
            " ",
            el("span", { class: "message" }, f.message),
            el("small", { class: "source" }, `${t("source")}: ${f.source} (${t(`confidence.${f.confidence}`)})`),
          ),
        ),
      ),
    );
  });
  target.replaceChildren(...blocks.flat());
}

function render(report) {
  renderSummary(report);
  renderGroups(report);
  renderCohorts(report);
  renderFindings(report);
  $("results").hidden = false;
}

// ---- running the engine -------------------------------------------------------

function run() {
  if (!state.source) return;
  const options = { lang: state.lang };
  if (state.asOf) options.asOf = state.asOf;
  if (state.profile) options.profile = state.profile;
  try {
    const report = analyze(state.source.text, options);
    showError("");
    $("as-of").value = format.date(report.asOf);
    render(report);
  } catch (error) {
    $("results").hidden = true;
    showError(t("loadFailed", { message: error.message }));
  }
}

function load(source) {
  state.source = source;
  state.asOf = "";
  applyStaticText();
  run();
}

async function loadExample() {
  try {
    const response = await fetch(EXAMPLE.url);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    load({ kind: "example", name: EXAMPLE.name, text: await response.text() });
  } catch (error) {
    showError(t("loadFailed", { message: error.message }));
  }
}

async function loadFile(file) {
  try {
    load({ kind: "file", name: file.name, text: await file.text() });
  } catch {
    showError(t("readFailed", { name: file.name }));
  }
}

function setLang(lang) {
  if (!CATALOGUES[lang]) return;
  state.lang = lang;
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Storage may be disabled (private mode, file://); the choice then lasts for the visit.
  }
  applyStaticText();
  fillProfiles();
  run();
}

function fillProfiles() {
  const select = $("profile");
  const auto = el("option", { value: "" }, t("profileAuto"));
  select.replaceChildren(auto, ...profiles().map((p) => el("option", { value: p.id }, p.name)));
  select.value = state.profile;
}

function wire() {
  $("load-example").addEventListener("click", loadExample);
  $("file").addEventListener("change", (event) => {
    const [file] = event.target.files;
    if (file) loadFile(file);
    event.target.value = "";
  });
  $("as-of").addEventListener("change", (event) => {
    const typed = event.target.value.trim();
    const iso = typed === "" ? "" : isoFromTyped(typed);
    if (iso === null) {
      showError(t("badDate", { value: typed }));
      return;
    }
    state.asOf = iso;
    run();
  });
  $("profile").addEventListener("change", (event) => {
    state.profile = event.target.value;
    run();
  });
  for (const button of document.querySelectorAll("[data-lang]")) {
    button.addEventListener("click", () => setLang(button.dataset.lang));
  }
  for (const id of ["load-example", "file", "as-of", "profile"]) $(id).disabled = false;
}

async function main() {
  await init();
  let saved = null;
  try {
    saved = localStorage.getItem(LANG_KEY);
  } catch {
    saved = null;
  }
  state.lang = CATALOGUES[saved] ? saved : "vi";
  applyStaticText();
  fillProfiles();
  wire();
  document.body.dataset.ready = "true";
}

main().catch((error) => showError(`QHCB: ${error.message}`));
