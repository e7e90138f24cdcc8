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
// Entries are written in groups, each opened by an opener and closed by a seal with a CRC-32, which
// goes in the room left for it at the group's start (layout.ts). The running CRC of the newest
// block's open group is kept here, over the bytes this ring meant to write, so a seal also catches
// anything that went wrong on flash before it. The open group is sealed once it reaches GROUP_BYTES,
// before anyone reads the ring (entries()), before the ring moves to a new block, and when the store
// closes. A boot seals the tail a power cut left in a ring's newest block (block-scan.ts), and
// appends go on after it.
//
// Counters count from when the store opened. bytesUsed is the flash taken by uncommitted entries,
// framing and seals included. corruptSkipped counts readings lost to damage or torn writes, each once:
// the boot scan counts what it finds, and a walk counts a block's losses only beyond the most that
// block has shown before.
import type { FlashPartition } from "../../host.ts";
import type { BlockPool } from "./block-pool.ts";
import type { EntryWriter } from "./entry-writer.ts";
import type { BlockHeader, Layout } from "./layout.ts";
import type { Ring, RingCounters, RingSpec, StoredEntry } from "./types.ts";
import type { BlockScan, Group } from "./block-scan.ts";
import { GroupWalk, scanBlock, sealTail } from "./block-scan.ts";
import { Crc32 } from "./crc.ts";
import { RingBlock } from "./ring-block.ts";
import { CURSOR_SPAN, GROUP_BYTES, SLOT_BYTES, ackedCount, encodeSeal, entrySize, markAcked, openerValue } from "./layout.ts";

export interface RingContext {
  readonly partition: FlashPartition;
  readonly layout: Layout;
  readonly pool: BlockPool;
  readonly writer: EntryWriter;
  readonly epoch: number;
  /** Scratch for a seal, shared by the store's rings: one is written at a time. */
  readonly seal: Uint8Array;
  /** Throws once the store is closed. */
  assertOpen(): void;
}

interface Survey {
  liveStart: number;
  liveValid: number;
  liveBad: number;
}

// The counters are the ring's own fields, and `counters` copies them: a board holds some twenty
// rings, and a live counters object with a getter closure per ring cost more slots than the numbers.
export class StoreRing implements Ring {
  readonly owner: number;
  readonly name: string;
  readonly capacityBytes: number;
  written = 0;
  droppedOldest = 0;
  corruptSkipped = 0;
  bytesUsed = 0;
  restored = 0;
  /** Most blocks this ring may hold. */
  readonly #quota: number;
  readonly #ctx: RingContext;
  #blocks: RingBlock[] = [];

  constructor(spec: RingSpec, quota: number, context: RingContext) {
    this.owner = spec.owner;
    this.name = spec.name;
    this.capacityBytes = spec.capacityBytes;
    this.#quota = quota;
    this.#ctx = context;
  }

  get counters(): RingCounters {
    const { written, droppedOldest, corruptSkipped, bytesUsed, restored } = this;
    return { written, droppedOldest, corruptSkipped, bytesUsed, restored, records: this.records() };
  }

  /** Boot scan: takes one of this ring's blocks, in seq order; only the newest may hold a tail. */
  adopt(index: number, header: BlockHeader, newest: boolean): void {
    const { partition, layout, pool } = this.#ctx;
    const bytes = new Uint8Array(partition.read(layout.blockLength, index * layout.blockLength));
    const acked = ackedCount(bytes.subarray(layout.ackStart, layout.dataStart));
    const data = bytes.subarray(layout.dataStart);
    const seed = layout.openerSeed(header.owner, header.seq, header.base);
    const scan = scanBlock(data, layout.dataBytes, layout.crc32, seed, newest);
    pool.claim(index);
    const block = new RingBlock(index, header.seq, header.base);
    block.end = block.groupStart = Math.max(scan.written, scan.sealedEnd);
    block.sealedEnd = scan.sealedEnd;
    // A damaged end may hide entries that were acknowledged: new ones never reuse their bits.
    block.count = Math.max(scan.count, acked);
    block.acked = Math.min(acked, scan.count);
    block.writable = newest && scan.lost.length === 0;
    block.groupCrc = Crc32.INIT;
    block.groupIndex = scan.count;
    const tail = scan.tail;
    if (tail !== undefined) {
      // Sealed over what flash holds: until now only the entries' own checks vouched for them. After
      // damage its first index is an estimate; it never takes a bit that a commit cleared.
      const first = tail.firstIndex;
      tail.firstIndex = Math.min(Math.max(first, acked), layout.maxEntries - tail.count);
      const seal = this.#ctx.seal;
      if (sealTail(data, tail, layout.crc32, seal)) {
        partition.write(seal, index * layout.blockLength + layout.dataStart + tail.slot);
        scan.groups.push(tail);
        block.sealedEnd = tail.end;
      } else {
        scan.lost.push(tail.firstIndex, tail.count);
      }
      block.count = Math.max(scan.count + tail.firstIndex - first, acked);
      // A long entry's check may end in 0xFF, past what looks written.
      block.end = block.groupStart = Math.max(block.end, tail.end);
    }
    // Damage beyond the last group is stepped over: new groups go after it.
    if (block.count >= layout.maxEntries || block.end + SLOT_BYTES >= layout.dataBytes) block.writable = false;
    Object.assign(block, survey(data, scan.groups, scan.lost, block.acked, block.end));
    this.corruptSkipped += block.liveBad;
    this.#blocks.push(block);
  }

  /** Boot scan: after the last `adopt`, frees what holds nothing and trims to the quota. */
  settle(): void {
    this.freeEmpty();
    while (this.#blocks.length > this.#quota) this.dropOldest();
    let used = 0;
    for (const block of this.#blocks) used += block.end - block.liveStart;
    this.bytesUsed = used;
    this.restored = this.records();
  }

  append(base: number, encode: (blockBase: number) => Uint8Array): void {
    this.#ctx.assertOpen();
    const { layout } = this.#ctx;
    const head = this.#blocks[this.#blocks.length - 1];
    if (head !== undefined && head.writable && head.count < layout.maxEntries) {
      const payload = encode(head.base);
      const size = this.sizeOf(payload);
      if (head.end + (head.groupStart === head.end ? SLOT_BYTES : 0) + size <= layout.dataBytes) {
        this.write(head, payload, size);
        return;
      }
    }
    const payload = encode(base);
    const size = this.sizeOf(payload);
    if (head !== undefined) {
      this.sealOpenGroup(head);
      head.writable = false;
    }
    this.write(this.open(base), payload, size);
  }

  /** Seals the open group, so that everything appended so far can be read. */
  flush(): void {
    const head = this.#blocks[this.#blocks.length - 1];
    if (head !== undefined) this.sealOpenGroup(head);
  }

  entries(): IterableIterator<StoredEntry> {
    this.#ctx.assertOpen();
    this.flush();
    return new EntryWalk(this.#blocks.slice(), (block) => this.#blocks.includes(block), this, this.#ctx);
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
      if (acked > block.acked) this.ack(block, acked);
    }
    this.freeEmpty();
  }

  private records(): number {
    let count = 0;
    for (const block of this.#blocks) count += block.liveValid;
    return count;
  }

  private sizeOf(payload: Uint8Array): number {
    const max = this.#ctx.layout.maxPayload;
    if (payload.length > max) {
      throw new RangeError(`ring ${this.name}: a ${payload.length}-byte entry exceeds the ${max}-byte limit`);
    }
    return entrySize(payload.length);
  }

  private write(block: RingBlock, payload: Uint8Array, size: number): void {
    const { layout, writer } = this.#ctx;
    // The first entry of a group goes after the room for its seal, in one write with its opener.
    const opening = block.groupStart === block.end;
    const slot = block.end;
    const at = opening ? slot + SLOT_BYTES : slot;
    const opener = opening ? openerValue(layout.crc32, layout.openerSeed(this.owner, block.seq, block.base), slot) : -1;
    // A write that fails part-way leaves bytes past `end`; the block takes no more entries then.
    block.writable = false;
    const frame = writer.write(payload, block.index * layout.blockLength + layout.dataStart + at, opener);
    block.writable = true;
    if (opening) {
      block.groupIndex = block.count;
      this.bytesUsed += SLOT_BYTES;
    }
    block.groupCrc = layout.crc32.update(block.groupCrc, frame, frame.length - size, frame.length);
    block.end = at + size;
    block.count++;
    block.liveValid++;
    this.written++;
    this.bytesUsed += size;
    if (block.end - block.groupStart - SLOT_BYTES >= GROUP_BYTES) this.sealOpenGroup(block);
  }

  /** Writes the seal of the block's open group, if it has one. */
  private sealOpenGroup(block: RingBlock): void {
    if (block.groupStart >= block.end) return;
    const { partition, layout } = this.#ctx;
    const seal = this.#ctx.seal;
    encodeSeal(seal, layout.crc32, block.groupCrc, block.end - block.groupStart - SLOT_BYTES, block.count);
    block.writable = false;
    partition.write(seal, block.index * layout.blockLength + layout.dataStart + block.groupStart);
    block.writable = block.count < layout.maxEntries;
    block.sealedEnd = block.groupStart = block.end;
    block.groupCrc = Crc32.INIT;
  }

  private open(base: number): RingBlock {
    while (this.#blocks.length >= this.#quota) this.dropOldest();
    const { pool, epoch } = this.#ctx;
    const { index, seq } = pool.open(this.owner, epoch, base);
    const block = new RingBlock(index, seq, base);
    block.groupCrc = Crc32.INIT;
    this.#blocks.push(block);
    return block;
  }

  private dropOldest(): void {
    const block = this.#blocks.shift()!;
    const dropped = block.liveValid;
    // Marked on flash as done, so that a durable reboot does not find (and count) its records again.
    if (block.count > block.acked) this.ack(block, block.count);
    this.droppedOldest += dropped;
    this.bytesUsed -= block.end - block.liveStart;
    this.#ctx.pool.release(block.index);
  }

  /** Records entries [0, acked) of `block` as committed, on flash first. */
  private ack(block: RingBlock, acked: number): void {
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
      const seed = layout.openerSeed(this.owner, block.seq, block.base);
      const scan = scanBlock(data, block.sealedEnd, layout.crc32, seed, false);
      const groups = scan.groups;
      if (block.groupStart < block.end) {
        groups.push({ start: block.groupStart + SLOT_BYTES, end: block.end, firstIndex: block.groupIndex, count: block.count - block.groupIndex });
      }
      Object.assign(block, survey(data, groups, scan.lost, acked, block.end));
    }
    this.bytesUsed -= before - (block.end - block.liveStart);
  }

  /** Gives back every block with no readable uncommitted record, except one still taking appends. */
  private freeEmpty(): void {
    const blocks = this.#blocks;
    const newest = blocks[blocks.length - 1];
    const kept: RingBlock[] = [];
    for (const block of blocks) {
      if (block.liveValid > 0 || (block === newest && block.writable)) {
        kept.push(block);
        continue;
      }
      this.bytesUsed -= block.end - block.liveStart;
      this.#ctx.pool.release(block.index);
    }
    this.#blocks = kept;
  }
}

/** What a block holds from entry `acked` on: where it starts, its valid entries and lost readings. */
function survey(data: Uint8Array, groups: Group[], lost: number[], acked: number, end: number): Survey {
  let liveStart = end;
  let liveValid = 0;
  let liveBad = lostFrom(lost, acked);
  for (const group of groups) {
    if (group.firstIndex + group.count <= acked) continue;
    const walk = new GroupWalk(data, group);
    for (let index = group.firstIndex; walk.step(); index++) {
      if (index < acked) continue;
      if (liveStart === end) liveStart = walk.at;
      if (walk.valid) liveValid++;
      else liveBad++;
    }
  }
  return { liveStart, liveValid, liveBad };
}

/** Readings among `lost` (pairs of first index and count) from index `acked` on. */
function lostFrom(lost: number[], acked: number): number {
  let count = 0;
  for (let i = 0; i < lost.length; i += 2) {
    const first = lost[i]!;
    const last = first + lost[i + 1]!;
    if (last > acked) count += last - Math.max(first, acked);
  }
  return count;
}

const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

/**
 * The live entries of a ring's blocks, oldest first, reading one block's sealed groups at a time.
 * Not a generator, and payloads are copies, both so that only one block's bytes are ever held: XS
 * keeps a generator's frame from its last yield while the generator runs on (the block before
 * would stay alive while the next one is read), and a caller's generator around this one keeps its
 * last entry the same way, which a view would make pin that entry's whole block.
 */
class EntryWalk implements IterableIterator<StoredEntry> {
  readonly #blocks: RingBlock[];
  readonly #isLive: (block: RingBlock) => boolean;
  readonly #ring: StoreRing;
  readonly #ctx: RingContext;
  #next = 0;
  #read: BlockRead | undefined;

  constructor(blocks: RingBlock[], isLive: (block: RingBlock) => boolean, ring: StoreRing, context: RingContext) {
    this.#blocks = blocks;
    this.#isLive = isLive;
    this.#ring = ring;
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
        if (this.#isLive(block) && block.acked < block.count && block.sealedEnd > 0) this.#read = readBlock(block, this.#ring.owner, this.#ctx);
        continue;
      }
      const { block, scan } = read;
      const walk = read.walk;
      if (walk === undefined || !walk.step()) {
        const group = scan.groups[read.group++];
        if (group === undefined) {
          this.finish(read);
          this.#read = undefined;
          continue;
        }
        read.walk = new GroupWalk(read.data, group);
        read.index = group.firstIndex;
        continue;
      }
      const index = read.index++;
      if (index < read.acked) continue;
      if (walk.valid) {
        read.valid++;
        const payload = read.data.slice(walk.payloadStart, walk.payloadEnd);
        return { done: false, value: { cursor: block.seq * CURSOR_SPAN + index, base: block.base, payload } };
      }
      this.lose(read, 1);
    }
  }

  /** A caller that stops early lets go of the block being read. */
  return(): IteratorResult<StoredEntry, undefined> {
    this.#read = undefined;
    this.#next = this.#blocks.length;
    return DONE;
  }

  private lose(read: BlockRead, readings: number): void {
    read.bad += readings;
    if (read.bad > read.block.liveBad) {
      this.#ring.corruptSkipped += read.bad - read.block.liveBad;
      read.block.liveBad = read.bad;
    }
  }

  private finish(read: BlockRead): void {
    const block = read.block;
    this.lose(read, lostFrom(read.scan.lost, read.acked));
    // The open group (appended after the walk began) is not read, so its entries count as valid.
    if (block.sealedEnd === read.sealedEnd && block.acked === read.acked) {
      block.liveValid = read.valid + (block.groupStart < block.end ? block.count - block.groupIndex : 0);
    }
  }
}

/** One block being walked: its state when its read began, and the walk's tallies. */
interface BlockRead {
  readonly block: RingBlock;
  readonly data: Uint8Array;
  readonly scan: BlockScan;
  readonly sealedEnd: number;
  readonly acked: number;
  group: number;
  walk: GroupWalk | undefined;
  index: number;
  valid: number;
  bad: number;
}

function readBlock(block: RingBlock, owner: number, context: RingContext): BlockRead {
  const { partition, layout } = context;
  const sealedEnd = block.sealedEnd;
  const data = new Uint8Array(partition.read(sealedEnd, block.index * layout.blockLength + layout.dataStart));
  const scan = scanBlock(data, sealedEnd, layout.crc32, layout.openerSeed(owner, block.seq, block.base), false);
  return { block, data, scan, sealedEnd, acked: block.acked, group: 0, walk: undefined, index: 0, valid: 0, bad: 0 };
}
