// Moddable's preload, emulated in the real XS engine (hosts/xs/preload-emulation.ts): every
// module's top level runs first, and what it made is then read-only, as in a board's flash. The
// firmware must capture, sync and serve exactly as it does without preload.
import "@endo/init";
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildBundle } from "../../hosts/xs/bundle.mjs";
import { startXs } from "../../hosts/xs/harness.mjs";

const entryOf = (name) => fileURLToPath(new URL(`../../hosts/xs/${name}`, import.meta.url));
const exampleConfig = readFileSync(new URL("../../examples/config.json", import.meta.url), "utf8");
const exchanges = JSON.parse(readFileSync(new URL("../fixtures/h2-exchanges.json", import.meta.url), "utf8"));

async function runScript(t, entry, preload, script) {
  const { code } = await buildBundle({ entry, preload });
  const xs = await startXs({ bundle: code, name: preload ? "preloaded" : "loaded", meteringLimit: 0 });
  t.after(() => xs.close());
  const replies = [];
  for (const command of script) replies.push(await xs.run(command));
  return replies;
}

test("the emulation makes module-level collections and buffers read-only, as preload does", async (t) => {
  const [results] = await runScript(t, fileURLToPath(new URL("../fixtures/preload-violations.ts", import.meta.url)), true, [{ op: "try" }]);
  for (const name of ["Map.set", "Set.add", "WeakMap.set"]) {
    assert.match(results[name], /^TypeError: read-only (Map|Set|WeakMap) instance/, name);
  }
  for (const name of ["Float64Array write", "Uint8Array.set", "DataView.setFloat64", "a view made at run time over a preloaded buffer", "a subarray of a preloaded view"]) {
    assert.match(results[name], /^TypeError: read-only \w+ buffer/, name);
  }
  assert.equal(results["reading is allowed"], "ok 0");
  assert.equal(results["plain objects stay writable"], "ok 2");
  assert.equal(results["new state made at run time is writable"], "ok 2");
});

test("preloaded, the firmware captures and builds every upload, floats and doubles included, as when loaded", async (t) => {
  const script = [
    { op: "boot", config: exampleConfig, wall: Date.UTC(2025, 2, 3, 4, 5, 6), partId: "xs-part-0001" },
    { op: "advance", ms: 60_000 },
    { op: "task" },
    { op: "sync" },
    { op: "uploads" },
  ];
  const [preloaded, loaded] = await Promise.all([
    runScript(t, entryOf("sync-entry.ts"), true, script),
    runScript(t, entryOf("sync-entry.ts"), false, script),
  ]);
  assert.deepEqual(preloaded, loaded);
  const { requests } = preloaded.at(-1);
  assert.ok(requests.length >= 5, "an upload for each collector");
});

test("preloaded, the server answers HTTP/2 and gRPC-web clients as when loaded", async (t) => {
  const script = [{ op: "serve", maxConnections: 8 }];
  for (const { client } of Object.values(exchanges)) script.push({ op: "replay", hex: client, chunk: 100_000 });
  script.push({ op: "stats" });
  const [preloaded, loaded] = await Promise.all([
    runScript(t, entryOf("http2-entry.ts"), true, script),
    runScript(t, entryOf("http2-entry.ts"), false, script),
  ]);
  assert.deepEqual(preloaded, loaded);
  assert.ok(preloaded.at(-1).calls > 0);
  assert.deepEqual(preloaded.at(-1).logs, []);
});
