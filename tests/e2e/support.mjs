// Shared set-up of the end-to-end tests: a static server for www/ on
// loopback, and the system Chromium driven by playwright-core.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { join, extname, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { before, after, beforeEach, afterEach } from "node:test";
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
 * Collects what goes wrong in a page: uncaught errors and console errors,
 * as the tests assert none.
 */
export function watchErrors(page) {
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return errors;
}

/**
 * Opens the page and waits until the engine is ready; collects page errors.
 * `where` is a handle from `launch()` (a fresh context) or a browser context.
 */
export async function openPage(where, url) {
  const context = where.newContext ? await where.newContext() : where;
  const page = await context.newPage();
  const errors = watchErrors(page);
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

/**
 * The set-up every end-to-end file shares: www/ served on loopback, the
 * system Chromium, contexts and pages, and their teardown.
 *
 * `withBrowser(fn, options)` runs `fn(browser)` with a fresh server and
 * Chromium and closes both however `fn` ends. `withBrowser()` without a
 * function is for a test file: it registers node:test hooks (serve and
 * launch before the first test, close after the last) and returns the
 * handle at once, to use inside the tests. Either way the handle has:
 *
 * - `url`: the served www/ ("http://127.0.0.1:port/");
 * - `browser`: the Playwright browser;
 * - `newContext(options)`: a fresh context (1366×768, downloads accepted,
 *   `options` added); `profile(dir)`: a context with a profile on disk;
 * - `open(where, url)`: the page opened and ready, `{ page, errors, context }`
 *   (see `openPage`; `where` a context, or a fresh one; `url` the served
 *   page); `example(where, url)`: the same with the example loaded;
 * - `watch(page)`: the errors of a page opened otherwise.
 *
 * Every context made through the handle is closed: in a test file, those a
 * test opened when the test ends (passed or failed; each test starts from a
 * fresh context anyway), those a `before` hook opened after the last test.
 * `options.root` serves another folder than www/.
 */
export function withBrowser(fn, options = {}) {
  if (typeof fn !== "function") {
    const handle = browserHandle(options);
    before(handle.start);
    // Contexts opened inside a test belong to it: closed when it ends, whatever happened.
    beforeEach(() => handle.scope());
    afterEach(() => handle.endScope());
    after(handle.close);
    return handle;
  }
  return (async () => {
    const handle = browserHandle(options);
    try {
      await handle.start();
      return await fn(handle);
    } finally {
      await handle.close();
    }
  })();
}

function browserHandle(options) {
  let server = null;
  let launched = null;
  let starting = null;
  /** Open contexts: the handle's own (hooks), and the current test's. */
  const kept = new Set();
  let current = null;
  const track = (context) => {
    (current ?? kept).add(context);
    context.on("close", () => {
      kept.delete(context);
      current?.delete(context);
    });
    return context;
  };
  const closeAll = async (contexts) => {
    await Promise.allSettled([...contexts].map((context) => context.close()));
    contexts.clear();
  };
  const handle = {
    get url() {
      return server.url;
    },
    get browser() {
      return launched.browser;
    },
    /**
     * Serves and launches, once. Node 20 runs a file's `before` hooks side by
     * side, so every method waits for this before it uses the browser.
     */
    start() {
      starting ??= (async () => {
        server = await serve(options.root ?? WWW);
        launched = await launch();
      })();
      return starting;
    },
    scope() {
      current = new Set();
    },
    async endScope() {
      const contexts = current;
      current = null;
      if (contexts) await closeAll(contexts);
    },
    async close() {
      await starting?.catch(() => {});
      await handle.endScope();
      await closeAll(kept);
      await launched?.close();
      await server?.close();
      launched = null;
      server = null;
    },
    async newContext(extra = {}) {
      await handle.start();
      return track(await launched.browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true, ...extra }));
    },
    async profile(dir) {
      await handle.start();
      return track(await launchWithProfile(dir));
    },
    async open(where, url) {
      const context = where ?? (await handle.newContext());
      await handle.start();
      return { ...(await openPage(context, url ?? server.url)), context };
    },
    async example(where, url) {
      const context = where ?? (await handle.newContext());
      await handle.start();
      return { ...(await openExample(context, url ?? server.url)), context };
    },
    watch: watchErrors,
  };
  return handle;
}
