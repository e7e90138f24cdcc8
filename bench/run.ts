// `npm run bench`: runs every benchmark on this machine, prints the figures, and writes them to
// bench/results/<area>.json. Figures are measured, never edited; ratios come from one run.

import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bytesPerReading } from "./capture-bytes.ts";
import { schedulerBench } from "./capture-scheduler.ts";
import { flashBench } from "./store-flash.ts";
import { integrityCampaign } from "./integrity.ts";
import { powerBench } from "./power.ts";
import { serverBench } from "./server-h2load.ts";
import { serverFuzzBench } from "./server-fuzz.ts";
import { syncDrainBench } from "./sync-drain.ts";
import { syncWireBench } from "./sync-wire.ts";
import { errorStack } from "../src/error-message.ts";

const here = dirname(fileURLToPath(import.meta.url));
const resultsDir = join(here, "results");

function machine() {
  return { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, loadAverage: loadavg() };
}

function xsFigures(script: string): unknown {
  // The XS benches lock their process down (SES), so each runs apart and hands back one JSON line.
  const out = execFileSync(process.execPath, [join(here, script), "--json"], { encoding: "utf8" });
  const last = out.trim().split("\n").pop() ?? "{}";
  return (JSON.parse(last) as { xs: unknown }).xs;
}

function write(area: string, figures: object): void {
  const result = { measuredAt: new Date().toISOString(), machine: machine(), ...figures };
  writeFileSync(join(resultsDir, `${area}.json`), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${area} → bench/results/${area}.json\n${JSON.stringify(result, null, 2)}\n`);
}

async function main(): Promise<void> {
  const only = new Set(process.argv.slice(2));
  const want = (name: string) => only.size === 0 || only.has(name);
  mkdirSync(resultsDir, { recursive: true });

  if (want("capture")) {
    write("capture", {
      bytesPerReading: bytesPerReading(),
      xs: xsFigures("capture-xs.mjs"),
      flash: await flashBench(),
      scheduler: await schedulerBench({ seconds: 3 }),
    });
  }
  if (want("integrity")) {
    const started = Date.now();
    const report = integrityCampaign({ seed: 20261204, damages: 100_000, cuts: 10_000 });
    write("integrity", { ...report, seconds: Math.round((Date.now() - started) / 1000) });
  }
  if (want("sync")) {
    write("sync", {
      wire: await syncWireBench(),
      drain: await syncDrainBench(),
      xs: xsFigures("sync-xs.mjs"),
    });
  }
  if (want("power")) await power();
  if (want("server")) {
    write("server", {
      ...(await serverBench()),
      xs: xsFigures("server-xs.mjs"),
      fuzz: await serverFuzzBench(),
    });
  }
}

async function power(): Promise<void> {
  const figures = await powerBench();
  write("power", figures);
  if (!figures.met) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${errorStack(error)}\n`);
  process.exitCode = 1;
});
