// How much of the partition each ring may hold, decided before the store opens.
//
// A ring of capacity C gets ceil(C / D) blocks for records plus one spare, where D is the entry
// space of one block less what its seals can take (layout.ts recordBytes: 3883 bytes of a 4096-byte
// block). The spare is what keeps the last
// C bytes of records readable: the ring drops its oldest block only when it needs a new one while
// holding all of its blocks, and the blocks it keeps then still hold at least C bytes (less the
// unused tail of each full block, under one entry). A ring that holds its quota therefore never needs
// another ring's space, so as long as the quotas add up to at most the partition, opening a block
// always finds a free one.
//
// Specs are taken in order; one that no longer fits is rejected and later, smaller ones may still
// fit. A spec whose owner repeats an earlier one's, or whose owner is not a u32, or whose capacity
// is not a number >= 0, is rejected too. A capacity of 0 still gets one block for records.
import type { FlashStatus } from "../../host.ts";
import type { RingSpec } from "./types.ts";
import { Layout } from "./layout.ts";

export function blocksForCapacity(capacityBytes: number, blockLength: number): number {
  const recordBytes = new Layout(blockLength).recordBytes;
  return Math.max(1, Math.ceil(capacityBytes / recordBytes)) + 1;
}

export function planRings(specs: RingSpec[], status: FlashStatus): { accepted: RingSpec[]; rejected: RingSpec[] } {
  const accepted: RingSpec[] = [];
  const rejected: RingSpec[] = [];
  const owners = new Set<number>();
  let free = status.blocks;
  for (const spec of specs) {
    const usable =
      Number.isInteger(spec.owner) && spec.owner >= 0 && spec.owner <= 0xffffffff && !owners.has(spec.owner) &&
      spec.capacityBytes >= 0 && Number.isFinite(spec.capacityBytes);
    const need = usable ? blocksForCapacity(spec.capacityBytes, status.blockLength) : Infinity;
    if (need > free) {
      rejected.push(spec);
      continue;
    }
    free -= need;
    owners.add(spec.owner);
    accepted.push(spec);
  }
  return { accepted, rejected };
}
