// The gRPC-web client against raw TCP servers that misbehave on purpose: odd read boundaries, resets,
// stalls, HTTP errors, closed keep-alive connections and lost Wi-Fi.
import assert from "node:assert/strict";
import net from "node:net";
import { after, afterEach, describe, it } from "node:test";
import { RealClock } from "../hosts/node/real-clock.ts";
import { NodeSockets } from "../hosts/node/sockets.ts";
import { SimBoard } from "../hosts/sim/board.ts";
import { SimFlash } from "../hosts/sim/flash.ts";
import { MemoryKeyValue } from "../hosts/sim/key-value.ts";
import { createMemoryHost } from "../hosts/sim/memory-host.ts";
import type { Host } from "../src/host.ts";
import { encodeFrame, encodeTrailersFrame } from "../src/rpc/grpc-frame.ts";
import { GrpcError, GrpcStatus } from "../src/rpc/grpc-status.ts";
import { GrpcWebClient } from "../src/rpc/grpc-web-client.ts";
import { Http1Client } from "../src/rpc/http1-client.ts";

interface RawRequest {
  method: string;
  path: string;
  headers: Map<string, string>;
  body: Buffer;
}

type Handler = (request: RawRequest, socket: net.Socket, info: { connection: number; onConnection: number }) => void;

/** A TCP server that hands each parsed HTTP/1.1 request to the test, which writes whatever bytes it likes. */
class RawServer {
  readonly requests: RawRequest[] = [];
  connections = 0;
  readonly #server: net.Server;
  readonly #sockets = new Set<net.Socket>();

  private constructor(handler: Handler) {
    this.#server = net.createServer((socket) => {
      const connection = this.connections++;
      let onConnection = 0;
      this.#sockets.add(socket);
      socket.on("close", () => this.#sockets.delete(socket));
      socket.on("error", () => {});
      let buffer = Buffer.alloc(0);
      socket.on("data", (chunk) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
          const end = buffer.indexOf("\r\n\r\n");
          if (end < 0) return;
          const lines = buffer.subarray(0, end).toString("latin1").split("\r\n");
          const [method, path] = lines[0].split(" ");
          const headers = new Map<string, string>();
          for (const line of lines.slice(1)) {
            const colon = line.indexOf(":");
            headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
          }
          const length = Number(headers.get("content-length") ?? 0);
          if (buffer.length < end + 4 + length) return;
          const request = { method, path, headers, body: buffer.subarray(end + 4, end + 4 + length) };
          buffer = buffer.subarray(end + 4 + length);
          this.requests.push(request);
          handler(request, socket, { connection, onConnection: onConnection++ });
        }
      });
    });
  }

  static async start(handler: Handler): Promise<RawServer> {
    const server = new RawServer(handler);
    await new Promise<void>((resolve) => server.#server.listen(0, "127.0.0.1", resolve));
    return server;
  }

  get address(): string {
    return `http://127.0.0.1:${(this.#server.address() as net.AddressInfo).port}`;
  }

  /** Sockets the server still has open (the client's side of them is what a leak would be). */
  get openSockets(): number {
    return this.#sockets.size;
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

const trailers = (status: number, message?: string) =>
  encodeTrailersFrame(message === undefined ? [["grpc-status", String(status)]] : [["grpc-status", String(status)], ["grpc-message", message]]);

function grpcWebBody(message: Uint8Array, status = 0): Buffer {
  return Buffer.concat([encodeFrame(0, message), trailers(status)]);
}

function okResponse(message: Uint8Array, extraHeaders = ""): Buffer {
  const body = grpcWebBody(message);
  return Buffer.concat([
    Buffer.from(`HTTP/1.1 200 OK\r\ncontent-type: application/grpc-web+proto\r\n${extraHeaders}content-length: ${body.length}\r\n\r\n`),
    body,
  ]);
}

const echo: Handler = (request, socket) => socket.write(okResponse(request.body.subarray(5)));

const tick = (ms = 1) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when `check` is true, polling the event loop; the test's own timeout bounds it. */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await tick(2);
}

function rejectsWith(promise: Promise<unknown>, code: number, message?: RegExp): Promise<void> {
  return assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof GrpcError, `expected a GrpcError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    if (message) assert.match(error.grpcMessage, message);
    return true;
  });
}

interface Rig {
  host: Host;
  board: SimBoard;
  sockets: NodeSockets;
  client(address: string, options?: { timeoutMs?: number; maxResponseBytes?: number }): GrpcWebClient;
}

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function rig(): Rig {
  const clock = new RealClock();
  const board = new SimBoard({ clock });
  const sockets = new NodeSockets({ wifi: board.wifi });
  const host = createMemoryHost({ clock, board, flash: new SimFlash({ size: 4096 }), kv: new MemoryKeyValue() });
  host.sockets = sockets;
  const clients: GrpcWebClient[] = [];
  cleanups.push(() => {
    for (const client of clients) client.close();
    assert.equal(sockets.openCount, 0, "a socket was left open");
    sockets.close();
    board.close();
    clock.close();
  });
  return {
    host,
    board,
    sockets,
    client(address, options = {}) {
      const client = new GrpcWebClient({ host, address, timeoutMs: 2000, ...options });
      clients.push(client);
      return client;
    },
  };
}

async function server(handler: Handler): Promise<RawServer> {
  const started = await RawServer.start(handler);
  cleanups.push(() => started.close());
  return started;
}

after(() => assert.equal(cleanups.length, 0));

describe("gRPC-web client over HTTP/1.1", () => {
  it("sends a gRPC-web request and reuses one connection for sequential calls", async () => {
    const { client } = rig();
    const peer = await server(echo);
    const c = client(peer.address);
    for (let i = 0; i < 5; i++) {
      const reply = await c.unary("/test.Echo/Say", Uint8Array.of(i, 1, 2), { "X-Request-Id": `r${i}` });
      assert.deepEqual([...reply], [i, 1, 2]);
    }
    assert.equal(peer.connections, 1);
    const request = peer.requests[4];
    assert.equal(request.method, "POST");
    assert.equal(request.path, "/test.Echo/Say");
    assert.equal(request.headers.get("content-type"), "application/grpc-web+proto");
    assert.equal(request.headers.get("x-grpc-web"), "1");
    assert.equal(request.headers.get("x-request-id"), "r4");
    assert.match(request.headers.get("grpc-timeout") ?? "", /^\d{1,8}m$/);
    assert.equal(request.headers.get("host"), peer.address.slice("http://".length));
    assert.equal(request.headers.has("te"), false);
    assert.deepEqual([...request.body], [...encodeFrame(0, Uint8Array.of(4, 1, 2))]);
  });

  it("writes a request larger than the socket's send buffer in pieces, as onWritable allows", async () => {
    const { client } = rig();
    const peer = await server(echo);
    const big = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) & 0xff);
    const reply = await client(peer.address).unary("/test.Echo/Say", big);
    assert.deepEqual(Buffer.from(reply), Buffer.from(big));
  });

  it("queues concurrent calls on the one connection and answers each in turn", async () => {
    const { client } = rig();
    const peer = await server(echo);
    const c = client(peer.address);
    const replies = await Promise.all([1, 2, 3].map((n) => c.unary("/test.Echo/Say", Uint8Array.of(n))));
    assert.deepEqual(replies.map((r) => r[0]), [1, 2, 3]);
    assert.equal(peer.connections, 1);
  });

  it("reads a chunked response delivered in odd pieces, with chunk extensions and HTTP trailers", async () => {
    const { client } = rig();
    const body = grpcWebBody(Uint8Array.from({ length: 300 }, (_, i) => i & 0xff));
    const peer = await server(async (_request, socket) => {
      const pieces = [
        "HTTP/1.1 200 OK\r\nContent-Type: application/grpc-web+proto\r\nTransfer-Encoding: chunked\r\n\r\n",
        `7;ext=1\r\n`,
        body.subarray(0, 7),
        "\r\n",
        `${(body.length - 7).toString(16)}\r\n`,
        body.subarray(7),
        "\r\n0\r\nx-done: yes\r\n\r\n",
      ];
      const stream = Buffer.concat(pieces.map((piece) => Buffer.from(piece)));
      for (let at = 0; at < stream.length; ) {
        const size = [1, 2, 3, 5, 8, 13, 21][at % 7];
        socket.write(stream.subarray(at, at + size));
        at += size;
        if (at % 5 === 0) await tick();
      }
    });
    const c = client(peer.address);
    assert.deepEqual(Buffer.from(await c.unary("/t/T", Uint8Array.of(1))), body.subarray(5, 305));
    assert.equal((await c.unary("/t/T", Uint8Array.of(1))).length, 300);
    assert.equal(peer.connections, 1);
  });

  it("maps a connection reset mid-response to UNAVAILABLE and drops that connection", async () => {
    const { client } = rig();
    const peer = await server((request, socket, { connection }) => {
      if (connection > 0) return echo(request, socket, { connection, onConnection: 0 });
      const whole = okResponse(Uint8Array.of(1, 2, 3, 4));
      socket.write(whole.subarray(0, whole.length - 6), () => socket.resetAndDestroy());
    });
    const c = client(peer.address);
    await rejectsWith(c.unary("/t/T", Uint8Array.of(9)), GrpcStatus.UNAVAILABLE);
    assert.deepEqual([...(await c.unary("/t/T", Uint8Array.of(9)))], [9]);
    assert.equal(peer.connections, 2);
  });

  it("maps a stalled response to DEADLINE_EXCEEDED, drops the connection, and recovers", async () => {
    const { client } = rig();
    const peer = await server((request, socket, { connection }) => {
      if (connection > 0) echo(request, socket, { connection, onConnection: 0 });
      else socket.write("HTTP/1.1 200 OK\r\ncontent-type: application/grpc-web+proto\r\ncontent-length: 100\r\n\r\n");
    });
    const c = client(peer.address);
    await rejectsWith(c.unary("/t/T", Uint8Array.of(1), {}, { timeoutMs: 100 }), GrpcStatus.DEADLINE_EXCEEDED);
    await until(() => peer.openSockets === 0);
    assert.deepEqual([...(await c.unary("/t/T", Uint8Array.of(2)))], [2]);
    assert.equal(peer.connections, 2);
  });

  it("times out a call still waiting for its turn without disturbing the one in flight", async () => {
    const { client } = rig();
    let release: (() => void) | undefined;
    const peer = await server((request, socket) => {
      release = () => echo(request, socket, { connection: 0, onConnection: 0 });
    });
    const c = client(peer.address);
    const first = c.unary("/t/T", Uint8Array.of(1), {}, { timeoutMs: 5000 });
    const queued = c.unary("/t/T", Uint8Array.of(2), {}, { timeoutMs: 50 });
    await rejectsWith(queued, GrpcStatus.DEADLINE_EXCEEDED);
    await until(() => release !== undefined);
    release?.();
    assert.deepEqual([...(await first)], [1]);
    assert.equal(peer.requests.length, 1);
  });

  it("maps HTTP 503 to UNAVAILABLE and keeps the connection when the response was complete", async () => {
    const { client } = rig();
    const peer = await server((request, socket, { onConnection }) => {
      if (onConnection === 0) socket.write("HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/plain\r\ncontent-length: 4\r\n\r\nbusy");
      else echo(request, socket, { connection: 0, onConnection });
    });
    const c = client(peer.address);
    await rejectsWith(c.unary("/t/T", Uint8Array.of(1)), GrpcStatus.UNAVAILABLE, /HTTP 503/);
    assert.deepEqual([...(await c.unary("/t/T", Uint8Array.of(5)))], [5]);
    assert.equal(peer.connections, 1);
  });

  it("reads a trailers-only response: grpc-status and grpc-message in the HTTP headers", async () => {
    const { client } = rig();
    const peer = await server((_request, socket) =>
      socket.write(
        "HTTP/1.1 200 OK\r\ncontent-type: application/grpc-web+proto\r\ngrpc-status: 16\r\n" +
          "grpc-message: token expired %E2%9C%97\r\ncontent-length: 0\r\n\r\n",
      ),
    );
    await rejectsWith(client(peer.address).unary("/t/T", Uint8Array.of(1)), GrpcStatus.UNAUTHENTICATED, /^token expired ✗$/);
  });

  it("maps grpc-status and grpc-message from the trailers frame", async () => {
    const { client } = rig();
    const peer = await server((_request, socket) => {
      const body = trailers(GrpcStatus.NOT_FOUND, "no such part: %22abc%22");
      socket.write(`HTTP/1.1 200 OK\r\ncontent-type: application/grpc-web+proto\r\ncontent-length: ${body.length}\r\n\r\n`);
      socket.write(body);
    });
    await rejectsWith(client(peer.address).unary("/t/T", Uint8Array.of(1)), GrpcStatus.NOT_FOUND, /^no such part: "abc"$/);
  });

  it("reconnects when the server closed the idle keep-alive connection", async () => {
    const { client } = rig();
    const peer = await server((request, socket) => socket.end(okResponse(request.body.subarray(5))));
    const c = client(peer.address);
    assert.deepEqual([...(await c.unary("/t/T", Uint8Array.of(1)))], [1]);
    await until(() => peer.openSockets === 0);
    assert.deepEqual([...(await c.unary("/t/T", Uint8Array.of(2)))], [2]);
    assert.equal(peer.connections, 2);
  });

  it("resends once on a fresh connection when a kept-alive one closes as the request goes out", async () => {
    const { client } = rig();
    const peer = await server((request, socket, info) => {
      // The first connection answers once, then closes without answering, as an idle timeout racing the next request would.
      if (info.connection === 0 && info.onConnection === 1) socket.end();
      else echo(request, socket, info);
    });
    const c = client(peer.address);
    assert.deepEqual([...(await c.unary("/t/T", Uint8Array.of(1)))], [1]);
    assert.deepEqual([...(await c.unary("/t/T", Uint8Array.of(2)))], [2]);
    assert.equal(peer.connections, 2);
    assert.equal(peer.requests.length, 3);
  });

  it("does not resend when a fresh connection closes without an answer", async () => {
    const { client } = rig();
    const peer = await server((_request, socket) => socket.end());
    await rejectsWith(client(peer.address).unary("/t/T", Uint8Array.of(1)), GrpcStatus.UNAVAILABLE);
    assert.equal(peer.connections, 1);
  });

  it("closes the connection after a response that says Connection: close", async () => {
    const { client } = rig();
    const peer = await server((request, socket) => socket.write(okResponse(request.body.subarray(5), "connection: close\r\n")));
    const c = client(peer.address);
    await c.unary("/t/T", Uint8Array.of(1));
    await c.unary("/t/T", Uint8Array.of(2));
    assert.equal(peer.connections, 2);
  });

  it("maps a refused connection to UNAVAILABLE", async () => {
    const { client } = rig();
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    await rejectsWith(client(`http://127.0.0.1:${port}`).unary("/t/T", Uint8Array.of(1)), GrpcStatus.UNAVAILABLE);
  });

  it("maps a response that is not HTTP to INTERNAL", async () => {
    const { client } = rig();
    const peer = await server((_request, socket) => socket.write("SSH-2.0-OpenSSH_9.6\r\n"));
    await rejectsWith(client(peer.address).unary("/t/T", Uint8Array.of(1)), GrpcStatus.INTERNAL);
  });

  it("refuses oversized responses as RESOURCE_EXHAUSTED without reading them", async () => {
    const { client } = rig();
    const peer = await server((_request, socket, { connection }) => {
      if (connection === 0) socket.write(`HTTP/1.1 200 OK\r\ncontent-type: application/grpc-web+proto\r\ncontent-length: 999999999\r\n\r\n`);
      else socket.write(`HTTP/1.1 200 OK\r\nx-huge: ${"a".repeat(20_000)}\r\n\r\n`);
    });
    const c = client(peer.address, { maxResponseBytes: 1024 });
    await rejectsWith(c.unary("/t/T", Uint8Array.of(1)), GrpcStatus.RESOURCE_EXHAUSTED, /body/);
    await rejectsWith(c.unary("/t/T", Uint8Array.of(1)), GrpcStatus.RESOURCE_EXHAUSTED, /header/);
  });

  it("fails calls at once while Wi-Fi is down, breaks open connections when it drops, and recovers", async () => {
    const { client, board } = rig();
    let stalled = 0;
    const peer = await server((request, socket, info) => {
      if (request.body[5] === 0xee) stalled++;
      else echo(request, socket, info);
    });
    const c = client(peer.address, { timeoutMs: 5000 });
    board.wifi.down();
    await rejectsWith(c.unary("/t/T", Uint8Array.of(1)), GrpcStatus.UNAVAILABLE, /Wi-Fi/);
    assert.equal(peer.connections, 0);
    board.wifi.up();
    assert.deepEqual([...(await c.unary("/t/T", Uint8Array.of(2)))], [2]);
    const hanging = c.unary("/t/T", Uint8Array.of(0xee));
    await until(() => stalled === 1);
    board.wifi.down();
    await rejectsWith(hanging, GrpcStatus.UNAVAILABLE);
    board.wifi.up();
    assert.deepEqual([...(await c.unary("/t/T", Uint8Array.of(3)))], [3]);
  });

  it("rejects pending calls with CANCELLED on close, and later calls too", async () => {
    const { client } = rig();
    const peer = await server(() => {});
    const c = client(peer.address);
    const pending = [c.unary("/t/T", Uint8Array.of(1)), c.unary("/t/T", Uint8Array.of(2))];
    await until(() => peer.requests.length === 1);
    c.close();
    for (const call of pending) await rejectsWith(call, GrpcStatus.CANCELLED);
    await rejectsWith(c.unary("/t/T", Uint8Array.of(3)), GrpcStatus.CANCELLED);
  });

  it("refuses metadata that would break the request, without echoing its value", async () => {
    const { client } = rig();
    const peer = await server(echo);
    await assert.rejects(client(peer.address).unary("/t/T", Uint8Array.of(1), { authorization: "Bearer abc\r\nx: y" }), (error: unknown) => {
      assert.ok(error instanceof GrpcError);
      assert.equal(error.code, GrpcStatus.INTERNAL);
      assert.ok(!error.message.includes("abc"));
      return true;
    });
    assert.equal(peer.connections, 0);
  });

  it("refuses addresses it cannot use", () => {
    const { host } = rig();
    assert.throws(() => new GrpcWebClient({ host, address: "ftp://example.com" }), TypeError);
    assert.throws(() => new GrpcWebClient({ host, address: "http://user:pw@example.com" }), TypeError);
    assert.throws(() => new GrpcWebClient({ host, address: "https://example.com:70000" }), TypeError);
    const { sockets: _sockets, ...withoutSockets } = host;
    assert.throws(() => new GrpcWebClient({ host: withoutSockets, address: "http://127.0.0.1:1" }), /no sockets/);
  });
});

describe("HTTP/1.1 client", () => {
  it("sends a request without a body and reads a close-delimited response", async () => {
    const { host } = rig();
    const peer = await server((_request, socket) => socket.end("HTTP/1.1 200 OK\r\n\r\nuntil the end"));
    const url = new URL(peer.address);
    const http = new Http1Client({ sockets: host.sockets!, timers: host.timers, secure: false, host: url.hostname, port: Number(url.port) });
    cleanups.push(() => http.close());
    const response = await http.request({ method: "GET", path: "/status", timeoutMs: 2000 });
    assert.equal(Buffer.from(response.body).toString(), "until the end");
    assert.equal(response.closeDelimited, true);
    assert.equal(peer.requests[0].headers.has("content-length"), false);
  });

  it("sends a body given in pieces as one body, empty pieces included, with their total length", async () => {
    const { host } = rig();
    const peer = await server((_request, socket) => socket.write("HTTP/1.1 204 No Content\r\n\r\n"));
    const url = new URL(peer.address);
    const http = new Http1Client({ sockets: host.sockets!, timers: host.timers, secure: false, host: url.hostname, port: Number(url.port) });
    cleanups.push(() => http.close());
    const body = [Uint8Array.of(1, 2), new Uint8Array(0), Uint8Array.from({ length: 9000 }, (_, i) => i & 0xff)];
    await http.request({ method: "POST", path: "/pieces", body, timeoutMs: 2000 });
    await http.request({ method: "POST", path: "/none", body: [], timeoutMs: 2000 });
    assert.equal(peer.requests[0].headers.get("content-length"), "9002");
    assert.deepEqual([...peer.requests[0].body], [1, 2, ...body[2]!]);
    assert.equal(peer.requests[1].headers.get("content-length"), "0");
    assert.equal(peer.requests[1].body.length, 0);
  });
});
