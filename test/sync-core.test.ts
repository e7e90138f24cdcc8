// Sync end to end: the firmware on a simulated board, in virtual time, uploading over real loopback
// sockets to the local cloud, which decodes every request with the official schemas and stores
// what it read. Virtual time stands still while a request is on the wire, so between steps the test
// lets the event loop run until no round is in flight.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { startLocalCloud, type LocalCloud, type StoredUpload } from "../hosts/node/cloud/local-cloud.ts";
import { SimulatedDevice } from "../hosts/node/simulated-device.ts";
import { constant } from "../hosts/sim/signals.ts";
import { boot, type Machine } from "../src/boot.ts";
import type { Collector } from "../src/data/collector.ts";
import { DEFAULT_BATCH_BYTES } from "../src/data/sync/sync-task.ts";

const root = mkdtempSync(join(tmpdir(), "sync-core-"));
after(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;

const PART = "part-sync-core";
const SECRET = "sync-core-secret-do-not-log";
const WALL = Date.UTC(2024, 5, 1, 12);

interface ConfigOptions {
  lightHz?: number;
  fakeHz?: number;
  attributes?: Record<string, unknown>;
}

/** A board with one analog reader and one GPIO pin, and a fake sensor: every value of a record is
 *  known from its capture time (Analogs) or its order (the fake sensor's `a`). */
function machineConfig(options: ConfigOptions = {}) {
  return {
    components: [
      {
        name: "board",
        namespace: "rdk",
        type: "board",
        model: "esp32",
        attributes: { pins: [15], analogs: [{ name: "light", pin: 34 }] },
        service_configs: [
          {
            type: "data_manager",
            attributes: {
              capture_methods: [
                { method: "Analogs", capture_frequency_hz: options.lightHz ?? 10, cache_size_kb: 64, additional_params: { reader_name: "light" } },
                { method: "Gpios", capture_frequency_hz: 1, additional_params: { pin_name: "15" } },
              ],
            },
          },
        ],
      },
      {
        name: "fake-sensor",
        namespace: "rdk",
        type: "sensor",
        model: "fake",
        attributes: {},
        service_configs: [
          {
            type: "data_manager",
            attributes: { capture_methods: [{ method: "Readings", capture_frequency_hz: options.fakeHz ?? 2, cache_size_kb: 16 }] },
          },
        ],
      },
    ],
    services: [
      {
        name: "data_manager-1",
        namespace: "rdk",
        type: "data_manager",
        attributes: { sync_interval_mins: 0.1, tags: ["sim", "core"], ...options.attributes },
      },
    ],
    remotes: [],
  };
}

/** host.randomBytes giving one fixed value in [0, 1) as the backoff's random. */
function fixedRandom(value: number) {
  const n = Math.floor(value * 2 ** 32);
  return (count: number) => {
    const bytes = new Uint8Array(count);
    bytes.set([n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
    return bytes;
  };
}

interface Rig {
  cloud: LocalCloud;
  device: SimulatedDevice<Machine>;
  logs: string[];
  machine(): Machine;
  collector(name: string): Collector;
  /** Virtual ms since this boot began. */
  now(): number;
  /** Moves virtual time on in steps, letting every request in flight finish between steps. */
  run(ms: number, stepMs?: number): Promise<void>;
  /** Moves virtual time to `t` (boot ms) in one step, then lets requests finish. */
  runTo(t: number): Promise<void>;
  settle(): Promise<void>;
  uploads(componentName: string, methodName: string): StoredUpload[];
  close(): Promise<void>;
}

async function rig(options: { config?: object; wall?: number; random?: number } = {}): Promise<Rig> {
  const config = options.config ?? machineConfig();
  const cloud = await startLocalCloud({ parts: [{ id: PART, secret: SECRET, config }] });
  const logs: string[] = [];
  const device = new SimulatedDevice<Machine>({
    dir: join(root, `d${dirs++}`),
    config: JSON.stringify(config),
    credentials: JSON.stringify({ cloud: { id: PART, secret: SECRET, app_address: cloud.url } }),
    virtual: true,
    wall: options.wall ?? WALL,
    flashSize: 96 * 4096,
    log: (level, line) => logs.push(`${level} ${line}`),
    boot: (host, bootOptions) =>
      boot(options.random === undefined ? host : { ...host, randomBytes: fixedRandom(options.random) }, bootOptions),
    setup: (board) => board.analog(34, constant(1234)),
  });
  device.start();
  const machine = () => device.machine;
  const settle = async () => {
    const deadline = Date.now() + 10_000;
    do {
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (Date.now() > deadline) throw new Error("a request is still in flight after 10 s of real time");
    } while (machine().sync?.state.syncing || machine().cloudConfig.fetching);
  };
  const r: Rig = {
    cloud,
    device,
    logs,
    machine,
    collector(name) {
      const found = machine().data.collectors.find((c) => c.name === name);
      assert.ok(found, `collector ${name}`);
      return found;
    },
    now: () => device.host.clock.monotonic(),
    async run(ms, stepMs = 500) {
      for (let done = 0; done < ms; done += stepMs) {
        device.advance(Math.min(stepMs, ms - done));
        await settle();
      }
    },
    async runTo(t) {
      device.advance(t - r.now());
      await settle();
    },
    settle,
    uploads: (componentName, methodName) => cloud.uploads({ partId: PART, componentName, methodName }),
    async close() {
      device.close();
      await cloud.close();
    },
  };
  // The first config fetch runs on the first timer turn; let it finish.
  await r.run(0 + 1, 1);
  return r;
}

describe("sync to the local cloud", () => {
  it("delivers everything captured once, in order, with the right metadata", async () => {
    const r = await rig();
    try {
      await r.run(30_000);
      await r.machine().sync!.syncNow();

      const light = r.uploads("board", "Analogs");
      const lightCollector = r.collector("board/Analogs(light)");
      assert.equal(lightCollector.counters.synced, lightCollector.counters.captured);
      assert.equal(light.length, lightCollector.counters.captured);
      assert.ok(light.length >= 290, `${light.length} Analogs records`);
      // 10 Hz from boot: record k was requested at boot + 100 k ms, and the wall clock was set.
      const bootWall = WALL + (r.device.clock.monotonic() - r.now());
      light.forEach((row, i) => {
        assert.equal(row.timeRequestedMs, bootWall + 100 * (i + 1));
        assert.ok(row.timeReceivedMs! >= row.timeRequestedMs!);
        assert.deepEqual(row.data, { value: 1234, min_range: 0, max_range: 3.3, step_size: 3.3 / 4095 });
      });
      const first = light[0]!;
      assert.equal(first.partId, PART);
      assert.equal(first.componentType, "rdk:component:board");
      assert.deepEqual(first.tags, ["sim", "core"]);
      assert.deepEqual(first.methodParameters, { reader_name: { "@type": "type.googleapis.com/google.protobuf.StringValue", value: "light" } });

      const gpio = r.uploads("board", "Gpios");
      assert.equal(gpio.length, r.collector("board/Gpios(15)").counters.captured);
      assert.deepEqual(gpio[0]!.methodParameters, { pin_name: { "@type": "type.googleapis.com/google.protobuf.Int64Value", value: "15" } });

      const fake = r.uploads("fake-sensor", "Readings");
      assert.equal(fake[0]!.componentType, "rdk:component:sensor");
      assert.deepEqual(fake[0]!.methodParameters, {});
      // The fake sensor counts its reads: in order, none missing, none twice.
      const counts = fake.map((row) => (row.data as { readings: { a: number } }).readings.a);
      assert.deepEqual(counts, counts.map((_, i) => counts[0]! + i));
      assert.equal(fake.length, r.collector("fake-sensor/Readings").counters.captured);

      assert.equal(r.cloud.duplicates(), 0);
      const state = r.machine().sync!.state;
      assert.equal(state.consecutiveFailures, 0);
      assert.equal(state.uploadedRecords, light.length + gpio.length + fake.length);
      // Each collector's records reached the cloud within about one sync interval of capture.
      assert.ok(state.uploadedBatches >= 3 * 5, `${state.uploadedBatches} batches over 30 s at 6 s`);
      for (const collector of r.machine().data.collectors) assert.equal(collector.counters.bytesUsed, 0, collector.name);
      assert.ok(!r.logs.some((line) => line.includes(SECRET)));
    } finally {
      await r.close();
    }
  });

  it("splits a backlog into uploads of at most 8,000 bytes, still in order and once", async () => {
    const r = await rig({ config: machineConfig({ lightHz: 50, attributes: { sync_interval_mins: 60 } }) });
    try {
      await r.run(60_000, 2_000);
      assert.equal(r.uploads("board", "Analogs").length, 0, "the interval is an hour");
      await r.machine().sync!.syncNow();
      const light = r.uploads("board", "Analogs");
      assert.equal(light.length, r.collector("board/Analogs(light)").counters.captured);
      assert.equal(light.length, 3000);
      const batches = new Map<number, number>();
      for (const row of light) batches.set(row.batchId, (batches.get(row.batchId) ?? 0) + 1);
      // An Analogs SensorData of this size takes 32 bytes framed (timestamps, a one-field Struct).
      assert.ok(batches.size >= Math.ceil((3000 * 32) / DEFAULT_BATCH_BYTES), `${batches.size} batches`);
      for (const count of batches.values()) assert.ok(count * 32 <= DEFAULT_BATCH_BYTES, `a batch of ${count} records`);
      for (let i = 1; i < light.length; i++) assert.ok(light[i]!.timeRequestedMs! > light[i - 1]!.timeRequestedMs!);
      assert.equal(r.cloud.duplicates(), 0);
    } finally {
      await r.close();
    }
  });

  it("deletes records only after the cloud acknowledged them: a failed upload keeps them", async () => {
    const r = await rig({ config: machineConfig({ attributes: { sync_interval_mins: 60 } }) });
    try {
      await r.run(10_000);
      const light = r.collector("board/Analogs(light)");
      const before = [...light.readings()].map((reading) => reading.cursor);
      assert.equal(before.length, 100);

      r.cloud.faults.next("unavailable", 1);
      await r.machine().sync!.syncNow();
      let state = r.machine().sync!.state;
      assert.equal(state.consecutiveFailures, 1);
      assert.match(state.lastError ?? "", /UNAVAILABLE/);
      assert.deepEqual([...light.readings()].map((reading) => reading.cursor), before, "nothing was deleted");
      assert.equal(light.counters.synced, 0);

      r.cloud.faults.next("http503", 1);
      await r.machine().sync!.syncNow();
      state = r.machine().sync!.state;
      assert.equal(state.consecutiveFailures, 2);
      assert.deepEqual([...light.readings()].map((reading) => reading.cursor), before);

      await r.machine().sync!.syncNow();
      assert.equal(r.machine().sync!.state.consecutiveFailures, 0);
      assert.equal([...light.readings()].length, 0, "acknowledged, then deleted");
      assert.equal(light.counters.synced, 100);
      assert.equal(r.uploads("board", "Analogs").length, 100);
      assert.equal(r.cloud.duplicates(), 0);
    } finally {
      await r.close();
    }
  });

  it("retries on the exact backoff schedule, never early, and resets after a success", async () => {
    // random 0.5: each delay is 3/4 of the nominal 1 s, 2 s, 4 s, ... capped at 1 h.
    const r = await rig({ config: machineConfig({ lightHz: 1, fakeHz: 0.1 }), random: 0.5 });
    try {
      r.cloud.faults.next("unavailable", Infinity);
      const sync = r.machine().sync!;
      await r.runTo(sync.state.nextAttemptAt);
      assert.equal(sync.state.consecutiveFailures, 1);
      const delays: number[] = [];
      while (sync.state.consecutiveFailures < 14) {
        const failures: number = sync.state.consecutiveFailures;
        const due = sync.state.nextAttemptAt;
        delays.push(sync.state.backoffMs);
        assert.equal(due - r.now(), sync.state.backoffMs, "the next attempt is one backoff after this one");
        await r.runTo(due - 1);
        assert.equal(sync.state.consecutiveFailures, failures, "no attempt before the backoff ends");
        await r.runTo(due);
        assert.equal(sync.state.consecutiveFailures, failures + 1, "an attempt when it ends");
      }
      assert.deepEqual(delays, [750, 1500, 3000, 6000, 12000, 24000, 48000, 96000, 192000, 384000, 768000, 1536000, 2700000]);
      assert.equal(sync.state.backoffMs, 2_700_000);
      assert.equal(r.uploads("board", "Analogs").length, 0);

      r.cloud.faults.clear();
      await r.runTo(sync.state.nextAttemptAt);
      assert.equal(sync.state.consecutiveFailures, 0);
      assert.equal(sync.state.backoffMs, 0);
      assert.equal(sync.state.nextAttemptAt - r.now(), 6_000, "healthy again: the next round one interval on");
      assert.equal(sync.state.lastSuccessAt, r.now());
      const light = r.collector("board/Analogs(light)");
      assert.equal(r.uploads("board", "Analogs").length, light.counters.synced);
      assert.ok(light.counters.synced > 0);

      r.cloud.faults.next("unavailable", 1);
      await r.runTo(sync.state.nextAttemptAt);
      assert.equal(sync.state.backoffMs, 750, "the sequence starts over");
    } finally {
      await r.close();
    }
  });

  it("with sync_disabled, nothing is uploaded and the records stay in flash", async () => {
    const r = await rig({ config: machineConfig({ attributes: { sync_disabled: true } }) });
    try {
      assert.equal(r.machine().sync, undefined);
      await r.run(30_000, 1_000);
      assert.equal(r.cloud.uploads().length, 0);
      const light = r.collector("board/Analogs(light)");
      assert.equal([...light.readings()].length, light.counters.captured);
      assert.equal(light.counters.captured, 300);
    } finally {
      await r.close();
    }
  });

  it("syncNow uploads at once, and calls made during a round share one follow-up round", async () => {
    const r = await rig({ config: machineConfig({ attributes: { sync_interval_mins: 60 } }) });
    try {
      await r.run(5_000);
      assert.equal(r.cloud.uploads().length, 0);
      const sync = r.machine().sync!;
      const first = sync.syncNow();
      const second = sync.syncNow();
      const third = sync.syncNow();
      assert.equal(second, third, "one follow-up round for every call made meanwhile");
      await Promise.all([first, second, third]);
      assert.equal(sync.state.syncing, false);
      assert.equal(r.uploads("board", "Analogs").length, 50);
      assert.equal(r.cloud.duplicates(), 0);
      assert.equal(sync.state.nextAttemptAt - r.now(), 3_600_000, "the regular schedule goes on from the last round");
    } finally {
      await r.close();
    }
  });

  it("holds records captured before the clock was set, then uploads them at their true wall times", async () => {
    const r = await rig({ config: machineConfig(), wall: 0 });
    try {
      await r.run(20_000);
      assert.equal(r.uploads("board", "Analogs").length, 0, "no bogus times go out");
      const light = r.collector("board/Analogs(light)");
      assert.equal([...light.readings()].length, 200);
      assert.ok([...light.readings()].every((reading) => reading.monotonic));

      // SNTP sets the clock 20 s after boot.
      const setAt = r.now();
      const sntp = WALL + 3_600_000;
      r.device.clock.setWall(sntp);
      await r.run(10_000);
      await r.machine().sync!.syncNow();

      const rows = r.uploads("board", "Analogs");
      assert.equal(rows.length, light.counters.captured);
      assert.equal(rows.length, 300);
      // Record k was captured k * 100 ms after boot, whichever clock it was stamped with.
      rows.forEach((row, i) => assert.equal(row.timeRequestedMs, sntp - setAt + 100 * (i + 1)));
      assert.equal(light.counters.droppedUntimed, 0);
      assert.equal(r.cloud.duplicates(), 0);
    } finally {
      await r.close();
    }
  });

  it("drops (and counts) untimed records of an earlier boot kept by durable mode, and uploads this boot's", async () => {
    const config = machineConfig({ attributes: { durable: true } });
    const r = await rig({ config, wall: 0 });
    try {
      await r.run(10_000);
      const firstBoot = r.collector("board/Analogs(light)").counters.captured;
      assert.equal(firstBoot, 100);
      r.device.restart();
      await r.run(6_000);
      const light = r.collector("board/Analogs(light)");
      assert.ok(light.earlierBootsUpTo >= 0);
      assert.equal(light.counters.droppedUntimed, firstBoot, "dropped as soon as sync saw them");
      assert.equal(r.uploads("board", "Analogs").length, 0);
      assert.equal([...light.readings()].length, 60, "this boot's records wait for the clock");

      const setAt = r.now();
      r.device.clock.setWall(WALL);
      await r.machine().sync!.syncNow();
      const rows = r.uploads("board", "Analogs");
      assert.equal(rows.length, 60);
      rows.forEach((row, i) => assert.equal(row.timeRequestedMs, WALL - setAt + 100 * (i + 1)));
      assert.ok(r.logs.some((line) => /deleted 100 record\(s\) captured before the clock was set in an earlier boot/.test(line)));
    } finally {
      await r.close();
    }
  });

  it("a power cut drops the board's connections; the next boot syncs again", async () => {
    const r = await rig();
    try {
      await r.run(7_000);
      assert.ok(r.device.sockets.openCount > 0, "the keep-alive connection is open");
      const sockets = r.device.sockets;
      r.device.powerCut();
      assert.equal(sockets.openCount, 0, "the old boot's sockets died with it");
      await r.run(1);
      await r.run(7_000);
      assert.ok(r.machine().sync!.state.uploadedRecords > 0);
      assert.equal(r.machine().sync!.state.consecutiveFailures, 0);
    } finally {
      await r.close();
    }
  });
});
