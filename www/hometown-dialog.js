// Part of one tool (see app.js), loaded when first needed: marks people as
// not local ("không phải người địa phương") from their hometown, against the
// province the user names. The engine reads the hometowns (provinces after
// the 2025 merger and their former names, src/places.rs); this dialog asks,
// shows how many fall each way, and applies the marks as one undoable step.

import { el } from "./dom.js";
import { t, format } from "./i18n.js";
import { setOp } from "./store.js";

/** Opens the dialog. Uses from `tool`: `layer()`, `store`, `ui.engine`, `showError`. */
export async function markNonLocalByHometown(tool) {
  const { store, ui } = tool;
  if (!store.dataset || !store.refuseEdit()) return;
  const people = store.dataset.people ?? [];
  const hometowns = people.map((p) => (typeof p?.hometown === "string" && p.hometown.trim() ? p.hometown : null));
  const ask = (province) => ui.engine.call("hometownMarks", { hometowns, province });
  const provinces = (await ask("")).provinces;

  const list = el("datalist", { id: "hometown-provinces" }, provinces.map((name) => el("option", { value: name })));
  const input = el("input", { type: "text", name: "place", list: "hometown-provinces", autocomplete: "off", required: true });
  const outcome = el("p", { id: "hometown-outcome", role: "status" });
  const ok = el("button", { type: "submit", value: "ok", class: "primary", disabled: true }, t("hometown.apply"));
  const cancel = el("button", { type: "submit", value: "cancel", formnovalidate: true }, t("hometown.cancel"));
  const form = el(
    "form",
    { method: "dialog" },
    el("h2", { id: "hometown-title" }, t("hometown.title")),
    el("p", {}, t("hometown.hint")),
    el("label", {}, t("hometown.place"), input),
    list,
    outcome,
    el("div", { class: "row" }, ok, cancel),
  );
  const dialog = el("dialog", { class: "passphrase", "aria-labelledby": "hometown-title", "aria-describedby": "hometown-outcome" }, form);

  let marks = null;
  let asked = 0;
  async function preview() {
    const mine = ++asked;
    const answer = input.value.trim() ? await ask(input.value) : null;
    if (mine !== asked) return;
    marks = answer?.province ? answer : null;
    ok.disabled = !marks || marks.local.length + marks.nonLocal.length === 0;
    if (!input.value.trim()) outcome.textContent = "";
    else if (!marks) outcome.textContent = t("hometown.unknownProvince", { text: input.value.trim() });
    else
      outcome.textContent = t("hometown.outcome", {
        place: marks.province,
        local: format.count(marks.local.length),
        nonLocal: format.count(marks.nonLocal.length),
        unknown: format.count(marks.unknown.length),
      });
  }
  // Asked once the typing pauses: each answer reads every hometown.
  let pause = null;
  input.addEventListener("input", () => {
    clearTimeout(pause);
    pause = setTimeout(preview, 150);
  });

  const value = await new Promise((resolve) => {
    form.addEventListener("submit", (event) => {
      dialog.returnValue = event.submitter?.value ?? "ok";
    });
    dialog.addEventListener("close", () => {
      dialog.remove();
      resolve(dialog.returnValue || "cancel");
    });
    tool.layer().append(dialog);
    dialog.showModal();
    input.focus();
  });
  await preview();
  if (value !== "ok" || !marks) return;
  const ops = [];
  for (const [rows, local] of [
    [marks.local, true],
    [marks.nonLocal, false],
  ]) {
    for (const row of rows) {
      if ((people[row].local ?? true) !== local || people[row].local === undefined) ops.push(setOp(store.dataset, ["people", row, "local"], local));
    }
  }
  if (ops.length) store.commit({ type: "batch", ops });
}
