import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SimFlash } from "../hosts/sim/flash.ts";
import type { Ring, RingSpec } from "../src/data/store/ring-store.ts";
import { RingStore } from "../src/data/store/ring-store.ts";

const BLOCK = 4096;
/** Offset of the first entry in a 4096-byte block (layout.ts). */
const DATA_START = 125;
const HEADER_BYTES = 25;
const spec: RingSpec = { owner: 5, name: "sensor/Readings", capacityBytes: 8000 };

/** A payload that names its serial and whose other bytes follow from it. */
function payload(serial: number): Uint8Array {
  const length = 4 + ((serial * 37) % 23) + (serial % 11 === 3 ? 140 : 0);
  const bytes = new Uint8Array(length);
  new DataView(bytes.buffer).setUint32(0, serial, true);
  for (let i = 4; i < length; i++) bytes[i] = (serial * 131 + i * 29) & 0xff;
  return bytes;
}

/** Serials read back; fails on any payload that is not exactly one that was appended. */
function serials(ring: Ring, appended: number): number[] {
  return [...ring.entries()].map(({ payload: bytes }) => {
    const serial = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true);
    assert.ok(serial < appended, `serial ${serial} was never appended`);
    const expected = payload(serial);
    if (bytes.length !== expected.length || bytes.some((b, i) => b !== expected[i])) {
      assert.deepEqual(bytes, expected, `payload of serial ${serial} came back damaged`);
    }
    return serial;
  });
}

function filled(count: number): { flash: SimFlash; end: number } {
  const flash = new SimFlash({ size: 4 * BLOCK });
  const ring = new RingStore({ partition: flash, epoch: 1, durable: true, rings: [spec] }).ring(5)!;
  for (let serial = 0; serial < count; serial++) ring.append(0, () => payload(serial));
  return { flash, end: DATA_START + ring.counters.bytesUsed };
}

function reopen(flash: SimFlash, log?: (message: string) => void): Ring {
  const chip = new SimFlash({ size: flash.bytes.length, bytes: flash.bytes });
  return new RingStore({ partition: chip, epoch: 2, durable: true, rings: [spec], log: (_l, m) => log?.(m) }).ring(5)!;
}

/** Where `bytes` first occur in `haystack`. */
function offsetOf(haystack: Uint8Array, bytes: Uint8Array): number {
  for (let at = 0; at + bytes.length <= haystack.length; at++) {
    if (bytes.every((b, i) => haystack[at + i] === b)) return at;
  }
  throw new Error("not found");
}

const all = (count: number) => Array.from({ length: count }, (_, i) => i);

describe("ring store: flipped bits", () => {
  it("skips and counts exactly the entry holding any one flipped bit, and reads every other", () => {
    const count = 60;
    const { flash, end } = filled(count);
    assert.ok(end < BLOCK, "all entries in the first block");
    let flips = 0;
    for (let offset = DATA_START; offset < end; offset++) {
      for (let bit = 0; bit < 8; bit++) {
        const chip = new SimFlash({ size: flash.bytes.length, bytes: flash.bytes });
        chip.flipBit(offset, bit);
        const ring = reopen(chip);
        const read = serials(ring, count);
        assert.equal(read.length, count - 1, `flip at ${offset}.${bit} lost ${count - read.length} entries`);
        assert.equal(ring.counters.corruptSkipped, 1);
        flips++;
      }
    }
    assert.ok(flips > 4000);
  });

  it("counts an entry damaged while running once, however often it is walked", () => {
    const flash = new SimFlash({ size: 4 * BLOCK });
    const ring = new RingStore({ partition: flash, epoch: 1, durable: false, rings: [spec] }).ring(5)!;
    for (let serial = 0; serial < 30; serial++) ring.append(0, () => payload(serial));
    flash.flipBit(offsetOf(flash.bytes, payload(10)) + 1, 6);
    for (let walk = 0; walk < 3; walk++) assert.deepEqual(serials(ring, 30), all(30).filter((s) => s !== 10));
    assert.equal(ring.counters.corruptSkipped, 1);
    for (let serial = 30; serial < 40; serial++) ring.append(0, () => payload(serial));
    assert.deepEqual(serials(ring, 40), all(40).filter((s) => s !== 10));
  });

  it("repairs a header with any one flipped bit and still reads the whole block", () => {
    const { flash } = filled(40);
    for (let bit = 0; bit < HEADER_BYTES * 8; bit++) {
      const chip = new SimFlash({ size: flash.bytes.length, bytes: flash.bytes });
      chip.flipBit(bit >> 3, bit & 7);
      const logs: string[] = [];
      const ring = reopen(chip, (m) => logs.push(m));
      assert.deepEqual(serials(ring, 40), all(40), `header bit ${bit}`);
      assert.ok(logs.some((m) => m.includes("repaired")));
    }
  });

  it("gives up a block whose header has two flipped bits, never reading its entries, and carries on", () => {
    const { flash } = filled(40);
    flash.flipBit(8, 1);
    flash.flipBit(12, 4);
    const logs: string[] = [];
    const ring = reopen(flash, (m) => logs.push(m));
    assert.deepEqual(serials(ring, 40), []);
    assert.ok(logs.some((m) => m.includes("no readable header")));
    for (let serial = 40; serial < 50; serial++) ring.append(0, () => payload(serial));
    assert.deepEqual(serials(ring, 50), all(50).slice(40));
  });

  it("never yields a damaged record when bits flip in the commit bitmap", () => {
    const flash = new SimFlash({ size: 4 * BLOCK });
    const ring = new RingStore({ partition: flash, epoch: 1, durable: true, rings: [spec] }).ring(5)!;
    for (let serial = 0; serial < 40; serial++) ring.append(0, () => payload(serial));
    ring.commit([...ring.entries()][19]!.cursor);
    for (let bit = 0; bit < 32; bit++) {
      const chip = new SimFlash({ size: flash.bytes.length, bytes: flash.bytes });
      chip.flipBit(HEADER_BYTES + (bit >> 3), bit & 7);
      const read = serials(reopen(chip), 40);
      // Only the first flipped bit past the committed run matters: the record after it is taken as committed.
      const expected = bit < 20 ? all(40).slice(bit) : bit === 20 ? all(40).slice(21) : all(40).slice(20);
      assert.deepEqual(read, expected, `bitmap bit ${bit}`);
    }
  });

  it("closes a block with a flipped bit in its erased space, losing nothing", () => {
    const { flash, end } = filled(20);
    flash.flipBit(end + 50, 3);
    const chip = new SimFlash({ size: flash.bytes.length, bytes: flash.bytes });
    const ring = new RingStore({ partition: chip, epoch: 2, durable: true, rings: [spec] }).ring(5)!;
    assert.deepEqual(serials(ring, 20), all(20));
    for (let serial = 20; serial < 30; serial++) ring.append(0, () => payload(serial));
    assert.deepEqual(serials(ring, 30), all(30));
  });
});
