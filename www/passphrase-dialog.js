// Part of one tool (see app.js): the passphrase of the saved workspace, set,
// changed or removed (Khóa bằng mật khẩu), and asked for when a locked
// workspace is opened; modal dialogs inside the tool.

import { el } from "./dom.js";
import { t } from "./i18n.js";

/**
 * The passphrase dialogs of one tool. Uses from `tool`: `layer()`, `store`,
 * `ui.workspace`, `note`, `updateButtons`.
 */
export function createPassphraseDialogs(tool) {
  const { ui } = tool;

  /** A modal dialog with passphrase fields; resolves to the button's value and the fields. */
  function passphraseDialog({ title, hint, confirm, buttons, error = "" }) {
    return new Promise((resolve) => {
      const fields = [el("label", {}, t("workspace.passphrase"), el("input", { type: "password", name: "passphrase", autocomplete: "new-password" }))];
      if (confirm) fields.push(el("label", {}, t("workspace.passphraseAgain"), el("input", { type: "password", name: "again", autocomplete: "new-password" })));
      const message = el("p", { class: "error-text", role: "alert" }, error);
      const row = el(
        "div",
        { class: "row" },
        buttons.map(([value, label, primary]) => el("button", { type: "submit", value, class: primary ? "primary" : null }, label)),
      );
      const form = el("form", { method: "dialog" }, el("h2", { id: "passphrase-title" }, title), el("p", {}, hint), fields, message, row);
      const dialog = el("dialog", { class: "passphrase", "aria-labelledby": "passphrase-title" }, form);
      form.addEventListener("submit", (event) => {
        const value = event.submitter?.value ?? "ok";
        const passphrase = form.elements.passphrase.value;
        if (value === "ok" && confirm) {
          const problem = passphrase.length < 8 ? "passphraseShort" : passphrase !== form.elements.again.value ? "passphraseMismatch" : null;
          if (problem) {
            event.preventDefault();
            message.textContent = t(`workspace.${problem}`);
            return;
          }
        }
        dialog.returnValue = value;
      });
      dialog.addEventListener("close", () => {
        const value = dialog.returnValue || "cancel";
        const passphrase = form.elements.passphrase.value;
        dialog.remove();
        resolve({ value, passphrase });
      });
      tool.layer().append(dialog);
      dialog.showModal();
      form.elements.passphrase.focus();
    });
  }

  /** Asks for the passphrase of a locked workspace; null when the user does not give it. */
  async function unlockDialog(wrong) {
    const { value, passphrase } = await passphraseDialog({
      title: t("workspace.unlockTitle"),
      hint: t("workspace.unlockHint"),
      error: wrong ? t("workspace.wrongPassphrase") : "",
      buttons: [
        ["ok", t("workspace.unlock"), true],
        ["cancel", t("workspace.cancel")],
      ],
    });
    return value === "ok" ? passphrase : null;
  }

  /** Sets, changes or removes the passphrase; the saved work is written again with its key. */
  async function lockDialog() {
    const { store } = tool;
    if (!store.refuseEdit()) return;
    const has = ui.workspace.hasPassphrase;
    const buttons = [["ok", t("workspace.lockSave"), true]];
    if (has) buttons.push(["remove", t("workspace.removePassphrase")]);
    buttons.push(["cancel", t("workspace.cancel")]);
    const { value, passphrase } = await passphraseDialog({ title: t("workspace.lockTitle"), hint: t("workspace.lockHint"), confirm: true, buttons });
    if (value === "cancel") return;
    if (value === "remove") await ui.workspace.clearPassphrase();
    else await ui.workspace.setPassphrase(passphrase);
    store.unsaved = true;
    await store.saveNow();
    if (!store.saveError) tool.note(t(value === "remove" ? "workspace.unlocked" : "workspace.locked"));
    tool.updateButtons();
  }

  return { unlockDialog, lockDialog };
}
