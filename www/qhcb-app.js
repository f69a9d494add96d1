// <qhcb-app>: the whole tool as a custom element, for portals and for the
// page itself. One script tag defines it:
//
//   <script type="module" src="…/qhcb-app.js"></script>
//   <qhcb-app lang="vi" profile="qd377-2025"></qhcb-app>
//
// Attributes: `lang` ("vi" | "en"), `profile` (a rule profile id, applied
// to the dataset), `storage-key` (the name of the saved workspace; by
// default the page's path and the element's id or place), `expose-data`
// (events carry copies of the data), `standalone` (the page is only the
// tool). Properties: `data` (get/set the qhcb/1 dataset, always a copy;
// `dataset` is the DOM's own), `report` (a copy of the latest analysis),
// `ready` (a promise).
// Events (bubbling, composed): `qhcb-change` { reason, people, titles,
// revision } after each change, `qhcb-report` { summary, revision } after
// each analysis (with `expose-data`: also `dataset` / `report`), `qhcb-ready`.
// Each element has its own state, workers and saved workspace: several on
// one page never share work. Styles live in a shadow root; theme with the
// --qhcb-* custom properties.

import { MARKUP } from "./markup.js";
import { mount } from "./app.js";
import { legacyKey, workspaceKey } from "./workspace.js";

const STYLE_URL = new URL("style.css", import.meta.url);

/**
 * Keeps the page usable without the network after the first visit: a
 * service worker serves its files from a cache. Only for the standalone
 * page served over HTTP(S); portals keep their own caching, and the
 * single-file build needs none.
 */
function registerOffline() {
  if (!("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol) || globalThis.QHCB_WASM) return;
  navigator.serviceWorker.register(new URL("sw.js", import.meta.url), { scope: new URL("./", import.meta.url).pathname }).catch(() => {
    // Without a service worker the page still works online.
  });
}

/** Marks the elements from <qhcb-app> up to <html>: print rules keep only them. */
const PRINT_PATH = "data-qhcb-print";

/**
 * Print rules for the document around the tool (page rules and the layout
 * of the host page apply only from the document's own style sheets, not
 * from the shadow root): A4 pages numbered "Trang x/y" in the report's
 * language, landscape pages for the annex, and, inside a portal, the tool
 * alone across the whole page width (the portal's header, side columns and
 * grid tracks do not print).
 */
function printRules(label) {
  const content = label
    .split(/(\{page\}|\{pages\})/)
    .filter(Boolean)
    .map((part) => (part === "{page}" ? "counter(page)" : part === "{pages}" ? "counter(pages)" : JSON.stringify(part)))
    .join(" ");
  return `@page { size: A4; margin: 15mm 12mm 16mm 20mm; @bottom-center { content: ${content}; font: 10pt "Times New Roman", serif; } }
@media print {
  [${PRINT_PATH}] { display: block !important; width: auto !important; max-width: none !important; min-width: 0 !important;
    margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important; position: static !important;
    float: none !important; transform: none !important; overflow: visible !important; grid-column: 1 / -1 !important; }
  [${PRINT_PATH}] > :not([${PRINT_PATH}]) { display: none !important; }
}`;
}

let printSheet = null;
let printLabel = null;

function setPrintRules(label) {
  // A new document style sheet restyles the whole page: only when the label changes.
  if (label === printLabel) return;
  printLabel = label;
  try {
    if (!printSheet) {
      printSheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
    }
    printSheet.replaceSync(printRules(label));
  } catch {
    // A browser without constructable style sheets prints without page numbers.
  }
}

function markPrintPath(element) {
  for (const old of document.querySelectorAll(`[${PRINT_PATH}]`)) old.removeAttribute(PRINT_PATH);
  for (let node = element; node && node.nodeType === 1; node = node.parentElement) node.setAttribute(PRINT_PATH, "");
}

const PAGE_LABELS = { vi: "Trang {page}/{pages}", en: "Page {page}/{pages}" };

class QhcbApp extends HTMLElement {
  static observedAttributes = ["lang", "profile"];

  constructor() {
    super();
    this.api = null;
    this.pending = null;
    this.ready = new Promise((resolve) => {
      this.resolveReady = resolve;
    });
  }

  async connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: "open" });
    if (globalThis.QHCB_STYLE) {
      // The single-file build carries its styles inline.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(globalThis.QHCB_STYLE);
      root.adoptedStyleSheets = [sheet];
    } else {
      const style = document.createElement("link");
      style.rel = "stylesheet";
      style.href = STYLE_URL.href;
      root.append(style);
    }
    const template = document.createElement("template");
    // Static markup of the tool; no data ever goes through innerHTML.
    template.innerHTML = MARKUP;
    root.append(template.content.cloneNode(true));
    this.api = await mount(root, this, {
      standalone: this.hasAttribute("standalone"),
      storageKey: workspaceKey(this),
      legacyKey: legacyKey(this),
      lang: this.getAttribute("lang") ?? undefined,
      dataset: this.pending ?? undefined,
      wasm: globalThis.QHCB_WASM ?? undefined,
    });
    this.pending = null;
    const lang = () => (this.getAttribute("lang") === "en" ? "en" : "vi");
    setPrintRules(PAGE_LABELS[lang()]);
    markPrintPath(this);
    this.addEventListener("qhcb-filing", (event) => setPrintRules(event.detail?.pageLabel ?? PAGE_LABELS[lang()]));
    // The host page may have moved the tool since.
    window.addEventListener("beforeprint", () => markPrintPath(this));
    if (this.hasAttribute("profile")) this.applyProfile(this.getAttribute("profile"));
    if (this.hasAttribute("standalone")) registerOffline();
    this.resolveReady(this);
    this.dispatchEvent(new CustomEvent("qhcb-ready", { bubbles: true, composed: true }));
  }

  attributeChangedCallback(name, before, after) {
    if (!this.api || before === after) return;
    if (name === "lang" && after) this.api.setLang(after);
    if (name === "profile") this.applyProfile(after);
  }

  applyProfile(id) {
    const dataset = this.api?.getDataset();
    if (!dataset || (dataset.profile ?? null) === (id || null)) return;
    this.api.setDataset({ ...dataset, profile: id || undefined });
  }

  /** The working dataset (qhcb/1); setting it replaces the workspace. */
  get data() {
    return this.api ? structuredClone(this.api.getDataset()) : this.pending;
  }

  set data(value) {
    if (this.api) this.api.setDataset(value);
    else this.pending = value;
  }

  /** A copy of the latest report of analyze(), or null. */
  get report() {
    const report = this.api?.getReport() ?? null;
    return report ? structuredClone(report) : null;
  }
}

if (!customElements.get("qhcb-app")) customElements.define("qhcb-app", QhcbApp);
