// Serialises an HTTP/1.1 request head, refusing anything that could split it into two requests.
import { isToken } from "./http-token.ts";

/** Set by the client from the request itself, so a caller cannot contradict them. */
const RESERVED = new Set(["host", "content-length", "transfer-encoding", "connection"]);
const REQUEST_LINE_END = " HTTP/1.1\r\n";
const HOST = "host: ";
const CONTENT_LENGTH = "content-length: ";

export interface RequestHead {
  method: string;
  /** Origin-form target, e.g. "/proto.rpc.v1.AuthService/Authenticate". */
  path: string;
  /** The Host header: name, and ":port" unless it is the scheme's default. */
  authority: string;
  headers: Record<string, string>;
  /** Sent as content-length when defined. */
  bodyLength?: number;
}

/** Throws TypeError naming the offending part (never a header's value, which may be a credential).
 *  Written straight into the bytes, not built up as a string: with a bearer token in it, each step of
 *  a concatenation would leave a string of up to a kilobyte behind on XS. */
export function encodeRequestHead(head: RequestHead): Uint8Array {
  if (!isToken(head.method)) throw new TypeError("invalid HTTP method");
  if (!/^\/[\x21-\x7e]*$/.test(head.path)) throw new TypeError("invalid request path");
  const headers = head.headers;
  const names = Object.keys(headers);
  let length = head.method.length + 1 + head.path.length + REQUEST_LINE_END.length + HOST.length + head.authority.length + 2;
  for (const name of names) {
    const value = headers[name]!;
    if (!isToken(name)) throw new TypeError("invalid header name");
    if (RESERVED.has(name.toLowerCase())) throw new TypeError(`header "${name.toLowerCase()}" is set by the client`);
    if (!/^[\t\x20-\x7e]*$/.test(value)) throw new TypeError(`invalid value for header "${name.toLowerCase()}"`);
    length += name.length + 2 + value.length + 2;
  }
  const bodyLength = head.bodyLength === undefined ? undefined : String(head.bodyLength);
  if (bodyLength !== undefined) length += CONTENT_LENGTH.length + bodyLength.length + 2;
  const bytes = new Uint8Array(length + 2);
  let at = put(bytes, 0, head.method);
  at = put(bytes, at, " ");
  at = put(bytes, at, head.path);
  at = put(bytes, at, REQUEST_LINE_END);
  at = put(bytes, at, HOST);
  at = put(bytes, at, head.authority);
  at = put(bytes, at, "\r\n");
  for (const name of names) {
    at = put(bytes, at, name);
    at = put(bytes, at, ": ");
    at = put(bytes, at, headers[name]!);
    at = put(bytes, at, "\r\n");
  }
  if (bodyLength !== undefined) {
    at = put(bytes, at, CONTENT_LENGTH);
    at = put(bytes, at, bodyLength);
    at = put(bytes, at, "\r\n");
  }
  put(bytes, at, "\r\n");
  return bytes;
}

/** Writes `text`, checked above to be ASCII, one byte per character; returns the offset after it. */
function put(bytes: Uint8Array, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) bytes[at++] = text.charCodeAt(i);
  return at;
}
