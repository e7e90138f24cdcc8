// Sync's wire work inside the real XS engine: the SyncTask building DataCaptureUploadRequests from
// ring records (the example machine, captured in virtual time), and the gRPC-web client's response
// path parsing what the local cloud really answers (OK and each injected failure). The same bundle
// runs under Node in a child process; both engines must produce and read the same bytes. The
// requests XS built are also sent to the local cloud, which must store every reading in them.
import "@endo/init";
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildBundle } from "../../hosts/xs/bundle.mjs";
import { startXs } from "../../hosts/xs/harness.mjs";

const entry = fileURLToPath(new URL("../../hosts/xs/sync-entry.ts", import.meta.url));
const root = fileURLToPath(new URL("../..", import.meta.url));
const exampleConfig = readFileSync(new URL("../../examples/config.json", import.meta.url), "utf8");
const PART = { id: "xs-part-0001", secret: "xs-secret-Pq4" };
const WALL = Date.UTC(2025, 2, 3, 4, 5, 6);

const UNAVAILABLE = 14;
const UNAUTHENTICATED = 16;

// Runs the bundle under Node in a child process (this one is locked down by @endo/init). A command's
// reply is read after a macrotask, when every promise job it started has run, as xsnap does.
const nodeRunner = `
const vm = require("node:vm");
const { code, commands } = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
vm.runInThisContext(code);
(async () => {
  const replies = [];
  for (const command of commands) {
    const request = new TextEncoder().encode(JSON.stringify(command));
    const pending = globalThis.handleCommand(request.buffer);
    await new Promise((resolve) => setImmediate(resolve));
    replies.push(JSON.parse(new TextDecoder().decode(pending.result)));
  }
  process.stdout.write(JSON.stringify(replies));
})();
`;

function runUnderNode(code, commands) {
  const child = spawnSync(process.execPath, ["-e", nodeRunner], {
    input: JSON.stringify({ code, commands }),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout).map((reply) => {
    assert.ok(reply.ok, JSON.stringify(reply.error));
    return reply.value;
  });
}

// Sends request messages to a fresh local cloud over a raw socket, exactly as framed bytes, and
// hands back the raw HTTP responses: to the requests themselves, and to the first one again under
// each injected failure.
const cloudRunner = `
import net from "node:net";
import { readFileSync } from "node:fs";
const { startLocalCloud } = await import("./hosts/node/cloud/local-cloud.ts");
const { cloudClients } = await import("./hosts/node/cloud/protocol-clients.ts");
const { part, requests } = JSON.parse(readFileSync(0, "utf8"));
const cloud = await startLocalCloud({ parts: [{ ...part, config: { components: [] } }] });
const clients = await cloudClients(cloud.url, "grpc-web");
const { authorization } = await clients.login(part.id, part.secret);
const post = (path, hex) =>
  new Promise((resolve, reject) => {
    const message = Buffer.from(hex, "hex");
    const frame = Buffer.alloc(5 + message.length);
    frame.writeUInt32BE(message.length, 1);
    message.copy(frame, 5);
    const head =
      "POST " + path + " HTTP/1.1\\r\\nhost: 127.0.0.1:" + cloud.port + "\\r\\ncontent-type: application/grpc-web+proto\\r\\n" +
      "x-grpc-web: 1\\r\\nauthorization: " + authorization + "\\r\\ncontent-length: " + frame.length + "\\r\\nconnection: close\\r\\n\\r\\n";
    const socket = net.connect(cloud.port, "127.0.0.1");
    const chunks = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => resolve(Buffer.concat(chunks).toString("hex")));
    socket.write(Buffer.concat([Buffer.from(head, "latin1"), frame]));
  });
const ok = [];
for (const request of requests) ok.push(await post(request.path, request.hex));
const stored = cloud.counts({ partId: part.id });
const faults = {};
for (const kind of ["unavailable", "http503", "expire-tokens"]) {
  cloud.faults.next(kind, 1);
  faults[kind] = await post(requests[0].path, requests[0].hex);
}
clients.close();
await cloud.close();
process.stdout.write(JSON.stringify({ ok, stored, faults }));
`;

function throughLocalCloud(requests) {
  const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", cloudRunner], {
    cwd: root,
    input: JSON.stringify({ part: PART, requests }),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout);
}

// Capture for a minute, then one round that fails on its third upload (an ambiguous failure the
// task must retry), then a round that uploads the rest.
const script = [
  { op: "boot", config: exampleConfig, wall: WALL, partId: PART.id },
  { op: "advance", ms: 60_000 },
  { op: "task" },
  { op: "sync", hold: true },
  { op: "release" },
  { op: "release" },
  { op: "release", fail: { code: UNAVAILABLE, message: "connection closed mid-response" } },
  { op: "sync" },
  { op: "uploads" },
];

test("XS builds the same upload requests as Node, and reads the local cloud's answers as Node does", async (t) => {
  const { code } = await buildBundle({ entry });
  const xs = await startXs({ bundle: code, name: "sync", meteringLimit: 0 });
  t.after(() => xs.close());

  const inXs = [];
  for (const command of script) inXs.push(await xs.run(command));
  const inNode = runUnderNode(code, script);
  assert.deepEqual(inXs, inNode, "XS and Node took different steps or built different bytes");

  const names = inXs[0];
  assert.equal(names.length, 5, "the example machine's five collectors");
  assert.deepEqual(inXs[6], { holding: false, calls: 3, syncing: false });
  const { state, collectors, requests } = inXs.at(-1);
  assert.equal(state.consecutiveFailures, 0);
  assert.match(state.lastError, /connection closed mid-response/);
  // The failed upload was sent again, so one more request than batches.
  assert.equal(requests.length, state.uploadedBatches + 1);
  for (const collector of collectors) {
    assert.equal(collector.synced, collector.captured, `${collector.name}: all uploaded`);
    assert.ok(collector.captured > 0);
  }
  assert.equal(state.uploadedRecords, collectors.reduce((sum, c) => sum + c.captured, 0));
  for (const request of requests) {
    assert.equal(request.path, "/viam.app.datasync.v1.DataSyncService/DataCaptureUpload");
    assert.equal(request.hex.length, 2 * request.bytes);
  }
  assert.equal(requests[3].hex, requests[2].hex, "the retry repeats the failed batch byte for byte");

  // What XS built, as the cloud (official schemas) reads it; and what the cloud says back.
  const cloud = throughLocalCloud(requests);
  const stored = cloud.stored.reduce((sum, row) => sum + row.count, 0);
  assert.equal(stored, state.uploadedRecords + cloud.stored.reduce((sum, row) => sum + row.duplicates, 0));
  // The repeated batch's records, and only those, show as duplicates.
  const repeated = requests[2];
  assert.ok(repeated.records > 0);
  for (const row of cloud.stored) {
    const again = row.componentName === repeated.component && row.methodName === repeated.method;
    assert.equal(row.duplicates, again ? repeated.records : 0, `${row.componentName} ${row.methodName}`);
  }
  assert.deepEqual(
    cloud.stored.map((row) => `${row.componentType} ${row.componentName} ${row.methodName}`).sort(),
    [
      "rdk:component:board board Analogs",
      "rdk:component:board board Gpios",
      "rdk:component:sensor fake-sensor Readings",
      "rdk:component:sensor temperature Readings",
    ],
  );

  const answers = [
    ...cloud.ok.map((http) => ({ http, expect: { status: 200, message: "", fileId: "", binaryDataId: "" } })),
    { http: cloud.faults.unavailable, expect: { status: 200, code: UNAVAILABLE, grpcMessage: "local cloud: injected fault" } },
    { http: cloud.faults.http503, expect: { status: 503, code: UNAVAILABLE, grpcMessage: "HTTP 503 Service Unavailable" } },
    { http: cloud.faults["expire-tokens"], expect: { status: 200, code: UNAUTHENTICATED, grpcMessage: "access token expired" } },
  ];
  const parses = [];
  for (const { http } of answers) {
    // Byte by byte, and all at once: the parser must not care where the reads split.
    parses.push({ op: "parse", http, pieces: 1, close: true }, { op: "parse", http, pieces: http.length, close: true });
  }
  // Cut short: the last bytes of an OK answer never arrive before the connection closes.
  const cut = cloud.ok[0].slice(0, -6);
  parses.push({ op: "parse", http: cut, pieces: 7, close: true });
  const xsParsed = [];
  for (const command of parses) xsParsed.push(await xs.run(command));
  assert.deepEqual(xsParsed, runUnderNode(code, parses), "XS read a response differently from Node");
  for (const [i, { expect }] of answers.entries()) {
    for (const parsed of xsParsed.slice(2 * i, 2 * i + 2)) {
      for (const [key, value] of Object.entries(expect)) assert.equal(parsed[key], value, `answer ${i}: ${key}`);
    }
  }
  // The client turns this HttpError ("closed") into UNAVAILABLE.
  assert.equal(xsParsed.at(-1).thrown?.name, "HttpError", "a cut-short answer is a network failure, not a message");
});
