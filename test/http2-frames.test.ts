// HTTP/2 framing (RFC 9113 §4, §6): the incremental frame reader on bytes split anywhere, its size
// limit, padding, SETTINGS payloads, and the encoders' exact bytes.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ErrorCode, Http2Error } from "../src/rpc/http2/errors.ts";
import { FrameReader } from "../src/rpc/http2/frame-reader.ts";
import {
  Flag,
  FrameType,
  encodeFrame,
  encodeGoaway,
  encodeRstStream,
  encodeSettings,
  encodeWindowUpdate,
  parseSettings,
  stripPadding,
  type Frame,
} from "../src/rpc/http2/frame.ts";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const frames = (reader: FrameReader, bytes: Uint8Array): Frame[] => {
  reader.push(bytes);
  const out: Frame[] = [];
  for (let frame = reader.next(); frame; frame = reader.next()) out.push({ ...frame, payload: frame.payload.slice() });
  return out;
};

describe("frame encoding", () => {
  it("writes the 9-octet header and the payload", () => {
    assert.equal(hex(encodeFrame(FrameType.DATA, Flag.END_STREAM, 0x12345, Uint8Array.of(0xaa, 0xbb))), "000002000100012345aabb");
    assert.equal(hex(encodeFrame(FrameType.HEADERS, 0, 0x80000001)), "000000010000000001", "the reserved bit is cleared");
  });

  it("writes SETTINGS, GOAWAY, RST_STREAM and WINDOW_UPDATE payloads", () => {
    assert.equal(hex(encodeSettings([[3, 4], [5, 16384]])), "00000c040000000000" + "000300000004" + "000500004000");
    assert.equal(hex(encodeGoaway(7, ErrorCode.ENHANCE_YOUR_CALM, "hi")), "00000a070000000000" + "00000007" + "0000000b" + "6869");
    assert.equal(hex(encodeRstStream(3, ErrorCode.REFUSED_STREAM)), "000004030000000003" + "00000007");
    assert.equal(hex(encodeWindowUpdate(0, 65535)), "000004080000000000" + "0000ffff");
  });
});

describe("frame reader", () => {
  const stream = new Uint8Array(Buffer.concat([
    encodeSettings([[4, 100]]),
    encodeFrame(FrameType.HEADERS, Flag.END_HEADERS, 1, new Uint8Array(40).fill(0x82)),
    encodeFrame(FrameType.DATA, Flag.END_STREAM, 1, new Uint8Array(1000).map((_, i) => i)),
    encodeFrame(FrameType.PING, 0, 0, new Uint8Array(8)),
  ]));

  it("gives the same frames however the bytes are split", () => {
    const whole = frames(new FrameReader({ maxFrameSize: 16384 }), stream);
    assert.deepEqual(
      whole.map((f) => [f.type, f.flags, f.streamId, f.payload.length]),
      [
        [FrameType.SETTINGS, 0, 0, 6],
        [FrameType.HEADERS, Flag.END_HEADERS, 1, 40],
        [FrameType.DATA, Flag.END_STREAM, 1, 1000],
        [FrameType.PING, 0, 0, 8],
      ],
    );
    for (const size of [1, 2, 5, 9, 10, 17, 100, 999]) {
      const reader = new FrameReader({ maxFrameSize: 16384 });
      const got: Frame[] = [];
      for (let at = 0; at < stream.length; at += size) got.push(...frames(reader, stream.subarray(at, at + size)));
      assert.deepEqual(got, whole, `pieces of ${size}`);
      assert.equal(reader.bufferedBytes, 0);
    }
  });

  it("holds no more than one frame's header and payload between pushes", () => {
    const reader = new FrameReader({ maxFrameSize: 16384 });
    frames(reader, stream.subarray(0, 15 + 9 + 40 + 9 + 10));
    assert.equal(reader.bufferedBytes, 9 + 1000);
  });

  it("rejects a frame over the limit as soon as its header arrives", () => {
    const reader = new FrameReader({ maxFrameSize: 16384 });
    assert.throws(
      () => frames(reader, encodeFrame(FrameType.DATA, 0, 1, new Uint8Array(16385)).subarray(0, 9)),
      (error: unknown) => error instanceof Http2Error && error.code === ErrorCode.FRAME_SIZE_ERROR && error.streamId === 0,
    );
  });

  it("masks the reserved bit of the stream id", () => {
    const bytes = encodeFrame(FrameType.PING, 0, 0, new Uint8Array(8));
    bytes[5] = 0x80;
    assert.equal(frames(new FrameReader({ maxFrameSize: 16384 }), bytes)[0].streamId, 0);
  });
});

describe("payloads", () => {
  it("strips padding, and rejects padding that does not fit", () => {
    const padded = { type: FrameType.DATA, flags: Flag.PADDED, streamId: 1, payload: Uint8Array.of(2, 7, 8, 9, 0, 0) };
    assert.deepEqual([...stripPadding(padded)], [7, 8, 9]);
    assert.deepEqual([...stripPadding({ ...padded, flags: 0 })], [2, 7, 8, 9, 0, 0]);
    const protocolError = (error: unknown) => error instanceof Http2Error && error.code === ErrorCode.PROTOCOL_ERROR;
    assert.throws(() => stripPadding({ ...padded, payload: Uint8Array.of(5, 1, 2, 3, 4) }), protocolError);
    assert.throws(() => stripPadding({ ...padded, payload: new Uint8Array(0) }), protocolError);
  });

  it("reads SETTINGS pairs and rejects a partial one", () => {
    assert.deepEqual(parseSettings(Uint8Array.of(0, 4, 0, 1, 0, 0, 0, 5, 0, 0, 0x40, 0)), [
      [4, 65536],
      [5, 16384],
    ]);
    assert.throws(
      () => parseSettings(new Uint8Array(7)),
      (error: unknown) => error instanceof Http2Error && error.code === ErrorCode.FRAME_SIZE_ERROR,
    );
  });
});
