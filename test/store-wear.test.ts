import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SimFlash } from "../hosts/sim/flash.ts";
import type { RingSpec } from "../src/data/store/ring-store.ts";
import { RingStore } from "../src/data/store/ring-store.ts";

const BLOCK = 4096;
const MB = 1024 * 1024;
const fast: RingSpec = { owner: 1, name: "board/Analogs", capacityBytes: 1024 };
const reading = new Uint8Array([1, 2, 3, 4]);

function counts(flash: SimFlash): { min: number; max: number } {
  return { min: Math.min(...flash.eraseCounts), max: Math.max(...flash.eraseCounts) };
}

describe("ring store: wear levelling", () => {
  it("spreads one fast 1 KB ring's erases evenly over every block of a 1 MB partition", () => {
    const flash = new SimFlash({ size: MB });
    const ring = new RingStore({ partition: flash, epoch: 1, durable: false, rings: [fast] }).ring(1)!;
    let t = 0;
    while (flash.erases < 3 * 256) ring.append((t += 10), () => reading);
    assert.deepEqual(counts(flash), { min: 3, max: 3 });
    assert.ok(ring.counters.droppedOldest > 0);
  });

  it("keeps the least recently erased order across reboots, in default and durable mode", () => {
    let flash = new SimFlash({ size: MB });
    for (let boot = 1; flash.erases < 2 * 256; boot++) {
      const durable = boot % 2 === 0;
      const store = new RingStore({ partition: flash, epoch: boot, durable, rings: [fast] });
      // About 37 blocks per boot, so reboots land at every point of the rotation.
      for (let i = 0; i < 37 * 661 && flash.erases < 2 * 256; i++) store.ring(1)!.append(i, () => reading);
      flash = new SimFlash({ size: MB, bytes: flash.bytes, eraseCounts: flash.eraseCounts });
    }
    assert.deepEqual(counts(flash), { min: 2, max: 2 });
  });

  it("lets a fast ring wear every block that a durable ring's records do not hold", () => {
    const flash = new SimFlash({ size: MB });
    const slow: RingSpec = { owner: 2, name: "sensor/Readings", capacityBytes: 20_000 };
    const store = new RingStore({ partition: flash, epoch: 1, durable: true, rings: [slow, fast] });
    const payload = new Uint8Array(100);
    for (let i = 0; i < 200; i++) store.ring(2)!.append(i, () => payload);
    const held = Array.from(flash.eraseCounts, (n) => n > 0);
    assert.equal(held.filter(Boolean).length, 6);
    while (flash.erases < 6 + 2 * 250) store.ring(1)!.append(0, () => reading);
    flash.eraseCounts.forEach((n, index) => assert.equal(n, held[index] ? 1 : 2, `block ${index}`));
    assert.equal(store.ring(2)!.counters.droppedOldest, 0);
  });
});
