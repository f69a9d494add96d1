// Service worker of the standalone page: after the first visit, every file
// of the tool is kept in a cache, so the page works with the network cut.
// Online, each file is asked of the server first, revalidated past the
// browser's HTTP cache (`cache: "no-cache"`: a 304 costs little), so a
// version deployed on the server is served on the very next visit; the
// cached copy answers only when the server cannot be reached.

const CACHE = "qhcb-v4";
const FILES = [
  "./",
  "index.html",
  "page.css",
  "style.css",
  "qhcb-app.js",
  "markup.js",
  "app.js",
  "host-events.js",
  "analysis.js",
  "views.js",
  "keep-focus.js",
  "tabs.js",
  "rule-edits.js",
  "file-menu.js",
  "workspace-banner.js",
  "passphrase-dialog.js",
  "hometown-dialog.js",
  "language-switch.js",
  "dom.js",
  "download.js",
  "i18n.js",
  "i18n/vi.js",
  "i18n/en.js",
  "store.js",
  "grid.js",
  "grid-errors.js",
  "grid-editing.js",
  "grid-rows.js",
  "columns.js",
  "vocabulary.js",
  "editors.js",
  "names.js",
  "title-picker.js",
  "dashboard.js",
  "steps.js",
  "charts.js",
  "report-view.js",
  "profile-panel.js",
  "import-panel.js",
  "worksheets-panel.js",
  "units-panel.js",
  "units.js",
  "engine.js",
  "engine-tasks.js",
  "engine-worker.js",
  "report-people.js",
  "dataset-text.js",
  "saved.js",
  "workspace.js",
  "pkg/qhcb.js",
  "pkg/qhcb_bg.wasm",
  "pkg/qhcb_io.js",
  "pkg/qhcb_io_bg.wasm",
  "examples/phu-luong.json",
];

/** The server's answer, never the HTTP cache's unchecked copy (by URL: a navigation's Request cannot be copied with options). */
const revalidated = (request) =>
  fetch(typeof request === "string" ? request : request.url, { cache: "no-cache", credentials: "same-origin" });

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => Promise.all(FILES.map((file) => revalidated(file).then((response) => response.ok && cache.put(file, response)))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        const response = await revalidated(request);
        if (response.ok) await cache.put(request, response.clone());
        return response;
      } catch (error) {
        // Offline: the copy of the last visit.
        const cached = await cache.match(request, { ignoreSearch: true });
        if (cached) return cached;
        throw error;
      }
    })(),
  );
});
