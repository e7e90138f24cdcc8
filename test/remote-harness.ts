// Shared by the remote-*.test.ts files: the simulated board booted by the firmware's own boot(),
// with credentials for a local cloud and its gRPC server on a free loopback port, and a
// @grpc/grpc-js peer (what viam-server's dialer speaks: h2c with prior knowledge) whose requests
// and answers go through the official @viamrobotics/sdk message classes, or the SDK's own clients.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before } from "node:test";
import { fileURLToPath } from "node:url";
import type { Message, MessageType } from "@bufbuild/protobuf";
import * as grpc from "@grpc/grpc-js";
import type { RobotClient } from "@viamrobotics/sdk";
import { startLocalCloud, type LocalCloud } from "../hosts/node/cloud/local-cloud.ts";
import { officialSchemas } from "../hosts/node/cloud/official-schemas.ts";
import { SimulatedDevice } from "../hosts/node/simulated-device.ts";
import type { SimBoard } from "../hosts/sim/board.ts";
import { boot, type Machine } from "../src/boot.ts";
import { withRobot } from "./sdk-robot.ts";

export const PART = "part-remote-1";
export const SECRET = "remote-part-secret-do-not-log";
const WALL = Date.UTC(2024, 5, 1, 12);

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** examples/config.json, plus a second GPIO (16, to drive), a fake movement sensor and a single encoder. */
export function remoteConfig(): {
  components: Array<Record<string, unknown> & { attributes: Record<string, unknown> }>;
  services: Array<Record<string, unknown>>;
  remotes: unknown[];
} {
  const config = JSON.parse(readFileSync(join(root, "examples/config.json"), "utf8"));
  config.components[0].attributes.pins = [15, 16];
  config.components.push(
    { name: "imu", namespace: "rdk", type: "movement_sensor", model: "fake", attributes: {} },
    { name: "wheel", namespace: "rdk", type: "encoder", model: "single", attributes: { pin: 18 } },
  );
  return config;
}

export const tick = (ms = 1) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls in real time (the sockets are real) until `check` holds. */
export async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await tick(2);
  }
}

export interface RemoteBoard {
  device: SimulatedDevice<Machine>;
  cloud: LocalCloud;
  logs: string[];
  machine(): Machine;
  /** The server's bound port. */
  readonly port: number;
  close(): Promise<void>;
}

export interface RemoteBoardOptions {
  /** The local config (BootOptions.config); default remoteConfig(). */
  config?: object;
  /** What the local cloud serves; default the local config. */
  cloudConfig?: object;
  virtual?: boolean;
  setup?: (board: SimBoard) => void;
  server?: { port?: number; limits?: { maxConnections?: number } };
}

export async function bootRemoteBoard(options: RemoteBoardOptions = {}): Promise<RemoteBoard> {
  const config = options.config ?? remoteConfig();
  const cloud = await startLocalCloud({ parts: [{ id: PART, secret: SECRET, config: options.cloudConfig ?? config }] });
  const dir = mkdtempSync(join(tmpdir(), "remote-"));
  const logs: string[] = [];
  const device = new SimulatedDevice<Machine>({
    dir,
    config: JSON.stringify(config),
    credentials: JSON.stringify({ cloud: { id: PART, secret: SECRET, app_address: cloud.url } }),
    virtual: options.virtual ?? true,
    wall: WALL,
    log: (level, line) => logs.push(`${level} ${line}`),
    boot,
    server: { port: 0, ...options.server },
    ...(options.setup && { setup: options.setup }),
  });
  try {
    device.start();
    await until(() => (device.machine.server?.port ?? 0) !== 0, "the server to bind");
  } catch (error) {
    device.close();
    await cloud.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    device,
    cloud,
    logs,
    machine: () => device.machine,
    get port() {
      return device.machine.server!.port;
    },
    async close() {
      device.close();
      await cloud.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** For the enclosing describe: a board booted before its tests with a grpc-js peer authenticated by the
 *  part's secret, handed to `ready`; both are closed after the tests. */
export function servedBoard(options: RemoteBoardOptions, ready: (served: { board: RemoteBoard; peer: GrpcPeer }) => void): void {
  let board: RemoteBoard | undefined;
  let peer: GrpcPeer | undefined;
  before(async () => {
    board = await bootRemoteBoard(options);
    peer = new GrpcPeer(board.port);
    await peer.authenticate(PART, "robot-secret", SECRET);
    ready({ board, peer });
  });
  after(async () => {
    peer?.close();
    await board?.close();
  });
}

/** A board booted in real time (unless `options` say otherwise) and the official SDK's RobotClient
 *  dialed at it with the part's secret, for `use`; both are closed after. */
export async function withSdkBoard(options: RemoteBoardOptions, use: (robot: RobotClient, board: RemoteBoard) => Promise<void>): Promise<void> {
  const board = await bootRemoteBoard({ virtual: false, ...options });
  try {
    await withRobot(board.port, PART, SECRET, (robot) => use(robot, board));
  } finally {
    await board.close();
  }
}

export const AUTHENTICATE = "/proto.rpc.v1.AuthService/Authenticate";

/** A gRPC peer over h2c, as viam-server dials an insecure remote. */
export class GrpcPeer {
  readonly #client: grpc.Client;
  token: string | undefined;

  /** `options` are grpc-js channel options, e.g. a subchannel pool of its own. */
  constructor(port: number, options: grpc.ChannelOptions = {}) {
    this.#client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), options);
  }

  /** Sends `request` encoded by its official class and decodes the answer with `response`; with the
   *  token, if authenticated, unless `metadata` is given. */
  call<O extends Message<O>>(path: string, request: Message | Uint8Array, response: MessageType<O>, metadata?: grpc.Metadata): Promise<O> {
    const headers = metadata ?? new grpc.Metadata();
    if (metadata === undefined && this.token !== undefined) headers.set("authorization", `Bearer ${this.token}`);
    const bytes = request instanceof Uint8Array ? request : request.toBinary();
    return new Promise((resolve, reject) => {
      this.#client.makeUnaryRequest(
        path,
        (value: Uint8Array) => Buffer.from(value),
        (answer: Buffer) => response.fromBinary(answer),
        bytes,
        headers,
        { deadline: Date.now() + 10_000 },
        (error, answer) => (error ? reject(error) : resolve(answer as O)),
      );
    });
  }

  /** Authenticate with the official AuthenticateRequest; the token is used by later calls. */
  async authenticate(entity: string, type: string, payload: string): Promise<string> {
    const { auth } = await officialSchemas();
    const method = auth.methods.authenticate;
    const answer = await this.call(AUTHENTICATE, new method.I({ entity, credentials: { type, payload } }), method.O, new grpc.Metadata());
    this.token = answer.accessToken;
    return answer.accessToken;
  }

  close(): void {
    this.#client.close();
  }
}

/** Asserts that `promise` fails with gRPC status `code`, and returns the error's details. */
export async function failsWith(promise: Promise<unknown>, code: number, details?: RegExp): Promise<void> {
  await assert.rejects(promise, (error: grpc.ServiceError) => {
    assert.equal(error.code, code, `status of "${error.details}"`);
    if (details) assert.match(error.details, details);
    return true;
  });
}

export function bearer(token: string): grpc.Metadata {
  const metadata = new grpc.Metadata();
  metadata.set("authorization", `Bearer ${token}`);
  return metadata;
}
