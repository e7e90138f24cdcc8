// `npm run moddable:run`: the firmware in Moddable's own runtime on Linux. With MODDABLE naming an
// installed Moddable SDK, it builds manifest.json for the `lin` platform (the same preloaded modules
// and the manifest's fixed heap, with no increments), runs it headless through
// hosts/moddable-lin/launcher.c, and drives the example config on the simulated world for 10 virtual
// minutes: boot, capture, sync to the local cloud, and a gRPC client calling GetReadings over h2c the
// whole time. Then the same with a 20-collector config. It checks what arrived in the cloud and
// writes the heap figures to bench/results/device.json.
//
//   npm run moddable:run [-- --speed N] [--minutes N]
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { commonApi } from "@viamrobotics/sdk";
import { startLocalCloud } from "../hosts/node/cloud/local-cloud.ts";
import { freePort } from "../test/board-process.ts";
import { GrpcPeer } from "../test/remote-harness.ts";
import { writeEsp32Deps, defaultOutDir } from "./esp32-deps.mjs";
import { moddableSdk } from "./moddable-sdk.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PART = { id: "lin-runner-part", secret: "lin-runner-secret" };
const SLOT_BYTES_ESP32 = 16;

const { values: flags } = parseArgs({ options: { speed: { type: "string", default: "10" }, minutes: { type: "string", default: "10" } } });
const speed = Number(flags.speed);
const minutes = Number(flags.minutes);

const { moddable, fail, run } = moddableSdk("moddable:run");

interface Creation {
  chunk: { initial: number };
  heap: { initial: number };
  stack: number;
}

/** Builds manifest.json for lin into `out`; `creation` overrides the lin platform's heap sizes. */
function build(out: string, creation?: Creation): string {
  let manifest = join(root, "manifest.json");
  mkdirSync(out, { recursive: true });
  if (creation) {
    // A manifest of its own that includes ours: its lin creation wins over the one it includes.
    manifest = join(out, "manifest.json");
    writeFileSync(manifest, JSON.stringify({ include: [join(root, "manifest.json")], platforms: { lin: { creation } } }, null, "\t"));
  }
  run("mcconfig", ["-m", "-p", "lin", "-o", out, manifest]);
  const library = run("find", [out, "-name", "mc.so"]).trim().split("\n")[0];
  if (!library) fail(`mcconfig built no mc.so in ${out}`);
  return library;
}

function launcher(out: string): string {
  const binary = join(out, "launcher");
  const glib = run("pkg-config", ["--cflags", "--libs", "glib-2.0"]).trim().split(/\s+/);
  run("cc", ["-DmxLinux=1", "-O2", `-I${join(moddable, "build", "simulators", "modules")}`, join(root, "hosts", "moddable-lin", "launcher.c"), "-o", binary, ...glib, "-ldl"]);
  return binary;
}

type Report = { report: string; [field: string]: unknown };

interface RunResult {
  start: Report;
  host: Report;
  boot?: Report;
  /** Absent when the runtime stopped first: `aborted` says why. */
  end?: Report;
  aborted?: string;
  rounds: Report[];
  logs: Report[];
  calls: number;
  callErrors: string[];
  stored: number;
}

/** Runs `config` in the build at `library` for `minutes` virtual minutes, with a client calling GetReadings. */
async function runConfig(library: string, binary: string, config: string, sensor: string): Promise<RunResult> {
  const cloud = await startLocalCloud({ parts: [{ ...PART, config: JSON.parse(config) }] });
  const port = await freePort();
  const child = spawn(binary, [library], {
    env: {
      ...process.env,
      VIAM_LIN_CONFIG: config,
      VIAM_LIN_CREDENTIALS: JSON.stringify({ cloud: { id: PART.id, secret: PART.secret, app_address: cloud.url } }),
      VIAM_LIN_PORT: String(port),
      VIAM_LIN_SPEED: String(speed),
      VIAM_LIN_DURATION_MS: String(minutes * 60_000),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const reports: Report[] = [];
  let aborted: string | undefined;
  const ended = new Promise<void>((done) => {
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (!line.startsWith("{")) return;
      const report = JSON.parse(line) as Report;
      reports.push(report);
      if (report.report === "end") done();
    });
    child.on("exit", (code) => {
      aborted = `exited with ${code}: ${stderr.trim()}`;
      done();
    });
  });
  const booted = () => reports.some((report) => report.report === "boot");
  while (!booted()) {
    await new Promise((done) => setTimeout(done, 50));
    if (child.exitCode !== null) break;
  }

  // A gRPC client, as viam-server would be: one connection, authenticated, reading a sensor until the run ends.
  const peer = new GrpcPeer(port);
  let calls = 0;
  const callErrors: string[] = [];
  let reading = true;
  const client = (async () => {
    if (!booted()) return;
    // A firmware that aborts while the client authenticates drops the connection: the run records
    // the abort, and the runner goes on to the next config.
    try {
      await peer.authenticate(PART.id, "robot-secret", PART.secret);
    } catch (error) {
      callErrors.push(String(error));
      return;
    }
    while (reading) {
      try {
        const answer = await peer.call("/viam.component.sensor.v1.SensorService/GetReadings", new commonApi.GetReadingsRequest({ name: sensor }), commonApi.GetReadingsResponse);
        if (Object.keys(answer.readings).length === 0) callErrors.push("empty readings");
        calls++;
      } catch (error) {
        callErrors.push(String(error));
      }
      await new Promise((done) => setTimeout(done, 200));
    }
  })();
  try {
    await ended;
  } finally {
    reading = false;
    await client.catch((error) => callErrors.push(String(error)));
    peer.close();
    child.kill("SIGTERM");
  }
  const stored = cloud.counts({ partId: PART.id });
  await cloud.close();
  const pick = (kind: string) => reports.filter((report) => report.report === kind);
  return {
    start: pick("start")[0],
    host: pick("host")[0],
    boot: pick("boot")[0],
    end: pick("end")[0],
    ...(aborted !== undefined && pick("end").length === 0 && { aborted }),
    rounds: pick("round"),
    logs: pick("log"),
    calls,
    callErrors,
    stored: stored.reduce((sum, row) => sum + row.count, 0),
  };
}

/** The example machine widened to 20 collectors with fake sensors, one Readings collector each. */
function twentyCollectors(example: string): string {
  type Component = { service_configs?: Array<{ attributes: { capture_methods: unknown[] } }> };
  const config = JSON.parse(example) as { components: Component[] };
  const count = () => config.components.reduce((sum, component) => sum + (component.service_configs?.[0]?.attributes.capture_methods.length ?? 0), 0);
  for (let index = 0; count() < 20; index++) {
    config.components.push({
      name: `fake-${index}`,
      namespace: "rdk",
      type: "sensor",
      model: "fake",
      attributes: {},
      service_configs: [{ type: "data_manager", attributes: { capture_methods: [{ method: "Readings", capture_frequency_hz: 1 }] } }],
    } as unknown as Component);
  }
  return JSON.stringify(config);
}

const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as { platforms: { lin: { creation: Creation }; esp32: { creation: Creation } } };
const esp32 = manifest.platforms.esp32.creation;
const lin = manifest.platforms.lin.creation;
const slotsOf = (heap: unknown) => (heap as { slots: number }).slots;
const chunksOf = (heap: unknown) => (heap as { chunks: number }).chunks;
const chunks32Of = (heap: unknown) => (heap as { chunks32: number }).chunks32;
/** Slots, chunk bytes measured on 64 bits, and the bound of what they take on the board's 32 bits. */
const usage = (heap: unknown) => ({ slots: slotsOf(heap), chunkBytes64: chunksOf(heap), chunkBytes32: chunks32Of(heap) });
/** What the runner's simulated world (board, signals, virtual clock) holds: no board carries it. */
const worldOf = (result: RunResult) => ({
  slots: slotsOf(result.host.heap) - slotsOf(result.start.heap),
  chunkBytes64: chunksOf(result.host.heap) - chunksOf(result.start.heap),
  chunkBytes32: chunks32Of(result.host.heap) - chunks32Of(result.start.heap),
});
const figures = (result: RunResult) => {
  const runtime = usage(result.start.heap);
  if (!result.boot || !result.end) {
    return { aborted: result.aborted, runtime, simulatedWorld: worldOf(result), afterBoot: result.boot && usage(result.boot.heap) };
  }
  const peak = result.end.peak as { slots: number; chunks: number; chunks32: number };
  const collectors = result.end.collectors as Array<{ captured: number; synced: number }>;
  const world = worldOf(result);
  return {
    runtime,
    simulatedWorld: world,
    afterBoot: usage(result.boot.heap),
    syncPeakWithClient: { slots: peak.slots, chunkBytes64: peak.chunks, chunkBytes32: peak.chunks32 },
    slotsOfBudget: round(peak.slots / esp32.heap.initial),
    chunkBytesOfBudgetUpperBound: round(peak.chunks32 / esp32.chunk.initial),
    withoutTheWorld: {
      slotsOfBudget: round((peak.slots - world.slots) / esp32.heap.initial),
      chunkBytesOfBudgetUpperBound: round((peak.chunks32 - world.chunkBytes32) / esp32.chunk.initial),
    },
    collectors: collectors.length,
    captured: collectors.reduce((sum, c) => sum + c.captured, 0),
    synced: collectors.reduce((sum, c) => sum + c.synced, 0),
    storedInCloud: result.stored,
    syncRounds: result.rounds.length,
    getReadingsCalls: result.calls,
    callErrors: result.callErrors.length,
    firstCallErrors: result.callErrors.slice(0, 3),
    errorsLogged: result.logs.filter((log) => log.level === "error").map((log) => log.message),
  };
};
const round = (value: number) => Math.round(value * 1000) / 1000;
const out = join(root, "build", "moddable", "lin");
await writeEsp32Deps(defaultOutDir);
console.log(`building for lin (${lin.heap.initial} slots, ${lin.chunk.initial} chunk bytes, no increments)…`);
const library = build(join(out, "full"));
const binary = launcher(out);
const exampleConfig = readFileSync(join(root, "examples", "config.json"), "utf8");
const configs = { example: exampleConfig, twentyCollectors: twentyCollectors(exampleConfig) };
const results: Record<string, RunResult> = {};
for (const [name, config] of Object.entries(configs)) {
  console.log(`running ${name} for ${minutes} virtual minutes at ${speed}× …`);
  results[name] = await runConfig(library, binary, config, "fake-sensor");
  console.log(JSON.stringify(figures(results[name])));
}

// The goal is a peak within 75 % of the board's heap. The sampled peak can miss what one turn holds
// for a moment, so run again in a heap cut to 75 %, plus what the simulated world holds, which no
// board carries: if the firmware ever needs more, XS aborts.
const world = worldOf(results.example);
const cut: Creation = {
  ...lin,
  heap: { ...lin.heap, initial: Math.floor(0.75 * esp32.heap.initial) + world.slots },
  chunk: { ...lin.chunk, initial: Math.floor(0.75 * lin.chunk.initial) + world.chunkBytes64 },
};
console.log(`building for lin with 75 % of the heap (${cut.heap.initial} slots, ${cut.chunk.initial} chunk bytes)…`);
const cutLibrary = build(join(out, "cut"), cut);
const cutResults: Record<string, RunResult> = {};
for (const [name, config] of Object.entries(configs)) cutResults[name] = await runConfig(cutLibrary, binary, config, "fake-sensor");

const device = {
  measuredAt: new Date().toISOString(),
  runtime: "Moddable SDK 8.2.3, mcconfig -p lin, headless (hosts/moddable-lin/launcher.c)",
  virtualMinutes: minutes,
  speed,
  creation: { esp32: { slots: esp32.heap.initial, chunkBytes: esp32.chunk.initial, slotBytes: SLOT_BYTES_ESP32 }, lin: { slots: lin.heap.initial, chunkBytes: lin.chunk.initial, slotBytes: 32 } },
  chunkScaling:
    "lin chunks are twice the board's: every chunk holds at most as many pointers as bytes / 4 on the ESP32, and a pointer doubles on 64-bit. chunkBytes64 is what the lin build holds. chunkBytes32, which the budget figures use, is an upper bound of the board's: chunks of slots (array items, suspended frames) and of slot pointers (Map and Set tables) at half their 64-bit size, exactly what 32-bit pointers make them, buffers 8 header bytes smaller, and everything else (strings, keys) at its 64-bit size (hosts/moddable-lin/lin-native.c).",
  sampling: "live slots and chunk bytes after a collection at every 10 ms step while a sync round or a client connection is open",
  example: figures(results.example),
  twentyCollectors: figures(results.twentyCollectors),
  in75PercentHeap: Object.fromEntries(Object.entries(cutResults).map(([name, result]) => [name, figures(result)])),
};
mkdirSync(join(root, "bench", "results"), { recursive: true });
writeFileSync(join(root, "bench", "results", "device.json"), `${JSON.stringify(device, null, 2)}\n`);
console.log(JSON.stringify(device, null, 2));
const ran = device.example;
if (!("captured" in ran) || ran.captured === 0 || ran.storedInCloud === 0 || ran.getReadingsCalls === 0 || (ran.callErrors ?? 1) > 0) {
  fail(`the example config did not capture, sync and serve in the fixed heap: ${JSON.stringify(ran)}`);
}
console.log("moddable:run passed → bench/results/device.json");
