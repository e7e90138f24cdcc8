// The HTTP/2 code inside the real XS engine, on recorded byte exchanges with real peers
// (test/fixtures/h2-exchanges.json: @grpc/grpc-js and nghttp): the frame reader and HPACK decoder give
// the same frames and header fields as under Node, bytes split anywhere; the RFC 7541 examples decode
// the same; and the whole server, fed the recorded client bytes, answers byte for byte as under Node.
// One bundle (hosts/xs/http2-entry.ts) runs in both engines.
import "@endo/init";
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildBundle } from "../../hosts/xs/bundle.mjs";
import { startXs } from "../../hosts/xs/harness.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const entry = join(here, "..", "..", "hosts", "xs", "http2-entry.ts");
const exchanges = JSON.parse(readFileSync(join(here, "..", "fixtures", "h2-exchanges.json"), "utf8"));
const PREFACE_HEX = Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "latin1").toString("hex");

// Runs the bundle under Node in a child process (this one is locked down by @endo/init). Each command
// is answered once its promise jobs have run, as xsnap does.
const nodeRunner = `
const vm = require("node:vm");
const { code, commands } = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
vm.runInThisContext(code);
(async () => {
  const replies = [];
  for (const command of commands) {
    const pending = globalThis.handleCommand(new TextEncoder().encode(JSON.stringify(command)).buffer);
    await new Promise((resolve) => setImmediate(resolve));
    replies.push(JSON.parse(new TextDecoder().decode(pending.result)));
  }
  process.stdout.write(JSON.stringify(replies));
})();
`;

function runUnderNode(code, commands) {
  const child = spawnSync(process.execPath, ["-e", nodeRunner], { input: JSON.stringify({ code, commands }), encoding: "utf8" });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout).map((reply) => {
    assert.ok(reply.ok, JSON.stringify(reply.error));
    return reply.value;
  });
}

async function inBoth(t, commands) {
  const { code } = await buildBundle({ entry });
  const xs = await startXs({ bundle: code, name: "http2" });
  t.after(() => xs.close());
  const inXs = [];
  for (const command of commands) inXs.push(await xs.run(command));
  return { inXs, inNode: runUnderNode(code, commands) };
}

test("XS reads the recorded exchanges' frames and header blocks exactly as Node does", async (t) => {
  const commands = [];
  for (const { client, server } of Object.values(exchanges)) {
    assert.ok(client.startsWith(PREFACE_HEX), "a client stream starts with the preface");
    for (const chunk of [1, 7, 100, 100_000]) {
      commands.push({ op: "decode", hex: client, chunk, preface: true });
      commands.push({ op: "decode", hex: server, chunk });
    }
  }
  const { inXs, inNode } = await inBoth(t, commands);
  for (const [index, frames] of inXs.entries()) {
    assert.deepEqual(frames, inNode[index], `command ${index}: XS differs from Node`);
    assert.deepEqual(frames, inXs[index - (index % 8) + (index % 2)], "the same frames however the bytes were split");
  }

  // What the recordings hold: grpc-js's Huffman-coded request headers, and the server's answers.
  const grpcJsClient = inXs[0];
  const request = grpcJsClient.find((frame) => frame.fields);
  const fields = Object.fromEntries(request.fields);
  assert.equal(fields[":path"], "/test.Echo/Echo");
  assert.equal(fields.authorization, "Bearer 0123456789abcdef");
  assert.equal(fields["content-type"], "application/grpc");
  assert.match(fields["user-agent"], /^grpc-node-js\//);
  const second = grpcJsClient.filter((frame) => frame.fields)[1];
  assert.equal(Object.fromEntries(second.fields)[":path"], "/test.Echo/Fail", "the second request reuses the dynamic table");
  const grpcJsServer = inXs[1];
  const statuses = grpcJsServer.filter((frame) => frame.fields).map((frame) => Object.fromEntries(frame.fields)["grpc-status"]);
  assert.deepEqual(statuses.filter(Boolean), ["0", "5"]);
  const nghttpClient = inXs[8];
  assert.ok(nghttpClient.some((frame) => frame.type === 2), "nghttp's PRIORITY frames");
  assert.equal(Object.fromEntries(nghttpClient.find((frame) => frame.fields).fields)["user-agent"].startsWith("nghttp2/"), true);
});

test("XS decodes the RFC 7541 Appendix C examples as Node does", async (t) => {
  const commands = [
    {
      op: "hpack",
      maxTableSize: 4096,
      blocks: ["828684418cf1e3c2e5f23a6ba0ab90f4ff", "828684be5886a8eb10649cbf", "828785bf408825a849e95ba97d7f8925a849e95bb8e8b4bf"],
    },
    {
      op: "hpack",
      maxTableSize: 256,
      blocks: [
        "488264025885aec3771a4b6196d07abe941054d444a8200595040b8166e082a62d1bff6e919d29ad171863c78f0b97c8e9ae82ae43d3",
        "4883640effc1c0bf",
        "88c16196d07abe941054d444a8200595040b8166e084a62d1bffc05a839bd9ab77ad94e7821dd7f2e6c7b335dfdfcd5b3960d5af27087f3672c1ab270fb5291f9587316065c003ed4ee5b1063d5007",
      ],
    },
  ];
  const { inXs, inNode } = await inBoth(t, commands);
  assert.deepEqual(inXs, inNode);
  assert.deepEqual(
    inXs[0].map((block) => block.table),
    [57, 110, 164],
  );
  assert.deepEqual(inXs[1][2].fields.at(-1), ["set-cookie", "foo=ASDJKHQKBZXOQWEOPIUAXQWEOIU; max-age=3600; version=1"]);
  assert.deepEqual(
    inXs[1].map((block) => block.table),
    [222, 222, 215],
  );
});

/** The client bytes without the GOAWAY frames that end them: over the real socket the client closed
 *  right after them, before the server could answer with its own GOAWAY. */
function withoutGoaways(hex) {
  let rest = hex;
  while (rest.length >= 34 && rest.slice(-34).startsWith("000008070000000000")) rest = rest.slice(0, -34);
  return rest;
}

test("the server in XS answers the recorded clients byte for byte as under Node", async (t) => {
  // Every replay keeps its connection open: room for all of them.
  const commands = [{ op: "serve", maxConnections: 8 }];
  for (const { client } of Object.values(exchanges)) {
    assert.notEqual(withoutGoaways(client), client);
    for (const chunk of [3, 64, 100_000]) commands.push({ op: "replay", hex: withoutGoaways(client), chunk });
  }
  commands.push({ op: "replay", hex: exchanges.grpcJs.client, chunk: 100_000 });
  commands.push({ op: "stats" });
  const { inXs, inNode } = await inBoth(t, commands);
  assert.deepEqual(inXs, inNode);
  const [grpcJs, , , nghttp] = inXs.slice(1);
  assert.equal(grpcJs, exchanges.grpcJs.server, "grpc-js: the bytes the server sent over a real socket");
  assert.equal(nghttp, exchanges.nghttp.server, "nghttp: the bytes the server sent over a real socket");
  assert.equal(inXs[2], grpcJs, "the same answer however the client bytes were split");
  assert.equal(inXs[3], grpcJs);
  assert.equal(inXs[5], nghttp);
  assert.equal(inXs[6], nghttp);
  // With the client's GOAWAY: the server's own GOAWAY (last stream 3, NO_ERROR) comes too.
  assert.ok(inXs[7].includes("000008070000000000" + "00000003" + "00000000"));
  const stats = inXs.at(-1);
  assert.equal(stats.calls, 11);
  assert.deepEqual(stats.logs, []);
});
