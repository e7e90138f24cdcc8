// The protobuf wire primitives sync encodes its upload requests with, straight into a buffer the
// caller sized. protobuf.js's own Writer queues an object per field and cuts its results from a
// shared 8 KB pool slab, which on XS cost more than the records being encoded.
import { encodeUtf8, utf8Length } from "../utf8.ts";

/** Where the bytes go: `at` moves on as they are written; `bytes` must have room for them. */
export interface WireTarget {
  bytes: Uint8Array;
  view: DataView;
  at: number;
}

export function wireTarget(bytes: Uint8Array): WireTarget {
  return { bytes, view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), at: 0 };
}

/** Bytes of `value` as a varint: a negative int32 or int64 takes 10, as 64-bit two's complement. */
export function varintSize(value: number): number {
  if (value < 0) return 10;
  let size = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 128);
    size++;
  }
  return size;
}

export function writeVarint(out: WireTarget, value: number): void {
  const bytes = out.bytes;
  if (value < 0) {
    let rest = BigInt.asUintN(64, BigInt(value));
    while (rest >= 0x80n) {
      bytes[out.at++] = Number(rest & 0x7fn) | 0x80;
      rest >>= 7n;
    }
    bytes[out.at++] = Number(rest);
    return;
  }
  while (value >= 0x80) {
    bytes[out.at++] = (value % 128) | 0x80;
    value = Math.floor(value / 128);
  }
  bytes[out.at++] = value;
}

/** Bytes of a length-delimited field (one-byte tag) whose content takes `size` bytes. */
export function delimitedSize(size: number): number {
  return 1 + varintSize(size) + size;
}

/** A one-byte tag and the length of the content that follows it. */
export function writeDelimited(out: WireTarget, tag: number, size: number): void {
  out.bytes[out.at++] = tag;
  writeVarint(out, size);
}

export function stringFieldSize(text: string): number {
  return delimitedSize(utf8Length(text));
}

export function writeStringField(out: WireTarget, tag: number, text: string): void {
  writeDelimited(out, tag, utf8Length(text));
  out.at = encodeUtf8(text, out.bytes, out.at);
}

export function writeBytesField(out: WireTarget, tag: number, bytes: Uint8Array): void {
  writeDelimited(out, tag, bytes.length);
  out.bytes.set(bytes, out.at);
  out.at += bytes.length;
}

export function writeDouble(out: WireTarget, tag: number, value: number): void {
  out.bytes[out.at++] = tag;
  out.view.setFloat64(out.at, value, true);
  out.at += 8;
}
