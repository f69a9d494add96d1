// Part of one tool (see app.js): editors re-rendered after each change
// without losing the user's place.

/**
 * Uses from `tool`: `activeElement()` (the tool's focused element) and
 * `onRoot` (to see which control last fired "change").
 */
export function createKeepFocus(tool) {
  const { activeElement, onRoot } = tool;

  /** The control that last fired "change", and when (seen before its own handler runs). */
  const lastChange = { node: null, at: 0 };

  /** A selector for a focused form control, to find its twin after a re-render. */
  function focusKey(node) {
    if (!node || node === document.body) return null;
    if (node.id) return `#${CSS.escape(node.id)}`;
    const row = node.closest("[data-title-row]")?.dataset.titleRow;
    const field = node.dataset.titleField ?? (node.tagName === "BUTTON" ? "button" : null);
    if (row != null && field) {
      return field === "button" ? `tr[data-title-row="${row}"] button` : `tr[data-title-row="${row}"] [data-title-field="${field}"]`;
    }
    return null;
  }

  /**
   * Re-renders an editor without losing the user's place: when focus is inside
   * it (the edit came from there), the re-render waits until the browser has
   * moved focus (Tab, click) and then focuses the same control again.
   */
  function renderKeepingFocus(root, render) {
    // Chrome takes focus away before it fires "change" on Tab, so look at what just changed too.
    const recent = lastChange.node && performance.now() - lastChange.at < 250 ? lastChange.node : null;
    if (!root.contains(activeElement()) && !(recent && root.contains(recent))) {
      render();
      return;
    }
    setTimeout(() => {
      const key = focusKey(root.contains(activeElement()) ? activeElement() : null);
      render();
      if (key) root.querySelector(key)?.focus();
    }, 0);
  }

  /** Notes each "change" in the tool as it starts (capture), before its own handler runs. */
  function wireKeepFocus() {
    onRoot(
      "change",
      (event) => {
        lastChange.node = event.target;
        lastChange.at = performance.now();
      },
      true,
    );
  }

  return { renderKeepingFocus, wireKeepFocus };
}
