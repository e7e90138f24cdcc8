// One collector's ring: an ordered list of blocks from the shared pool, appended at the newest and
// dropped or committed from the oldest.
//
// A ring holds at most its quota of blocks (see budget.ts). When its newest block is full and it
// already holds its quota, its oldest block goes back to the pool and that block's uncommitted
// records count as droppedOldest. A block whose records are all committed (or unreadable) goes back
// to the pool at once, unless it is the block still being appended to. Blocks are erased only when
// the pool hands them out again.
//
// Commits and drops are both recorded by clearing bits of the block's acknowledgement bitmap, so a
// durable reboot finds neither again. A cursor is the block's seq * 2^20 + the entry's index in it.
//
// The newest block keeps taking appends across a reboot when its written part reads back cleanly;
// the entry after a torn one simply follows it. A block whose end cannot be found gets no more
// entries, and the ring opens a new block instead.
//
// Counters count from when the store opened. bytesUsed is the flash taken by uncommitted entries,
// framing included. corruptSkipped counts each bad entry once: the boot scan counts what it finds,
// and a walk counts a block's bad entries only beyond the most that block has shown before.
import type { FlashPartition } from "../../host.ts";
import type { BlockPool } from "./block-pool.ts";
import type { EntryWriter } from "./entry-writer.ts";
import type { BlockHeader, Layout } from "./layout.ts";
import type { Ring, RingCounters, RingSpec, StoredEntry } from "./ring-store.ts";
import { EntryReader } from "./entry-reader.ts";
import { CURSOR_SPAN, ackedCount, entrySize, markAcked } from "./layout.ts";

export interface RingContext {
  readonly partition: FlashPartition;
  readonly layout: Layout;
  readonly pool: BlockPool;
  readonly writer: EntryWriter;
  readonly epoch: number;
  /** Throws once the store is closed. */
  assertOpen(): void;
}

interface RingBlock {
  readonly index: number;
  readonly seq: number;
  readonly base: number;
  /** Offset in the data region where erased space begins. */
  end: number;
  /** Entries before `end`, bad ones included: an entry's index in its block never changes. */
  count: number;
  /** Leading entries that are committed. */
  acked: number;
  /** Offset of entry `acked`. */
  liveStart: number;
  /** Valid entries from `acked` on. */
  liveValid: number;
  /** Bad entries from `acked` on that corruptSkipped already counts. */
  liveBad: number;
  writable: boolean;
}

interface Survey {
  end: number;
  count: number;
  liveStart: number;
  liveValid: number;
  liveBad: number;
  lost: boolean;
}

export class StoreRing implements Ring {
  readonly spec: RingSpec;
  readonly counters: RingCounters = { written: 0, droppedOldest: 0, corruptSkipped: 0, bytesUsed: 0 };
  /** Most blocks this ring may hold. */
  readonly #quota: number;
  readonly #ctx: RingContext;
  #blocks: RingBlock[] = [];

  constructor(spec: RingSpec, quota: number, context: RingContext) {
    this.spec = spec;
    this.#quota = quota;
    this.#ctx = context;
  }

  /** Boot scan: takes one of this ring's blocks, in seq order. */
  adopt(index: number, header: BlockHeader): void {
    const { partition, layout, pool } = this.#ctx;
    const bytes = new Uint8Array(partition.read(layout.blockLength, index * layout.blockLength));
    const acked = ackedCount(bytes.subarray(layout.ackStart, layout.dataStart));
    const survey = surveyBlock(bytes.subarray(layout.dataStart), layout.dataBytes, acked);
    pool.claim(index);
    this.counters.corruptSkipped += survey.liveBad;
    this.#blocks.push({
      index,
      seq: header.seq,
      base: header.base,
      end: survey.end,
      count: survey.count,
      acked: Math.min(acked, survey.count),
      liveStart: survey.liveStart,
      liveValid: survey.liveValid,
      liveBad: survey.liveBad,
      writable: !survey.lost && survey.count < layout.maxEntries,
    });
  }

  /** Boot scan: after the last `adopt`, frees what holds nothing and trims to the quota. */
  settle(): void {
    const blocks = this.#blocks;
    const newest = blocks[blocks.length - 1];
    for (const block of blocks) if (block !== newest) block.writable = false;
    this.#freeEmpty();
    while (this.#blocks.length > this.#quota) this.#dropOldest();
    let used = 0;
    for (const block of this.#blocks) used += block.end - block.liveStart;
    this.counters.bytesUsed = used;
  }

  append(base: number, encode: (blockBase: number) => Uint8Array): void {
    this.#ctx.assertOpen();
    const { layout } = this.#ctx;
    const head = this.#blocks[this.#blocks.length - 1];
    if (head !== undefined && head.writable && head.count < layout.maxEntries) {
      const payload = encode(head.base);
      const size = this.#sizeOf(payload);
      if (head.end + size <= layout.dataBytes) {
        this.#write(head, payload, size);
        return;
      }
    }
    const payload = encode(base);
    const size = this.#sizeOf(payload);
    if (head !== undefined) head.writable = false;
    this.#write(this.#open(base), payload, size);
  }

  entries(): IterableIterator<StoredEntry> {
    this.#ctx.assertOpen();
    return new EntryWalk(this.#blocks.slice(), (block) => this.#blocks.includes(block), this.counters, this.#ctx);
  }

  newestCursor(): number {
    this.#ctx.assertOpen();
    const blocks = this.#blocks;
    for (let i = blocks.length - 1; i >= 0; i--) {
      const block = blocks[i]!;
      if (block.acked < block.count) return block.seq * CURSOR_SPAN + block.count - 1;
    }
    return -1;
  }

  commit(upTo: number): void {
    this.#ctx.assertOpen();
    if (!(upTo >= 0)) return;
    const seq = Math.floor(upTo / CURSOR_SPAN);
    const last = upTo - seq * CURSOR_SPAN;
    for (const block of this.#blocks) {
      if (block.seq > seq) break;
      const acked = block.seq < seq ? block.count : Math.min(block.count, last + 1);
      if (acked > block.acked) this.#ack(block, acked);
    }
    this.#freeEmpty();
  }

  #sizeOf(payload: Uint8Array): number {
    const max = this.#ctx.layout.maxPayload;
    if (payload.length > max) {
      throw new RangeError(`ring ${this.spec.name}: a ${payload.length}-byte entry exceeds the ${max}-byte limit`);
    }
    return entrySize(payload.length);
  }

  #write(block: RingBlock, payload: Uint8Array, size: number): void {
    const { layout, writer } = this.#ctx;
    // A write that fails part-way leaves bytes past `end`; the block takes no more entries then.
    block.writable = false;
    writer.write(payload, block.index * layout.blockLength + layout.dataStart + block.end);
    block.writable = true;
    block.end += size;
    block.count++;
    block.liveValid++;
    this.counters.written++;
    this.counters.bytesUsed += size;
  }

  #open(base: number): RingBlock {
    while (this.#blocks.length >= this.#quota) this.#dropOldest();
    const { pool, epoch } = this.#ctx;
    const { index, seq } = pool.open(this.spec.owner, epoch, base);
    const block: RingBlock = {
      index,
      seq,
      base,
      end: 0,
      count: 0,
      acked: 0,
      liveStart: 0,
      liveValid: 0,
      liveBad: 0,
      writable: true,
    };
    this.#blocks.push(block);
    return block;
  }

  #dropOldest(): void {
    const block = this.#blocks.shift()!;
    const dropped = block.liveValid;
    // Marked on flash as done, so that a durable reboot does not find (and count) its records again.
    if (block.count > block.acked) this.#ack(block, block.count);
    this.counters.droppedOldest += dropped;
    this.counters.bytesUsed -= block.end - block.liveStart;
    this.#ctx.pool.release(block.index);
  }

  /** Records entries [0, acked) of `block` as committed, on flash first. */
  #ack(block: RingBlock, acked: number): void {
    const { partition, layout } = this.#ctx;
    const first = block.acked >> 3;
    const address = block.index * layout.blockLength + layout.ackStart + first;
    const bitmap = new Uint8Array(partition.read(((acked - 1) >> 3) - first + 1, address));
    markAcked(bitmap, first, acked);
    partition.write(bitmap, address);
    const before = block.end - block.liveStart;
    block.acked = acked;
    if (acked >= block.count) {
      block.liveStart = block.end;
      block.liveValid = 0;
      block.liveBad = 0;
    } else {
      const data = new Uint8Array(partition.read(block.end, block.index * layout.blockLength + layout.dataStart));
      const survey = surveyBlock(data, block.end, acked);
      block.liveStart = survey.liveStart;
      block.liveValid = survey.liveValid;
      block.liveBad = survey.liveBad;
    }
    this.counters.bytesUsed -= before - (block.end - block.liveStart);
  }

  /** Gives back every block with no readable uncommitted record, except one still taking appends. */
  #freeEmpty(): void {
    const blocks = this.#blocks;
    const newest = blocks[blocks.length - 1];
    const kept: RingBlock[] = [];
    for (const block of blocks) {
      if (block.liveValid > 0 || (block === newest && block.writable)) {
        kept.push(block);
        continue;
      }
      this.counters.bytesUsed -= block.end - block.liveStart;
      this.#ctx.pool.release(block.index);
    }
    this.#blocks = kept;
  }
}

const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

/**
 * The live entries of a ring's blocks, oldest first, reading one block's data region at a time.
 * Not a generator, and payloads are copies, both so that only one block's bytes are ever held: XS
 * keeps a generator's frame from its last yield while the generator runs on (the block before
 * would stay alive while the next one is read), and a caller's generator around this one keeps its
 * last entry the same way, which a view would make pin that entry's whole block.
 */
class EntryWalk implements IterableIterator<StoredEntry> {
  readonly #blocks: RingBlock[];
  readonly #isLive: (block: RingBlock) => boolean;
  readonly #counters: RingCounters;
  readonly #ctx: RingContext;
  #next = 0;
  #read: BlockRead | undefined;

  constructor(blocks: RingBlock[], isLive: (block: RingBlock) => boolean, counters: RingCounters, context: RingContext) {
    this.#blocks = blocks;
    this.#isLive = isLive;
    this.#counters = counters;
    this.#ctx = context;
  }

  [Symbol.iterator](): IterableIterator<StoredEntry> {
    return this;
  }

  next(): IteratorResult<StoredEntry, undefined> {
    for (;;) {
      const read = this.#read;
      if (read === undefined) {
        const block = this.#blocks[this.#next++];
        if (block === undefined) return DONE;
        if (this.#isLive(block) && block.acked < block.count) this.#read = readBlock(block, this.#ctx);
        continue;
      }
      const { block, reader } = read;
      if (!reader.step()) {
        // Whatever follows a spot the reader cannot get past would be unreachable, so stop there.
        if (reader.lost) block.writable = false;
        if (block.end === read.end && block.acked === read.acked) block.liveValid = read.valid;
        this.#read = undefined;
        continue;
      }
      const index = read.index++;
      if (index < read.acked) continue;
      if (reader.valid) {
        read.valid++;
        const payload = read.data.slice(reader.payloadStart, reader.payloadEnd);
        return { done: false, value: { cursor: block.seq * CURSOR_SPAN + index, base: block.base, payload } };
      }
      if (++read.bad > block.liveBad) {
        block.liveBad = read.bad;
        this.#counters.corruptSkipped++;
      }
    }
  }

  /** A caller that stops early lets go of the block being read. */
  return(): IteratorResult<StoredEntry, undefined> {
    this.#read = undefined;
    this.#next = this.#blocks.length;
    return DONE;
  }
}

/** One block being walked: its state when its read began, and the walk's tallies. */
interface BlockRead {
  readonly block: RingBlock;
  readonly data: Uint8Array;
  readonly reader: EntryReader;
  readonly end: number;
  readonly acked: number;
  index: number;
  valid: number;
  bad: number;
}

function readBlock(block: RingBlock, context: RingContext): BlockRead {
  const { partition, layout } = context;
  const end = block.end;
  const data = new Uint8Array(partition.read(end, block.index * layout.blockLength + layout.dataStart));
  return { block, data, reader: new EntryReader(data, 0, end), end, acked: block.acked, index: 0, valid: 0, bad: 0 };
}

/** Reads a block's data region: where it ends, and what lies from entry `acked` on. */
function surveyBlock(data: Uint8Array, limit: number, acked: number): Survey {
  const reader = new EntryReader(data, 0, limit);
  let count = 0;
  let liveStart = -1;
  let liveValid = 0;
  let liveBad = 0;
  for (; reader.step(); count++) {
    if (count === acked) liveStart = reader.at;
    if (count < acked) continue;
    if (reader.valid) liveValid++;
    else liveBad++;
  }
  return {
    end: reader.end,
    count,
    liveStart: liveStart < 0 ? reader.end : liveStart,
    liveValid,
    liveBad,
    lost: reader.lost,
  };
}
