// HTTP/2 frame layout (RFC 9113 §4, §6): types, flags, settings identifiers, and the encoders for the
// frames a server writes. Every frame is a 9-octet header (24-bit length, type, flags, 31-bit stream
// id) and a payload.
import { ErrorCode, Http2Error } from "./errors.ts";
import { frozen } from "../../frozen.ts";

export const FrameType = frozen({
  DATA: 0x0,
  HEADERS: 0x1,
  PRIORITY: 0x2,
  RST_STREAM: 0x3,
  SETTINGS: 0x4,
  PUSH_PROMISE: 0x5,
  PING: 0x6,
  GOAWAY: 0x7,
  WINDOW_UPDATE: 0x8,
  CONTINUATION: 0x9,
} as const);

export const Flag = frozen({
  END_STREAM: 0x1,
  ACK: 0x1,
  END_HEADERS: 0x4,
  PADDED: 0x8,
  PRIORITY: 0x20,
} as const);

export const Setting = frozen({
  HEADER_TABLE_SIZE: 0x1,
  ENABLE_PUSH: 0x2,
  MAX_CONCURRENT_STREAMS: 0x3,
  INITIAL_WINDOW_SIZE: 0x4,
  MAX_FRAME_SIZE: 0x5,
  MAX_HEADER_LIST_SIZE: 0x6,
} as const);

export const FRAME_HEADER_LENGTH = 9;
/** The smallest SETTINGS_MAX_FRAME_SIZE, and its initial value. */
export const DEFAULT_MAX_FRAME_SIZE = 16384;
export const MAX_WINDOW = 0x7fffffff;
export const DEFAULT_WINDOW = 65535;

/** The client connection preface, sent before its first frame. */
export const PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";

export interface Frame {
  type: number;
  flags: number;
  streamId: number;
  payload: Uint8Array;
}

export function frameHeader(type: number, flags: number, streamId: number, length: number): Uint8Array {
  const header = new Uint8Array(FRAME_HEADER_LENGTH);
  writeFrameHeader(header, 0, type, flags, streamId, length);
  return header;
}

function writeFrameHeader(out: Uint8Array, at: number, type: number, flags: number, streamId: number, length: number): void {
  out[at] = length >>> 16;
  out[at + 1] = (length >>> 8) & 0xff;
  out[at + 2] = length & 0xff;
  out[at + 3] = type;
  out[at + 4] = flags;
  writeU32(out, at + 5, streamId & MAX_WINDOW);
}

export function encodeFrame(type: number, flags: number, streamId: number, payload: Uint8Array = new Uint8Array(0)): Uint8Array {
  const frame = new Uint8Array(FRAME_HEADER_LENGTH + payload.length);
  writeFrameHeader(frame, 0, type, flags, streamId, payload.length);
  frame.set(payload, FRAME_HEADER_LENGTH);
  return frame;
}

export function encodeSettings(settings: ReadonlyArray<readonly [number, number]>): Uint8Array {
  const payload = new Uint8Array(settings.length * 6);
  settings.forEach(([id, value], i) => {
    payload[i * 6] = id >> 8;
    payload[i * 6 + 1] = id & 0xff;
    writeU32(payload, i * 6 + 2, value);
  });
  return encodeFrame(FrameType.SETTINGS, 0, 0, payload);
}

export function encodeGoaway(lastStreamId: number, code: number, debug = ""): Uint8Array {
  const payload = new Uint8Array(8 + debug.length);
  writeU32(payload, 0, lastStreamId & MAX_WINDOW);
  writeU32(payload, 4, code);
  for (let i = 0; i < debug.length; i++) payload[8 + i] = debug.charCodeAt(i) & 0x7f;
  return encodeFrame(FrameType.GOAWAY, 0, 0, payload);
}

export function encodeRstStream(streamId: number, code: number): Uint8Array {
  const payload = new Uint8Array(4);
  writeU32(payload, 0, code);
  return encodeFrame(FrameType.RST_STREAM, 0, streamId, payload);
}

export function encodeWindowUpdate(streamId: number, increment: number): Uint8Array {
  const payload = new Uint8Array(4);
  writeU32(payload, 0, increment);
  return encodeFrame(FrameType.WINDOW_UPDATE, 0, streamId, payload);
}

export function readU32(bytes: Uint8Array, at: number): number {
  return ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
}

function writeU32(out: Uint8Array, at: number, value: number): void {
  out[at] = value >>> 24;
  out[at + 1] = (value >>> 16) & 0xff;
  out[at + 2] = (value >>> 8) & 0xff;
  out[at + 3] = value & 0xff;
}

/** The payload of a DATA, HEADERS or PUSH_PROMISE frame without its padding (RFC 9113 §6.1). Padding
 *  that reaches past the payload is a connection PROTOCOL_ERROR. */
export function stripPadding(frame: Frame): Uint8Array {
  const payload = frame.payload;
  if ((frame.flags & Flag.PADDED) === 0) return payload;
  if (payload.length === 0) throw new Http2Error(ErrorCode.PROTOCOL_ERROR, "padded frame without a pad length");
  const padLength = payload[0];
  if (padLength >= payload.length) throw new Http2Error(ErrorCode.PROTOCOL_ERROR, "padding exceeds the frame");
  return payload.subarray(1, payload.length - padLength);
}

/** The identifier/value pairs of a SETTINGS payload. */
export function parseSettings(payload: Uint8Array): Array<[number, number]> {
  if (payload.length % 6 !== 0) throw new Http2Error(ErrorCode.FRAME_SIZE_ERROR, "SETTINGS length is not a multiple of 6");
  const settings: Array<[number, number]> = [];
  for (let at = 0; at < payload.length; at += 6) settings.push([(payload[at] << 8) | payload[at + 1], readU32(payload, at + 2)]);
  return settings;
}
