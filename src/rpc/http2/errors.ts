// HTTP/2 error codes (RFC 9113 §7) and the error that carries one. A stream id of 0 makes it a
// connection error (answered with GOAWAY); any other id is a stream error (answered with RST_STREAM).
import { frozen } from "../../frozen.ts";

export const ErrorCode = frozen({
  NO_ERROR: 0x0,
  PROTOCOL_ERROR: 0x1,
  INTERNAL_ERROR: 0x2,
  FLOW_CONTROL_ERROR: 0x3,
  SETTINGS_TIMEOUT: 0x4,
  STREAM_CLOSED: 0x5,
  FRAME_SIZE_ERROR: 0x6,
  REFUSED_STREAM: 0x7,
  CANCEL: 0x8,
  COMPRESSION_ERROR: 0x9,
  CONNECT_ERROR: 0xa,
  ENHANCE_YOUR_CALM: 0xb,
  INADEQUATE_SECURITY: 0xc,
  HTTP_1_1_REQUIRED: 0xd,
} as const);

export class Http2Error extends Error {
  override readonly name = "Http2Error";
  constructor(
    readonly code: number,
    message: string,
    readonly streamId = 0,
  ) {
    super(message);
  }
}

/** Malformed or over-limit HPACK input: always a connection error, since the table state is lost. */
export function compressionError(message: string): Http2Error {
  return new Http2Error(ErrorCode.COMPRESSION_ERROR, message);
}
