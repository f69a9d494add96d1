// Accessibility: axe-core on every main view, zero serious or critical violations.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { withBrowser, tab } from "./support.mjs";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const browser = withBrowser();

test("every main view has no serious or critical accessibility violation", async () => {
  // axe-core is injected as a script, which the page's own CSP forbids: this test context bypasses it.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  page.on("dialog", (d) => d.accept());
  await page.goto(browser.url);
  await page.waitForSelector("body[data-ready=true]");
  await page.click("#load-example");
  await page.waitForSelector("#people-grid tbody td[data-field]");
  await page.addScriptTag({ path: AXE });
  for (const lang of ["vi", "en"]) {
    await page.click(`[data-lang="${lang}"]`);
    for (const view of ["data", "results", "rules", "report", "sheets"]) {
      await tab(page, view);
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ["violations"] });
        return result.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
      });
      assert.deepEqual(violations, [], `${view} (${lang})`);
    }
  }
  await context.close();
});
