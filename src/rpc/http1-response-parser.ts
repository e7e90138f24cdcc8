// Incremental HTTP/1.x response parser: bytes go in as they arrive, split anywhere, and one complete
// response comes out. Bodies framed by content-length, by chunked transfer-encoding (extensions and
// trailers included), or by the connection closing. Every buffer it keeps is bounded.
import { HttpError } from "./http1-error.ts";
import { EMPTY_BYTES, concatBytes } from "../data/bytes.ts";
import { isToken } from "./http-token.ts";

export interface Http1Response {
  status: number;
  reason: string;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Map<string, string>;
  body: Uint8Array;
  /** Trailers of a chunked body (empty otherwise). */
  trailers: Map<string, string>;
  /** The connection may carry another request after this one. */
  keepAlive: boolean;
  /** The body had no length and ended when the peer closed, so truncation cannot be told from the end. */
  closeDelimited: boolean;
}

export interface Http1ResponseParserOptions {
  /** Limit on the status line plus headers, and separately on the trailers. */
  maxHeaderBytes: number;
  maxBodyBytes: number;
  /** The request was HEAD: whatever the headers say, no body follows. */
  headRequest?: boolean;
}

type State = "head" | "length" | "chunk-size" | "chunk-data" | "chunk-end" | "trailers" | "until-close" | "done";

const MAX_CHUNK_LINE_BYTES = 1024;

export class Http1ResponseParser {
  readonly #options: Http1ResponseParserOptions;
  #state: State = "head";
  /** An incomplete line carried over to the next push. */
  #partial: Uint8Array = EMPTY_BYTES;
  #lineBytes = 0;
  #status = 0;
  #reason = "";
  #version = "";
  #headers = new Map<string, string>();
  #trailers = new Map<string, string>();
  /** Body pieces as they arrive: memory follows what was received, never what a header claims. */
  #body: Uint8Array[] = [];
  #bodyLength = 0;
  /** Bytes still to come of the fixed-length body or of the current chunk. */
  #remaining = 0;
  #received = 0;
  #extra = false;
  #untilClose = false;
  #result: Http1Response | undefined;

  constructor(options: Http1ResponseParserOptions) {
    this.#options = options;
  }

  /** Bytes received so far, in this response. */
  get received(): number {
    return this.#received;
  }

  /** Feeds bytes; returns the response once it is complete. Throws HttpError on malformed or oversized input. */
  push(bytes: Uint8Array): Http1Response | undefined {
    this.#received += bytes.length;
    if (this.#state === "done") {
      if (bytes.length > 0) this.#extra = true;
      return undefined;
    }
    let input = bytes;
    if (this.#partial.length > 0) {
      input = concatBytes([this.#partial, bytes]);
      this.#partial = EMPTY_BYTES;
    }
    let at = 0;
    while (at < input.length && !this.done) {
      if (this.#state === "length" || this.#state === "chunk-data" || this.#state === "until-close") {
        at = this.takeBody(input, at);
        continue;
      }
      const lf = input.indexOf(0x0a, at);
      const limit = this.#state === "head" || this.#state === "trailers" ? this.#options.maxHeaderBytes : MAX_CHUNK_LINE_BYTES;
      if (lf < 0) {
        this.countLineBytes(input.length - at, limit);
        this.#partial = input.slice(at);
        break;
      }
      this.countLineBytes(lf + 1 - at, limit);
      let end = lf;
      if (end > at && input[end - 1] === 0x0d) end--;
      const line = latin1(input, at, end);
      at = lf + 1;
      this.line(line);
    }
    if (this.done) {
      if (at < input.length) this.#extra = true;
      this.#result = this.finish();
      return this.#result;
    }
    return undefined;
  }

  /** The peer closed the connection: completes a close-delimited body, or throws because the response is cut short. */
  end(): Http1Response {
    if (this.#state === "done") return this.#result as Http1Response;
    if (this.#state === "until-close") {
      this.#state = "done";
      this.#result = this.finish();
      return this.#result;
    }
    throw new HttpError("closed", this.#received === 0 ? "connection closed before a response" : "connection closed mid-response");
  }

  /** A getter, so that TypeScript does not narrow the state across the calls that change it. */
  private get done(): boolean {
    return this.#state === "done";
  }

  private countLineBytes(count: number, limit: number): void {
    this.#lineBytes += count;
    if (this.#lineBytes <= limit) return;
    throw this.#state === "chunk-size" || this.#state === "chunk-end"
      ? new HttpError("malformed", "chunk size line too long")
      : new HttpError("too-large", `response header block exceeds ${limit} bytes`);
  }

  private line(line: string): void {
    switch (this.#state) {
      case "head":
        if (this.#status === 0) {
          this.statusLine(line);
          return;
        }
        if (line !== "") return this.header(this.#headers, line);
        this.#lineBytes = 0;
        return this.headComplete();
      case "chunk-size":
        this.#lineBytes = 0;
        return this.chunkSize(line);
      case "chunk-end":
        if (line !== "") throw new HttpError("malformed", "chunk data longer than its size");
        this.#lineBytes = 0;
        this.#state = "chunk-size";
        return;
      case "trailers":
        if (line !== "") return this.header(this.#trailers, line);
        this.#state = "done";
        return;
    }
  }

  private statusLine(line: string): void {
    const match = /^HTTP\/(1\.[01]) ([1-5]\d\d)(?: (.*))?$/.exec(line);
    if (!match) throw new HttpError("malformed", "not an HTTP/1.x status line");
    this.#version = match[1];
    this.#status = Number(match[2]);
    this.#reason = match[3] ?? "";
  }

  private header(into: Map<string, string>, line: string): void {
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon) : "";
    // A name with spaces, or a folded continuation line, is how response-splitting attacks start.
    if (!isToken(name)) throw new HttpError("malformed", "malformed header line");
    const key = name.toLowerCase();
    const value = line.slice(colon + 1).trim();
    const previous = into.get(key);
    into.set(key, previous === undefined ? value : `${previous}, ${value}`);
  }

  private headComplete(): void {
    const status = this.#status;
    if (status >= 100 && status < 200) {
      if (status === 101) throw new HttpError("malformed", "unexpected protocol switch");
      // An interim response: the real one follows on the same connection.
      this.#status = 0;
      this.#headers = new Map();
      return;
    }
    if (this.#options.headRequest || status === 204 || status === 304) {
      this.#state = "done";
      return;
    }
    const transferEncoding = this.#headers.get("transfer-encoding");
    if (transferEncoding !== undefined) {
      const codings = transferEncoding.toLowerCase().split(",");
      this.#state = codings[codings.length - 1].trim() === "chunked" ? "chunk-size" : this.closeDelimited();
      return;
    }
    const contentLength = this.#headers.get("content-length");
    if (contentLength === undefined) {
      this.#state = this.closeDelimited();
      return;
    }
    const values = new Set(contentLength.split(",").map((value) => value.trim()));
    const [value] = values;
    if (values.size !== 1 || !/^\d{1,15}$/.test(value)) throw new HttpError("malformed", "invalid content-length");
    const length = Number(value);
    this.checkBodyLimit(length);
    this.#remaining = length;
    this.#state = length === 0 ? "done" : "length";
  }

  private chunkSize(line: string): void {
    const semicolon = line.indexOf(";");
    const digits = (semicolon < 0 ? line : line.slice(0, semicolon)).trim();
    if (!/^[0-9a-fA-F]{1,8}$/.test(digits)) throw new HttpError("malformed", "invalid chunk size");
    const size = parseInt(digits, 16);
    if (size === 0) {
      this.#state = "trailers";
      return;
    }
    this.checkBodyLimit(this.#bodyLength + size);
    this.#remaining = size;
    this.#state = "chunk-data";
  }

  private takeBody(input: Uint8Array, at: number): number {
    const available = input.length - at;
    const take = this.#state === "until-close" ? available : Math.min(this.#remaining, available);
    if (this.#state === "until-close") this.checkBodyLimit(this.#bodyLength + take);
    this.#body.push(input.slice(at, at + take));
    this.#bodyLength += take;
    this.#remaining -= take;
    if (this.#remaining === 0 && this.#state === "length") this.#state = "done";
    if (this.#remaining === 0 && this.#state === "chunk-data") this.#state = "chunk-end";
    return at + take;
  }

  private closeDelimited(): State {
    this.#untilClose = true;
    return "until-close";
  }

  private checkBodyLimit(length: number): void {
    if (length > this.#options.maxBodyBytes) {
      throw new HttpError("too-large", `response body exceeds ${this.#options.maxBodyBytes} bytes`);
    }
  }

  private finish(): Http1Response {
    const closeDelimited = this.#untilClose;
    const connection = (this.#headers.get("connection") ?? "").toLowerCase().split(",").map((token) => token.trim());
    const persistent = this.#version === "1.1" ? !connection.includes("close") : connection.includes("keep-alive");
    return {
      status: this.#status,
      reason: this.#reason,
      headers: this.#headers,
      body: this.#body.length === 1 ? this.#body[0] : concatBytes(this.#body, this.#bodyLength),
      trailers: this.#trailers,
      keepAlive: persistent && !closeDelimited && !this.#extra,
      closeDelimited,
    };
  }
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  let text = "";
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]);
  return text;
}
