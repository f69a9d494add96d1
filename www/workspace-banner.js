// Part of one tool (see app.js): the saved workspace as the user sees it:
// opening what is saved, the "saved at" status, the banner (this copy only
// reads, a refused or failed save, a damaged or locked workspace), the
// passing notes and the copies kept because they could not be used, and
// saving at once when the page is left.

import { el } from "./dom.js";
import { t, lang } from "./i18n.js";
import { canEncrypt } from "./saved.js";

/**
 * The workspace banner of one tool. Uses from `tool`: `$`, `activeElement()`,
 * `store`, `ui` (`workspace`, `banner`, `grid`), `showError`,
 * `updateButtons`, `saveJson`, `save` (a download), `unlockDialog`,
 * `lockDialog`.
 */
export function createWorkspaceBanner(tool) {
  const { $, ui } = tool;

  function showSaved() {
    const { store } = tool;
    if (store.saveError === null && ui.banner === "saveFailed") showBanner();
    if (!store.lastSaved) return;
    const time = new Date(store.lastSaved).toLocaleTimeString(lang() === "vi" ? "vi-VN" : "en-GB");
    $("save-status").textContent = t("savedAt", { time });
    $("save-status").dataset.saves = String(store.saves);
  }

  /**
   * Opens what is saved: asks for the passphrase of a locked workspace, says
   * when the saved copy cannot be read (it is kept, never overwritten), and
   * offers the copies kept so far.
   */
  async function openSaved({ follow = false } = {}) {
    const { store } = tool;
    let saved = await ui.workspace.load();
    while (saved?.locked) {
      const passphrase = await tool.unlockDialog(saved.wrong);
      if (passphrase == null) {
        ui.banner = "lockedOut";
        showBanner();
        return;
      }
      await ui.workspace.unlock(passphrase);
      saved = await ui.workspace.load();
      if (saved?.locked) saved.wrong = true;
    }
    if (saved?.dataset) {
      const source = { kind: "restored", name: saved.source?.name ?? "" };
      // A copy that only reads shows the writer's data as saved; the writer saves what an earlier version kept.
      store.load(saved.dataset, follow ? store.source ?? source : source, { save: !!saved.migrated });
      if (saved.migrated) note(t("workspace.migrated"));
    } else if (follow && !saved) {
      store.load(null, null, { save: false });
    }
    if (saved?.unreadable) ui.banner = ui.workspace.mode === "damaged" ? "damaged" : null;
    if (saved?.unreadable && ui.workspace.mode !== "damaged") note(t("workspace.unreadable"));
    showBanner();
    showKept(true);
  }

  /** The top banner: this copy only reads, a refused or failed save, a damaged or locked workspace. */
  function showBanner() {
    const { store } = tool;
    const box = $("workspace-banner");
    const mode = ui.workspace.mode;
    const parts = [];
    const button = (id, label, onClick) => {
      const node = el("button", { type: "button", id }, label);
      node.addEventListener("click", onClick);
      return node;
    };
    const saveFile = () => button("banner-save-file", t("workspace.saveFile"), tool.saveJson);
    if (mode === "reader") {
      parts.push(el("p", {}, t(ui.banner === "lost" ? (store.unsaved ? "workspace.lostUnsaved" : "workspace.lost") : "workspace.readOnly")));
      parts.push(button("take-over", t("workspace.takeOver"), takeOver));
      if (ui.banner === "lost" && store.unsaved) parts.push(saveFile());
    } else if (mode === "conflict") {
      parts.push(el("p", {}, t("workspace.conflict")), saveFile(), button("load-newest", t("workspace.reload"), takeOver));
    } else if (mode === "damaged") {
      parts.push(el("p", {}, t("workspace.damaged")), saveFile());
    } else if (ui.banner === "lockedOut") {
      parts.push(el("p", {}, t("workspace.lockedOut")));
    } else if (store.saveError) {
      ui.banner = "saveFailed";
      parts.push(el("p", {}, t("workspace.saveFailed", { message: store.saveError.message ?? String(store.saveError) })), saveFile());
    } else if (ui.banner === "saveFailed") {
      ui.banner = null;
    }
    box.replaceChildren(...parts);
    box.hidden = parts.length === 0;
    box.dataset.mode = parts.length ? (ui.banner ?? mode) : "";
    tool.updateButtons();
  }

  /** Draws attention to the banner when an edit was refused. */
  function flashBanner() {
    const box = $("workspace-banner");
    box.querySelector("p")?.replaceChildren(t(ui.workspace.mode === "reader" ? "workspace.readOnlyEdit" : "workspace.conflict"));
    box.querySelector("button")?.focus();
  }

  function showSaveError(error) {
    $("save-status").textContent = t("saveFailed", { message: error.message ?? "" });
    $("save-status").dataset.failed = String(Number($("save-status").dataset.failed ?? 0) + 1);
    showBanner();
  }

  /** A passing note under the banner (what was done, what was moved or kept). */
  function note(text) {
    const box = $("workspace-notes");
    box.replaceChildren(el("p", {}, text));
    box.hidden = false;
    showKept(true);
  }

  /** The copies kept because they could not be used, each offered for download, until deleted. */
  function showKept(append = false) {
    const box = $("workspace-notes");
    const kept = ui.workspace.kept;
    if (!append) box.replaceChildren();
    box.querySelector("#kept-copies")?.remove();
    if (kept.length) {
      const format = new Intl.DateTimeFormat(lang() === "vi" ? "vi-VN" : "en-GB", { dateStyle: "short", timeStyle: "short" });
      const items = kept.map((entry, index) => {
        const download_ = el("button", { type: "button", "data-kept": entry.key }, t("workspace.keptDownload"));
        download_.addEventListener("click", async () => {
          const text = await ui.workspace.keptText(entry.key);
          if (text == null) {
            download_.replaceWith(t("workspace.keptUnreadable"));
            return;
          }
          tool.save(`QHCB-ban-luu-giu-lai-${index + 1}.json`, text);
        });
        const at = entry.at ? format.format(new Date(entry.at)) : "";
        return el("li", {}, t("workspace.keptItem", { at, reason: t(`workspace.keptReasons.${entry.reason}`) }), " ", download_);
      });
      const drop = el("button", { type: "button", id: "drop-kept" }, t("workspace.keptDelete"));
      drop.addEventListener("click", async () => {
        if (!tool.store.refuseEdit()) return;
        await ui.workspace.dropKept(kept.map((entry) => entry.key));
        showKept();
      });
      const own = el("div", { id: "kept-copies" }, el("p", {}, t("workspace.kept", { count: kept.length })), el("ul", {}, items), drop);
      box.append(own);
    }
    box.hidden = box.childElementCount === 0;
  }

  /** Where the saved work is less protected than the user may think, the page says so. */
  function noteProtection() {
    if (!canEncrypt()) note(t("workspace.noCrypto"));
    else if (location.protocol === "file:" && !ui.workspace.hasPassphrase) {
      // The single file: any local page could read its storage; the passphrase is offered right here.
      note(t("workspace.fileHint"));
      const lock = el("button", { type: "button", id: "lock-from-note" }, t("workspace.lock"));
      lock.addEventListener("click", () => tool.lockDialog());
      $("workspace-notes").querySelector("p")?.after(lock);
    }
  }

  /** Events of the workspace: the writer's saves to follow, the lock lost or granted, a refused save. */
  async function onWorkspace(event) {
    if (event.type === "changed" || event.type === "erased") {
      // Following the writer: its newest saved state, shown as it is.
      await openSaved({ follow: true });
    } else if (event.type === "lost") {
      ui.banner = "lost";
      showBanner();
    } else if (event.type === "writer") {
      // The lock was granted (the other tab closed) or taken over: the newest saved work first.
      ui.banner = null;
      await openSaved({ follow: true });
      if (event.why === "granted") note(t("workspace.granted"));
      showBanner();
    } else if (event.type === "conflict") {
      showBanner();
    }
  }

  async function takeOver() {
    await ui.workspace.takeOver();
  }

  /** The typing not yet confirmed, in a grid cell or a field, taken as typed (the page is being left). */
  function commitTyping() {
    if (!tool.store.writable) return;
    ui.grid?.flush?.();
    const active = tool.activeElement();
    if (active?.matches?.("input, select, textarea") && !active.closest("dialog")) {
      active.dispatchEvent(new Event("change", { bubbles: true }));
    }
  }

  /**
   * Deletes everything kept on this computer for this workspace; `clear`
   * also empties the page. Says what was removed.
   */
  async function eraseSaved({ clear = false, quiet = false } = {}) {
    const { store } = tool;
    try {
      // A save still on its way would bring the deleted work back: it is let finish first.
      await store.idle();
      const removed = await ui.workspace.erase();
      store.unsaved = false;
      store.saveError = null;
      ui.banner = null;
      if (clear) store.load(null, null, { save: false });
      if (!quiet || removed.records || removed.kept) note(t("workspace.erased", removed));
      showBanner();
      showKept(true);
    } catch (error) {
      tool.showError(t("workspace.eraseFailed", { message: error.message ?? String(error) }));
    }
  }

  /** Leaving the page: what is being typed is taken as typed, and saved at once. */
  function wireLeaving() {
    const leave = () => {
      commitTyping();
      tool.store.saveNow({ here: true });
    };
    window.addEventListener("pagehide", leave);
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "hidden") leave();
    });
  }

  function wireErase() {
    $("erase-data").addEventListener("click", () => {
      if (window.confirm(t("workspace.confirmErase"))) eraseSaved({ clear: true });
    });
  }

  return {
    showSaved,
    openSaved,
    showBanner,
    flashBanner,
    showSaveError,
    note,
    noteProtection,
    onWorkspace,
    eraseSaved,
    wireLeaving,
    wireErase,
  };
}
