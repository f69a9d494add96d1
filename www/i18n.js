// The language of the page: the catalogues, the current choice, text lookup
// and number/date formatting for that language.
// Vietnamese is the page's first language and is always here; the English
// catalogue loads the first time English is chosen (a first visit stays small).
import vi from "./i18n/vi.js";

const LANGS = ["vi", "en"];
const CATALOGUES = { vi };
const LANG_KEY = "qhcb.lang";
let current = "vi";

/** The catalogue of `code`, loaded when first asked for. */
function loadCatalogue(code) {
  if (code === "en") {
    return (CATALOGUES.en ??= import("./i18n/en.js").then(
      (module) => (CATALOGUES.en = module.default),
      (error) => {
        // Not loaded (the network dropped): the next choice tries again.
        delete CATALOGUES.en;
        throw error;
      },
    ));
  }
  return CATALOGUES[code];
}

export function lang() {
  return current;
}

export function isLang(code) {
  return LANGS.includes(code);
}

/**
 * Sets the language and remembers it when storage allows. Resolves when its
 * catalogue is loaded and the language is in use.
 */
export async function setLang(code) {
  if (!isLang(code)) return;
  await loadCatalogue(code);
  current = code;
  try {
    localStorage.setItem(LANG_KEY, code);
  } catch {
    // Storage may be disabled (private mode, file://); the choice then lasts for the visit.
  }
}

/** The remembered language, or Vietnamese; resolves when its catalogue is loaded. */
export async function restoreLang() {
  let saved = null;
  try {
    saved = localStorage.getItem(LANG_KEY);
  } catch {
    saved = null;
  }
  const code = isLang(saved) ? saved : "vi";
  await loadCatalogue(code);
  current = code;
}

export function text() {
  return CATALOGUES[current];
}

/** The catalogue entry at a dotted path, with {name} placeholders filled. */
export function t(path, params = {}) {
  const value = path.split(".").reduce((node, key) => node?.[key], text());
  if (typeof value !== "string") return path;
  return value.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ""));
}

/**
 * One formatter per language and style: making an Intl.NumberFormat costs far
 * more than using one, and the grid formats every visible cell on each scroll.
 */
const formatters = new Map();
function numberFormat(options = {}) {
  const key = `${text().locale}|${JSON.stringify(options)}`;
  if (!formatters.has(key)) formatters.set(key, new Intl.NumberFormat(text().locale, options));
  return formatters.get(key);
}

/** The plain number format of the language shown: the grid counts in many cells per render. */
let plain = { locale: null, format: null };
function plainFormat() {
  const locale = text().locale;
  if (plain.locale !== locale) plain = { locale, format: numberFormat() };
  return plain.format;
}

export const format = {
  count: (n) => plainFormat().format(n),
  decimal: (x, digits) => (x == null ? text().dash : numberFormat({ maximumFractionDigits: digits }).format(x)),
  percent: (share) =>
    share == null ? text().dash : numberFormat({ style: "percent", maximumFractionDigits: 1 }).format(share),
  /**
   * An age band from its bounds (completed years): "Từ 40 tuổi trở xuống",
   * "Từ 41 đến 50 tuổi", "Trên 50 tuổi".
   */
  band: (b) =>
    b.from == null ? t("ageBands.upTo", { to: b.to }) : b.to == null ? t("ageBands.over", { age: b.from - 1 }) : t("ageBands.between", { from: b.from, to: b.to }),
  /** "4 (36,4%)" */
  share: (s) => `${format.count(s.count)} (${format.percent(s.share)})`,
  /**
   * The one date formatter of the page: ISO "2018-04-30" → "30/04/2018",
   * "2025-09" → "09/2025", "1978" → "1978"; anything else is shown as it is.
   */
  date: (iso) => (typeof iso === "string" ? iso.split("-").reverse().join("/") : String(iso ?? "")),
  /** A day as the engine's columns give it, the number yyyymmdd: 20280930 → "30/09/2028". */
  day: (yyyymmdd) => {
    const s = String(yyyymmdd).padStart(8, "0");
    return format.date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`);
  },
};

/** "30/04/2018" (or with - or .) → "2018-04-30"; the engine checks that the date exists. */
export function isoFromTyped(typed) {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(typed);
  return match ? `${match[3]}-${match[2].padStart(2, "0")}-${match[1].padStart(2, "0")}` : null;
}
