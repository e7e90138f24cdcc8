// Flash wear of the capture store: one 100 Hz Analogs collector with the default 1 KB cache on a
// 1 MB partition, sync offline, so every reading reaches flash and the ring wraps for ever.
//
// Runs the real store on the simulated flash with the data manager's own Analogs records
// (RecordEncoder, readings of a slow sine on a 12-bit ADC): first with the wall clock set, where they
// take the 4-byte packed form, then for comparison as a device that never learns the time records
// them (monotonic times, so the general form). Each run goes on until every block of the partition
// has been erased the same number of times after a first pass, and the rate per reading is
// extrapolated to years of 100k-cycle blocks.
import { SimFlash } from "../hosts/sim/flash.ts";
import { RecordEncoder } from "../src/data/record-codec.ts";
import { RingStore } from "../src/data/store/ring-store.ts";

export interface FlashWear {
  payloadBytes: number;
  entryBytes: number;
  readingsSimulated: number;
  simulatedHours: number;
  readingsPerBlock: number;
  blocks: number;
  erases: number;
  erasesPerMillionReadings: number;
  maxBlockErases: number;
  minBlockErases: number;
  maxBlockErasesPerYear: number;
  projectedLifeYears: number;
}

export interface FlashBenchResult extends FlashWear {
  /** The same collector while the wall clock is unset. */
  wallClockUnset: FlashWear;
}

const HZ = 100;
const PARTITION = 1024 * 1024;
const CYCLES = 100_000;
const READINGS_PER_YEAR = 365.25 * 24 * 3600 * HZ;
/** Whole passes over the partition that are measured, after the first. */
const ROTATIONS = 3;
/** Where the simulated wall clock starts: 2025-01-01. */
const WALL_START = 1_735_689_600_000;

export async function flashBench(): Promise<FlashBenchResult> {
  const real = wear(WALL_START, false);
  const wallClockUnset = wear(0, true);
  return { ...real, wallClockUnset };
}

function wear(start: number, monotonic: boolean): FlashWear {
  const encoder = new RecordEncoder();
  const record = (i: number, t: number, blockBase: number) =>
    encoder.encode(
      "Analogs",
      {
        timeRequestedMs: t,
        timeReceivedMs: t,
        monotonic,
        data: { value: Math.round(2048 + 900 * Math.sin((2 * Math.PI * i) / 6000)) },
      },
      blockBase,
    );
  const flash = new SimFlash({ size: PARTITION });
  const blocks = flash.status().blocks;
  const store = new RingStore({
    partition: flash,
    epoch: 1,
    durable: false,
    rings: [{ owner: 1, name: "board/Analogs", capacityBytes: 1024 }],
  });
  const ring = store.ring(1)!;
  let readings = 0;
  let payloadBytes = 0;
  let last = 0;
  const step = () => {
    const t = start + readings * (1000 / HZ);
    ring.append(t, (blockBase) => {
      const bytes = record(readings, t, blockBase);
      last = bytes.length;
      return bytes;
    });
    payloadBytes += last;
    readings++;
  };
  // The first pass erases blocks that were never used; the measured passes start after it.
  while (flash.erases < blocks) step();
  const startReadings = readings;
  const startPayload = payloadBytes;
  const startCounts = flash.eraseCounts.slice();
  while (flash.erases < (ROTATIONS + 1) * blocks) step();
  const measured = readings - startReadings;
  const erases = flash.erases - blocks;
  const perBlock = Array.from(flash.eraseCounts, (n, i) => n - startCounts[i]!);
  const maxBlockErases = Math.max(...perBlock);
  const maxBlockErasesPerYear = (maxBlockErases / measured) * READINGS_PER_YEAR;
  const payload = (payloadBytes - startPayload) / measured;
  store.close();
  return {
    payloadBytes: payload,
    entryBytes: payload + 2,
    readingsSimulated: readings,
    simulatedHours: readings / HZ / 3600,
    readingsPerBlock: measured / erases,
    blocks,
    erases,
    erasesPerMillionReadings: (erases / measured) * 1e6,
    maxBlockErases,
    minBlockErases: Math.min(...perBlock),
    maxBlockErasesPerYear,
    projectedLifeYears: CYCLES / maxBlockErasesPerYear,
  };
}
