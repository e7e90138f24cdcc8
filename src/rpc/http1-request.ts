// Serialises an HTTP/1.1 request head, refusing anything that could split it into two requests.

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const TARGET = /^\/[\x21-\x7e]*$/;
const FIELD_VALUE = /^[\t\x20-\x7e]*$/;
/** Set by the client from the request itself, so a caller cannot contradict them. */
const RESERVED = new Set(["host", "content-length", "transfer-encoding", "connection"]);

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

/** Throws TypeError naming the offending part (never a header's value, which may be a credential). */
export function encodeRequestHead(head: RequestHead): Uint8Array {
  if (!TOKEN.test(head.method)) throw new TypeError("invalid HTTP method");
  if (!TARGET.test(head.path)) throw new TypeError("invalid request path");
  let text = `${head.method} ${head.path} HTTP/1.1\r\nhost: ${head.authority}\r\n`;
  for (const [name, value] of Object.entries(head.headers)) {
    if (!TOKEN.test(name)) throw new TypeError("invalid header name");
    if (RESERVED.has(name.toLowerCase())) throw new TypeError(`header "${name.toLowerCase()}" is set by the client`);
    if (!FIELD_VALUE.test(value)) throw new TypeError(`invalid value for header "${name.toLowerCase()}"`);
    text += `${name}: ${value}\r\n`;
  }
  if (head.bodyLength !== undefined) text += `content-length: ${head.bodyLength}\r\n`;
  text += "\r\n";
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
