// Where things sit inside one flash block of the ring store.
//
//   offset  bytes  field
//   0       2      magic "VR"
//   2       1      format version (1)
//   3       4      owner: the ring's u32 id
//   7       4      seq: +1 for every block any ring opens (a u32 lasts 680 years at one block every
//                  5 s). A block is erased just before its header is written, so seq is also the
//                  block's erase order, which wear levelling needs to survive a reboot, and it orders
//                  a ring's blocks.
//   11      4      boot epoch of the store that opened the block
//   15      8      base: f64 timebase given by the append that opened the block
//   23      2      CRC-16 of bytes 0..22
//   25      A      acknowledgement bitmap: bit i (LSB first) is cleared once entry i is committed,
//                  so commits are bit-clearing writes and never need an erase
//   25 + A  ...    entries, back to back, then erased bytes (0xFF)
// With 4096-byte blocks A is 100 (room for 794 entries), so entries start at 125 and get 3971 bytes.
//
// Entries:
//   short (payload 0..126 bytes): [L][payload][CRC-8 of L and payload]
//       L holds the payload length in its low 7 bits and an odd-parity bit on top, so that one
//       flipped bit in it never passes as another length.
//   long (payload 127..65535 bytes): [0x7F][length, 2 bytes BE][payload][CRC-16 of all before, BE]
// Bytes are written in address order in one write, so a torn entry always lacks its (last) check
// byte; a check that would be all 0xFF is stored as zero so that an unwritten one never passes. A
// 0xFF where an entry would start, with only erased bytes after it, marks where the written part
// of a block ends.
import { CRC8_INIT, CRC16_INIT, crc8, crc8Byte, crc16, crc16Byte } from "./crc.ts";

export const HEADER_BYTES = 25;
const CRC_OFFSET = 23;
const MAGIC_0 = 0x56;
const MAGIC_1 = 0x52;
const VERSION = 1;

/** The bitmap has room for one entry per MIN_ENTRY_BYTES of data: entries of 5 bytes (3-byte
 *  payloads) fill a block exactly, smaller ones close it early. */
const MIN_ENTRY_BYTES = 5;

/** Cursors are seq * CURSOR_SPAN + the entry's index in its block. */
export const CURSOR_SPAN = 2 ** 20;

/** First byte of a long entry; it has odd parity, so no short entry's first byte is one bit away. */
export const LONG_ENTRY = 0x7f;
const MAX_SHORT = 126;
const MAX_LONG = 0xffff;

export class Layout {
  readonly blockLength: number;
  /** Entries one block can hold, whatever their size: one acknowledgement bit each. */
  readonly maxEntries: number;
  readonly ackStart = HEADER_BYTES;
  readonly ackBytes: number;
  /** Offset of the first entry in a block. */
  readonly dataStart: number;
  /** Bytes for entries in one block. */
  readonly dataBytes: number;
  readonly maxPayload: number;

  constructor(blockLength: number) {
    if (!Number.isInteger(blockLength) || blockLength < 128) {
      throw new RangeError(`ring store needs blocks of at least 128 bytes, got ${blockLength}`);
    }
    let entries = Math.floor(((blockLength - HEADER_BYTES) * 8) / (MIN_ENTRY_BYTES * 8 + 1));
    while (HEADER_BYTES + Math.ceil(entries / 8) + entries * MIN_ENTRY_BYTES > blockLength) entries--;
    entries = Math.min(entries, CURSOR_SPAN - 1);
    this.blockLength = blockLength;
    this.maxEntries = entries;
    this.ackBytes = Math.ceil(entries / 8);
    this.dataStart = HEADER_BYTES + this.ackBytes;
    this.dataBytes = blockLength - this.dataStart;
    this.maxPayload = Math.min(MAX_LONG, this.dataBytes - 5);
  }
}

/** Flash bytes taken by an entry with a payload of `length` bytes. */
export function entrySize(length: number): number {
  return length <= MAX_SHORT ? length + 2 : length + 5;
}

/** Frames `payload` as an entry into `frame`; returns the entry's size. */
export function frameEntry(frame: Uint8Array, payload: Uint8Array): number {
  const length = payload.length;
  if (length <= MAX_SHORT) {
    frame[0] = withParity(length);
    frame.set(payload, 1);
    frame[length + 1] = storedCheck8(crc8(frame, 0, length + 1));
    return length + 2;
  }
  frame[0] = LONG_ENTRY;
  frame[1] = length >> 8;
  frame[2] = length & 0xff;
  frame.set(payload, 3);
  const check = storedCheck16(crc16(frame, 0, length + 3));
  frame[length + 3] = check >> 8;
  frame[length + 4] = check & 0xff;
  return length + 5;
}

/** Size of the entry that starts with b0 b1 b2 (-1 where there is no such byte), or 0 if none can. */
export function sizeOf(b0: number, b1: number, b2: number): number {
  if (b0 === LONG_ENTRY) return b1 < 0 || b2 < 0 ? 0 : ((b1 << 8) | b2) + 5;
  return b0 >= 0 && withParity(b0 & 0x7f) === b0 ? (b0 & 0x7f) + 2 : 0;
}

/**
 * Whether the entry at `p` of `bytes`, of `size` bytes, checks out when its first bytes are taken
 * to be b0 b1 b2 (which may differ from what is stored, to try a repaired length).
 */
export function entryChecks(bytes: Uint8Array, p: number, size: number, b0: number, b1: number, b2: number): boolean {
  const end = p + size;
  if (b0 !== LONG_ENTRY) {
    const crc = crc8(bytes, p + 1, end - 1, crc8Byte(CRC8_INIT, b0));
    return bytes[end - 1] === storedCheck8(crc);
  }
  const crc = crc16(bytes, p + 3, end - 2, crc16Byte(crc16Byte(crc16Byte(CRC16_INIT, b0), b1), b2));
  return ((bytes[end - 2]! << 8) | bytes[end - 1]!) === storedCheck16(crc);
}

/** Offset of the payload in an entry that starts with `b0`. */
export function payloadOffset(b0: number): number {
  return b0 === LONG_ENTRY ? 3 : 1;
}

function withParity(length: number): number {
  let bits = length;
  bits ^= bits >> 4;
  bits ^= bits >> 2;
  bits ^= bits >> 1;
  return bits & 1 ? length : length | 0x80;
}

function storedCheck8(crc: number): number {
  return crc === 0xff ? 0 : crc;
}

function storedCheck16(crc: number): number {
  return crc === 0xffff ? 0 : crc;
}

export interface BlockHeader {
  owner: number;
  seq: number;
  epoch: number;
  base: number;
}

export function encodeHeader(into: Uint8Array, header: BlockHeader): void {
  const view = new DataView(into.buffer, into.byteOffset, HEADER_BYTES);
  into[0] = MAGIC_0;
  into[1] = MAGIC_1;
  into[2] = VERSION;
  view.setUint32(3, header.owner, true);
  view.setUint32(7, header.seq, true);
  view.setUint32(11, header.epoch, true);
  view.setFloat64(15, header.base, true);
  view.setUint16(CRC_OFFSET, crc16(into, 0, CRC_OFFSET), true);
}

/**
 * Decodes a block header, or returns undefined when it is not one. With `repair`, a header with
 * exactly one flipped bit is restored (in `bytes`) first; callers only ask for that when the block
 * holds entries, because a torn header write is never worth repairing.
 */
export function decodeHeader(bytes: Uint8Array, repair: boolean): (BlockHeader & { repaired: boolean }) | undefined {
  if (intact(bytes)) return { ...fields(bytes), repaired: false };
  if (!repair) return undefined;
  for (let bit = 0; bit < HEADER_BYTES * 8; bit++) {
    bytes[bit >> 3]! ^= 1 << (bit & 7);
    if (intact(bytes)) return { ...fields(bytes), repaired: true };
    bytes[bit >> 3]! ^= 1 << (bit & 7);
  }
  return undefined;
}

function intact(bytes: Uint8Array): boolean {
  if (bytes[0] !== MAGIC_0 || bytes[1] !== MAGIC_1 || bytes[2] !== VERSION) return false;
  return (bytes[CRC_OFFSET]! | (bytes[CRC_OFFSET + 1]! << 8)) === crc16(bytes, 0, CRC_OFFSET);
}

function fields(bytes: Uint8Array): BlockHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  return {
    owner: view.getUint32(3, true),
    seq: view.getUint32(7, true),
    epoch: view.getUint32(11, true),
    base: view.getFloat64(15, true),
  };
}

/** Number of leading committed entries recorded in an acknowledgement bitmap. */
export function ackedCount(bitmap: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < bitmap.length; i++) {
    const byte = bitmap[i]!;
    if (byte === 0) {
      count += 8;
      continue;
    }
    for (let bit = 0; !(byte & (1 << bit)); bit++) count++;
    break;
  }
  return count;
}

/**
 * Clears, in `bytes` (the bitmap bytes from index `firstByte` on, as read from flash), the bits of
 * entries [0, acked). Bits already clear stay clear, so the result can always be written.
 */
export function markAcked(bytes: Uint8Array, firstByte: number, acked: number): void {
  for (let i = 0; i < bytes.length; i++) {
    const cleared = Math.min(8, Math.max(0, acked - (firstByte + i) * 8));
    bytes[i]! &= (0xff << cleared) & 0xff;
  }
}
