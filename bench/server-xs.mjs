// XS heap per open server connection (goal: under 8 KB). The RpcServer runs inside the real XS engine
// (hosts/xs/http2-entry.ts, minified) on in-memory sockets; N clients connect and finish the HTTP/2
// handshake (preface, SETTINGS both ways, ACK), and the live heap is counted after a full collection
// before and after. Measured twice: connections that only shook hands, and connections that replayed
// a recorded @grpc/grpc-js client (test/fixtures/h2-exchanges.json: two calls, Huffman-coded headers,
// entries left in the HPACK dynamic table) and stay open.
//
// The xsnap meter counts 32-byte slots only, not chunks (strings, buffers). The chunks a connection
// keeps are few and small: the 9-octet frame header buffer of its reader, and nothing else once idle
// (the server's own accounting, `bufferedBytes`, is reported alongside and should be 0).
//
// Runs in its own process because @agoric/xsnap needs the SES lockdown of @endo/init.
// `--json` ends the output with one line `{"xs": {...}}` for bench/run.ts to parse.
import "@endo/init";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildBundle } from "../hosts/xs/bundle.mjs";
import { startXs } from "../hosts/xs/harness.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "hosts", "xs", "http2-entry.ts");
const grpcJs = JSON.parse(readFileSync(join(root, "test", "fixtures", "h2-exchanges.json"), "utf8")).grpcJs.client;
// Without the GOAWAY frames that end the recording, so that the connections stay open.
let grpcJsOpen = grpcJs;
while (grpcJsOpen.slice(-34).startsWith("000008070000000000")) grpcJsOpen = grpcJsOpen.slice(0, -34);
const CONNECTIONS = 16;
const SLOT_BYTES = 32;

async function perConnection(xs, hex) {
  await xs.run({ op: "serve", maxConnections: CONNECTIONS + 1 });
  // One connection first, so that code paths run once (lazy tables, first-use allocations) are not
  // charged to the measured ones.
  await xs.run({ op: "connect", count: 1, hex });
  const before = await xs.liveHeap();
  const opened = await xs.run({ op: "connect", count: CONNECTIONS, hex });
  const after = await xs.liveHeap();
  const stats = await xs.run({ op: "stats" });
  if (stats.connections !== CONNECTIONS + 1) throw new Error(`expected ${CONNECTIONS + 1} open connections, got ${stats.connections}`);
  if (opened.received.some((bytes) => bytes === 0)) throw new Error("a connection got no answer");
  if (hex && stats.calls !== 2 * (CONNECTIONS + 1)) throw new Error(`expected ${2 * (CONNECTIONS + 1)} calls, got ${stats.calls}`);
  await xs.run({ op: "disconnect" });
  const slots = (after - before) / CONNECTIONS;
  return {
    connections: CONNECTIONS,
    slotsPerConnection: round(slots, 1),
    bytesPerConnection: Math.round(slots * SLOT_BYTES),
    serverBufferedBytes: stats.bufferedBytes,
  };
}

async function measure() {
  const { code, bytes } = await buildBundle({ entry, minify: true });
  const results = {};
  for (const [name, hex] of [
    ["handshake", undefined],
    ["afterGrpcJsCalls", grpcJsOpen],
  ]) {
    // A fresh engine each time, so that the two figures do not share a server.
    const xs = await startXs({ bundle: code, name: `server-${name}` });
    try {
      results[name] = await perConnection(xs, hex);
    } finally {
      await xs.close();
    }
  }
  return {
    bundleBytesMinified: bytes,
    goalBytesPerConnection: 8192,
    ...results,
    note: "XS live heap (32-byte slots) per open h2c connection, in-memory socket objects included; chunks are not counted by the meter",
  };
}

function round(value, digits) {
  return Number(value.toFixed(digits));
}

const json = process.argv.includes("--json");
const xs = await measure();
if (json) process.stdout.write(`${JSON.stringify({ xs })}\n`);
else process.stdout.write(`${JSON.stringify(xs, null, 2)}\n`);
