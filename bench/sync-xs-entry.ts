// Entry of bench/sync-xs.mjs's bundle for an xsnap worker: the example machine on an in-memory host,
// capturing in virtual time, then the real SyncTask uploading through the real AppClient, gRPC-web
// and HTTP/1.1 clients, as on the board. Only the socket is stood in for: an in-memory app that
// answers Authenticate at once and holds each DataCaptureUpload's answer until "release", so that
// building and sending one batch falls within one command, whose heap peak the bench reads.
//
// The stand-in allocates as little as it can (its answers are encoded once, at start), since what
// it allocates counts in the peak too. Commands reach it through hosts/xs/xsnap-commands.ts, which
// builds each reply after every promise job of the command has run.
import { boot, type Machine } from "../src/boot.ts";
import { AppClient } from "../src/cloud/app-client.ts";
import type { Host, Listener, TCPOptions, TCPSocket } from "../src/host.ts";
import { proto, viam } from "../src/proto/generated/viam.js";
import { SyncTask } from "../src/data/sync/sync-task.ts";
import { SimBoard } from "../hosts/sim/board.ts";
import { VirtualClock } from "../hosts/sim/clock.ts";
import { SimFlash } from "../hosts/sim/flash.ts";
import { MemoryKeyValue } from "../hosts/sim/key-value.ts";
import { createMemoryHost } from "../hosts/sim/memory-host.ts";
import { wireExampleWorld } from "../hosts/sim/example-world.ts";
import { replyTo, serveXsnapCommands, xsnap } from "../hosts/xs/xsnap-commands.ts";
import { concatBytes } from "../src/data/bytes.ts";

type Command =
  /** Boots `config` (no credentials: the sync task is made here) on the example world. */
  | { op: "boot"; config: string; wall: number; partId: string }
  /** Captures for `ms` of virtual time. */
  | { op: "advance"; ms: number }
  /** Creates the app client, authenticates it, and creates the SyncTask; only once capture is done. */
  | { op: "task"; maxBatchBytes?: number }
  /** Starts one sync round; each upload then waits for "release". */
  | { op: "sync" }
  /** Answers the upload being held with OK. */
  | { op: "release" }
  /** Sync state, collectors' counters and the uploads' sizes. */
  | { op: "uploads" }
  /** With the patched worker, collects garbage every `period` allocations and before every large chunk. */
  | { op: "stress"; period: number }
  | { op: "ping" };

/** About the length of the JWTs Viam's app issues; the Bearer header carries it on every upload. */
const ACCESS_TOKEN = `eyJhbGciOiJSUzI1NiIsImtpZCI6ImJlbmNoIn0.${"A".repeat(480)}.${"B".repeat(342)}`;
const AUTHENTICATE = bytesOf("POST /proto.rpc.v1.AuthService/Authenticate ");
const CONTENT_LENGTH = bytesOf("content-length:");
const FRAME_HEADER_BYTES = 5;
/** What the socket takes before it next calls onWritable: about lwIP's send buffer on the ESP32. */
const SEND_WINDOW = 5744;

function bytesOf(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** A complete gRPC-web answer over HTTP/1.1: the message frame, then an OK trailers frame. */
function httpAnswer(message: Uint8Array): Uint8Array {
  const trailers = bytesOf("grpc-status: 0\r\n");
  const body = new Uint8Array(2 * FRAME_HEADER_BYTES + message.length + trailers.length);
  const view = new DataView(body.buffer);
  view.setUint32(1, message.length);
  body.set(message, FRAME_HEADER_BYTES);
  const trailersAt = FRAME_HEADER_BYTES + message.length;
  body[trailersAt] = 0x80;
  view.setUint32(trailersAt + 1, trailers.length);
  body.set(trailers, trailersAt + FRAME_HEADER_BYTES);
  const head = bytesOf(`HTTP/1.1 200 OK\r\ncontent-type: application/grpc-web+proto\r\ncontent-length: ${body.length}\r\n\r\n`);
  return concatBytes([head, body]);
}

const AUTHENTICATED = httpAnswer(proto.rpc.v1.AuthenticateResponse.encode({ accessToken: ACCESS_TOKEN }).finish());
const UPLOADED = httpAnswer(viam.app.datasync.v1.DataCaptureUploadResponse.encode({}).finish());

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/** The content-length of a request head, read without making strings. */
function contentLength(head: Uint8Array): number {
  search: for (let at = 0; at + CONTENT_LENGTH.length < head.length; at++) {
    for (let i = 0; i < CONTENT_LENGTH.length; i++) if ((head[at + i]! | 0x20) !== CONTENT_LENGTH[i]) continue search;
    let i = at + CONTENT_LENGTH.length;
    while (head[i] === 0x20) i++;
    let value = 0;
    for (; head[i]! >= 0x30 && head[i]! <= 0x39; i++) value = value * 10 + head[i]! - 0x30;
    return value;
  }
  return 0;
}

/** The app, as one connection sees it. The HTTP client writes each request head in one piece. */
class AppSocket implements TCPSocket {
  readonly #options: TCPOptions;
  #length = 0;
  #remaining = 0;
  #authenticate = false;
  #answer: Uint8Array | undefined;

  constructor(options: TCPOptions) {
    this.#options = options;
    this.#writable();
  }

  write(buffer: ArrayBuffer | ArrayBufferView): void {
    if (this.#remaining === 0) {
      const head = ArrayBuffer.isView(buffer) ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) : new Uint8Array(buffer);
      this.#authenticate = startsWith(head, AUTHENTICATE);
      this.#length = contentLength(head);
      this.#remaining = this.#length;
    } else {
      this.#remaining -= buffer.byteLength;
    }
    this.#writable();
    if (this.#remaining > 0) return;
    if (this.#authenticate) this.answer(AUTHENTICATED);
    else app.received(this, this.#length - FRAME_HEADER_BYTES);
  }

  read(): ArrayBuffer | undefined {
    const answer = this.#answer;
    this.#answer = undefined;
    // A fresh buffer per read, as an ECMA-419 socket returns.
    return answer?.slice().buffer;
  }

  close(): void {
    this.#answer = undefined;
  }

  answer(bytes: Uint8Array): void {
    this.#answer = bytes;
    void Promise.resolve().then(() => this.#options.onReadable?.call(this, bytes.length));
  }

  #writable(): void {
    void Promise.resolve().then(() => this.#options.onWritable?.call(this, SEND_WINDOW));
  }
}

/** The sync task only connects out. */
class NoListener implements Listener {
  constructor() {
    throw new Error("this bench host does not listen");
  }
  read(): undefined {
    return undefined;
  }
  close(): void {}
}

/** Uploads received: the one being held, and every upload's message size. */
const app = {
  held: undefined as AppSocket | undefined,
  uploads: [] as number[],
  received(socket: AppSocket, messageBytes: number): void {
    this.held = socket;
    this.uploads.push(messageBytes);
  },
  release(): void {
    const socket = this.held;
    if (!socket) throw new Error("no upload is being held");
    this.held = undefined;
    socket.answer(UPLOADED);
  },
};

const logs: string[] = [];
let clock: VirtualClock | undefined;
let host: Host | undefined;
let machine: Machine | undefined;
let partId = "";
let sync: SyncTask | undefined;

function running(): { machine: Machine; clock: VirtualClock; host: Host } {
  if (!machine || !clock || !host) throw new Error("boot first");
  return { machine, clock, host };
}

function syncTask(): SyncTask {
  if (!sync) throw new Error("no sync task yet");
  return sync;
}

/** Runs `command`; what it returns is read after the command's promise jobs have run. */
function dispatch(command: Command): () => unknown {
  switch (command.op) {
    case "boot": {
      if (machine) throw new Error("already booted");
      const virtual = new VirtualClock({ wall: command.wall });
      const board = new SimBoard({ clock: virtual });
      wireExampleWorld(board);
      host = createMemoryHost({
        clock: virtual,
        board,
        flash: new SimFlash({ size: 256 * 1024 }),
        kv: new MemoryKeyValue(),
        log: (level, message) => logs.push(`${level}: ${message}`),
      });
      clock = virtual;
      partId = command.partId;
      machine = boot(host, { config: command.config });
      const names = machine.data.collectors.map((c) => c.name);
      return () => names;
    }
    case "advance": {
      running().clock.advance(command.ms);
      return () => null;
    }
    case "task": {
      const current = running();
      const service = current.machine.config.config.dataManager;
      if (!service) throw new Error("the config has no data manager service");
      if (sync) throw new Error("the sync task exists already");
      current.host.sockets = { TCP: AppSocket, Listener: NoListener };
      const client = new AppClient({
        host: current.host,
        credentials: { id: partId, secret: "bench-secret", appAddress: "http://127.0.0.1:8080" },
      });
      let authenticated = false;
      void client.authenticate().then(() => {
        authenticated = true;
      });
      // Made once capture is done: its own timer (one interval on) never comes due, since time does
      // not move after this. Its batch cap is the default, as boot() leaves it, unless told.
      const collectors = () => current.machine.data.collectors;
      const cap = command.maxBatchBytes === undefined ? {} : { maxBatchBytes: command.maxBatchBytes };
      sync = new SyncTask({ host: current.host, client, collectors, config: service, random: () => 0.5, ...cap });
      return () => {
        if (!authenticated) throw new Error("Authenticate did not complete");
        return null;
      };
    }
    case "sync": {
      void syncTask().syncNow();
      return () => ({ holding: app.held !== undefined });
    }
    case "release": {
      const task = syncTask();
      app.release();
      return () => ({ holding: app.held !== undefined, syncing: task.state.syncing });
    }
    case "uploads": {
      const task = syncTask();
      const collectors = running().machine.data.collectors;
      return () => ({
        state: { ...task.state },
        collectors: collectors.map((c) => ({ name: c.name, ...c.counters })),
        requests: app.uploads.map((bytes) => ({ bytes })),
      });
    }
    case "stress":
      xsnap.gc?.(command.period);
      return () => null;
    case "ping":
      return () => null;
    default:
      throw new TypeError(`unknown command ${JSON.stringify((command as { op?: unknown }).op)}`);
  }
}

serveXsnapCommands((command: Command) => replyTo(command, dispatch, () => logs.splice(0)));
