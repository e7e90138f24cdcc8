import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SimFlash } from "../hosts/sim/flash.ts";
import type { FlashPartition, LogLevel } from "../src/host.ts";
import { blocksForCapacity, planRings } from "../src/data/store/budget.ts";
import type { Ring, RingSpec } from "../src/data/store/ring-store.ts";
import { RingStore } from "../src/data/store/ring-store.ts";

const BLOCK = 4096;
/** Entry bytes of one 4096-byte block (layout.ts), and what capacity planning counts on. */
const DATA_BYTES = 3947;
const RECORD_BYTES = 3859;
/** A group's seal and opener, before its entries. */
const SLOT_BYTES = 11;
const GROUP_BYTES = 512;

/** Entries of `entryBytes` that one block takes: each group of GROUP_BYTES starts with the room for
 *  its seal and its opener. */
function perBlock(entryBytes: number): number {
  let end = 0;
  let group = 0;
  let count = 0;
  while (end + (group === 0 ? SLOT_BYTES : 0) + entryBytes <= DATA_BYTES) {
    end += (group === 0 ? SLOT_BYTES : 0) + entryBytes;
    group += entryBytes;
    count++;
    if (group >= GROUP_BYTES) group = 0;
  }
  return count;
}

/** bytesUsed of `count` live entries of `entryBytes`: the entries and the seals among them, whose
 *  number depends on when reads sealed their groups. */
function assertBytesUsed(ring: Ring, count: number, entryBytes: number): void {
  const bytes = count * entryBytes;
  const used = ring.counters.bytesUsed;
  const most = bytes + SLOT_BYTES * (Math.ceil(bytes / (GROUP_BYTES - entryBytes)) + 2);
  assert.ok(used >= bytes && used <= most, `bytesUsed ${used} for ${count} entries of ${entryBytes} bytes`);
}

/** A payload that names its serial and whose other bytes follow from it, so any damage shows. */
function payload(serial: number, length = 4): Uint8Array {
  const bytes = new Uint8Array(length);
  new DataView(bytes.buffer).setUint32(0, serial, true);
  for (let i = 4; i < length; i++) bytes[i] = (serial * 131 + i * 29) & 0xff;
  return bytes;
}

function serialOf(bytes: Uint8Array): number {
  const serial = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  assert.deepEqual(bytes, payload(serial, bytes.length), `payload of serial ${serial} came back damaged`);
  return serial;
}

function serials(ring: Ring): number[] {
  return [...ring.entries()].map((entry) => serialOf(entry.payload));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

function append(ring: Ring, from: number, count: number, length = 4): void {
  for (let serial = from; serial < from + count; serial++) ring.append(serial, () => payload(serial, length));
}

function open(
  flash: SimFlash,
  options: { epoch?: number; durable?: boolean; rings: RingSpec[]; log?: (level: LogLevel, message: string) => void },
): RingStore {
  return new RingStore({
    partition: flash,
    epoch: options.epoch ?? 1,
    durable: options.durable ?? false,
    rings: options.rings,
    log: options.log,
  });
}

/** The same chip after a reboot. */
function reboot(flash: SimFlash): SimFlash {
  return new SimFlash({ size: flash.bytes.length, bytes: flash.bytes, eraseCounts: flash.eraseCounts });
}

const small: RingSpec = { owner: 7, name: "board/Analogs", capacityBytes: 1024 };

describe("ring store: append and read", () => {
  it("reads entries back oldest first with increasing cursors, and reading does not consume them", () => {
    const store = open(new SimFlash({ size: 8 * BLOCK }), { rings: [small] });
    const ring = store.ring(7)!;
    append(ring, 0, 50);
    const first = [...ring.entries()];
    assert.deepEqual(first.map((e) => serialOf(e.payload)), range(0, 50));
    for (let i = 1; i < first.length; i++) assert.ok(first[i]!.cursor > first[i - 1]!.cursor);
    assert.deepEqual(serials(ring), range(0, 50));
    // Reading sealed the open group: 50 entries and one seal.
    assert.deepEqual({ ...ring.counters }, { written: 50, droppedOldest: 0, corruptSkipped: 0, bytesUsed: 50 * 6 + SLOT_BYTES, restored: 0, records: 50 });
  });

  it("hands encode the base of the block the entry lands in, and encodes again when a block fills", () => {
    const store = open(new SimFlash({ size: 8 * BLOCK }), { rings: [{ owner: 1, name: "r", capacityBytes: 20_000 }] });
    const ring = store.ring(1)!;
    const calls: Array<[number, number]> = [];
    for (let serial = 0; serial < 200; serial++) {
      ring.append(1000 + serial, (blockBase) => {
        calls.push([serial, blockBase]);
        return payload(serial, 60);
      });
    }
    const inBlock = perBlock(62);
    const entries = [...ring.entries()];
    assert.equal(entries.length, 200);
    for (const [i, entry] of entries.entries()) {
      assert.equal(serialOf(entry.payload), i);
      assert.equal(entry.base, 1000 + inBlock * Math.floor(i / inBlock));
    }
    // One extra call per block change: first with the full block's base, then with the new one.
    const boundary = calls.filter(([serial]) => serial === inBlock);
    assert.deepEqual(boundary, [
      [inBlock, 1000],
      [inBlock, 1000 + inBlock],
    ]);
    assert.equal(calls.length, 200 + Math.floor(199 / inBlock));
  });

  it("keeps payloads of 127 bytes and more, up to what a block holds", () => {
    const store = open(new SimFlash({ size: 8 * BLOCK }), { rings: [{ owner: 1, name: "r", capacityBytes: 20_000 }] });
    const ring = store.ring(1)!;
    append(ring, 0, 3, 126);
    append(ring, 3, 3, 127);
    append(ring, 6, 1, DATA_BYTES - 5 - SLOT_BYTES);
    append(ring, 7, 1, 4);
    assert.deepEqual(serials(ring), range(0, 8));
  });

  it("refuses a payload larger than a block with RangeError and stays usable", () => {
    const flash = new SimFlash({ size: 8 * BLOCK });
    const store = open(flash, { rings: [small] });
    const ring = store.ring(7)!;
    append(ring, 0, 2);
    const erases = store.erases;
    assert.throws(() => ring.append(0, () => payload(9, DATA_BYTES - 4)), RangeError);
    assert.equal(store.erases, erases);
    append(ring, 2, 2);
    assert.deepEqual(serials(ring), range(0, 4));
    assert.equal(ring.counters.written, 4);
  });
});

describe("ring store: wrap-around", () => {
  it("drops the oldest records when full, counts them, and keeps at least the newest capacity bytes in order", () => {
    const flash = new SimFlash({ size: 16 * BLOCK });
    const store = open(flash, { rings: [small] });
    const ring = store.ring(7)!;
    append(ring, 0, 3000);
    const kept = serials(ring);
    assert.ok(kept.length * 6 >= small.capacityBytes, `kept ${kept.length} entries`);
    assert.deepEqual(kept, range(3000 - kept.length, 3000));
    assert.equal(ring.counters.droppedOldest, 3000 - kept.length);
    assert.equal(ring.counters.written, 3000);
    assertBytesUsed(ring, kept.length, 6);
    assert.equal(store.freeBlocks, 16 - 2, "a 1 KB ring holds two blocks");
  });

  it("gives a ring ceil(capacity / 3859) blocks for records plus one spare", () => {
    assert.equal(blocksForCapacity(0, BLOCK), 2);
    assert.equal(blocksForCapacity(1024, BLOCK), 2);
    assert.equal(blocksForCapacity(RECORD_BYTES, BLOCK), 2);
    assert.equal(blocksForCapacity(RECORD_BYTES + 1, BLOCK), 3);
    assert.equal(blocksForCapacity(100 * 1024, BLOCK), 28);
  });
});

describe("ring store: commit", () => {
  it("deletes exactly the entries up to the cursor, and ignores cursors already committed", () => {
    const store = open(new SimFlash({ size: 8 * BLOCK }), { rings: [small] });
    const ring = store.ring(7)!;
    append(ring, 0, 100);
    const cursors = [...ring.entries()].map((e) => e.cursor);
    ring.commit(cursors[40]!);
    assert.deepEqual(serials(ring), range(41, 100));
    ring.commit(cursors[10]!);
    ring.commit(-1);
    ring.commit(Number.NaN);
    assert.deepEqual(serials(ring), range(41, 100));
    assertBytesUsed(ring, 59, 6);
    assert.equal(ring.counters.droppedOldest, 0);
  });

  it("gives fully committed blocks back to the pool and keeps appending", () => {
    const store = open(new SimFlash({ size: 8 * BLOCK }), { rings: [{ owner: 1, name: "r", capacityBytes: 10_000 }] });
    const ring = store.ring(1)!;
    append(ring, 0, 150, 60);
    assert.equal(store.freeBlocks, 8 - 3);
    const last = [...ring.entries()].at(-1)!;
    ring.commit(last.cursor);
    assert.deepEqual(serials(ring), []);
    assert.equal(store.freeBlocks, 8 - 1, "only the block still taking appends stays");
    assert.equal(ring.counters.bytesUsed, 0);
    append(ring, 150, 5, 60);
    assert.deepEqual(serials(ring), range(150, 155));
  });

  it("commits while entries() is walking, then walks on without the committed ones", () => {
    const store = open(new SimFlash({ size: 8 * BLOCK }), { rings: [{ owner: 1, name: "r", capacityBytes: 10_000 }] });
    const ring = store.ring(1)!;
    append(ring, 0, 150, 60);
    const seen: number[] = [];
    for (const entry of ring.entries()) {
      seen.push(serialOf(entry.payload));
      if (seen.length === 70) ring.commit(entry.cursor);
    }
    assert.deepEqual(seen, range(0, 150));
    assert.deepEqual(serials(ring), range(70, 150));
  });

  it("knows its newest uncommitted cursor from block headers, across blocks, and -1 once all is committed", () => {
    const store = open(new SimFlash({ size: 8 * BLOCK }), { rings: [{ owner: 1, name: "r", capacityBytes: 10_000 }] });
    const ring = store.ring(1)!;
    assert.equal(ring.newestCursor(), -1);
    append(ring, 0, 150, 60);
    const cursors = [...ring.entries()].map((e) => e.cursor);
    assert.equal(ring.newestCursor(), cursors.at(-1));
    ring.commit(cursors[100]!);
    assert.equal(ring.newestCursor(), cursors.at(-1));
    ring.commit(cursors.at(-1)!);
    assert.equal(ring.newestCursor(), -1);
    append(ring, 150, 1, 60);
    assert.equal(ring.newestCursor(), [...ring.entries()][0]!.cursor);
  });

  it("lets go of a walk stopped early; the next walk starts again from the oldest entry", () => {
    const store = open(new SimFlash({ size: 8 * BLOCK }), { rings: [{ owner: 1, name: "r", capacityBytes: 10_000 }] });
    const ring = store.ring(1)!;
    append(ring, 0, 150, 60);
    const walk = ring.entries()[Symbol.iterator]();
    assert.equal(serialOf(walk.next().value!.payload), 0);
    assert.deepEqual(walk.return?.(), { done: true, value: undefined });
    assert.deepEqual(walk.next(), { done: true, value: undefined }, "a walk that was stopped yields nothing more");
    assert.deepEqual(serials(ring), range(0, 150));
  });
});

describe("ring store: budget and a full partition", () => {
  it("plans rings in order, rejecting what does not fit, repeated owners and bad specs", () => {
    const status = { size: 10 * BLOCK, blockLength: BLOCK, blocks: 10 };
    const spec = (owner: number, capacityBytes: number): RingSpec => ({ owner, name: `c${owner}`, capacityBytes });
    const { accepted, rejected } = planRings(
      [spec(1, 7000), spec(2, 20_000), spec(3, 1024), spec(1, 1024), spec(4, Number.NaN), spec(-1, 10), spec(5, 1024)],
      status,
    );
    // 1 takes 2 + 1 blocks, 2 takes 6 + 1, which leaves none for the rest.
    assert.deepEqual(accepted.map((s) => s.owner), [1, 2]);
    assert.deepEqual(rejected.map((s) => s.name), ["c3", "c1", "c4", "c-1", "c5"]);
    const later = planRings([spec(1, 40_000), spec(2, 1024), spec(3, 1024)], status);
    assert.deepEqual(later.accepted.map((s) => s.owner), [2, 3], "a smaller ring after a rejected one may still fit");
  });

  it("leaves out rings that do not fit, says which, and never runs out of blocks for the others", () => {
    const flash = new SimFlash({ size: 16 * BLOCK });
    const logs: string[] = [];
    const rings = [1, 2, 3, 4, 5].map((owner) => ({
      owner,
      name: `sensor-${owner}/Readings`,
      capacityBytes: 3 * RECORD_BYTES,
    }));
    const store = open(flash, { rings, log: (_level, message) => logs.push(message) });
    assert.equal(store.ring(5), undefined);
    assert.ok(logs.some((m) => m.includes("sensor-5/Readings")), logs.join("\n"));
    const live = [1, 2, 3, 4].map((owner) => store.ring(owner)!);
    for (let round = 0; round < 6; round++) {
      for (const [i, ring] of live.entries()) append(ring, round * 1000 + i * 100, 66, 60);
    }
    assert.equal(store.freeBlocks, 0, "every block of the partition is in use");
    for (const [i, ring] of live.entries()) {
      const kept = serials(ring);
      assert.equal(kept.at(-1), 5000 + i * 100 + 65);
      assert.ok(kept.length * 62 >= 3 * RECORD_BYTES - 3 * 62);
      assert.ok(ring.counters.droppedOldest > 0);
    }
  });
});

describe("ring store: reboot", () => {
  it("in default mode hides the older epoch without erasing, then reuses its blocks", () => {
    const flash = new SimFlash({ size: 8 * BLOCK });
    const before = open(flash, { epoch: 1, rings: [small] });
    append(before.ring(7)!, 0, 1000);
    const erases = flash.erases;

    const after = open(reboot(flash), { epoch: 2, rings: [small] });
    const ring = after.ring(7)!;
    assert.deepEqual(serials(ring), []);
    assert.deepEqual({ ...ring.counters }, { written: 0, droppedOldest: 0, corruptSkipped: 0, bytesUsed: 0, restored: 0, records: 0 });
    assert.equal(after.freeBlocks, 8);
    assert.equal(after.erases, 0);
    let chip = flash;
    for (let epoch = 3; epoch < 40; epoch++) {
      chip = reboot(chip);
      const store = open(chip, { epoch, rings: [small] });
      assert.deepEqual(serials(store.ring(7)!), []);
      append(store.ring(7)!, epoch * 10_000, 700);
      assert.deepEqual(serials(store.ring(7)!).slice(-3), range(epoch * 10_000 + 697, epoch * 10_000 + 700));
    }
    assert.ok(chip.erases >= erases + 37 * 2, `${chip.erases} erases: blocks of older epochs were reused`);
  });

  it("in default mode still sees records of its own epoch when reopened", () => {
    const flash = new SimFlash({ size: 8 * BLOCK });
    append(open(flash, { epoch: 5, rings: [small] }).ring(7)!, 0, 20);
    assert.deepEqual(serials(open(reboot(flash), { epoch: 5, rings: [small] }).ring(7)!), range(0, 20));
  });

  it("in durable mode keeps records and commits, and appends on in the same block", () => {
    let flash = new SimFlash({ size: 8 * BLOCK });
    const spec: RingSpec = { owner: 3, name: "r", capacityBytes: 8000 };
    let store = open(flash, { epoch: 1, durable: true, rings: [spec] });
    append(store.ring(3)!, 0, 300, 20);
    const cursors = [...store.ring(3)!.entries()].map((e) => e.cursor);
    store.ring(3)!.commit(cursors[119]!);

    flash = reboot(flash);
    store = open(flash, { epoch: 2, durable: true, rings: [spec] });
    let ring = store.ring(3)!;
    assert.deepEqual(serials(ring), range(120, 300));
    assertBytesUsed(ring, 180, 22);
    // What a status shows after a durable restart: records found, not written, by this boot.
    assert.equal(ring.counters.restored, 180);
    assert.equal(ring.counters.records, 180);
    assert.equal(ring.counters.written, 0);
    append(ring, 300, 10, 20);
    assert.equal(store.erases, 0, "the newest block still had room");
    const after = [...ring.entries()];
    assert.ok(after.at(-1)!.cursor > cursors.at(-1)!);
    ring.commit(after[9]!.cursor);

    flash = reboot(flash);
    ring = open(flash, { epoch: 3, durable: true, rings: [spec] }).ring(3)!;
    assert.deepEqual(serials(ring), range(130, 310));
  });

  it("in durable mode trims a ring whose capacity shrank, counting what it drops", () => {
    const flash = new SimFlash({ size: 8 * BLOCK });
    const spec = (capacityBytes: number): RingSpec => ({ owner: 3, name: "r", capacityBytes });
    append(open(flash, { durable: true, rings: [spec(12_000)] }).ring(3)!, 0, 300, 60);
    const ring = open(reboot(flash), { epoch: 2, durable: true, rings: [spec(1024)] }).ring(3)!;
    const kept = serials(ring);
    assert.equal(kept.length, 300 - perBlock(62) * 3);
    assert.deepEqual(kept, range(300 - kept.length, 300));
    assert.equal(ring.counters.droppedOldest, 300 - kept.length);
  });

  it("reclaims the blocks of a ring that left the config, in durable mode too", () => {
    let flash = new SimFlash({ size: 8 * BLOCK });
    const gone: RingSpec = { owner: 9, name: "old", capacityBytes: 8000 };
    append(open(flash, { durable: true, rings: [small, gone] }).ring(9)!, 0, 150, 60);
    const logs: string[] = [];
    flash = reboot(flash);
    const store = open(flash, { epoch: 2, durable: true, rings: [small], log: (_l, m) => logs.push(m) });
    assert.equal(store.freeBlocks, 8);
    assert.ok(logs.some((m) => m.includes("no longer configured")));
    // Back before its blocks were reused: its records are still there.
    assert.deepEqual(serials(open(reboot(flash), { epoch: 3, durable: true, rings: [gone] }).ring(9)!), range(0, 150));
    // Once another ring has cycled through the partition, they are gone for good.
    append(store.ring(7)!, 0, 10 * 661);
    const back = open(reboot(flash), { epoch: 4, durable: true, rings: [small, gone] });
    assert.deepEqual(serials(back.ring(9)!), []);
    assert.equal(serials(back.ring(7)!).at(-1), 10 * 661 - 1);
  });
});

describe("ring store: close", () => {
  it("closes its partition and refuses further use", () => {
    let closed = 0;
    const flash = new SimFlash({ size: 4 * BLOCK });
    const partition: FlashPartition = {
      read: (length, offset) => flash.read(length, offset),
      write: (buffer, offset) => flash.write(buffer, offset),
      eraseBlock: (start, end) => flash.eraseBlock(start, end),
      status: () => flash.status(),
      close: () => void closed++,
    };
    const store = new RingStore({ partition, epoch: 1, durable: false, rings: [small] });
    const ring = store.ring(7)!;
    append(ring, 0, 3);
    store.close();
    store.close();
    assert.equal(closed, 1);
    assert.throws(() => append(ring, 3, 1), /closed/);
    assert.throws(() => ring.commit(0), /closed/);
    assert.throws(() => [...ring.entries()], /closed/);
  });
});
