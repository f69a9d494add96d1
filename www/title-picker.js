// The titles list of a grid cell: a search box over the dataset's titles
// (by name or abbreviation, with or without marks) and the titles the cell
// holds. Typing filters; Enter adds or removes the highlighted title and
// clears the search; Enter on an empty search (or Tab) confirms; Backspace
// on an empty search removes the last title; Escape cancels.

import { el, layer } from "./dom.js";
import { t } from "./i18n.js";
import { fold } from "./names.js";

let counter = 0;

/** The initials of a name's words: "Ủy viên Ban Thường vụ" → "uvbtv". */
function initials(folded) {
  return folded
    .split(/[\s–-]+/)
    .filter(Boolean)
    .map((w) => w[0])
    .join("");
}

/**
 * Titles matching a query, best first: the abbreviation (id) itself, then
 * ids and names starting with it, then names or initials containing it.
 */
export function matchTitles(titles, query) {
  const q = fold(query).trim();
  if (!q) return titles.slice();
  const scored = [];
  titles.forEach((title, order) => {
    const id = fold(title.id);
    const name = fold(title.name ?? "");
    let score = -1;
    if (id === q) score = 0;
    else if (id.startsWith(q)) score = 1;
    else if (name.startsWith(q)) score = 2;
    else if (name.split(/\s+/).some((w) => w.startsWith(q)) && name.includes(q)) score = 3;
    else if (name.includes(q) || id.includes(q)) score = 4;
    else if (initials(name).includes(q.replace(/\s+/g, ""))) score = 5;
    if (score >= 0) scored.push({ title, score, order });
  });
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return scored.map((s) => s.title);
}

/**
 * Opens the list beside `anchor` (the cell). `titles` is [{ id, name }];
 * `chosen` the ids the cell holds; `initial` text already typed.
 * `onDone(ids | null, move)` is called once: ids null when cancelled; move
 * is "down", "right", "left" or null.
 */
export function openTitlePicker({ anchor, titles, chosen, initial = "", label, onDone }) {
  const n = ++counter;
  const picked = [...chosen];
  let highlight = 0;
  let matches = [];
  const search = el("input", {
    type: "text",
    class: "title-search",
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "true",
    "aria-controls": `title-options-${n}`,
    "aria-describedby": `title-hint-${n}`,
    "aria-label": t("grid.titleSearch"),
    placeholder: t("grid.titleSearch"),
    autocomplete: "off",
    spellcheck: "false",
    value: initial,
  });
  const chips = el("div", { class: "chips", "aria-live": "polite" });
  const list = el("ul", { class: "title-options", id: `title-options-${n}`, role: "listbox", "aria-multiselectable": "true", "aria-label": label });
  const ok = el("button", { type: "button", class: "primary" }, t("grid.ok"));
  const cancel = el("button", { type: "button" }, t("grid.cancel"));
  const dialog = el(
    "div",
    { class: "picker", role: "dialog", "aria-label": label },
    el("p", { class: "picker-title" }, el("strong", {}, label)),
    chips,
    search,
    list,
    el("p", { class: "muted hint", id: `title-hint-${n}` }, titles.length ? t("grid.titleHint") : t("grid.noTitles")),
    el("div", { class: "row" }, ok, cancel),
  );

  const name = (id) => titles.find((x) => x.id === id)?.name ?? id;

  function renderChips() {
    chips.replaceChildren(
      picked.length ? t("grid.chosen") : t("grid.noneChosen"),
      ...picked.map((id) => {
        // The label starts with what the chip shows (the abbreviation), then says what the button does.
        const remove = el(
          "button",
          { type: "button", class: "chip", title: name(id), "aria-label": `${id}: ${t("grid.removeTitle", { name: name(id) })}` },
          id,
          el("span", { "aria-hidden": "true" }, " ✕"),
        );
        remove.addEventListener("click", () => {
          toggle(id);
          search.focus();
        });
        return remove;
      }),
    );
  }

  function renderList() {
    matches = matchTitles(titles, search.value);
    highlight = Math.min(highlight, Math.max(0, matches.length - 1));
    list.replaceChildren(
      ...matches.map((title, i) => {
        const option = el(
          "li",
          {
            role: "option",
            id: `title-option-${n}-${i}`,
            "data-id": title.id,
            "aria-selected": String(picked.includes(title.id)),
            class: i === highlight ? "active" : null,
          },
          el("span", { class: "tick", "aria-hidden": "true" }, picked.includes(title.id) ? "✓" : ""),
          el("span", { class: "title-name" }, title.name || title.id),
          el("span", { class: "title-id" }, title.id),
        );
        option.addEventListener("mousedown", (event) => event.preventDefault());
        option.addEventListener("click", () => {
          highlight = i;
          toggle(title.id);
          search.focus();
        });
        return option;
      }),
    );
    if (!matches.length && titles.length) list.append(el("li", { class: "muted", role: "presentation" }, t("grid.noMatch")));
    const active = list.querySelector("li.active");
    if (active) {
      search.setAttribute("aria-activedescendant", active.id);
      active.scrollIntoView({ block: "nearest" });
    } else search.removeAttribute("aria-activedescendant");
  }

  function toggle(id) {
    const at = picked.indexOf(id);
    if (at >= 0) picked.splice(at, 1);
    else picked.push(id);
    renderChips();
    renderList();
  }

  let closed = false;
  function close(save, move = null) {
    if (closed) return;
    closed = true;
    dialog.remove();
    onDone(save ? picked.slice() : null, move);
  }

  search.addEventListener("input", () => {
    highlight = 0;
    renderList();
  });
  dialog.addEventListener("keydown", (event) => {
    event.stopPropagation();
    if (event.isComposing) return;
    if (event.key === "Escape") {
      event.preventDefault();
      close(false);
    } else if (event.target !== search) {
      if (event.key === "Tab") {
        // Keep focus inside the popup: from the last button back to the search.
        const focusables = [...dialog.querySelectorAll("input, button")];
        const i = focusables.indexOf(event.target);
        const next = focusables[(i + (event.shiftKey ? -1 : 1) + focusables.length) % focusables.length];
        event.preventDefault();
        next.focus();
      }
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!matches.length) return;
      highlight = (highlight + (event.key === "ArrowDown" ? 1 : -1) + matches.length) % matches.length;
      renderList();
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (search.value.trim() && matches[highlight]) {
        toggle(matches[highlight].id);
        search.value = "";
        highlight = 0;
        renderList();
      } else if (!search.value.trim()) {
        close(true, event.shiftKey ? "up" : "down");
      }
    } else if (event.key === "Tab") {
      event.preventDefault();
      close(true, event.shiftKey ? "left" : "right");
    } else if (event.key === "Backspace" && search.value === "" && picked.length) {
      event.preventDefault();
      toggle(picked[picked.length - 1]);
    }
  });
  ok.addEventListener("click", () => close(true));
  cancel.addEventListener("click", () => close(false));
  // Clicking elsewhere confirms, as leaving a cell in a spreadsheet does.
  dialog.addEventListener("focusout", (event) => {
    if (!dialog.contains(event.relatedTarget) && event.relatedTarget) close(true);
  });

  renderChips();
  renderList();
  layer(anchor).append(dialog);
  place(dialog, anchor);
  search.focus();
  search.setSelectionRange(search.value.length, search.value.length);
  return dialog;
}

/** Puts the popup under the cell (above it when there is no room below), inside the window. */
function place(dialog, anchor) {
  const rect = anchor?.getBoundingClientRect?.();
  if (!rect) return;
  const width = dialog.offsetWidth;
  const height = dialog.offsetHeight;
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
  const below = rect.bottom + 4;
  const top = below + height <= window.innerHeight - 8 ? below : Math.max(8, rect.top - height - 4);
  Object.assign(dialog.style, { left: `${left}px`, top: `${top}px` });
}
