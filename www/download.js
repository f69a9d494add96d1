// Downloads a file the page made (a saved dataset, an export, a kept copy,
// the rejected rows of an import): one way for every download.

import { el, layer } from "./dom.js";

/**
 * Offers `content` (text, bytes or a Blob part) as a file called `name`.
 * `near` is a node of the tool: the link is put inside the tool's outermost
 * element (see dom.js `layer`), so a portal that embeds the tool in a shadow
 * root or a dialog still lets it click; the object URL is revoked after.
 */
export function download(name, content, type, near) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = el("a", { href: url, download: name });
  layer(near).append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
