// Service worker of the standalone page: after the first visit, every file
// of the tool is served from a cache, so the page works with the network
// cut. Files are refreshed in the background when the network is there
// (stale-while-revalidate), so a new version arrives on the next visit.

const CACHE = "qhcb-v3";
const FILES = [
  "./",
  "index.html",
  "page.css",
  "style.css",
  "qhcb-app.js",
  "markup.js",
  "app.js",
  "dom.js",
  "i18n.js",
  "i18n/vi.js",
  "i18n/en.js",
  "store.js",
  "grid.js",
  "editors.js",
  "names.js",
  "title-picker.js",
  "dashboard.js",
  "charts.js",
  "report-view.js",
  "profile-panel.js",
  "import-panel.js",
  "worksheets-panel.js",
  "engine.js",
  "engine-tasks.js",
  "engine-worker.js",
  "report-people.js",
  "dataset-text.js",
  "saved.js",
  "pkg/qhcb.js",
  "pkg/qhcb_bg.wasm",
  "pkg/qhcb_io.js",
  "pkg/qhcb_io_bg.wasm",
  "examples/phu-luong.json",
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
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
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(request, { ignoreSearch: true });
      const fresh = fetch(request)
        .then((response) => {
          if (response.ok) cache.put(request, response.clone());
          return response;
        })
        .catch(() => cached);
      return cached ?? fresh;
    }),
  );
});
