// Crash-safe ring buffers for captured records, one per collector, in one flash partition.
//
// Flash layout: layout.ts. Wear levelling: block-pool.ts. Ring behaviour: ring.ts. Capacity to
// blocks: budget.ts. Reading past torn writes and flipped bits: entry-reader.ts; a block header
// with one flipped bit is repaired (layout.ts), one with more makes its block's records unreadable.
// Nothing damaged is ever returned as a record.
//
// Reboots. Every store instance is one boot with its epoch. By default a block written in another
// epoch is invisible and free, so a reboot drops old records without erasing anything; the blocks
// are erased when the pool hands them out again. With `durable: true` every block of a configured
// ring is kept whatever its epoch, along with its commits (so turning durable on can also bring back
// records that default-mode boots hid, where their blocks were not reused yet). Either way, blocks of
// an owner that is not among the accepted rings go back to the pool: no collector could ever sync
// them. They too are only erased on reuse, so a collector that comes back first finds its records
// again in durable mode.
//
// What a power cut can lose: nothing is staged in RAM (records are written as they come, so a fast
// sync saves no flash writes), and every append that returned is on flash. A cut during an append
// loses that one entry; it reads back as bad, is skipped and counted, and the next append goes after
// it. If that append was dropping the ring's oldest block to make room, the drop may be done in part.
// A cut during commit leaves a prefix of that commit done, so some acknowledged records may be read
// (and uploaded) again, never the reverse. A cut while a block is erased or its header written
// leaves a block without a readable header, which is simply reused.
import type { FlashPartition, Log } from "../../host.ts";
import { BlockPool } from "./block-pool.ts";
import { blocksForCapacity, planRings } from "./budget.ts";
import { EntryWriter } from "./entry-writer.ts";
import type { BlockHeader } from "./layout.ts";
import { Layout, decodeHeader } from "./layout.ts";
import { StoreRing } from "./ring.ts";

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
  corruptSkipped: number;
  bytesUsed: number;
}

export interface Ring {
  readonly spec: RingSpec;
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

export interface RingStoreOptions {
  /** The store owns it from now on: `close()` closes it. */
  partition: FlashPartition;
  /** This boot's epoch, a u32. */
  epoch: number;
  durable: boolean;
  /** Rings that do not fit the partition (see planRings) are left out and logged. */
  rings: RingSpec[];
  log?: Log;
}

export class RingStore {
  readonly #partition: FlashPartition;
  readonly #pool: BlockPool;
  readonly #rings = new Map<number, StoreRing>();
  #closed = false;

  constructor(options: RingStoreOptions) {
    const { partition, epoch, durable } = options;
    const log = options.log ?? (() => {});
    if (!Number.isInteger(epoch) || epoch < 0 || epoch > 0xffffffff) {
      throw new RangeError(`epoch must be a u32, got ${epoch}`);
    }
    const status = partition.status();
    const layout = new Layout(status.blockLength);
    const { accepted, rejected } = planRings(options.rings, status);
    for (const spec of rejected) {
      log("error", `capture store: ring ${spec.name} does not fit the partition and is not kept`);
    }
    this.#partition = partition;
    this.#pool = new BlockPool({ partition, layout, blocks: status.blocks });
    const context = {
      partition,
      layout,
      pool: this.#pool,
      writer: new EntryWriter({ partition, maxEntryBytes: layout.dataBytes }),
      epoch,
      assertOpen: () => {
        if (this.#closed) throw new Error("ring store is closed");
      },
    };
    for (const spec of accepted) {
      const quota = blocksForCapacity(spec.capacityBytes, status.blockLength);
      this.#rings.set(spec.owner, new StoreRing(spec, quota, context));
    }

    const found = new Map<StoreRing, Array<{ index: number; header: BlockHeader }>>();
    const orphans = new Map<number, number>();
    for (let index = 0; index < status.blocks; index++) {
      const bytes = new Uint8Array(partition.read(layout.dataStart + 1, index * status.blockLength));
      const header = decodeHeader(bytes, bytes[layout.dataStart] !== 0xff);
      if (header === undefined) {
        if (!erased(bytes)) log("warn", `capture store: block ${index} has no readable header; it will be reused`);
        continue;
      }
      if (header.repaired) log("warn", `capture store: repaired a flipped bit in the header of block ${index}`);
      this.#pool.found(index, header.seq);
      if (!durable && header.epoch !== epoch) continue;
      const ring = this.#rings.get(header.owner);
      if (ring === undefined) {
        orphans.set(header.owner, (orphans.get(header.owner) ?? 0) + 1);
        continue;
      }
      let list = found.get(ring);
      if (list === undefined) found.set(ring, (list = []));
      list.push({ index, header });
    }
    for (const [owner, count] of orphans) {
      log("info", `capture store: reusing ${count} block(s) of ring ${owner}, which is no longer configured`);
    }
    for (const [ring, list] of found) {
      list.sort((a, b) => a.header.seq - b.header.seq);
      for (const { index, header } of list) ring.adopt(index, header);
    }
    for (const ring of this.#rings.values()) ring.settle();
  }

  ring(owner: number): Ring | undefined {
    return this.#rings.get(owner);
  }

  /** Block erases done by this store. */
  get erases(): number {
    return this.#pool.erases;
  }

  /** Blocks no ring holds: erased when handed out. */
  get freeBlocks(): number {
    return this.#pool.freeBlocks;
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#partition.close();
  }
}

function erased(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0xff) return false;
  return true;
}
