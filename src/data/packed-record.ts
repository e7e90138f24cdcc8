// The packed form of a capture record: the usual reading of a method that records one small
// unsigned number (an ADC count, a pin level), with the wall clock set and a read that took at most
// a millisecond, as one little-endian word of 3 or 4 bytes. At 100 Hz the general form takes 5 bytes
// per Analogs reading, this one 4, and with the store's 2 bytes per entry that is what decides how
// often a block is erased.
//
//   bit 0                  1: this is the packed form (the general form's header has bit 0 clear)
//   bit 1                  timeReceived - timeRequested: 0 or 1 ms
//   bits 2 .. 2+D-1        timeRequested - blockBase: 0 .. 2**D - 1 ms
//   bits 2+D .. 8*bytes-1  the value: an unsigned integer of V bits
// with D = 8 * bytes - 2 - V. Every word of the right length is a valid record.
export const PACKED_BIT = 1;

const FIXED_BITS = 2;

export class PackedForm {
  /** Bytes of every packed record. */
  readonly bytes: number;
  /** The largest time delta from the block base, in ms, that fits. */
  readonly maxDelta: number;
  /** The largest value that fits. */
  readonly maxValue: number;
  readonly #valueShift: number;

  constructor(options: { bytes: number; valueBits: number }) {
    const { bytes, valueBits } = options;
    const deltaBits = bytes * 8 - FIXED_BITS - valueBits;
    // The word must stay an exact unsigned 32-bit integer for the shifts below.
    if (bytes > 4 || valueBits < 1 || deltaBits < 1) throw new RangeError("packed form does not fit in 32 bits");
    this.bytes = bytes;
    this.maxDelta = 2 ** deltaBits - 1;
    this.maxValue = 2 ** valueBits - 1;
    this.#valueShift = FIXED_BITS + deltaBits;
  }

  /** Whether a record with these fields has a packed form. */
  fits(received: number, delta: number, value: number): boolean {
    return (
      (received === 0 || received === 1) &&
      Number.isInteger(delta) && delta >= 0 && delta <= this.maxDelta &&
      Number.isInteger(value) && value >= 0 && value <= this.maxValue
    );
  }

  /** Writes the fields, which must fit, into the first `bytes` bytes of `into`. */
  write(into: Uint8Array, received: number, delta: number, value: number): void {
    const word = PACKED_BIT + received * 2 + delta * 4 + value * 2 ** this.#valueShift;
    for (let i = 0; i < this.bytes; i++) into[i] = (word >>> (i * 8)) & 0xff;
  }

  /** The word stored in `payload`; throws RangeError unless it is `bytes` long. */
  word(payload: Uint8Array): number {
    if (payload.length !== this.bytes) {
      throw new RangeError(`packed record has ${payload.length} bytes, expected ${this.bytes}`);
    }
    let word = 0;
    for (let i = this.bytes - 1; i >= 0; i--) word = word * 256 + payload[i]!;
    return word;
  }

  received(word: number): number {
    return (word >>> 1) & 1;
  }

  delta(word: number): number {
    return (word >>> FIXED_BITS) & this.maxDelta;
  }

  value(word: number): number {
    return word >>> this.#valueShift;
  }
}
