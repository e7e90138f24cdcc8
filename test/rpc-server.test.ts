// RpcServer against real peers: @grpc/grpc-js over h2c (what viam-server's dialer speaks),
// @connectrpc/connect-node over HTTP/2 and over gRPC-web/HTTP/1.1, the firmware's own gRPC-web client,
// fetch for CORS, and the official Viam SDK dialing with each of its transports.
import assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";
import { MethodKind, ScalarType, proto3 } from "@bufbuild/protobuf";
import { Code, ConnectError, createPromiseClient, type Transport } from "@connectrpc/connect";
import { createGrpcTransport, createGrpcWebTransport } from "@connectrpc/connect-node";
import * as grpc from "@grpc/grpc-js";
import { RealClock } from "../hosts/node/real-clock.ts";
import { SimBoard } from "../hosts/sim/board.ts";
import { SimFlash } from "../hosts/sim/flash.ts";
import { MemoryKeyValue } from "../hosts/sim/key-value.ts";
import { createMemoryHost } from "../hosts/sim/memory-host.ts";
import { NodeSockets } from "../hosts/node/sockets.ts";
import { viam } from "../src/proto/generated/viam.js";
import { GrpcError, GrpcStatus } from "../src/rpc/grpc-status.ts";
import { GrpcWebClient } from "../src/rpc/grpc-web-client.ts";
import type { CallContext } from "../src/rpc/server/handler.ts";
import { TestService, startServer, until, type TestServer } from "./rpc-server-harness.ts";

const servers: TestServer[] = [];
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  for (const server of servers.splice(0)) server.close();
});

async function serve(options: Parameters<typeof startServer>[0] = {}): Promise<TestServer> {
  const server = await startServer(options);
  servers.push(server);
  return server;
}

const bytes = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

function grpcClient(port: number) {
  const client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  cleanups.push(() => client.close());
  const identity = (value: Buffer) => value;
  return (path: string, request: Uint8Array, metadata = new grpc.Metadata(), options: grpc.CallOptions = {}) =>
    new Promise<Buffer>((resolve, reject) =>
      client.makeUnaryRequest(path, identity, identity, Buffer.from(request), metadata, options, (error, response) =>
        error ? reject(error) : resolve(response as Buffer),
      ),
    );
}

describe("gRPC over h2c with @grpc/grpc-js", () => {
  it("makes unary calls and passes the request bytes and metadata through", async () => {
    const { port, service } = await serve();
    const call = grpcClient(port);
    const metadata = new grpc.Metadata();
    metadata.set("authorization", "Bearer abc");
    metadata.set("trace-bin", Buffer.from([0, 1, 255]));
    assert.equal((await call("/test.Echo/Echo", bytes("hello"), metadata)).toString(), "hello");
    const seen = service.calls[0];
    assert.equal(seen.path, "/test.Echo/Echo");
    assert.equal(Buffer.from(seen.request).toString(), "hello");
    assert.equal(seen.context.metadata.get("authorization"), "Bearer abc");
    assert.equal(seen.context.metadata.get("content-type"), "application/grpc");
    assert.equal(Buffer.from(seen.context.metadata.get("trace-bin") ?? "", "base64").toString("hex"), "0001ff", "-bin values are left as sent");
    assert.ok(![...seen.context.metadata.keys()].some((name) => name.startsWith(":")), "pseudo-headers are not metadata");
    assert.equal((await call("/test.Echo/Echo", new Uint8Array(0))).length, 0, "an empty message");
  });

  it("reports the service's status and percent-encoded message", async () => {
    const { port } = await serve();
    const call = grpcClient(port);
    await assert.rejects(call("/test.Echo/Fail", bytes("no such pin: ü 100%")), (error: grpc.ServiceError) => {
      assert.equal(error.code, grpc.status.NOT_FOUND);
      assert.equal(error.details, "no such pin: ü 100%");
      return true;
    });
    await assert.rejects(call("/viam.Unknown/Method", bytes("")), { code: grpc.status.UNIMPLEMENTED });
    await assert.rejects(call("/test.Echo/Throw", bytes("")), { code: grpc.status.UNKNOWN, details: "handler blew up" });
  });

  it("carries messages up to the limit and refuses larger ones with RESOURCE_EXHAUSTED", async () => {
    const { port, server } = await serve();
    const call = grpcClient(port);
    const limit = server.limits.maxMessageBytes;
    const big = new Uint8Array(limit).map((_, i) => i * 7);
    assert.deepEqual(new Uint8Array(await call("/test.Echo/Echo", big)), big);
    await assert.rejects(call("/test.Echo/Echo", new Uint8Array(limit + 1)), { code: grpc.status.RESOURCE_EXHAUSTED });
    await assert.rejects(call("/test.Echo/Echo", new Uint8Array(200_000)), { code: grpc.status.RESOURCE_EXHAUSTED });
    assert.equal((await call("/test.Echo/Echo", bytes("still fine"))).toString(), "still fine");
  });

  it("serves more concurrent calls than streams allowed: the client queues on MAX_CONCURRENT_STREAMS", async () => {
    const { port, service, server } = await serve();
    const call = grpcClient(port);
    await call("/test.Echo/Echo", bytes("warm up"));
    const hanging = Array.from({ length: 6 }, () => call("/test.Echo/Hang", bytes("")));
    await until(() => service.hanging === 4, "four calls to reach the service");
    service.release(bytes("first"));
    await until(() => service.hanging === 2, "the queued calls to follow");
    service.release(bytes("second"));
    const answers = (await Promise.all(hanging)).map((b) => b.toString()).sort();
    assert.deepEqual(answers, ["first", "first", "first", "first", "second", "second"]);
    const echoes = await Promise.all(Array.from({ length: 20 }, (_, i) => call("/test.Echo/Echo", bytes(`m${i}`))));
    assert.deepEqual(
      echoes.map((b) => b.toString()),
      Array.from({ length: 20 }, (_, i) => `m${i}`),
    );
    assert.equal(server.stats().refusedStreams, 0);
  });

  it("fails a call that outlives its time limit with DEADLINE_EXCEEDED, in virtual time", async () => {
    const { port, service, clock, server } = await serve();
    const call = grpcClient(port);
    // An hour of grpc-timeout, so the server's own limit (30 s) decides.
    const pending = call("/test.Echo/Hang", bytes(""), new grpc.Metadata(), { deadline: Date.now() + 3_600_000 });
    let settled = false;
    pending.catch(() => {}).finally(() => (settled = true));
    await until(() => service.hanging === 1, "the call to reach the service");
    clock.advance(server.limits.callTimeoutMs - 1);
    // An answer sent before this echo would arrive before it, on the same connection.
    await call("/test.Echo/Echo", bytes("ping"));
    assert.equal(settled, false, "the call is still running");
    clock.advance(1);
    // The server's answer, not the client giving up (grpc-js words its own "Deadline exceeded after …").
    await assert.rejects(pending, { code: grpc.status.DEADLINE_EXCEEDED, details: "deadline exceeded" });
  });

  it("takes a shorter grpc-timeout from the client", async () => {
    const { port, service, clock } = await serve();
    const call = grpcClient(port);
    const pending = call("/test.Echo/Hang", bytes(""), new grpc.Metadata(), { deadline: Date.now() + 20_000 });
    await until(() => service.hanging === 1, "the call to reach the service");
    clock.advance(20_000);
    await assert.rejects(pending, { code: grpc.status.DEADLINE_EXCEEDED, details: "deadline exceeded" });
  });
});

const EchoMessage = proto3.makeMessageType("test.Msg", [{ no: 1, name: "text", kind: "scalar", T: ScalarType.STRING }]);
const EchoService = {
  typeName: "test.Echo",
  methods: {
    echo: { name: "Echo", I: EchoMessage, O: EchoMessage, kind: MethodKind.Unary },
    fail: { name: "Fail", I: EchoMessage, O: EchoMessage, kind: MethodKind.Unary },
  },
} as const;

describe("connect-node transports", () => {
  for (const [name, transport] of [
    ["gRPC over HTTP/2", (baseUrl: string) => createGrpcTransport({ baseUrl, httpVersion: "2" })],
    ["gRPC-web over HTTP/1.1", (baseUrl: string) => createGrpcWebTransport({ baseUrl, httpVersion: "1.1" })],
  ] as const) {
    it(`calls and fails over ${name}`, async () => {
      const { port } = await serve();
      const client = createPromiseClient(EchoService, transport(`http://127.0.0.1:${port}`) as Transport);
      const answer = await client.echo({ text: "grüße" }, { headers: { authorization: "Bearer t" } });
      assert.equal(answer.text, "grüße");
      await assert.rejects(client.fail({ text: "bad thing" }), (error: ConnectError) => {
        assert.equal(error.code, Code.NotFound);
        // The service echoes the request bytes (tag, length, text) as its message: control characters
        // survive percent-encoding.
        assert.equal(error.rawMessage, "\n\tbad thing");
        return true;
      });
    });
  }
});

describe("gRPC-web over HTTP/1.1", () => {
  it("serves the firmware's own gRPC-web client", async () => {
    const { port } = await serve();
    const clock = new RealClock();
    const host = createMemoryHost({
      clock,
      board: new SimBoard({ clock }),
      flash: new SimFlash({ size: 64 * 1024 }),
      kv: new MemoryKeyValue(),
    });
    const sockets = new NodeSockets();
    cleanups.push(() => sockets.close());
    const client = new GrpcWebClient({ host: { ...host, sockets }, address: `http://127.0.0.1:${port}` });
    cleanups.push(() => client.close());
    assert.equal(Buffer.from(await client.unary("/test.Echo/Echo", bytes("one"))).toString(), "one");
    assert.equal(Buffer.from(await client.unary("/test.Echo/Echo", bytes("two"))).toString(), "two");
    await assert.rejects(client.unary("/test.Echo/Fail", bytes("gone 50%")), (error: GrpcError) => {
      assert.equal(error.code, GrpcStatus.NOT_FOUND);
      assert.equal(error.grpcMessage, "gone 50%");
      return true;
    });
  });

  it("answers a CORS preflight and exposes the gRPC status to scripts", async () => {
    const { port } = await serve();
    const url = `http://127.0.0.1:${port}/test.Echo/Echo`;
    const preflight = await fetch(url, {
      method: "OPTIONS",
      headers: {
        origin: "http://app.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, content-type, x-grpc-web, x-user-agent, grpc-timeout, x-custom",
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get("access-control-allow-origin"), "http://app.example");
    assert.equal(preflight.headers.get("access-control-allow-credentials"), "true");
    assert.match(preflight.headers.get("access-control-allow-methods") ?? "", /POST/);
    const allowed = (preflight.headers.get("access-control-allow-headers") ?? "").split(/,\s*/);
    for (const name of ["authorization", "content-type", "x-grpc-web", "x-user-agent", "grpc-timeout", "x-custom"]) {
      assert.ok(allowed.includes(name), `${name} is allowed`);
    }
    const frame = Buffer.concat([Buffer.from([0, 0, 0, 0, 2]), Buffer.from("hi")]);
    const response = await fetch(url, {
      method: "POST",
      headers: { origin: "http://app.example", "content-type": "application/grpc-web+proto", "x-grpc-web": "1" },
      body: frame,
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("content-type"), "application/grpc-web+proto");
    assert.equal(response.headers.get("access-control-allow-origin"), "http://app.example");
    assert.match(response.headers.get("access-control-expose-headers") ?? "", /grpc-status/);
    const body = Buffer.from(await response.arrayBuffer());
    assert.deepEqual(body.subarray(0, 7), frame);
    assert.equal(body[7], 0x80, "a trailers frame follows the message");
    assert.equal(body.subarray(12).toString("latin1"), "grpc-status: 0\r\n");
  });
});

/** Answers just what RobotClient.dial and resourceNames() ask for. */
class RobotStub extends TestService {
  override async call(path: string, request: Uint8Array, context: CallContext): Promise<Uint8Array> {
    this.calls.push({ path, request, context });
    if (path === "/proto.rpc.v1.AuthService/Authenticate") return Uint8Array.of(0x0a, 3, 0x74, 0x6f, 0x6b);
    if (context.metadata.get("authorization") !== "Bearer tok") throw new GrpcError(GrpcStatus.UNAUTHENTICATED, "no token");
    if (path === "/viam.robot.v1.RobotService/ResourceNames") {
      const resources = [{ namespace: "rdk", type: "component", subtype: "board", name: "board-on-port" }];
      return new Uint8Array(viam.robot.v1.ResourceNamesResponse.encode({ resources }).finish());
    }
    if (path === "/viam.robot.v1.RobotService/GetOperations") return new Uint8Array(0);
    throw new GrpcError(GrpcStatus.UNIMPLEMENTED, path);
  }
}

describe("the official Viam SDK dials the server", () => {
  type Globals = { VIAM?: { GRPC_TRANSPORT_FACTORY?: (options: { baseUrl: string }) => unknown } };
  for (const [name, factory] of [
    ["its default transport (gRPC-web through fetch, HTTP/1.1)", undefined],
    ["connect-node gRPC-web over HTTP/1.1", (options: { baseUrl: string }) => createGrpcWebTransport({ ...options, httpVersion: "1.1" })],
    ["connect-node gRPC over HTTP/2", (options: { baseUrl: string }) => createGrpcTransport({ ...options, httpVersion: "2" })],
  ] as const) {
    it(`with ${name}`, async () => {
      const service = new RobotStub();
      const { port } = await serve({ service });
      const globals = globalThis as Globals;
      const previous = globals.VIAM;
      if (factory) globals.VIAM = { GRPC_TRANSPORT_FACTORY: factory };
      else delete globals.VIAM;
      cleanups.push(() => (globals.VIAM = previous));
      const { RobotClient } = await import("@viamrobotics/sdk");
      const client = new RobotClient();
      cleanups.push(() => client.disconnect());
      // The SDK's 10 s heartbeat timer outlives disconnect(); unreferenced, it cannot hold the test run.
      const setTimeoutBefore = globalThis.setTimeout;
      globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => setTimeoutBefore(...args).unref()) as typeof setTimeout;
      cleanups.push(() => (globalThis.setTimeout = setTimeoutBefore));
      await client.dial({
        host: `http://localhost:${port}`,
        noReconnect: true,
        disableSessions: true,
        credentials: { type: "robot-secret", payload: "secret", authEntity: "part-id" },
      } as Parameters<typeof client.dial>[0]);
      const names = await client.resourceNames();
      assert.deepEqual(
        names.map((n) => [n.namespace, n.type, n.subtype, n.name]),
        [["rdk", "component", "board", "board-on-port"]],
      );
      const paths = service.calls.map((c) => c.path);
      assert.equal(paths[0], "/proto.rpc.v1.AuthService/Authenticate");
      assert.ok(paths.includes("/viam.robot.v1.RobotService/GetOperations"));
      assert.equal(Buffer.from(service.calls[0].request).includes(Buffer.from("robot-secret")), true);
    });
  }
});
