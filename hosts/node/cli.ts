// `npm start`: the local cloud and the simulated ESP32 running the firmware in real time, with a
// live status. The board's state (flash.bin, kv.json) lives in --state-dir, so a second run is a
// reboot of the same board; the local cloud keeps its uploads in SQLite there too.

import { randomBytes, randomUUID } from "node:crypto";
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { boot, type Machine } from "../../src/boot.ts";
import { DEFAULT_PORT } from "../../src/rpc/server/rpc-server.ts";
import { formatIssue } from "../../src/config/parse.ts";
import { startLocalCloud, type LocalCloud } from "./cloud/local-cloud.ts";
import { SimulatedDevice } from "./simulated-device.ts";
import { wireExampleWorld } from "../sim/example-world.ts";
import { DEFAULT_FLASH_SIZE } from "./file-flash.ts";
import { renderSleepStatus, renderStartup, renderStatus, summarize, type SleepView } from "./status.ts";
import type { SleepState } from "../../src/sleep/retained-state.ts";
import { StatusScreen } from "./status-screen.ts";
import { errorMessage } from "../../src/error-message.ts";

const usage = `usage: npm start -- [options]
  --config FILE         machine config JSON (default examples/config.json, or examples/deep-sleep.json)
  --deep-sleep          deep-sleep mode: the board sleeps between wakes and its Wi-Fi comes up only to sync
  --state-dir DIR       where the simulated flash, NVS and local cloud data live (default .sim)
  --duration SECONDS    run this long, then shut down cleanly (default: until Ctrl-C)
  --summary FILE        write a final JSON summary per collector on exit
  --offline SECONDS     cut the simulated Wi-Fi for this long after boot
  --status SECONDS      how often the status refreshes (default 1)
  --port N              the board's gRPC server port on localhost (default 12346; 0: any free port)
  --app-address URL     sync to this Viam app instead of the local cloud (with --part-id and --secret)
  --part-id ID
  --secret S
  --help`;

interface Options {
  configPath: string;
  deepSleep: boolean;
  stateDir: string;
  duration?: number;
  summaryPath?: string;
  offline?: number;
  statusEvery: number;
  port: number;
  remote?: { appAddress: string; partId: string; secret: string };
}

function readOptions(): Options | undefined {
  let parsed;
  try {
    parsed = parse();
  } catch (error) {
    fail(errorMessage(error));
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return undefined;
  }
  const remoteFlags = [values["app-address"], values["part-id"], values.secret];
  if (remoteFlags.some((v) => v !== undefined) && remoteFlags.some((v) => v === undefined)) {
    fail("--app-address, --part-id and --secret go together");
  }
  const summaryPath = values.summary === undefined ? undefined : resolve(values.summary);
  if (summaryPath !== undefined) writable("--summary", summaryPath);
  return {
    configPath: resolve(values.config ?? (values["deep-sleep"] ? "examples/deep-sleep.json" : "examples/config.json")),
    deepSleep: values["deep-sleep"],
    stateDir: resolve(values["state-dir"]),
    ...(values.duration !== undefined && { duration: seconds("--duration", values.duration) }),
    ...(summaryPath !== undefined && { summaryPath }),
    ...(values.offline !== undefined && { offline: seconds("--offline", values.offline) }),
    statusEvery: seconds("--status", values.status),
    port: portNumber(values.port),
    ...(values["app-address"] !== undefined && {
      remote: { appAddress: values["app-address"], partId: values["part-id"]!, secret: values.secret! },
    }),
  };
}

function parse() {
  return parseArgs({
    options: {
      config: { type: "string" },
      "deep-sleep": { type: "boolean", default: false },
      "state-dir": { type: "string", default: ".sim" },
      duration: { type: "string" },
      summary: { type: "string" },
      offline: { type: "string" },
      status: { type: "string", default: "1" },
      port: { type: "string", default: String(DEFAULT_PORT) },
      "app-address": { type: "string" },
      "part-id": { type: "string" },
      secret: { type: "string" },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
}

/** Checked before the run, so that a summary that cannot be written fails at once, not at the end. */
function writable(flag: string, path: string): void {
  const dir = dirname(path);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    fail(`${flag} ${path}: the folder ${dir} does not exist or cannot be written`);
  }
  if (existsSync(path) && statSync(path).isDirectory()) fail(`${flag} ${path} is a folder`);
}

/** A file the run needs, named in any error. */
function readText(what: string, path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(`cannot read the ${what} ${path}: ${errorMessage(error)}`);
  }
}

function parseJson(what: string, path: string, text: string): object {
  try {
    return JSON.parse(text) as object;
  } catch (error) {
    throw new Error(`the ${what} ${path} is not valid JSON: ${errorMessage(error)}`);
  }
}

/** The simulated flash must be the capture partition it stands for; a file of another size was cut
 *  short or is not one, and booting on it would silently lose or misread what it holds. */
function checkFlashFile(stateDir: string): void {
  const path = join(stateDir, "flash.bin");
  if (!existsSync(path)) return;
  const size = statSync(path).size;
  if (size !== DEFAULT_FLASH_SIZE) {
    throw new Error(
      `the flash file ${path} holds ${size} bytes, but the capture partition is ${DEFAULT_FLASH_SIZE} bytes ` +
        "(partitions.csv): it was cut short or is not a flash image. Move it away to start with an empty flash.",
    );
  }
}

function seconds(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) fail(`${flag} must be a positive number of seconds, got "${text}"`);
  return value;
}

function portNumber(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > 65535) fail(`--port must be a port number (0 for any free one), got "${text}"`);
  return value;
}

/** The simulated board's listener does not report a failed bind, so a taken port is found first. */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/** Resolves once the server has its port: at once for a fixed one, after the bind for port 0. */
async function bound(machine: Machine): Promise<void> {
  const deadline = Date.now() + 5000;
  while (machine.server?.port === 0) {
    if (Date.now() > deadline) throw new Error("the board's server did not get a port");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function fail(message: string): never {
  // Exits at once: nothing else is running yet.
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

/** A part of the local cloud for this state dir: the same id and secret on every run, so the
 *  board's cached token and config stay valid across restarts. */
function localPart(stateDir: string): { id: string; secret: string } {
  const file = join(stateDir, "local-part.json");
  try {
    return JSON.parse(readFileSync(file, "utf8")) as { id: string; secret: string };
  } catch {
    const part = { id: randomUUID(), secret: randomBytes(24).toString("base64url") };
    writeFileSync(file, `${JSON.stringify(part)}\n`, { mode: 0o600 });
    return part;
  }
}

async function main(): Promise<void> {
  const options = readOptions();
  if (!options) return;
  let configText = readText("config file", options.configPath);
  const configJson = parseJson("config file", options.configPath, configText);
  if (options.deepSleep) configText = JSON.stringify(withDeepSleep(configJson));
  mkdirSync(options.stateDir, { recursive: true });
  checkFlashFile(options.stateDir);
  if (options.port !== 0 && !(await portFree(options.port))) fail(`port ${options.port} is in use: pass --port with another one (0 for any free one)`);

  let cloud: LocalCloud | undefined;
  let credentials: { id: string; secret: string; app_address: string };
  if (options.remote) {
    credentials = { id: options.remote.partId, secret: options.remote.secret, app_address: options.remote.appAddress };
  } else {
    const part = localPart(options.stateDir);
    cloud = await startLocalCloud({
      dbPath: join(options.stateDir, "cloud.sqlite"),
      parts: [{ ...part, config: configJson }],
    });
    credentials = { ...part, app_address: cloud.url };
  }
  const secretFrom = options.remote ? "the secret given with --secret" : `the secret in ${join(options.stateDir, "local-part.json")}`;

  const screen = new StatusScreen({ out: process.stdout });
  const device = new SimulatedDevice<Machine>({
    dir: options.stateDir,
    log: (level, text) => {
      if (level !== "debug") screen.log(`[${level}] ${text}`);
    },
    config: configText,
    credentials: JSON.stringify({ cloud: credentials }),
    boot,
    setup: wireExampleWorld,
    server: { port: options.port },
    ...(options.deepSleep && { wifi: { onDemand: true } }),
  });
  if (options.offline !== undefined) device.board.wifi.down();
  device.start();
  await bound(device.machine);
  process.stdout.write(
    renderStartup(options.configPath, device.machine, cloud ? `local cloud ${cloud.url}` : options.remote!.appAddress, {
      partId: credentials.id,
      secretFrom,
    }),
  );
  for (const issue of device.machine.issues) process.stdout.write(`  ! ${formatIssue(issue)}\n`);
  const wifiBack = options.offline === undefined ? undefined : setTimeout(() => device.board.wifi.up(), options.offline * 1000);

  let lastMachine = device.machine;
  const refresh = () => {
    if (device.running) lastMachine = device.machine;
    if (!options.deepSleep) {
      screen.show(renderStatus(device.machine, device.host.clock.monotonic(), device.board.wifi.connected));
      return;
    }
    screen.show(renderSleepStatus(sleepView(device, cloud, credentials.id)) + (device.running ? `\n${renderStatus(device.machine, device.host.clock.monotonic(), device.board.wifi.connected)}` : ""));
  };
  const statusTimer = setInterval(refresh, options.statusEvery * 1000);

  let stopping = false;
  let durationTimer: NodeJS.Timeout | undefined;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // Every timer of the run goes, the duration's too: a stop by Ctrl-C or SIGTERM must not leave
    // the process waiting for it.
    clearInterval(statusTimer);
    clearTimeout(wifiBack);
    clearTimeout(durationTimer);
    // One last upload of what is buffered, so a clean stop leaves little behind; bounded, because
    // the cloud may be unreachable and unsynced records are dropped at the next boot anyway.
    const lastSync = device.running && !options.deepSleep ? device.machine.sync?.syncNow() : undefined;
    if (lastSync) await Promise.race([lastSync.catch(() => undefined), new Promise((r) => setTimeout(r, 5000).unref())]);
    refresh();
    const summary = summarize(device.running ? device.machine : lastMachine, cloud);
    device.close();
    await cloud?.close();
    if (options.summaryPath) {
      writeFileSync(options.summaryPath, `${JSON.stringify(summary, null, 2)}\n`);
      process.stdout.write(`summary written to ${options.summaryPath}\n`);
    }
    process.stdout.write("stopped cleanly\n");
  };
  const stopAndReport = () => {
    stop().catch((error: unknown) => {
      process.stderr.write(`${errorMessage(error)}\n`);
      process.exitCode = 1;
    });
  };
  process.once("SIGINT", stopAndReport);
  process.once("SIGTERM", stopAndReport);
  if (options.duration !== undefined) durationTimer = setTimeout(stopAndReport, options.duration * 1000);
}

/** The config with deep-sleep mode on, whatever its agent section said. */
function withDeepSleep(config: object): object {
  const agent = (config as { agent?: { advanced_settings?: object } }).agent;
  return { ...config, agent: { ...agent, advanced_settings: { ...agent?.advanced_settings, firmware_mode: "deep_sleep_between_data_syncs" } } };
}

function sleepView(device: SimulatedDevice<Machine>, cloud: LocalCloud | undefined, partId: string): SleepView {
  const awake = device.running ? device.machine : undefined;
  const retained = device.deepSleep.retained;
  const wifi = device.board.wifi;
  return {
    ...(awake && { awake }),
    state: awake?.deepSleep?.state ?? (retained === undefined ? undefined : (JSON.parse(retained) as SleepState)),
    nowMs: device.clock.monotonic(),
    wakeAt: device.deepSleep.wakeAt,
    radio: { on: wifi.radioOn, sessions: wifi.sessions, ms: wifi.radioMs },
    ...(cloud && { cloudReadings: cloud.counts({ partId }).reduce((sum, row) => sum + row.count, 0) }),
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`${errorMessage(error)}\n`);
  // The local cloud may be listening already: exit rather than wait on it.
  process.exit(1);
});
