// Checksums for the ring store's flash layout.
//
// Every stored reading is covered by the CRC-32 of its sealed group, and every group is found by the
// CRC-32 of its opener (layout.ts). The per-entry checks
// below only frame entries and find torn writes: short entries use CRC-8 with polynomial 0x2F
// (AUTOSAR), long entries CRC-16/CCITT (0x1021). Block headers use CRC-16/CCITT too, whose distance
// of 4 lets the boot scan repair a header with one flipped bit without ever mistaking it for another
// valid header.

const CRC8_TABLE = crc8Table(0x2f);

function crc8Table(poly: number): Uint8Array {
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 0x80 ? ((c << 1) ^ poly) & 0xff : (c << 1) & 0xff;
    table[i] = c;
  }
  return table;
}

export const CRC8_INIT = 0xff;

/** Feeds one byte into a running CRC-8. */
export function crc8Byte(crc: number, byte: number): number {
  return CRC8_TABLE[(crc ^ byte) & 0xff]!;
}

/** Feeds bytes[start, end) into a running CRC-8. */
export function crc8(bytes: Uint8Array, start: number, end: number, crc = CRC8_INIT): number {
  for (let i = start; i < end; i++) crc = CRC8_TABLE[crc ^ bytes[i]!]!;
  return crc;
}

export const CRC16_INIT = 0xffff;
const CRC16_TABLE = crc16Table(0x1021);

function crc16Table(poly: number): Uint16Array {
  const table = new Uint16Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i << 8;
    for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ poly) & 0xffff : (c << 1) & 0xffff;
    table[i] = c;
  }
  return table;
}

/** Feeds bytes[start, end) into a running CRC-16/CCITT. */
export function crc16(bytes: Uint8Array, start: number, end: number, crc = CRC16_INIT): number {
  for (let i = start; i < end; i++) crc = crc16Byte(crc, bytes[i]!);
  return crc;
}

export function crc16Byte(crc: number, byte: number): number {
  return ((crc << 8) & 0xffff) ^ CRC16_TABLE[((crc >> 8) ^ byte) & 0xff]!;
}

/**
 * CRC-32 (IEEE 802.3, reflected 0xEDB88320), which covers each sealed group of entries. Its table is
 * built by the constructor, at run time: a module-level typed array would be frozen by preload.
 */
export class Crc32 {
  static readonly INIT = 0xffffffff;
  readonly #table = new Uint32Array(256);

  constructor() {
    for (let i = 0; i < 256; i++) {
      let c = i;
      for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
      this.#table[i] = c >>> 0;
    }
  }

  /** Feeds bytes[start, end) into a running CRC (start from Crc32.INIT). */
  update(crc: number, bytes: Uint8Array, start: number, end: number): number {
    const table = this.#table;
    for (let i = start; i < end; i++) crc = (crc >>> 8) ^ table[(crc ^ bytes[i]!) & 0xff]!;
    return crc >>> 0;
  }

  /** Feeds one byte into a running CRC. */
  byte(crc: number, value: number): number {
    return ((crc >>> 8) ^ this.#table[(crc ^ value) & 0xff]!) >>> 0;
  }

  /** The finished value of a running CRC. */
  static final(crc: number): number {
    return (crc ^ 0xffffffff) >>> 0;
  }
}
