// One flash block of a ring, in RAM: where it is, what it holds and how far it is committed.
//
// The numbers live in one array, not as fourteen properties: a property costs a board a slot, and
// it holds a block per ring, some twenty or more. The array keeps them in its chunk (about 230 bytes
// on the board) for two slots, and the accessors are on the prototype, in flash, so the ring reads
// and writes `block.end` as if it were a field. Slots are the scarcer of the board's two heaps.
// Where each number sits in the array.
const INDEX = 0;
const SEQ = 1;
const BASE = 2;
const END = 3;
const SEALED_END = 4;
const COUNT = 5;
const ACKED = 6;
const LIVE_START = 7;
const LIVE_VALID = 8;
const LIVE_BAD = 9;
const GROUP_CRC = 10;
const GROUP_START = 11;
const GROUP_INDEX = 12;
const WRITABLE = 13;
const LENGTH = 14;

export class RingBlock {
  readonly #at: number[];

  constructor(index: number, seq: number, base: number) {
    const at = new Array<number>(LENGTH).fill(0);
    at[INDEX] = index;
    at[SEQ] = seq;
    at[BASE] = base;
    at[WRITABLE] = 1;
    this.#at = at;
  }

  /** Flash block index. */
  get index(): number {
    return this.#at[INDEX]!;
  }

  /** Sequence number from the block header. */
  get seq(): number {
    return this.#at[SEQ]!;
  }

  /** Timebase (ms) from the block header. */
  get base(): number {
    return this.#at[BASE]!;
  }

  /** Offset in the data region where erased space begins. */
  get end(): number {
    return this.#at[END]!;
  }

  set end(value: number) {
    this.#at[END] = value;
  }

  /** Offset after the entries of the last sealed group: what a walk reads. */
  get sealedEnd(): number {
    return this.#at[SEALED_END]!;
  }

  set sealedEnd(value: number) {
    this.#at[SEALED_END] = value;
  }

  /** Entry indexes before `end`, lost and bad ones included: an entry's index never changes. */
  get count(): number {
    return this.#at[COUNT]!;
  }

  set count(value: number) {
    this.#at[COUNT] = value;
  }

  /** Leading entries that are committed. */
  get acked(): number {
    return this.#at[ACKED]!;
  }

  set acked(value: number) {
    this.#at[ACKED] = value;
  }

  /** Offset of the first uncommitted entry. */
  get liveStart(): number {
    return this.#at[LIVE_START]!;
  }

  set liveStart(value: number) {
    this.#at[LIVE_START] = value;
  }

  /** Valid entries from `acked` on. */
  get liveValid(): number {
    return this.#at[LIVE_VALID]!;
  }

  set liveValid(value: number) {
    this.#at[LIVE_VALID] = value;
  }

  /** Readings lost from `acked` on that corruptSkipped already counts. */
  get liveBad(): number {
    return this.#at[LIVE_BAD]!;
  }

  set liveBad(value: number) {
    this.#at[LIVE_BAD] = value;
  }

  /** The open group's running CRC-32. */
  get groupCrc(): number {
    return this.#at[GROUP_CRC]!;
  }

  set groupCrc(value: number) {
    this.#at[GROUP_CRC] = value;
  }

  /** Where the open group's seal goes; === end when there is none. */
  get groupStart(): number {
    return this.#at[GROUP_START]!;
  }

  set groupStart(value: number) {
    this.#at[GROUP_START] = value;
  }

  /** The open group's first entry index. */
  get groupIndex(): number {
    return this.#at[GROUP_INDEX]!;
  }

  set groupIndex(value: number) {
    this.#at[GROUP_INDEX] = value;
  }

  /** Whether appends may go here: false once full, after a failed write, or for a block found
   *  damaged at boot. */
  get writable(): boolean {
    return this.#at[WRITABLE] === 1;
  }

  set writable(value: boolean) {
    this.#at[WRITABLE] = value ? 1 : 0;
  }
}
