// The gRPC-web client against a real gRPC-web server (@connectrpc/connect-node), over plain HTTP and
// over TLS with certificate verification.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import type net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, afterEach, before, describe, it } from "node:test";
import { MethodKind, ScalarType, proto3 } from "@bufbuild/protobuf";
import { Code, ConnectError, type ConnectRouter } from "@connectrpc/connect";
import { connectNodeAdapter } from "@connectrpc/connect-node";
import { RealClock } from "../hosts/node/real-clock.ts";
import { NodeSockets } from "../hosts/node/sockets.ts";
import { SimBoard } from "../hosts/sim/board.ts";
import { SimFlash } from "../hosts/sim/flash.ts";
import { MemoryKeyValue } from "../hosts/sim/key-value.ts";
import { createMemoryHost } from "../hosts/sim/memory-host.ts";
import { GrpcError, GrpcStatus } from "../src/rpc/grpc-status.ts";
import { GrpcWebClient } from "../src/rpc/grpc-web-client.ts";

const EchoMessage = proto3.makeMessageType("test.v1.EchoMessage", [
  { no: 1, name: "text", kind: "scalar", T: ScalarType.STRING },
  { no: 2, name: "blob", kind: "scalar", T: ScalarType.BYTES },
]);

const EchoService = {
  typeName: "test.v1.EchoService",
  methods: {
    echo: { name: "Echo", I: EchoMessage, O: EchoMessage, kind: MethodKind.Unary },
    fail: { name: "Fail", I: EchoMessage, O: EchoMessage, kind: MethodKind.Unary },
    hang: { name: "Hang", I: EchoMessage, O: EchoMessage, kind: MethodKind.Unary },
  },
} as const;

const seenHeaders: Headers[] = [];

function routes(router: ConnectRouter): void {
  router.service(EchoService, {
    echo(request, context) {
      seenHeaders.push(context.requestHeader);
      return new EchoMessage({ text: `echo: ${request.text}`, blob: request.blob });
    },
    fail(request) {
      throw new ConnectError(request.text, Code.NotFound);
    },
    async hang(_request, context) {
      await new Promise((resolve) => context.signal.addEventListener("abort", resolve));
      throw new ConnectError("gave up", Code.Canceled);
    },
  });
}

const handler = connectNodeAdapter({ routes, grpcWeb: true, grpc: false, connect: false });

const encode = (fields: { text?: string; blob?: Uint8Array }) => new EchoMessage(fields).toBinary();
const decode = (bytes: Uint8Array) => EchoMessage.fromBinary(bytes);

let certDir = "";
let tlsMaterial: { ca: string; good: { key: string; cert: string }; otherName: { key: string; cert: string } };

/** A throwaway self-signed certificate, made per run so that no key lives in the repository. */
function makeCertificate(name: string, altNames: string): { key: string; cert: string } {
  const key = join(certDir, `${name}.key`);
  const cert = join(certDir, `${name}.pem`);
  execFileSync("openssl", [
    "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
    "-keyout", key, "-out", cert, "-days", "2", "-subj", `/CN=${name}`, "-addext", `subjectAltName=${altNames}`,
  ], { stdio: "ignore" });
  return { key: readFileSync(key, "utf8"), cert: readFileSync(cert, "utf8") };
}

before(() => {
  certDir = mkdtempSync(join(tmpdir(), "rpc-tls-"));
  const good = makeCertificate("localhost", "DNS:localhost,IP:127.0.0.1");
  const otherName = makeCertificate("other", "DNS:other.example");
  tlsMaterial = { ca: good.cert + otherName.cert, good, otherName };
});
after(() => rmSync(certDir, { recursive: true, force: true }));

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function listen(server: net.Server): Promise<number> {
  const sockets = new Set<net.Socket>();
  server.on("connection", (socket: net.Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  return (server.address() as net.AddressInfo).port;
}

function client(address: string, options: { ca?: string; timeoutMs?: number } = {}): GrpcWebClient {
  const clock = new RealClock();
  const board = new SimBoard({ clock });
  const sockets = new NodeSockets({ wifi: board.wifi, ...(options.ca && { ca: options.ca }) });
  const host = createMemoryHost({ clock, board, flash: new SimFlash({ size: 4096 }), kv: new MemoryKeyValue() });
  host.sockets = sockets;
  const grpc = new GrpcWebClient({ host, address, timeoutMs: options.timeoutMs ?? 5000 });
  cleanups.push(() => {
    grpc.close();
    assert.equal(sockets.openCount, 0);
    board.close();
    clock.close();
  });
  return grpc;
}

function rejectsWith(promise: Promise<unknown>, code: number, message?: RegExp | string): Promise<void> {
  return assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof GrpcError, `expected a GrpcError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    if (typeof message === "string") assert.equal(error.grpcMessage, message);
    else if (message) assert.match(error.grpcMessage, message);
    return true;
  });
}

describe("gRPC-web client against connect-node", () => {
  it("makes unary calls with metadata over one kept-alive connection", async () => {
    const port = await listen(http.createServer(handler));
    const grpc = client(`http://127.0.0.1:${port}`);
    for (const text of ["one", "two", "три"]) {
      const reply = decode(await grpc.unary("/test.v1.EchoService/Echo", encode({ text }), { "x-part-id": "part-1" }));
      assert.equal(reply.text, `echo: ${text}`);
    }
    assert.equal(seenHeaders.at(-1)?.get("x-part-id"), "part-1");
  });

  it("carries a 1 MB message each way", async () => {
    const port = await listen(http.createServer(handler));
    const blob = Uint8Array.from({ length: 1024 * 1024 }, (_, i) => (i * 31) & 0xff);
    const reply = decode(await client(`http://127.0.0.1:${port}`).unary("/test.v1.EchoService/Echo", encode({ blob })));
    assert.deepEqual(Buffer.from(reply.blob), Buffer.from(blob));
  });

  it("turns the server's status and percent-encoded message into a GrpcError", async () => {
    const port = await listen(http.createServer(handler));
    const text = "no part named \"pi\" (100% sure) ✗";
    await rejectsWith(client(`http://127.0.0.1:${port}`).unary("/test.v1.EchoService/Fail", encode({ text })), GrpcStatus.NOT_FOUND, text);
  });

  it("answers an unknown method with UNIMPLEMENTED", async () => {
    const port = await listen(http.createServer(handler));
    await rejectsWith(client(`http://127.0.0.1:${port}`).unary("/test.v1.EchoService/Nope", encode({})), GrpcStatus.UNIMPLEMENTED);
  });

  it("gives up on a call past its deadline with DEADLINE_EXCEEDED, and the next call works", async () => {
    const port = await listen(http.createServer(handler));
    const grpc = client(`http://127.0.0.1:${port}`);
    await rejectsWith(grpc.unary("/test.v1.EchoService/Hang", encode({}), {}, { timeoutMs: 150 }), GrpcStatus.DEADLINE_EXCEEDED);
    assert.equal(decode(await grpc.unary("/test.v1.EchoService/Echo", encode({ text: "after" }))).text, "echo: after");
  });

  it("speaks TLS to https:// addresses, verifying the certificate", async () => {
    const port = await listen(https.createServer(tlsMaterial.good, handler));
    const grpc = client(`https://127.0.0.1:${port}`, { ca: tlsMaterial.ca });
    assert.equal(decode(await grpc.unary("/test.v1.EchoService/Echo", encode({ text: "secure" }))).text, "echo: secure");
    assert.equal(decode(await grpc.unary("/test.v1.EchoService/Echo", encode({ text: "again" }))).text, "echo: again");
  });

  it("refuses a certificate that is not trusted, or not for this host, as UNAVAILABLE", async () => {
    const port = await listen(https.createServer(tlsMaterial.good, handler));
    await rejectsWith(client(`https://127.0.0.1:${port}`).unary("/test.v1.EchoService/Echo", encode({})), GrpcStatus.UNAVAILABLE, /certificate/);
    const otherPort = await listen(https.createServer(tlsMaterial.otherName, handler));
    await rejectsWith(
      client(`https://127.0.0.1:${otherPort}`, { ca: tlsMaterial.ca }).unary("/test.v1.EchoService/Echo", encode({})),
      GrpcStatus.UNAVAILABLE,
      /IP|altnames|match/i,
    );
  });

  it("does not speak plain HTTP to an https:// address", async () => {
    const port = await listen(http.createServer(handler));
    await rejectsWith(client(`https://127.0.0.1:${port}`, { ca: tlsMaterial.ca }).unary("/test.v1.EchoService/Echo", encode({})), GrpcStatus.UNAVAILABLE);
  });
});
