// Auth on the machine's services: the secret → token exchange, the Bearer check on every other call,
// token expiry in virtual time, and the switch that turns it off. Requests are encoded with the
// official @viamrobotics/sdk schemas.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createViamClient, robotApi, sensorApi, commonApi } from "@viamrobotics/sdk";
import { VirtualClock } from "../hosts/sim/clock.ts";
import { SimBoard } from "../hosts/sim/board.ts";
import { SimFlash } from "../hosts/sim/flash.ts";
import { MemoryKeyValue } from "../hosts/sim/key-value.ts";
import { createMemoryHost } from "../hosts/sim/memory-host.ts";
import { parseMachineConfig } from "../src/config/parse.ts";
import type { CloudCredentials } from "../src/config/types.ts";
import { buildResources } from "../src/resources/build.ts";
import { GrpcError, GrpcStatus } from "../src/rpc/grpc-status.ts";
import type { ServerAuthOptions } from "../src/rpc/server/services/auth.ts";
import { DEFAULT_TOKEN_TTL_MS } from "../src/rpc/server/services/auth.ts";
import { createMachineService, type MachineView } from "../src/rpc/server/services/machine-service.ts";

/**
 * The SDK keeps its auth schemas to itself; its clients hand them to the transport, so a transport
 * of ours records them.
 */
async function officialAuthSchemas() {
  let service: any;
  const transport = {
    async unary(definition: any, method: any) {
      if (definition.typeName === "proto.rpc.v1.AuthService") service = definition;
      return { stream: false, service: definition, method, header: new Headers(), trailer: new Headers(), message: new method.O() };
    },
    async stream() {
      throw new Error("no streaming calls expected");
    },
  };
  const globals = globalThis as { VIAM?: unknown };
  const previous = globals.VIAM;
  globals.VIAM = { GRPC_TRANSPORT_FACTORY: () => transport };
  try {
    await createViamClient({
      serviceHost: "http://127.0.0.1:1",
      credentials: { type: "robot-secret", payload: "unused", authEntity: "unused" },
    });
  } finally {
    globals.VIAM = previous;
  }
  assert.ok(service, "the SDK authenticated through our transport");
  return { AuthenticateRequest: service.methods.authenticate.I, AuthenticateResponse: service.methods.authenticate.O };
}

const official = await officialAuthSchemas();

const CREDENTIALS: CloudCredentials = { id: "part-123", secret: "part-s3cret", appAddress: "https://app.viam.com:443" };
const AUTHENTICATE = "/proto.rpc.v1.AuthService/Authenticate";
const RESOURCE_NAMES = "/viam.robot.v1.RobotService/ResourceNames";
const GET_READINGS = "/viam.component.sensor.v1.SensorService/GetReadings";

interface MachineOptions {
  auth?: ServerAuthOptions;
  credentials?: CloudCredentials | null;
  random?: boolean;
}

function machine(options: MachineOptions = {}) {
  const clock = new VirtualClock({ wall: Date.UTC(2024, 5, 1) });
  const board = new SimBoard({ clock });
  const issued: Uint8Array[] = [];
  // Distinct, predictable bytes, kept so that a test can see a token is made of them.
  const random = (count: number) => {
    const bytes = Uint8Array.from({ length: count }, (_, i) => (issued.length * 37 + i * 11 + 5) & 0xff);
    issued.push(bytes);
    return bytes;
  };
  const host = createMemoryHost({
    clock,
    board,
    flash: new SimFlash({ size: 8 * 4096 }),
    kv: new MemoryKeyValue(),
    ...(options.random === false ? {} : { randomBytes: random }),
  });
  const build = (components: object[]): MachineView => {
    const parsed = parseMachineConfig({ components });
    return { resources: buildResources(host, parsed.config.components, () => {}), config: parsed.config };
  };
  let view = build([{ name: "fake-sensor", namespace: "rdk", type: "sensor", model: "fake", attributes: {} }]);
  const closeResources = () => {
    for (const resource of view.resources.values()) resource.close();
  };
  const credentials = options.credentials === null ? undefined : (options.credentials ?? CREDENTIALS);
  const service = createMachineService({
    host,
    machine: () => view,
    ...(credentials && { credentials }),
    auth: options.auth ?? {},
  });

  const call = (path: string, bytes: Uint8Array, headers: Record<string, string> = {}) =>
    service.call(path, bytes, { metadata: new Map(Object.entries(headers)) });
  return {
    clock,
    call,
    issued,
    async authenticate(entity: string, type: string, payload: string): Promise<string> {
      const request = new official.AuthenticateRequest({ entity, credentials: { type, payload } });
      const answer = official.AuthenticateResponse.fromBinary(await call(AUTHENTICATE, request.toBinary()));
      return answer.accessToken as string;
    },
    resourceNames(headers: Record<string, string> = {}) {
      return call(RESOURCE_NAMES, new robotApi.ResourceNamesRequest().toBinary(), headers);
    },
    /** Replaces every resource, as boot does when the config changes; the service stays. */
    rebuild(components: object[]) {
      closeResources();
      view = build(components);
    },
    close() {
      service.close();
      closeResources();
      board.close();
    },
  };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function rejectsWith(promise: Promise<unknown>, code: number, message?: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof GrpcError, `expected a GrpcError, got ${String(error)}`);
    assert.equal(error.code, code, `code of "${error.message}"`);
    if (message) assert.match(error.grpcMessage, message);
    return true;
  });
}

test("without a token every served call is UNAUTHENTICATED; the part secret buys one that works", async () => {
  const m = machine();
  await rejectsWith(m.resourceNames(), GrpcStatus.UNAUTHENTICATED, /authorization: Bearer/);
  await rejectsWith(
    m.call(GET_READINGS, new commonApi.GetReadingsRequest({ name: "fake-sensor" }).toBinary()),
    GrpcStatus.UNAUTHENTICATED,
  );

  const token = await m.authenticate("part-123", "robot-secret", "part-s3cret");
  assert.equal(m.issued.length, 1);
  assert.equal(token, Buffer.from(m.issued[0] as Uint8Array).toString("hex"), "the token is the host's 16 random bytes");
  assert.match(token, /^[0-9a-f]{32}$/);
  const names = robotApi.ResourceNamesResponse.fromBinary(await m.resourceNames(bearer(token)));
  assert.deepEqual(names.resources.map((name) => name.name), ["fake-sensor"]);
  const readings = commonApi.GetReadingsResponse.fromBinary(
    await m.call(GET_READINGS, new commonApi.GetReadingsRequest({ name: "fake-sensor" }).toBinary(), { authorization: `bearer ${token}` }),
  );
  assert.deepEqual(readings.toJson(), { readings: { a: 1, b: 2.5, c: "3" } });
  assert.equal(sensorApi.SensorService.methods.getReadings.name, "GetReadings");

  const second = await m.authenticate("part-123", "robot-secret", "part-s3cret");
  assert.notEqual(second, token, "each Authenticate issues its own token");
  await m.resourceNames(bearer(second));
  await m.resourceNames(bearer(token));
  m.close();
});

test("wrong tokens and malformed authorization headers are UNAUTHENTICATED", async () => {
  const m = machine();
  const token = await m.authenticate("part-123", "robot-secret", "part-s3cret");
  const flipped = (token[0] === "0" ? "1" : "0") + token.slice(1);
  await rejectsWith(m.resourceNames(bearer(flipped)), GrpcStatus.UNAUTHENTICATED, /invalid or expired/);
  await rejectsWith(m.resourceNames(bearer("")), GrpcStatus.UNAUTHENTICATED);
  await rejectsWith(m.resourceNames({ authorization: token }), GrpcStatus.UNAUTHENTICATED);
  await rejectsWith(m.resourceNames({ authorization: `Basic ${token}` }), GrpcStatus.UNAUTHENTICATED);
  await rejectsWith(m.resourceNames({ authorization: `Bearer ${token} extra` }), GrpcStatus.UNAUTHENTICATED);
  await rejectsWith(m.resourceNames({ "x-authorization": `Bearer ${token}` }), GrpcStatus.UNAUTHENTICATED);
  await m.resourceNames(bearer(token));
  m.close();
});

test("robot-secret needs the part id as entity and the part secret; failures say nothing about which was wrong", async () => {
  const m = machine();
  const failures = [
    m.authenticate("part-123", "robot-secret", "wrong"),
    m.authenticate("part-123", "robot-secret", "part-s3cre"),
    m.authenticate("part-123", "robot-secret", "part-s3cret!"),
    m.authenticate("part-123", "robot-secret", ""),
    m.authenticate("192.168.1.20:12346", "robot-secret", "part-s3cret"),
    m.authenticate("", "robot-secret", "part-s3cret"),
  ];
  for (const failure of failures) await rejectsWith(failure, GrpcStatus.UNAUTHENTICATED, /^invalid credentials$/);
  await rejectsWith(m.authenticate("part-123", "api-key", "part-s3cret"), GrpcStatus.INVALID_ARGUMENT, /not supported/);
  await rejectsWith(m.call(AUTHENTICATE, new Uint8Array([0x12, 9, 1])), GrpcStatus.INVALID_ARGUMENT);
  m.close();
});

test("robot-location-secret takes any entity, with the part secret or a configured location secret", async () => {
  const m = machine({ auth: { locationSecrets: ["loc-secret-1", "", "loc-secret-2"] } });
  // viam-server names the remote's address as the entity.
  for (const [entity, secret] of [
    ["192.168.1.20:12346", "part-s3cret"],
    ["esp32.local", "loc-secret-1"],
    ["", "loc-secret-2"],
  ] as const) {
    const token = await m.authenticate(entity, "robot-location-secret", secret);
    await m.resourceNames(bearer(token));
  }
  await rejectsWith(m.authenticate("esp32.local", "robot-location-secret", ""), GrpcStatus.UNAUTHENTICATED);
  await rejectsWith(m.authenticate("esp32.local", "robot-location-secret", "loc-secret-3"), GrpcStatus.UNAUTHENTICATED);
  // A location secret is not the part's own secret.
  await rejectsWith(m.authenticate("part-123", "robot-secret", "loc-secret-1"), GrpcStatus.UNAUTHENTICATED);
  m.close();
});

test("a token expires after the TTL without use; each use extends it", async () => {
  const m = machine({ auth: { tokenTtlMs: 60_000 } });
  const token = await m.authenticate("part-123", "robot-secret", "part-s3cret");
  m.clock.advance(59_999);
  await m.resourceNames(bearer(token));
  m.clock.advance(59_999);
  await m.resourceNames(bearer(token));
  m.clock.advance(60_000);
  await rejectsWith(m.resourceNames(bearer(token)), GrpcStatus.UNAUTHENTICATED, /invalid or expired/);
  const fresh = await m.authenticate("part-123", "robot-secret", "part-s3cret");
  await m.resourceNames(bearer(fresh));
  m.close();

  const defaults = machine();
  const lasting = await defaults.authenticate("part-123", "robot-secret", "part-s3cret");
  defaults.clock.advance(DEFAULT_TOKEN_TTL_MS - 1);
  await defaults.resourceNames(bearer(lasting));
  defaults.clock.advance(DEFAULT_TOKEN_TTL_MS);
  await rejectsWith(defaults.resourceNames(bearer(lasting)), GrpcStatus.UNAUTHENTICATED);
  defaults.close();
});

test("at most maxTokens live at once: a new one evicts the least recently used", async () => {
  const m = machine({ auth: { maxTokens: 2 } });
  const first = await m.authenticate("part-123", "robot-secret", "part-s3cret");
  const second = await m.authenticate("part-123", "robot-secret", "part-s3cret");
  await m.resourceNames(bearer(first));
  const third = await m.authenticate("part-123", "robot-secret", "part-s3cret");
  await rejectsWith(m.resourceNames(bearer(second)), GrpcStatus.UNAUTHENTICATED);
  await m.resourceNames(bearer(first));
  await m.resourceNames(bearer(third));
  m.close();
});

test("fails closed: no random source issues no token, no credentials accept no secret", async () => {
  const noRandom = machine({ random: false });
  await rejectsWith(noRandom.authenticate("part-123", "robot-secret", "part-s3cret"), GrpcStatus.FAILED_PRECONDITION, /no random source/);
  await rejectsWith(noRandom.resourceNames(), GrpcStatus.UNAUTHENTICATED);
  noRandom.close();

  const noCredentials = machine({ credentials: null });
  await rejectsWith(noCredentials.authenticate("", "robot-secret", ""), GrpcStatus.UNAUTHENTICATED);
  await rejectsWith(noCredentials.authenticate("", "robot-location-secret", ""), GrpcStatus.UNAUTHENTICATED);
  await rejectsWith(noCredentials.authenticate("part-123", "robot-secret", "part-s3cret"), GrpcStatus.UNAUTHENTICATED);
  await rejectsWith(noCredentials.resourceNames(), GrpcStatus.UNAUTHENTICATED);
  noCredentials.close();
});

test("paths the machine does not serve answer UNIMPLEMENTED before any token check", async () => {
  const m = machine();
  await rejectsWith(m.call("/proto.rpc.webrtc.v1.SignalingService/OptionalWebRTCConfig", new Uint8Array()), GrpcStatus.UNIMPLEMENTED);
  await rejectsWith(m.call("/viam.robot.v1.RobotService/StartSession", new Uint8Array()), GrpcStatus.UNIMPLEMENTED);
  // A served method without a token is refused before its request is even read.
  await rejectsWith(m.call(RESOURCE_NAMES, new Uint8Array([0x0a, 100])), GrpcStatus.UNAUTHENTICATED);
  m.close();
});

test("auth disabled: calls need no token, and Authenticate still checks what it is given", async () => {
  const m = machine({ auth: { disabled: true } });
  const names = robotApi.ResourceNamesResponse.fromBinary(await m.resourceNames());
  assert.equal(names.resources.length, 1);
  await m.resourceNames(bearer("anything"));
  await rejectsWith(m.authenticate("part-123", "robot-secret", "wrong"), GrpcStatus.UNAUTHENTICATED);
  const token = await m.authenticate("part-123", "robot-secret", "part-s3cret");
  await m.resourceNames(bearer(token));
  m.close();
});

test("close() forgets every token", async () => {
  const m = machine();
  const token = await m.authenticate("part-123", "robot-secret", "part-s3cret");
  await m.resourceNames(bearer(token));
  m.close();
  await rejectsWith(m.resourceNames(bearer(token)), GrpcStatus.UNAUTHENTICATED);
});

test("a rebuilt machine is served at once, and the tokens issued before still work", async () => {
  const m = machine();
  const token = await m.authenticate("part-123", "robot-secret", "part-s3cret");
  m.rebuild([{ name: "thermometer", namespace: "rdk", type: "sensor", model: "fake", attributes: {} }]);
  const names = robotApi.ResourceNamesResponse.fromBinary(await m.resourceNames(bearer(token)));
  assert.deepEqual(names.resources.map((name) => name.name), ["thermometer"]);
  const readings = (name: string) => m.call(GET_READINGS, new commonApi.GetReadingsRequest({ name }).toBinary(), bearer(token));
  await readings("thermometer");
  await rejectsWith(readings("fake-sensor"), GrpcStatus.NOT_FOUND, /no sensor named "fake-sensor"/);
  m.close();
});
