// The dataset's JSON text, for the analysis (in the worker) and the autosave.
// At 100,000 people one JSON.stringify takes 0.1–0.3 s, too long for the
// page's thread after every edit. So the people are kept as JSON in slices:
// an edit makes only its own slice again, and a new dataset is written a
// slice per task (textSoon), so that the page keeps answering meanwhile.

import { nextTask } from "./dom.js";

/** People per slice: one slice is written in a few milliseconds. */
const SLICE = 5000;

export class DatasetText {
  constructor() {
    /** JSON of each slice of `people`, without the brackets; null when it must be made again. */
    this.slices = [];
    this.whole = null;
  }

  /** Forgets what `op` (a store operation; none: everything) may have changed. */
  forget(op) {
    this.whole = null;
    if (!op) {
      this.slices = [];
      return;
    }
    if (op.type === "batch") {
      for (const inner of op.ops) this.forget(inner);
      return;
    }
    if (op.path[0] !== "people") return;
    const row = op.path.length > 1 ? op.path[1] : op.type === "splice" ? op.index : 0;
    const from = Math.floor(row / SLICE);
    // A change inside one person touches its slice; rows added or removed shift every later one.
    const shifts = op.path.length === 1;
    if (shifts) this.slices.length = Math.min(this.slices.length, from);
    else this.slices[from] = null;
  }

  /** Makes slice `s` of `people` if it is missing. */
  fill(people, s) {
    if (this.slices[s] == null) this.slices[s] = JSON.stringify(people.slice(s * SLICE, (s + 1) * SLICE)).slice(1, -1);
  }

  /** The JSON text of `dataset`, now. */
  text(dataset) {
    if (this.whole) return this.whole;
    const people = Array.isArray(dataset?.people) ? dataset.people : null;
    if (!people) {
      this.whole = JSON.stringify(dataset);
      return this.whole;
    }
    const count = Math.ceil(people.length / SLICE);
    for (let s = 0; s < count; s++) this.fill(people, s);
    this.slices.length = count;
    // `people` is written last, whatever its place in the object: the same data as JSON.stringify.
    const { people: _, ...rest } = dataset;
    const head = JSON.stringify(rest);
    const list = `"people":[${this.slices.join(",")}]`;
    this.whole = head === "{}" ? `{${list}}` : `${head.slice(0, -1)},${list}}`;
    return this.whole;
  }

  /**
   * The same text, made a few slices per task; `current()` gives the dataset
   * as it is after each pause (an edit meanwhile forgets its own slices).
   */
  async textSoon(current) {
    let start = performance.now();
    for (let s = 0; ; s++) {
      const dataset = current();
      const people = Array.isArray(dataset?.people) ? dataset.people : [];
      if (this.whole || s * SLICE >= people.length) return this.text(dataset);
      this.fill(people, s);
      if (performance.now() - start > 20) {
        await nextTask();
        start = performance.now();
      }
    }
  }
}
