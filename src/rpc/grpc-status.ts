// gRPC status codes, the typed error that carries one, and the percent-encoding of `grpc-message`.
import { decodeUtf8, encodeUtf8, utf8Length } from "../data/utf8.ts";
import { frozen } from "../frozen.ts";

export const GrpcStatus = frozen({
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
} as const);

export type GrpcStatusCode = (typeof GrpcStatus)[keyof typeof GrpcStatus];

const names = frozen(Object.keys(GrpcStatus) as Array<keyof typeof GrpcStatus>);

/** "UNAVAILABLE" for 14; codes outside the table are named by number. */
export function grpcStatusName(code: number): string {
  return names.find((name) => GrpcStatus[name] === code) ?? `code ${code}`;
}

export class GrpcError extends Error {
  override readonly name = "GrpcError";
  readonly code: number;
  /** The status message as the server (or the transport) gave it, already percent-decoded. */
  readonly grpcMessage: string;

  constructor(code: number, grpcMessage: string) {
    super(grpcMessage === "" ? grpcStatusName(code) : `${grpcStatusName(code)}: ${grpcMessage}`);
    this.code = code;
    this.grpcMessage = grpcMessage;
  }
}

/** Parses a `grpc-status` value; anything but a plain non-negative integer is UNKNOWN, as gRPC specifies. */
export function parseGrpcStatus(value: string): number {
  return /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : GrpcStatus.UNKNOWN;
}

const HEX = "0123456789ABCDEF";

/** Percent-encodes a status message for the `grpc-message` header: bytes outside printable ASCII, and `%`. */
export function encodeGrpcMessage(message: string): string {
  const bytes = new Uint8Array(utf8Length(message));
  encodeUtf8(message, bytes, 0);
  let out = "";
  for (const byte of bytes) {
    if (byte >= 0x20 && byte <= 0x7e && byte !== 0x25) out += String.fromCharCode(byte);
    else out += "%" + HEX[byte >> 4] + HEX[byte & 15];
  }
  return out;
}

/** Reverses encodeGrpcMessage. A malformed escape or invalid UTF-8 leaves the text as received,
 *  because a status message is for people and a garbled one still says something. */
export function decodeGrpcMessage(value: string): string {
  if (!value.includes("%")) return value;
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit === 0x25 && /^[0-9a-fA-F]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (unit < 0x80) bytes.push(unit);
    else return value;
  }
  try {
    return decodeUtf8(Uint8Array.from(bytes), 0, bytes.length);
  } catch {
    return value;
  }
}
