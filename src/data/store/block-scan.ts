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
    let at = pos;
    for (; at + SEAL_BYTES <= written; at++) {
      if (data[at] === SEAL && (seal = verifySeal(data, at, pos, crc32)) !== undefined) break;
    }
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
    const end = tailAllowed ? tailEnd(data, pos, written, limit) : -1;
    if (end >= 0) {
      tail = { start: pos, end, firstIndex: index, count: countEntries(data, pos, end) };
      index += tail.count;
    } else {
      const count = countLost(data, pos, written);
      lost.push(index, count);
      index += count;
    }
  }
  return { groups, lost, tail, count: index, written, sealedEnd };
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
 * Where the seal of a power cut's tail at [pos, written) goes, or -1 when the bytes are not such a
 * tail. The seal goes after a torn entry's stated end, so its bytes stay one (bad) entry, or right
 * after torn seals; the append and seal reserves (ring.ts) leave room for it.
 */
function tailEnd(data: Uint8Array, pos: number, written: number, limit: number): number {
  let q = pos;
  while (q < written) {
    const b0 = data[q]!;
    if (b0 === SEAL) return tornSeals(data, q, written) && written + SEAL_BYTES <= limit ? written : -1;
    const size = sizeOf(b0, q + 1 < limit ? data[q + 1]! : -1, q + 2 < limit ? data[q + 2]! : -1);
    if (size === 0) return -1;
    if (q + size > written) {
      // Torn: the write stopped inside it.
      if (q + size + SEAL_BYTES <= limit) return q + size;
      return written + SEAL_BYTES <= limit ? written : -1;
    }
    if (!entryChecks(data, q, size, b0, data[q + 1]!, data[q + 2]!)) {
      // Torn (its last byte still erased), and the boot after it was cut short while sealing it.
      const torn = data[q + size - 1] === 0xff && data[q + size] === SEAL && tornSeals(data, q + size, written);
      return torn && written + SEAL_BYTES <= limit ? written : -1;
    }
    q += size;
  }
  return written;
}

/** Whether [q, written) is a seal cut short, or several: each boot that found one sealed after it,
 *  and its seal may have been cut short too. A seal's last byte is never 0xFF, so a whole one is
 *  never taken for torn. */
function tornSeals(data: Uint8Array, q: number, written: number): boolean {
  for (;;) {
    if (q + SEAL_BYTES > written) return true;
    let next = q + 1;
    while (next < q + SEAL_BYTES && data[next] !== SEAL) next++;
    if (next === q + SEAL_BYTES) return false;
    q = next;
  }
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
