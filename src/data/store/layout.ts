// Where things sit inside one flash block of the ring store (format version 3; see STORE.md).
//
//   offset  bytes  field
//   0       25     header: magic "VR", format version (3), owner (u32 ring id), seq (u32, +1 for
//                  every block any ring opens: the block's erase order, which wear levelling needs
//                  across reboots, and the order of a ring's blocks), boot epoch (u32), base (f64
//                  timebase of the append that opened the block), CRC-16 of the 23 bytes before
//   25      25     the same header again, written in the same flash write: a damaged header costs
//                  nothing while its copy reads
//   50      A      acknowledgement bitmap: bit i (LSB first) is cleared once entry i is committed,
//                  so commits are bit-clearing writes and never need an erase
//   50 + A  ...    groups of entries, then erased bytes (0xFF)
// With 4096-byte blocks A is 99 (room for 789 entries), so groups start at 149 and get 3947 bytes.
//
// Groups: [seal 7][opener 4][entry][entry]... The seal comes first: its 7 bytes are left erased when
// the group opens and written once the group is closed, so a group cut short by a power cut always
// has the room its seal needs, inside the group itself.
//   opener: CRC-32 of the block's owner (u32 LE), seq (u32 LE), base (f64 LE) and the group's offset
//       in the data region (u16 LE), written with the group's first entry. It finds a group, with a
//       32-bit check, wherever the groups before it lost their seals, and it checks the header fields
//       that give the group's readings their meaning (a header copy has only a CRC-16).
//   seal: [info, 3 bytes LE][CRC-32, 4 bytes LE]. info = entries' length in bytes (12 bits) | entry
//       index after the group (12 bits) << 12. The CRC-32 covers the group's entries, then info.
// A CRC-32 whose last stored byte would be 0xFF has that byte's low bit flipped, so an opener or a
// seal cut short (bytes go out in address order) never passes, and a seal still erased in its last
// byte is one the ring never finished.
//
// Entries:
//   short (payload 0..126 bytes): [L][payload][CRC-8 of L and payload]
//       L holds the payload length in its low 7 bits and an odd-parity bit on top, so that one
//       flipped bit in it never passes as another length.
//   long (payload 127..65535 bytes): [0x7F][length, 2 bytes BE][payload][CRC-16 of all before, BE]
// A check that would be all 0xFF is stored as zero, so a torn write (bytes go out in address order,
// the check last) never passes; a short entry's last byte is never 0xFF.
import { CRC8_INIT, CRC16_INIT, Crc32, crc8, crc8Byte, crc16, crc16Byte } from "./crc.ts";

export const HEADER_BYTES = 25;
/** Both copies of the header. */
export const HEADERS_BYTES = 2 * HEADER_BYTES;
const CRC_OFFSET = 23;
const MAGIC_0 = 0x56;
const MAGIC_1 = 0x52;
const VERSION = 3;

export const SEAL_BYTES = 7;
export const OPENER_BYTES = 4;
/** What a group takes besides its entries: its seal and its opener. */
export const SLOT_BYTES = SEAL_BYTES + OPENER_BYTES;
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
  /** Scratch for the header fields an opener covers. */
  readonly #fieldBytes = new Uint8Array(16);
  readonly #fields = new DataView(this.#fieldBytes.buffer);

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
    this.maxPayload = Math.min(MAX_LONG, this.dataBytes - 5 - SLOT_BYTES);
    this.recordBytes = this.dataBytes - SLOT_BYTES * Math.ceil(this.dataBytes / GROUP_BYTES);
  }

  /** What every opener of a block starts from: the CRC-32 state after the header fields it covers. */
  openerSeed(owner: number, seq: number, base: number): number {
    const fields = this.#fields;
    fields.setUint32(0, owner, true);
    fields.setUint32(4, seq, true);
    fields.setFloat64(8, base, true);
    return this.crc32.update(Crc32.INIT, this.#fieldBytes, 0, 16);
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
 * Decodes a block's header from its first bytes (through its first group's opener, when `layout` is
 * given), or returns undefined when neither copy is one. `repaired` says the first copy was not used.
 * When both copies pass their CRC-16 but differ, the one the first opener agrees with wins (its
 * CRC-32 covers owner, seq and base). When neither passes and the block holds entries, a copy with
 * exactly one flipped bit is restored (in `bytes`) if the first opener agrees; a torn header write is
 * never worth repairing.
 */
export function decodeHeader(bytes: Uint8Array, layout?: Layout): (BlockHeader & { repaired: boolean }) | undefined {
  const first = bytes.subarray(0, HEADER_BYTES);
  const copy = bytes.subarray(HEADER_BYTES, HEADERS_BYTES);
  const data = layout === undefined ? undefined : bytes.subarray(layout.dataStart, layout.dataStart + SLOT_BYTES);
  const used = data !== undefined && data.length === SLOT_BYTES && data.some((byte) => byte !== 0xff);
  const opens = (header: BlockHeader) =>
    !used || openerAt(data!, 0, layout!.crc32, layout!.openerSeed(header.owner, header.seq, header.base));
  const a = intact(first) ? fields(first) : undefined;
  const b = intact(copy) ? fields(copy) : undefined;
  if (a !== undefined && (b === undefined || opens(a) || !opens(b))) return { ...a, repaired: false };
  if (b !== undefined) return { ...b, repaired: true };
  if (!used) return undefined;
  return repairOne(first, opens) ?? repairOne(copy, opens);
}

/** Whether a header copy is one of an older format version (1 or 2), which this store no longer reads. */
export function olderFormat(bytes: Uint8Array): boolean {
  return bytes[0] === MAGIC_0 && bytes[1] === MAGIC_1 && bytes[2]! >= 1 && bytes[2]! < VERSION;
}

/** A copy with one bit flipped back, which the block's first opener must agree with. */
function repairOne(bytes: Uint8Array, opens: (header: BlockHeader) => boolean): (BlockHeader & { repaired: boolean }) | undefined {
  for (let bit = 0; bit < HEADER_BYTES * 8; bit++) {
    bytes[bit >> 3]! ^= 1 << (bit & 7);
    if (intact(bytes) && opens(fields(bytes))) return { ...fields(bytes), repaired: true };
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

/** A CRC-32 as an opener or seal stores it: never with a last byte of 0xFF. */
export function storedCheck32(crc: number): number {
  return crc >>> 24 === 0xff ? (crc ^ 0x01000000) >>> 0 : crc;
}

/** The opener of the group whose seal is at `slot` in the data region of a block (`seed`: Layout.openerSeed). */
export function openerValue(crc32: Crc32, seed: number, slot: number): number {
  return storedCheck32(Crc32.final(crc32.byte(crc32.byte(seed, slot & 0xff), slot >>> 8)));
}

/** Whether the opener of a group with its seal at `slot` is there. */
export function openerAt(data: Uint8Array, slot: number, crc32: Crc32, seed: number): boolean {
  const at = slot + SEAL_BYTES;
  return at + OPENER_BYTES <= data.length && read32(data, at) === openerValue(crc32, seed, slot);
}

/** Writes the seal of a group of `length` bytes of entries ending at entry index `endIndex`;
 *  `groupCrc` is the running CRC-32 over the group's entries. */
export function encodeSeal(into: Uint8Array, crc32: Crc32, groupCrc: number, length: number, endIndex: number): void {
  const info = length | (endIndex << 12);
  into[0] = info & 0xff;
  into[1] = (info >>> 8) & 0xff;
  into[2] = (info >>> 16) & 0xff;
  const check = storedCheck32(Crc32.final(crc32.update(groupCrc, into, 0, 3)));
  for (let i = 0; i < 4; i++) into[3 + i] = (check >>> (8 * i)) & 0xff;
}

/** The seal at `slot` of `data`, if it checks out with its group: the length of the group's
 *  entries (they start at slot + SLOT_BYTES) and the entry index after them. */
export function verifySeal(data: Uint8Array, slot: number, limit: number, crc32: Crc32): { length: number; endIndex: number } | undefined {
  const info = data[slot]! | (data[slot + 1]! << 8) | (data[slot + 2]! << 16);
  const start = slot + SLOT_BYTES;
  const length = info & 0xfff;
  if (start + length > limit) return undefined;
  const crc = Crc32.final(crc32.update(crc32.update(Crc32.INIT, data, start, start + length), data, slot, slot + 3));
  return read32(data, slot + 3) === storedCheck32(crc) ? { length, endIndex: info >>> 12 } : undefined;
}

/** Whether the seal at `slot` was never finished: its last byte, never 0xFF once written, is erased. */
export function unsealed(data: Uint8Array, slot: number): boolean {
  return data[slot + SEAL_BYTES - 1] === 0xff;
}

function read32(data: Uint8Array, at: number): number {
  return (data[at]! | (data[at + 1]! << 8) | (data[at + 2]! << 16) | (data[at + 3]! << 24)) >>> 0;
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
