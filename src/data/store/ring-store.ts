// Crash-safe ring buffers for captured records, one per collector, in one flash partition.
//
// The design, with its integrity guarantees: STORE.md. Flash layout: layout.ts. Wear levelling:
// block-pool.ts. Ring behaviour: ring.ts. Capacity to blocks: budget.ts. Groups, seals and damage:
// block-scan.ts. Nothing damaged is ever returned as a record: every record is covered by the CRC-32
// of its group.
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
// loses that one entry; the next boot checks the unsealed entries before it one by one, seals them,
// and appends after them (block-scan.ts). If that append was dropping the ring's oldest block to make
// room, the drop may be done in part. A cut while a group is sealed loses nothing: the boot seals again.
// A cut during commit leaves a prefix of that commit done, so some acknowledged records may be read
// (and uploaded) again, never the reverse. A cut while a block is erased or its header written
// leaves a block without a readable header, which is simply reused.
import type { FlashPartition, Log } from "../../host.ts";
import { BlockPool } from "./block-pool.ts";
import { blocksForCapacity, planRings } from "./budget.ts";
import { EntryWriter } from "./entry-writer.ts";
import type { BlockHeader } from "./layout.ts";
import { Layout, SEAL_BYTES, SLOT_BYTES, decodeHeader, olderFormat } from "./layout.ts";
import { StoreRing } from "./ring.ts";
import type { Ring, RingSpec } from "./types.ts";

export type { Ring, RingCounters, RingSpec, StoredEntry } from "./types.ts";

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
  /** A list, not a Map by owner: a Map entry costs a board two slots, and rings are few. */
  readonly #rings: StoreRing[] = [];
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
      const need = blocksForCapacity(spec.capacityBytes, status.blockLength);
      log(
        "error",
        `capture store: ring ${spec.name} does not fit the partition (${status.blocks} blocks of ${status.blockLength} B; ` +
          `it needs ${need} of those the rings before it left) and is not kept`,
      );
    }
    this.#partition = partition;
    this.#pool = new BlockPool({ partition, layout, blocks: status.blocks });
    const context = {
      partition,
      layout,
      pool: this.#pool,
      writer: new EntryWriter({ partition, maxEntryBytes: layout.dataBytes }),
      epoch,
      seal: new Uint8Array(SEAL_BYTES),
      assertOpen: () => {
        if (this.#closed) throw new Error("ring store is closed");
      },
    };
    for (const spec of accepted) {
      const quota = blocksForCapacity(spec.capacityBytes, status.blockLength);
      this.#rings.push(new StoreRing(spec, quota, context));
    }

    const found = new Map<StoreRing, Array<{ index: number; header: BlockHeader }>>();
    const orphans = new Map<number, number>();
    let older = 0;
    for (let index = 0; index < status.blocks; index++) {
      const bytes = new Uint8Array(partition.read(layout.dataStart + SLOT_BYTES, index * status.blockLength));
      const header = decodeHeader(bytes, layout);
      if (header === undefined) {
        if (olderFormat(bytes)) older++;
        else if (!erased(bytes)) log("warn", `capture store: block ${index} has no readable header; it will be reused`);
        continue;
      }
      if (header.repaired) log("warn", `capture store: block ${index} had a damaged header; its copy was used`);
      this.#pool.found(index, header.seq);
      if (!durable && header.epoch !== epoch) continue;
      const ring = this.ringOf(header.owner);
      if (ring === undefined) {
        orphans.set(header.owner, (orphans.get(header.owner) ?? 0) + 1);
        continue;
      }
      let list = found.get(ring);
      if (list === undefined) found.set(ring, (list = []));
      list.push({ index, header });
    }
    if (older > 0) {
      log("warn", `capture store: ${older} block(s) hold an older store format; their records are dropped and the blocks reused`);
    }
    for (const [owner, count] of orphans) {
      log("info", `capture store: reusing ${count} block(s) of ring ${owner}, which is no longer configured`);
    }
    for (const [ring, list] of found) {
      list.sort((a, b) => a.header.seq - b.header.seq);
      list.forEach(({ index, header }, i) => ring.adopt(index, header, i === list.length - 1));
    }
    for (const ring of this.#rings) ring.settle();
  }

  ring(owner: number): Ring | undefined {
    return this.ringOf(owner);
  }

  /** Block erases done by this store. */
  get erases(): number {
    return this.#pool.erases;
  }

  /** Blocks no ring holds: erased when handed out. */
  get freeBlocks(): number {
    return this.#pool.freeBlocks;
  }

  /** Seals every ring's open group, then closes the partition. */
  close(): void {
    if (this.#closed) return;
    for (const ring of this.#rings) ring.flush();
    this.#closed = true;
    this.#partition.close();
  }

  private ringOf(owner: number): StoreRing | undefined {
    for (const ring of this.#rings) if (ring.owner === owner) return ring;
    return undefined;
  }
}

function erased(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0xff) return false;
  return true;
}
