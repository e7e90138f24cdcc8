// Power cuts at random points of appends, commits, block erases and header writes, each followed by
// a reboot over the same flash, checked against a model of what the rings must hold.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PowerCut, SimFlash } from "../hosts/sim/flash.ts";
import type { FlashPartition, FlashStatus } from "../src/host.ts";
import type { Ring, RingSpec } from "../src/data/store/ring-store.ts";
import { RingStore } from "../src/data/store/ring-store.ts";
import { SeededRandom } from "./seeded-random.ts";

const BLOCK = 4096;
const BLOCKS = 20;
/** Entry bytes of one block, and where they start (layout.ts). */
const DATA_BYTES = 3947;
const DATA_START = 149;
const HEADER_BYTES = 50;

const RINGS: RingSpec[] = [
  { owner: 11, name: "fast", capacityBytes: 2000 },
  { owner: 12, name: "big", capacityBytes: 9000 },
  { owner: 13, name: "tiny", capacityBytes: 500 },
];

/** Mostly short payloads, some tiny, some long enough for a two-byte length. */
function payload(serial: number): Uint8Array {
  const mix = new SeededRandom(serial * 2654435761).next();
  const extra = mix < 0.2 ? mix * 20 : mix < 0.9 ? (mix - 0.2) * 170 : 125 + (mix - 0.9) * 2800;
  const bytes = new Uint8Array(4 + Math.floor(extra));
  new DataView(bytes.buffer).setUint32(0, serial, true);
  for (let i = 4; i < bytes.length; i++) bytes[i] = (serial * 131 + i * 29) & 0xff;
  return bytes;
}

const entryBytes = (serial: number) => {
  const length = payload(serial).length;
  return length <= 126 ? length + 2 : length + 5;
};

/** Serials read back, each checked to be exactly a payload that was appended. */
function readSerials(ring: Ring, appended: number): number[] {
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

type CutKind = "entry" | "bitmap" | "header" | "erase";

/** Passes calls to a SimFlash and cuts its power during the first write or erase of a chosen kind. */
class CuttingPartition implements FlashPartition {
  readonly #flash: SimFlash;
  readonly #random: SeededRandom;
  #wait: number;
  readonly #kind: CutKind | undefined;
  cut: CutKind | undefined;

  constructor(flash: SimFlash, random: SeededRandom) {
    this.#flash = flash;
    this.#random = random;
    const pick = random.int(0, 4);
    this.#kind = pick < 4 ? (["entry", "bitmap", "header", "erase"] as const)[pick] : undefined;
    this.#wait = random.int(0, 30);
  }

  read(byteLength: number, byteOffset: number): ArrayBuffer {
    return this.#flash.read(byteLength, byteOffset);
  }
  write(buffer: ArrayBuffer | ArrayBufferView, byteOffset: number): void {
    const within = byteOffset % BLOCK;
    const kind: CutKind = within < HEADER_BYTES ? "header" : within < DATA_START ? "bitmap" : "entry";
    if (this.#due(kind)) this.#flash.cutPowerAfter(this.#random.int(0, buffer.byteLength - 1));
    this.#flash.write(buffer, byteOffset);
  }
  eraseBlock(start: number, end?: number): void {
    if (this.#due("erase")) this.#flash.cutPowerAfter(0);
    this.#flash.eraseBlock(start, end);
  }
  status(): FlashStatus {
    return this.#flash.status();
  }
  close(): void {}

  #due(kind: CutKind): boolean {
    if (this.cut !== undefined) return false;
    // Waits out a number of operations first; after a long wait, any kind will do.
    if (this.#wait-- > 0 || (this.#kind !== undefined && kind !== this.#kind && this.#wait > -400)) return false;
    this.cut = kind;
    return true;
  }
}

interface Model {
  spec: RingSpec;
  /** Serials that must be readable, oldest first. */
  live: number[];
}

type InFlight = { ring: number; op: "append"; serial: number } | { ring: number; op: "commit"; upTo: number };

/**
 * Checks what a ring reads after a reboot against the model: exactly the live serials, except that
 * the operation the cut interrupted may have finished in part.
 */
function checkAfterCut(model: Model, read: number[], inFlight: InFlight | undefined): void {
  const { live } = model;
  const own = inFlight !== undefined && inFlight.ring === model.spec.owner ? inFlight : undefined;
  let got = read;
  if (own?.op === "append" && got.at(-1) === own.serial) got = got.slice(0, -1);
  const skipped = live.length - got.length;
  assert.ok(skipped >= 0, `${model.spec.name}: read ${read.length} records, expected at most ${live.length}`);
  assert.deepEqual(got, live.slice(skipped), `${model.spec.name}: records are not the newest live ones`);
  if (skipped === 0) return;
  // An interrupted commit may have deleted part of what it was told to; an interrupted append may
  // have been dropping the ring's oldest block to make room.
  const lost = live.slice(0, skipped);
  if (own?.op === "commit") {
    assert.ok(lost.every((serial) => serial <= own.upTo), `${model.spec.name}: lost uncommitted records`);
  } else {
    assert.equal(own?.op, "append", `${model.spec.name}: lost ${skipped} records to a cut elsewhere`);
    const bytes = lost.reduce((sum, serial) => sum + entryBytes(serial), 0);
    assert.ok(bytes <= DATA_BYTES, `${model.spec.name}: lost ${bytes} bytes of records, more than a block`);
  }
}

interface Totals {
  cuts: number;
  byKind: Record<CutKind, number>;
}

function run(options: { seed: number; rounds: number; durable: boolean }): Totals {
  const random = new SeededRandom(options.seed);
  const models: Model[] = RINGS.map((spec) => ({ spec, live: [] }));
  const totals: Totals = { cuts: 0, byKind: { entry: 0, bitmap: 0, header: 0, erase: 0 } };
  let chip = new SimFlash({ size: BLOCKS * BLOCK, cutPowerDuringErase: true, seed: options.seed });
  let inFlight: InFlight | undefined;
  let serial = 0;

  for (let round = 0; round < options.rounds; round++) {
    const partition = new CuttingPartition(chip, random);
    try {
      const store = new RingStore({ partition, epoch: round + 1, durable: options.durable, rings: RINGS });
      for (const model of models) {
        const read = readSerials(store.ring(model.spec.owner)!, serial);
        if (options.durable) checkAfterCut(model, read, inFlight);
        else assert.deepEqual(read, [], "a new epoch shows no records");
        model.live = read;
      }
      inFlight = undefined;
      for (;;) {
        const model = models[random.int(0, models.length - 1)]!;
        const ring = store.ring(model.spec.owner)!;
        const choice = random.next();
        if (choice < 0.93) {
          const appended = serial++;
          inFlight = { ring: model.spec.owner, op: "append", serial: appended };
          const dropped = ring.counters.droppedOldest;
          ring.append(appended, () => payload(appended));
          model.live.push(appended);
          model.live.splice(0, ring.counters.droppedOldest - dropped);
        } else if (choice < 0.945) {
          // Reading seals the open group, a write that a cut may interrupt too: it must lose nothing.
          inFlight = undefined;
          const entries = [...ring.entries()];
          if (entries.length === 0) continue;
          const upTo = entries[random.int(0, entries.length - 1)]!;
          const upToSerial = new DataView(upTo.payload.buffer, upTo.payload.byteOffset).getUint32(0, true);
          inFlight = { ring: model.spec.owner, op: "commit", upTo: upToSerial };
          ring.commit(upTo.cursor);
          model.live = model.live.filter((s) => s > upToSerial);
        } else {
          inFlight = undefined;
          assert.deepEqual(readSerials(ring, serial), model.live, `${model.spec.name}: reads what was appended`);
        }
      }
    } catch (error) {
      if (!(error instanceof PowerCut)) throw error;
    }
    assert.ok(partition.cut !== undefined);
    totals.cuts++;
    totals.byKind[partition.cut]++;
    const { bytes, eraseCounts } = chip;
    chip = new SimFlash({ size: BLOCKS * BLOCK, bytes, eraseCounts, cutPowerDuringErase: true });
  }
  return totals;
}

describe("ring store: power cuts", () => {
  it("in durable mode never returns a damaged record and loses nothing but the interrupted write", () => {
    const totals = run({ seed: 0xc0ffee, rounds: 900, durable: true });
    assert.equal(totals.cuts, 900);
    for (const kind of ["entry", "bitmap", "header", "erase"] as const) {
      assert.ok(totals.byKind[kind] >= 100, `only ${totals.byKind[kind]} cuts during ${kind} writes`);
    }
  });

  it("in default mode boots clean after every cut and keeps capturing", () => {
    const totals = run({ seed: 0xbeef, rounds: 300, durable: false });
    assert.equal(totals.cuts, 300);
    assert.ok(totals.byKind.erase >= 30 && totals.byKind.header >= 30);
  });
});
