import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  FLAG_TRAILERS,
  GrpcFrameDecoder,
  GrpcFrameError,
  encodeFrame,
  encodeTrailersFrame,
  parseTrailers,
} from "../src/rpc/grpc-frame.ts";
import {
  GrpcError,
  GrpcStatus,
  decodeGrpcMessage,
  encodeGrpcMessage,
  grpcStatusName,
  parseGrpcStatus,
} from "../src/rpc/grpc-status.ts";
import { decodeGrpcWebResponse, grpcStatusFromHttp, type GrpcWebHttpResponse } from "../src/rpc/grpc-web-response.ts";

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe("gRPC framing", () => {
  it("prefixes a flag byte and a big-endian length", () => {
    const frame = encodeFrame(0, Uint8Array.of(7, 8, 9));
    assert.deepEqual([...frame], [0, 0, 0, 0, 3, 7, 8, 9]);
    const big = encodeFrame(0, new Uint8Array(0x01_02_03));
    assert.deepEqual([...big.subarray(0, 5)], [0, 0, 0x01, 0x02, 0x03]);
  });

  it("reassembles frames split at every possible byte boundary", () => {
    const stream = new Uint8Array([
      ...encodeFrame(0, Uint8Array.of(1, 2, 3, 4, 5, 6)),
      ...encodeFrame(0, new Uint8Array(0)),
      ...encodeTrailersFrame([["grpc-status", "0"]]),
    ]);
    for (let a = 0; a <= stream.length; a++) {
      for (let b = a; b <= stream.length; b++) {
        const decoder = new GrpcFrameDecoder();
        const frames = [
          ...decoder.push(stream.subarray(0, a)),
          ...decoder.push(stream.subarray(a, b)),
          ...decoder.push(stream.subarray(b)),
        ];
        assert.equal(frames.length, 3, `split at ${a},${b}`);
        assert.deepEqual([...frames[0].payload], [1, 2, 3, 4, 5, 6]);
        assert.equal(frames[1].payload.length, 0);
        assert.equal(frames[2].flags, FLAG_TRAILERS);
        assert.equal(decoder.idle, true);
      }
    }
  });

  it("reports a partial frame as not idle, and refuses frames over the limit before buffering them", () => {
    const decoder = new GrpcFrameDecoder({ maxPayloadBytes: 10 });
    assert.deepEqual(decoder.push(encodeFrame(0, new Uint8Array(10)).subarray(0, 7)), []);
    assert.equal(decoder.idle, false);
    assert.throws(
      () => new GrpcFrameDecoder({ maxPayloadBytes: 10 }).push(Uint8Array.of(0, 0, 0, 0, 11)),
      (error: unknown) => error instanceof GrpcFrameError && error.tooLarge,
    );
  });

  it("parses trailers case-insensitively, with or without CR, joining repeats", () => {
    const trailers = parseTrailers(ascii("Grpc-Status: 5\r\ngrpc-message: not%20here\r\nx-a: 1\nX-A: 2\r\n"));
    assert.equal(trailers.get("grpc-status"), "5");
    assert.equal(trailers.get("grpc-message"), "not%20here");
    assert.equal(trailers.get("x-a"), "1, 2");
    assert.throws(() => parseTrailers(ascii("no colon here\r\n")), GrpcFrameError);
  });

  it("round-trips trailers through the trailers frame", () => {
    const frame = encodeTrailersFrame([["grpc-status", "16"], ["grpc-message", encodeGrpcMessage("token expired")]]);
    assert.equal(frame[0], 0x80);
    const [decoded] = new GrpcFrameDecoder().push(frame);
    assert.deepEqual([...parseTrailers(decoded.payload)], [["grpc-status", "16"], ["grpc-message", "token expired"]]);
  });
});

describe("gRPC status", () => {
  it("percent-encodes grpc-message as UTF-8 and decodes it back", () => {
    const text = "bad value: 100% µ 🚀\nnext";
    const encoded = encodeGrpcMessage(text);
    assert.match(encoded, /^[\x20-\x7e]*$/);
    assert.ok(encoded.includes("100%25"));
    assert.equal(decodeGrpcMessage(encoded), text);
    assert.equal(decodeGrpcMessage("plain text"), "plain text");
  });

  it("leaves malformed escapes and invalid UTF-8 readable instead of failing", () => {
    assert.equal(decodeGrpcMessage("50%zz off"), "50%zz off");
    assert.equal(decodeGrpcMessage("%FF%FE"), "%FF%FE");
  });

  it("names codes and treats unparsable statuses as UNKNOWN", () => {
    assert.equal(grpcStatusName(14), "UNAVAILABLE");
    assert.equal(grpcStatusName(99), "code 99");
    assert.equal(parseGrpcStatus(" 16 "), 16);
    assert.equal(parseGrpcStatus("sixteen"), GrpcStatus.UNKNOWN);
    const error = new GrpcError(16, "expired");
    assert.equal(error.message, "UNAUTHENTICATED: expired");
    assert.equal(error.code, 16);
    assert.equal(error.grpcMessage, "expired");
  });
});

describe("gRPC-web response decoding", () => {
  const response = (over: Partial<GrpcWebHttpResponse>): GrpcWebHttpResponse => ({
    status: 200,
    reason: "OK",
    headers: new Map([["content-type", "application/grpc-web+proto"]]),
    body: new Uint8Array(0),
    trailers: new Map(),
    closeDelimited: false,
    ...over,
  });
  const ok = encodeTrailersFrame([["grpc-status", "0"]]);
  const rejects = (input: GrpcWebHttpResponse, code: number, message?: RegExp) =>
    assert.throws(
      () => decodeGrpcWebResponse(input),
      (error: unknown) => error instanceof GrpcError && error.code === code && (!message || message.test(error.grpcMessage)),
    );

  it("returns the one message of an OK response", () => {
    const body = new Uint8Array([...encodeFrame(0, Uint8Array.of(42)), ...ok]);
    assert.deepEqual([...decodeGrpcWebResponse(response({ body }))], [42]);
  });

  it("maps HTTP statuses that carry no grpc-status as gRPC specifies", () => {
    const table: Array<[number, number]> = [
      [400, GrpcStatus.INTERNAL],
      [401, GrpcStatus.UNAUTHENTICATED],
      [403, GrpcStatus.PERMISSION_DENIED],
      [404, GrpcStatus.UNIMPLEMENTED],
      [429, GrpcStatus.UNAVAILABLE],
      [502, GrpcStatus.UNAVAILABLE],
      [503, GrpcStatus.UNAVAILABLE],
      [504, GrpcStatus.UNAVAILABLE],
      [500, GrpcStatus.UNKNOWN],
    ];
    for (const [http, grpc] of table) {
      assert.equal(grpcStatusFromHttp(http), grpc);
      rejects(response({ status: http, reason: "X", headers: new Map([["content-type", "text/plain"]]) }), grpc, new RegExp(`HTTP ${http}`));
    }
  });

  it("prefers a grpc-status in the headers (trailers-only) over the HTTP status", () => {
    const headers = new Map([["grpc-status", "16"], ["grpc-message", "bad%20token"]]);
    rejects(response({ headers }), 16, /^bad token$/);
    rejects(response({ status: 404, headers: new Map([["grpc-status", "12"]]) }), 12);
  });

  it("reads the status from chunked HTTP trailers when there is no trailers frame", () => {
    const body = encodeFrame(0, Uint8Array.of(1));
    assert.deepEqual([...decodeGrpcWebResponse(response({ body, trailers: new Map([["grpc-status", "0"]]) }))], [1]);
    rejects(response({ body, trailers: new Map([["grpc-status", "7"]]) }), 7);
  });

  it("treats protocol violations as INTERNAL", () => {
    rejects(response({ body: encodeFrame(0, Uint8Array.of(1)) }), GrpcStatus.INTERNAL, /trailers/);
    rejects(response({ body: encodeFrame(0, Uint8Array.of(1, 2)).subarray(0, 6) }), GrpcStatus.INTERNAL, /frame/);
    rejects(response({ body: new Uint8Array([...encodeFrame(1, Uint8Array.of(1)), ...ok]) }), GrpcStatus.INTERNAL, /compressed/);
    rejects(response({ body: ok }), GrpcStatus.INTERNAL, /0 messages/);
    rejects(response({ body: new Uint8Array([...ok, ...encodeFrame(0, Uint8Array.of(1))]) }), GrpcStatus.INTERNAL, /after the trailers/);
    rejects(response({ body: encodeTrailersFrame([["x", "y"]]) }), GrpcStatus.INTERNAL, /without grpc-status/);
    rejects(response({ headers: new Map([["content-type", "text/html"]]) }), GrpcStatus.UNKNOWN, /content-type/);
  });

  it("treats a body cut short by the connection closing as UNAVAILABLE", () => {
    rejects(response({ body: encodeFrame(0, Uint8Array.of(1)), closeDelimited: true }), GrpcStatus.UNAVAILABLE);
  });

  it("refuses a message over the limit as RESOURCE_EXHAUSTED", () => {
    const body = new Uint8Array([...encodeFrame(0, new Uint8Array(100)), ...ok]);
    assert.throws(
      () => decodeGrpcWebResponse(response({ body }), { maxMessageBytes: 99 }),
      (error: unknown) => error instanceof GrpcError && error.code === GrpcStatus.RESOURCE_EXHAUSTED,
    );
  });
});
