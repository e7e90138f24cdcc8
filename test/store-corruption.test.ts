import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PowerCut, SimFlash } from "../hosts/sim/flash.ts";
import type { Ring, RingSpec } from "../src/data/store/ring-store.ts";
import { RingStore } from "../src/data/store/ring-store.ts";
import { crc16 } from "../src/data/store/crc.ts";

const BLOCK = 4096;
/** Offset of the first entry in a 4096-byte block, and of the commit bitmap (layout.ts). */
const DATA_START = 149;
const ACK_START = 50;
const HEADER_BYTES = 25;
/** A group's seal and opener, before its entries. */
const SLOT_BYTES = 11;
const GROUP_BYTES = 512;
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

const entrySize = (serial: number) => {
  const length = payload(serial).length;
  return length <= 126 ? length + 2 : length + 5;
};

/** Appends `count` payloads in one block and closes the store, which seals the last group. */
function filled(count: number): { flash: SimFlash; end: number } {
  const flash = new SimFlash({ size: 4 * BLOCK });
  const store = new RingStore({ partition: flash, epoch: 1, durable: true, rings: [spec] });
  const ring = store.ring(5)!;
  for (let serial = 0; serial < count; serial++) ring.append(0, () => payload(serial));
  store.close();
  return { flash, end: DATA_START + ring.counters.bytesUsed };
}

/** The serials of each sealed group of `filled(count)`, and where each group ends (its seal and
 *  opener come before its entries). */
function groupsOf(count: number): Array<{ serials: number[]; end: number }> {
  const groups: Array<{ serials: number[]; end: number }> = [];
  let at = DATA_START;
  let current: number[] = [];
  let bytes = 0;
  for (let serial = 0; serial < count; serial++) {
    if (current.length === 0) at += SLOT_BYTES;
    current.push(serial);
    at += entrySize(serial);
    bytes += entrySize(serial);
    if (bytes >= GROUP_BYTES || serial === count - 1) {
      groups.push({ serials: current, end: at });
      current = [];
      bytes = 0;
    }
  }
  return groups;
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

/**
 * Serials 0-9 sealed in one group (a read seals it), then 6 more appended and a seventh torn by a
 * power cut: the image a cut leaves, with an unsealed tail. Returns where the tail's group starts
 * (its seal's room) and where written bytes end.
 */
function cutTail(): { flash: SimFlash; tailSlot: number; written: number } {
  const flash = new SimFlash({ size: 4 * BLOCK });
  const ring = new RingStore({ partition: flash, epoch: 1, durable: true, rings: [spec] }).ring(5)!;
  for (let serial = 0; serial < 10; serial++) ring.append(0, () => payload(serial));
  assert.deepEqual(serials(ring, 10), all(10));
  for (let serial = 10; serial < 16; serial++) ring.append(0, () => payload(serial));
  flash.cutPowerAfter(2);
  assert.throws(() => ring.append(0, () => payload(16)), PowerCut);
  const torn = offsetOf(flash.bytes, payload(15)) - 1 + entrySize(15);
  return { flash, tailSlot: offsetOf(flash.bytes, payload(10)) - 1 - SLOT_BYTES, written: torn + 2 };
}

describe("ring store: damage", () => {
  it("loses exactly the sealed group that holds any one flipped bit, counts its readings, and reads every other", () => {
    const count = 60;
    const { flash, end } = filled(count);
    const groups = groupsOf(count);
    assert.equal(groups.at(-1)!.end, end);
    assert.ok(end < BLOCK && groups.length >= 3, "several groups, all in the first block");
    let flips = 0;
    for (let offset = DATA_START; offset < end; offset += 3) {
      const hit = groups.find((group) => offset < group.end)!;
      for (let bit = 0; bit < 8; bit++) {
        const chip = new SimFlash({ size: flash.bytes.length, bytes: flash.bytes });
        chip.flipBit(offset, bit);
        const ring = reopen(chip);
        const read = serials(ring, count);
        assert.deepEqual(read, all(count).filter((s) => !hit.serials.includes(s)), `flip at ${offset}.${bit}`);
        assert.equal(ring.counters.corruptSkipped, hit.serials.length, `readings counted lost at ${offset}.${bit}`);
        flips++;
      }
    }
    assert.ok(flips > 1000);
  });

  it("finds the next intact group after a damaged length byte instead of giving up on the block", () => {
    const count = 60;
    const { flash } = filled(count);
    const groups = groupsOf(count);
    // The first entry's length byte and a payload byte, as in the field report that lost 290 of 300.
    flash.flipBit(DATA_START + SLOT_BYTES, 2);
    flash.flipBit(DATA_START + SLOT_BYTES + 3, 5);
    const ring = reopen(flash);
    assert.deepEqual(serials(ring, count), all(count).slice(groups[0]!.serials.length));
    assert.equal(ring.counters.corruptSkipped, groups[0]!.serials.length);
  });

  it("never yields a record whose bytes were randomized, and loses only the groups they touch", () => {
    const count = 60;
    const { flash } = filled(count);
    const groups = groupsOf(count);
    let seed = 1;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let trial = 0; trial < 300; trial++) {
      const chip = new SimFlash({ size: flash.bytes.length, bytes: flash.bytes });
      const bytes = chip.bytes;
      const at = DATA_START + Math.floor(random() * (groups.at(-1)!.end - DATA_START - 2));
      const touched = groups.filter((g, i) => at < g.end && at + 2 > (i === 0 ? DATA_START : groups[i - 1]!.end));
      // Randomizing can only clear bits on a real chip when it is a write; a damaged cell can be anything.
      bytes[at] = Math.floor(random() * 256);
      bytes[at + 1] = Math.floor(random() * 256);
      const ring = reopen(new SimFlash({ size: bytes.length, bytes }));
      const read = serials(ring, count);
      const lost = touched.flatMap((g) => g.serials);
      const unchanged = flash.bytes[at] === bytes[at] && flash.bytes[at + 1] === bytes[at + 1];
      if (!unchanged) assert.deepEqual(read, all(count).filter((s) => !lost.includes(s)), `trial ${trial} at ${at}`);
    }
  });

  it("counts a group damaged while running once, however often it is walked", () => {
    const flash = new SimFlash({ size: 4 * BLOCK });
    const ring = new RingStore({ partition: flash, epoch: 1, durable: false, rings: [spec] }).ring(5)!;
    for (let serial = 0; serial < 30; serial++) ring.append(0, () => payload(serial));
    const first = serials(ring, 30);
    assert.deepEqual(first, all(30));
    flash.flipBit(offsetOf(flash.bytes, payload(10)) + 1, 6);
    const group = groupsOf(30).find((g) => g.serials.includes(10))!.serials;
    for (let walk = 0; walk < 3; walk++) assert.deepEqual(serials(ring, 30), all(30).filter((s) => !group.includes(s)));
    assert.equal(ring.counters.corruptSkipped, group.length);
    for (let serial = 30; serial < 40; serial++) ring.append(0, () => payload(serial));
    assert.deepEqual(serials(ring, 40), all(40).filter((s) => !group.includes(s)));
  });

  it("catches damage to the open group before it is sealed: its seal covers what was meant, not what flash holds", () => {
    const flash = new SimFlash({ size: 4 * BLOCK });
    const ring = new RingStore({ partition: flash, epoch: 1, durable: false, rings: [spec] }).ring(5)!;
    for (let serial = 0; serial < 5; serial++) ring.append(0, () => payload(serial));
    // Two bytes changed so that the entry's own CRC-8 still passes would fool a per-entry check.
    flash.flipBit(offsetOf(flash.bytes, payload(2)) + 1, 0);
    assert.deepEqual(serials(ring, 5), []);
    assert.equal(ring.counters.corruptSkipped, 5);
  });

  it("reads the whole block when either copy of its header is damaged", () => {
    const { flash } = filled(40);
    for (let bit = 0; bit < 2 * HEADER_BYTES * 8; bit += 3) {
      const chip = new SimFlash({ size: flash.bytes.length, bytes: flash.bytes });
      const byte = bit >> 3;
      chip.flipBit(byte, bit & 7);
      // A second flip in the first copy puts it past repair: its copy must stand in.
      if (byte < HEADER_BYTES) chip.flipBit(byte === 9 ? 10 : 9, 0);
      const logs: string[] = [];
      const ring = reopen(chip, (m) => logs.push(m));
      assert.deepEqual(serials(ring, 40), all(40), `header bit ${bit}`);
      assert.equal(logs.some((m) => m.includes("damaged header")), byte < HEADER_BYTES, `header bit ${bit}`);
    }
  });

  it("gives up a block whose two header copies are both damaged, never reading its entries, and carries on", () => {
    const { flash } = filled(40);
    for (const copy of [0, HEADER_BYTES]) {
      flash.flipBit(copy + 8, 1);
      flash.flipBit(copy + 12, 4);
    }
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
      chip.flipBit(ACK_START + (bit >> 3), bit & 7);
      const read = serials(reopen(chip), 40);
      // Only the first flipped bit past the committed run matters: the record after it is taken as committed.
      const expected = bit < 20 ? all(40).slice(bit) : bit === 20 ? all(40).slice(21) : all(40).slice(20);
      assert.deepEqual(read, expected, `bitmap bit ${bit}`);
    }
  });

  it("keeps a power cut's tail whatever damage strikes the group before it, losing only that group", () => {
    const { flash, tailSlot } = cutTail();
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let at = DATA_START; at < tailSlot; at++) {
      for (const width of [1, 4, 16]) {
        const bytes = flash.bytes.slice();
        const end = Math.min(at + width, tailSlot);
        // Its seal (the group's first bytes), its opener or its entries; never the tail's own bytes.
        for (let i = at; i < end; i++) bytes[i] = width === 16 ? 0 : Math.floor(random() * 256);
        if (bytes.every((b, i) => b === flash.bytes[i])) continue;
        const ring = reopen(new SimFlash({ size: bytes.length, bytes }));
        assert.deepEqual(serials(ring, 16), all(16).slice(10), `${width} byte(s) at ${at}`);
        assert.ok(ring.counters.corruptSkipped > 0, `${width} byte(s) at ${at}: loss counted`);
      }
    }
  });

  it("keeps a power cut's tail when the erased bytes after it are damaged, and appends after the damage", () => {
    const { flash, written } = cutTail();
    for (let at = written; at < written + 24; at++) {
      for (const value of [0x00, 0x5a, 0x7f, 0x07]) {
        const bytes = flash.bytes.slice();
        bytes[at] = value;
        const chip = new SimFlash({ size: bytes.length, bytes });
        const ring = new RingStore({ partition: chip, epoch: 2, durable: true, rings: [spec] }).ring(5)!;
        assert.deepEqual(serials(ring, 16), all(16), `0x${value.toString(16)} at ${at}`);
        for (let serial = 16; serial < 20; serial++) ring.append(0, () => payload(serial));
        const again = new SimFlash({ size: chip.bytes.length, bytes: chip.bytes });
        assert.deepEqual(serials(reopen(again), 20), all(20), `0x${value.toString(16)} at ${at}, after a reboot`);
      }
    }
  });

  it("drops records of the older format 2 with one warning and reuses their blocks", () => {
    const { flash } = filled(40);
    // Format 2 blocks carry version 2 in both header copies; their entries are not this format's.
    const header = flash.bytes.subarray(0, HEADER_BYTES);
    header[2] = 2;
    new DataView(header.buffer, header.byteOffset).setUint16(23, crc16(header, 0, 23), true);
    flash.bytes.copyWithin(HEADER_BYTES, 0, HEADER_BYTES);
    const logs: string[] = [];
    const chip = new SimFlash({ size: flash.bytes.length, bytes: flash.bytes });
    const ring = new RingStore({ partition: chip, epoch: 2, durable: true, rings: [spec], log: (_l, m) => logs.push(m) }).ring(5)!;
    assert.deepEqual(serials(ring, 40), []);
    assert.deepEqual(logs.filter((m) => m.includes("older store format")), [
      "capture store: 1 block(s) hold an older store format; their records are dropped and the blocks reused",
    ]);
    for (let serial = 40; serial < 50; serial++) ring.append(0, () => payload(serial));
    assert.deepEqual(serials(reopen(new SimFlash({ size: chip.bytes.length, bytes: chip.bytes })), 50), all(50).slice(40));
  });

  it("reads everything past a flipped bit in erased space, and appends after it", () => {
    const { flash, end } = filled(20);
    flash.flipBit(end + 50, 3);
    const chip = new SimFlash({ size: flash.bytes.length, bytes: flash.bytes });
    const ring = new RingStore({ partition: chip, epoch: 2, durable: true, rings: [spec] }).ring(5)!;
    assert.deepEqual(serials(ring, 20), all(20));
    for (let serial = 20; serial < 30; serial++) ring.append(0, () => payload(serial));
    assert.deepEqual(serials(ring, 30), all(30));
  });
});
