// Reads one block's data region as sealed groups of entries (layout.ts), and walks a group's entries.
//
// A group counts only when its seal verifies: its CRC-32 covers every byte of it, so an entry of an
// intact group is exactly what was written. Groups are found by their seals, not by walking entry
// lengths from the start: a seal says how long its group is, so after a damaged stretch the scan
// takes the next seal that verifies and loses only the bytes before that seal's group. The seal's
// entry index tells how many entries the damaged stretch held, so the loss is counted in readings
// and every later entry keeps its acknowledgement bit.
//
// Entries after the last seal are a tail. The running store seals its open group before anyone reads
// it, so a tail exists only after a power cut, and only in a ring's newest block; the boot seals it
// (ring.ts). Until then its entries have only their own CRC-8 or CRC-16, so a tail is accepted only in
// the shape a power cut leaves: whole entries that pass their checks, then at most a torn entry (its
// last bytes still erased) and torn seals. Anything else there is damage, and lost.
import type { Crc32 } from "./crc.ts";
import { LONG_ENTRY, SEAL, SEAL_BYTES, entryChecks, payloadOffset, sizeOf, verifySeal } from "./layout.ts";

export interface Group {
  start: number;
  /** Where its seal starts (or, for a tail, where its seal is to go). */
  end: number;
  /** Entry index of its first entry. */
  firstIndex: number;
  /** Entry indexes it takes, bad entries included. */
  count: number;
}

export interface BlockScan {
  /** Intact sealed groups, in order. */
  groups: Group[];
  /** Indexes of the entries lost to damage: pairs of first index and count. */
  lost: number[];
  /** Unsealed entries a power cut left at the end (only when a tail was allowed). */
  tail: Group | undefined;
  /** Entry indexes used so far. */
  count: number;
  /** Offset after the last byte that is not erased. */
  written: number;
  /** Offset after the last intact seal. */
  sealedEnd: number;
}

export function scanBlock(data: Uint8Array, limit: number, crc32: Crc32, tailAllowed: boolean): BlockScan {
  let written = limit;
  while (written > 0 && data[written - 1] === 0xff) written--;
  const groups: Group[] = [];
  const lost: number[] = [];
  let pos = 0;
  let index = 0;
  let sealedEnd = 0;
  while (pos < written) {
    let seal: { start: number; endIndex: number } | undefined;
    let at = data.indexOf(SEAL, pos);
    const last = written - SEAL_BYTES;
    while (at >= 0 && at <= last && (seal = verifySeal(data, at, pos, crc32)) === undefined) at = data.indexOf(SEAL, at + 1);
    if (seal === undefined) break;
    const count = countEntries(data, seal.start, at);
    const firstIndex = Math.max(index, seal.endIndex - count);
    if (seal.start > pos && firstIndex > index) lost.push(index, firstIndex - index);
    groups.push({ start: seal.start, end: at, firstIndex, count });
    index = firstIndex + count;
    pos = sealedEnd = at + SEAL_BYTES;
  }
  let tail: Group | undefined;
  if (pos < written) {
    let from = pos;
    let end = tailAllowed ? tailEnd(data, pos, limit) : -1;
    // Damage before a tail: the tail starts after the last seal, even one whose group failed its
    // check. A tail read from where it really starts runs to the written end; one read from before
    // the damage stops at it, with bytes written after it.
    if (tailAllowed && (end < 0 || end + SEAL_BYTES < written)) {
      for (let at = data.indexOf(SEAL, pos); at >= 0 && at + SEAL_BYTES <= written; at = data.indexOf(SEAL, at + 1)) {
        const length = (data[at + 1]! | (data[at + 2]! << 8)) & 0xfff;
        if (data[at + SEAL_BYTES - 1] === 0xff || length === 0 || at - length < pos) continue;
        const reach = tailEnd(data, at + SEAL_BYTES, limit);
        if (reach >= written) {
          end = reach;
          from = at + SEAL_BYTES;
          break;
        }
      }
    }
    if (end >= 0) {
      if (from > pos) {
        const count = countLost(data, pos, from);
        lost.push(index, count);
        index += count;
      }
      tail = { start: from, end, firstIndex: index, count: countEntries(data, from, end) };
      index += tail.count;
      let junk = end + SEAL_BYTES;
      while (junk < written && data[junk] === 0xff) junk++;
      if (junk < written) {
        const count = countLost(data, junk, written);
        lost.push(index, count);
        index += count;
      }
    } else {
      const count = countLost(data, pos, written);
      lost.push(index, count);
      index += count;
    }
  }
  return { groups, lost, tail, count: index, written, sealedEnd };
}

/** Whether a seal can be written at `at`: its bytes are all erased. */
function erased(data: Uint8Array, at: number, limit: number): boolean {
  if (at + SEAL_BYTES > limit) return false;
  for (let i = at; i < at + SEAL_BYTES; i++) if (data[i] !== 0xff) return false;
  return true;
}

/** Entry indexes in [start, end), by the same walk that GroupWalk does. */
export function countEntries(data: Uint8Array, start: number, end: number): number {
  let count = 0;
  for (let q = start; q < end; count++) q += entryExtent(data, q, end);
  return count;
}

/** An estimate of the readings in a damaged stretch that no intact seal follows: its entries as
 *  their length bytes tell, what looks like a seal not counted. */
function countLost(data: Uint8Array, start: number, end: number): number {
  let count = 0;
  for (let q = start; q < end; ) {
    if (data[q] === SEAL) {
      q += SEAL_BYTES;
      continue;
    }
    q += entryExtent(data, q, end);
    count++;
  }
  return count;
}

/** Bytes the entry at `q` takes in a group ending at `end`: what does not parse runs to the end. */
function entryExtent(data: Uint8Array, q: number, end: number): number {
  const size = sizeOf(data[q]!, q + 1 < end ? data[q + 1]! : -1, q + 2 < end ? data[q + 2]! : -1);
  return size > 0 && q + size <= end ? size : end - q;
}

/**
 * Where the seal of a power cut's tail starting at `pos` goes, or -1 when the bytes are not such a
 * tail: whole entries that pass their checks, up to erased space, a torn entry (its last byte, never
 * 0xFF when written, is still erased) or torn seals (the same). The seal goes after a torn entry's
 * stated end, so its bytes stay one (bad) entry, or after the torn seals; the append and seal
 * reserves (ring.ts) leave room for it. Bytes after that are not the tail's: damage, stepped over.
 */
function tailEnd(data: Uint8Array, pos: number, limit: number): number {
  let q = pos;
  while (q < limit) {
    const b0 = data[q]!;
    if (b0 === 0xff) return erased(data, q, limit) ? q : -1;
    if (b0 === SEAL) return tornSeal(data, q, limit) ? afterTornSeals(data, q, limit) : -1;
    const size = sizeOf(b0, q + 1 < limit ? data[q + 1]! : -1, q + 2 < limit ? data[q + 2]! : -1);
    if (size === 0) return -1;
    if (q + size > limit) return firstErased(data, q + 1, limit);
    if (!entryChecks(data, q, size, b0, data[q + 1]!, data[q + 2]!)) {
      if (data[q + size - 1] !== 0xff) return -1;
      if (data[q + size] === SEAL && tornSeal(data, q + size, limit)) return afterTornSeals(data, q + size, limit);
      return erased(data, q + size, limit) ? q + size : firstErased(data, q + 1, limit);
    }
    q += size;
  }
  return -1;
}

/** Where a seal fits after the written prefix of a torn entry from `q`, or -1. */
function firstErased(data: Uint8Array, q: number, limit: number): number {
  while (q < limit && data[q] !== 0xff) q++;
  return erased(data, q, limit) ? q : -1;
}

/** A seal cut short: its last byte, never 0xFF once written, is still erased. */
function tornSeal(data: Uint8Array, q: number, limit: number): boolean {
  return q + SEAL_BYTES <= limit && data[q + SEAL_BYTES - 1] === 0xff;
}

/** Where a new seal goes after torn seals from `q` (each boot that found one sealed after it, and
 *  may have been cut short too), or -1 when there is no room. */
function afterTornSeals(data: Uint8Array, q: number, limit: number): number {
  while (data[q] === SEAL && tornSeal(data, q, limit)) q += SEAL_BYTES;
  return erased(data, q, limit) ? q : -1;
}

/** Steps through the entries of one group; bad ones (torn before the group was sealed) are stepped
 *  over too, so indexes stay stable. */
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
