// Walks the entries of one block's data region (see layout.ts), one step per entry.
//
// A bad entry (torn write, flipped bit) still takes one step, so entry indexes stay stable. Where
// the next entry starts is decided by which lead holds up best (see #follow): the stored length,
// which a torn write leaves right, or a single-bit repair of the length that makes the bad entry's
// CRC pass, which is what a flipped length bit needs. If no lead holds,
// the rest of the region counts as one bad entry and `lost` is set. A bad entry is never repaired
// into a valid one.
import { LONG_ENTRY, entryChecks, payloadOffset, sizeOf } from "./layout.ts";

/** Entries a lead may cover; bad ones among them come from torn writes after successive reboots. */
const FOLLOW_STEPS = 16;
const FAIL = 0;
const WEAK = FOLLOW_STEPS + 1;
const STRONG = 2 * WEAK;

export class EntryReader {
  /** Offset of the entry of the last step. */
  at = 0;
  valid = false;
  payloadStart = 0;
  payloadEnd = 0;
  /** Set once the reader gave up on the rest of the region. */
  lost = false;
  /** After the last step: where erased space begins (or the limit). */
  end: number;
  #next: number;
  readonly #bytes: Uint8Array;
  readonly #limit: number;

  /** Reads `bytes` [start, limit); `limit` is where the region is known to end. */
  constructor(bytes: Uint8Array, start: number, limit: number) {
    this.#bytes = bytes;
    this.#limit = limit;
    this.#next = start;
    this.end = limit;
  }

  /** Moves to the next entry; false when there is none. */
  step(): boolean {
    const bytes = this.#bytes;
    const limit = this.#limit;
    const p = this.#next;
    if (p >= limit || this.lost) return false;
    if (bytes[p] === 0xff && this.#erased(p)) {
      this.end = p;
      return false;
    }
    this.at = p;
    const b0 = bytes[p]!;
    const b1 = this.#byte(p + 1);
    const b2 = this.#byte(p + 2);
    const size = sizeOf(b0, b1, b2);
    if (size > 0 && this.#checks(p, size, b0, b1, b2)) {
      this.valid = true;
      this.payloadStart = p + payloadOffset(b0);
      this.payloadEnd = p + size - (b0 === LONG_ENTRY ? 2 : 1);
      this.#next = p + size;
      return true;
    }
    this.valid = false;
    const fits = size > 0 && p + size <= limit;
    let best = fits ? this.#follow(p + size) : FAIL;
    let bestSize = size;
    // A torn write never wrote its check byte; a flipped bit leaves it written. So when nothing else
    // settles a tie between the stored length and a repair, the stored length wins only for what
    // looks torn.
    const stayOnTie = fits && bytes[p + size - 1] === 0xff;
    let stated = true;
    // Repairs: each single bit of the length byte, and of the long length when it is one.
    const bits = b0 === LONG_ENTRY ? 24 : 8;
    for (let bit = 0; bit < bits; bit++) {
      const c0 = bit < 8 ? b0 ^ (1 << bit) : b0;
      const c1 = bit >= 8 && bit < 16 ? b1 ^ (1 << (bit - 8)) : b1;
      const c2 = bit >= 16 ? b2 ^ (1 << (bit - 16)) : b2;
      const repaired = sizeOf(c0, c0 === LONG_ENTRY ? c1 : -1, c0 === LONG_ENTRY ? c2 : -1);
      if (repaired === 0 || !this.#checks(p, repaired, c0, c1, c2)) continue;
      const lead = this.#follow(p + repaired);
      const tie = lead === best && lead > FAIL;
      if (lead > best || (tie && this.#preferOnTie(p, repaired, bestSize, stated && !stayOnTie))) {
        best = lead;
        bestSize = repaired;
        stated = false;
      }
    }
    if (best === FAIL) {
      this.lost = true;
      this.#next = limit;
      this.end = limit;
      return true;
    }
    this.#next = p + bestSize;
    return true;
  }

  /**
   * Settles a tie between two leads of the bad entry at `p`: the shorter one wins when valid entries
   * lead from it exactly to the longer one's start, since it then accounts for more good entries.
   */
  #preferOnTie(p: number, candidate: number, current: number, otherwise: boolean): boolean {
    const shorter = Math.min(candidate, current);
    const longer = Math.max(candidate, current);
    let q = p + shorter;
    while (q < p + longer) {
      const size = this.#validAt(q);
      if (size === 0) return otherwise;
      q += size;
    }
    return q === p + longer ? candidate === shorter : otherwise;
  }

  #checks(p: number, size: number, b0: number, b1: number, b2: number): boolean {
    return p + size <= this.#limit && entryChecks(this.#bytes, p, size, b0, b1, b2);
  }

  /** Size of the valid entry at `q`, or 0. */
  #validAt(q: number): number {
    const b0 = this.#bytes[q]!;
    const b1 = this.#byte(q + 1);
    const b2 = this.#byte(q + 2);
    const size = sizeOf(b0, b1, b2);
    return size > 0 && this.#checks(q, size, b0, b1, b2) ? size : 0;
  }

  #byte(at: number): number {
    return at < this.#limit ? this.#bytes[at]! : -1;
  }

  /**
   * Scores a lead: how well a walk from `q` by stated lengths holds up. STRONG once it meets two
   * valid entries, or one before erased space or the end; WEAK when it reaches erased space or the
   * end without any; FAIL when it meets bytes that cannot start an entry, or overshoots. Each bad
   * entry crossed on the way costs a point, so a walk that drifts through garbage until it happens
   * onto real entries loses to the lead that lands on them directly.
   */
  #follow(q: number): number {
    const limit = this.#limit;
    let valid = 0;
    let crossed = 0;
    for (let steps = 0; steps < FOLLOW_STEPS; steps++) {
      if (q >= limit || this.#erased(q)) return (valid > 0 ? STRONG : WEAK) - crossed;
      const b0 = this.#bytes[q]!;
      const size = sizeOf(b0, this.#byte(q + 1), this.#byte(q + 2));
      if (size === 0 || q + size > limit) return FAIL;
      if (!this.#checks(q, size, b0, this.#byte(q + 1), this.#byte(q + 2))) crossed++;
      else if (++valid === 2) return STRONG - crossed;
      q += size;
    }
    return FAIL;
  }

  #erased(from: number): boolean {
    const bytes = this.#bytes;
    for (let i = from; i < this.#limit; i++) if (bytes[i] !== 0xff) return false;
    return true;
  }
}

