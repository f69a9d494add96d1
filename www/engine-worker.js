// The engine's worker: analysis and file import run here, so the page stays
// responsive at national scale. Messages: { id, kind, args } in;
// { id, result } or { id, error } out. An optional first message
// { kind: "init", wasm } gives the engine's bytes (the single-file build).

import { run } from "./engine-tasks.js";

self.addEventListener("message", async ({ data }) => {
  if (data.kind === "init") {
    globalThis.QHCB_WASM = data.wasm;
    return;
  }
  try {
    const { result, transfer = [] } = await run(data.kind, data.args);
    self.postMessage({ id: data.id, result }, transfer);
  } catch (error) {
    // A trapped engine: the page ends this worker and starts a fresh one.
    self.postMessage({ id: data.id, error: error?.message ?? String(error), trapped: !!error?.trapped });
  }
});
