// XS heap while sync builds an upload batch, above the loaded baseline, for the example machine
// (goal: under 48 KB). Runs the real SyncTask in the bundle of hosts/xs/sync-entry.ts, whose client
// holds each upload unanswered: every batch is measured at its largest moment, built and encoded and
// waiting for the cloud, with whatever the build left behind.
//
// What the meter can see: `currentHeapCount` is XS slots (32 bytes each), garbage included unless
// collected. Strings and ArrayBuffer storage ("chunks") are not counted, so the batch's own buffer is
// added from its known size: UploadBatch writes every request into one buffer of 32,000 bytes plus
// the encoded metadata. The per-record scratch buffers protobuf.js allocates (one SensorData's bytes
// at a time, garbage at once) are chunks this figure leaves out.
//
// Runs in its own process because @agoric/xsnap needs the SES lockdown of @endo/init.
// `--json` ends the output with one line `{"xs": {...}}` for bench/run.ts to parse.
import "@endo/init";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildBundle } from "../hosts/xs/bundle.mjs";
import { startXs } from "../hosts/xs/harness.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "hosts", "xs", "sync-entry.ts");
const config = readFileSync(join(root, "examples", "config.json"), "utf8");

const SLOT_BYTES = 32;
const GOAL_BYTES = 48 * 1024;
const MAX_BATCH_BYTES = 32_000;
// Long enough for every ring of the example config to fill and wrap, so batches are as large as
// this config ever makes them (the 10 Hz light reader's 8 KB ring holds several full batches).
const CAPTURE_MS = 600_000;
const STEP_MS = 30_000;

async function measure() {
  const { code, bytes } = await buildBundle({ entry, minify: true });
  const xs = await startXs({ bundle: code, name: "sync-bench", meteringLimit: 0 });
  try {
    const collectors = await xs.run({ op: "boot", config, wall: Date.UTC(2025, 0, 1), partId: "bench-part" });
    for (let t = 0; t < CAPTURE_MS; t += STEP_MS) await xs.run({ op: "advance", ms: STEP_MS });
    await xs.run({ op: "task" });
    const baselineSlots = await xs.liveHeap();

    const batches = [];
    let reply = await xs.run({ op: "sync", hold: true, keep: false });
    while (reply.holding) {
      const afterBuildSlots = xs.meter.currentHeapCount;
      const buildCompute = xs.meter.compute;
      const liveSlots = await xs.liveHeap();
      batches.push({ afterBuildSlots, liveSlots, buildCompute });
      reply = await xs.run({ op: "release" });
    }
    const { state, requests, collectors: counters } = await xs.run({ op: "uploads" });
    if (state.consecutiveFailures !== 0 || requests.length !== batches.length) {
      throw new Error(`the round went wrong: ${JSON.stringify(state)}`);
    }
    const metadataBytes = Math.max(...requests.map((r) => r.bytes)) - MAX_BATCH_BYTES;
    const rows = batches.map((batch, i) => ({
      requestBytes: requests[i].bytes,
      slotsAboveBaseline: batch.afterBuildSlots - baselineSlots,
      liveSlotsAboveBaseline: batch.liveSlots - baselineSlots,
      compute: batch.buildCompute,
    }));
    const peakSlots = Math.max(...rows.map((r) => r.slotsAboveBaseline));
    const peakLiveSlots = Math.max(...rows.map((r) => r.liveSlotsAboveBaseline));
    // The buffer UploadBatch allocates: 32,000 bytes of room plus the metadata field, at most.
    const batchBufferBytes = MAX_BATCH_BYTES + Math.max(0, metadataBytes);
    const estimate = peakSlots * SLOT_BYTES + batchBufferBytes;
    return {
      config: "examples/config.json",
      collectors,
      capturedMs: CAPTURE_MS,
      bundleBytesMinified: bytes,
      baselineSlots,
      batches: rows,
      records: counters.map((c) => ({ name: c.name, captured: c.captured, synced: c.synced, droppedOldest: c.droppedOldest })),
      peak: {
        slotsAboveBaseline: peakSlots,
        slotBytes: peakSlots * SLOT_BYTES,
        liveSlotsWhileHeld: peakLiveSlots,
        batchBufferBytes,
        estimateBytes: estimate,
      },
      notCounted:
        "strings and buffers other than the batch buffer (protobuf.js's per-record scratch bytes, the metadata encoding); slot counts include garbage not yet collected",
      goal: { bytesAboveBaseline: GOAL_BYTES },
      met: estimate < GOAL_BYTES,
    };
  } finally {
    await xs.close();
  }
}

function print(result) {
  const { peak } = result;
  const rows = [
    ["config", `${result.config}, ${result.capturedMs / 1000} s captured, ${result.batches.length} uploads in one round`],
    ["bundle (minified)", `${result.bundleBytesMinified} bytes`],
    ["loaded baseline", `${result.baselineSlots} live slots`],
    ["slots above baseline", `${peak.slotsAboveBaseline} (${peak.slotBytes} bytes) at most, garbage included; ${peak.liveSlotsWhileHeld} live while held`],
    ["batch buffer", `${peak.batchBufferBytes} bytes (chunk, from its size)`],
    ["estimate", `${peak.estimateBytes} bytes above baseline`],
    ["goal: < 48 KB", result.met ? "met" : "NOT met"],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log("xs sync batch heap");
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
  for (const [i, batch] of result.batches.entries()) {
    console.log(`  upload ${i + 1}: ${batch.requestBytes} bytes, +${batch.slotsAboveBaseline} slots (+${batch.liveSlotsAboveBaseline} live), compute ${batch.compute}`);
  }
}

const result = await measure();
print(result);
if (process.argv.includes("--json")) console.log(JSON.stringify({ xs: result }));
