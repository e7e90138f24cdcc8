// Entry of the sync bundle for an xsnap worker (and, for comparison, node:vm): the example machine
// on an in-memory host without sockets, capturing in virtual time, then the real SyncTask uploading
// to a client that records each request instead of sending it; and the gRPC-web client's response
// path (HTTP/1.1 parser, frame decoder, status mapping) on raw response bytes. The XS test compares
// both engines' bytes. Commands reach it through xsnap-commands.ts.
import { boot, type Machine } from "../../src/boot.ts";
import type { Host, LogLevel } from "../../src/host.ts";
import { viam } from "../../src/proto/generated/viam.js";
import { SyncTask } from "../../src/data/sync/sync-task.ts";
import { decodeGrpcWebResponse } from "../../src/rpc/grpc-web-response.ts";
import { GrpcError } from "../../src/rpc/grpc-status.ts";
import { Http1ResponseParser } from "../../src/rpc/http1-response-parser.ts";
import { SimBoard } from "../sim/board.ts";
import { VirtualClock } from "../sim/clock.ts";
import { SimFlash } from "../sim/flash.ts";
import { MemoryKeyValue } from "../sim/key-value.ts";
import { createMemoryHost } from "../sim/memory-host.ts";
import { wireExampleWorld } from "../sim/example-world.ts";
import { replyTo, serveXsnapCommands } from "./xsnap-commands.ts";

type Command =
  /** Boots `config` (no credentials: sync is driven by hand) on the example world. */
  | { op: "boot"; config: string; wall: number; partId: string }
  /** Captures for `ms` of virtual time. */
  | { op: "advance"; ms: number }
  /** Creates the SyncTask, as boot() would with credentials; only once capture is done. */
  | { op: "task" }
  /** Starts one sync round. With `hold`, each upload waits for "release". */
  | { op: "sync"; hold?: boolean }
  /** Answers the upload being held: OK, or a gRPC failure. */
  | { op: "release"; fail?: { code: number; message: string } }
  /** Sync state, collectors' counters and the requests recorded so far (hex). */
  | { op: "uploads" }
  /** Parses raw HTTP response bytes, fed in `pieces`-byte pieces, then the connection closes if `close`. */
  | { op: "parse"; http: string; pieces: number; close?: boolean }
  | { op: "ping" };

interface Recorded {
  path: string;
  hex: string;
  bytes: number;
  /** Read back from the request itself: whose records it carries, and how many. */
  component: string;
  method: string;
  records: number;
}

/** The SyncTask's app client: keeps what it is asked to send, and answers at once or when told. */
class RecordingClient {
  readonly partId: string;
  readonly requests: Recorded[] = [];
  hold = false;
  calls = 0;
  #pending: { resolve: (bytes: Uint8Array) => void; reject: (error: unknown) => void } | undefined;

  constructor(partId: string) {
    this.partId = partId;
  }

  get holding(): boolean {
    return this.#pending !== undefined;
  }

  call(path: string, request: Uint8Array): Promise<Uint8Array> {
    this.calls++;
    const { metadata, sensorContents } = viam.app.datasync.v1.DataCaptureUploadRequest.decode(request);
    const component = metadata?.componentName ?? "";
    const method = metadata?.methodName ?? "";
    this.requests.push({ path, hex: hex(request), bytes: request.length, component, method, records: sensorContents.length });
    if (!this.hold) return Promise.resolve(OK);
    return new Promise((resolve, reject) => {
      this.#pending = { resolve, reject };
    });
  }

  release(fail?: { code: number; message: string }): void {
    const pending = this.#pending;
    if (!pending) throw new Error("no upload is being held");
    this.#pending = undefined;
    if (fail) pending.reject(new GrpcError(fail.code, fail.message));
    else pending.resolve(OK);
  }
}

const OK = viam.app.datasync.v1.DataCaptureUploadResponse.encode({}).finish();

const logs: string[] = [];
let clock: VirtualClock | undefined;
let host: Host | undefined;
let machine: Machine | undefined;
let client: RecordingClient | undefined;
let sync: SyncTask | undefined;

function hex(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += bytes[i]!.toString(16).padStart(2, "0");
  return out;
}

function unhex(text: string): Uint8Array {
  const out = new Uint8Array(text.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function running(): { machine: Machine; clock: VirtualClock } {
  if (!machine || !clock) throw new Error("boot first");
  return { machine, clock };
}

function syncTask(): { sync: SyncTask; client: RecordingClient } {
  if (!sync || !client) throw new Error("no sync task yet");
  return { sync, client };
}

function parse(command: Extract<Command, { op: "parse" }>): unknown {
  const parser = new Http1ResponseParser({ maxHeaderBytes: 16 * 1024, maxBodyBytes: 1024 * 1024 });
  const bytes = unhex(command.http);
  try {
    let response;
    for (let at = 0; at < bytes.length && !response; at += command.pieces) {
      response = parser.push(bytes.subarray(at, at + command.pieces));
    }
    if (!response && command.close) response = parser.end();
    if (!response) return { incomplete: true };
    try {
      const message = decodeGrpcWebResponse(response);
      const decoded = viam.app.datasync.v1.DataCaptureUploadResponse.decode(message);
      return { status: response.status, message: hex(message), fileId: decoded.fileId, binaryDataId: decoded.binaryDataId };
    } catch (error) {
      if (error instanceof GrpcError) return { status: response.status, code: error.code, grpcMessage: error.grpcMessage };
      throw error;
    }
  } catch (error) {
    // Malformed or cut-short HTTP: the client maps these to a gRPC code; here both engines must
    // simply agree on what was wrong.
    const { name, message } = error instanceof Error ? error : { name: "Thrown", message: String(error) };
    return { thrown: { name, message } };
  }
}

function dispatch(command: Command): () => unknown {
  switch (command.op) {
    case "boot": {
      if (machine) throw new Error("already booted");
      const virtual = new VirtualClock({ wall: command.wall });
      const board = new SimBoard({ clock: virtual });
      wireExampleWorld(board);
      const log = (level: LogLevel, message: string) => logs.push(`${level}: ${message}`);
      host = createMemoryHost({ clock: virtual, board, flash: new SimFlash({ size: 256 * 1024 }), kv: new MemoryKeyValue(), log });
      clock = virtual;
      machine = boot(host, { config: command.config });
      client = new RecordingClient(command.partId);
      const names = machine.data.collectors.map((c) => c.name);
      return () => names;
    }
    case "advance": {
      running().clock.advance(command.ms);
      return () => null;
    }
    case "task": {
      const { machine: current } = running();
      const service = current.config.config.dataManager;
      if (!service || !client || !host) throw new Error("the config has no data manager service");
      if (sync) throw new Error("the sync task exists already");
      // Made once capture is done: its own timer (one interval on) never comes due, since time does
      // not move after this.
      sync = new SyncTask({ host, client, collectors: () => current.data.collectors, config: service, random: () => 0.5 });
      return () => null;
    }
    case "sync": {
      const task = syncTask();
      task.client.hold = command.hold ?? false;
      void task.sync.syncNow();
      return () => ({ holding: task.client.holding, calls: task.client.calls });
    }
    case "release": {
      const task = syncTask();
      task.client.release(command.fail);
      return () => ({ holding: task.client.holding, calls: task.client.calls, syncing: task.sync.state.syncing });
    }
    case "uploads": {
      const { sync: task, client: recorder } = syncTask();
      const collectors = running().machine.data.collectors;
      return () => ({
        state: { ...task.state },
        collectors: collectors.map((c) => ({ name: c.name, ...c.counters })),
        requests: recorder.requests,
      });
    }
    case "parse": {
      const value = parse(command);
      return () => value;
    }
    case "ping":
      return () => null;
    default:
      throw new TypeError(`unknown command ${JSON.stringify((command as { op?: unknown }).op)}`);
  }
}

serveXsnapCommands((command: Command) => replyTo(command, dispatch, () => logs.splice(0)));
