// Calls answered before their request ends: what the headers alone decide is answered at once (a
// peer such as viam-server's reflection client never half-closes its stream), and every deadline
// runs from the headers, so a stream that never ends cannot hold a slot past it. Both transports.
import assert from "node:assert/strict";
import net from "node:net";
import { afterEach, describe, it } from "node:test";
import { GrpcError, GrpcStatus } from "../src/rpc/grpc-status.ts";
import { ErrorCode } from "../src/rpc/http2/errors.ts";
import { Flag, FrameType } from "../src/rpc/http2/frame.ts";
import type { CallContext } from "../src/rpc/server/handler.ts";
import type { ServerLimits } from "../src/rpc/server/limits.ts";
import { RawH2, TestService, startServer, unframe, until, type TestServer } from "./rpc-server-harness.ts";

const REFLECTION = "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo";
const SERVED = new Set(["/test.Echo/Echo", "/test.Echo/Hang", "/test.Echo/Secret"]);

/** The test service, plus the head-time check that the machine's service makes: unknown paths and
 *  a missing token are decided by the headers. */
class CheckedService extends TestService {
  check(path: string, context: CallContext): void {
    if (!SERVED.has(path)) throw new GrpcError(GrpcStatus.UNIMPLEMENTED, `unknown method ${path}`);
    if (path === "/test.Echo/Secret" && context.metadata.get("authorization") !== "Bearer ok") {
      throw new GrpcError(GrpcStatus.UNAUTHENTICATED, "no token");
    }
  }

  override call(path: string, request: Uint8Array, context: CallContext): Promise<Uint8Array> {
    return super.call(path === "/test.Echo/Secret" ? "/test.Echo/Echo" : path, request, context);
  }
}

const servers: TestServer[] = [];
const peers: Array<{ close(): void }> = [];
afterEach(() => {
  for (const peer of peers.splice(0)) peer.close();
  for (const server of servers.splice(0)) server.close();
});

async function serve(limits: Partial<ServerLimits> = {}): Promise<TestServer> {
  const t = await startServer({ limits, service: new CheckedService() });
  servers.push(t);
  return t;
}

function h2(t: TestServer): RawH2 {
  const peer = new RawH2(t.port);
  peers.push(peer);
  return peer;
}

function grpcFrame(message: string): Uint8Array {
  const body = new Uint8Array(5 + message.length);
  new DataView(body.buffer).setUint32(1, message.length);
  body.set(Buffer.from(message), 5);
  return body;
}

describe("HTTP/2: answers decided by the headers", () => {
  it("answers an unserved path (gRPC reflection) with trailers-only UNIMPLEMENTED while the stream is still open", async () => {
    const t = await serve();
    const peer = h2(t);
    peer.request(1, REFLECTION);
    peer.frame(FrameType.DATA, 0, 1, grpcFrame("file_containing_symbol"));
    const answer = await peer.response(1);
    assert.equal(answer.fields.get("grpc-status"), String(GrpcStatus.UNIMPLEMENTED));
    // Our side is done and the peer's is not: RST_STREAM(NO_ERROR) tells it to stop sending.
    assert.equal(await peer.rst(1), ErrorCode.NO_ERROR);
    assert.equal(t.service.calls.length, 0, "the service never ran");

    // The stream's slot is free again, and what the peer still sends on it (data, trailers) is
    // ignored, as RFC 9113 §5.1 asks after a RST_STREAM, not taken as a protocol error.
    peer.frame(FrameType.DATA, 0, 1, grpcFrame("late"));
    peer.frame(FrameType.HEADERS, Flag.END_HEADERS | Flag.END_STREAM, 1, peer.encoder.encode([["x-trailer", "1"]]));
    peer.call(3, Buffer.from("still served"));
    assert.equal(Buffer.from(unframe((await peer.response(3)).data)).toString(), "still served");
    assert.equal(peer.frames.some((f) => f.type === FrameType.GOAWAY), false);
  });

  it("answers a served path without a token UNAUTHENTICATED at the headers, and runs it with one", async () => {
    const t = await serve();
    const peer = h2(t);
    peer.request(1, "/test.Echo/Secret");
    assert.equal((await peer.response(1)).fields.get("grpc-status"), String(GrpcStatus.UNAUTHENTICATED));
    peer.request(3, "/test.Echo/Secret", [["authorization", "Bearer ok"]]);
    await until(() => t.clock.pending >= 2, "the call's deadline timer (after the idle sweep's)");
    assert.equal(peer.frames.some((f) => f.streamId === 3), false, "an open call waits for its request");
    peer.frame(FrameType.DATA, Flag.END_STREAM, 3, grpcFrame("hi"));
    assert.equal(Buffer.from(unframe((await peer.response(3)).data)).toString(), "hi");
  });
});

describe("HTTP/2: deadlines run from the headers", () => {
  it("ends a stream that never half-closes at its grpc-timeout with DEADLINE_EXCEEDED", async () => {
    const t = await serve();
    const peer = h2(t);
    peer.request(1, "/test.Echo/Echo", [["grpc-timeout", "500m"]]);
    peer.frame(FrameType.DATA, 0, 1, grpcFrame("never ends"));
    await until(() => t.clock.pending >= 2, "the deadline timer");
    t.clock.advance(499);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(peer.frames.some((f) => f.streamId === 1), false, "nothing before the deadline");
    t.clock.advance(1);
    const answer = await peer.response(1);
    assert.equal(answer.fields.get("grpc-status"), String(GrpcStatus.DEADLINE_EXCEEDED));
    assert.equal(await peer.rst(1), ErrorCode.NO_ERROR);
  });

  it("counts the wait for the body in the deadline, not only the call", async () => {
    const t = await serve();
    const peer = h2(t);
    peer.request(1, "/test.Echo/Hang", [["grpc-timeout", "1S"]]);
    await until(() => t.clock.pending >= 2, "the deadline timer");
    t.clock.advance(600);
    peer.frame(FrameType.DATA, Flag.END_STREAM, 1, grpcFrame("late body"));
    await until(() => t.service.hanging === 1, "the call to run");
    t.clock.advance(400);
    assert.equal((await peer.response(1)).fields.get("grpc-status"), String(GrpcStatus.DEADLINE_EXCEEDED));
  });

  it("frees the slots of half-open streams at the server's call timeout, so the connection is never wedged", async () => {
    const t = await serve({ callTimeoutMs: 30_000 });
    const peer = h2(t);
    for (let id = 1; id <= 7; id += 2) peer.request(id, "/test.Echo/Echo");
    peer.request(9, "/test.Echo/Echo");
    assert.equal(await peer.rst(9), ErrorCode.REFUSED_STREAM);
    t.clock.advance(30_000);
    for (let id = 1; id <= 7; id += 2) {
      assert.equal((await peer.response(id)).fields.get("grpc-status"), String(GrpcStatus.DEADLINE_EXCEEDED));
    }
    peer.call(11, Buffer.from("room again"));
    assert.equal(Buffer.from(unframe((await peer.response(11)).data)).toString(), "room again");
  });
});

/** A raw HTTP/1.1 peer that collects everything it receives. */
function http1(t: TestServer) {
  const socket = net.connect(t.port, "127.0.0.1");
  socket.on("error", () => {});
  const state = { text: "", closed: false, socket, close: () => socket.destroy() };
  socket.on("data", (chunk) => (state.text += chunk.toString("latin1")));
  socket.on("close", () => (state.closed = true));
  peers.push(state);
  return state;
}

const head = (path: string, length: number, extra = "") =>
  `POST ${path} HTTP/1.1\r\ncontent-type: application/grpc-web+proto\r\ncontent-length: ${length}\r\n${extra}\r\n`;

describe("gRPC-web over HTTP/1.1", () => {
  it("answers an unserved path as soon as its head arrives, reads past its body and keeps the connection", async () => {
    const t = await serve();
    const peer = http1(t);
    const body = Buffer.from(grpcFrame("xy"));
    peer.socket.write(head(REFLECTION, body.length));
    await until(() => peer.text.includes("grpc-status: 12"), "the answer before the body");
    peer.socket.write(body);
    const echo = Buffer.from(grpcFrame("again"));
    peer.socket.write(head("/test.Echo/Echo", echo.length));
    peer.socket.write(echo);
    await until(() => peer.text.split("HTTP/1.1 200").length === 3, "the second answer");
    assert.ok(peer.text.includes("again"));
    assert.equal(peer.closed, false);
    assert.equal(t.service.calls.length, 1, "only the Echo ran");
  });

  it("ends a request whose body stalls at its grpc-timeout, and closes the connection", async () => {
    const t = await serve();
    const peer = http1(t);
    peer.socket.write(head("/test.Echo/Echo", 20, "grpc-timeout: 2S\r\n"));
    peer.socket.write(Buffer.from([0, 0, 0, 0]));
    await until(() => t.clock.pending >= 2, "the deadline timer");
    t.clock.advance(2_000);
    await until(() => peer.closed, "the close");
    assert.match(peer.text, /grpc-status: 4\r\n/);
    assert.match(peer.text, /connection: close\r\n/);
  });
});
