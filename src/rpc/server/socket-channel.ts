// One accepted connection on the Host's ECMA-419 TCP: reads the peer in small chunks only while the
// protocol wants input and the output queue is short (so a peer that does not read its replies is
// simply not read either), writes no more than onWritable allows, and keeps the times that the idle
// sweep needs. Whatever the protocol throws closes this connection, never the server.
import type { Clock, Log, Sockets, TCPSocket } from "../../host.ts";
import { OUTPUT_HIGH_WATER_BYTES, READ_CHUNK_BYTES } from "./limits.ts";
import { errorStack } from "../../error-message.ts";
import { concatBytes } from "../../data/bytes.ts";

/** Queued pieces are joined into writes of up to this many octets. */
const COALESCE_BYTES = 2048;
/** Less room than this (and than what is queued) is not worth a write: wait for more. */
const MIN_WRITE_BYTES = 512;

export interface ChannelHandler {
  receive(bytes: Uint8Array): void;
  /** The output queue drained below the high-water mark: more output may go. */
  writable(): void;
  /** The connection is gone, by either side: release everything. */
  closed(): void;
  /** Nothing was received for the idle timeout (and no call is running). */
  timeout(): void;
  /** False while the handler wants no input (e.g. an HTTP/1.1 call is running). */
  readonly accepting: boolean;
  /** A call is running, so the connection is not idle however quiet the peer is. */
  readonly busy: boolean;
  readonly bufferedBytes: number;
}

export interface SocketChannelOptions {
  sockets: Sockets;
  /** What Listener.read() returned. */
  from: unknown;
  clock: Clock;
  log: Log;
  /** Told when the connection is gone; one owner serves every channel. */
  owner: { channelClosed(channel: SocketChannel): void };
}

export class SocketChannel {
  readonly #clock: Clock;
  readonly #log: Log;
  readonly #owner: SocketChannelOptions["owner"];
  readonly #socket: TCPSocket;
  handler: ChannelHandler | undefined;
  #readable = 0;
  #writable = 0;
  readonly #queue: Uint8Array[] = [];
  #queued = 0;
  /** Inside handler.receive: writes are queued, and sent together when it returns. */
  #pumping = false;
  #closed = false;
  /** end() was called: output drains, then the socket closes; no more input is read. */
  #ending = false;
  #endedAt = 0;
  #lastActivity: number;
  #peakBufferedBytes = 0;

  constructor(options: SocketChannelOptions) {
    this.#clock = options.clock;
    this.#log = options.log;
    this.#owner = options.owner;
    this.#lastActivity = options.clock.monotonic();
    // Socket callbacks get the socket as `this`; ECMA-419's `target` leads back to the channel, so
    // three shared functions serve every connection (three closures each would cost XS about 1 KB),
    // and no module-level table is needed, which preload would make read-only.
    this.#socket = new options.sockets.TCP({
      from: options.from,
      target: this,
      onReadable: SocketChannel.#onReadable,
      onWritable: SocketChannel.#onWritable,
      onError: SocketChannel.#onError,
    });
  }

  static #of(socket: TCPSocket): SocketChannel | undefined {
    return socket.target instanceof SocketChannel ? socket.target : undefined;
  }

  static #onReadable(this: TCPSocket, count: number): void {
    const channel = SocketChannel.#of(this);
    if (!channel) return;
    channel.#readable = count;
    channel.pump();
  }

  static #onWritable(this: TCPSocket, count: number): void {
    const channel = SocketChannel.#of(this);
    if (!channel) return;
    channel.#writable = count;
    channel.flush();
    channel.drained();
  }

  static #onError(this: TCPSocket): void {
    const channel = SocketChannel.#of(this);
    if (channel) channel.finish();
  }

  get closed(): boolean {
    return this.#closed;
  }

  get ending(): boolean {
    return this.#ending;
  }

  get endedAt(): number {
    return this.#endedAt;
  }

  get lastActivity(): number {
    return this.#lastActivity;
  }

  get queuedBytes(): number {
    return this.#queued;
  }

  /** The most this connection held at once: protocol buffers plus queued output. */
  get peakBufferedBytes(): number {
    return this.#peakBufferedBytes;
  }

  write(bytes: Uint8Array): void {
    if (this.#closed || bytes.length === 0) return;
    this.#queue.push(bytes);
    this.#queued += bytes.length;
    this.measure();
    if (!this.#pumping) this.flush();
  }

  /** Sends what is queued, then closes. */
  end(): void {
    if (this.#ending || this.#closed) return;
    this.#ending = true;
    this.#endedAt = this.#clock.monotonic();
    this.flush();
  }

  /** Closes now, dropping queued output. */
  close(): void {
    this.finish();
  }

  /** The handler accepts input again: read what is waiting. */
  resume(): void {
    this.pump();
  }

  private pump(): void {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      while (!this.#closed && !this.#ending && this.#readable > 0 && this.#queued < OUTPUT_HIGH_WATER_BYTES) {
        const handler = this.handler;
        if (!handler || !handler.accepting) break;
        const buffer = this.#socket.read(Math.min(this.#readable, READ_CHUNK_BYTES));
        if (!buffer || buffer.byteLength === 0) {
          this.#readable = 0;
          break;
        }
        this.#readable -= buffer.byteLength;
        this.#lastActivity = this.#clock.monotonic();
        handler.receive(new Uint8Array(buffer));
        this.measure();
        this.flush();
      }
    } catch (error) {
      this.#log("error", `server connection failed: ${errorStack(error)}`);
      this.finish();
    } finally {
      this.#pumping = false;
    }
  }

  private flush(): void {
    try {
      while (!this.#closed && this.#queue.length > 0 && this.#writable >= Math.min(this.#queued, MIN_WRITE_BYTES)) {
        const next = this.gather();
        const take = Math.min(next.length, this.#writable);
        this.#socket.write(take === next.length ? next : next.subarray(0, take));
        this.#writable -= take;
        this.#queued -= take;
        if (take === next.length) this.#queue.shift();
        else this.#queue[0] = next.subarray(take);
      }
    } catch {
      this.finish();
      return;
    }
    if (this.#queue.length === 0 && this.#ending) this.finish();
  }

  /** Joins small queued pieces (frame headers, PING ACKs) into one write, which costs far less on a
   *  socket than many tiny ones. Returns the new head of the queue. */
  private gather(): Uint8Array {
    const queue = this.#queue;
    const limit = Math.min(this.#writable, COALESCE_BYTES);
    let count = 0;
    let bytes = 0;
    while (count < queue.length && bytes + queue[count].length <= limit) bytes += queue[count++].length;
    if (count < 2) return queue[0];
    const joined = concatBytes(queue.splice(0, count), bytes);
    queue.unshift(joined);
    return joined;
  }

  /** The socket took output: the handler may send more, and input held back may be read. */
  private drained(): void {
    if (this.#closed || this.#ending || this.#queued >= OUTPUT_HIGH_WATER_BYTES) return;
    try {
      this.handler?.writable();
    } catch (error) {
      this.#log("error", `server connection failed: ${errorStack(error)}`);
      this.finish();
      return;
    }
    this.pump();
  }

  private measure(): void {
    const held = this.#queued + (this.handler?.bufferedBytes ?? 0);
    if (held > this.#peakBufferedBytes) this.#peakBufferedBytes = held;
  }

  private finish(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#queue.length = 0;
    this.#queued = 0;
    try {
      this.#socket.close();
    } catch {
      // A socket that already failed may throw on close; it is gone either way.
    }
    try {
      this.handler?.closed();
    } finally {
      this.#owner.channelClosed(this);
    }
  }
}
