// `npm start`: the simulated ESP32 running the firmware in real time, with a live status line per
// collector. The board's state (flash.bin, kv.json) lives in --state-dir, so a second run is a reboot.

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { boot, type Machine } from "../../src/boot.ts";
import { formatIssue } from "../../src/config/parse.ts";
import { SimulatedDevice } from "./simulated-device.ts";
import { wireExampleWorld } from "./example-world.ts";
import { renderStatus, renderStartup } from "./status.ts";

const usage = `usage: npm start -- [options]
  --config FILE       machine config JSON (default examples/config.json)
  --state-dir DIR     where the simulated flash and NVS live (default .sim)
  --duration SECONDS  run this long, then shut down cleanly (default: until Ctrl-C)
  --status SECONDS    how often the status refreshes (default 1)
  --help`;

function main(): void {
  const { values } = parseArgs({
    options: {
      config: { type: "string", default: "examples/config.json" },
      "state-dir": { type: "string", default: ".sim" },
      duration: { type: "string" },
      status: { type: "string", default: "1" },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const duration = values.duration === undefined ? undefined : positiveNumber("--duration", values.duration);
  const statusEvery = positiveNumber("--status", values.status);
  const configPath = resolve(values.config);
  const config = readFileSync(configPath, "utf8");

  const device = new SimulatedDevice<Machine>({
    dir: resolve(values["state-dir"]),
    config,
    boot,
    setup: wireExampleWorld,
  });
  device.start();
  const machine = device.machine;
  process.stdout.write(renderStartup(configPath, machine));
  for (const issue of machine.issues) process.stdout.write(`  ! ${formatIssue(issue)}\n`);

  const live = process.stdout.isTTY === true;
  let lines = 0;
  const refresh = () => {
    const text = renderStatus(device.machine);
    if (live && lines > 0) process.stdout.write(`\x1b[${lines}A\x1b[J`);
    process.stdout.write(text);
    lines = text.split("\n").length - 1;
  };
  const statusTimer = setInterval(refresh, statusEvery * 1000);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    clearInterval(statusTimer);
    refresh();
    device.close();
    process.stdout.write("stopped cleanly\n");
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  if (duration !== undefined) setTimeout(stop, duration * 1000).unref();
}

function positiveNumber(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    process.stderr.write(`${flag} must be a positive number of seconds, got "${text}"\n${usage}\n`);
    process.exit(2);
  }
  return value;
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
