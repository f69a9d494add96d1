// End-to-end: the page at a tablet (768×1024) and a laptop (1366×768)
// size: no control cut off at the right, the rule thresholds in view, the
// titles table's group readable, chart labels legible. A screenshot of every
// tab at both sizes goes to tests/e2e/artifacts/ to be looked at.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { withBrowser, tab } from "./support.mjs";

const ARTIFACTS = fileURLToPath(new URL("./artifacts/", import.meta.url));
mkdirSync(ARTIFACTS, { recursive: true });

const browser = withBrowser();

/**
 * Visible controls of the shown view and the toolbar whose right edge is
 * past the window or past the box that clips them (a scrolling table
 * counts only for the grid, whose columns scroll by design).
 */
function cutControls(page) {
  return page.evaluate(() => {
    const root = appRoot();
    const width = document.documentElement.clientWidth;
    const controls = root.querySelectorAll(".toolbar button, .toolbar label, .tabs [role=tab], [role=tabpanel]:not([hidden]) :is(button, input, select, label.field)");
    const cut = [];
    for (const node of controls) {
      const rect = node.getBoundingClientRect();
      if (rect.width === 0 || node.closest(".grid-scroll, .picker")) continue;
      const clip = node.closest(".scroll")?.getBoundingClientRect();
      const right = Math.min(width, clip?.right ?? width);
      if (rect.right > right + 1 || rect.left < 0) cut.push(`${node.tagName.toLowerCase()}#${node.id || node.dataset.param || node.textContent.trim().slice(0, 20)}`);
    }
    return cut;
  });
}

for (const [width, height] of [
  [768, 1024],
  [1366, 768],
]) {
  test(`every tab at ${width}×${height}: nothing cut, labels legible`, async () => {
    const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
    const { page, errors } = await browser.example(context);
    for (const name of ["data", "results", "rules", "report", "sheets"]) {
      await tab(page, name);
      await page.screenshot({ path: join(ARTIFACTS, `layout-${width}x${height}-${name}.png`), fullPage: true });
      assert.deepEqual(await cutControls(page), [], `${name} at ${width}`);
    }
    // The rule thresholds are in view without scrolling the table.
    await tab(page, "rules");
    const params = await page.$$eval("input[data-param]", (inputs) =>
      inputs.map((i) => ({ right: i.getBoundingClientRect().right, clip: i.closest(".scroll").getBoundingClientRect().right, width: i.getBoundingClientRect().width })),
    );
    assert.ok(params.length > 5);
    for (const p of params) {
      assert.ok(p.right <= p.clip + 1 && p.width >= 48, JSON.stringify(p));
    }
    // The group of each title reads whole.
    await tab(page, "data");
    const groups = await page.$$eval('#titles-editor select[data-title-field="group"]', (selects) =>
      selects.map((s) => ({ width: s.getBoundingClientRect().width, text: s.selectedOptions[0].textContent })),
    );
    for (const g of groups) assert.ok(g.width >= 120, `group select ${g.width}px for “${g.text}”`);
    // Chart labels: drawn at no less than 11 px for the 12 px text.
    await tab(page, "results");
    const scale = await page.$$eval("#pyramid-chart svg, #bands-chart svg, #timeline-chart svg", (svgs) =>
      svgs.map((svg) => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width),
    );
    assert.ok(scale.length >= 3);
    for (const s of scale) assert.ok(s * 12 >= 11, `chart text at ${(s * 12).toFixed(1)} px`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
