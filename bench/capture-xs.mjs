// The capture path in the real XS engine: meter compute per captured reading, and heap growth over
// 10,000 readings once the ring has wrapped (goal: none per reading). One 100 Hz Analogs collector
// with the default cache_size_kb, as in bench/capture-machine.ts, bundled alone with a small entry
// (bench/capture-xs-entry.ts) so that the figures are those of capture and nothing else.
//
// Runs in its own process because @agoric/xsnap needs the SES lockdown of @endo/init.
// `--json` ends the output with one line `{"xs": {...}}` for bench/run.ts to parse.
import "@endo/init";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildBundle } from "../hosts/xs/bundle.mjs";
import { startXs } from "../hosts/xs/harness.mjs";

const entry = join(dirname(fileURLToPath(import.meta.url)), "capture-xs-entry.ts");

const HZ = 100;
const CACHE_SIZE_KB = 1;
// Enough for the 1 KB ring to wrap many times, so that every block the ring will ever hold is
// allocated and the steady state is reached before anything is measured.
const WARMUP_READINGS = 2_000;
const READINGS = 10_000;
// Readings per round trip: keeps the run to seconds, and the per-command cost of the protocol
// (measured separately as `roundTripCompute`) spread thin.
const BATCH = 1_000;

async function advanceBatches(xs, readings) {
  let compute = 0;
  const heapCounts = [];
  let counters;
  for (let done = 0; done < readings; done += BATCH) {
    counters = await xs.run({ op: "advance", ticks: Math.min(BATCH, readings - done) });
    compute += xs.meter.compute;
    heapCounts.push(xs.meter.currentHeapCount);
  }
  return { compute, heapCounts, counters };
}

async function measure() {
  const { code, bytes } = await buildBundle({ entry, minify: true });
  const xs = await startXs({ bundle: code, name: "capture-bench" });
  try {
    await xs.run({ op: "create", hz: HZ, cacheSizeKb: CACHE_SIZE_KB });
    const warm = await advanceBatches(xs, WARMUP_READINGS);
    if (warm.counters.droppedOldest === 0) throw new Error("the ring has not wrapped during warm-up");

    await xs.run({ op: "advance", ticks: 0 });
    const roundTripCompute = xs.meter.compute;

    const liveBefore = await xs.liveHeap();
    await xs.run({ op: "ping" });
    const countBefore = xs.meter.currentHeapCount;
    const run = await advanceBatches(xs, READINGS);
    const countAfter = xs.meter.currentHeapCount;
    const liveAfter = await xs.liveHeap();

    const captured = run.counters.captured - warm.counters.captured;
    if (captured !== READINGS) throw new Error(`captured ${captured} readings, expected ${READINGS}`);
    const { missedTicks, readErrors, storeErrors, corruptSkipped } = run.counters;
    if (missedTicks + readErrors + storeErrors + corruptSkipped > 0) {
      throw new Error(`capture went wrong: ${JSON.stringify(run.counters)}`);
    }
    await xs.run({ op: "close" });

    const liveGrowth = liveAfter - liveBefore;
    return {
      hz: HZ,
      cacheSizeKb: CACHE_SIZE_KB,
      warmupReadings: WARMUP_READINGS,
      readings: READINGS,
      readingsPerRoundTrip: BATCH,
      bundleBytesMinified: bytes,
      computePerReading: round(run.compute / READINGS, 1),
      computeTotal: run.compute,
      roundTripCompute,
      liveHeap: {
        beforeSlots: liveBefore,
        afterSlots: liveAfter,
        growthSlots: liveGrowth,
        growthPerReading: round(liveGrowth / READINGS, 4),
      },
      heapCountNoGc: {
        beforeSlots: countBefore,
        afterSlots: countAfter,
        growthSlots: countAfter - countBefore,
        growthPerReading: round((countAfter - countBefore) / READINGS, 4),
        maxSlots: Math.max(...run.heapCounts),
      },
      ring: {
        written: run.counters.written,
        droppedOldest: run.counters.droppedOldest,
        bytesUsed: run.counters.bytesUsed,
      },
      goal: { liveHeapGrowthPerReading: 0 },
      met: liveGrowth <= 0,
    };
  } finally {
    await xs.close();
  }
}

function round(value, digits) {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function print(xs) {
  const rows = [
    ["bundle (minified)", `${xs.bundleBytesMinified} bytes`],
    ["collector", `1 Analogs at ${xs.hz} Hz, cache_size_kb ${xs.cacheSizeKb}`],
    ["warm-up / measured", `${xs.warmupReadings} / ${xs.readings} readings, ${xs.readingsPerRoundTrip} per round trip`],
    ["compute per reading", `${xs.computePerReading} (round trip alone: ${xs.roundTripCompute})`],
    [
      "live heap (after GC)",
      `${xs.liveHeap.beforeSlots} -> ${xs.liveHeap.afterSlots} slots: ${signed(xs.liveHeap.growthSlots)} (${xs.liveHeap.growthPerReading} per reading)`,
    ],
    [
      "heap count (no GC)",
      `${xs.heapCountNoGc.beforeSlots} -> ${xs.heapCountNoGc.afterSlots} slots: ${signed(xs.heapCountNoGc.growthSlots)} (${xs.heapCountNoGc.growthPerReading} per reading), max ${xs.heapCountNoGc.maxSlots}`,
    ],
    ["ring", `${xs.ring.written} written, ${xs.ring.droppedOldest} dropped as oldest, ${xs.ring.bytesUsed} bytes used`],
    ["goal: no per-reading heap growth", xs.met ? "met" : "NOT met"],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log("xs capture benchmark");
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
}

function signed(n) {
  return n > 0 ? `+${n}` : String(n);
}

const xs = await measure();
print(xs);
if (process.argv.includes("--json")) console.log(JSON.stringify({ xs }));
