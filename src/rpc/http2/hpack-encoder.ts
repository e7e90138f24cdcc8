// HPACK header block encoding for responses: static-table matches are indexed, everything else is a
// literal without indexing, Huffman-coded where that is shorter. The dynamic table is never used,
// which keeps no state beyond a pending size update.
import { findStatic } from "./hpack-static-table.ts";
import { encodeHuffman, huffmanLength } from "./huffman.ts";

export class HpackEncoder {
  /** The table size the peer's decoder assumes we use. */
  #tableSize = 4096;
  #pendingUpdate: number | undefined;

  /** The peer's SETTINGS_HEADER_TABLE_SIZE. A lower value than assumed must be announced (§4.2). */
  setPeerTableSize(size: number): void {
    if (size >= this.#tableSize) return;
    this.#tableSize = size;
    this.#pendingUpdate = size;
  }

  /** Names must be lower-case; names and values are strings of one char per octet. */
  encode(fields: Iterable<readonly [string, string]>): Uint8Array {
    let length = this.#pendingUpdate === undefined ? 0 : 6;
    const list = [...fields];
    for (const [name, value] of list) length += 6 + stringLength(name) + 6 + stringLength(value);
    const out = new Uint8Array(length);
    let at = 0;
    if (this.#pendingUpdate !== undefined) {
      at = writeInteger(out, at, 0x20, 5, this.#pendingUpdate);
      this.#pendingUpdate = undefined;
    }
    for (const [name, value] of list) {
      const index = findStatic(name, value);
      if (index > 0) {
        at = writeInteger(out, at, 0x80, 7, index);
        continue;
      }
      if (index < 0) at = writeInteger(out, at, 0x00, 4, -index);
      else {
        out[at++] = 0x00;
        at = writeString(out, at, name);
      }
      at = writeString(out, at, value);
    }
    return out.subarray(0, at);
  }
}

function stringLength(text: string): number {
  return Math.min(huffmanLength(text), text.length);
}

function writeString(out: Uint8Array, at: number, text: string): number {
  const huffman = huffmanLength(text);
  if (huffman < text.length) {
    at = writeInteger(out, at, 0x80, 7, huffman);
    return encodeHuffman(text, out, at);
  }
  at = writeInteger(out, at, 0x00, 7, text.length);
  for (let i = 0; i < text.length; i++) out[at++] = text.charCodeAt(i) & 0xff;
  return at;
}

/** RFC 7541 §5.1: `value` in a `prefixBits`-bit prefix after the pattern bits in `first`. */
export function writeInteger(out: Uint8Array, at: number, first: number, prefixBits: number, value: number): number {
  const max = 2 ** prefixBits - 1;
  if (value < max) {
    out[at++] = first | value;
    return at;
  }
  out[at++] = first | max;
  let rest = value - max;
  while (rest >= 128) {
    out[at++] = (rest % 128) + 128;
    rest = Math.floor(rest / 128);
  }
  out[at++] = rest;
  return at;
}
