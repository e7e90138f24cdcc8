// gRPC-web over HTTP/1.1 from a raw socket: keep-alive and pipelining, content-length and chunked
// bodies, Expect: 100-continue, CORS preflight, and the statuses for requests that are not gRPC-web.
import assert from "node:assert/strict";
import net from "node:net";
import { afterEach, describe, it } from "node:test";
import { startServer, until, type TestServer } from "./rpc-server-harness.ts";

const servers: TestServer[] = [];
const sockets: net.Socket[] = [];
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) server.close();
});

interface Response {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
}

/** A socket that records everything received and splits it into HTTP/1.1 responses (content-length framed). */
class RawHttp {
  readonly socket: net.Socket;
  #received = Buffer.alloc(0);
  closed = false;

  constructor(port: number) {
    this.socket = net.connect(port, "127.0.0.1");
    sockets.push(this.socket);
    this.socket.on("error", () => {});
    this.socket.on("data", (chunk) => (this.#received = Buffer.concat([this.#received, chunk])));
    this.socket.on("close", () => (this.closed = true));
  }

  send(data: string | Uint8Array): void {
    this.socket.write(typeof data === "string" ? Buffer.from(data, "latin1") : data);
  }

  get text(): string {
    return this.#received.toString("latin1");
  }

  /** The complete responses received so far. */
  responses(): Response[] {
    const responses: Response[] = [];
    let rest = this.#received;
    for (;;) {
      const end = rest.indexOf("\r\n\r\n");
      if (end < 0) return responses;
      const [statusLine, ...lines] = rest.subarray(0, end).toString("latin1").split("\r\n");
      const headers = new Map(lines.map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]));
      const status = Number(statusLine.split(" ")[1]);
      const length = Number(headers.get("content-length") ?? 0);
      if (rest.length < end + 4 + length) return responses;
      responses.push({ status, headers, body: rest.subarray(end + 4, end + 4 + length) });
      rest = rest.subarray(end + 4 + length);
    }
  }

  async response(index = 0): Promise<Response> {
    await until(() => this.responses().length > index, `response ${index}`);
    return this.responses()[index];
  }
}

async function open(limits = {}): Promise<{ http: RawHttp; t: TestServer }> {
  const t = await startServer({ limits });
  servers.push(t);
  return { http: new RawHttp(t.port), t };
}

const frame = (text: string) => {
  const payload = Buffer.from(text);
  return Buffer.concat([Buffer.from([0, 0, 0, 0, payload.length]), payload]);
};

function post(path: string, body: Uint8Array, extra = ""): Buffer {
  return Buffer.concat([
    Buffer.from(`POST ${path} HTTP/1.1\r\nhost: board\r\ncontent-type: application/grpc-web+proto\r\nx-grpc-web: 1\r\ncontent-length: ${body.length}\r\n${extra}\r\n`),
    body,
  ]);
}

function messageOf(response: Response): string {
  assert.equal(response.status, 200);
  const length = response.body.readUInt32BE(1);
  assert.equal(response.body[0], 0);
  const trailers = response.body.subarray(5 + length);
  assert.equal(trailers[0], 0x80);
  assert.equal(trailers.subarray(5).toString(), "grpc-status: 0\r\n");
  return response.body.subarray(5, 5 + length).toString();
}

describe("gRPC-web over HTTP/1.1", () => {
  it("serves requests one after another on a keep-alive connection, pipelined too", async () => {
    const { http, t } = await open();
    http.send(post("/test.Echo/Echo", frame("one")));
    assert.equal(messageOf(await http.response(0)), "one");
    http.send(Buffer.concat([post("/test.Echo/Echo", frame("two")), post("/test.Echo/Echo", frame("three"))]));
    assert.equal(messageOf(await http.response(1)), "two");
    assert.equal(messageOf(await http.response(2)), "three");
    assert.equal(http.closed, false);
    assert.equal(t.server.stats().accepted, 1);
  });

  it("reads chunked bodies, split anywhere", async () => {
    const { http } = await open();
    const body = frame("chunky");
    const request = Buffer.concat([
      Buffer.from("POST /test.Echo/Echo HTTP/1.1\r\ncontent-type: application/grpc-web\r\ntransfer-encoding: chunked\r\n\r\n"),
      Buffer.from(`4;ext=1\r\n`),
      body.subarray(0, 4),
      Buffer.from(`\r\n${(body.length - 4).toString(16)}\r\n`),
      body.subarray(4),
      Buffer.from("\r\n0\r\nx-trailer: 1\r\n\r\n"),
    ]);
    for (let at = 0; at < request.length; at += 3) {
      http.send(request.subarray(at, at + 3));
      await new Promise((resolve) => setImmediate(resolve));
    }
    const response = await http.response();
    assert.equal(response.headers.get("content-type"), "application/grpc-web");
    assert.equal(messageOf(response), "chunky");
  });

  it("answers Expect: 100-continue", async () => {
    const { http } = await open();
    const body = frame("continued");
    http.send(
      `POST /test.Echo/Echo HTTP/1.1\r\ncontent-type: application/grpc-web+proto\r\ncontent-length: ${body.length}\r\nexpect: 100-continue\r\n\r\n`,
    );
    await until(() => http.text.startsWith("HTTP/1.1 100 Continue\r\n\r\n"), "100 Continue");
    http.send(body);
    await until(() => http.text.includes("grpc-status: 0"), "the answer");
  });

  it("puts an error status in the headers with an empty body (trailers-only)", async () => {
    const { http } = await open();
    http.send(post("/test.Echo/Fail", frame("lost 5%")));
    const response = await http.response();
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("grpc-status"), "5");
    assert.equal(response.headers.get("grpc-message"), "lost 5%25");
    assert.equal(response.body.length, 0);
  });

  it("refuses a body over the message limit before reading it, then closes", async () => {
    const { http, t } = await open();
    http.send(`POST /test.Echo/Echo HTTP/1.1\r\ncontent-type: application/grpc-web+proto\r\ncontent-length: 10000000\r\n\r\n`);
    const response = await http.response();
    assert.equal(response.headers.get("grpc-status"), "8");
    assert.equal(response.headers.get("connection"), "close");
    await until(() => http.closed, "the close");
    assert.ok(t.server.stats().peakConnectionBufferedBytes < 4096);
  });

  it("refuses a chunked body once it grows past the limit", async () => {
    const { http } = await open();
    http.send("POST /test.Echo/Echo HTTP/1.1\r\ncontent-type: application/grpc-web+proto\r\ntransfer-encoding: chunked\r\n\r\n");
    const chunk = Buffer.alloc(4096, 1);
    chunk.writeUInt32BE(1_000_000, 1);
    http.send(Buffer.concat([Buffer.from("1000\r\n"), chunk, Buffer.from("\r\n")]));
    const response = await http.response();
    assert.equal(response.headers.get("grpc-status"), "8");
    await until(() => http.closed, "the close");
  });

  it("answers CORS preflight with 204 and the allowed methods and headers", async () => {
    const { http } = await open();
    http.send(
      "OPTIONS /viam.robot.v1.RobotService/ResourceNames HTTP/1.1\r\nhost: board\r\norigin: https://app.viam.com\r\n" +
        "access-control-request-method: POST\r\naccess-control-request-headers: authorization,x-grpc-web,content-type\r\n\r\n",
    );
    http.send(post("/test.Echo/Echo", frame("after preflight"), "origin: https://app.viam.com\r\n"));
    const preflight = await http.response(0);
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get("access-control-allow-origin"), "https://app.viam.com");
    assert.equal(preflight.headers.get("access-control-allow-methods"), "POST, OPTIONS");
    assert.match(preflight.headers.get("access-control-allow-headers") ?? "", /authorization.*x-grpc-web/);
    const call = await http.response(1);
    assert.equal(messageOf(call), "after preflight");
    assert.equal(call.headers.get("access-control-expose-headers"), "grpc-status, grpc-message, grpc-status-details-bin");
  });

  it("honours Connection: close and HTTP/1.0", async () => {
    const { http } = await open();
    http.send(post("/test.Echo/Echo", frame("bye"), "connection: close\r\n"));
    assert.equal(messageOf(await http.response()), "bye");
    await until(() => http.closed, "the close");
    const { http: old } = await open();
    old.send(post("/test.Echo/Echo", frame("1.0")).toString("latin1").replace("HTTP/1.1", "HTTP/1.0"));
    assert.equal(messageOf(await old.response()), "1.0");
    await until(() => old.closed, "the close after HTTP/1.0");
  });

  for (const [name, request, status] of [
    ["GET", "GET / HTTP/1.1\r\nhost: board\r\n\r\n", 405],
    ["another content type", "POST /x HTTP/1.1\r\ncontent-type: application/json\r\ncontent-length: 0\r\n\r\n", 415],
    ["a malformed request line", "HELLO\r\n\r\n", 400],
    ["a folded header", "POST /x HTTP/1.1\r\nx: 1\r\n  folded\r\n\r\n", 400],
    ["both content-length and chunked", "POST /x HTTP/1.1\r\ncontent-type: application/grpc-web\r\ncontent-length: 5\r\ntransfer-encoding: chunked\r\n\r\n", 400],
    ["another transfer coding", "POST /x HTTP/1.1\r\ncontent-type: application/grpc-web\r\ntransfer-encoding: gzip\r\n\r\n", 501],
    ["a head over the limit", `POST /x HTTP/1.1\r\nx-big: ${"a".repeat(9000)}\r\n\r\n`, 431],
    ["a bad chunk size", "POST /x HTTP/1.1\r\ncontent-type: application/grpc-web\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n", 400],
  ] as const) {
    it(`answers ${name} with ${status} and closes`, async () => {
      const { http } = await open();
      http.send(request);
      assert.equal((await http.response()).status, status);
      await until(() => http.closed, "the close");
    });
  }
});
