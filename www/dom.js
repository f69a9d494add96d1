// DOM helpers: data always goes in as text, never as HTML.

/** Resolves in a later task: work split this way leaves the page room to paint and answer. */
export const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Lookups inside one tool: `root` is the document or the shadow root of a
 * <qhcb-app>. Each tool gets its own, so several tools on one page never
 * reach into each other.
 */
export function within(root) {
  return {
    $: (id) => root.getElementById(id),
    /** Elements of the tool matching a selector. */
    $$: (selector) => root.querySelectorAll(selector),
    /** The focused element inside the tool (a shadow root keeps its own). */
    activeElement: () => root.activeElement ?? document.activeElement,
    /** The tool's outermost element, for dialogs and download links. */
    layer: () => root.querySelector?.(".qhcb") ?? document.body,
    /** Listens on the tool's root (the document or the shadow root). */
    onRoot: (type, listener, options) => root.addEventListener(type, listener, options),
  };
}

/** Sets a property that differs (`hidden = true` again is a change to lay out and paint). */
export function put(node, key, value) {
  if (node[key] !== value) node[key] = value;
}

/** The focused element in the tree (document or shadow root) that holds `node`. */
export function activeElement(node) {
  return node?.getRootNode?.().activeElement ?? document.activeElement;
}

/** The outermost element of the tool that holds `node`, for dialogs and download links. */
export function layer(node) {
  return node?.closest?.(".qhcb") ?? document.body;
}

/**
 * Creates an element; children are nodes or strings (set as text). `style`
 * takes an object and is set through the CSSOM, which a strict
 * Content-Security-Policy allows (style attributes it blocks).
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === false || value == null) continue;
    if (key === "class") node.className = value;
    else if (key === "style") Object.assign(node.style, value);
    else if (value === true) node.setAttribute(key, "");
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Fills a table with a header row and body rows. */
export function table(target, head, rows) {
  target.replaceChildren(
    el("thead", {}, el("tr", {}, head.map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, rows),
  );
}

/**
 * Drawing held back while an edit's report comes from the worker, so that the
 * edit and its figures show in one frame (issue 18). `defer(draw)` runs at once
 * without a hold; `flush()` (the report came, a key, `ms` passed) runs the rest.
 */
export class DrawHold {
  work = [];
  timer = 0;

  get on() {
    return this.timer !== 0;
  }

  start(ms) {
    this.timer ||= setTimeout(() => this.flush(), ms);
  }

  defer(draw) {
    if (this.timer) this.work.push(draw);
    else draw();
  }

  flush() {
    clearTimeout(this.timer);
    this.timer = 0;
    const work = this.work;
    this.work = [];
    for (const draw of work) {
      try {
        draw();
      } catch (error) {
        reportError(error);
      }
    }
  }
}
