// Time to drain a 1 MB backlog to the local cloud on the simulated host (goal: under 30 s). A first
// boot captures offline in virtual time, with the data manager's durable mode, until the rings hold
// 1 MiB of records in flash. A second boot over the same flash runs in real time with credentials for
// the local cloud; the clock starts when "sync now" is called and stops when that round, which covers
// everything present when it began, has been acknowledged. Capture goes on meanwhile, as on a board.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { boot, type Machine } from "../src/boot.ts";
import { startLocalCloud } from "../hosts/node/cloud/local-cloud.ts";
import { SimulatedDevice } from "../hosts/node/simulated-device.ts";
import { sine } from "../hosts/sim/signals.ts";
import { lightAndFakeMachine } from "../test/fixtures/light-and-fake.ts";

const BACKLOG_BYTES = 1024 * 1024;
const GOAL_MS = 30_000;
const FILL_STEP_MS = 60_000;

const machineConfig = lightAndFakeMachine({
  light: { hz: 100, cacheKb: 700 },
  fake: { hz: 20, cacheKb: 500 },
  dataManager: { sync_interval_mins: 0.1, durable: true, tags: ["bench"] },
});

export interface DrainFigures {
  backlog: { flashBytes: number; records: number; capturedOverMs: number };
  drainMs: number;
  uploadedRecords: number;
  uploadedBatches: number;
  recordsPerSecond: number;
  goal: { ms: number };
  met: boolean;
}

export async function syncDrainBench(): Promise<DrainFigures> {
  const part = { id: "bench-drain-part", secret: "bench-drain-secret", config: machineConfig };
  const dir = mkdtempSync(join(tmpdir(), "sync-drain-"));
  const common = {
    dir,
    config: JSON.stringify(machineConfig),
    flashSize: 2 * 1024 * 1024,
    log: () => {},
    boot,
    setup: (board: import("../hosts/sim/board.ts").SimBoard) =>
      board.analog(34, sine({ offset: 2048, amplitude: 1500, periodMs: 60_000 })),
  };
  const cloud = await startLocalCloud({ parts: [part] });
  try {
    // Offline: no credentials, so nothing but capture runs, and virtual time can move in big steps.
    const fill = new SimulatedDevice<Machine>({ ...common, virtual: true, wall: Date.now() - 86_400_000 });
    let capturedOverMs = 0;
    try {
      const machine = fill.start();
      const used = () => machine.data.collectors.reduce((sum, c) => sum + c.counters.bytesUsed, 0);
      while (used() < BACKLOG_BYTES) {
        fill.advance(FILL_STEP_MS);
        capturedOverMs += FILL_STEP_MS;
      }
      for (const c of machine.data.collectors) {
        if (c.counters.droppedOldest > 0) throw new Error(`${c.name}: its ring wrapped while filling`);
      }
    } finally {
      fill.close();
    }

    const drain = new SimulatedDevice<Machine>({
      ...common,
      credentials: JSON.stringify({ cloud: { id: part.id, secret: part.secret, app_address: cloud.url } }),
    });
    try {
      const machine = drain.start();
      const sync = machine.sync;
      if (!sync) throw new Error("the second boot has no sync task");
      let records = 0;
      let flashBytes = 0;
      for (const c of machine.data.collectors) {
        records += [...c.readings()].length;
        flashBytes += c.counters.bytesUsed;
      }
      const started = performance.now();
      await sync.syncNow();
      const drainMs = performance.now() - started;
      if (sync.state.consecutiveFailures !== 0) throw new Error(`sync failed: ${sync.state.lastError}`);
      const stored = cloud.counts({ partId: part.id }).reduce((sum, row) => sum + row.count, 0);
      if (stored < records) throw new Error(`the cloud holds ${stored} records of the ${records} in the backlog`);
      return {
        backlog: { flashBytes, records, capturedOverMs },
        drainMs: Math.round(drainMs),
        uploadedRecords: sync.state.uploadedRecords,
        uploadedBatches: sync.state.uploadedBatches,
        recordsPerSecond: Math.round(sync.state.uploadedRecords / (drainMs / 1000)),
        goal: { ms: GOAL_MS },
        met: drainMs < GOAL_MS,
      };
    } finally {
      drain.close();
    }
  } finally {
    await cloud.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
