// Shared set-up of the end-to-end tests: a static server for www/ on
// loopback, and the system Chromium driven by playwright-core.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { join, extname, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const WWW = fileURLToPath(new URL("../../www/", import.meta.url));

/**
 * The Content-Security-Policy the web build needs, sent as a header with
 * every page (README, "Security"): no inline script or style, no eval; wasm
 * compilation needs 'wasm-unsafe-eval'; only the page's own files load.
 */
export const CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; " +
  "img-src 'self' data:; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
};

/** Serves www/ on 127.0.0.1 at a free port; resolves to { url, close }. */
export function serve(root = WWW) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname));
    const file = join(root, path.endsWith("/") ? `${path}index.html` : path);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream" };
      if (extname(file) === ".html") headers["content-security-policy"] = CSP;
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const EXECUTABLE = process.env.CHROMIUM ?? "/usr/bin/chromium";

/**
 * Launches the system Chromium headless. Each page opened with `openPage`
 * gets a context of its own, so no test sees another's saved work.
 */
export async function launch() {
  const browser = await chromium.launch({ executablePath: EXECUTABLE, headless: true, args: CHROMIUM_ARGS });
  return {
    browser,
    newContext: () => browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true }),
    close: () => browser.close(),
  };
}

/** A browser with a profile on disk, to close and reopen like a user would. */
export async function launchWithProfile(dir) {
  return chromium.launchPersistentContext(dir, {
    executablePath: EXECUTABLE,
    headless: true,
    viewport: { width: 1366, height: 768 },
    args: CHROMIUM_ARGS,
  });
}

/**
 * Opens the page and waits until the engine is ready; collects page errors.
 * `where` is a handle from `launch()` (a fresh context) or a browser context.
 */
export async function openPage(where, url) {
  const context = where.newContext ? await where.newContext() : where;
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  // "Tạo mới" and opening files ask before discarding work: the tests agree.
  page.on("dialog", (dialog) => dialog.accept());
  // The tool lives in the shadow root of <qhcb-app>; page scripts reach it through appRoot().
  await page.addInitScript(() => {
    window.appRoot = () => document.querySelector("qhcb-app")?.shadowRoot ?? document;
  });
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]");
  return { page, errors };
}

/** The text of the cohort table cell at a row (data-row) and cohort key. */
export async function cohortCell(page, row, cohort) {
  return page.evaluate(
    ([row, cohort]) => {
      const table = window.appRoot().getElementById("cohorts-table");
      const headers = [...table.querySelectorAll("thead th")];
      const column = headers.findIndex((th) => th.dataset.cohort === cohort);
      const tr = table.querySelector(`tbody tr[data-row="${row}"]`);
      return tr?.children[column]?.textContent ?? null;
    },
    [row, cohort],
  );
}

/** Opens the page on a fresh browser profile and loads the example. */
export async function openExample(context, url) {
  const opened = await openPage(context, url);
  await opened.page.click("#load-example");
  await opened.page.waitForSelector("#people-grid tbody td[data-field]");
  return opened;
}

/** Shows a view by its tab. */
export async function tab(page, name) {
  await page.click(`#tab-${name}`);
  await page.waitForSelector(`#view-${name}:not([hidden])`);
}
