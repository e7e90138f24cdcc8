// Growable byte writer and bounds-checked reader for compact records: varints (LEB128, unsigned,
// exact up to 2**53), zigzag varints, little-endian float32/float64 and UTF-8 strings; and joining
// byte pieces end to end.
import { decodeUtf8, encodeUtf8, utf8Length } from "./utf8.ts";

const TWO_POW_32 = 0x1_0000_0000;

/** No bytes: one shared instance for every "nothing buffered yet". Being zero-length, it stays valid
 *  once preload makes it read-only. */
export const EMPTY_BYTES = new Uint8Array(0);

/** The pieces end to end in a new array; `length` is their total, where the caller already keeps it. */
export function concatBytes(pieces: readonly Uint8Array[], length = pieces.reduce((sum, piece) => sum + piece.length, 0)): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

export class ByteWriter {
  #bytes: Uint8Array;
  #view: DataView;
  #length = 0;

  constructor(options: { capacity?: number } = {}) {
    this.#bytes = new Uint8Array(options.capacity ?? 64);
    this.#view = new DataView(this.#bytes.buffer);
  }

  get length(): number {
    return this.#length;
  }

  /** Starts a new record in the same buffer, so a collector allocates no scratch space per reading. */
  reset(): void {
    this.#length = 0;
  }

  /** A copy of the bytes written since the last reset. */
  toBytes(): Uint8Array {
    return this.#bytes.slice(0, this.#length);
  }

  byte(value: number): void {
    this.reserve(1);
    this.#bytes[this.#length++] = value;
  }

  /** Unsigned LEB128 of a non-negative integer up to 2**53. */
  varint(value: number): void {
    this.reserve(8);
    let v = value;
    while (v >= TWO_POW_32) {
      this.#bytes[this.#length++] = (v % 128) | 0x80;
      v = Math.floor(v / 128);
    }
    while (v >= 0x80) {
      this.#bytes[this.#length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.#bytes[this.#length++] = v;
  }

  /** Zigzag varint: small magnitudes of either sign stay short. Exact for |value| <= 2**52. */
  zigzag(value: number): void {
    this.varint(value >= 0 ? value * 2 : -value * 2 - 1);
  }

  float32(value: number): void {
    this.reserve(4);
    this.#view.setFloat32(this.#length, value, true);
    this.#length += 4;
  }

  float64(value: number): void {
    this.reserve(8);
    this.#view.setFloat64(this.#length, value, true);
    this.#length += 8;
  }

  /** Length-prefixed UTF-8. */
  string(text: string): void {
    this.varint(utf8Length(text));
    this.utf8(text);
  }

  /** UTF-8 without a length; the caller records it. */
  utf8(text: string): void {
    this.reserve(utf8Length(text));
    this.#length = encodeUtf8(text, this.#bytes, this.#length);
  }

  private reserve(count: number): void {
    if (this.#length + count <= this.#bytes.length) return;
    let capacity = this.#bytes.length * 2;
    while (capacity < this.#length + count) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = grown;
    this.#view = new DataView(grown.buffer);
  }
}

export class ByteReader {
  readonly #bytes: Uint8Array;
  readonly #view: DataView;
  #offset = 0;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get done(): boolean {
    return this.#offset >= this.#bytes.length;
  }

  byte(): number {
    this.need(1);
    return this.#bytes[this.#offset++];
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const byte = this.byte();
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
    throw new RangeError("varint longer than 8 bytes");
  }

  zigzag(): number {
    const v = this.varint();
    return v % 2 === 0 ? v / 2 : -(v + 1) / 2;
  }

  float32(): number {
    this.need(4);
    const value = this.#view.getFloat32(this.#offset, true);
    this.#offset += 4;
    return value;
  }

  float64(): number {
    this.need(8);
    const value = this.#view.getFloat64(this.#offset, true);
    this.#offset += 8;
    return value;
  }

  string(): string {
    return this.utf8(this.varint());
  }

  utf8(length: number): string {
    this.need(length);
    const text = decodeUtf8(this.#bytes, this.#offset, length);
    this.#offset += length;
    return text;
  }

  private need(count: number): void {
    if (this.#offset + count > this.#bytes.length) throw new RangeError("record ends early");
  }
}
