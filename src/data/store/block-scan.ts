// Reads one block's data region as groups of entries (layout.ts), and walks a group's entries.
//
// A group counts only when its seal verifies: its CRC-32 covers every byte of the group's entries,
// so an entry of an intact group is exactly what was written. Groups are found by their openers, a
// CRC-32 of the block's header fields and the group's place, so a reader needs nothing before a group to find
// it: after a damaged stretch the scan takes the next place whose opener checks out, and loses only
// the groups in between. The next intact seal's entry index tells how many readings those held, so
// the loss is counted in readings and every later entry keeps its acknowledgement bit.
//
// A group whose seal was never finished (its last byte still erased) is a tail. The running store
// seals its open group before anyone reads it, so a tail exists only after a power cut, and only as
// the last group of a ring's newest block; the boot seals it in the room its seal left (ring.ts). Its
// opener says where it starts, whatever happened before it; until the boot seals it, its entries
// have only their own CRC-8 or CRC-16, so it is read up to the first entry that fails its check (a
// torn one, if the cut struck an append) or erased space. What follows is damage, stepped over.
import { Crc32 } from "./crc.ts";
import {
  LONG_ENTRY, SEAL_BYTES, SLOT_BYTES, encodeSeal, entryChecks, openerAt, payloadOffset, sizeOf, unsealed, verifySeal,
} from "./layout.ts";

export interface Group {
  /** Where its entries start and end. */
  start: number;
  end: number;
  /** Entry index of its first entry. */
  firstIndex: number;
  /** Entry indexes it takes, bad entries included. */
  count: number;
}

/** A group a power cut left unsealed; its seal goes at `slot`. */
export interface Tail extends Group {
  slot: number;
}

export interface BlockScan {
  /** Intact sealed groups, in order. */
  groups: Group[];
  /** Indexes of the entries lost to damage: pairs of first index and count. */
  lost: number[];
  /** The unsealed group a power cut left at the end (only when a tail was allowed). */
  tail: Tail | undefined;
  /** Entry indexes used so far. */
  count: number;
  /** Offset after the last byte that is not erased. */
  written: number;
  /** Offset after the entries of the last intact sealed group. */
  sealedEnd: number;
}

export function scanBlock(data: Uint8Array, limit: number, crc32: Crc32, seed: number, tailAllowed: boolean): BlockScan {
  let written = limit;
  while (written > 0 && data[written - 1] === 0xff) written--;
  const groups: Group[] = [];
  const lost: number[] = [];
  let pos = 0;
  let index = 0;
  let sealedEnd = 0;
  /** Where a damaged stretch began, or -1. */
  let gap = -1;
  let tail: Tail | undefined;
  while (pos < written) {
    if (openerAt(data, pos, crc32, seed)) {
      const seal = verifySeal(data, pos, limit, crc32);
      if (seal !== undefined) {
        const start = pos + SLOT_BYTES;
        const end = start + seal.length;
        const count = countEntries(data, start, end);
        const firstIndex = gap < 0 ? index : Math.max(index, seal.endIndex - count);
        if (firstIndex > index) lost.push(index, firstIndex - index);
        groups.push({ start, end, firstIndex, count });
        index = firstIndex + count;
        pos = sealedEnd = end;
        gap = -1;
        continue;
      }
      if (tailAllowed && unsealed(data, pos) && nextOpener(data, pos + SLOT_BYTES, written, crc32, seed) < 0) {
        if (gap >= 0) index = lose(data, gap + SLOT_BYTES, pos, lost, index);
        gap = -1;
        const start = pos + SLOT_BYTES;
        const end = tailEnd(data, start, limit);
        tail = { slot: pos, start, end, firstIndex: index, count: countEntries(data, start, end) };
        index += tail.count;
        if (end < written) index = lose(data, end, written, lost, index);
        break;
      }
    }
    if (gap < 0) gap = pos;
    const next = nextOpener(data, pos + 1, written, crc32, seed);
    if (next < 0) break;
    pos = next;
  }
  if (gap >= 0) index = lose(data, gap + SLOT_BYTES, written, lost, index);
  return { groups, lost, tail, count: index, written, sealedEnd };
}

/**
 * Encodes into `into` the seal that closes `tail`, which a boot found in `data`. A seal that a power
 * cut tore is finished with what its written bytes say; the tail's first index follows them. Returns
 * false when no seal can be written over those bytes (they were damaged).
 */
export function sealTail(data: Uint8Array, tail: Tail, crc32: Crc32, into: Uint8Array): boolean {
  const length = tail.end - tail.start;
  const groupCrc = crc32.update(Crc32.INIT, data, tail.start, tail.end);
  const slot = tail.slot;
  encodeSeal(into, crc32, groupCrc, length, tail.firstIndex + tail.count);
  if (writableOver(into, data, slot)) return true;
  const info = data[slot]! | (data[slot + 1]! << 8) | (data[slot + 2]! << 16);
  const endIndex = info >>> 12;
  if ((info & 0xfff) !== length || endIndex < tail.count) return false;
  encodeSeal(into, crc32, groupCrc, length, endIndex);
  if (!writableOver(into, data, slot)) return false;
  tail.firstIndex = endIndex - tail.count;
  return true;
}

/** Whether `seal` can be written over the bytes at `slot`: flash writes only clear bits. */
function writableOver(seal: Uint8Array, data: Uint8Array, slot: number): boolean {
  for (let i = 0; i < SEAL_BYTES; i++) if (seal[i]! & ~data[slot + i]! & 0xff) return false;
  return true;
}

/** The next place from `from` where a group's opener checks out, or -1. */
function nextOpener(data: Uint8Array, from: number, written: number, crc32: Crc32, seed: number): number {
  for (let at = from; at + SLOT_BYTES <= written; at++) if (openerAt(data, at, crc32, seed)) return at;
  return -1;
}

/** Entry indexes in [start, end), by the same walk that GroupWalk does. */
export function countEntries(data: Uint8Array, start: number, end: number): number {
  let count = 0;
  for (let q = start; q < end; count++) q += entryExtent(data, q, end);
  return count;
}

/** Records the readings estimated in the damaged stretch [from, to) as lost from entry `index` on;
 *  returns the index after them. */
function lose(data: Uint8Array, from: number, to: number, lost: number[], index: number): number {
  const count = estimateReadings(data, Math.min(from, to), to);
  if (count > 0) lost.push(index, count);
  return index + count;
}

/** An estimate of the readings in a damaged stretch that no intact seal follows: its entries as
 *  their length bytes tell, less one whose last byte is still erased (an append a power cut tore,
 *  which never returned). */
function estimateReadings(data: Uint8Array, start: number, end: number): number {
  let count = 0;
  for (let q = start; q < end; ) {
    const extent = entryExtent(data, q, end);
    if (data[q + extent - 1] !== 0xff) count++;
    q += extent;
  }
  return count;
}

/** Bytes the entry at `q` takes in a group ending at `end`: what does not parse runs to the end. */
function entryExtent(data: Uint8Array, q: number, end: number): number {
  const size = sizeOf(data[q]!, q + 1 < end ? data[q + 1]! : -1, q + 2 < end ? data[q + 2]! : -1);
  return size > 0 && q + size <= end ? size : end - q;
}

/** Where the entries of a tail starting at `start` end: at erased space, or at the first entry that
 *  does not parse or fails its check (a torn one, or damage). */
function tailEnd(data: Uint8Array, start: number, limit: number): number {
  let q = start;
  while (q < limit && data[q] !== 0xff) {
    const size = sizeOf(data[q]!, q + 1 < limit ? data[q + 1]! : -1, q + 2 < limit ? data[q + 2]! : -1);
    if (size === 0 || q + size > limit || !entryChecks(data, q, size, data[q]!, data[q + 1]!, data[q + 2]!)) break;
    q += size;
  }
  return q;
}

/** Steps through the entries of one group; a bad one (which only a write that failed before the
 *  group was sealed leaves) is stepped over too, so indexes stay stable. */
export class GroupWalk {
  /** Offset of the entry of the last step. */
  at = 0;
  valid = false;
  payloadStart = 0;
  payloadEnd = 0;
  readonly #data: Uint8Array;
  readonly #end: number;
  #next: number;

  constructor(data: Uint8Array, group: Group) {
    this.#data = data;
    this.#next = group.start;
    this.#end = group.end;
  }

  step(): boolean {
    const data = this.#data;
    const q = this.#next;
    const end = this.#end;
    if (q >= end) return false;
    const extent = entryExtent(data, q, end);
    this.at = q;
    this.#next = q + extent;
    const b0 = data[q]!;
    const size = sizeOf(b0, q + 1 < end ? data[q + 1]! : -1, q + 2 < end ? data[q + 2]! : -1);
    this.valid = size === extent && entryChecks(data, q, size, b0, data[q + 1]!, data[q + 2]!);
    this.payloadStart = q + payloadOffset(b0);
    this.payloadEnd = q + size - (b0 === LONG_ENTRY ? 2 : 1);
    return true;
  }
}
