// The store's corruption campaign: random damage to flash images and random power cuts during writes
// and erases, each followed by a boot, checked against what was stored.
//
// Damage. Base images are built by the real RingStore (three rings, mixed payload sizes, commits,
// wrap-around); some are closed cleanly and some are left by a power cut, so that they end in an
// unsealed tail. Each trial copies one image, applies one damage, boots a store on it and reads every
// ring. The ground truth comes from the undamaged image: which sealed group (or tail) holds each
// reading and where its bytes lie. A reading is damaged when its group's bytes changed, or both
// copies of its block's header did; it may then be lost. Every other reading must come back, and every
// reading that comes back must be byte for byte one that was stored. The commit bitmap is not damaged
// here: a cleared bit commits a reading, a set one brings a committed one back, and no check can tell
// (store-corruption.test.ts covers what it does).
//
// Power cuts. Rings take appends, commits and reads; a cut lands at a random byte of a random write
// or erase; the next boot must read exactly what the model holds, except what the cut operation
// itself may lose (the entry being appended, part of a commit, the oldest block being dropped).
import { PowerCut, SimFlash } from "../hosts/sim/flash.ts";
import type { FlashPartition, FlashStatus } from "../src/host.ts";
import { GroupWalk, scanBlock } from "../src/data/store/block-scan.ts";
import { HEADERS_BYTES, Layout, SEAL_BYTES, SLOT_BYTES, decodeHeader } from "../src/data/store/layout.ts";
import type { Ring, RingSpec } from "../src/data/store/ring-store.ts";
import { RingStore } from "../src/data/store/ring-store.ts";
import { SeededRandom } from "../test/seeded-random.ts";

const BLOCK = 4096;
const BLOCKS = 12;
/** Where entries start in a block (layout.ts). */
const DATA_START = new Layout(BLOCK).dataStart;
const RINGS: RingSpec[] = [
  { owner: 1, name: "analogs", capacityBytes: 3000 },
  { owner: 2, name: "readings", capacityBytes: 6000 },
  { owner: 3, name: "gpios", capacityBytes: 1500 },
];

export const DAMAGE_KINDS = ["bitFlip", "bitFlips", "randomBytes", "zeroRange", "ffRange", "tornWrite", "header"] as const;
export type DamageKind = (typeof DAMAGE_KINDS)[number];

export interface IntegrityOptions {
  seed: number;
  damages: number;
  cuts: number;
}

export interface DamageTally {
  trials: number;
  readingsDamaged: number;
  readingsLost: number;
  uploadedAltered: number;
  failedBoots: number;
  lostBeyondDamaged: number;
}

export interface IntegrityReport {
  seed: number;
  /** Base images are built from seed + 1 on; power cuts run from seed + 7. */
  damage: DamageTally & { baseImages: number; byKind: Record<DamageKind, DamageTally> };
  powerCuts: {
    cuts: number;
    /** Readings the interrupted operation was removing anyway: its own entry, the oldest block an
     *  append was dropping to make room, or what a commit was deleting. */
    byKind: Record<"entry" | "seal" | "bitmap" | "header" | "erase", number>;
    readingsTheCutOperationRemoved: number;
    uploadedAltered: number;
    failedBoots: number;
    lostBeyondDamaged: number;
  };
  goals: { uploadedAltered: 0; failedBoots: 0; lostBeyondDamaged: 0 };
  met: boolean;
}

/** Packed-record sizes mostly, some Readings-sized, a few long enough for a two-byte length. */
function payload(serial: number): Uint8Array {
  const mix = new SeededRandom(serial * 2654435761).next();
  const length = mix < 0.6 ? 4 : mix < 0.9 ? 5 + Math.floor((mix - 0.6) * 120) : 80 + Math.floor((mix - 0.9) * 1500);
  const bytes = new Uint8Array(length);
  new DataView(bytes.buffer).setUint32(0, serial, true);
  for (let i = 4; i < length; i++) bytes[i] = (serial * 131 + i * 29) & 0xff;
  return bytes;
}

function serialOf(bytes: Uint8Array): number {
  return bytes.length < 4 ? -1 : (bytes[0]! | (bytes[1]! << 8) | (bytes[2]! << 16) | (bytes[3]! << 24)) >>> 0;
}

/** Payloads by serial: the campaign checks millions of readings against the same few thousand. */
const expectedPayloads = new Map<number, Uint8Array>();

function intact(bytes: Uint8Array): boolean {
  const serial = serialOf(bytes);
  if (serial < 0) return false;
  let expected = expectedPayloads.get(serial);
  if (expected === undefined) expectedPayloads.set(serial, (expected = payload(serial)));
  if (bytes.length !== expected.length) return false;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== expected[i]) return false;
  return true;
}

/** Reads every ring: the serials that came back intact, and how many came back altered. */
function readAll(store: RingStore): { serials: Set<number>; altered: number } {
  const serials = new Set<number>();
  let altered = 0;
  for (const spec of RINGS) {
    for (const entry of store.ring(spec.owner)!.entries()) {
      if (intact(entry.payload)) serials.add(serialOf(entry.payload));
      else altered++;
    }
  }
  return { serials, altered };
}

/** A stretch of flash whose damage may cost the readings it holds. */
interface Unit {
  start: number;
  end: number;
  serials: number[];
}

interface Image {
  bytes: Uint8Array;
  /** Readings a clean boot returns. */
  live: Set<number>;
  /** Groups and tails, with their absolute byte spans. */
  units: Unit[];
  /** Per block: header span and the readings it holds. */
  blocks: Unit[];
  /** Per block: where its written bytes end. */
  written: number[];
}

type CutKind = keyof IntegrityReport["powerCuts"]["byKind"];
const CUT_KINDS: CutKind[] = ["entry", "seal", "bitmap", "header", "erase"];

/** Passes calls to a SimFlash and cuts its power at the first write or erase of a chosen kind after
 *  a random wait (after a long wait, at any kind). */
class CuttingPartition implements FlashPartition {
  readonly #flash: SimFlash;
  readonly #random: SeededRandom;
  readonly #kind: CutKind;
  #wait: number;
  cut: CutKind | undefined;

  constructor(flash: SimFlash, random: SeededRandom) {
    this.#flash = flash;
    this.#random = random;
    this.#kind = CUT_KINDS[random.int(0, CUT_KINDS.length - 1)]!;
    this.#wait = random.int(0, 40);
  }
  read(byteLength: number, byteOffset: number): ArrayBuffer {
    return this.#flash.read(byteLength, byteOffset);
  }
  write(buffer: ArrayBuffer | ArrayBufferView, byteOffset: number): void {
    const within = byteOffset % BLOCK;
    const kind = within < HEADERS_BYTES ? "header" : within < DATA_START ? "bitmap" : this.#sealAt(buffer.byteLength, byteOffset) ? "seal" : "entry";
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

  /** A seal goes in the room before its group's opener, which is already written. */
  #sealAt(length: number, byteOffset: number): boolean {
    if (length !== SEAL_BYTES || (byteOffset % BLOCK) + length + 4 > BLOCK) return false;
    const after = new Uint8Array(this.#flash.read(4, byteOffset + length));
    return after.some((byte) => byte !== 0xff);
  }

  #due(kind: CutKind): boolean {
    if (this.cut !== undefined) return false;
    if (this.#wait-- > 0 || (kind !== this.#kind && this.#wait > -2000)) return false;
    this.cut = kind;
    return true;
  }
}

/** One step of the random workload: mostly appends, some commits, some reads. */
function step(store: RingStore, random: SeededRandom, next: () => number): void {
  const ring = store.ring(RINGS[random.int(0, RINGS.length - 1)]!.owner)!;
  const choice = random.next();
  if (choice < 0.94) {
    const serial = next();
    ring.append(serial, () => payload(serial));
  } else if (choice < 0.96) {
    const entries = [...ring.entries()];
    if (entries.length > 0) ring.commit(entries[random.int(0, Math.min(entries.length - 1, 40))]!.cursor);
  } else {
    for (const _ of ring.entries());
  }
}

function buildImage(seed: number, cut: boolean): Image {
  const random = new SeededRandom(seed);
  // Serials are a payload's first 4 bytes: each image gets its own million of them.
  let serial = (seed % 4000) * 1_000_000;
  const next = () => serial++;
  const flash = new SimFlash({ size: BLOCKS * BLOCK, seed });
  const store = new RingStore({ partition: flash, epoch: 1, durable: true, rings: RINGS });
  const steps = random.int(1500, 4000);
  for (let i = 0; i < steps; i++) step(store, random, next);
  if (cut) {
    // A few appends that are never sealed, the last one torn.
    try {
      for (let i = 0; i < random.int(1, 30); i++) store.ring(RINGS[i % 3]!.owner)!.append(0, () => payload(next()));
      flash.cutPowerAfter(random.int(1, 20));
      for (;;) store.ring(1)!.append(0, () => payload(next()));
    } catch (error) {
      if (!(error instanceof PowerCut)) throw error;
    }
  } else {
    store.close();
  }
  return survey(flash.bytes.slice());
}

/** The ground truth of an undamaged image, parsed without writing to it. */
function survey(bytes: Uint8Array): Image {
  const layout = new Layout(BLOCK);
  const units: Unit[] = [];
  const blocks: Unit[] = [];
  const written: number[] = [];
  for (let index = 0; index < BLOCKS; index++) {
    const at = index * BLOCK;
    const header = decodeHeader(bytes.slice(at, at + HEADERS_BYTES));
    const data = bytes.subarray(at + layout.dataStart, at + BLOCK);
    const seed = header === undefined ? 0 : layout.openerSeed(header.owner, header.seq, header.base);
    const scan = scanBlock(data, layout.dataBytes, layout.crc32, seed, true);
    written.push(at + layout.dataStart + scan.written);
    const inBlock: number[] = [];
    const groups = scan.tail === undefined ? scan.groups : [...scan.groups, scan.tail];
    groups.forEach((group) => {
      const serials: number[] = [];
      const walk = new GroupWalk(data, group);
      while (walk.step()) if (walk.valid) serials.push(serialOf(data.subarray(walk.payloadStart, walk.payloadEnd)));
      // A group's bytes are its seal and opener before its entries; a tail's run to the written end.
      const sealed = group !== scan.tail;
      const end = at + layout.dataStart + (sealed ? group.end : scan.written);
      units.push({ start: at + layout.dataStart + group.start - SLOT_BYTES, end, serials });
      inBlock.push(...serials);
    });
    blocks.push({ start: at, end: at + HEADERS_BYTES, serials: header === undefined ? [] : inBlock });
  }
  const store = new RingStore({ partition: new SimFlash({ size: bytes.length, bytes }), epoch: 2, durable: true, rings: RINGS });
  const { serials, altered } = readAll(store);
  if (altered > 0) throw new Error("an undamaged image read back altered");
  return { bytes, live: serials, units, blocks, written };
}

/** Applies one damage of `kind` to `bytes`; returns the span it may have changed. */
function damage(kind: DamageKind, bytes: Uint8Array, image: Image, random: SeededRandom): { start: number; end: number } {
  const block = random.int(0, BLOCKS - 1);
  const from = block * BLOCK;
  // Where entries are, to a little past the written end; never the commit bitmap (see above).
  const to = Math.min(from + BLOCK, image.written[block]! + 16);
  const at = random.int(from + DATA_START, Math.max(from + DATA_START, to - 1));
  const span = (start: number, length: number) => ({ start, end: Math.min(from + BLOCK, start + length) });
  switch (kind) {
    case "bitFlip":
      bytes[at]! ^= 1 << random.int(0, 7);
      return span(at, 1);
    case "bitFlips": {
      // 2 to 8 flips within 64 bytes.
      const flips = random.int(2, 8);
      const window = span(at, 64);
      for (let i = 0; i < flips; i++) bytes[random.int(window.start, window.end - 1)]! ^= 1 << random.int(0, 7);
      return window;
    }
    case "randomBytes": {
      const range = span(at, random.int(1, 16));
      for (let i = range.start; i < range.end; i++) bytes[i] = random.int(0, 255);
      return range;
    }
    case "zeroRange":
    case "ffRange": {
      const range = span(at, random.int(1, 64));
      bytes.fill(kind === "zeroRange" ? 0 : 0xff, range.start, range.end);
      return range;
    }
    case "tornWrite": {
      // The block's last written bytes never made it: erased from a random point to its end.
      const end = image.written[block]!;
      const start = random.int(Math.max(from + DATA_START, end - 600), Math.max(from + DATA_START, end - 1));
      bytes.fill(0xff, start, end);
      return { start, end: Math.max(start, end) };
    }
    case "header": {
      const copies = random.int(1, 3);
      let start = from + HEADERS_BYTES;
      let end = from;
      for (const copy of [0, 25]) {
        if (!(copies & (copy === 0 ? 1 : 2))) continue;
        const range = span(from + copy + random.int(0, 24), random.int(1, 8));
        for (let i = range.start; i < Math.min(range.end, from + copy + 25); i++) bytes[i] = random.int(0, 255);
        start = Math.min(start, range.start);
        end = Math.max(end, range.end);
      }
      return { start, end };
    }
  }
}

function tally(): DamageTally {
  return { trials: 0, readingsDamaged: 0, readingsLost: 0, uploadedAltered: 0, failedBoots: 0, lostBeyondDamaged: 0 };
}

function add(into: DamageTally, from: DamageTally): void {
  for (const key of Object.keys(into) as Array<keyof DamageTally>) into[key] += from[key];
}

function damageTrial(image: Image, kind: DamageKind, random: SeededRandom): DamageTally {
  const result = tally();
  result.trials = 1;
  const bytes = image.bytes.slice();
  const { start, end } = damage(kind, bytes, image, random);
  const changed = (unit: Unit) => {
    for (let i = Math.max(unit.start, start); i < Math.min(unit.end, end); i++) if (bytes[i] !== image.bytes[i]) return true;
    return false;
  };
  const damaged = new Set<number>();
  for (const unit of image.units) if (changed(unit)) for (const s of unit.serials) damaged.add(s);
  for (let b = 0; b < BLOCKS; b++) {
    const header = image.blocks[b]!;
    const first = { start: header.start, end: header.start + 25, serials: [] };
    const copy = { start: header.start + 25, end: header.end, serials: [] };
    if (changed(first) && changed(copy)) for (const s of header.serials) damaged.add(s);
  }
  for (const s of damaged) if (image.live.has(s)) result.readingsDamaged++;
  let read: { serials: Set<number>; altered: number };
  try {
    const store = new RingStore({ partition: new SimFlash({ size: bytes.length, bytes }), epoch: 3, durable: true, rings: RINGS });
    read = readAll(store);
  } catch {
    result.failedBoots = 1;
    return result;
  }
  result.uploadedAltered = read.altered;
  for (const s of image.live) {
    if (read.serials.has(s)) continue;
    result.readingsLost++;
    if (!damaged.has(s)) result.lostBeyondDamaged++;
  }
  return result;
}

function damageCampaign(seed: number, trials: number): IntegrityReport["damage"] {
  const random = new SeededRandom(seed);
  const images: Image[] = [];
  const count = Math.max(3, Math.min(12, Math.ceil(trials / 5000)));
  for (let i = 0; i < count; i++) images.push(buildImage(seed + i + 1, i % 3 === 2));
  const total = tally();
  const byKind = Object.fromEntries(DAMAGE_KINDS.map((kind) => [kind, tally()])) as Record<DamageKind, DamageTally>;
  for (let trial = 0; trial < trials; trial++) {
    const kind = DAMAGE_KINDS[trial % DAMAGE_KINDS.length]!;
    const result = damageTrial(images[random.int(0, images.length - 1)]!, kind, random);
    add(byKind[kind], result);
    add(total, result);
  }
  return { ...total, baseImages: count, byKind };
}

type InFlight = { owner: number; op: "append"; serial: number } | { owner: number; op: "commit"; upTo: number } | undefined;

function powerCutCampaign(seed: number, cuts: number): IntegrityReport["powerCuts"] {
  const random = new SeededRandom(seed);
  const report: IntegrityReport["powerCuts"] = {
    cuts: 0,
    byKind: { entry: 0, seal: 0, bitmap: 0, header: 0, erase: 0 },
    readingsTheCutOperationRemoved: 0,
    uploadedAltered: 0,
    failedBoots: 0,
    lostBeyondDamaged: 0,
  };
  let chip = new SimFlash({ size: BLOCKS * BLOCK, cutPowerDuringErase: true, seed });
  let serial = 0;
  const state: { live: Map<number, number[]>; inFlight: InFlight } = {
    live: new Map(RINGS.map((spec) => [spec.owner, []])),
    inFlight: undefined,
  };
  let epoch = 1;
  while (report.cuts < cuts) {
    const partition = new CuttingPartition(chip, random);
    try {
      const store = new RingStore({ partition, epoch: epoch++, durable: true, rings: RINGS });
      for (const spec of RINGS) checkRing(store.ring(spec.owner)!, state, report);
      state.inFlight = undefined;
      runUntilCut(store, random, () => serial++, state);
    } catch (error) {
      if (!(error instanceof PowerCut)) report.failedBoots++;
    }
    if (partition.cut === undefined) continue;
    report.cuts++;
    report.byKind[partition.cut]++;
    chip = new SimFlash({ size: BLOCKS * BLOCK, bytes: chip.bytes, eraseCounts: chip.eraseCounts, cutPowerDuringErase: true });
  }
  return report;
}

/**
 * Checks what a boot reads of one ring against the model, and makes the model what was read. Only
 * the operation the cut interrupted may have cost readings: an append its own entry and a prefix it
 * was dropping as oldest, a commit a part of what it was committing.
 */
function checkRing(ring: Ring, state: { live: Map<number, number[]>; inFlight: InFlight }, report: IntegrityReport["powerCuts"]): void {
  const owner = ring.owner;
  const expected = state.live.get(owner)!;
  const read: number[] = [];
  for (const entry of ring.entries()) {
    if (intact(entry.payload)) read.push(serialOf(entry.payload));
    else report.uploadedAltered++;
  }
  const own = state.inFlight?.owner === owner ? state.inFlight : undefined;
  const kept = new Set(read);
  const oldestKept = read.find((s) => own?.op !== "append" || s !== own.serial) ?? Infinity;
  for (const s of expected) {
    if (kept.has(s)) continue;
    const excused = own?.op === "append" ? s < oldestKept : own?.op === "commit" ? s <= own.upTo : false;
    if (excused) report.readingsTheCutOperationRemoved++;
    else report.lostBeyondDamaged++;
  }
  state.live.set(owner, read);
}

/** Runs the workload until the power goes, keeping the model of what each ring holds. */
function runUntilCut(store: RingStore, random: SeededRandom, next: () => number, state: { live: Map<number, number[]>; inFlight: InFlight }): void {
  for (;;) {
    const spec = RINGS[random.int(0, RINGS.length - 1)]!;
    const ring = store.ring(spec.owner)!;
    const model = state.live.get(spec.owner)!;
    const choice = random.next();
    if (choice < 0.94) {
      const serial = next();
      state.inFlight = { owner: spec.owner, op: "append", serial };
      const dropped = ring.counters.droppedOldest;
      ring.append(serial, () => payload(serial));
      model.push(serial);
      model.splice(0, ring.counters.droppedOldest - dropped);
    } else if (choice < 0.96) {
      // Reading seals the open group: a write that must lose nothing.
      state.inFlight = undefined;
      const entries = [...ring.entries()];
      if (entries.length === 0) continue;
      const upTo = serialOf(entries[random.int(0, Math.min(entries.length - 1, 40))]!.payload);
      state.inFlight = { owner: spec.owner, op: "commit", upTo };
      ring.commit(entries.find((e) => serialOf(e.payload) === upTo)!.cursor);
      state.live.set(spec.owner, model.filter((s) => s > upTo));
    } else {
      state.inFlight = undefined;
      for (const _ of ring.entries());
    }
    state.inFlight = undefined;
  }
}

export function integrityCampaign(options: IntegrityOptions): IntegrityReport {
  const damage = damageCampaign(options.seed, options.damages);
  const powerCuts = powerCutCampaign(options.seed + 7, options.cuts);
  const met =
    damage.uploadedAltered === 0 && damage.failedBoots === 0 && damage.lostBeyondDamaged === 0 &&
    powerCuts.uploadedAltered === 0 && powerCuts.failedBoots === 0 && powerCuts.lostBeyondDamaged === 0;
  return { seed: options.seed, damage, powerCuts, goals: { uploadedAltered: 0, failedBoots: 0, lostBeyondDamaged: 0 }, met };
}
