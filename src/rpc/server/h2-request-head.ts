// The request part of an HTTP/2 header list (RFC 9113 §8.2, §8.3): pseudo-headers first and each at
// most once, lower-case names, no connection-specific fields. A list that breaks these is malformed,
// which the connection answers with RST_STREAM(PROTOCOL_ERROR).
import type { HeaderField } from "../http2/hpack-decoder.ts";
import { isToken } from "../http-token.ts";

export interface H2RequestHead {
  method: string;
  path: string;
  /** Every regular field, repeated names joined with ", ". */
  metadata: Map<string, string>;
}

const CONNECTION_SPECIFIC = new Set(["connection", "proxy-connection", "keep-alive", "transfer-encoding", "upgrade"]);
const REQUEST_PSEUDO = new Set([":method", ":scheme", ":path", ":authority"]);

/** The request head, or why the list is malformed. */
export function readRequestHead(fields: readonly HeaderField[]): H2RequestHead | string {
  const pseudo = new Map<string, string>();
  const metadata = new Map<string, string>();
  for (const [name, value] of fields) {
    if (/[\0\r\n]/.test(value)) return `invalid value of ${name}`;
    if (name.startsWith(":")) {
      if (metadata.size > 0) return "pseudo-header after a regular field";
      if (!REQUEST_PSEUDO.has(name)) return `unknown pseudo-header ${name}`;
      if (pseudo.has(name)) return `repeated ${name}`;
      pseudo.set(name, value);
      continue;
    }
    if (!isToken(name) || name !== name.toLowerCase()) return "invalid field name";
    if (CONNECTION_SPECIFIC.has(name)) return `connection-specific field ${name}`;
    if (name === "te" && value !== "trailers") return "te other than trailers";
    const previous = metadata.get(name);
    metadata.set(name, previous === undefined ? value : `${previous}, ${value}`);
  }
  const method = pseudo.get(":method");
  const path = pseudo.get(":path");
  if (!method || !path || !pseudo.get(":scheme")) return "missing :method, :scheme or :path";
  return { method, path, metadata };
}

/** gRPC's content types: application/grpc, optionally +proto (or another codec) or parameters. */
export function isGrpcContentType(value: string | undefined): boolean {
  return value !== undefined && /^application\/grpc(\+[a-z0-9._-]+)?\s*(;.*)?$/i.test(value);
}
