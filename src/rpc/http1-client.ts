// HTTP/1.1 client over the Host's ECMA-419 TCP or TLS socket. One keep-alive connection, one request
// at a time (later calls wait their turn), a time limit on every call, and bounded buffers. The
// connection is reopened when the server has closed it, and dropped whenever its state is in doubt.
import type { TCPConstructor, TCPSocket, TimerId, Timers, Sockets } from "../host.ts";
import { HttpError } from "./http1-error.ts";
import { encodeRequestHead } from "./http1-request.ts";
import { Http1ResponseParser, type Http1Response } from "./http1-response-parser.ts";
import { errorMessage } from "../error-message.ts";

export interface Http1ClientOptions {
  sockets: Sockets;
  timers: Timers;
  /** TLS (certificate verified against `host`) instead of plain TCP. */
  secure: boolean;
  /** Host name or IP address literal (IPv6 without brackets). */
  host: string;
  port: number;
  /** Limit on a response's header block, and separately on its trailers. Default 16 KB. */
  maxHeaderBytes?: number;
  /** Limit on a response body. Default 4 MB. */
  maxBodyBytes?: number;
}

export interface Http1Request {
  method: string;
  path: string;
  headers?: Record<string, string>;
  /** The body, or its pieces: sent one after another, never joined into one buffer. */
  body?: Uint8Array | readonly Uint8Array[];
  /** From the call to request() until the response is complete, waiting for a turn included. */
  timeoutMs: number;
}

interface Exchange {
  method: string;
  head: Uint8Array;
  body: readonly Uint8Array[];
  timeoutMs: number;
  resolve(response: Http1Response): void;
  reject(error: HttpError): void;
  timer: TimerId;
  /** Already resent once after a kept-alive connection turned out to be closed. */
  resent: boolean;
}

export class Http1Client {
  readonly #options: Http1ClientOptions;
  readonly #Socket: TCPConstructor;
  readonly #authority: string;
  readonly #queue: Exchange[] = [];
  #active: Exchange | undefined;
  #connection: Connection | undefined;
  #closed = false;

  constructor(options: Http1ClientOptions) {
    const Socket = options.secure ? options.sockets.TLS : options.sockets.TCP;
    if (!Socket) throw new Error("this host has no TLS sockets");
    this.#options = options;
    this.#Socket = Socket;
    const defaultPort = options.secure ? 443 : 80;
    const name = options.host.includes(":") ? `[${options.host}]` : options.host;
    this.#authority = options.port === defaultPort ? name : `${name}:${options.port}`;
  }

  request(request: Http1Request): Promise<Http1Response> {
    if (this.#closed) return Promise.reject(new HttpError("cancelled", "client closed"));
    const body = request.body === undefined ? [] : request.body instanceof Uint8Array ? [request.body] : request.body;
    let bodyLength = 0;
    for (const piece of body) bodyLength += piece.length;
    let head: Uint8Array;
    try {
      head = encodeRequestHead({
        method: request.method,
        path: request.path,
        authority: this.#authority,
        headers: request.headers ?? {},
        ...(request.body !== undefined && { bodyLength }),
      });
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      const exchange: Exchange = {
        method: request.method,
        head,
        body,
        timeoutMs: request.timeoutMs,
        resolve,
        reject,
        timer: undefined,
        resent: false,
      };
      exchange.timer = this.#options.timers.set(() => this.timedOut(exchange), request.timeoutMs);
      this.#queue.push(exchange);
      this.next();
    });
  }

  /** Rejects every pending call with "cancelled" and closes the connection. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    const pending = this.#active ? [this.#active, ...this.#queue] : [...this.#queue];
    this.#queue.length = 0;
    this.#active = undefined;
    this.dropConnection();
    for (const exchange of pending) this.settle(exchange, new HttpError("cancelled", "client closed"));
  }

  private next(): void {
    if (this.#active || this.#closed || this.#queue.length === 0) return;
    const exchange = this.#queue.shift() as Exchange;
    this.#active = exchange;
    let connection = this.#connection;
    if (!connection?.usable) {
      this.dropConnection();
      connection = new Connection(this.#Socket, this.#options, {
        response: (response) => this.responded(connection as Connection, response),
        failure: (error, reused) => this.failed(connection as Connection, error, reused),
      });
      this.#connection = connection;
    }
    connection.send(exchange.head, exchange.body, exchange.method === "HEAD");
  }

  private responded(connection: Connection, response: Http1Response): void {
    const exchange = this.#active;
    if (connection !== this.#connection || !exchange) return;
    if (!response.keepAlive) this.dropConnection();
    this.#active = undefined;
    this.settle(exchange, response);
    this.next();
  }

  private failed(connection: Connection, error: HttpError, reused: boolean): void {
    const exchange = this.#active;
    if (connection !== this.#connection || !exchange) return;
    this.dropConnection();
    this.#active = undefined;
    // A kept-alive connection can be closed by the server just as a request goes out on it; nothing
    // of the response arrived, so the request goes once more on a fresh connection, as browsers do.
    if (reused && error.failure === "closed" && !exchange.resent) {
      exchange.resent = true;
      this.#queue.unshift(exchange);
    } else {
      this.settle(exchange, error);
    }
    this.next();
  }

  private timedOut(exchange: Exchange): void {
    exchange.timer = undefined;
    if (this.#active === exchange) {
      // The response may still be on its way; the connection cannot carry another request.
      this.dropConnection();
      this.#active = undefined;
    } else {
      const index = this.#queue.indexOf(exchange);
      if (index < 0) return;
      this.#queue.splice(index, 1);
    }
    this.settle(exchange, new HttpError("timeout", `no response within ${exchange.timeoutMs} ms`));
    this.next();
  }

  private settle(exchange: Exchange, outcome: Http1Response | HttpError): void {
    if (exchange.timer !== undefined) this.#options.timers.clear(exchange.timer);
    exchange.timer = undefined;
    if (outcome instanceof HttpError) exchange.reject(outcome);
    else exchange.resolve(outcome);
  }

  private dropConnection(): void {
    this.#connection?.close();
    this.#connection = undefined;
  }
}

interface ConnectionEvents {
  response(response: Http1Response): void;
  /** `reused`: the failed request was not the first on this connection, and no byte of its response came. */
  failure(error: HttpError, reused: boolean): void;
}

/** One socket and the request/response in flight on it. Reports each outcome once, asynchronously. */
class Connection {
  readonly #socket: TCPSocket | undefined;
  readonly #events: ConnectionEvents;
  readonly #limits: { maxHeaderBytes: number; maxBodyBytes: number };
  #connected = false;
  #dead = false;
  #writable = 0;
  readonly #output: Uint8Array[] = [];
  #parser: Http1ResponseParser | undefined;
  #sent = 0;

  constructor(Socket: TCPConstructor, options: Http1ClientOptions, events: ConnectionEvents) {
    this.#events = events;
    this.#limits = { maxHeaderBytes: options.maxHeaderBytes ?? 16 * 1024, maxBodyBytes: options.maxBodyBytes ?? 4 * 1024 * 1024 };
    const literal = isIpLiteral(options.host);
    try {
      this.#socket = new Socket({
        ...(literal ? { address: options.host } : { host: options.host }),
        port: options.port,
        ...(options.secure && { host: options.host, secure: literal ? { verify: true } : { serverName: options.host, verify: true } }),
        onWritable: (byteLength: number) => this.onWritable(byteLength),
        onReadable: (byteLength: number) => this.onReadable(byteLength),
        onError: (error?: unknown) => this.onError(error),
      });
    } catch (error) {
      this.#dead = true;
      const failure = new HttpError("unreachable", `cannot open a connection: ${describe(error)}`);
      Promise.resolve().then(() => this.#events.failure(failure, false));
    }
  }

  get usable(): boolean {
    return !this.#dead;
  }

  send(head: Uint8Array, body: readonly Uint8Array[], headRequest: boolean): void {
    if (this.#dead) return;
    this.#sent++;
    this.#parser = new Http1ResponseParser({ ...this.#limits, headRequest });
    this.#output.push(head);
    for (const piece of body) if (piece.length > 0) this.#output.push(piece);
    this.flush();
  }

  close(): void {
    if (this.#dead) return;
    this.#dead = true;
    this.#parser = undefined;
    this.#output.length = 0;
    try {
      this.#socket?.close();
    } catch {
      // Closing a socket that already failed may throw on some hosts; it is gone either way.
    }
  }

  private onWritable(byteLength: number): void {
    if (this.#dead) return;
    this.#connected = true;
    this.#writable = byteLength;
    this.flush();
  }

  private onReadable(byteLength: number): void {
    if (this.#dead) return;
    const buffer = this.#socket?.read(byteLength);
    if (!buffer || buffer.byteLength === 0) return;
    const parser = this.#parser;
    if (!parser) {
      // Bytes nobody asked for (a late answer, or a server's 408 on an idle connection).
      this.close();
      return;
    }
    let response: Http1Response | undefined;
    try {
      response = parser.push(new Uint8Array(buffer));
    } catch (error) {
      return this.fail(error instanceof HttpError ? error : new HttpError("malformed", describe(error)));
    }
    if (!response) return;
    this.#parser = undefined;
    this.#events.response(response);
  }

  private onError(error: unknown): void {
    if (this.#dead) return;
    const parser = this.#parser;
    if (!parser) {
      this.close();
      return;
    }
    if (!this.#connected) return this.fail(new HttpError("unreachable", `cannot connect: ${describe(error)}`));
    let response: Http1Response;
    try {
      response = parser.end();
    } catch (failure) {
      return this.fail(failure as HttpError, this.#sent > 1 && parser.received === 0);
    }
    this.#parser = undefined;
    this.close();
    this.#events.response(response);
  }

  private fail(error: HttpError, reused = false): void {
    this.close();
    this.#events.failure(error, reused);
  }

  private flush(): void {
    try {
      while (this.#connected && this.#writable > 0 && this.#output.length > 0) {
        const next = this.#output[0];
        const take = Math.min(next.length, this.#writable);
        this.#socket?.write(take === next.length ? next : next.subarray(0, take));
        this.#writable -= take;
        if (take === next.length) this.#output.shift();
        else this.#output[0] = next.subarray(take);
      }
    } catch (error) {
      this.fail(new HttpError("closed", `write failed: ${describe(error)}`));
    }
  }
}

function isIpLiteral(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(":");
}

function describe(error: unknown): string {
  return error === undefined ? "connection lost" : errorMessage(error);
}
