// The active rule profile: its rules with thresholds, sources and confidence,
// editable into a custom profile; and the birth cut-offs of congress rules.
import { el } from "./dom.js";
import { t, text, format, lang } from "./i18n.js";
import { confidenceNote, findingName, label, paramLabel, referenceLabel, values } from "./vocabulary.js";

const SHARE_KINDS = new Set(["share", "optionalShare"]);
const NUMBER_KINDS = new Set(["count", "months", "years", "ratio", ...SHARE_KINDS]);

/** A share in [0, 1] shown as a percentage, without float noise (0.15 → 15). */
const toPercent = (share) => Number((share * 100).toFixed(4));

/** A number typed the Vietnamese way ("33,33") or with a dot; NaN when it is not one. */
function parseTyped(typed) {
  const text = typed.replace(/\s/g, "");
  if (!/^[0-9.,-]+$/.test(text)) return NaN;
  return Number(text.includes(",") ? text.replace(/\./g, "").replace(",", ".") : text);
}

function paramInput(rule, spec, onChange) {
  const value = rule.params[spec.name];
  const id = `param-${rule.code}-${spec.name}`;
  const label = el("label", { for: id }, paramLabel(spec.name));
  if (!NUMBER_KINDS.has(spec.kind)) {
    return el("div", { class: "param readonly" }, label, el("span", { id }, describe(spec.kind, value)));
  }
  const share = SHARE_KINDS.has(spec.kind);
  const whole = !share && spec.kind !== "ratio";
  // Text, not type="number": the browser would show "33.3333" with a dot in a
  // Vietnamese page. Shown with the page's decimal comma, at most 2 decimals.
  const input = el("input", {
    id,
    type: "text",
    value: value == null ? "" : format.decimal(share ? toPercent(value) : value, 2).replace(/\s/g, ""),
    "data-param": spec.name,
    inputmode: whole ? "numeric" : "decimal",
    autocomplete: "off",
  });
  input.addEventListener("change", () => {
    const typed = input.value.trim();
    if (typed === "" && spec.kind === "optionalShare") {
      input.removeAttribute("aria-invalid");
      onChange(rule.code, { params: { [spec.name]: null } });
      return;
    }
    const number = parseTyped(typed);
    const valid =
      typed !== "" && Number.isFinite(number) && number >= 0 && (!share || number <= 100) && (!whole || Number.isInteger(number));
    if (!valid) {
      input.setAttribute("aria-invalid", "true");
      return;
    }
    input.removeAttribute("aria-invalid");
    onChange(rule.code, { params: { [spec.name]: share ? number / 100 : number } });
  });
  return el("div", { class: "param" }, label, input);
}

/** Read-only parameters: reference months by level, scope lists. */
function describe(kind, value) {
  if (kind === "referenceMonths" && value) {
    return Object.entries(value)
      .map(([key, month]) => `${referenceLabel(key)}: ${format.date(month)}`)
      .join("; ");
  }
  if (kind === "scopes" && Array.isArray(value)) {
    return value.map((scope) => (scope === "unit" ? t("wholeUnit") : label("group", scope))).join(", ");
  }
  return value == null ? t("allScopes") : JSON.stringify(value);
}

function variantSelect(rule, onChange) {
  if (!rule.variants?.length) return null;
  const select = el(
    "select",
    { "aria-label": t("variant"), "data-variants": rule.code },
    el("option", { value: "" }, t("variantPick")),
    rule.variants.map((v) => el("option", { value: v.id }, v.label)),
  );
  select.addEventListener("change", () => {
    const variant = rule.variants.find((v) => v.id === select.value);
    if (variant) onChange(rule.code, { params: variant.params });
  });
  return el("div", { class: "param" }, select);
}

function severitySelect(rule, onChange) {
  const select = el(
    "select",
    { "aria-label": t("ruleCols.1"), "data-severity-of": rule.code },
    values("severity").map((s) => el("option", { value: s.id, selected: s.id === rule.severity }, s.label)),
  );
  select.addEventListener("change", () => onChange(rule.code, { severity: select.value }));
  return select;
}

function enabledBox(rule, onChange) {
  const box = el("input", { type: "checkbox", checked: rule.enabled, "aria-label": t("ruleCols.5") });
  box.addEventListener("change", () => onChange(rule.code, { enabled: box.checked }));
  return box;
}

function sourceCell(rule) {
  return el(
    "td",
    { class: "source-cell" },
    el("strong", {}, rule.document),
    el("span", {}, lang() === "en" ? (rule.articleEn ?? rule.article) : rule.article),
    rule.url ? el("small", { class: "url", title: rule.url }, new URL(rule.url).host) : null,
  );
}

/**
 * Renders the active profile into `target`. `specs` come from ruleSpecs();
 * `onChange(code, change)` gets { params } | { severity } | { enabled };
 * `onReset()` drops the custom profile.
 */
export function renderProfile(target, report, specs, { onChange, onReset }) {
  const profile = report.activeProfile;
  const dates = profile.effectiveTo
    ? t("effectiveFromTo", { from: format.date(profile.effectiveFrom), to: format.date(profile.effectiveTo) })
    : t("effectiveFrom", { from: format.date(profile.effectiveFrom) });
  const header = el(
    "p",
    { class: "profile-line" },
    el("strong", { id: "profile-name" }, profile.name),
    ` · ${t(`kinds.${profile.kind}`)} · ${dates}`,
    profile.basedOn ? ` · ${t("customOf", { base: profile.basedOn })} ` : null,
    profile.basedOn ? el("button", { type: "button", id: "reset-profile" }, t("resetProfile")) : null,
  );
  const rows = profile.rules.map((rule) => {
    const spec = specs.find((s) => s.code === rule.code);
    const params = (spec?.params ?? []).map((p) => paramInput(rule, p, onChange));
    return el(
      "tr",
      { id: `rule-${rule.code}`, "data-rule": rule.code, class: rule.enabled ? null : "disabled" },
      el(
        "th",
        { scope: "row" },
        el("span", { class: "rule-name" }, findingName(rule.code)),
        el("code", {}, rule.code),
        rule.customized ? el("span", { class: "badge" }, t("customized")) : null,
      ),
      el("td", {}, severitySelect(rule, onChange)),
      el("td", { class: "params" }, params, variantSelect(rule, onChange)),
      sourceCell(rule),
      el("td", {}, el("span", { class: `confidence ${rule.confidence.toLowerCase()}`, title: confidenceNote(rule.confidence) }, label("confidence", rule.confidence))),
      el("td", {}, enabledBox(rule, onChange)),
    );
  });
  const tableNode = el(
    "table",
    { class: "rules" },
    el("thead", {}, el("tr", {}, text().ruleCols.map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, rows),
  );
  target.replaceChildren(header, el("p", { class: "muted" }, t("editHint")), el("div", { class: "scroll" }, tableNode));
  target.querySelector("#reset-profile")?.addEventListener("click", onReset);
}

/** The birth cut-offs of a congress profile: candidacy × sex by reference month. */
export function renderCutoffs(target, report) {
  const cutoffs = report.cutoffs ?? [];
  target.hidden = cutoffs.length === 0;
  if (cutoffs.length === 0) {
    target.replaceChildren();
    return;
  }
  const references = [...new Map(cutoffs.map((c) => [c.reference, c])).values()];
  const kinds = [...new Set(cutoffs.map((c) => `${c.candidacy}|${c.sex}|${c.retireAt60}`))];
  const head = [t("cutoffKind"), ...references.map((r) => `${r.referenceLabel} (${format.date(r.month)})`)];
  const rows = kinds.map((kind) => {
    const sample = cutoffs.find((c) => `${c.candidacy}|${c.sex}|${c.retireAt60}` === kind);
    return el(
      "tr",
      { "data-cutoff": kind },
      el("th", { scope: "row" }, `${sample.label} (${format.count(sample.months)} ${t("monthsUnit")})`),
      references.map(({ reference: ref }) => {
        const c = cutoffs.find((x) => x.reference === ref && `${x.candidacy}|${x.sex}|${x.retireAt60}` === kind);
        return el("td", { "data-reference": ref }, c ? format.date(c.born) : text().dash);
      }),
    );
  });
  target.replaceChildren(
    el("h3", {}, t("cutoffsHeading")),
    el("p", { class: "muted" }, t("cutoffsHint")),
    el(
      "div",
      { class: "scroll" },
      el(
        "table",
        { id: "cutoffs-table" },
        el("thead", {}, el("tr", {}, head.map((h) => el("th", { scope: "col" }, h)))),
        el("tbody", {}, rows),
      ),
    ),
  );
}
