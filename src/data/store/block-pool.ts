// The one pool of physical blocks that every ring draws from, spanning the whole partition.
//
// A ring gets the free block that was erased longest ago, so even one fast ring cycles through
// every free block of the partition instead of wearing out a few. The erase order is each block's
// header seq (see layout.ts); a block without a readable header (never used, or its erase or header
// write was cut short) counts as erased before all others. Every block is erased right before it is
// handed out, whatever it looks like, so a half-finished erase is always redone.
import type { FlashPartition } from "../../host.ts";
import type { Layout } from "./layout.ts";
import { HEADERS_BYTES, encodeHeader } from "./layout.ts";

const UNKNOWN = -1;

export class BlockPool {
  readonly #partition: FlashPartition;
  readonly #layout: Layout;
  readonly #free: Uint8Array;
  readonly #erasedAt: Float64Array;
  readonly #header = new Uint8Array(HEADERS_BYTES);
  #nextSeq = 0;
  #erases = 0;

  constructor(options: { partition: FlashPartition; layout: Layout; blocks: number }) {
    this.#partition = options.partition;
    this.#layout = options.layout;
    this.#free = new Uint8Array(options.blocks).fill(1);
    this.#erasedAt = new Float64Array(options.blocks).fill(UNKNOWN);
  }

  /** Erases done by this pool. */
  get erases(): number {
    return this.#erases;
  }

  get freeBlocks(): number {
    let count = 0;
    for (let i = 0; i < this.#free.length; i++) count += this.#free[i]!;
    return count;
  }

  /** Records a block whose header the boot scan read; it stays free until `claim`. */
  found(index: number, seq: number): void {
    this.#erasedAt[index] = seq;
    if (seq >= this.#nextSeq) this.#nextSeq = seq + 1;
  }

  claim(index: number): void {
    this.#free[index] = 0;
  }

  release(index: number): void {
    this.#free[index] = 1;
  }

  /** Erases the free block erased longest ago and writes its header; returns its index and seq. */
  open(owner: number, epoch: number, base: number): { index: number; seq: number } {
    let index = -1;
    for (let i = 0; i < this.#free.length; i++) {
      if (this.#free[i] && (index < 0 || this.#erasedAt[i]! < this.#erasedAt[index]!)) index = i;
    }
    if (index < 0) throw new Error("ring store: no free flash block (rings exceed the partition)");
    const blockLength = this.#layout.blockLength;
    const seq = this.#nextSeq;
    this.#free[index] = 0;
    this.#partition.eraseBlock(index);
    this.#erases++;
    this.#erasedAt[index] = seq;
    this.#nextSeq = seq + 1;
    encodeHeader(this.#header, { owner, seq, epoch, base });
    this.#partition.write(this.#header, index * blockLength);
    return { index, seq };
  }
}
