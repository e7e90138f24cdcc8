// A real viam-server (built from go.viam.com/rdk by .ci/run) adds `npm start`'s simulated board as a
// remote part from a local config file, with no cloud, and captures from it with the remote's
// `service_configs` exactly as Viam's data management docs write them. Then: viam-server lists the
// board's resources, a client reads the board through viam-server, the capture files hold the
// board's readings at the configured rate, and after the board restarts viam-server reconnects and
// capture resumes, with nothing in its log about the remote, reflection or the frame system.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { BoardClient, RobotClient, SensorClient } from "@viamrobotics/sdk";
import { BoardProcess, freePort } from "./board-process.ts";
import { readCaptureDir, type CaptureFile, type CaptureRecord } from "./capture-file.ts";
import { insideLoopbackNamespace, runInLoopbackNamespace } from "./loopback-only.ts";
import { viamServerPath } from "./peer-tools.ts";

const REMOTE = "esp32";
const HZ = 2;
// The thermo reader has a rate of its own. rdk keeps the capture files of one resource and method in
// one directory, names each by the microsecond its collector first writes, and opens it to append:
// two Analogs collectors at one rate write their first readings within a millisecond or so, and in
// the same microsecond they share one file (test/capture-file.test.ts). At 2.5 Hz thermo's first
// reading comes 100 ms before light's.
const THERMO_HZ = 2.5;

let dir = "";
let captureDir = "";
let board: BoardProcess;
let server: ChildProcess | undefined;
let serverLog = "";
let serverExited: Promise<unknown> | undefined;

/** The config in Viam's documented shape: the remote, and capture of its resources by full name. */
function config(boardPort: number, serverPort: number, secret: string): object {
  const boardName = `rdk:component:board/board`;
  return {
    network: { bind_address: `localhost:${serverPort}` },
    remotes: [
      {
        name: REMOTE,
        address: `localhost:${boardPort}`,
        insecure: true,
        auth: { credentials: { type: "robot-location-secret", payload: secret } },
        // With a frame, viam-server also asks the board for its frame system.
        frame: { parent: "world" },
        service_configs: [
          {
            type: "data_manager",
            attributes: {
              capture_methods: [
                { name: boardName, method: "Analogs", capture_frequency_hz: HZ, additional_params: { reader_name: "light" }, disabled: false },
                { name: boardName, method: "Analogs", capture_frequency_hz: THERMO_HZ, additional_params: { reader_name: "thermo" }, disabled: false },
                { name: boardName, method: "Gpios", capture_frequency_hz: HZ, additional_params: { pin_name: "15" }, disabled: false },
              ],
            },
          },
          // One entry per resource: viam-server gives all of an entry's methods to the resource its
          // first method names (rdk services/datamanager AssociatedConfig.Link).
          {
            type: "data_manager",
            attributes: {
              capture_methods: [{ name: "rdk:component:sensor/temperature", method: "Readings", capture_frequency_hz: HZ, disabled: false }],
            },
          },
        ],
      },
    ],
    services: [
      {
        name: "parent-data-manager",
        namespace: "rdk",
        type: "data_manager",
        attributes: { capture_dir: captureDir, sync_disabled: true, sync_interval_mins: 0.1, tags: [] },
      },
    ],
  };
}

/** The SDK's GetOperations heartbeat outlives disconnect(); its timers are unreferenced so that it
 *  cannot hold the run. The test's own waits use node:timers/promises, which that does not touch. */
const realSetTimeout = globalThis.setTimeout;

/** Polls until `check` resolves truthy; returns how long that took. */
async function until(check: () => Promise<boolean>, what: string, ms: number): Promise<number> {
  const started = Date.now();
  let last: unknown;
  for (;;) {
    if (await check().catch((error: unknown) => ((last = error), false))) return Date.now() - started;
    if (Date.now() - started >= ms) {
      const log = serverLog.split("\n").filter((line) => /remote|esp32|ERROR|WARN|serving/.test(line));
      assert.fail(`timed out after ${ms} ms waiting for ${what} (last error: ${String(last)})\n--- viam-server log ---\n${log.join("\n").slice(-8000)}`);
    }
    await delay(100);
  }
}

let serverPort = 0;

async function dialServer(): Promise<RobotClient> {
  const robot = new RobotClient();
  await robot.dial({ host: `http://localhost:${serverPort}`, noReconnect: true, disableSessions: true });
  return robot;
}

function defineTests(): void {
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "viam-server-"));
    captureDir = join(dir, "capture");
    board = new BoardProcess({ port: await freePort(), stateDir: join(dir, "board") });
    serverPort = await freePort();
    globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => realSetTimeout(...args).unref()) as typeof setTimeout;
  });

  after(async () => {
    globalThis.setTimeout = realSetTimeout;
    server?.kill("SIGKILL");
    await board?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("viam-server adds the board as a remote, reads it, captures from it, and reconnects after a restart", { timeout: 180_000 }, async () => {
    const binary = viamServerPath();
    await board.start();
    const configPath = join(dir, "viam.json");
    writeFileSync(configPath, JSON.stringify(config(board.port, serverPort, board.part.secret), null, 2));

    const started = Date.now();
    server = spawn(binary, ["-config", configPath, "-disable-mdns"], { cwd: dir, env: { ...process.env, HOME: dir }, stdio: ["ignore", "pipe", "pipe"] });
    server.stdout!.setEncoding("utf8").on("data", (chunk: string) => (serverLog += chunk));
    server.stderr!.setEncoding("utf8").on("data", (chunk: string) => (serverLog += chunk));
    serverExited = new Promise((done) => server!.once("exit", done));

    // 1. The remote is added within 10 s of viam-server's start, its resources under the remote's name.
    let robot: RobotClient | undefined;
    await until(async () => serverLog.includes(`"url":"http://127.0.0.1:${serverPort}"`), "viam-server to serve", 10_000);
    await until(
      async () => {
        robot ??= await dialServer();
        const listed = await robot.resourceNames();
        const names = listed.map((name) => `${name.type}:${name.subtype}/${name.name}`);
        if (!names.includes("component:board/board")) throw new Error(`resource names so far: ${names.join(", ")}`);
        return true;
      },
      "the remote's board in viam-server's resource names",
      10_000 - (Date.now() - started) + 5_000,
    );
    const addedAfter = Date.now() - started;
    // ResourceNames carries the board's names as they are, without the remote's: rdk 0.130 keeps
    // the remote out of the proto's name (its log calls them rdk:component:board/esp32:board).
    const names = (await robot!.resourceNames()).map((name) => `${name.type}:${name.subtype}/${name.name}`);
    for (const name of ["component:board/board", "component:sensor/temperature", "component:sensor/fake-sensor", "service:data_manager/data_manager-1"]) {
      assert.ok(names.includes(name), `${name} in ${names.join(", ")}`);
    }
    assert.ok(addedAfter < 10_000, `the remote was added ${addedAfter} ms after viam-server started`);

    // 2. A client of viam-server reads the board through it.
    const remoteBoard = new BoardClient(robot!, "board");
    const light = await remoteBoard.readAnalogReader("light");
    assert.ok(light.value >= 548 && light.value <= 3548, `light ${light.value} is on the example world's sine`);
    assert.equal(typeof (await remoteBoard.getGPIO("15")), "boolean");
    const readings = await new SensorClient(robot!, "temperature").getReadings();
    assert.ok(Math.abs((readings.temperature_celsius as number) - 25) < 2, JSON.stringify(readings));

    // viam-server's frame system holds the remote's world: it asked the board for its frame system
    // (the remote has a `frame`) and got the empty one of a part with no frames.
    const frames = await robot!.frameSystemConfig([]);
    assert.deepEqual(
      frames.map((part) => part.frame?.referenceFrame),
      [`${REMOTE}_world`],
    );

    // 3. Capture runs for a while, then the board loses power and comes back on the same address.
    await delay(12_000);
    const killedAt = Date.now();
    await board.kill();
    await delay(3_000);
    await board.start();
    const restartedAt = Date.now();
    const reconnectMs = await until(
      // viam-server stays up, and so does this client's connection to it.
      async () => (await remoteBoard.readAnalogReader("light")).value > 0,
      "viam-server to reach the restarted board",
      30_000,
    );
    await delay(8_000);
    await robot!.disconnect();

    // A clean stop closes the capture files: rdk flushes each and renames it from .prog to .capture.
    server.kill("SIGTERM");
    await serverExited;
    server = undefined;

    // 4. The capture files: names, parameters, values and rate. The reader takes every record whole
    // or fails; of a file still in progress it would drop a last record cut short (counted below).
    const files = await readCaptureDir(captureDir);
    const byCollector = new Map<string, { file: CaptureFile; records: CaptureRecord[] }>();
    for (const file of files) {
      const key = `${file.componentType} ${file.componentName} ${file.method} ${JSON.stringify(file.parameters)}`;
      const entry = byCollector.get(key) ?? { file, records: [] };
      entry.records.push(...file.records);
      byCollector.set(key, entry);
    }
    const fileFigures = {
      files: files.length,
      inProgress: files.filter((file) => file.path.endsWith(".prog")).length,
      truncatedTailBytes: files.reduce((sum, file) => sum + file.truncatedTail, 0),
    };
    const collector = (type: string, method: string, parameters: Record<string, string>) => {
      // The board's own component names: viam-server records remote resources by their short name.
    const key = `${type} ${type === "rdk:component:board" ? "board" : "temperature"} ${method} ${JSON.stringify(parameters)}`;
      const found = byCollector.get(key);
      assert.ok(found, `a capture of ${key}; found ${[...byCollector.keys()].join(" | ")}`);
      return found.records.sort((a, b) => a.requested - b.requested);
    };
    const lightRecords = collector("rdk:component:board", "Analogs", { reader_name: "light" });
    const thermoRecords = collector("rdk:component:board", "Analogs", { reader_name: "thermo" });
    const gpioRecords = collector("rdk:component:board", "Gpios", { pin_name: "15" });
    const readingsRecords = collector("rdk:component:sensor", "Readings", {});
    assert.equal(byCollector.size, 4, [...byCollector.keys()].join(" | "));

    const figures: Record<string, unknown> = { addedAfterMs: addedAfter, reconnectMs, ...fileFigures };
    const captured = { light: [lightRecords, HZ], thermo: [thermoRecords, THERMO_HZ], gpio15: [gpioRecords, HZ], temperature: [readingsRecords, HZ] } as const;
    for (const [name, [records, hz]] of Object.entries(captured)) {
      // Before the power cut: 10 s or more at the configured rate, within 5 %.
      const first = records.filter((record) => record.requested < killedAt);
      assert.ok(first.length >= 10 * hz, `${name}: ${first.length} records before the restart`);
      const seconds = (first.at(-1)!.requested - first[0].requested) / 1000;
      const rate = (first.length - 1) / seconds;
      assert.ok(Math.abs(rate - hz) / hz <= 0.05, `${name}: ${rate.toFixed(3)} Hz over ${seconds.toFixed(1)} s`);
      // After it: capture resumed.
      const resumed = records.filter((record) => record.requested > restartedAt);
      assert.ok(resumed.length >= 4 * hz, `${name}: ${resumed.length} records after the restart`);
      figures[name] = { before: first.length, rateHz: Number(rate.toFixed(3)), after: resumed.length };
    }

    // The values are the simulated board's: the light sensor follows the example world's sine
    // (2048 + 1500 sin(2πt / 60 s)) with one phase per boot, the TMP36 sits at 0.75 V (about 931
    // counts, 25 °C), and GPIO 15 is a square wave of 7 s.
    for (const record of [...lightRecords, ...thermoRecords]) {
      const data = record.data as { value: number; min_range: number; max_range: number; step_size: number };
      assert.equal(data.min_range, 0);
      assert.ok(data.max_range > 3 && data.max_range < 3.5, JSON.stringify(data));
      assert.ok(data.step_size > 0);
    }
    for (const segment of [lightRecords.filter((r) => r.requested < killedAt), lightRecords.filter((r) => r.requested > restartedAt)]) {
      assert.ok(sineResidual(segment) < 40, `light values do not follow the simulated sine (residual ${sineResidual(segment).toFixed(1)})`);
    }
    for (const record of thermoRecords) assert.ok(Math.abs((record.data as { value: number }).value - 931) < 40, JSON.stringify(record.data));
    const levels = gpioRecords.map((record) => (record.data as { high: boolean }).high);
    assert.ok(levels.includes(true) && levels.includes(false), "GPIO 15 is seen both high and low");
    for (const record of readingsRecords) {
      const celsius = (record.data as { readings: { temperature_celsius: number } }).readings.temperature_celsius;
      assert.ok(Math.abs(celsius - 25) < 2, JSON.stringify(record.data));
    }
    console.log(`viam-server capture figures: ${JSON.stringify(figures)}`);

    // 5. The log: every warning and error is one of the expected kinds, and none is about the remote,
    // reflection or the frame system. Expected: the network checks (this namespace has no network),
    // the motion planner missing from this static build, sync being off without a cloud, and, while
    // the board is away, failed capture reads: Unavailable, then one Unauthenticated per collector
    // once it is back (its tokens lived in RAM; viam-server's client authenticates again at once).
    const reconnectedAt = restartedAt + reconnectMs;
    const unexpected = serverLog.split("\n").filter((line) => {
      if (!/\t(ERROR|WARN)\t/.test(line)) return false;
      if (/\trdk\.network-checks|\tstartup-profile\t.*nlopt|robot is not cloud managed/.test(line)) return false;
      const at = Date.parse(line.slice(0, line.indexOf("\t")));
      const outage = at >= killedAt && at <= reconnectedAt + 1_000;
      return !(outage && /error while capturing data: .*code = (Unavailable|Unauthenticated)/.test(line));
    });
    assert.deepEqual(unexpected, [], "viam-server logged unexpected warnings or errors");
    assert.match(serverLog, new RegExp(`successfully \\(re\\)connected to remote at address.*localhost:${board.port}`));
  });
}

if (insideLoopbackNamespace()) defineTests();
else runInLoopbackNamespace(fileURLToPath(import.meta.url), 240_000);

/**
 * How far the readings are from the example world's sine, with the phase (the board's boot time)
 * fitted: the mean absolute difference in ADC counts at the best phase.
 */
function sineResidual(records: CaptureRecord[]): number {
  let best = Infinity;
  for (let phaseMs = 0; phaseMs < 60_000; phaseMs += 50) {
    let total = 0;
    for (const record of records) {
      const expected = 2048 + 1500 * Math.sin((2 * Math.PI * (record.requested - phaseMs)) / 60_000);
      total += Math.abs((record.data as { value: number }).value - expected);
    }
    best = Math.min(best, total / records.length);
  }
  return best;
}
