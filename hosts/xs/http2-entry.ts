// Entry of a small bundle for the HTTP/2 code alone, run inside an xsnap worker (test/xs/http2.test.mjs,
// bench/server-xs.mjs) and, for comparison, under Node. Commands (JSON, replies as the harness expects):
//   decode  — split a recorded byte stream into frames and HPACK-decode its header blocks;
//   hpack   — decode a sequence of header blocks with one dynamic table;
//   serve   — start an RpcServer with an echo service on in-memory sockets;
//   replay  — feed recorded client bytes to the server and return what it answers;
//   connect — open connections that finish the HTTP/2 handshake (or replay given bytes) and stay open,
//             for the heap per connection;
//   ping    — a round trip (with `gc: true`, collects garbage first, for the heap count).
// Commands reach it through xsnap-commands.ts, which builds each reply after the command's promise jobs.
import type { ListenerOptions, Sockets, TCPOptions, TCPSocket } from "../../src/host.ts";
import { GrpcError, GrpcStatus } from "../../src/rpc/grpc-status.ts";
import { FrameReader } from "../../src/rpc/http2/frame-reader.ts";
import { Flag, FrameType, PREFACE, stripPadding } from "../../src/rpc/http2/frame.ts";
import { HpackDecoder } from "../../src/rpc/http2/hpack-decoder.ts";
import type { UnaryService } from "../../src/rpc/server/handler.ts";
import { RpcServer } from "../../src/rpc/server/rpc-server.ts";
import { replyTo, serveXsnapCommands } from "./xsnap-commands.ts";
import { concatBytes } from "../../src/data/bytes.ts";

type Command =
  | { op: "decode"; hex: string; chunk: number; preface?: boolean }
  | { op: "hpack"; blocks: string[]; maxTableSize: number }
  | { op: "serve"; maxConnections?: number }
  | { op: "replay"; hex: string; chunk: number }
  /** `hex`: what each client sends, instead of just the preface, SETTINGS and SETTINGS ACK. */
  | { op: "connect"; count: number; hex?: string }
  | { op: "disconnect" }
  | { op: "stats" }
  | { op: "ping" };

const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
const unhex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));
const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

/** Frames of a byte stream fed in pieces of `chunk` octets, header blocks decoded. */
function decode(bytes: Uint8Array, chunk: number): unknown[] {
  const reader = new FrameReader({ maxFrameSize: 1 << 20 });
  const decoder = new HpackDecoder({ maxHeaderListSize: 1 << 20 });
  const frames: unknown[] = [];
  let block: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += chunk) {
    reader.push(bytes.subarray(at, at + chunk));
    for (let frame = reader.next(); frame; frame = reader.next()) {
      const entry: Record<string, unknown> = { type: frame.type, flags: frame.flags, stream: frame.streamId, length: frame.payload.length };
      if (frame.type === FrameType.HEADERS || frame.type === FrameType.CONTINUATION) {
        let fragment = frame.type === FrameType.HEADERS ? stripPadding(frame) : frame.payload;
        if (frame.type === FrameType.HEADERS && frame.flags & Flag.PRIORITY) fragment = fragment.subarray(5);
        block.push(fragment.slice());
        if (frame.flags & Flag.END_HEADERS) {
          const whole = concatBytes(block);
          block = [];
          entry.fields = decoder.decode(whole).fields;
          entry.table = decoder.tableSize;
        }
      } else entry.payload = hex(frame.payload);
      frames.push(entry);
    }
  }
  return frames;
}

/** The echo service of the replays: Echo answers the request, Fail fails with it as the message. */
const echo: UnaryService = {
  async call(path, request) {
    if (path === "/test.Echo/Echo") return request;
    if (path === "/test.Echo/Fail") throw new GrpcError(GrpcStatus.NOT_FOUND, String.fromCharCode(...request));
    throw new GrpcError(GrpcStatus.UNIMPLEMENTED, path);
  },
};

/** The client's end of an in-memory connection. It keeps what it received only if asked to, so that
 *  the heap measured per connection is the server's. */
interface ClientEnd {
  readonly received: Uint8Array[];
  readonly receivedBytes: number;
  send(bytes: Uint8Array): void;
  hangUp(): void;
}

/**
 * Sockets with no network: Listener.read() hands out the server ends of connections opened with
 * `connect()`. Deliveries are promise jobs, as socket callbacks come from the event loop on a board.
 */
class MemorySockets implements Sockets {
  readonly TCP: Sockets["TCP"];
  readonly Listener: Sockets["Listener"];
  #listener: { onReadable?: (count: number) => void; pending: ServerEnd[] } | undefined;

  constructor() {
    const sockets = this;
    this.TCP = class implements TCPSocket {
      readonly target: unknown;
      readonly #end: ServerEnd;
      constructor(options: TCPOptions) {
        this.target = options.target;
        this.#end = options.from as ServerEnd;
        this.#end.attach(this, options);
      }
      read(byteLength?: number): ArrayBuffer | undefined {
        return this.#end.read(byteLength);
      }
      write(buffer: ArrayBuffer | ArrayBufferView): void {
        this.#end.write(buffer);
      }
      close(): void {
        this.#end.close();
      }
    };
    this.Listener = class {
      constructor(options: ListenerOptions) {
        sockets.#listener = { onReadable: options.onReadable, pending: [] };
      }
      read(): unknown {
        return sockets.#listener?.pending.shift();
      }
      close(): void {
        sockets.#listener = undefined;
      }
    } as unknown as Sockets["Listener"];
  }

  connect(keep: boolean): ClientEnd {
    const listener = this.#listener;
    if (!listener) throw new Error("nothing listens");
    const end = new ServerEnd(keep);
    listener.pending.push(end);
    later(() => listener.onReadable?.call(undefined as never, listener.pending.length));
    return end.client;
  }
}

const WRITABLE = 8192;

/** Both ends of one in-memory connection, as a class so that it costs XS no closures. */
class ServerEnd implements ClientEnd {
  readonly received: Uint8Array[] = [];
  receivedBytes = 0;
  #incoming: Uint8Array[] = [];
  #options: TCPOptions | undefined;
  #socket: TCPSocket | undefined;
  #closed = false;
  readonly #keep: boolean;

  constructor(keep: boolean) {
    this.#keep = keep;
  }

  get client(): ClientEnd {
    return this;
  }

  send(bytes: Uint8Array): void {
    if (this.#closed) return;
    this.#incoming.push(bytes.slice());
    later(() => this.#readable());
  }

  hangUp(): void {
    if (this.#closed) return;
    this.#closed = true;
    later(() => this.#options?.onError?.call(this.#socket as TCPSocket, new Error("closed by peer")));
  }

  attach(socket: TCPSocket, options: TCPOptions): void {
    this.#socket = socket;
    this.#options = options;
    later(() => this.#options?.onWritable?.call(socket, WRITABLE));
    if (this.#incoming.length > 0) later(() => this.#readable());
  }

  read(byteLength?: number): ArrayBuffer | undefined {
    const available = this.#incoming.reduce((sum, piece) => sum + piece.length, 0);
    const count = Math.min(byteLength ?? available, available);
    if (count === 0) return undefined;
    const out = new Uint8Array(count);
    let filled = 0;
    while (filled < count) {
      const head = this.#incoming[0];
      const take = Math.min(head.length, count - filled);
      out.set(head.subarray(0, take), filled);
      filled += take;
      if (take === head.length) this.#incoming.shift();
      else this.#incoming[0] = head.subarray(take);
    }
    return out.buffer;
  }

  write(buffer: ArrayBuffer | ArrayBufferView): void {
    if (this.#closed) throw new Error("socket is closed");
    const view = ArrayBuffer.isView(buffer) ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) : new Uint8Array(buffer);
    this.receivedBytes += view.length;
    if (this.#keep) this.received.push(view.slice());
    later(() => !this.#closed && this.#options?.onWritable?.call(this.#socket as TCPSocket, WRITABLE));
  }

  close(): void {
    this.#closed = true;
    this.#incoming = [];
  }

  #readable(): void {
    const available = this.#incoming.reduce((sum, piece) => sum + piece.length, 0);
    if (!this.#closed && available > 0) this.#options?.onReadable?.call(this.#socket as TCPSocket, available);
  }
}

function later(job: () => void): void {
  Promise.resolve().then(job);
}

const noTimers = {
  set: () => 0,
  repeat: () => 0,
  clear: () => {},
};
const stoppedClock = { wall: () => 0, monotonic: () => 0 };

let sockets: MemorySockets | undefined;
let server: RpcServer | undefined;
let clients: ClientEnd[] = [];
const logs: string[] = [];

/** Runs a command; the returned thunk builds the reply once the command's promise jobs have run. */
function handle(command: Command): () => unknown {
  switch (command.op) {
    case "decode": {
      const bytes = unhex(command.hex);
      const frames = decode(command.preface ? bytes.subarray(PREFACE.length) : bytes, command.chunk);
      return () => frames;
    }
    case "hpack": {
      const decoder = new HpackDecoder({ maxTableSize: command.maxTableSize, maxHeaderListSize: 1 << 20 });
      const results = command.blocks.map((block) => ({ fields: decoder.decode(unhex(block)).fields, table: decoder.tableSize }));
      return () => results;
    }
    case "serve": {
      sockets = new MemorySockets();
      server = new RpcServer({
        sockets,
        timers: noTimers,
        clock: stoppedClock,
        log: (level, message) => logs.push(`${level}: ${message}`),
        service: echo,
        limits: { maxConnections: command.maxConnections ?? 4 },
      });
      return () => ({ port: server?.port });
    }
    case "replay": {
      const client = (sockets as MemorySockets).connect(true);
      const bytes = unhex(command.hex);
      for (let at = 0; at < bytes.length; at += command.chunk) client.send(bytes.subarray(at, at + command.chunk));
      return () => hex(concatBytes(client.received));
    }
    case "connect": {
      for (let i = 0; i < command.count; i++) {
        const client = (sockets as MemorySockets).connect(false);
        if (command.hex !== undefined) client.send(unhex(command.hex));
        else {
          // The preface and an empty SETTINGS, then the SETTINGS ACK every client sends.
          client.send(ascii(PREFACE));
          client.send(Uint8Array.of(0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 4, 1, 0, 0, 0, 0));
        }
        clients.push(client);
      }
      return () => ({ open: clients.length, received: clients.map((client) => client.receivedBytes) });
    }
    case "disconnect": {
      for (const client of clients) client.hangUp();
      clients = [];
      return () => ({ open: 0 });
    }
    case "stats":
      return () => ({ ...server?.stats(), logs });
    case "ping":
      return () => ({});
  }
}

serveXsnapCommands((command: Command) => replyTo(command, handle));
