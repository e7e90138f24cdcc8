// The board's gRPC server: one port (12346 by default, as viam-micro-server) serving HTTP/2 with prior
// knowledge (h2c, what viam-server and gRPC clients speak) and gRPC-web over HTTP/1.1 (what the Viam
// TypeScript SDK speaks by default), told apart by each connection's first bytes. It moves bytes and
// enforces limits; what a call means, authentication included, is the service's business.
import type { Clock, Listener, Log, Sockets, TimerId, Timers } from "../../host.ts";
import { H2Connection } from "./h2-connection.ts";
import type { UnaryService } from "./handler.ts";
import { Http1Connection } from "./http1-connection.ts";
import { connectionBufferLimit, resolveLimits, type ServerLimits } from "./limits.ts";
import { ProtocolSniffer } from "./protocol-sniffer.ts";
import { RefusedH2, RefusedHttp1 } from "./refused-connection.ts";
import type { ServerContext } from "./server-context.ts";
import { newCounters, type ServerCounters } from "./server-counters.ts";
import { SocketChannel } from "./socket-channel.ts";
import { errorMessage } from "../../error-message.ts";

export const DEFAULT_PORT = 12346;

export interface RpcServerOptions {
  sockets: Sockets;
  timers: Timers;
  clock: Clock;
  log: Log;
  service: UnaryService;
  port?: number;
  limits?: Partial<ServerLimits>;
}

export interface ServerStats extends ServerCounters {
  /** Connections open now, the refused ones still being answered included. */
  connections: number;
  /** Octets held now by all connections: protocol buffers and queued output. */
  bufferedBytes: number;
  /** The most any one connection ever held. */
  peakConnectionBufferedBytes: number;
  /** What the limits allow one connection to hold (see connectionBufferLimit). */
  connectionBufferLimit: number;
}

/** How often idle connections, and closing ones that do not drain, are looked for. */
const SWEEP_MS = 1000;
/** A closing connection whose peer does not take the last bytes is dropped after this. */
const LINGER_MS = 2000;
/** How long a refused connection may take to show which protocol it speaks. */
const REFUSE_TIMEOUT_MS = 2000;

export class RpcServer {
  readonly #sockets: Sockets;
  readonly #timers: Timers;
  readonly #clock: Clock;
  readonly #log: Log;
  readonly #limits: ServerLimits;
  readonly #listener: Listener;
  readonly #requestedPort: number;
  /** Served connections, and refused ones being answered. */
  readonly #served = new Set<SocketChannel>();
  readonly #refused = new Set<SocketChannel>();
  readonly #counters = newCounters();
  /** Shared by every connection. */
  readonly #context: ServerContext;
  #peak = 0;
  readonly #owner = { channelClosed: (channel: SocketChannel) => this.forget(channel) };
  #sweep: TimerId | undefined;
  #closed = false;

  constructor(options: RpcServerOptions) {
    this.#sockets = options.sockets;
    this.#timers = options.timers;
    this.#clock = options.clock;
    this.#log = options.log;
    this.#limits = resolveLimits(options.limits);
    this.#requestedPort = options.port ?? DEFAULT_PORT;
    this.#context = { service: options.service, timers: options.timers, log: options.log, limits: this.#limits, counters: this.#counters };
    this.#listener = new options.sockets.Listener({
      port: this.#requestedPort,
      onReadable: (count: number) => this.accept(count),
    });
  }

  /** The port listened on: the one asked for, or (where the host tells) the one bound for port 0. */
  get port(): number {
    const bound = (this.#listener as { port?: unknown }).port;
    return typeof bound === "number" && bound > 0 ? bound : this.#requestedPort;
  }

  get limits(): Readonly<ServerLimits> {
    return this.#limits;
  }

  stats(): ServerStats {
    let bufferedBytes = 0;
    for (const channel of [...this.#served, ...this.#refused]) {
      bufferedBytes += channel.queuedBytes + (channel.handler?.bufferedBytes ?? 0);
      this.#peak = Math.max(this.#peak, channel.peakBufferedBytes);
    }
    return {
      ...this.#counters,
      connections: this.#served.size + this.#refused.size,
      bufferedBytes,
      peakConnectionBufferedBytes: this.#peak,
      connectionBufferLimit: connectionBufferLimit(this.#limits),
    };
  }

  /** Stops listening and closes every connection (HTTP/2 peers get GOAWAY first). */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#listener.close();
    for (const channel of [...this.#served, ...this.#refused]) {
      const handler = channel.handler;
      if (handler instanceof H2Connection || handler instanceof Http1Connection) handler.shutdown();
      else channel.close();
    }
    this.stopSweep();
  }

  private accept(count: number): void {
    for (let i = 0; i < count; i++) {
      const from = this.#listener.read();
      if (from === undefined) return;
      const full = this.#served.size >= this.#limits.maxConnections;
      if (this.#closed || (full && this.#refused.size >= this.#limits.maxConnections)) {
        // Too many even to answer: drop it at once.
        this.#counters.rejected++;
        new this.#sockets.TCP({ from }).close();
        continue;
      }
      const channel = new SocketChannel({
        sockets: this.#sockets,
        from,
        clock: this.#clock,
        log: this.#log,
        owner: this.#owner,
      });
      if (full) {
        this.#counters.rejected++;
        this.#refused.add(channel);
        const options = { channel, maxConnections: this.#limits.maxConnections };
        channel.handler = new ProtocolSniffer({ channel, start: (protocol) => (protocol === "h2" ? new RefusedH2(options) : new RefusedHttp1(options)) });
      } else {
        this.#counters.accepted++;
        this.#served.add(channel);
        channel.handler = new ProtocolSniffer({ channel, start: (protocol) => this.startProtocol(channel, protocol) });
      }
      this.startSweep();
    }
  }

  private startProtocol(channel: SocketChannel, protocol: "h2" | "http1") {
    const options = { channel, server: this.#context };
    return protocol === "h2" ? new H2Connection(options) : new Http1Connection(options);
  }

  private forget(channel: SocketChannel): void {
    this.#peak = Math.max(this.#peak, channel.peakBufferedBytes);
    this.#served.delete(channel);
    this.#refused.delete(channel);
    if (this.#served.size + this.#refused.size === 0) this.stopSweep();
  }

  private startSweep(): void {
    this.#sweep ??= this.#timers.repeat(() => this.sweepIdle(), SWEEP_MS);
  }

  private stopSweep(): void {
    if (this.#sweep !== undefined) this.#timers.clear(this.#sweep);
    this.#sweep = undefined;
  }

  private sweepIdle(): void {
    const now = this.#clock.monotonic();
    for (const channel of [...this.#served, ...this.#refused]) {
      if (channel.closed) continue;
      if (channel.ending) {
        if (now - channel.endedAt >= LINGER_MS) channel.close();
        continue;
      }
      const handler = channel.handler;
      const timeout = this.#refused.has(channel) ? REFUSE_TIMEOUT_MS : this.#limits.idleTimeoutMs;
      if (!handler || handler.busy || now - channel.lastActivity < timeout) continue;
      try {
        handler.timeout();
      } catch (error) {
        this.#log("error", `idle close failed: ${errorMessage(error)}`);
        channel.close();
      }
    }
  }
}
