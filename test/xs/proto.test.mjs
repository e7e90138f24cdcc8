// The generated protobuf code inside the real XS engine: with no Buffer there, protobuf.js takes
// its Uint8Array paths for strings, floats and bytes, and must still write exactly the bytes that
// Node writes through Buffer. The same bundle runs in both engines.
import "@endo/init";
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildBundle } from "../../hosts/xs/bundle.mjs";
import { startXs } from "../../hosts/xs/harness.mjs";

const generated = fileURLToPath(new URL("../../src/proto/generated/viam.js", import.meta.url));

// Samples are built inside the engine, so values JSON cannot carry (-0, NaN, Infinity, raw bytes)
// reach the encoder unchanged. Replies carry bytes as hex.
const entrySource = `
import { google, proto, viam } from ${JSON.stringify(generated)};

const hex = (bytes) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
const unhex = (text) => Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));
const types = {
  upload: viam.app.datasync.v1.DataCaptureUploadRequest,
  auth: proto.rpc.v1.AuthenticateRequest,
  analog: viam.component.board.v1.ReadAnalogReaderResponse,
  interrupt: viam.component.board.v1.GetDigitalInterruptValueResponse,
  readings: viam.common.v1.GetReadingsResponse,
};

const value = (v) => {
  if (v === null) return { nullValue: 0 };
  if (typeof v === "number") return { numberValue: v };
  if (typeof v === "string") return { stringValue: v };
  if (typeof v === "boolean") return { boolValue: v };
  if (Array.isArray(v)) return { listValue: { values: v.map(value) } };
  return { structValue: struct(v) };
};
const struct = (o) => ({ fields: Object.fromEntries(Object.entries(o).map(([k, v]) => [k, value(v)])) });
const readings = {
  readings: {
    ascii: "temperature",
    long: "x".repeat(300),
    unicode: "Gewächshaus ☀ 🌱 \\u{10FFFF} \\u0000",
    numbers: [0, -0, 1, -1, 0.1, 1e-310, 5e-324, 1.7976931348623157e308, -Infinity, Infinity, NaN, 2 ** 53],
    flags: [true, false, null],
    nested: { deeper: { deepest: [[], {}] } },
  },
};

const samples = {
  upload: {
    metadata: {
      partId: "part-1",
      componentType: "rdk:component:sensor",
      componentName: "temperature",
      methodName: "Readings",
      type: viam.app.datasync.v1.DataType.DATA_TYPE_TABULAR_SENSOR,
      methodParameters: {
        pin: { typeUrl: "type.googleapis.com/google.protobuf.StringValue", value: google.protobuf.StringValue.encode({ value: "34" }).finish() },
        scale: { typeUrl: "type.googleapis.com/google.protobuf.DoubleValue", value: google.protobuf.DoubleValue.encode({ value: -0.125 }).finish() },
      },
      fileExtension: ".dat",
      tags: ["greenhouse", "zone ü"],
    },
    sensorContents: [
      { metadata: { timeRequested: { seconds: 1700000000, nanos: 123000000 }, timeReceived: { seconds: 1700000000, nanos: 125000000 } }, struct: struct(readings) },
      { metadata: { timeRequested: { seconds: 2 ** 40, nanos: 999999999 } }, binary: Uint8Array.of(0, 1, 254, 255) },
    ],
  },
  auth: { entity: "part-1", credentials: { type: "robot-secret", payload: "s3cr3t ✓" } },
  analog: { value: -2147483648, minRange: 0, maxRange: 3.3, stepSize: 3.3 / 4095 },
  interrupt: { value: -(2 ** 53) + 1 },
  readings: { readings: struct(readings).fields },
};

function handle(command) {
  if (command.op === "engine") return { buffer: typeof globalThis.Buffer };
  if (command.op === "encode") return Object.fromEntries(Object.entries(samples).map(([name, message]) => [name, hex(types[name].encode(message).finish())]));
  if (command.op === "decode") {
    const type = types[command.type];
    const message = type.decode(unhex(command.hex));
    const json = JSON.stringify(message, function (key, v) {
      const raw = this[key];
      if (raw instanceof Uint8Array) return { bytes: hex(raw) };
      if (typeof raw === "number" && !Number.isFinite(raw)) return String(raw);
      if (Object.is(raw, -0)) return "-0";
      return v;
    });
    return { json, again: hex(type.encode(message).finish()) };
  }
  throw new Error("unknown command " + command.op);
}

globalThis.handleCommand = (request) => {
  let reply;
  try {
    reply = { ok: true, value: handle(JSON.parse(new TextDecoder().decode(request))), logs: [] };
  } catch (error) {
    reply = { ok: false, error: { name: error.name, message: error.message, stack: error.stack }, logs: [] };
  }
  const bytes = new TextEncoder().encode(JSON.stringify(reply));
  return { result: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) };
};
`;

// Runs the bundle under Node in a child process (this one is locked down by @endo/init), where
// protobuf.js detects Node and writes through Buffer.
const nodeRunner = `
const vm = require("node:vm");
const { code, commands } = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
vm.runInThisContext(code);
const replies = commands.map((command) => {
  const request = new TextEncoder().encode(JSON.stringify(command));
  return JSON.parse(new TextDecoder().decode(globalThis.handleCommand(request.buffer).result));
});
process.stdout.write(JSON.stringify(replies));
`;

function runUnderNode(code, commands) {
  const child = spawnSync(process.execPath, ["-e", nodeRunner], { input: JSON.stringify({ code, commands }), encoding: "utf8" });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout).map((reply) => {
    assert.ok(reply.ok, JSON.stringify(reply.error));
    return reply.value;
  });
}

async function bundle() {
  const dir = mkdtempSync(join(tmpdir(), "proto-xs-"));
  try {
    const entry = join(dir, "entry.mjs");
    writeFileSync(entry, entrySource);
    return (await buildBundle({ entry })).code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("XS encodes and decodes every sample to the same bytes and values as Node", async (t) => {
  const code = await bundle();
  const xs = await startXs({ bundle: code, name: "proto" });
  t.after(() => xs.close());

  const [nodeEngine, inNode] = runUnderNode(code, [{ op: "engine" }, { op: "encode" }]);
  assert.deepEqual(await xs.run({ op: "engine" }), { buffer: "undefined" });
  assert.deepEqual(nodeEngine, { buffer: "function" });
  const inXs = await xs.run({ op: "encode" });
  assert.deepEqual(Object.keys(inXs), ["upload", "auth", "analog", "interrupt", "readings"]);
  for (const [name, hex] of Object.entries(inNode)) {
    assert.ok(hex.length > 0, name);
    assert.equal(inXs[name], hex, `${name}: XS bytes differ from Node`);
  }

  const decodes = Object.entries(inNode).map(([type, hex]) => ({ op: "decode", type, hex }));
  const nodeDecoded = runUnderNode(code, decodes);
  for (const [index, command] of decodes.entries()) {
    const decoded = await xs.run(command);
    assert.equal(decoded.again, command.hex, `${command.type}: XS decode then encode changed the bytes`);
    assert.equal(decoded.json, nodeDecoded[index].json, `${command.type}: XS decoded other values than Node`);
  }

  const upload = JSON.parse((await xs.run(decodes[0])).json);
  assert.equal(upload.sensorContents[1].metadata.timeRequested.seconds, 2 ** 40, "int64 as a plain number");
  assert.deepEqual(upload.sensorContents[1].binary, { bytes: "0001feff" });
  const numbers = upload.sensorContents[0].struct.fields.readings.structValue.fields.numbers.listValue.values;
  assert.deepEqual(
    numbers.map((entry) => entry.numberValue),
    [0, "-0", 1, -1, 0.1, 1e-310, 5e-324, 1.7976931348623157e308, "-Infinity", "Infinity", "NaN", 2 ** 53],
  );
  const interrupt = JSON.parse((await xs.run(decodes[3])).json);
  assert.equal(interrupt.value, -(2 ** 53) + 1);
});
