// The XS harness itself: failures inside the engine reach the test instead of vanishing, and no
// worker outlives close().
import "@endo/init";
import { test } from "node:test";
import assert from "node:assert/strict";
import { EngineError, startXs } from "../../hosts/xs/harness.mjs";

// A bundle-sized stand-in for the firmware whose handler answers, then leaves a rejection that no
// one handles.
const leakyBundle = `
globalThis.handleCommand = () => {
  Promise.reject(new Error("nobody handles this"));
  return { result: new TextEncoder().encode(JSON.stringify({ ok: true, value: null, logs: [] })).buffer };
};`;

test("a promise rejection nobody handles inside XS makes close() fail", async () => {
  const xs = await startXs({ bundle: leakyBundle });
  try {
    assert.equal(await xs.run({ op: "anything" }), null);
  } finally {
    await assert.rejects(xs.close(), /unhandled exception/);
  }
});

test("an error thrown by a command reaches the caller with its name and message", async (t) => {
  const xs = await startXs();
  t.after(() => xs.close());
  await assert.rejects(xs.run({ op: "summary" }), (error) => {
    assert.ok(error instanceof EngineError);
    assert.equal(error.remote.name, "Error");
    assert.match(error.remote.message, /no machine is running/);
    return true;
  });
  await assert.rejects(xs.run({ op: "warp" }), /unknown command "warp"/);
});

test("close() ends a worker stuck in an endless loop", async () => {
  const xs = await startXs({ bundle: "globalThis.handleCommand = () => { for (;;); };", meteringLimit: 0, closeTimeoutMs: 300 });
  const stuck = xs.run({ op: "spin" });
  stuck.catch(() => {});
  await assert.rejects(xs.close(), /did not exit/);
  await assert.rejects(stuck);
});
