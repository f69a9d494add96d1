// End-to-end: the saved workspace never loses work and never leaks it. Two
// tabs and two copies of the single file (one writer, a stale copy never
// writes over newer work, whichever closes last), a refused write (quota),
// a damaged record, typing then closing, several tools and frames on one
// page, "Tạo mới" and "Xóa dữ liệu" leaving no readable name in the
// browser's profile, a passphrase, and a redeployed version served on the
// next visit.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { withBrowser, WWW, CSP } from "./support.mjs";
import { dataset } from "./roster.mjs";

const SINGLE = fileURLToPath(new URL("../../dist/qhcb.html", import.meta.url));

const browser = withBrowser();
const temporary = [];

after(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

const saves = (page) => page.evaluate(() => Number(appRoot().getElementById("save-status").dataset.saves ?? 0));

async function savedAfter(page, count) {
  await page.waitForFunction((n) => Number(appRoot().getElementById("save-status").dataset.saves ?? 0) > n, count);
}

const unitName = (page) => page.evaluate(() => appRoot().getElementById("unit-name")?.value ?? null);

const banner = (page) =>
  page.evaluate(() => {
    const box = appRoot().getElementById("workspace-banner");
    return box.hidden ? "" : box.textContent;
  });

/** Types a unit name as a user does, and confirms it with Tab. */
/**
 * Opens the page and waits until it is the workspace's writer: a tab just
 * closed may hold the workspace for a moment longer.
 */
async function openWriter(context, url) {
  const opened = await browser.open(context, url);
  await opened.page.waitForFunction(() => appRoot().getElementById("workspace-banner").hidden);
  return opened;
}

async function setUnitName(page, name) {
  await page.fill("#unit-name", name);
  await page.press("#unit-name", "Tab");
}

/**
 * “Tạo mới”, then the unit's name, each waited for until it is saved: a
 * count taken before “Tạo mới” is passed by the new dataset's own save,
 * which can land before the name's (another tab then opens the unnamed one).
 */
async function newDatasetNamed(page, name) {
  let count = await saves(page);
  await page.click("#new-dataset");
  await savedAfter(page, count);
  count = await saves(page);
  await setUnitName(page, name);
  await savedAfter(page, count);
}

/** Sets the element's data as a host script would. */
function setData(page, data) {
  return page.evaluate((value) => {
    document.querySelector("qhcb-app").data = value;
  }, data);
}

const small = (unit, name) => ({
  format: "qhcb/1",
  unit: { name: unit, level: "commune" },
  asOf: "2026-01-15",
  titles: [{ id: "bt", name: "Bí thư", group: "key", seats: 1 }],
  people: [{ id: "a", name, sex: "F", birth: "1980-05", planned: ["bt"] }],
});

test("two tabs: one writes, the other follows read-only, takes over, and nothing is lost whichever closes last", async () => {
  const context = await browser.newContext();
  const { page: a } = await browser.open(context);
  await newDatasetNamed(a, "Đảng bộ xã Một");
  let count;

  const { page: b } = await browser.open(context);
  assert.match(await banner(b), /Đang mở ở một thẻ khác/);
  assert.equal(await unitName(b), "Đảng bộ xã Một");
  assert.equal(await banner(a), "", "the first tab writes");

  // An edit in the read-only tab is refused and said; the field shows the saved value again
  // (waited for: under load the refusal's redraw can come after the Tab's answer).
  await setUnitName(b, "Sửa ở thẻ chỉ xem");
  assert.match(await banner(b), /chỉ xem/);
  await b.waitForFunction(() => appRoot().getElementById("unit-name").value === "Đảng bộ xã Một", null, { timeout: 5000 });
  assert.equal(await unitName(b), "Đảng bộ xã Một");

  // The writer's saves reach the read-only tab live.
  count = await saves(a);
  await setUnitName(a, "Đảng bộ xã Hai");
  await savedAfter(a, count);
  await b.waitForFunction(() => appRoot().getElementById("unit-name").value === "Đảng bộ xã Hai");

  // Taking over loads the newest saved work first; the other tab then only reads.
  await b.click("#take-over");
  await b.waitForFunction(() => appRoot().getElementById("workspace-banner").hidden);
  assert.equal(await unitName(b), "Đảng bộ xã Hai");
  await a.waitForFunction(() => /thẻ khác/.test(appRoot().getElementById("workspace-banner").textContent));
  count = await saves(b);
  await setUnitName(b, "Đảng bộ xã Ba");
  await savedAfter(b, count);
  // The stale tab's edit is refused.
  await setUnitName(a, "Sửa ở thẻ cũ");
  await a.waitForFunction(() => appRoot().getElementById("unit-name").value === "Đảng bộ xã Ba");

  // Closing the writer first: the stale tab becomes the writer with the newest work, then closes too.
  await b.close();
  await a.waitForFunction(() => appRoot().getElementById("workspace-banner").hidden);
  assert.equal(await unitName(a), "Đảng bộ xã Ba");
  await a.close();
  const { page: c } = await openWriter(context, browser.url);
  assert.equal(await unitName(c), "Đảng bộ xã Ba");

  // And the other order: the stale tab closes last and undoes nothing.
  const { page: d } = await browser.open(context);
  assert.match(await banner(d), /Đang mở ở một thẻ khác/);
  count = await saves(c);
  await setUnitName(c, "Đảng bộ xã Bốn");
  await savedAfter(c, count);
  await d.close();
  await c.close();
  const { page: e } = await openWriter(context, browser.url);
  assert.equal(await unitName(e), "Đảng bộ xã Bốn");

  // A write whose base is not the stored revision is refused, whatever wrote it.
  const refused = await e.evaluate(async () => {
    const saved = await import(new URL("saved.js", location.href).href);
    try {
      await saved.writeRecord({ name: saved.dbName("/"), writer: "stale", base: 1, revision: 2, savedAt: "", source: null, json: "{}", key: null, meta: {} });
      return "written";
    } catch (error) {
      return error.name;
    }
  });
  assert.equal(refused, "ConflictError");
  await context.close();
});

test("two copies of the single file in two folders are two workspaces; two tabs of one copy share one", async () => {
  const first = tempDir("qhcb-copy-a-");
  const second = tempDir("qhcb-copy-b-");
  copyFileSync(SINGLE, join(first, "qhcb.html"));
  copyFileSync(SINGLE, join(second, "qhcb.html"));
  const context = await browser.newContext();
  const { page: a } = await browser.open(context, pathToFileURL(join(first, "qhcb.html")).href);
  const { page: b } = await browser.open(context, pathToFileURL(join(second, "qhcb.html")).href);
  assert.equal(await banner(a), "");
  assert.equal(await banner(b), "", "another folder's copy writes its own workspace");
  // The single file says that other local pages can read its storage, and offers the passphrase.
  assert.match(await a.textContent("#workspace-notes"), /mọi trang HTML khác/);
  await newDatasetNamed(a, "Bản ở thư mục A");
  await newDatasetNamed(b, "Bản ở thư mục B");
  const { page: a2 } = await browser.open(context, pathToFileURL(join(first, "qhcb.html")).href);
  assert.match(await banner(a2), /Đang mở ở một thẻ khác/);
  assert.equal(await unitName(a2), "Bản ở thư mục A");
  await a.close();
  await b.close();
  await a2.close();
  const { page: b2 } = await openWriter(context, pathToFileURL(join(second, "qhcb.html")).href);
  assert.equal(await unitName(b2), "Bản ở thư mục B");
  await context.close();
});

test("a refused write (quota exceeded) is said, with Lưu tệp, and saved once the browser allows it", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on("dialog", (d) => d.accept());
  await page.addInitScript(() => {
    window.appRoot = () => document.querySelector("qhcb-app")?.shadowRoot ?? document;
  });
  const cdp = await context.newCDPSession(page);
  const origin = new URL(browser.url).origin;
  await cdp.send("Storage.overrideQuotaForOrigin", { origin, quotaSize: 20000 });
  await page.goto(browser.url);
  await page.waitForSelector("body[data-ready=true]");
  await setData(page, dataset(2000));
  await page.waitForFunction(() => Number(appRoot().getElementById("save-status").dataset.failed ?? 0) >= 1);
  assert.match(await banner(page), /Không lưu được vào trình duyệt/);
  assert.equal(await page.isVisible("#banner-save-file"), true);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#banner-save-file")]);
  assert.equal(JSON.parse(readFileSync(await download.path(), "utf8")).people.length, 2000);
  // The browser allows it again: the next change saves, and the warning goes.
  await cdp.send("Storage.overrideQuotaForOrigin", { origin });
  const count = await saves(page);
  await setUnitName(page, "Đảng bộ sau khi đủ chỗ");
  await savedAfter(page, count);
  assert.equal(await banner(page), "");
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.equal(await unitName(page), "Đảng bộ sau khi đủ chỗ");
  assert.equal(await page.evaluate(() => document.querySelector("qhcb-app").data.people.length), 2000);
  await context.close();
});

/** Files under a folder, recursively. */
function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

test("a saved record the browser cannot read is kept, said, and never written over", async () => {
  const profile = tempDir("qhcb-damaged-");
  let context = await browser.profile(profile);
  let { page } = await browser.open(context);
  let count = await saves(page);
  await setData(page, dataset(3000));
  await savedAfter(page, count);
  await context.close();
  // Damage the browser's large-value files (IndexedDB keeps large values in files of their own).
  const blobs = filesUnder(profile).filter((path) => /indexeddb\.blob/.test(path));
  assert.ok(blobs.length > 0, "the record is stored as a large value");
  for (const path of blobs) writeFileSync(path, Buffer.alloc(Math.min(statSync(path).size, 64), 0x5a));
  context = await browser.profile(profile);
  ({ page } = await browser.open(context));
  assert.match(await page.textContent("#workspace-notes"), /Không đọc được bản lưu trong trình duyệt/);
  assert.match(await page.textContent("#workspace-notes"), /1 bản lưu không dùng được/);
  // New work is saved apart; the damaged copy is still listed after a restart.
  count = await saves(page);
  await setData(page, small("Đảng bộ xã Làm Lại", "Đỗ Thị Mới"));
  await savedAfter(page, count);
  await context.close();
  context = await browser.profile(profile);
  ({ page } = await browser.open(context));
  assert.equal(await unitName(page), "Đảng bộ xã Làm Lại");
  assert.match(await page.textContent("#workspace-notes"), /1 bản lưu không dùng được/);
  await page.click("#workspace-notes button[data-kept]");
  await page.waitForFunction(() => /không đọc được; không có gì để tải/.test(appRoot().getElementById("workspace-notes").textContent));
  await context.close();
});

test("typing not yet confirmed, in a field or a grid cell, is kept when the tab closes", async () => {
  const context = await browser.newContext();
  let { page } = await browser.open(context);
  await setData(page, small("Đảng bộ xã Gõ", "Lò Văn Cũ"));
  await page.click("#unit-name");
  await page.fill("#unit-name", "");
  await page.keyboard.type("Đảng bộ phường Đang Gõ");
  await page.close();
  ({ page } = await openWriter(context, browser.url));
  assert.equal(await unitName(page), "Đảng bộ phường Đang Gõ");
  await page.click("#dataset-term");
  await page.fill("#dataset-term", "");
  await page.keyboard.type("10/2025");
  await page.close();
  ({ page } = await openWriter(context, browser.url));
  assert.equal(await page.evaluate(() => document.querySelector("qhcb-app").data.termStart), "2025-10");
  // A grid cell in edit mode.
  await page.click('#people-grid td[data-row="0"][data-field="name"]');
  await page.keyboard.press("F2");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Lò Văn Đang Sửa");
  await page.close();
  ({ page } = await openWriter(context, browser.url));
  assert.equal(await page.evaluate(() => document.querySelector("qhcb-app").data.people[0].name), "Lò Văn Đang Sửa");
  await context.close();
});

/** A host page served at `path` beside the tool (the test's own markup, with the page's CSP). */
async function hostPage(context, path, body) {
  const page = await context.newPage();
  page.on("dialog", (d) => d.accept());
  await page.route(`${browser.url}${path}`, (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", headers: { "content-security-policy": CSP.replace("default-src 'none'", "default-src 'none'; frame-src 'self'") }, body }),
  );
  await page.goto(`${browser.url}${path}`);
  return page;
}

test("two tools on one page each keep their own work, state and worker", async () => {
  const context = await browser.newContext();
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Hai công cụ</title>
<script type="module" src="qhcb-app.js"></script></head><body>
<qhcb-app id="huyen"></qhcb-app><qhcb-app id="xa"></qhcb-app></body></html>`;
  const page = await hostPage(context, "hai-cong-cu.html", html);
  await page.waitForSelector("#huyen[data-ready=true]");
  await page.waitForSelector("#xa[data-ready=true]");
  const state = () =>
    page.evaluate(() =>
      ["huyen", "xa"].map((id) => {
        const tool = document.getElementById(id);
        const root = tool.shadowRoot;
        return {
          people: tool.data?.people?.length ?? 0,
          unit: root.getElementById("unit-name")?.value ?? null,
          banner: root.getElementById("workspace-banner").hidden ? "" : root.getElementById("workspace-banner").textContent,
          summary: root.getElementById("summary-line").textContent,
        };
      }),
    );
  await page.evaluate(() => document.getElementById("huyen").shadowRoot.getElementById("load-example").click());
  await page.waitForFunction(() => document.getElementById("huyen").report?.cohorts.all.count === 79);
  await page.evaluate(() => {
    document.getElementById("xa").data = {
      format: "qhcb/1",
      unit: { name: "Đảng bộ xã Bên Cạnh", level: "commune" },
      asOf: "2026-01-15",
      titles: [],
      people: [{ id: "x", name: "Vi Thị Xã", sex: "F", birth: "1990" }],
    };
  });
  await page.waitForFunction(() => document.getElementById("xa").report?.cohorts.all.count === 1);
  // The views of a report load the first time one is shown: the summaries follow.
  await page.waitForFunction(() =>
    ["huyen", "xa"].every((id) => document.getElementById(id).shadowRoot.getElementById("summary-line").textContent !== ""),
  );
  let [huyen, xa] = await state();
  assert.equal(huyen.people, 79);
  assert.equal(xa.people, 1);
  assert.equal(huyen.banner, "");
  assert.equal(xa.banner, "", "each element writes its own workspace");
  assert.match(huyen.summary, /79\/79/);
  assert.match(xa.summary, /1\/1/);
  // An edit in one reaches only that one; after a reload each restores its own.
  await page.evaluate(() => {
    const input = document.getElementById("xa").shadowRoot.getElementById("unit-name");
    input.value = "Đảng bộ xã Đổi Tên";
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await page.waitForFunction(() => Number(document.getElementById("xa").shadowRoot.getElementById("save-status").dataset.saves ?? 0) > 1);
  await page.reload();
  await page.waitForSelector("#huyen[data-ready=true]");
  await page.waitForSelector("#xa[data-ready=true]");
  [huyen, xa] = await state();
  assert.equal(huyen.people, 79);
  assert.equal(xa.unit, "Đảng bộ xã Đổi Tên");
  assert.notEqual(huyen.unit, "Đảng bộ xã Đổi Tên");
  await context.close();
});

test("two frames of the tool on one page are two workspaces", async () => {
  const context = await browser.newContext();
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Hai khung</title></head><body>
<iframe src="./" title="QHCB 1" width="900" height="500"></iframe><iframe src="./" title="QHCB 2" width="900" height="500"></iframe></body></html>`;
  const page = await hostPage(context, "hai-khung.html", html);
  const [one, two] = page.frames().slice(1);
  await one.waitForSelector("body[data-ready=true]");
  await two.waitForSelector("body[data-ready=true]");
  await one.click("#load-example");
  await one.waitForSelector("#people-grid tbody td[data-field]");
  const frameState = (frame) =>
    frame.evaluate(() => {
      const tool = document.querySelector("qhcb-app");
      const box = tool.shadowRoot.getElementById("workspace-banner");
      return [tool.data?.people?.length ?? 0, box.hidden];
    });
  assert.deepEqual(await frameState(one), [79, true]);
  assert.deepEqual(await frameState(two), [0, true]);
  await context.close();
});

/** Whether any file of a browser profile holds `text`, as UTF-8, Latin-1 or UTF-16 (how V8 stores strings). */
function profileHolds(dir, text) {
  const needles = [Buffer.from(text, "utf8"), Buffer.from(text, "utf16le"), Buffer.from(text, "latin1")];
  return filesUnder(dir).filter((path) => {
    const bytes = readFileSync(path);
    return needles.some((needle) => bytes.includes(needle));
  });
}

test("saved work is encrypted at rest; Tạo mới and Xóa dữ liệu leave no name behind in the browser's files", async () => {
  const profile = tempDir("qhcb-erase-");
  const person = "Trịnh Thị Bảo Mật Riêng";
  const unit = "Đảng bộ xã Kín Đáo";
  let context = await browser.profile(profile);
  let { page } = await browser.open(context);
  let count = await saves(page);
  const data = dataset(50);
  data.unit.name = unit;
  data.people[0].name = person;
  data.people[1].name = "Mat Danh Ascii";
  await setData(page, data);
  await savedAfter(page, count);
  // Edited a few times (each a revision).
  for (const name of ["Đảng bộ xã Kín Đáo 2", unit]) {
    count = await saves(page);
    await setUnitName(page, name);
    await savedAfter(page, count);
  }
  await context.close();
  for (const text of [person, unit, "Mat Danh Ascii"]) assert.deepEqual(profileHolds(profile, text), [], `“${text}” is not stored in plain text`);

  context = await browser.profile(profile);
  ({ page } = await browser.open(context));
  assert.equal(await unitName(page), unit, "the encrypted record opens");
  await page.click("#new-dataset");
  await page.waitForFunction(() => /Đã xóa khỏi trình duyệt/.test(appRoot().getElementById("workspace-notes").textContent));
  assert.equal(await page.evaluate(() => document.querySelector("qhcb-app").data.people.length), 0);
  await context.close();
  // Two restarts, as the issue saw names in the database's log after them.
  for (let i = 0; i < 2; i++) {
    context = await browser.profile(profile);
    ({ page } = await browser.open(context));
    await context.close();
  }
  for (const text of [person, unit, "Mat Danh Ascii"]) assert.deepEqual(profileHolds(profile, text), [], `“${text}” is gone after Tạo mới`);

  // "Xóa dữ liệu trên máy này": the workspace's database itself and the caches are gone, and the page says so.
  context = await browser.profile(profile);
  ({ page } = await browser.open(context));
  count = await saves(page);
  await setData(page, small("Đảng bộ xã Sắp Xóa", "Hứa Thị Xóa"));
  await savedAfter(page, count);
  await page.click("#erase-data");
  await page.waitForFunction(() => /Đã xóa khỏi trình duyệt: cơ sở dữ liệu/.test(appRoot().getElementById("workspace-notes").textContent));
  const left = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((db) => db.name).filter((name) => name.startsWith("qhcb")),
    caches: (await caches.keys()).filter((name) => name.startsWith("qhcb")),
    people: document.querySelector("qhcb-app").data?.people?.length ?? 0,
  }));
  assert.deepEqual(left, { databases: [], caches: [], people: 0 });
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.equal(await page.evaluate(() => document.querySelector("qhcb-app").data), null);
  await context.close();
});

test("a passphrase locks the saved work: asked for on opening, a wrong one refused", async () => {
  const context = await browser.newContext();
  let { page } = await browser.open(context);
  let count = await saves(page);
  await page.click("#load-example");
  await savedAfter(page, count);
  await page.click("#lock-workspace");
  const dialog = page.getByRole("dialog", { name: "Khóa bản lưu bằng mật khẩu" });
  await dialog.getByLabel("Mật khẩu", { exact: true }).fill("ngắn");
  await dialog.getByLabel("Nhập lại mật khẩu").fill("ngắn");
  await dialog.getByRole("button", { name: "Khóa" }).click();
  assert.match(await dialog.textContent(), /ít nhất 8 ký tự/);
  await dialog.getByLabel("Mật khẩu", { exact: true }).fill("Bí mật của ban 2026");
  await dialog.getByLabel("Nhập lại mật khẩu").fill("Bí mật của ban 2026");
  count = await saves(page);
  await dialog.getByRole("button", { name: "Khóa" }).click();
  await savedAfter(page, count);
  assert.match(await page.textContent("#workspace-notes"), /Đã khóa bản lưu/);
  const meta = await page.evaluate(async () => {
    const saved = await import(new URL("saved.js", location.href).href);
    const m = await saved.readMeta(saved.dbName("/"));
    return { salt: !!m.salt, key: !!m.key, iterations: m.iterations };
  });
  assert.deepEqual(meta, { salt: true, key: false, iterations: 600000 });
  await page.close();

  page = await context.newPage();
  await page.addInitScript(() => {
    window.appRoot = () => document.querySelector("qhcb-app")?.shadowRoot ?? document;
  });
  await page.goto(browser.url);
  const unlock = page.getByRole("dialog", { name: "Mở bản lưu đã khóa" });
  await unlock.getByLabel("Mật khẩu", { exact: true }).fill("sai mật khẩu");
  await unlock.getByRole("button", { name: "Mở khóa" }).click();
  await page.getByRole("dialog", { name: "Mở bản lưu đã khóa" }).getByText("Mật khẩu không đúng.").waitFor();
  await page.getByRole("dialog").getByLabel("Mật khẩu", { exact: true }).fill("Bí mật của ban 2026");
  await page.getByRole("dialog").getByRole("button", { name: "Mở khóa" }).click();
  await page.waitForSelector("body[data-ready=true]");
  assert.equal(await page.evaluate(() => document.querySelector("qhcb-app").data.people.length), 79);
  await context.close();
});

/** A server for a copy of www/ that lets the browser cache for a day, as many intranet servers do. */
function cachingServer(root) {
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css", ".json": "application/json", ".wasm": "application/wasm" };
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname));
    const file = join(root, path.endsWith("/") ? `${path}index.html` : path);
    let stat;
    try {
      stat = statSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    const etag = `"${stat.size}-${stat.mtimeMs}"`;
    const headers = { "content-type": types[extname(file)] ?? "application/octet-stream", "cache-control": "max-age=86400", etag };
    if (request.headers["if-none-match"] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    response.writeHead(200, headers);
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((done) => server.close(done)) })));
}

test("a version deployed on the server is served on the next visit, despite the service worker and the HTTP cache", async () => {
  const root = tempDir("qhcb-deploy-");
  cpSync(WWW, root, { recursive: true });
  const site = await cachingServer(root);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url);
    await page.waitForSelector("body[data-ready=true]");
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    assert.equal(await page.evaluate(() => !!navigator.serviceWorker.controller), true);
    assert.match(await page.textContent("h1"), /Kiểm tra quy hoạch cán bộ/);
    // Deploy: a file of the tool changes on the server.
    const catalogue = join(root, "i18n", "vi.js");
    writeFileSync(catalogue, readFileSync(catalogue, "utf8").replace('appTitle: "QHCB — Kiểm tra quy hoạch cán bộ"', 'appTitle: "QHCB — Bản triển khai mới"'));
    // The next visit (a new tab) is served the new version.
    const next = await context.newPage();
    await next.goto(site.url);
    await next.waitForSelector("body[data-ready=true]");
    assert.match(await next.textContent("h1"), /Bản triển khai mới/);
    await context.close();
  } finally {
    await site.close();
  }
});
