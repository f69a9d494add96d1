// The page's DrawHold (www/dom.js): an edit's drawing waits for its report,
// then runs in the order it was asked for; nothing held is ever dropped.
import test from "node:test";
import assert from "node:assert/strict";
import { DrawHold } from "../../www/dom.js";

const later = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test("without a hold, a drawing runs at once", () => {
  const hold = new DrawHold();
  const done = [];
  hold.defer(() => done.push("grid"));
  assert.deepEqual(done, ["grid"]);
  assert.equal(hold.on, false);
});

test("a held drawing runs at the flush, in the order asked, and the hold ends", () => {
  const hold = new DrawHold();
  const done = [];
  hold.start(10_000);
  hold.defer(() => done.push("busy"));
  hold.defer(() => done.push("grid"));
  hold.defer(() => done.push("views"));
  assert.deepEqual(done, []);
  assert.equal(hold.on, true);
  hold.flush();
  assert.deepEqual(done, ["busy", "grid", "views"]);
  assert.equal(hold.on, false);
  hold.defer(() => done.push("after"));
  assert.deepEqual(done, ["busy", "grid", "views", "after"]);
  // A second flush has nothing left to run.
  hold.flush();
  assert.equal(done.length, 4);
});

test("a report that never comes: the drawing runs when the time is up, once", async () => {
  const hold = new DrawHold();
  const done = [];
  hold.start(5);
  // A later start does not push the time back.
  await later(3);
  hold.start(10_000);
  hold.defer(() => done.push("grid"));
  await later(30);
  assert.deepEqual(done, ["grid"]);
  assert.equal(hold.on, false);
});

test("a drawing that throws is reported and the others still run", () => {
  const reported = [];
  const before = globalThis.reportError;
  globalThis.reportError = (error) => reported.push(error.message);
  try {
    const hold = new DrawHold();
    const done = [];
    hold.start(10_000);
    hold.defer(() => done.push("first"));
    hold.defer(() => {
      throw new Error("broken view");
    });
    hold.defer(() => done.push("last"));
    hold.flush();
    assert.deepEqual(done, ["first", "last"]);
    assert.deepEqual(reported, ["broken view"]);
  } finally {
    globalThis.reportError = before;
  }
});
