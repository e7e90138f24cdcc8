// gRPC length-prefixed framing: one flag byte, a 4-byte big-endian length, then the payload.
// gRPC-web adds a trailers frame (flag bit 0x80) holding HTTP/1-style header lines.
import { concatBytes } from "../data/bytes.ts";

export const FRAME_HEADER_BYTES = 5;
/** Flag bit 0x01: the payload is compressed. */
export const FLAG_COMPRESSED = 0x01;
/** Flag bit 0x80: a gRPC-web trailers frame. */
export const FLAG_TRAILERS = 0x80;

export interface GrpcFrame {
  flags: number;
  payload: Uint8Array;
}

/** A frame that cannot be read: longer than allowed, or cut short. */
export class GrpcFrameError extends Error {
  override readonly name = "GrpcFrameError";
  constructor(
    message: string,
    readonly tooLarge = false,
  ) {
    super(message);
  }
}

export function encodeFrame(flags: number, payload: Uint8Array): Uint8Array {
  const frame = new Uint8Array(FRAME_HEADER_BYTES + payload.length);
  writeFrameHeader(frame, flags, payload.length);
  frame.set(payload, FRAME_HEADER_BYTES);
  return frame;
}

/** A frame's header alone, for a sender that writes a large payload after it instead of copying it. */
export function encodeFrameHeader(flags: number, payloadLength: number): Uint8Array {
  const header = new Uint8Array(FRAME_HEADER_BYTES);
  writeFrameHeader(header, flags, payloadLength);
  return header;
}

function writeFrameHeader(into: Uint8Array, flags: number, payloadLength: number): void {
  into[0] = flags;
  new DataView(into.buffer, into.byteOffset).setUint32(1, payloadLength, false);
}

/** Encodes trailers as gRPC-web sends them. Names are lower-cased; values must already be header-safe
 *  (see encodeGrpcMessage for `grpc-message`). */
export function encodeTrailersFrame(trailers: Iterable<readonly [string, string]>): Uint8Array {
  let text = "";
  for (const [name, value] of trailers) text += `${name.toLowerCase()}: ${value}\r\n`;
  const payload = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit > 0x7e) throw new RangeError("trailer text must be ASCII");
    payload[i] = unit;
  }
  return encodeFrame(FLAG_TRAILERS, payload);
}

/** Parses a trailers frame payload into lower-case names; repeated names are joined with ", ". */
export function parseTrailers(payload: Uint8Array): Map<string, string> {
  const trailers = new Map<string, string>();
  let line = "";
  const finish = () => {
    const text = line.endsWith("\r") ? line.slice(0, -1) : line;
    line = "";
    if (text.trim() === "") return;
    const colon = text.indexOf(":");
    if (colon <= 0) throw new GrpcFrameError("malformed trailer line");
    const name = text.slice(0, colon).trim().toLowerCase();
    const value = text.slice(colon + 1).trim();
    const previous = trailers.get(name);
    trailers.set(name, previous === undefined ? value : `${previous}, ${value}`);
  };
  for (const byte of payload) {
    if (byte === 0x0a) finish();
    else line += String.fromCharCode(byte);
  }
  finish();
  return trailers;
}

/** Reassembles frames from bytes that arrive in pieces of any size. Memory follows the bytes received,
 *  never the length a frame header claims. */
export class GrpcFrameDecoder {
  readonly #maxPayloadBytes: number;
  readonly #header = new Uint8Array(FRAME_HEADER_BYTES);
  #headerFilled = 0;
  #length = 0;
  #pieces: Uint8Array[] = [];
  #piecesBytes = 0;

  constructor(options: { maxPayloadBytes?: number } = {}) {
    this.#maxPayloadBytes = options.maxPayloadBytes ?? 4 * 1024 * 1024;
  }

  /** True between frames, i.e. when the bytes so far end on a frame boundary. */
  get idle(): boolean {
    return this.#headerFilled === 0;
  }

  /** Returns every frame completed by `bytes`; a partial frame is kept for the next push. */
  push(bytes: Uint8Array): GrpcFrame[] {
    const frames: GrpcFrame[] = [];
    let at = 0;
    while (at < bytes.length) {
      if (this.#headerFilled < FRAME_HEADER_BYTES) {
        const take = Math.min(FRAME_HEADER_BYTES - this.#headerFilled, bytes.length - at);
        this.#header.set(bytes.subarray(at, at + take), this.#headerFilled);
        this.#headerFilled += take;
        at += take;
        if (this.#headerFilled < FRAME_HEADER_BYTES) break;
        this.#length = new DataView(this.#header.buffer).getUint32(1, false);
        if (this.#length > this.#maxPayloadBytes) {
          throw new GrpcFrameError(`frame of ${this.#length} bytes exceeds the limit of ${this.#maxPayloadBytes}`, true);
        }
      }
      const take = Math.min(this.#length - this.#piecesBytes, bytes.length - at);
      if (take > 0) this.#pieces.push(bytes.slice(at, at + take));
      this.#piecesBytes += take;
      at += take;
      if (this.#piecesBytes === this.#length) {
        frames.push({ flags: this.#header[0], payload: this.#pieces.length === 1 ? this.#pieces[0] : concatBytes(this.#pieces, this.#length) });
        this.#headerFilled = 0;
        this.#pieces = [];
        this.#piecesBytes = 0;
      }
    }
    return frames;
  }
}
