// ECMA-419 TCP, TLS and Listener on node:net and node:tls, for the simulated board. Sockets behave as
// Moddable's do where the firmware can tell: onWritable first means connected and reports how much
// write() may take (more throws), a peer's close or reset is an onError, and when the simulated
// Wi-Fi is down new connections fail (asynchronously) and open ones break.

import net from "node:net";
import tls from "node:tls";
import type {
  Listener,
  ListenerOptions,
  Sockets,
  TCPConstructor,
  TCPOptions,
  TCPSocket,
  Wifi,
} from "../../src/host.ts";

export interface NodeSocketsOptions {
  /** The board's station interface; while it is not connected there is no network. */
  wifi?: Wifi;
  /** Extra trusted CA certificates (PEM) for TLS, on top of Node's root store: a test's own CA. */
  ca?: string | string[];
  /** How often open sockets look at the Wi-Fi state. Default 20 ms. */
  wifiPollMs?: number;
  /** What onWritable reports when nothing is in flight: a small send buffer, as on the ESP32. Default 8 KB. */
  sendBufferBytes?: number;
  /** Received bytes held for read() before the peer is paused. Default 64 KB. */
  receiveBufferBytes?: number;
}

interface Closable {
  /** The network went away under this socket or listener. */
  lost(): void;
  close(): void;
}

/** Everything open, so that Wi-Fi loss can reach it and teardown can close it. */
class Registry {
  readonly #open = new Set<Closable>();
  readonly #wifi: Wifi | undefined;
  readonly #pollMs: number;
  readonly ca: string[] | undefined;
  readonly sendBufferBytes: number;
  readonly receiveBufferBytes: number;
  #poll: ReturnType<typeof setInterval> | undefined;

  constructor(options: NodeSocketsOptions) {
    this.#wifi = options.wifi;
    this.#pollMs = options.wifiPollMs ?? 20;
    this.ca = options.ca === undefined ? undefined : [...tls.rootCertificates, ...[options.ca].flat()];
    this.sendBufferBytes = options.sendBufferBytes ?? 8 * 1024;
    this.receiveBufferBytes = options.receiveBufferBytes ?? 64 * 1024;
  }

  get wifiUp(): boolean {
    return this.#wifi?.connected ?? true;
  }

  get size(): number {
    return this.#open.size;
  }

  add(item: Closable): void {
    this.#open.add(item);
    if (this.#wifi && !this.#poll) {
      this.#poll = setInterval(() => this.#check(), this.#pollMs);
      this.#poll.unref();
    }
  }

  remove(item: Closable): void {
    this.#open.delete(item);
    if (this.#open.size === 0 && this.#poll) {
      clearInterval(this.#poll);
      this.#poll = undefined;
    }
  }

  closeAll(): void {
    for (const item of [...this.#open]) item.close();
  }

  #check(): void {
    if (this.wifiUp) return;
    for (const item of [...this.#open]) item.lost();
  }
}

/** What Listener.read() returns: an accepted connection, waiting to be passed as `from`. */
class Accepted {
  #socket: net.Socket | undefined;

  constructor(socket: net.Socket) {
    this.#socket = socket;
    // Until a TCP takes it, an error must not become an uncaught exception.
    socket.on("error", () => {});
  }

  take(): net.Socket {
    const socket = this.#socket;
    if (!socket) throw new Error("this connection was already taken");
    this.#socket = undefined;
    return socket;
  }

  destroy(): void {
    this.#socket?.destroy();
    this.#socket = undefined;
  }
}

class NodeTCP implements TCPSocket, Closable {
  readonly target: unknown;
  readonly #registry: Registry;
  readonly #options: TCPOptions;
  #socket: net.Socket | undefined;
  readonly #incoming: Buffer[] = [];
  #incomingBytes = 0;
  #inFlight = 0;
  #connected = false;
  #done = false;

  constructor(registry: Registry, options: TCPOptions, secure: boolean) {
    this.#registry = registry;
    this.#options = options;
    this.target = options.target;
    if (options.from !== undefined) {
      if (!(options.from instanceof Accepted)) throw new TypeError("`from` must come from Listener.read()");
      this.#attach(options.from.take());
      registry.add(this);
      setImmediate(() => this.#becomeConnected());
      return;
    }
    const host = secure ? (options.host ?? options.address) : (options.address ?? options.host);
    const port = options.port;
    if (!host || port === undefined || !Number.isInteger(port) || port < 1 || port > 65535) {
      throw new TypeError("a TCP socket needs an address (or host) and a port");
    }
    registry.add(this);
    if (!registry.wifiUp) {
      setImmediate(() => this.#fail(new Error("no network: Wi-Fi is down")));
      return;
    }
    const socket = secure
      ? tls.connect({
          host,
          port,
          ...(net.isIP(host) === 0 && { servername: options.secure?.serverName ?? host }),
          ...(registry.ca && { ca: registry.ca }),
          rejectUnauthorized: options.secure?.verify !== false,
        })
      : net.connect({ host, port });
    socket.once(secure ? "secureConnect" : "connect", () => this.#becomeConnected());
    this.#attach(socket);
  }

  read(byteLength?: number): ArrayBuffer | undefined {
    if (this.#incomingBytes === 0) return undefined;
    const count = Math.min(byteLength ?? this.#incomingBytes, this.#incomingBytes);
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
    this.#incomingBytes -= count;
    if (this.#socket?.isPaused() && this.#incomingBytes < this.#registry.receiveBufferBytes) this.#socket.resume();
    return out.buffer;
  }

  write(buffer: ArrayBuffer | ArrayBufferView): void {
    if (this.#done || !this.#connected || !this.#socket) throw new Error("socket is not connected");
    const bytes = ArrayBuffer.isView(buffer)
      ? Buffer.from(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength))
      : Buffer.from(new Uint8Array(buffer));
    const room = this.#registry.sendBufferBytes - this.#inFlight;
    if (bytes.length > room) throw new RangeError(`write of ${bytes.length} bytes, but only ${room} are writable`);
    if (!this.#registry.wifiUp) {
      setImmediate(() => this.lost());
      return;
    }
    this.#inFlight += bytes.length;
    this.#socket.write(bytes, () => {
      this.#inFlight -= bytes.length;
      this.#notifyWritable();
    });
  }

  close(): void {
    if (this.#done) return;
    this.#done = true;
    this.#finish();
  }

  lost(): void {
    this.#fail(new Error("no network: Wi-Fi is down"));
  }

  #attach(socket: net.Socket): void {
    this.#socket = socket;
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => {
      if (this.#done) return;
      if (!this.#registry.wifiUp) return this.lost();
      this.#incoming.push(chunk);
      this.#incomingBytes += chunk.length;
      if (this.#incomingBytes >= this.#registry.receiveBufferBytes) socket.pause();
      this.#options.onReadable?.call(this, this.#incomingBytes);
    });
    socket.on("end", () => this.#fail(new Error("connection closed by peer")));
    socket.on("error", (error) => this.#fail(error));
    socket.on("close", () => this.#fail(new Error("connection closed")));
  }

  #becomeConnected(): void {
    if (this.#done) return;
    if (!this.#registry.wifiUp) return this.lost();
    this.#connected = true;
    this.#notifyWritable();
  }

  #notifyWritable(): void {
    if (this.#done || !this.#connected) return;
    this.#options.onWritable?.call(this, this.#registry.sendBufferBytes - this.#inFlight);
  }

  #fail(error: Error): void {
    if (this.#done) return;
    this.#done = true;
    this.#finish();
    this.#options.onError?.call(this, error);
  }

  #finish(): void {
    this.#registry.remove(this);
    this.#socket?.destroy();
    this.#incoming.length = 0;
    this.#incomingBytes = 0;
  }
}

class NodeListener implements Listener, Closable {
  readonly #registry: Registry;
  readonly #server: net.Server;
  readonly #pending: Accepted[] = [];
  readonly #requestedPort: number;
  #closed = false;
  /** Settles once the port is bound; rejects if it cannot be (e.g. already in use). */
  readonly ready: Promise<void>;

  constructor(registry: Registry, options: ListenerOptions) {
    this.#registry = registry;
    this.#requestedPort = options.port;
    this.#server = net.createServer({ noDelay: true }, (socket) => {
      if (this.#closed || !registry.wifiUp) {
        socket.destroy();
        return;
      }
      this.#pending.push(new Accepted(socket));
      options.onReadable?.call(this, this.#pending.length);
    });
    this.ready = new Promise((resolve, reject) => {
      this.#server.once("listening", () => resolve());
      this.#server.once("error", reject);
    });
    // Nobody has to await `ready`; a failed bind then only shows as a listener that never accepts.
    this.ready.catch(() => {});
    registry.add(this);
    // The simulated board is reachable from this machine only, unless an address says otherwise.
    this.#server.listen(options.port, options.address ?? "127.0.0.1");
  }

  /** The bound port: the one asked for, or the one the system chose for port 0 once `ready`. */
  get port(): number {
    const address = this.#server.address();
    return typeof address === "object" && address ? address.port : this.#requestedPort;
  }

  read(): unknown {
    return this.#pending.shift();
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#registry.remove(this);
    for (const connection of this.#pending.splice(0)) connection.destroy();
    this.#server.close();
  }

  lost(): void {
    // Listening survives a Wi-Fi drop, as on the board; only connections already made break.
  }
}

export class NodeSockets implements Sockets {
  readonly TCP: TCPConstructor;
  readonly TLS: TCPConstructor;
  readonly Listener: new (options: ListenerOptions) => NodeListener;
  readonly #registry: Registry;

  constructor(options: NodeSocketsOptions = {}) {
    const registry = new Registry(options);
    this.#registry = registry;
    this.TCP = class TCP extends NodeTCP {
      constructor(options: TCPOptions) {
        super(registry, options, false);
      }
    };
    this.TLS = class TLS extends NodeTCP {
      constructor(options: TCPOptions) {
        super(registry, options, true);
      }
    };
    this.Listener = class extends NodeListener {
      constructor(options: ListenerOptions) {
        super(registry, options);
      }
    };
  }

  /** Sockets and listeners not yet closed: a test's leak check. */
  get openCount(): number {
    return this.#registry.size;
  }

  /** Closes every socket and listener still open. */
  close(): void {
    this.#registry.closeAll();
  }
}

export type { NodeListener };
