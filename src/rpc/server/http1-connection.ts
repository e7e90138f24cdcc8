// gRPC-web over HTTP/1.1, server side: one request at a time on a keep-alive connection, bodies by
// content-length or chunked, CORS preflight for browsers, and each call answered with a data frame and
// a 0x80 trailers frame (or a trailers-only response, the status in the HTTP headers). A call whose
// answer its headers already decide is answered at once and the rest of its body read past; every
// call's deadline runs from its headers. Input is not read while a call runs, so a pipelining peer
// waits in its own socket buffer, not in ours.
import { encodeFrame as encodeGrpcFrame, encodeTrailersFrame } from "../grpc-frame.ts";
import { GrpcError, GrpcStatus, encodeGrpcMessage } from "../grpc-status.ts";
import { corsFields, exposeFields, preflightFields } from "./cors.ts";
import { GrpcRequestBody } from "./grpc-request.ts";
import { Http1RequestError, Http1RequestReader, type Http1RequestHead, type Http1RequestSink } from "./http1-request-reader.ts";
import type { ServerLimits } from "./limits.ts";
import type { ConnectionOptions, ServerContext } from "./server-context.ts";
import type { ServerCounters } from "./server-counters.ts";
import type { ChannelHandler, SocketChannel } from "./socket-channel.ts";
import { UnaryCall, decidedByHead, grpcPath, type CallOutcome } from "./unary-call.ts";
import { frozen } from "../../frozen.ts";
import { EMPTY_BYTES, concatBytes } from "../../data/bytes.ts";

type Route = "grpc-web" | "preflight";

interface Exchange {
  head: Http1RequestHead;
  route: Route;
  body: GrpcRequestBody;
  keepAlive: boolean;
}

const REASONS: Record<number, string> = frozen({
  200: "OK",
  204: "No Content",
  400: "Bad Request",
  405: "Method Not Allowed",
  415: "Unsupported Media Type",
  431: "Request Header Fields Too Large",
  501: "Not Implemented",
  503: "Service Unavailable",
});
const MAX_STATUS_MESSAGE = 1024;

export class Http1Connection implements ChannelHandler, Http1RequestSink {
  readonly #channel: SocketChannel;
  readonly #server: ServerContext;
  readonly #limits: ServerLimits;
  readonly #counters: ServerCounters;
  readonly #reader: Http1RequestReader;
  #exchange: Exchange | undefined;
  /** The request is complete and its answer not yet written: read no further. */
  #answering = false;
  #call: UnaryCall | undefined;
  /** Bytes of the next request that arrived with the end of this one. */
  #leftover: Uint8Array = EMPTY_BYTES;
  #dead = false;

  constructor(options: ConnectionOptions) {
    this.#channel = options.channel;
    this.#server = options.server;
    this.#limits = options.server.limits;
    this.#counters = options.server.counters;
    this.#reader = new Http1RequestReader({ maxHeadBytes: this.#limits.maxHeaderListSize });
  }

  get accepting(): boolean {
    return !this.#dead && !this.#answering;
  }

  get busy(): boolean {
    return this.#call?.pending ?? false;
  }

  get bufferedBytes(): number {
    return this.#reader.bufferedBytes + this.#leftover.length + (this.#exchange?.body.bufferedBytes ?? 0);
  }

  receive(bytes: Uint8Array): void {
    let input = bytes;
    try {
      while (input.length > 0 && !this.#dead && !this.#answering) {
        input = input.subarray(this.#reader.push(input, this));
      }
    } catch (error) {
      if (!(error instanceof Http1RequestError)) throw error;
      this.#counters.connectionErrors++;
      this.respond(error.status, [], EMPTY_BYTES, false);
      return;
    }
    // Copied, so that the rest of the chunk is not kept alive with it.
    if (input.length > 0 && !this.#dead) this.#leftover = input.slice();
  }

  writable(): void {}

  timeout(): void {
    this.#counters.idleClosed++;
    this.#dead = true;
    this.#channel.end();
  }

  closed(): void {
    this.#dead = true;
    this.#call?.cancel();
    this.#call = undefined;
    this.#exchange = undefined;
    this.#leftover = EMPTY_BYTES;
  }

  shutdown(): void {
    this.#dead = true;
    this.#channel.close();
  }

  head(head: Http1RequestHead): void {
    const connection = (head.headers.get("connection") ?? "").toLowerCase();
    const keepAlive = head.version === "1.1" ? !/\bclose\b/.test(connection) : /\bkeep-alive\b/.test(connection);
    if (head.method === "OPTIONS") {
      this.#exchange = { head, route: "preflight", body: new GrpcRequestBody(0), keepAlive };
      return;
    }
    if (head.method !== "POST") throw new Http1RequestError(405, "only POST and OPTIONS");
    if (!/^application\/grpc-web(\+proto)?\s*(;.*)?$/i.test(head.headers.get("content-type") ?? "")) {
      throw new Http1RequestError(415, "not application/grpc-web+proto");
    }
    this.#exchange = { head, route: "grpc-web", body: new GrpcRequestBody(this.#limits.maxMessageBytes), keepAlive };
    const length = head.headers.get("content-length");
    if (length !== undefined && Number(length) > this.#limits.maxMessageBytes + 5) {
      // Answered before the body is read, so the connection cannot carry on after it.
      this.#exchange.keepAlive = false;
      this.answer(new GrpcError(GrpcStatus.RESOURCE_EXHAUSTED, `request message larger than ${this.#limits.maxMessageBytes} bytes`));
      return;
    }
    const path = grpcPath(head.target);
    const decided = decidedByHead(this.#server, path, head.headers);
    if (decided) {
      this.#counters.calls++;
      // Answered now; the body that follows is read past, so the connection carries on.
      this.answer(decided);
      return;
    }
    const exchange = this.#exchange;
    this.#call = new UnaryCall({ server: this.#server, path, metadata: head.headers }, (outcome) => this.outcome(exchange, outcome));
    if ((head.headers.get("expect") ?? "").toLowerCase() === "100-continue") {
      this.#channel.write(ascii("HTTP/1.1 100 Continue\r\n\r\n"));
    }
  }

  body(bytes: Uint8Array): void {
    const exchange = this.#exchange;
    // A preflight's body, if it has one, means nothing: it is read past, not kept.
    if (!exchange || this.#answering || exchange.route === "preflight") return;
    try {
      exchange.body.push(bytes);
    } catch (error) {
      if (!(error instanceof GrpcError)) throw error;
      exchange.keepAlive = false;
      this.answer(error);
    }
  }

  end(): void {
    const exchange = this.#exchange;
    if (!exchange || this.#answering) return;
    this.#answering = true;
    if (exchange.route === "preflight") {
      const fields = [...corsFields(exchange.head.headers.get("origin")), ...preflightFields(exchange.head.headers.get("access-control-request-headers"))];
      return this.respond(204, fields, EMPTY_BYTES, exchange.keepAlive);
    }
    let request: Uint8Array;
    try {
      request = exchange.body.finish();
    } catch (error) {
      return this.answer(error as GrpcError);
    }
    this.#counters.calls++;
    this.#call?.run(request);
  }

  private outcome(exchange: Exchange, outcome: CallOutcome): void {
    this.#call = undefined;
    if (this.#dead || this.#exchange !== exchange) return;
    // The deadline passed before the body ended: a peer that stalls mid-body is not read further.
    if (!this.#answering) exchange.keepAlive = false;
    if (outcome.status !== GrpcStatus.OK || !outcome.response) {
      return this.answer(new GrpcError(outcome.status, outcome.message));
    }
    const message = encodeGrpcFrame(0, outcome.response);
    const trailers = encodeTrailersFrame([["grpc-status", "0"]]);
    this.respond(200, this.grpcFields(exchange), concatBytes([message, trailers]), exchange.keepAlive);
  }

  /** A trailers-only response: the status in the HTTP headers and an empty body. */
  private answer(error: GrpcError): void {
    const exchange = this.#exchange as Exchange;
    this.#answering = true;
    const fields = this.grpcFields(exchange);
    fields.push(["grpc-status", String(error.code)]);
    if (error.grpcMessage !== "") fields.push(["grpc-message", encodeGrpcMessage(error.grpcMessage.slice(0, MAX_STATUS_MESSAGE))]);
    this.respond(200, fields, EMPTY_BYTES, exchange.keepAlive);
  }

  private grpcFields(exchange: Exchange): Array<[string, string]> {
    const requested = exchange.head.headers.get("content-type") ?? "";
    const contentType = /^application\/grpc-web\+proto/i.test(requested) ? "application/grpc-web+proto" : "application/grpc-web";
    return [["content-type", contentType], ...corsFields(exchange.head.headers.get("origin")), ...exposeFields()];
  }

  private respond(status: number, fields: Array<[string, string]>, body: Uint8Array, keepAlive: boolean): void {
    let head = `HTTP/1.1 ${status} ${REASONS[status] ?? "Error"}\r\n`;
    for (const [name, value] of fields) head += `${name}: ${value}\r\n`;
    if (status !== 204) head += `content-length: ${body.length}\r\n`;
    head += keepAlive ? "\r\n" : "connection: close\r\n\r\n";
    this.#channel.write(ascii(head));
    this.#channel.write(body);
    this.#exchange = undefined;
    if (!keepAlive) {
      this.#dead = true;
      this.#channel.end();
      return;
    }
    this.#answering = false;
    const leftover = this.#leftover;
    this.#leftover = EMPTY_BYTES;
    if (leftover.length > 0) this.receive(leftover);
    this.#channel.resume();
  }
}

export function ascii(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

export function plainResponse(status: number, fields: Array<[string, string]> = []): Uint8Array {
  let head = `HTTP/1.1 ${status} ${REASONS[status] ?? "Error"}\r\n`;
  for (const [name, value] of fields) head += `${name}: ${value}\r\n`;
  return ascii(`${head}content-length: 0\r\nconnection: close\r\n\r\n`);
}
