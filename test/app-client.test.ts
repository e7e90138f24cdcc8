// AppClient against a gRPC-web app built with connect-node: Authenticate with the part secret, the
// Bearer token on every call, one fresh token and one retry on UNAUTHENTICATED, and no credential in
// any log line or error.
import assert from "node:assert/strict";
import http from "node:http";
import type net from "node:net";
import { afterEach, describe, it } from "node:test";
import { MethodKind, ScalarType, proto3 } from "@bufbuild/protobuf";
import { Code, ConnectError, type ConnectRouter } from "@connectrpc/connect";
import { connectNodeAdapter } from "@connectrpc/connect-node";
import { RealClock } from "../hosts/node/real-clock.ts";
import { NodeSockets } from "../hosts/node/sockets.ts";
import { SimBoard } from "../hosts/sim/board.ts";
import { SimFlash } from "../hosts/sim/flash.ts";
import { MemoryKeyValue } from "../hosts/sim/key-value.ts";
import { createMemoryHost } from "../hosts/sim/memory-host.ts";
import { AppClient } from "../src/cloud/app-client.ts";
import { GrpcError, GrpcStatus } from "../src/rpc/grpc-status.ts";

// The auth messages as the official proto.rpc.v1 schema numbers them.
const Credentials = proto3.makeMessageType("proto.rpc.v1.Credentials", [
  { no: 1, name: "type", kind: "scalar", T: ScalarType.STRING },
  { no: 2, name: "payload", kind: "scalar", T: ScalarType.STRING },
]);
const AuthenticateRequest = proto3.makeMessageType("proto.rpc.v1.AuthenticateRequest", [
  { no: 1, name: "entity", kind: "scalar", T: ScalarType.STRING },
  { no: 2, name: "credentials", kind: "message", T: Credentials },
]);
const AuthenticateResponse = proto3.makeMessageType("proto.rpc.v1.AuthenticateResponse", [
  { no: 1, name: "access_token", kind: "scalar", T: ScalarType.STRING },
]);
const AuthService = {
  typeName: "proto.rpc.v1.AuthService",
  methods: { authenticate: { name: "Authenticate", I: AuthenticateRequest, O: AuthenticateResponse, kind: MethodKind.Unary } },
} as const;
const Note = proto3.makeMessageType("test.v1.Note", [{ no: 1, name: "text", kind: "scalar", T: ScalarType.STRING }]);
const NoteService = {
  typeName: "test.v1.NoteService",
  methods: { note: { name: "Note", I: Note, O: Note, kind: MethodKind.Unary } },
} as const;
const NOTE = "/test.v1.NoteService/Note";

const PART = "part-7f3a";
const SECRET = "s3cr3t-Zq9-do-not-log";

/** A small app: Authenticate issues numbered tokens; Note needs a live one. */
class FakeApp {
  authenticateCalls = 0;
  noteCalls = 0;
  readonly authorizations: string[] = [];
  readonly live = new Set<string>();
  /** Every Note call is refused as UNAUTHENTICATED, even with a fresh token. */
  refuseAll = false;
  /** Authenticate answers as a careless server would: with the secret it was sent. */
  echoSecret = false;
  port = 0;
  readonly #server: http.Server;
  readonly #sockets = new Set<net.Socket>();

  constructor() {
    const routes = (router: ConnectRouter) => {
      router.service(AuthService, {
        authenticate: (request) => {
          this.authenticateCalls++;
          const payload = request.credentials?.payload ?? "";
          if (request.entity !== PART || request.credentials?.type !== "robot-secret" || payload !== SECRET) {
            throw new ConnectError(this.echoSecret ? `bad secret "${payload}"` : "invalid credentials", Code.Unauthenticated);
          }
          const token = `token-${this.authenticateCalls}`;
          this.live.add(token);
          return new AuthenticateResponse({ accessToken: token });
        },
      });
      router.service(NoteService, {
        note: (request, context) => {
          this.noteCalls++;
          const authorization = context.requestHeader.get("authorization") ?? "";
          this.authorizations.push(authorization);
          const token = authorization.replace(/^Bearer /, "");
          if (this.refuseAll || !this.live.has(token)) throw new ConnectError(`token ${token} is not valid`, Code.Unauthenticated);
          return new Note({ text: `${request.text} (${token})` });
        },
      });
    };
    this.#server = http.createServer(connectNodeAdapter({ routes, grpcWeb: true, grpc: false, connect: false }));
    this.#server.on("connection", (socket: net.Socket) => {
      this.#sockets.add(socket);
      socket.on("close", () => this.#sockets.delete(socket));
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(0, "127.0.0.1", resolve));
    this.port = (this.#server.address() as net.AddressInfo).port;
    return `http://127.0.0.1:${this.port}`;
  }

  expireTokens(): void {
    this.live.clear();
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise((resolve) => this.#server.close(resolve));
  }
}

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Every log line and error message any test produced: none may hold the secret. */
const everything: string[] = [];

async function setup(options: { secret?: string; address?: string } = {}) {
  const app = new FakeApp();
  const url = await app.start();
  const clock = new RealClock();
  const board = new SimBoard({ clock });
  const sockets = new NodeSockets({ wifi: board.wifi });
  const logs: string[] = [];
  const host = createMemoryHost({
    clock,
    board,
    flash: new SimFlash({ size: 4096 }),
    kv: new MemoryKeyValue(),
    log: (level, message) => {
      logs.push(`${level} ${message}`);
      everything.push(message);
    },
  });
  host.sockets = sockets;
  const client = new AppClient({
    host,
    credentials: { id: PART, secret: options.secret ?? SECRET, appAddress: options.address ?? url },
    timeoutMs: 5000,
  });
  cleanups.push(async () => {
    client.close();
    assert.equal(sockets.openCount, 0);
    await app.close();
    board.close();
    clock.close();
  });
  return { app, client, logs };
}

const note = (client: AppClient, text: string) => client.call(NOTE, new Note({ text }).toBinary()).then((bytes) => Note.fromBinary(bytes).text);

async function rejection(promise: Promise<unknown>): Promise<GrpcError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof GrpcError, `expected a GrpcError, got ${String(error)}`);
    everything.push(error.message, error.stack ?? "");
    return error;
  }
  assert.fail("expected a rejection");
}

describe("AppClient", () => {
  it("authenticates as the part with its secret, then reuses the token on every call", async () => {
    const { app, client } = await setup();
    assert.equal(await note(client, "a"), "a (token-1)");
    assert.equal(await note(client, "b"), "b (token-1)");
    assert.equal(await note(client, "c"), "c (token-1)");
    assert.equal(app.authenticateCalls, 1);
    assert.deepEqual(app.authorizations, ["Bearer token-1", "Bearer token-1", "Bearer token-1"]);
    assert.equal(client.partId, PART);
  });

  it("shares one Authenticate between concurrent first calls", async () => {
    const { app, client } = await setup();
    const texts = await Promise.all(["x", "y", "z"].map((text) => note(client, text)));
    assert.deepEqual(texts, ["x (token-1)", "y (token-1)", "z (token-1)"]);
    assert.equal(app.authenticateCalls, 1);
  });

  it("fetches a fresh token once and retries once when the token has expired", async () => {
    const { app, client, logs } = await setup();
    await note(client, "before");
    app.expireTokens();
    assert.equal(await note(client, "after"), "after (token-2)");
    assert.equal(app.authenticateCalls, 2);
    assert.equal(app.noteCalls, 3);
    assert.ok(logs.some((line) => /authenticating again/.test(line)));
    assert.ok(logs.every((line) => !line.includes("token-1")), "a rejected token was logged");
  });

  it("gives up after one retry when the app keeps answering UNAUTHENTICATED", async () => {
    const { app, client } = await setup();
    app.refuseAll = true;
    const error = await rejection(note(client, "x"));
    assert.equal(error.code, GrpcStatus.UNAUTHENTICATED);
    assert.equal(app.authenticateCalls, 2);
    assert.equal(app.noteCalls, 2);
    assert.ok(!error.message.includes("token-2"), "the token leaked into the error");
  });

  it("reports a wrong secret as UNAUTHENTICATED, without the secret, even if the app echoes it", async () => {
    const wrong = "wrong-secret-Yx7";
    const { app, client, logs } = await setup({ secret: wrong });
    app.echoSecret = true;
    const error = await rejection(note(client, "x"));
    assert.equal(error.code, GrpcStatus.UNAUTHENTICATED);
    assert.match(error.message, /cannot authenticate part part-7f3a/);
    for (const text of [error.message, error.grpcMessage, error.stack ?? "", ...logs]) assert.ok(!text.includes(wrong), text);
    assert.equal(app.noteCalls, 0);
    // Nothing is cached from a failed attempt: the next call tries again.
    await rejection(note(client, "y"));
    assert.equal(app.authenticateCalls, 2);
  });

  it("authenticate() replaces the token held", async () => {
    const { app, client } = await setup();
    await client.authenticate();
    await client.authenticate();
    assert.equal(await note(client, "n"), "n (token-2)");
    assert.equal(app.authenticateCalls, 2);
  });

  it("reports an unreachable app as UNAVAILABLE", async () => {
    const { client } = await setup({ address: "http://127.0.0.1:1" });
    const error = await rejection(note(client, "x"));
    assert.equal(error.code, GrpcStatus.UNAVAILABLE);
  });

  it("rejects with CANCELLED once closed", async () => {
    const { client } = await setup();
    client.close();
    assert.equal((await rejection(note(client, "x"))).code, GrpcStatus.CANCELLED);
  });

  it("never put the secret in a log line or an error message", () => {
    assert.ok(everything.length > 5);
    for (const text of everything) assert.ok(!text.includes(SECRET), text);
  });
});
