// QHCB page: loads the wasm engine, reads a qhcb/1 dataset (the built-in
// example or a JSON file), calls analyze() and renders the report. All
// arithmetic is done by the engine; this module reads input, keeps the
// user's profile edits and renders with textContent.

import init, { analyze, profiles, ruleSpecs, version } from "./pkg/qhcb.js";
import { $, el, table } from "./dom.js";
import { t, text, format, lang, setLang, restoreLang, isoFromTyped } from "./i18n.js";
import { renderProfile, renderCutoffs } from "./profile-panel.js";

const EXAMPLE = { url: "examples/phu-luong.json", name: "Đảng bộ huyện Phú Lương" };
const SEVERITIES = ["error", "warning", "info"];
const CUSTOM_ID = "tuy-chinh";

const state = {
  /** { kind: "example" | "file", name, text } */
  source: null,
  /** The dataset parsed once, when the user edits a profile. */
  parsed: null,
  /** The review date typed by the user, overriding the dataset's. */
  asOf: "",
  /** A profile id chosen in the list, overriding the dataset's. */
  profile: "",
  /** The user's custom profile: { id, name, basedOn, rules: [{ code, params?, severity?, enabled? }] }. */
  custom: null,
  report: null,
  specs: [],
};

function showError(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = !message;
}

// ---- rendering ---------------------------------------------------------------

function applyStaticText() {
  document.documentElement.lang = lang();
  document.title = t("appTitle");
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const button of document.querySelectorAll("[data-lang]")) {
    button.setAttribute("aria-pressed", String(button.dataset.lang === lang()));
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
      // Key titles with one seat each read as "lần trên 1 chức danh".
      const multiple =
        g.multiple == null
          ? text().dash
          : t(g.group === "key" && g.seats === g.titles ? "perTitle" : "multiple", {
              value: format.decimal(g.multiple, 2),
            });
      return el(
        "tr",
        { "data-group": g.group },
        el("th", { scope: "row" }, groupName(g.group)),
        el("td", {}, format.count(g.titles)),
        el("td", {}, format.count(g.seats)),
        el("td", {}, format.count(g.current)),
        el("td", {}, format.count(g.planned)),
        el("td", {}, format.count(g.plannedPeople)),
        el("td", { class: "multiple" }, multiple),
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
  const row = (label, cell, key) =>
    el("tr", { "data-row": key }, el("th", { scope: "row" }, label), cohorts.map((c) => el("td", {}, cell(c))));
  const section = (label) =>
    el("tr", { class: "section" }, el("th", { scope: "rowgroup", colspan: String(keys.length + 1) }, label));
  const first = cohorts[0];
  const rows = [
    row(t("rows.count"), (c) => format.count(c.count), "count"),
    row(t("rows.meanAge"), (c) => format.decimal(c.meanAge, 1), "meanAge"),
    row(t("rows.women"), (c) => format.share(c.women), "women"),
    row(t("rows.young", { under: first.young.under }), (c) => format.share(c.young), "young"),
    row(t("rows.ethnicMinority"), (c) => format.share(c.ethnicMinority), "ethnicMinority"),
    row(t("rows.nonLocal"), (c) => format.share(c.nonLocal), "nonLocal"),
    section(t("rows.bandsTitle")),
    first.bands.map((band, i) => row(t(`bands.${band.label}`), (c) => format.share(c.bands[i]), `band-${i}`)),
    section(t("rows.educationTitle")),
    Object.keys(first.education).map((level) =>
      row(t(`education.${level}`), (c) => format.share(c.education[level]), `education-${level}`),
    ),
    section(t("rows.theoryTitle")),
    Object.keys(first.politicalTheory).map((level) =>
      row(t(`politicalTheory.${level}`), (c) => format.share(c.politicalTheory[level]), `theory-${level}`),
    ),
  ].flat();
  $("cohorts-table").replaceChildren(
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
  const ruleCodes = new Set(report.activeProfile.rules.map((r) => r.code));
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
            ruleCodes.has(f.code)
              ? el("a", { class: "code", href: `#rule-${f.code}` }, f.code)
              : el("span", { class: "code" }, f.code),
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
  renderProfile($("profile-panel"), report, state.specs, { onChange: editRule, onReset: resetProfile });
  renderCutoffs($("cutoffs"), report);
  fillProfiles(report);
  $("results").hidden = false;
}

// ---- running the engine -------------------------------------------------------

/** The input for analyze(): the text as loaded, or the dataset with the user's profile. */
function input() {
  if (!state.custom) return state.source.text;
  state.parsed ??= JSON.parse(state.source.text);
  const others = (state.parsed.profiles ?? []).filter((p) => p.id !== state.custom.id);
  return { ...state.parsed, profiles: [...others, state.custom], profile: state.custom.id };
}

function run() {
  if (!state.source) return;
  const options = { lang: lang() };
  if (state.asOf) options.asOf = state.asOf;
  if (state.profile && !state.custom) options.profile = state.profile;
  try {
    const report = analyze(input(), options);
    state.report = report;
    showError("");
    $("as-of").value = format.date(report.asOf);
    render(report);
  } catch (error) {
    state.report = null;
    $("results").hidden = true;
    showError(t("loadFailed", { message: error.message }));
  }
}

function load(source) {
  Object.assign(state, { source, parsed: null, asOf: "", profile: "", custom: null });
  $("save-json").disabled = false;
  applyStaticText();
  run();
}

/** Starts a custom profile from the active one, or continues the dataset's own. */
function customFrom(report) {
  const active = report.activeProfile;
  if (active.basedOn) {
    state.parsed ??= JSON.parse(state.source.text);
    const saved = (state.parsed.profiles ?? []).find((p) => p.id === active.id);
    if (saved) return structuredClone(saved);
  }
  return { id: CUSTOM_ID, name: t("customName", { base: active.name }), basedOn: active.id, rules: [] };
}

function editRule(code, change) {
  if (!state.report) return;
  state.custom ??= customFrom(state.report);
  const rules = (state.custom.rules ??= []);
  let entry = rules.find((r) => r.code === code);
  if (!entry) {
    entry = { code };
    rules.push(entry);
  }
  if (change.params) entry.params = { ...entry.params, ...change.params };
  if (change.severity) entry.severity = change.severity;
  if (change.enabled !== undefined) entry.enabled = change.enabled;
  run();
}

function resetProfile() {
  state.custom = null;
  state.profile = "";
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

/** Downloads the dataset with the user's profile, so that it can be opened again. */
function saveJson() {
  if (!state.source) return;
  const data = input();
  const json = typeof data === "string" ? data : JSON.stringify(data, null, 1);
  const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
  const link = el("a", { href: url, download: state.source.kind === "file" ? state.source.name : "qhcb.json" });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function fillProfiles(report) {
  const select = $("profile");
  const options = [el("option", { value: "" }, t("profileAuto"))];
  for (const p of profiles()) options.push(el("option", { value: p.id }, p.name));
  if (report?.activeProfile.basedOn) {
    options.push(el("option", { value: report.profile }, report.profileName));
  }
  select.replaceChildren(...options);
  select.value = state.custom ? state.custom.id : state.profile;
}

function wire() {
  $("load-example").addEventListener("click", loadExample);
  $("file").addEventListener("change", (event) => {
    const [file] = event.target.files;
    if (file) loadFile(file);
    event.target.value = "";
  });
  $("save-json").addEventListener("click", saveJson);
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
    if (state.custom && state.profile !== state.custom.id) state.custom = null;
    run();
  });
  for (const button of document.querySelectorAll("[data-lang]")) {
    button.addEventListener("click", () => {
      setLang(button.dataset.lang);
      applyStaticText();
      fillProfiles(state.report);
      run();
    });
  }
  for (const id of ["load-example", "file", "as-of", "profile"]) $(id).disabled = false;
}

async function main() {
  await init();
  state.specs = ruleSpecs();
  restoreLang();
  applyStaticText();
  fillProfiles(null);
  wire();
  document.body.dataset.ready = "true";
}

main().catch((error) => showError(`QHCB: ${error.message}`));
