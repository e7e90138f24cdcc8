// The store's public shapes, apart from the classes that implement them so that no module of the
// store needs another only for its types.

export interface RingSpec {
  /** Stable u32 per collector. */
  owner: number;
  name: string;
  capacityBytes: number;
}

export interface StoredEntry {
  /** Increases monotonically within a ring. */
  cursor: number;
  base: number;
  payload: Uint8Array;
}

export interface RingCounters {
  written: number;
  droppedOldest: number;
  /** Readings lost to damage or torn writes (not entries: a damaged group counts all it held). */
  corruptSkipped: number;
  bytesUsed: number;
  /** Readable records not committed yet, whichever boot wrote them. */
  readonly records: number;
  /** Records this boot found on flash from earlier boots (durable mode). */
  restored: number;
}

/** A ring is its own spec: a board holds some twenty rings, and a spec object apiece cost slots. */
export interface Ring extends Readonly<RingSpec> {
  readonly counters: RingCounters;
  /** `base` is a caller timebase value (ms) stored in the header of any block this append opens;
   *  `encode` receives the base of the block the entry lands in, so payloads can hold small deltas.
   *  `encode` is called a second time, with `base`, when its first result does not fit the block.
   *  Throws RangeError when a payload is larger than a block can hold. */
  append(base: number, encode: (blockBase: number) => Uint8Array): void;
  /** Live entries, oldest first, not consumed. Corrupt entries are skipped (and counted), never yielded. */
  entries(): Iterable<StoredEntry>;
  /** The cursor of the newest entry not committed yet, or -1 when there is none; from the blocks'
   *  headers alone, so it may be an entry that turns out unreadable: a bound for a walk, which
   *  entries() then reads. */
  newestCursor(): number;
  /** Deletes (drops) every entry with cursor <= upTo — only what the cloud acknowledged. */
  commit(upTo: number): void;
}
