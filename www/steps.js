// Long lists shown in steps: the first items, then more at each press of
// a button after the list; printing shows them all. The findings of a
// national roster (dashboard.js) and the warnings of a file's import
// (import-panel.js) run to hundreds of thousands: a page holding them all
// took seconds to lay out.

import { el } from "./dom.js";
import { t, format } from "./i18n.js";

/** Items shown at first, and more at each press of the button. */
const FIRST = 100;
const MORE = 400;

/** The lists with items not shown yet, each with its list: printing shows them all. */
const unfinished = new Map();
// After views.js draws every view for printing (its listener is older: this module loads on demand).
window.addEventListener("beforeprint", () => {
  for (const showAll of unfinished.keys()) showAll();
});

/** Forgets the lists taken off the page (their items are not kept alive until a print). */
export function forgetGone() {
  for (const [showAll, list] of unfinished) if (!list.isConnected) unfinished.delete(showAll);
}

/**
 * Fills `list` with `make(item)` for the first `shown` items (at least
 * FIRST); a button after it shows MORE at a time, labelled by the messages
 * `more` ("{count}", "{left}") and `rest` ("{left}"). `onShown(count)`
 * hears how many are shown, for the list drawn again. Returns the list and
 * the button.
 */
export function listInSteps(list, items, make, { shown = FIRST, onShown = () => {}, more: moreKey, rest: restKey }) {
  let next = 0;
  const more = el("button", { type: "button", class: "link more no-print" });
  const add = (count) => {
    const first = items.slice(next, next + count).map(make);
    // One at a time: printing adds every item left, too many for one call's arguments.
    for (const item of first) list.append(item);
    next = Math.min(next + count, items.length);
    onShown(next);
    const left = items.length - next;
    more.textContent = left > MORE ? t(moreKey, { count: format.count(MORE), left: format.count(left) }) : t(restKey, { left: format.count(left) });
    more.hidden = left === 0;
    if (left === 0) unfinished.delete(showAll);
    return first[0];
  };
  const showAll = () => (list.isConnected ? add(items.length) : unfinished.delete(showAll));
  more.addEventListener("click", () => {
    // The keyboard goes on from the first item added (the button may be gone).
    const first = add(MORE);
    first?.setAttribute("tabindex", "-1");
    first?.focus();
  });
  add(Math.max(FIRST, shown));
  if (next < items.length) unfinished.set(showAll, list);
  return [list, more];
}
