// Shared by the rpc-server tests: an RpcServer on the simulated board's sockets (hosts/node/sockets.ts)
// with time on a VirtualClock, a small in-test UnaryService, and a raw HTTP/2 peer over net.Socket for
// the tests that must send exactly the bytes they mean.
import assert from "node:assert/strict";
import net from "node:net";
import { VirtualClock } from "../hosts/sim/clock.ts";
import { NodeSockets } from "../hosts/node/sockets.ts";
import type { LogLevel } from "../src/host.ts";
import { GrpcError, GrpcStatus } from "../src/rpc/grpc-status.ts";
import { FrameReader } from "../src/rpc/http2/frame-reader.ts";
import { Flag, FrameType, PREFACE, encodeFrame, encodeSettings, readU32, type Frame } from "../src/rpc/http2/frame.ts";
import { HpackDecoder } from "../src/rpc/http2/hpack-decoder.ts";
import { HpackEncoder } from "../src/rpc/http2/hpack-encoder.ts";
import type { CallContext, UnaryService } from "../src/rpc/server/handler.ts";
import type { ServerLimits } from "../src/rpc/server/limits.ts";
import { RpcServer } from "../src/rpc/server/rpc-server.ts";

export const tick = (ms = 1) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls (in real time, since sockets are real) until `check` holds; fails after `ms`. */
export async function until(check: () => boolean, what = "condition", ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await tick(2);
  }
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");
const bytesOf = (value: string) => new Uint8Array(Buffer.from(value, "utf8"));

/**
 * The in-test service: Echo returns the request; Fail rejects with NOT_FOUND and the request as the
 * message; Throw throws a plain Error; Hang never answers (until `release()`); Metadata answers with
 * the request headers as JSON. Anything else is UNIMPLEMENTED, as the real services answer.
 */
export class TestService implements UnaryService {
  readonly calls: Array<{ path: string; request: Uint8Array; context: CallContext }> = [];
  readonly #hanging: Array<(bytes: Uint8Array) => void> = [];

  async call(path: string, request: Uint8Array, context: CallContext): Promise<Uint8Array> {
    this.calls.push({ path, request, context });
    switch (path) {
      case "/test.Echo/Echo":
        return request;
      case "/test.Echo/Fail":
        throw new GrpcError(GrpcStatus.NOT_FOUND, text(request));
      case "/test.Echo/Throw":
        throw new Error("handler blew up");
      case "/test.Echo/Hang":
        return new Promise((resolve) => this.#hanging.push(resolve));
      case "/test.Echo/Metadata":
        return bytesOf(JSON.stringify(Object.fromEntries(context.metadata)));
      default:
        throw new GrpcError(GrpcStatus.UNIMPLEMENTED, `unknown method ${path}`);
    }
  }

  get hanging(): number {
    return this.#hanging.length;
  }

  release(response = new Uint8Array(0)): void {
    for (const resolve of this.#hanging.splice(0)) resolve(response);
  }
}

export interface TestServer {
  server: RpcServer;
  sockets: NodeSockets;
  clock: VirtualClock;
  service: TestService;
  port: number;
  logs: Array<[LogLevel, string]>;
  close(): void;
}

export async function startServer(options: { limits?: Partial<ServerLimits>; service?: TestService } = {}): Promise<TestServer> {
  const sockets = new NodeSockets();
  const clock = new VirtualClock();
  const service = options.service ?? new TestService();
  const logs: Array<[LogLevel, string]> = [];
  const server = new RpcServer({
    sockets,
    timers: clock,
    clock,
    log: (level, message) => logs.push([level, message]),
    service,
    port: 0,
    limits: options.limits,
  });
  await until(() => server.port !== 0, "the listener to bind");
  return {
    server,
    sockets,
    clock,
    service,
    port: server.port,
    logs,
    close() {
      server.close();
      assert.equal(sockets.openCount, 0, "the server left a socket open");
      sockets.close();
      assert.deepEqual(
        logs.filter(([level]) => level === "error"),
        [],
        "the server logged errors",
      );
    },
  };
}

export interface ReceivedFrame extends Frame {
  /** Decoded fields, for HEADERS (with their CONTINUATIONs). */
  fields?: Array<readonly [string, string]>;
}

/** An HTTP/2 client that sends exactly what a test says and records every frame that comes back. */
export class RawH2 {
  readonly frames: ReceivedFrame[] = [];
  /** PING ACKs received; only the first hundred are kept in `frames`. */
  pingAcks = 0;
  readonly socket: net.Socket;
  readonly encoder = new HpackEncoder();
  #reader = new FrameReader({ maxFrameSize: 1 << 20 });
  #decoder = new HpackDecoder({ maxHeaderListSize: 1 << 20 });
  #closed = false;
  #received = 0;

  constructor(port: number, options: { preface?: boolean; settings?: Array<[number, number]> } = {}) {
    this.socket = net.connect(port, "127.0.0.1");
    this.socket.on("error", () => {});
    this.socket.on("close", () => (this.#closed = true));
    this.socket.on("data", (chunk: Buffer) => {
      this.#received += chunk.length;
      this.#reader.push(new Uint8Array(chunk));
      for (let frame = this.#reader.next(); frame; frame = this.#reader.next()) {
        if (frame.type === FrameType.PING && frame.flags & Flag.ACK && ++this.pingAcks > 100) continue;
        const received: ReceivedFrame = { ...frame, payload: frame.payload.slice() };
        if (frame.type === FrameType.HEADERS) received.fields = [...this.#decoder.decode(frame.payload).fields];
        this.frames.push(received);
      }
    });
    if (options.preface !== false) {
      this.send(new Uint8Array(Buffer.from(PREFACE, "latin1")));
      this.send(encodeSettings(options.settings ?? []));
    }
  }

  get closed(): boolean {
    return this.#closed;
  }

  get receivedBytes(): number {
    return this.#received;
  }

  send(bytes: Uint8Array): void {
    if (!this.socket.destroyed) this.socket.write(bytes);
  }

  frame(type: number, flags: number, streamId: number, payload: Uint8Array = new Uint8Array(0)): void {
    this.send(encodeFrame(type, flags, streamId, payload));
  }

  /** HEADERS for a gRPC call on `streamId` (no END_STREAM), plus `extra` fields. */
  request(streamId: number, path = "/test.Echo/Echo", extra: Array<[string, string]> = [], flags: number = Flag.END_HEADERS): void {
    const block = this.encoder.encode([
      [":method", "POST"],
      [":scheme", "http"],
      [":path", path],
      [":authority", "localhost"],
      ["content-type", "application/grpc"],
      ["te", "trailers"],
      ...extra,
    ]);
    this.frame(FrameType.HEADERS, flags, streamId, block);
  }

  /** A whole unary call: HEADERS, then the message in one DATA frame with END_STREAM. */
  call(streamId: number, message: Uint8Array, path = "/test.Echo/Echo"): void {
    this.request(streamId, path);
    const body = new Uint8Array(5 + message.length);
    new DataView(body.buffer).setUint32(1, message.length);
    body.set(message, 5);
    this.frame(FrameType.DATA, Flag.END_STREAM, streamId, body);
  }

  async waitFor(predicate: (frame: ReceivedFrame) => boolean, what = "a frame"): Promise<ReceivedFrame> {
    let found: ReceivedFrame | undefined;
    await until(() => (found = this.frames.find(predicate)) !== undefined, what);
    return found as ReceivedFrame;
  }

  /** The GOAWAY the server sent, once the connection is closed. */
  async goaway(): Promise<{ lastStreamId: number; code: number; debug: string }> {
    const frame = await this.waitFor((f) => f.type === FrameType.GOAWAY, "GOAWAY");
    await until(() => this.#closed, "the server to close the connection");
    return {
      lastStreamId: readU32(frame.payload, 0),
      code: readU32(frame.payload, 4),
      debug: Buffer.from(frame.payload.subarray(8)).toString("latin1"),
    };
  }

  async rst(streamId: number): Promise<number> {
    const frame = await this.waitFor((f) => f.type === FrameType.RST_STREAM && f.streamId === streamId, `RST_STREAM on ${streamId}`);
    return readU32(frame.payload, 0);
  }

  /** The response of a stream: its header fields (all HEADERS frames) and DATA bytes, once it ended. */
  async response(streamId: number): Promise<{ fields: Map<string, string>; data: Uint8Array }> {
    await this.waitFor((f) => f.streamId === streamId && (f.flags & Flag.END_STREAM) !== 0, `the end of stream ${streamId}`);
    const fields = new Map<string, string>();
    const data: Uint8Array[] = [];
    for (const frame of this.frames.filter((f) => f.streamId === streamId)) {
      for (const [name, value] of frame.fields ?? []) fields.set(name, value);
      if (frame.type === FrameType.DATA) data.push(frame.payload);
    }
    return { fields, data: Buffer.concat(data) };
  }

  close(): void {
    this.socket.destroy();
  }
}

/** The gRPC message inside a response body (one length-prefixed frame). */
export function unframe(body: Uint8Array): Uint8Array {
  assert.ok(body.length >= 5, "response body shorter than a gRPC frame");
  const length = readU32(body, 1);
  assert.equal(body.length, 5 + length, "response body is one gRPC frame");
  return body.subarray(5);
}
