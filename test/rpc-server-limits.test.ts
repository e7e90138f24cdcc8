// The limits that keep a peer from exhausting the board: streams per connection, connections,
// header sizes, idle time (in virtual time), and output to a peer that does not read.
import assert from "node:assert/strict";
import net from "node:net";
import { afterEach, describe, it } from "node:test";
import { ErrorCode } from "../src/rpc/http2/errors.ts";
import { Flag, FrameType, encodeFrame } from "../src/rpc/http2/frame.ts";
import { writeInteger } from "../src/rpc/http2/hpack-encoder.ts";
import { OUTPUT_HIGH_WATER_BYTES, READ_CHUNK_BYTES } from "../src/rpc/server/limits.ts";
import { RawH2, startServer, unframe, until, type TestServer } from "./rpc-server-harness.ts";

const servers: TestServer[] = [];
const peers: Array<{ close(): void }> = [];
afterEach(() => {
  for (const peer of peers.splice(0)) peer.close();
  for (const server of servers.splice(0)) server.close();
});

async function serve(limits = {}): Promise<TestServer> {
  const t = await startServer({ limits });
  servers.push(t);
  return t;
}

function h2(t: TestServer, options: ConstructorParameters<typeof RawH2>[1] = {}): RawH2 {
  const peer = new RawH2(t.port, options);
  peers.push(peer);
  return peer;
}

function http1(t: TestServer) {
  const socket = net.connect(t.port, "127.0.0.1");
  socket.on("error", () => {});
  const state = { text: "", closed: false, socket, close: () => socket.destroy() };
  socket.on("data", (chunk) => (state.text += chunk.toString("latin1")));
  socket.on("close", () => (state.closed = true));
  peers.push(state);
  return state;
}

describe("streams per connection", () => {
  it("refuses streams beyond MAX_CONCURRENT_STREAMS with REFUSED_STREAM and serves them once others end", async () => {
    const t = await serve();
    const peer = h2(t);
    for (let id = 1; id <= 9; id += 2) peer.call(id, Buffer.from(""), "/test.Echo/Hang");
    assert.equal(await peer.rst(9), ErrorCode.REFUSED_STREAM);
    assert.equal(t.server.stats().refusedStreams, 1);
    await until(() => t.service.hanging === 4, "four calls");
    t.service.release(Buffer.from("ok"));
    await peer.response(7);
    peer.call(11, Buffer.from("room again"));
    assert.equal(Buffer.from(unframe((await peer.response(11)).data)).toString(), "room again");
  });
});

describe("connections", () => {
  it("answers connections over the limit with the reason (UNAVAILABLE, GOAWAY or 503), and serves again when one closes", async () => {
    const t = await serve({ maxConnections: 2 });
    const first = h2(t);
    const second = http1(t);
    second.socket.write("OPTIONS / HTTP/1.1\r\n\r\n");
    await first.waitFor((f) => f.type === FrameType.SETTINGS);
    await until(() => second.text.includes("204"), "the second connection's answer");

    // grpc-go's blocking dial counts the connection as made once SETTINGS arrive, so its first call
    // must carry the reason; the GOAWAY only follows that answer.
    const extraH2 = h2(t);
    await extraH2.waitFor((f) => f.type === FrameType.SETTINGS && (f.flags & Flag.ACK) !== 0, "the SETTINGS ACK");
    assert.equal(extraH2.frames.some((f) => f.type === FrameType.GOAWAY), false, "no GOAWAY before the first request");
    extraH2.call(1, Buffer.from("x"));
    const refused = await extraH2.response(1);
    assert.equal(refused.fields.get("grpc-status"), "14");
    assert.match(refused.fields.get("grpc-message") ?? "", /^too many connections: this board serves 2 at once/);
    const goaway = await extraH2.goaway();
    assert.equal(goaway.code, ErrorCode.ENHANCE_YOUR_CALM);
    assert.equal(goaway.lastStreamId, 1);
    assert.equal(goaway.debug, "too many connections");

    // One that never asks anything is told by GOAWAY alone when the refusal times out.
    const silent = h2(t);
    await silent.waitFor((f) => f.type === FrameType.SETTINGS, "SETTINGS");
    t.clock.advance(3_000);
    const timedOut = await silent.goaway();
    assert.equal(timedOut.lastStreamId, 0);
    assert.equal(timedOut.debug, "too many connections");

    const extraHttp = http1(t);
    extraHttp.socket.write("POST /test.Echo/Echo HTTP/1.1\r\ncontent-type: application/grpc-web\r\n\r\n");
    await until(() => extraHttp.closed, "the 503 and close");
    assert.match(extraHttp.text, /^HTTP\/1\.1 503 Service Unavailable\r\n/);

    assert.equal(t.server.stats().rejected, 3);
    first.close();
    await until(() => t.server.stats().connections === 1, "the slot to free");
    const next = h2(t);
    next.call(1, Buffer.from("served"));
    assert.equal(Buffer.from(unframe((await next.response(1)).data)).toString(), "served");
  });

  it("drops connections at once when even the refusals are too many", async () => {
    const t = await serve({ maxConnections: 1 });
    const served = h2(t);
    await served.waitFor((f) => f.type === FrameType.SETTINGS);
    // Silent: the refusal waits to see which protocol to refuse in.
    http1(t);
    await until(() => t.server.stats().connections === 2, "one served, one being refused");
    const dropped = http1(t);
    await until(() => dropped.closed, "the drop");
    assert.equal(dropped.text, "");
  });
});

describe("idle connections", () => {
  it("closes an HTTP/2 connection that sent nothing for the idle timeout with GOAWAY(NO_ERROR)", async () => {
    const t = await serve({ idleTimeoutMs: 10_000 });
    const peer = h2(t);
    peer.call(1, Buffer.from("x"));
    await peer.response(1);
    t.clock.advance(9_000);
    peer.frame(FrameType.PING, 0, 0, new Uint8Array(8));
    await peer.waitFor((f) => f.type === FrameType.PING);
    t.clock.advance(9_000);
    assert.equal(peer.closed, false, "a PING counts as activity");
    t.clock.advance(2_000);
    const goaway = await peer.goaway();
    assert.equal(goaway.code, ErrorCode.NO_ERROR);
    assert.equal(goaway.lastStreamId, 1);
    assert.equal(t.server.stats().idleClosed, 1);
  });

  it("does not close a connection whose call is still running", async () => {
    const t = await serve({ idleTimeoutMs: 10_000, callTimeoutMs: 60_000 });
    const peer = h2(t);
    peer.call(1, Buffer.from(""), "/test.Echo/Hang");
    await until(() => t.service.hanging === 1, "the call");
    t.clock.advance(30_000);
    t.service.release(Buffer.from("slow"));
    assert.equal(Buffer.from(unframe((await peer.response(1)).data)).toString(), "slow");
    t.clock.advance(11_000);
    await peer.goaway();
  });

  it("closes idle HTTP/1.1 keep-alive connections and silent new ones", async () => {
    const t = await serve({ idleTimeoutMs: 5_000 });
    const kept = http1(t);
    kept.socket.write("OPTIONS / HTTP/1.1\r\n\r\n");
    await until(() => kept.text.includes("204"), "the answer");
    const silent = http1(t);
    await until(() => t.server.stats().connections === 2, "both connections");
    t.clock.advance(6_000);
    await until(() => kept.closed && silent.closed, "both to close");
  });
});

describe("headers", () => {
  it("answers a header list over MAX_HEADER_LIST_SIZE with RESOURCE_EXHAUSTED and stays in step", async () => {
    const t = await serve();
    const peer = h2(t);
    // One 3000-octet field added to the dynamic table, then referenced three times by index (62):
    // a block of about 3 KB that decodes to a list of about 12 KB.
    const block = peer.encoder.encode([
      [":method", "POST"],
      [":scheme", "http"],
      [":path", "/test.Echo/Echo"],
      ["content-type", "application/grpc"],
    ]);
    const literal = new Uint8Array(3 + 3 + 3000);
    let at = writeInteger(literal, 0, 0x40, 6, 0);
    literal[at++] = 1;
    literal[at++] = 0x61;
    at = writeInteger(literal, at, 0x00, 7, 3000);
    literal.fill(0x62, at);
    const indexed = [0xbe, 0xbe, 0xbe];
    peer.frame(FrameType.HEADERS, Flag.END_HEADERS, 1, new Uint8Array([...block, ...literal.subarray(0, at + 3000), ...indexed]));
    const { fields } = await peer.response(1);
    assert.equal(fields.get("grpc-status"), "8");
    assert.equal(await peer.rst(1), ErrorCode.NO_ERROR);
    peer.request(3, "/test.Echo/Echo", [], Flag.END_HEADERS);
    peer.frame(FrameType.DATA, Flag.END_STREAM, 3, Uint8Array.of(0, 0, 0, 0, 1, 0x41));
    const response = await peer.response(3);
    assert.equal(Buffer.from(unframe(response.data)).toString(), "A");
  });
});

describe("a peer that does not read", () => {
  it("is not read either: output stays bounded, and everything is answered once it reads again", async () => {
    const t = await serve();
    const peer = h2(t);
    await peer.waitFor((f) => f.type === FrameType.SETTINGS);
    peer.socket.pause();
    const ping = encodeFrame(FrameType.PING, 0, 0, new Uint8Array(8));
    const batch = Buffer.concat(Array.from({ length: 1000 }, () => ping));
    // PINGs until the client cannot send any more: its answers fill the client's socket buffers, then
    // the server's queue, then the server stops reading, and the client's writes back up.
    let count = 0;
    for (;;) {
      count += 1000;
      if (peer.socket.write(batch)) continue;
      const drained = await new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), 200);
        peer.socket.once("drain", () => (clearTimeout(timer), resolve(true)));
      });
      if (!drained) break;
      assert.ok(count < 5_000_000, "the server kept reading without bound");
    }
    const limit = t.server.stats().connectionBufferLimit;
    const stalled = t.server.stats();
    assert.ok(peer.socket.writableLength > 0, "the client still cannot send: the server is not reading");
    // The queue stopped near its high-water mark: at most the answers to one more read beyond it.
    const bound = OUTPUT_HIGH_WATER_BYTES + 2 * READ_CHUNK_BYTES;
    assert.ok(stalled.bufferedBytes <= bound, `${stalled.bufferedBytes} octets held, more than ${bound}`);
    peer.socket.resume();
    await until(() => peer.pingAcks === count, "every PING answered", 20_000);
    assert.ok(t.server.stats().peakConnectionBufferedBytes <= limit);
  });
});
