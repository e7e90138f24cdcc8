// Where things sit inside one flash block of the ring store (format version 2; see STORE.md).
//
//   offset  bytes  field
//   0       25     header: magic "VR", format version (2), owner (u32 ring id), seq (u32, +1 for
//                  every block any ring opens: the block's erase order, which wear levelling needs
//                  across reboots, and the order of a ring's blocks), boot epoch (u32), base (f64
//                  timebase of the append that opened the block), CRC-16 of the 23 bytes before
//   25      25     the same header again, written in the same flash write: a damaged header costs
//                  nothing while its copy reads
//   50      A      acknowledgement bitmap: bit i (LSB first) is cleared once entry i is committed,
//                  so commits are bit-clearing writes and never need an erase
//   50 + A  ...    groups of entries, each closed by a seal, then erased bytes (0xFF)
// With 4096-byte blocks A is 99 (room for 789 entries), so entries start at 149 and get 3947 bytes.
//
// Entries:
//   short (payload 0..126 bytes): [L][payload][CRC-8 of L and payload]
//       L holds the payload length in its low 7 bits and an odd-parity bit on top, so that one
//       flipped bit in it never passes as another length.
//   long (payload 127..65535 bytes): [0x7F][length, 2 bytes BE][payload][CRC-16 of all before, BE]
// A check that would be all 0xFF is stored as zero, so a torn write (bytes go out in address order,
// the check last) never passes; a short entry's last byte is never 0xFF.
//
// Seals: [0x5A][info, 3 bytes LE][CRC-32, 4 bytes LE]. info = group length in bytes (12 bits) |
// entry index after the group (12 bits) << 12. The CRC-32 covers the group's bytes and the seal's
// first 4 bytes. 0x5A has even parity, so it never starts an entry; a CRC whose last byte would be
// 0xFF has that byte's low bit flipped, so a torn seal never passes either. The length lets a reader
// find the next intact group after damage without trusting anything before it, and the index keeps
// every later entry's acknowledgement bit where it was.
import { CRC8_INIT, CRC16_INIT, Crc32, crc8, crc8Byte, crc16, crc16Byte } from "./crc.ts";

export const HEADER_BYTES = 25;
/** Both copies of the header. */
export const HEADERS_BYTES = 2 * HEADER_BYTES;
const CRC_OFFSET = 23;
const MAGIC_0 = 0x56;
const MAGIC_1 = 0x52;
const VERSION = 2;

export const SEAL = 0x5a;
export const SEAL_BYTES = 8;
/** A group is sealed once its entries take this many bytes (and earlier when read, left or closed). */
export const GROUP_BYTES = 512;

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
  readonly ackStart = HEADERS_BYTES;
  readonly ackBytes: number;
  /** Offset of the first entry in a block. */
  readonly dataStart: number;
  /** Bytes for entries in one block. */
  readonly dataBytes: number;
  readonly maxPayload: number;
  /** Entry bytes a block is sure to hold whatever its seals take, for capacity planning. */
  readonly recordBytes: number;
  readonly crc32 = new Crc32();

  constructor(blockLength: number) {
    if (!Number.isInteger(blockLength) || blockLength < 128) {
      throw new RangeError(`ring store needs blocks of at least 128 bytes, got ${blockLength}`);
    }
    let entries = Math.floor(((blockLength - HEADERS_BYTES) * 8) / (MIN_ENTRY_BYTES * 8 + 1));
    while (HEADERS_BYTES + Math.ceil(entries / 8) + entries * MIN_ENTRY_BYTES > blockLength) entries--;
    entries = Math.min(entries, CURSOR_SPAN - 1);
    this.blockLength = blockLength;
    this.maxEntries = entries;
    this.ackBytes = Math.ceil(entries / 8);
    this.dataStart = HEADERS_BYTES + this.ackBytes;
    this.dataBytes = blockLength - this.dataStart;
    this.maxPayload = Math.min(MAX_LONG, this.dataBytes - 5 - 2 * SEAL_BYTES);
    this.recordBytes = this.dataBytes - SEAL_BYTES * Math.ceil(this.dataBytes / GROUP_BYTES);
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

/** Writes both copies of the header into `into` (HEADERS_BYTES long). */
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
  into.copyWithin(HEADER_BYTES, 0, HEADER_BYTES);
}

/**
 * Decodes a block's header from its first HEADERS_BYTES, or returns undefined when neither copy is
 * one. `repaired` says the first copy was damaged. With `repair`, a copy with exactly one flipped bit
 * is restored (in `bytes`) too; callers only ask for that when the block holds entries, because a
 * torn header write is never worth repairing.
 */
export function decodeHeader(bytes: Uint8Array, repair: boolean): (BlockHeader & { repaired: boolean }) | undefined {
  const first = bytes.subarray(0, HEADER_BYTES);
  const copy = bytes.subarray(HEADER_BYTES, HEADERS_BYTES);
  if (intact(first)) return { ...fields(first), repaired: false };
  if (intact(copy)) return { ...fields(copy), repaired: true };
  if (!repair) return undefined;
  return repairOne(first) ?? repairOne(copy);
}

/** Whether a header copy is one of format version 1, which this store no longer reads. */
export function olderFormat(bytes: Uint8Array): boolean {
  return bytes[0] === MAGIC_0 && bytes[1] === MAGIC_1 && bytes[2] === 1;
}

function repairOne(bytes: Uint8Array): (BlockHeader & { repaired: boolean }) | undefined {
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

/** The CRC-32 a seal stores for a finished group CRC: never with a last byte of 0xFF. */
export function storedCheck32(crc: number): number {
  return crc >>> 24 === 0xff ? (crc ^ 0x01000000) >>> 0 : crc;
}

/** Writes the seal of a group of `length` bytes ending at entry index `endIndex`; `groupCrc` is the
 *  running CRC-32 over the group's bytes. */
export function encodeSeal(into: Uint8Array, crc32: Crc32, groupCrc: number, length: number, endIndex: number): void {
  const info = length | (endIndex << 12);
  into[0] = SEAL;
  into[1] = info & 0xff;
  into[2] = (info >>> 8) & 0xff;
  into[3] = (info >>> 16) & 0xff;
  const check = storedCheck32(Crc32.final(crc32.update(groupCrc, into, 0, 4)));
  new DataView(into.buffer, into.byteOffset, SEAL_BYTES).setUint32(4, check, true);
}

/** The seal at `s` of `bytes`, if it is one and its group (which must start at or after `from`)
 *  checks out: the group's start and the entry index after it. */
export function verifySeal(bytes: Uint8Array, s: number, from: number, crc32: Crc32): { start: number; endIndex: number } | undefined {
  if (bytes[s] !== SEAL || s + SEAL_BYTES > bytes.length) return undefined;
  const info = bytes[s + 1]! | (bytes[s + 2]! << 8) | (bytes[s + 3]! << 16);
  const start = s - (info & 0xfff);
  if (start < from || start === s) return undefined;
  const crc = Crc32.final(crc32.update(crc32.update(Crc32.INIT, bytes, start, s), bytes, s, s + 4));
  const stored = (bytes[s + 4]! | (bytes[s + 5]! << 8) | (bytes[s + 6]! << 16) | (bytes[s + 7]! << 24)) >>> 0;
  return stored === storedCheck32(crc) ? { start, endIndex: info >>> 12 } : undefined;
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
