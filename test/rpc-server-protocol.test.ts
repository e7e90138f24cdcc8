// HTTP/2 as RFC 9113 has it, byte by byte from a raw socket: every protocol error gets the GOAWAY or
// RST_STREAM code the RFC names, and well-formed but unusual input (padding, CONTINUATION, PRIORITY,
// trailers, PING, GOAWAY from the client) is served.
import assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";
import { ErrorCode } from "../src/rpc/http2/errors.ts";
import { Flag, FrameType, Setting, encodeSettings, encodeWindowUpdate, readU32 } from "../src/rpc/http2/frame.ts";
import { RawH2, startServer, unframe, until, type TestServer } from "./rpc-server-harness.ts";

const servers: TestServer[] = [];
const peers: RawH2[] = [];
afterEach(() => {
  for (const peer of peers.splice(0)) peer.close();
  for (const server of servers.splice(0)) server.close();
});

async function connect(
  options: ConstructorParameters<typeof RawH2>[1] = {},
  limits: Parameters<typeof startServer>[0] = {},
): Promise<{ peer: RawH2; t: TestServer }> {
  const t = await startServer(limits);
  servers.push(t);
  const peer = new RawH2(t.port, options);
  peers.push(peer);
  return { peer, t };
}

const message = (text: string) => {
  const payload = Buffer.from(text);
  const body = new Uint8Array(5 + payload.length);
  new DataView(body.buffer).setUint32(1, payload.length);
  body.set(payload, 5);
  return body;
};
const u32 = (value: number) => Uint8Array.of(value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);

async function expectGoaway(peer: RawH2, code: number): Promise<void> {
  const goaway = await peer.goaway();
  assert.equal(goaway.code, code, `GOAWAY code ${goaway.code} (${goaway.debug}), expected ${code}`);
}

describe("connection setup", () => {
  it("sends its SETTINGS first and acknowledges the client's", async () => {
    const { peer } = await connect();
    const settings = await peer.waitFor((f) => f.type === FrameType.SETTINGS && f.flags === 0);
    assert.equal(peer.frames[0], settings, "SETTINGS is the first frame");
    const values = new Map<number, number>();
    for (let at = 0; at < settings.payload.length; at += 6) values.set((settings.payload[at] << 8) | settings.payload[at + 1], readU32(settings.payload, at + 2));
    assert.equal(values.get(Setting.MAX_CONCURRENT_STREAMS), 4);
    assert.equal(values.get(Setting.MAX_FRAME_SIZE), 16384);
    assert.equal(values.get(Setting.INITIAL_WINDOW_SIZE), 65535);
    assert.equal(values.get(Setting.MAX_HEADER_LIST_SIZE), 8192);
    await peer.waitFor((f) => f.type === FrameType.SETTINGS && f.flags === Flag.ACK, "SETTINGS ACK");
  });

  it("answers PING with the same eight octets", async () => {
    const { peer } = await connect();
    peer.frame(FrameType.PING, 0, 0, Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8));
    const ack = await peer.waitFor((f) => f.type === FrameType.PING);
    assert.equal(ack.flags, Flag.ACK);
    assert.deepEqual([...ack.payload], [1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("closes with PROTOCOL_ERROR when the first frame is not SETTINGS", async () => {
    const { peer } = await connect({ preface: false });
    peer.send(new Uint8Array(Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")));
    peer.frame(FrameType.PING, 0, 0, new Uint8Array(8));
    await expectGoaway(peer, ErrorCode.PROTOCOL_ERROR);
  });
});

describe("calls", () => {
  it("answers HEADERS, DATA, trailers; DATA is a gRPC frame and the trailers end the stream", async () => {
    const { peer } = await connect();
    peer.call(1, Buffer.from("hi"));
    const { fields, data } = await peer.response(1);
    const frames = peer.frames.filter((f) => f.streamId === 1).map((f) => [f.type, f.flags]);
    assert.deepEqual(frames, [
      [FrameType.HEADERS, Flag.END_HEADERS],
      [FrameType.DATA, 0],
      [FrameType.HEADERS, Flag.END_HEADERS | Flag.END_STREAM],
    ]);
    assert.equal(fields.get(":status"), "200");
    assert.equal(fields.get("content-type"), "application/grpc");
    assert.equal(fields.get("grpc-status"), "0");
    assert.equal(Buffer.from(unframe(data)).toString(), "hi");
  });

  it("answers an error with a trailers-only response", async () => {
    const { peer } = await connect();
    peer.call(1, Buffer.from("gone"), "/test.Echo/Fail");
    const { fields } = await peer.response(1);
    assert.equal(peer.frames.filter((f) => f.streamId === 1).length, 1);
    assert.equal(fields.get("grpc-status"), "5");
    assert.equal(fields.get("grpc-message"), "gone");
  });

  it("reads padded HEADERS and DATA, a header block split over CONTINUATION, and a PRIORITY flag", async () => {
    const { peer } = await connect();
    const block = peer.encoder.encode([
      [":method", "POST"],
      [":scheme", "http"],
      [":path", "/test.Echo/Echo"],
      ["content-type", "application/grpc"],
    ]);
    const padded = new Uint8Array(1 + 5 + 4 + 3);
    padded[0] = 3;
    padded.set(u32(0), 1);
    padded[5] = 15;
    padded.set(block.subarray(0, 4), 6);
    peer.frame(FrameType.HEADERS, Flag.PADDED | Flag.PRIORITY, 1, padded);
    peer.frame(FrameType.CONTINUATION, 0, 1, block.subarray(4, 10));
    peer.frame(FrameType.CONTINUATION, Flag.END_HEADERS, 1, block.subarray(10));
    const body = message("padded");
    const data = new Uint8Array(1 + body.length + 7);
    data[0] = 7;
    data.set(body, 1);
    peer.frame(FrameType.DATA, Flag.PADDED | Flag.END_STREAM, 1, data);
    const { data: response } = await peer.response(1);
    assert.equal(Buffer.from(unframe(response)).toString(), "padded");
  });

  it("takes the message over several DATA frames and client trailers as the end of the request", async () => {
    const { peer } = await connect();
    peer.request(1);
    const body = message("x".repeat(40_000));
    for (let at = 0; at < body.length; at += 10_000) peer.frame(FrameType.DATA, 0, 1, body.subarray(at, at + 10_000));
    peer.frame(FrameType.HEADERS, Flag.END_HEADERS | Flag.END_STREAM, 1, peer.encoder.encode([["x-trailer", "1"]]));
    const { fields } = await peer.response(1);
    // The test limit is 16 KB: the answer shows the body was gathered and judged as one message.
    assert.equal(fields.get("grpc-status"), "8");
  });

  it("answers non-gRPC requests with HTTP statuses", async () => {
    const { peer } = await connect();
    peer.frame(
      FrameType.HEADERS,
      Flag.END_HEADERS | Flag.END_STREAM,
      1,
      peer.encoder.encode([
        [":method", "GET"],
        [":scheme", "http"],
        [":path", "/"],
      ]),
    );
    peer.frame(
      FrameType.HEADERS,
      Flag.END_HEADERS | Flag.END_STREAM,
      3,
      peer.encoder.encode([
        [":method", "POST"],
        [":scheme", "http"],
        [":path", "/x"],
        ["content-type", "text/plain"],
      ]),
    );
    assert.equal((await peer.response(1)).fields.get(":status"), "405");
    assert.equal((await peer.response(3)).fields.get(":status"), "415");
  });

  it("stops a call on RST_STREAM and keeps serving", async () => {
    const { peer, t } = await connect();
    peer.call(1, Buffer.from(""), "/test.Echo/Hang");
    await until(() => t.service.hanging === 1, "the call to start");
    peer.frame(FrameType.RST_STREAM, 0, 1, u32(ErrorCode.CANCEL));
    peer.call(3, Buffer.from("after"));
    await peer.response(3);
    t.service.release(Buffer.from("late"));
    peer.call(5, Buffer.from("again"));
    await peer.response(5);
    assert.equal(peer.frames.filter((f) => f.streamId === 1 && f.type !== FrameType.WINDOW_UPDATE).length, 0, "nothing was sent on the reset stream");
  });

  it("ends an early answer with RST_STREAM(NO_ERROR) while the client is still sending", async () => {
    const { peer } = await connect();
    peer.request(1);
    peer.frame(FrameType.DATA, 0, 1, message("y".repeat(20_000)).subarray(0, 16_000));
    const { fields } = await peer.response(1);
    assert.equal(fields.get("grpc-status"), "8");
    assert.equal(await peer.rst(1), ErrorCode.NO_ERROR);
    peer.frame(FrameType.DATA, Flag.END_STREAM, 1, new Uint8Array(100));
    peer.call(3, Buffer.from("fine"));
    await peer.response(3);
  });

  it("finishes open calls after the client's GOAWAY, then closes", async () => {
    const { peer, t } = await connect();
    peer.call(1, Buffer.from(""), "/test.Echo/Hang");
    await until(() => t.service.hanging === 1, "the call to start");
    peer.frame(FrameType.GOAWAY, 0, 0, new Uint8Array(8));
    await peer.waitFor((f) => f.type === FrameType.GOAWAY, "the server's GOAWAY");
    t.service.release(Buffer.from("done"));
    const { fields } = await peer.response(1);
    assert.equal(fields.get("grpc-status"), "0");
    await until(() => peer.closed, "the server to close");
  });
});

describe("flow control", () => {
  it("holds response DATA until the client opens its window", async () => {
    const { peer } = await connect({ settings: [[Setting.INITIAL_WINDOW_SIZE, 3]] });
    await peer.waitFor((f) => f.type === FrameType.SETTINGS && f.flags === Flag.ACK);
    peer.call(1, Buffer.from("0123456789"));
    await peer.waitFor((f) => f.type === FrameType.DATA && f.streamId === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const sent = () => peer.frames.filter((f) => f.type === FrameType.DATA).reduce((sum, f) => sum + f.payload.length, 0);
    assert.equal(sent(), 3, "no more than the window");
    peer.send(encodeWindowUpdate(1, 100));
    const { data } = await peer.response(1);
    assert.equal(Buffer.from(unframe(data)).toString(), "0123456789");
  });

  it("gives the connection window back as it consumes DATA", async () => {
    const { peer } = await connect();
    // Room for all five echoes to come back.
    peer.send(encodeWindowUpdate(0, 100_000));
    for (let id = 1; id <= 9; id += 2) {
      peer.call(id, Buffer.from("z".repeat(16_000)));
      await peer.response(id);
    }
    const update = await peer.waitFor((f) => f.type === FrameType.WINDOW_UPDATE && f.streamId === 0, "a connection WINDOW_UPDATE");
    assert.ok(readU32(update.payload, 0) >= 32_768);
  });

  it("resets a stream sent more DATA than its window with FLOW_CONTROL_ERROR, once the client acknowledged it", async () => {
    const { peer } = await connect({}, { limits: { initialWindowSize: 100 } });
    await peer.waitFor((f) => f.type === FrameType.SETTINGS && f.flags === 0);
    peer.frame(FrameType.SETTINGS, Flag.ACK, 0);
    peer.request(1);
    peer.frame(FrameType.DATA, 0, 1, message("w".repeat(96)));
    assert.equal(await peer.rst(1), ErrorCode.FLOW_CONTROL_ERROR);
  });

  it("allows the protocol's default window until the client acknowledged a smaller one", async () => {
    const { peer } = await connect({}, { limits: { initialWindowSize: 100 } });
    peer.request(1);
    peer.frame(FrameType.DATA, Flag.END_STREAM, 1, message("v".repeat(1000)));
    assert.equal(Buffer.from(unframe((await peer.response(1)).data)).toString(), "v".repeat(1000));
  });

  it("rejects a connection window past 2^31-1 with FLOW_CONTROL_ERROR", async () => {
    const { peer } = await connect();
    peer.send(encodeWindowUpdate(0, 0x7fffffff));
    await expectGoaway(peer, ErrorCode.FLOW_CONTROL_ERROR);
  });

  it("resets a stream whose window passes 2^31-1 with FLOW_CONTROL_ERROR", async () => {
    const { peer, t } = await connect();
    peer.call(1, Buffer.from(""), "/test.Echo/Hang");
    await until(() => t.service.hanging === 1, "the call to start");
    peer.send(encodeWindowUpdate(1, 0x7fffffff));
    assert.equal(await peer.rst(1), ErrorCode.FLOW_CONTROL_ERROR);
  });

  it("rejects a WINDOW_UPDATE of zero with PROTOCOL_ERROR", async () => {
    const { peer } = await connect();
    peer.send(encodeWindowUpdate(0, 0));
    await expectGoaway(peer, ErrorCode.PROTOCOL_ERROR);
  });
});

describe("connection errors", () => {
  const cases: Array<[string, number, (peer: RawH2) => void]> = [
    ["DATA on stream 0", ErrorCode.PROTOCOL_ERROR, (p) => p.frame(FrameType.DATA, 0, 0, new Uint8Array(4))],
    ["DATA on an idle stream", ErrorCode.PROTOCOL_ERROR, (p) => p.frame(FrameType.DATA, 0, 7, new Uint8Array(4))],
    ["HEADERS on an even stream", ErrorCode.PROTOCOL_ERROR, (p) => p.request(2)],
    ["HEADERS on stream 0", ErrorCode.PROTOCOL_ERROR, (p) => p.request(0)],
    ["PUSH_PROMISE from a client", ErrorCode.PROTOCOL_ERROR, (p) => p.frame(FrameType.PUSH_PROMISE, Flag.END_HEADERS, 1, u32(2))],
    ["a frame over MAX_FRAME_SIZE", ErrorCode.FRAME_SIZE_ERROR, (p) => p.frame(FrameType.PING, 0, 0, new Uint8Array(16_385))],
    ["a malformed HPACK block", ErrorCode.COMPRESSION_ERROR, (p) => p.frame(FrameType.HEADERS, Flag.END_HEADERS, 1, Uint8Array.of(0x80))],
    ["an HPACK index past the table", ErrorCode.COMPRESSION_ERROR, (p) => p.frame(FrameType.HEADERS, Flag.END_HEADERS, 1, Uint8Array.of(0xff, 0x10))],
    ["padding longer than the frame", ErrorCode.PROTOCOL_ERROR, (p) => p.frame(FrameType.HEADERS, Flag.END_HEADERS | Flag.PADDED, 1, Uint8Array.of(9, 0x82))],
    ["a SETTINGS length not a multiple of 6", ErrorCode.FRAME_SIZE_ERROR, (p) => p.frame(FrameType.SETTINGS, 0, 0, new Uint8Array(5))],
    ["a SETTINGS ACK with a payload", ErrorCode.FRAME_SIZE_ERROR, (p) => p.frame(FrameType.SETTINGS, Flag.ACK, 0, new Uint8Array(6))],
    ["SETTINGS on a stream", ErrorCode.PROTOCOL_ERROR, (p) => p.frame(FrameType.SETTINGS, 0, 1)],
    ["ENABLE_PUSH of 2", ErrorCode.PROTOCOL_ERROR, (p) => p.send(encodeSettings([[Setting.ENABLE_PUSH, 2]]))],
    ["INITIAL_WINDOW_SIZE of 2^31", ErrorCode.FLOW_CONTROL_ERROR, (p) => p.send(encodeSettings([[Setting.INITIAL_WINDOW_SIZE, 0x80000000]]))],
    ["MAX_FRAME_SIZE below 16384", ErrorCode.PROTOCOL_ERROR, (p) => p.send(encodeSettings([[Setting.MAX_FRAME_SIZE, 16383]]))],
    ["PING of 7 octets", ErrorCode.FRAME_SIZE_ERROR, (p) => p.frame(FrameType.PING, 0, 0, new Uint8Array(7))],
    ["PING on a stream", ErrorCode.PROTOCOL_ERROR, (p) => p.frame(FrameType.PING, 0, 1, new Uint8Array(8))],
    ["RST_STREAM on stream 0", ErrorCode.PROTOCOL_ERROR, (p) => p.frame(FrameType.RST_STREAM, 0, 0, u32(0))],
    ["RST_STREAM on an idle stream", ErrorCode.PROTOCOL_ERROR, (p) => p.frame(FrameType.RST_STREAM, 0, 5, u32(0))],
    ["RST_STREAM of 3 octets", ErrorCode.FRAME_SIZE_ERROR, (p) => (p.request(1), p.frame(FrameType.RST_STREAM, 0, 1, new Uint8Array(3)))],
    ["WINDOW_UPDATE of 3 octets", ErrorCode.FRAME_SIZE_ERROR, (p) => p.frame(FrameType.WINDOW_UPDATE, 0, 0, new Uint8Array(3))],
    ["WINDOW_UPDATE on an idle stream", ErrorCode.PROTOCOL_ERROR, (p) => p.send(encodeWindowUpdate(9, 1))],
    ["PRIORITY on stream 0", ErrorCode.PROTOCOL_ERROR, (p) => p.frame(FrameType.PRIORITY, 0, 0, new Uint8Array(5))],
    ["GOAWAY on a stream", ErrorCode.PROTOCOL_ERROR, (p) => p.frame(FrameType.GOAWAY, 0, 1, new Uint8Array(8))],
    [
      "a frame between HEADERS and CONTINUATION",
      ErrorCode.PROTOCOL_ERROR,
      (p) => (p.request(1, "/test.Echo/Echo", [], 0), p.frame(FrameType.PING, 0, 0, new Uint8Array(8))),
    ],
    ["CONTINUATION without HEADERS", ErrorCode.PROTOCOL_ERROR, (p) => p.frame(FrameType.CONTINUATION, Flag.END_HEADERS, 1, Uint8Array.of(0x82))],
    [
      "CONTINUATION on another stream",
      ErrorCode.PROTOCOL_ERROR,
      (p) => (p.request(1, "/test.Echo/Echo", [], 0), p.frame(FrameType.CONTINUATION, Flag.END_HEADERS, 3, Uint8Array.of(0x82))),
    ],
    [
      "HEADERS reopening a closed stream",
      ErrorCode.STREAM_CLOSED,
      (p) => (p.call(3, Buffer.from("a")), setTimeout(() => p.request(1), 50)),
    ],
    [
      "a header block over the limit",
      ErrorCode.ENHANCE_YOUR_CALM,
      (p) => {
        p.request(1, "/test.Echo/Echo", [], 0);
        for (let i = 0; i < 10; i++) p.frame(FrameType.CONTINUATION, 0, 1, new Uint8Array(1000).fill(0x82));
      },
    ],
  ];
  for (const [name, code, send] of cases) {
    it(`answers ${name} with GOAWAY`, async () => {
      const { peer } = await connect();
      send(peer);
      await expectGoaway(peer, code);
    });
  }

  it("names the last stream it processed in GOAWAY", async () => {
    const { peer } = await connect();
    peer.call(1, Buffer.from("a"));
    peer.call(5, Buffer.from("b"));
    await peer.response(5);
    peer.frame(FrameType.DATA, 0, 0, new Uint8Array(1));
    assert.equal((await peer.goaway()).lastStreamId, 5);
  });
});

describe("stream errors", () => {
  const cases: Array<[string, number, (peer: RawH2) => void]> = [
    ["an upper-case field name", ErrorCode.PROTOCOL_ERROR, (p) => p.request(1, "/test.Echo/Echo", [["X-Upper", "1"]])],
    ["a connection-specific field", ErrorCode.PROTOCOL_ERROR, (p) => p.request(1, "/test.Echo/Echo", [["connection", "keep-alive"]])],
    [
      "a pseudo-header after a regular field",
      ErrorCode.PROTOCOL_ERROR,
      (p) => p.frame(FrameType.HEADERS, Flag.END_HEADERS, 1, p.encoder.encode([["x", "1"], [":method", "POST"], [":scheme", "http"], [":path", "/a"]])),
    ],
    ["a missing :path", ErrorCode.PROTOCOL_ERROR, (p) => p.frame(FrameType.HEADERS, Flag.END_HEADERS, 1, p.encoder.encode([[":method", "POST"], [":scheme", "http"]]))],
    ["DATA after END_STREAM", ErrorCode.STREAM_CLOSED, (p) => (p.call(1, Buffer.from(""), "/test.Echo/Hang"), p.frame(FrameType.DATA, 0, 1, new Uint8Array(1)))],
    ["trailers without END_STREAM", ErrorCode.PROTOCOL_ERROR, (p) => (p.request(1), p.frame(FrameType.HEADERS, Flag.END_HEADERS, 1, p.encoder.encode([["a", "b"]])))],
    ["a stream depending on itself", ErrorCode.PROTOCOL_ERROR, (p) => p.frame(FrameType.PRIORITY, 0, 1, Uint8Array.of(0, 0, 0, 1, 16))],
    ["PRIORITY of 4 octets", ErrorCode.FRAME_SIZE_ERROR, (p) => p.frame(FrameType.PRIORITY, 0, 1, new Uint8Array(4))],
  ];
  for (const [name, code, send] of cases) {
    it(`answers ${name} with RST_STREAM and keeps the connection`, async () => {
      const { peer } = await connect();
      send(peer);
      assert.equal(await peer.rst(1), code);
      peer.call(11, Buffer.from("still here"));
      assert.equal(Buffer.from(unframe((await peer.response(11)).data)).toString(), "still here");
      assert.equal(peer.closed, false);
    });
  }
});
