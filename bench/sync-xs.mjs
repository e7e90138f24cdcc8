// XS heap peak while sync builds and sends an upload batch, above the loaded baseline, for the
// example machine (goal: under 48 KB). The real SyncTask runs in the bundle of bench/sync-xs-entry.ts
// after five minutes of capture and uploads through the real AppClient, gRPC-web and HTTP/1.1
// clients to an in-memory socket that holds each upload unanswered, so every batch of the round is
// built, encoded and written out while one command's peak is recorded. The baseline is taken once
// the client has authenticated: its token belongs to a running board.
//
// The stock xsnap meter reports slots in use after a command, garbage included, and leaves out
// strings and buffers ("chunks"), so it cannot show a peak. This bench builds a patched xsnap-worker
// once (build/xsnap-peak, about a minute of C compiling) from the sources @agoric/xsnap ships:
//   - each reply also carries XS's own peakHeapCount (slots) and peakChunksSize (bytes) since the
//     previous reply, which it then resets;
//   - with mxStress, `gc(period)` makes XS collect (and compact) every `period` allocations and
//     before every chunk of 1 KB or more, so the peaks are live memory plus at most the garbage of
//     `period` small allocations, not whatever piled up between organic collections.
//
// Runs in its own process because @agoric/xsnap needs the SES lockdown of @endo/init.
// `--json` ends the output with one line `{"xs": {...}}` for bench/run.ts to parse.
import "@endo/init";
import { execFileSync, spawn } from "node:child_process";
import fs, { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import fsp from "node:fs/promises";
import os from "node:os";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { xsnap } from "@agoric/xsnap";
import { buildBundle } from "../hosts/xs/bundle.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "bench", "sync-xs-entry.ts");
const config = readFileSync(join(root, "examples", "config.json"), "utf8");

const SLOT_BYTES = 32;
const GOAL_BYTES = 48 * 1024;
/** Collect every this many allocations while measuring: the peaks' error is at most that much garbage. */
const STRESS_PERIOD = 128;
// Long enough for the 10 Hz light reader's 8 KB ring to wrap, so there is a backlog of full batches.
const CAPTURE_MS = 300_000;
const STEP_MS = 30_000;

const PATCH_VERSION = "peak-1";
const workerDir = join(root, "build", "xsnap-peak");
const workerBin = join(workerDir, "xsnap", "build", "bin", "lin", "release", "xsnap-worker");

function replaceOnce(file, before, after) {
  const text = readFileSync(file, "utf8");
  if (!text.includes(before)) throw new Error(`cannot patch ${file}: the expected source is not there`);
  writeFileSync(file, text.replace(before, after));
}

/** Builds the patched worker unless the one in build/xsnap-peak comes from this same patch. */
function peakWorker() {
  if (os.type() !== "Linux") throw new Error("the peak-reporting xsnap worker is built for Linux only");
  const pkgDir = dirname(createRequire(import.meta.url).resolve("@agoric/xsnap/package.json"));
  const { version } = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  const stamp = join(workerDir, "stamp");
  const want = `${version} ${PATCH_VERSION}`;
  if (existsSync(workerBin) && existsSync(stamp) && readFileSync(stamp, "utf8") === want) return workerBin;

  process.stderr.write(`building a peak-reporting xsnap-worker in ${workerDir} (once; about a minute)\n`);
  rmSync(workerDir, { recursive: true, force: true });
  mkdirSync(join(workerDir, "xsnap"), { recursive: true });
  cpSync(join(pkgDir, "moddable"), join(workerDir, "moddable"), { recursive: true });
  for (const part of ["sources", "makefiles"]) {
    cpSync(join(pkgDir, "xsnap-native", "xsnap", part), join(workerDir, "xsnap", part), { recursive: true });
  }
  const memory = join(workerDir, "moddable", "xs", "sources", "xsMemory.c");
  replaceOnce(
    memory,
    `int gxStress = 0;

static int fxShouldStress()
{
	if (!gxStress)
		return 0;

	if (gxStress > 0)
		return 1;

	gxStress += 1;
	return 0 == gxStress;
}`,
    `int gxStressPeriod = 0;
static int gxStressCount = 0;

static int fxShouldStress()
{
	if (gxStressPeriod <= 0)
		return 0;
	if (++gxStressCount < gxStressPeriod)
		return 0;
	gxStressCount = 0;
	return 1;
}`,
  );
  replaceOnce(memory, "#if mxStress\n\tgxStress = 0;\n#endif\n", "");
  replaceOnce(
    memory,
    "#if mxStress\n\tif (fxShouldStress()) {\n\t\tif (*once) {",
    "#if mxStress\n\tif (fxShouldStress() || (gxStressPeriod > 0 && size >= 1024)) {\n\t\tif (*once) {",
  );
  const platform = join(workerDir, "xsnap", "sources", "xsnapPlatform.c");
  replaceOnce(
    platform,
    "txSize fxGetCurrentHeapCount(txMachine* the)\n{\n\treturn the->currentHeapCount;\n}",
    `txSize fxGetCurrentHeapCount(txMachine* the)
{
	return the->currentHeapCount;
}

txSize fxGetPeakHeapCount(txMachine* the) { return the->peakHeapCount; }
txSize fxGetCurrentChunksSize(txMachine* the) { return the->currentChunksSize; }
txSize fxGetPeakChunksSize(txMachine* the) { return the->peakChunksSize; }
void fxResetPeaks(txMachine* the)
{
	the->peakHeapCount = the->currentHeapCount;
	the->peakChunksSize = the->currentChunksSize;
}`,
  );
  const worker = join(workerDir, "xsnap", "sources", "xsnap-worker.c");
  replaceOnce(
    worker,
    "extern xsIntegerValue fxGetCurrentHeapCount(xsMachine* the);",
    `extern xsIntegerValue fxGetCurrentHeapCount(xsMachine* the);
extern xsIntegerValue fxGetPeakHeapCount(xsMachine* the);
extern xsIntegerValue fxGetCurrentChunksSize(xsMachine* the);
extern xsIntegerValue fxGetPeakChunksSize(xsMachine* the);
extern void fxResetPeaks(xsMachine* the);
extern int gxStressPeriod;`,
  );
  replaceOnce(
    worker,
    "void xs_gc(xsMachine* the)\n{\n\txsCollectGarbage();\n}",
    `void xs_gc(xsMachine* the)
{
	if (xsToInteger(xsArgc) > 0) {
		gxStressPeriod = xsToInteger(xsArg(0));
		return;
	}
	xsCollectGarbage();
}`,
  );
  replaceOnce(
    worker,
    `				  "\\"currentHeapCount\\":%u,"`,
    `				  "\\"currentHeapCount\\":%u,"
				  "\\"peakHeapCount\\":%u,"
				  "\\"currentChunksSize\\":%u,"
				  "\\"peakChunksSize\\":%u,"`,
  );
  replaceOnce(
    worker,
    "\t\t\t fxGetCurrentHeapCount(the),\n\t\t\t meterIndex, the->allocatedSpace, tsbuf);",
    `\t\t\t fxGetCurrentHeapCount(the),
\t\t\t fxGetPeakHeapCount(the), fxGetCurrentChunksSize(the), fxGetPeakChunksSize(the),
\t\t\t meterIndex, the->allocatedSpace, tsbuf);
\tfxResetPeaks(the);`,
  );
  const makefile = join(workerDir, "xsnap", "makefiles", "lin", "xsnap-worker.mk");
  replaceOnce(makefile, "\t-DmxMetering=1 \\\n", "\t-DmxMetering=1 \\\n\t-DmxStress=1 \\\n");
  execFileSync(
    "make",
    [
      `MODDABLE=${join(workerDir, "moddable")}`,
      "GOAL=release",
      `XSNAP_VERSION=${version}`,
      'CC=cc "-D__has_builtin(x)=1"',
      "-j2",
      "-f",
      "xsnap-worker.mk",
    ],
    { cwd: join(workerDir, "xsnap", "makefiles", "lin"), stdio: ["ignore", "ignore", "inherit"] },
  );
  writeFileSync(stamp, want);
  return workerBin;
}

async function startPeakWorker(code) {
  const bin = peakWorker();
  const worker = await xsnap({
    os: os.type(),
    spawn: (_stock, args, options) => spawn(bin, args, options),
    fs: { ...fs, ...fsp },
    name: "sync-peak",
    meteringLimit: 0,
  });
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  let meter;
  const run = async (command) => {
    const { reply, meterUsage } = await worker.issueCommand(encoder.encode(JSON.stringify(command)));
    meter = meterUsage;
    const parsed = JSON.parse(decoder.decode(reply));
    if (!parsed.ok) throw new Error(`${command.op}: ${parsed.error.name}: ${parsed.error.message}`);
    return parsed.value;
  };
  try {
    await worker.evaluate(code);
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  return { run, meter: () => meter, close: () => worker.close(), terminate: () => worker.terminate() };
}

/** One round's peaks with the default batch cap, or with `maxBatchBytes`. */
async function measure(maxBatchBytes) {
  const { code, bytes } = await buildBundle({ entry, minify: true });
  const xs = await startPeakWorker(code);
  try {
    const collectors = await xs.run({ op: "boot", config, wall: Date.UTC(2025, 0, 1), partId: "bench-part" });
    for (let t = 0; t < CAPTURE_MS; t += STEP_MS) await xs.run({ op: "advance", ms: STEP_MS });
    await xs.run({ op: "task", maxBatchBytes });
    await xs.run({ op: "ping", gc: true });
    const baseline = xs.meter();

    await xs.run({ op: "stress", period: STRESS_PERIOD });
    const peaks = [];
    let reply = await xs.run({ op: "sync" });
    while (reply.holding) {
      peaks.push(xs.meter());
      reply = await xs.run({ op: "release" });
    }
    // The last release builds nothing, but it ends the round: its peak counts too.
    peaks.push(xs.meter());
    await xs.run({ op: "stress", period: 0 });

    const { state, requests, collectors: counters } = await xs.run({ op: "uploads" });
    if (state.consecutiveFailures !== 0 || requests.length !== peaks.length - 1) {
      throw new Error(`the round went wrong: ${JSON.stringify(state)}`);
    }
    const above = (meter) => ({
      slots: meter.peakHeapCount - baseline.currentHeapCount,
      chunkBytes: meter.peakChunksSize - baseline.currentChunksSize,
    });
    const uploads = peaks.map((meter, i) => {
      const { slots, chunkBytes } = above(meter);
      return {
        requestBytes: requests[i]?.bytes ?? 0,
        peakSlotsAboveBaseline: slots,
        peakChunkBytesAboveBaseline: chunkBytes,
        peakBytesAboveBaseline: slots * SLOT_BYTES + chunkBytes,
      };
    });
    const worst = uploads.reduce((a, b) => (b.peakBytesAboveBaseline > a.peakBytesAboveBaseline ? b : a));
    return {
      config: "examples/config.json",
      collectors,
      capturedMs: CAPTURE_MS,
      bundleBytesMinified: bytes,
      stressPeriod: STRESS_PERIOD,
      baseline: { slots: baseline.currentHeapCount, chunkBytes: baseline.currentChunksSize },
      uploads,
      peakBytesAboveBaseline: worst.peakBytesAboveBaseline,
      peakSlotsAboveBaseline: worst.peakSlotsAboveBaseline,
      peakChunkBytesAboveBaseline: worst.peakChunkBytesAboveBaseline,
      records: counters.map((c) => ({ name: c.name, captured: c.captured, synced: c.synced, droppedOldest: c.droppedOldest })),
      method:
        "patched xsnap-worker: XS peakHeapCount (32-byte slots) and peakChunksSize per command, with a compacting " +
        `collection every ${STRESS_PERIOD} allocations and before every chunk of 1 KB or more; an upper bound on the live ` +
        `peak by at most the garbage of ${STRESS_PERIOD} small allocations. Host-side memory (the simulated flash is ` +
        "in the baseline), the socket's own buffers and the C stack are not counted.",
      goal: { bytesAboveBaseline: GOAL_BYTES },
      met: worst.peakBytesAboveBaseline < GOAL_BYTES,
    };
  } catch (error) {
    await xs.terminate();
    throw error;
  } finally {
    await xs.close().catch(() => undefined);
  }
}

function print(result) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log("xs sync batch heap (peak above the loaded baseline)");
  console.log(`  ${result.config}, ${result.capturedMs / 1000} s captured, one round of ${result.uploads.length - 1} uploads`);
  console.log(`  baseline: ${result.baseline.slots} slots, ${kb(result.baseline.chunkBytes)} of chunks; bundle ${result.bundleBytesMinified} bytes`);
  for (const [i, upload] of result.uploads.entries()) {
    const what = upload.requestBytes > 0 ? `upload ${i + 1}: ${upload.requestBytes} bytes` : "end of round";
    console.log(
      `  ${what.padEnd(22)} +${upload.peakSlotsAboveBaseline} slots, +${kb(upload.peakChunkBytesAboveBaseline)} chunks = ${kb(upload.peakBytesAboveBaseline)}`,
    );
  }
  console.log(`  peak ${kb(result.peakBytesAboveBaseline)}; goal < 48 KB: ${result.met ? "met" : "NOT met"}`);
}

const result = await measure();
print(result);
// viam-micro-server's batch size, for comparison: the figure the default's choice rests on.
const largest = await measure(32_000);
result.withMaxBatchBytes32000 = {
  uploads: largest.uploads.length - 1,
  peakBytesAboveBaseline: largest.peakBytesAboveBaseline,
  peakSlotsAboveBaseline: largest.peakSlotsAboveBaseline,
  peakChunkBytesAboveBaseline: largest.peakChunkBytesAboveBaseline,
};
console.log(`  with 32,000-byte batches (${largest.uploads.length - 1} uploads): peak ${(largest.peakBytesAboveBaseline / 1024).toFixed(1)} KB`);
if (process.argv.includes("--json")) console.log(JSON.stringify({ xs: result }));
