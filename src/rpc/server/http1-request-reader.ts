// Incremental HTTP/1.1 request reader for the server: the request line and headers (bounded), then the
// body framed by content-length or chunked transfer-coding, handed on in pieces as it arrives. It stops
// at the end of each request, so that the connection can answer before reading the next one.
import { latin1 } from "../http2/hpack-decoder.ts";
import { EMPTY_BYTES, concatBytes } from "../../data/bytes.ts";
import { isToken } from "../http-token.ts";

export interface Http1RequestHead {
  method: string;
  target: string;
  /** "1.0" or "1.1". */
  version: string;
  /** Lower-case names; repeated fields joined with ", ". */
  headers: Map<string, string>;
}

export interface Http1RequestSink {
  head(head: Http1RequestHead): void;
  body(bytes: Uint8Array): void;
  end(): void;
}

/** A request that cannot be read; `status` is the HTTP status to answer with before closing. */
export class Http1RequestError extends Error {
  override readonly name = "Http1RequestError";
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type State = "head" | "length" | "chunk-size" | "chunk-data" | "chunk-end" | "trailers";

const MAX_CHUNK_LINE = 256;

export class Http1RequestReader {
  readonly #maxHeadBytes: number;
  #state: State = "head";
  /** An incomplete line carried to the next push. */
  #partial: Uint8Array = EMPTY_BYTES;
  #lineBytes = 0;
  #head: Http1RequestHead | undefined;
  #remaining = 0;

  constructor(options: { maxHeadBytes: number }) {
    this.#maxHeadBytes = options.maxHeadBytes;
  }

  get bufferedBytes(): number {
    return this.#partial.length;
  }

  /** True between requests (nothing of the next one read yet). */
  get idle(): boolean {
    return this.#state === "head" && !this.#head && this.#lineBytes === 0;
  }

  /** Reads from `bytes` until one request ends; returns how many octets it used. Throws Http1RequestError. */
  push(bytes: Uint8Array, sink: Http1RequestSink): number {
    let at = 0;
    while (at < bytes.length) {
      if (this.#state === "length" || this.#state === "chunk-data") {
        const take = Math.min(this.#remaining, bytes.length - at);
        sink.body(bytes.subarray(at, at + take));
        at += take;
        this.#remaining -= take;
        if (this.#remaining > 0) break;
        if (this.#state === "chunk-data") this.#state = "chunk-end";
        else {
          this.complete(sink);
          return at;
        }
        continue;
      }
      const lf = bytes.indexOf(0x0a, at);
      const limit = this.#state === "head" || this.#state === "trailers" ? this.#maxHeadBytes : MAX_CHUNK_LINE;
      const end = lf < 0 ? bytes.length : lf + 1;
      this.#lineBytes += end - at;
      if (this.#lineBytes > limit) {
        throw this.#state === "head" || this.#state === "trailers"
          ? new Http1RequestError(431, "request head too large")
          : new Http1RequestError(400, "chunk size line too long");
      }
      if (lf < 0) {
        this.#partial = concatBytes([this.#partial, bytes.subarray(at)]);
        return bytes.length;
      }
      const lineBytes = this.#partial.length > 0 ? concatBytes([this.#partial, bytes.subarray(at, lf)]) : bytes.subarray(at, lf);
      this.#partial = EMPTY_BYTES;
      at = lf + 1;
      const line = latin1(lineBytes, 0, lineBytes.length - (lineBytes[lineBytes.length - 1] === 0x0d ? 1 : 0));
      if (this.line(line, sink)) return at;
    }
    return at;
  }

  /** Handles one line; true when the request ended with it. */
  private line(line: string, sink: Http1RequestSink): boolean {
    switch (this.#state) {
      case "head":
        if (!this.#head) {
          if (line === "") {
            // Empty lines before a request line are tolerated (RFC 9112 §2.2).
            this.#lineBytes = 0;
            return false;
          }
          this.#head = requestLine(line);
          return false;
        }
        if (line !== "") {
          addField(this.#head.headers, line);
          return false;
        }
        this.#lineBytes = 0;
        return this.startBody(sink);
      case "chunk-size": {
        this.#lineBytes = 0;
        const match = /^([0-9A-Fa-f]{1,8})(?:[ \t]*;.*)?$/.exec(line);
        if (!match) throw new Http1RequestError(400, "malformed chunk size");
        this.#remaining = parseInt(match[1], 16);
        this.#state = this.#remaining === 0 ? "trailers" : "chunk-data";
        return false;
      }
      case "chunk-end":
        this.#lineBytes = 0;
        if (line !== "") throw new Http1RequestError(400, "chunk longer than its size");
        this.#state = "chunk-size";
        return false;
      case "trailers":
        if (line !== "") {
          // Trailer fields are read for their framing only; gRPC-web requests carry none.
          if (!isToken(line.slice(0, Math.max(line.indexOf(":"), 0)))) throw new Http1RequestError(400, "malformed trailer");
          return false;
        }
        this.complete(sink);
        return true;
      default:
        return false;
    }
  }

  private startBody(sink: Http1RequestSink): boolean {
    const head = this.#head as Http1RequestHead;
    const transferEncoding = head.headers.get("transfer-encoding");
    const contentLength = head.headers.get("content-length");
    sink.head(head);
    if (transferEncoding !== undefined) {
      if (contentLength !== undefined) throw new Http1RequestError(400, "both content-length and transfer-encoding");
      if (transferEncoding.trim().toLowerCase() !== "chunked") throw new Http1RequestError(501, "unsupported transfer-encoding");
      this.#state = "chunk-size";
      return false;
    }
    if (contentLength !== undefined) {
      if (!/^\d{1,15}$/.test(contentLength)) throw new Http1RequestError(400, "invalid content-length");
      this.#remaining = Number(contentLength);
      if (this.#remaining > 0) {
        this.#state = "length";
        return false;
      }
    }
    this.complete(sink);
    return true;
  }

  private complete(sink: Http1RequestSink): void {
    this.#state = "head";
    this.#head = undefined;
    this.#lineBytes = 0;
    this.#remaining = 0;
    sink.end();
  }
}

function requestLine(line: string): Http1RequestHead {
  const match = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+) (\S+) HTTP\/1\.([01])$/.exec(line);
  if (!match) throw new Http1RequestError(400, "malformed request line");
  return { method: match[1], target: match[2], version: `1.${match[3]}`, headers: new Map() };
}

function addField(headers: Map<string, string>, line: string): void {
  const colon = line.indexOf(":");
  const name = colon > 0 ? line.slice(0, colon) : "";
  // A name with spaces, or a folded line, is how request smuggling starts: refuse both.
  if (!isToken(name)) throw new Http1RequestError(400, "malformed header line");
  const key = name.toLowerCase();
  const value = line.slice(colon + 1).trim();
  const previous = headers.get(key);
  if (previous !== undefined && key === "content-length" && previous !== value) {
    throw new Http1RequestError(400, "conflicting content-length");
  }
  headers.set(key, previous === undefined || key === "content-length" ? value : `${previous}, ${value}`);
}
