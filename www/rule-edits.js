// Part of one tool (see app.js): edits of the rules on the Quy định tab,
// made in the dataset's own custom profile.

import { t } from "./i18n.js";
import { setOp } from "./store.js";

const CUSTOM_ID = "tuy-chinh";

/** Uses from `tool`: `store`, `ui.report` (its active profile). */
export function createRuleEdits(tool) {
  const { ui } = tool;

  /** Changes a rule: in the dataset's own custom profile, or a new one copied from the active profile. */
  function editRule(code, change) {
    const { store } = tool;
    const data = store.dataset;
    const active = ui.report?.activeProfile;
    if (!data || !active) return;
    const list = structuredClone(data.profiles ?? []);
    let custom = active.basedOn ? list.find((p) => p?.id === active.id) : null;
    if (!custom) {
      const taken = new Set(list.map((p) => p?.id));
      let id = CUSTOM_ID;
      for (let n = 2; taken.has(id); n++) id = `${CUSTOM_ID}-${n}`;
      custom = { id, name: t("customName", { base: active.name }), basedOn: active.id, rules: [] };
      list.push(custom);
    }
    custom.rules ??= [];
    let entry = custom.rules.find((r) => r.code === code);
    if (!entry) {
      entry = { code };
      custom.rules.push(entry);
    }
    if (change.params) entry.params = { ...entry.params, ...change.params };
    if (change.severity) entry.severity = change.severity;
    if (change.enabled !== undefined) entry.enabled = change.enabled;
    store.commit({ type: "batch", ops: [setOp(data, ["profiles"], list), setOp(data, ["profile"], custom.id)] });
  }

  function resetProfile() {
    const { store } = tool;
    const active = ui.report?.activeProfile;
    if (!active?.basedOn) return;
    store.commit(setOp(store.dataset, ["profile"], active.basedOn));
  }

  return { editRule, resetProfile };
}
