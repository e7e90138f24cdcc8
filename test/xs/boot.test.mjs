// The firmware bundle boots in the real XS engine exactly as the same code boots under Node.
import "@endo/init";
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { buildBundle } from "../../hosts/xs/bundle.mjs";
import { startNodeTwin, startXs } from "../../hosts/xs/harness.mjs";

const exampleText = readFileSync(new URL("../../examples/config.json", import.meta.url), "utf8");

let bundle;
before(async () => {
  bundle = await buildBundle();
});

async function engines(t) {
  const xs = await startXs({ bundle: bundle.code });
  t.after(() => xs.close());
  const node = await startNodeTwin();
  t.after(() => node.close());
  return { xs, node };
}

function reportMeter(t, what, meter) {
  t.diagnostic(`xs meter after ${what}: compute ${meter.compute}, currentHeapCount ${meter.currentHeapCount} slots`);
}

// XS (like Moddable on the board) has none of these; a use on a path the XS tests never run would
// only fail on the device. The xsnap transport (hosts/xs/xsnap-commands.ts) may use what xsnap
// provides (TextEncoder, gc).
const missingInXs = /(?<![\w$.#])(setTimeout|setInterval|setImmediate|clearTimeout|Buffer|process|console|performance|crypto|TextEncoder|TextDecoder|require)\s*[.(]/g;

// protobufjs/minimal exports its RPC service class, which defers callbacks with setTimeout. The
// generated code is built with --no-service and the firmware never constructs one, so those calls
// are unreachable. Everything else in the bundle, packages included, must do without.
const unreachable = new Set(["node_modules/protobufjs/src/rpc/service.js: setTimeout"]);

function globalsMissingInXs(code) {
  const problems = [];
  for (const section of code.split(/^ {2}\/\/ (?=\S+\.[cm]?[jt]s$)/m).slice(1)) {
    const file = section.slice(0, section.indexOf("\n"));
    if (file === "hosts/xs/xsnap-commands.ts") continue;
    for (const match of section.matchAll(missingInXs)) {
      const problem = `${file}: ${match[1]}`;
      if (!unreachable.has(problem)) problems.push(problem);
    }
  }
  return problems;
}

test("the bundle uses no global that XS lacks", (t) => {
  t.diagnostic(`bundle: ${bundle.bytes} bytes (${bundle.code.split("\n").length} lines, not minified)`);
  assert.ok(bundle.code.includes("  // src/boot.ts\n"), "the bundle is split by esbuild's per-file comments");
  assert.deepEqual(globalsMissingInXs(bundle.code), []);
  const sample = '  // src/a.ts\nconst t = setTimeout(f, 1);\nlog(x.process(1));\n  // hosts/sim/b.ts\nconsole.log(1);\n  // hosts/xs/xsnap-commands.ts\nnew TextEncoder();\n';
  assert.deepEqual(globalsMissingInXs(sample), ["src/a.ts: setTimeout", "hosts/sim/b.ts: console"]);
});

test("examples/config.json boots in XS with the same config, resources and issues as under Node", async (t) => {
  const { xs, node } = await engines(t);
  const command = { op: "boot", config: exampleText, analogs: { 34: { constant: 1200 }, 35: { constant: 930 } } };

  const inXs = await xs.run(command);
  reportMeter(t, "boot", xs.meter);
  const inNode = await node.run(command);

  assert.deepEqual(inXs, inNode);
  assert.deepEqual(xs.logs, node.logs);
  assert.deepEqual(inXs.issues, []);
  assert.deepEqual(
    inXs.resources.map(({ name, model }) => [name.subtype, name.name, model]),
    [
      ["board", "board", "esp32"],
      ["sensor", "fake-sensor", "fake"],
      ["sensor", "temperature", "tmp36"],
    ],
  );
  assert.deepEqual(
    inXs.config.components.map((component) => component.captureMethods.map((m) => [m.method, m.captureFrequencyHz, m.cacheSizeKb])),
    [
      [
        ["Analogs", 10, 8],
        ["Analogs", 2, 1],
        ["Gpios", 1, 1],
      ],
      [["Readings", 0.5, 1]],
      [["Readings", 1, 2]],
    ],
  );
  assert.deepEqual(inXs.config.dataManager.tags, ["example"]);
  assert.equal(inXs.epoch, 1);

  assert.deepEqual(await xs.run({ op: "summary" }), inXs);
  t.diagnostic(`xs live heap after boot: ${await xs.liveHeap()} slots`);
  await xs.run({ op: "close" });
  await node.run({ op: "close" });
});

test("a config with bad entries yields the same issues in XS as under Node, and the rest still boots", async (t) => {
  const config = JSON.parse(exampleText);
  const boardMethods = config.components[0].service_configs[0].attributes.capture_methods;
  boardMethods[1].capture_frequency_hz = 0;
  config.components[2].attributes.analog_reader = "no-such-reader";
  config.components.push({ name: "mystery", type: "sensor", model: "no-such-model" });
  config.services[0].attributes.tags = ["ok", "not ok!"];
  const command = { op: "boot", config: JSON.stringify(config) };
  const { xs, node } = await engines(t);

  const inXs = await xs.run(command);
  reportMeter(t, "boot with bad entries", xs.meter);
  const inNode = await node.run(command);

  assert.deepEqual(inXs, inNode);
  assert.deepEqual(xs.logs, node.logs);
  const paths = inXs.issues.map((issue) => issue.path);
  for (const expected of [
    "components[0].service_configs[0].attributes.capture_methods[1].capture_frequency_hz",
    "components[2].attributes.analog_reader",
    "components[3].model",
    "services[0].attributes.tags[1]",
  ]) {
    assert.ok(paths.includes(expected), `expected an issue at ${expected}, got ${paths.join(", ")}`);
  }
  assert.deepEqual(
    inXs.resources.map(({ name }) => name.name),
    ["board", "fake-sensor"],
  );
});

test("unreadable config JSON is refused the same way in both engines", async (t) => {
  const { xs, node } = await engines(t);
  const command = { op: "boot", config: "{ not json" };
  const inXs = await xs.run(command).then(
    () => assert.fail("XS booted unreadable JSON"),
    (error) => error.remote,
  );
  const inNode = await node.run(command).then(
    () => assert.fail("Node booted unreadable JSON"),
    (error) => error.remote,
  );
  assert.equal(inXs.name, "ConfigSyntaxError");
  assert.equal(inNode.name, "ConfigSyntaxError");
});
