// Part of one tool (see app.js): the language switch (Tiếng Việt / English)
// and the tool's static text in the chosen language. The language is one
// choice for the page: every tool on it follows.

import { version } from "./pkg/qhcb.js";
import { t, lang, setLang } from "./i18n.js";

/**
 * The language of one tool. Uses from `tool`: `$`, `$$`, `ui` (`standalone`,
 * `host`, `grid`, `sheets`), `showSource`, `showSaved`, `analyse`,
 * `renderAll`.
 */
export function createLanguageSwitch(tool) {
  const { $, $$, ui } = tool;

  function applyStaticText() {
    if (ui.standalone) {
      document.documentElement.lang = lang();
      document.title = t("appTitle");
    }
    ui.host?.setAttribute("lang", lang());
    for (const node of $$("[data-i18n]")) node.textContent = t(node.dataset.i18n);
    for (const node of $$("[data-i18n-label]")) node.setAttribute("aria-label", t(node.dataset.i18nLabel));
    for (const button of $$("[data-lang]")) {
      button.setAttribute("aria-pressed", String(button.dataset.lang === lang()));
    }
    $("version").textContent = t("version", { version: version() });
    tool.showSource();
    tool.showSaved();
    ui.grid?.applyText();
  }

  /**
   * Shows another language, as the switch or the element's `lang` attribute
   * asks; resolves when it is shown (English loads the first time it is chosen).
   */
  async function useLang(code) {
    try {
      await setLang(code);
    } catch (error) {
      tool.showError(error.message);
      return;
    }
    // The language is one choice for the page: every tool on it follows.
    document.dispatchEvent(new CustomEvent("qhcb-lang"));
  }

  /** Shows the page's language (chosen here or in another tool of the page). */
  function showLang() {
    applyStaticText();
    ui.sheets?.render();
    tool.analyse();
    tool.renderAll();
  }

  function wireLanguageButtons() {
    for (const button of $$("[data-lang]")) {
      button.addEventListener("click", () => {
        useLang(button.dataset.lang);
      });
    }
  }

  /** Another tool of the page (or this one) chose a language. */
  function wireLanguageEvents() {
    document.addEventListener("qhcb-lang", showLang);
  }

  return { applyStaticText, useLang, wireLanguageButtons, wireLanguageEvents };
}
