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

const here = dirname(fileURLToPath(import.meta.url));
const resultsDir = join(here, "results");

function machine() {
  return { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, loadAverage: loadavg() };
}

function xsFigures(): unknown {
  // The XS bench locks its process down (SES), so it runs apart and hands back one JSON line.
  const out = execFileSync(process.execPath, [join(here, "capture-xs.mjs"), "--json"], { encoding: "utf8" });
  const last = out.trim().split("\n").pop() ?? "{}";
  return (JSON.parse(last) as { xs: unknown }).xs;
}

async function main(): Promise<void> {
  const only = new Set(process.argv.slice(2));
  const want = (name: string) => only.size === 0 || only.has(name);
  mkdirSync(resultsDir, { recursive: true });

  if (want("capture")) {
    const capture = {
      measuredAt: new Date().toISOString(),
      machine: machine(),
      bytesPerReading: bytesPerReading(),
      xs: xsFigures(),
      flash: await flashBench(),
      scheduler: await schedulerBench({ seconds: 3 }),
    };
    writeFileSync(join(resultsDir, "capture.json"), `${JSON.stringify(capture, null, 2)}\n`);
    process.stdout.write(`capture → bench/results/capture.json\n${JSON.stringify(capture, null, 2)}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
