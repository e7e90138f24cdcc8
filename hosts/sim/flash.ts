// A NOR flash partition that keeps the ESP32's rules, so that code which works here does not
// depend on anything a real chip would refuse: erase is per 4096-byte block and sets every bit,
// a write can only clear bits, and power can fail between any two byte writes.

import type { Flash, FlashPartition, FlashStatus } from "../../src/host.ts";

/** Thrown by a flash whose power has been cut; the partition stays dead until it is re-opened. */
export class PowerCut extends Error {
  constructor(message = "power cut") {
    super(message);
    this.name = "PowerCut";
  }
}

export interface SimFlashOptions {
  size: number;
  blockLength?: number;
  /** Contents to start from, e.g. `.bytes` of a flash that lost power. Copied, never shared. */
  bytes?: Uint8Array;
  /** Wear history to carry over from a previous SimFlash over the same contents. Copied. */
  eraseCounts?: Uint32Array;
  /**
   * When true, each block erase also spends one unit of the `cutPowerAfter` budget, and a cut that
   * lands on an erase leaves that block half-erased: some bits of the old content set, some not,
   * which is what an interrupted NOR erase leaves. When false (the default) an erase is one
   * indivisible step that the budget does not see.
   */
  cutPowerDuringErase?: boolean;
  /** Seeds the garbage that an interrupted erase leaves, so that a failing run can be replayed. */
  seed?: number;
  /** Called after every change to the contents, including the partial one before a power cut. */
  onChange?: (byteOffset: number, byteLength: number) => void;
}

export class SimFlash implements FlashPartition {
  readonly #bytes: Uint8Array<ArrayBuffer>;
  readonly #blockLength: number;
  readonly #eraseCounts: Uint32Array;
  readonly #cutDuringErase: boolean;
  readonly #onChange: ((byteOffset: number, byteLength: number) => void) | undefined;
  #erases = 0;
  #budget = Infinity;
  #dead = false;
  #seed: number;
  /** The byte view of the last ArrayBuffer or non-byte view written, reused while callers keep
   *  passing the same one, so that writes allocate nothing. */
  #wrapped: Uint8Array | undefined;

  constructor(options: SimFlashOptions) {
    const blockLength = options.blockLength ?? 4096;
    if (!Number.isInteger(blockLength) || blockLength <= 0) {
      throw new RangeError(`blockLength must be a positive integer, got ${blockLength}`);
    }
    if (!Number.isInteger(options.size) || options.size <= 0 || options.size % blockLength !== 0) {
      throw new RangeError(`size must be a positive multiple of ${blockLength}, got ${options.size}`);
    }
    if (options.bytes && options.bytes.length !== options.size) {
      throw new RangeError(`bytes has length ${options.bytes.length}, expected ${options.size}`);
    }
    const blocks = options.size / blockLength;
    if (options.eraseCounts && options.eraseCounts.length !== blocks) {
      throw new RangeError(`eraseCounts has length ${options.eraseCounts.length}, expected ${blocks}`);
    }
    this.#blockLength = blockLength;
    this.#bytes = options.bytes ? options.bytes.slice() : new Uint8Array(options.size).fill(0xff);
    this.#eraseCounts = options.eraseCounts ? options.eraseCounts.slice() : new Uint32Array(blocks);
    this.#erases = this.#eraseCounts.reduce((sum, n) => sum + n, 0);
    this.#cutDuringErase = options.cutPowerDuringErase ?? false;
    this.#onChange = options.onChange;
    this.#seed = (options.seed ?? 0x9e3779b9) >>> 0;
  }

  /** The live contents. Hand them to a new SimFlash to model the chip after a reboot. */
  get bytes(): Uint8Array {
    return this.#bytes;
  }
  /** Erases per block since this flash (or the history it was given) began. */
  get eraseCounts(): Uint32Array {
    return this.#eraseCounts;
  }
  get erases(): number {
    return this.#erases;
  }
  /** True once a power cut has happened; every flash call then throws PowerCut. */
  get powerLost(): boolean {
    return this.#dead;
  }
  /** Byte writes (and, with cutPowerDuringErase, block erases) left before the cut; Infinity if none is armed. */
  get budget(): number {
    return this.#budget;
  }

  status(): FlashStatus {
    this.alive();
    return { size: this.#bytes.length, blockLength: this.#blockLength, blocks: this.#eraseCounts.length };
  }

  read(byteLength: number, byteOffset: number): ArrayBuffer {
    this.alive();
    this.range(byteOffset, byteLength, "read");
    // Slicing the buffer, not the array, allocates only the ArrayBuffer the caller gets.
    return this.#bytes.buffer.slice(byteOffset, byteOffset + byteLength);
  }

  write(buffer: ArrayBuffer | ArrayBufferView, byteOffset: number): void {
    this.alive();
    const data = buffer instanceof Uint8Array ? buffer : this.wrap(buffer);
    this.range(byteOffset, data.length, "write");
    for (let i = 0; i < data.length; i++) {
      const old = this.#bytes[byteOffset + i]!;
      if ((data[i]! & ~old) & 0xff) {
        throw new Error(
          `flash write at ${byteOffset + i} would set bits (0x${hex(old)} -> 0x${hex(data[i]!)}); erase the block first`,
        );
      }
    }
    const allowed = Math.min(data.length, this.#budget);
    for (let i = 0; i < allowed; i++) this.#bytes[byteOffset + i] = data[i]!;
    this.#budget -= allowed;
    if (allowed > 0) this.#onChange?.(byteOffset, allowed);
    if (allowed < data.length) this.die(`power cut after ${allowed} of ${data.length} bytes written at ${byteOffset}`);
  }

  eraseBlock(start: number, end = start + 1): void {
    this.alive();
    const blocks = this.#eraseCounts.length;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > blocks || start >= end) {
      throw new RangeError(`erase of blocks [${start}, ${end}) is outside [0, ${blocks})`);
    }
    const length = this.#blockLength;
    for (let block = start; block < end; block++) {
      const from = block * length;
      if (this.#cutDuringErase) {
        if (this.#budget === 0) {
          this.halfErase(from, length);
          this.#onChange?.(from, length);
          this.die(`power cut while erasing block ${block}`);
        }
        this.#budget--;
      }
      this.#bytes.fill(0xff, from, from + length);
      this.#eraseCounts[block]!++;
      this.#erases++;
      this.#onChange?.(from, length);
    }
  }

  /**
   * Arms a power cut: after `byteWrites` more single-byte writes the next byte is not written, the
   * write throws PowerCut, and the partition is dead. Bytes before the cut are on flash.
   */
  cutPowerAfter(byteWrites: number): void {
    if (!(byteWrites >= 0)) throw new RangeError(`byteWrites must be >= 0, got ${byteWrites}`);
    this.#budget = Math.floor(byteWrites);
  }

  /** Cuts power now, between operations. */
  powerOff(): void {
    this.#dead = true;
  }

  /** Inverts one bit, as a worn or disturbed cell would; works on a dead partition too. */
  flipBit(byteOffset: number, bit: number): void {
    this.range(byteOffset, 1, "flipBit");
    if (!Number.isInteger(bit) || bit < 0 || bit > 7) throw new RangeError(`bit must be 0..7, got ${bit}`);
    this.#bytes[byteOffset]! ^= 1 << bit;
    this.#onChange?.(byteOffset, 1);
  }

  /**
   * Releases nothing: a SimFlash stands for the chip itself, which outlives any handle, so code may
   * close its partition and open it again (as it does across a restart).
   */
  close(): void {}

  private wrap(buffer: ArrayBuffer | ArrayBufferView): Uint8Array {
    const source = ArrayBuffer.isView(buffer) ? buffer.buffer : buffer;
    const offset = ArrayBuffer.isView(buffer) ? buffer.byteOffset : 0;
    const length = buffer.byteLength;
    const last = this.#wrapped;
    if (last !== undefined && last.buffer === source && last.byteOffset === offset && last.byteLength === length) {
      return last;
    }
    return (this.#wrapped = new Uint8Array(source, offset, length));
  }

  private alive(): void {
    if (this.#dead) throw new PowerCut("flash has no power");
  }

  private die(message: string): never {
    this.#dead = true;
    throw new PowerCut(message);
  }

  private range(byteOffset: number, byteLength: number, what: string): void {
    const size = this.#bytes.length;
    if (
      !Number.isInteger(byteOffset) || !Number.isInteger(byteLength) ||
      byteOffset < 0 || byteLength < 0 || byteOffset + byteLength > size
    ) {
      throw new RangeError(`flash ${what} of ${byteLength} bytes at ${byteOffset} is outside [0, ${size})`);
    }
  }

  // An erase drives cells towards 1, so an interrupted one can only have set some of the bits.
  private halfErase(from: number, length: number): void {
    for (let i = from; i < from + length; i++) this.#bytes[i]! |= this.random() & 0xff;
  }

  private random(): number {
    // xorshift32: tiny and deterministic, which is all garbage needs.
    let x = this.#seed;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.#seed = x >>> 0;
    return this.#seed;
  }
}

/** The `embedded:storage/flash` side: partition names mapped to SimFlash chips. */
export class SimFlashStorage implements Flash {
  readonly #partitions: Map<string, SimFlash>;

  constructor(options: { partitions: Record<string, SimFlash> | Map<string, SimFlash> }) {
    const given = options.partitions;
    this.#partitions = given instanceof Map ? new Map(given) : new Map(Object.entries(given));
  }

  open(options: { path: string; mode?: "r" | "r+" }): SimFlash {
    const partition = this.#partitions.get(options.path);
    if (!partition) throw new Error(`no flash partition named "${options.path}"`);
    return partition;
  }
}

function hex(n: number): string {
  return n.toString(16).padStart(2, "0");
}
