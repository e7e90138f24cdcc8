// Sync end to end on a good day: the example machine (examples/config.json) on a simulated board in
// virtual time, over real loopback sockets to the local cloud. Everything captured arrives once, in
// capture order, with the metadata Viam's cloud files it by, and with the values that were read.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { boot, type Machine } from "../src/boot.ts";
import type { Collector } from "../src/data/collector.ts";
import { startLocalCloud, type LocalCloud, type StoredUpload } from "../hosts/node/cloud/local-cloud.ts";
import { SimulatedDevice } from "../hosts/node/simulated-device.ts";
import type { VirtualClock } from "../hosts/sim/clock.ts";
import { constant, sine } from "../hosts/sim/signals.ts";

const configText = readFileSync(new URL("../examples/config.json", import.meta.url), "utf8");
const WALL = Date.UTC(2025, 5, 1, 12);
const PART = { id: "e2e-part-0001", secret: "e2e-secret-Jk2", config: JSON.parse(configText) as object };
const light = sine({ offset: 2048, amplitude: 1500, periodMs: 60_000 });
const THERMO_COUNT = 931;
/** Added by sync to every Analogs reading, as viam-server records them; never stored per reading. */
const ANALOG_RANGE = { min_range: 0, max_range: 3.3, step_size: 3.3 / 4095 };
/** GPIO 15 toggles every 3.5 s, starting high at 3.5 s. */
const gpioLevel = (t: number): boolean => Math.floor(t / 3500) % 2 === 1;

const immediate = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("sync end to end (example machine → local cloud)", () => {
  const root = mkdtempSync(join(tmpdir(), "sync-e2e-"));
  let cloud: LocalCloud;
  let device: SimulatedDevice<Machine>;
  const logs: string[] = [];

  const machine = () => device.machine;
  const busy = () => machine().sync?.state.syncing === true || machine().cloudConfig.fetching;

  async function settle(): Promise<void> {
    const guard = Date.now() + 20_000;
    for (let quiet = 0; quiet < 3; ) {
      await immediate();
      quiet = busy() ? 0 : quiet + 1;
      if (Date.now() > guard) throw new Error("a call is still in flight after 20 s of real time");
    }
  }

  /** Virtual time, one timer at a time; whenever a call is on the wire, real time runs until it is done. */
  async function run(ms: number): Promise<void> {
    const world = device.clock as VirtualClock;
    const until = world.monotonic() + ms;
    while (world.runNext(until)) if (busy()) await settle();
    world.advanceTo(until);
    await settle();
  }

  before(async () => {
    cloud = await startLocalCloud({ parts: [PART] });
    device = new SimulatedDevice<Machine>({
      dir: join(root, "device"),
      config: configText,
      credentials: JSON.stringify({ cloud: { id: PART.id, secret: PART.secret, app_address: cloud.url } }),
      virtual: true,
      wall: WALL,
      log: (level, message) => logs.push(`${level}: ${message}`),
      boot,
      setup(board) {
        board.analog(34, light);
        board.analog(35, constant(THERMO_COUNT));
        const rows: Array<[number, 0 | 1]> = [];
        for (let t = 3500, level: 0 | 1 = 1; t < 600_000; t += 3500, level = level ? 0 : 1) rows.push([t, level]);
        board.scriptDigital(15, rows);
        board.scriptDigital(4, [[1000, 1]]);
      },
    });
    device.start();
    await settle();
    await run(120_000);
    // "Sync now" with virtual time standing still takes what the last interval captured too.
    await device.machine.sync?.syncNow();
    await settle();
  });
  after(async () => {
    device.close();
    await cloud.close();
    rmSync(root, { recursive: true, force: true });
  });

  const rowsOf = (collector: Collector): StoredUpload[] =>
    cloud
      .uploads({ partId: PART.id, componentName: collector.componentName, methodName: collector.method })
      .filter((row) => JSON.stringify(row.methodParameters) === JSON.stringify(expectedParameters(collector)));

  function expectedParameters(collector: Collector): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, text] of Object.entries(collector.params)) {
      out[name] = /^\d+$/.test(text)
        ? { "@type": "type.googleapis.com/google.protobuf.Int64Value", value: text }
        : { "@type": "type.googleapis.com/google.protobuf.StringValue", value: text };
    }
    return out;
  }

  it("runs the cloud's config, which is the example's, and syncs without a failure", () => {
    const m = machine();
    assert.deepEqual(m.issues, []);
    assert.equal(m.cloudConfig.source, "cloud");
    assert.equal(m.cloudConfig.reconfigurations, 0);
    assert.equal(m.data.collectors.length, 5);
    const sync = m.sync;
    assert.ok(sync);
    assert.equal(sync.state.lastError, undefined);
    assert.equal(sync.state.consecutiveFailures, 0);
    assert.equal(sync.state.lastSuccessAt, 120_000);
    assert.ok(logs.every((line) => !line.includes(PART.secret)));
  });

  it("every record captured arrives exactly once, in capture order", () => {
    for (const collector of machine().data.collectors) {
      const counters = collector.counters;
      const period = 1000 / collector.hz;
      assert.equal(counters.captured, Math.floor(120_000 / period), collector.name);
      assert.equal(counters.droppedOldest + counters.readErrors + counters.storeErrors + counters.corruptSkipped, 0, collector.name);
      const rows = rowsOf(collector);
      assert.equal(rows.length, counters.captured, `${collector.name}: uploaded`);
      assert.equal(counters.synced, rows.length);
      assert.deepEqual([...collector.readings()], [], `${collector.name}: its ring is empty`);
      rows.forEach((row, i) => {
        assert.equal(row.timeRequestedMs, WALL + (i + 1) * period, `${collector.name}: row ${i}`);
        assert.equal(row.timeReceivedMs, row.timeRequestedMs);
      });
    }
    assert.equal(cloud.duplicates({ partId: PART.id }), 0);
  });

  it("each upload carries the part, component type and name, method, tags and typed method parameters", () => {
    const byKey = new Map<string, StoredUpload[]>();
    for (const row of cloud.uploads({ partId: PART.id })) {
      const key = `${row.componentType} ${row.componentName} ${row.methodName} ${JSON.stringify(row.methodParameters)}`;
      byKey.set(key, [...(byKey.get(key) ?? []), row]);
      assert.deepEqual(row.tags, ["example"]);
    }
    const pin = { "@type": "type.googleapis.com/google.protobuf.Int64Value", value: "15" };
    const reader = (name: string) => ({ reader_name: { "@type": "type.googleapis.com/google.protobuf.StringValue", value: name } });
    assert.deepEqual(
      [...byKey.keys()].sort(),
      [
        `rdk:component:board board Analogs ${JSON.stringify(reader("light"))}`,
        `rdk:component:board board Analogs ${JSON.stringify(reader("thermo"))}`,
        `rdk:component:board board Gpios ${JSON.stringify({ pin_name: pin })}`,
        "rdk:component:sensor fake-sensor Readings {}",
        "rdk:component:sensor temperature Readings {}",
      ].sort(),
    );
    for (const rows of byKey.values()) assert.ok(rows.length > 0);
  });

  it("the values are the ones the board read", () => {
    const collectors = machine().data.collectors;
    const find = (name: string) => collectors.find((c) => c.name.includes(name))!;
    const t = (row: StoredUpload) => row.timeRequestedMs! - WALL;
    for (const row of rowsOf(find("light"))) assert.deepEqual(row.data, { value: Math.round(light(t(row))), ...ANALOG_RANGE });
    for (const row of rowsOf(find("thermo"))) assert.deepEqual(row.data, { value: THERMO_COUNT, ...ANALOG_RANGE });
    const gpio = rowsOf(find("Gpios"));
    for (const row of gpio) assert.deepEqual(row.data, { high: gpioLevel(t(row)) }, `GPIO 15 at ${t(row)}`);
    assert.ok(gpio.some((row) => (row.data as { high: boolean }).high) && gpio.some((row) => !(row.data as { high: boolean }).high));
    const fake = rowsOf(find("fake-sensor"));
    fake.forEach((row, i) => assert.deepEqual(row.data, { readings: { a: i + 1, b: 2.5, c: "3" } }));
    const temperature = rowsOf(find("temperature"));
    const first = temperature[0].data as { readings: Record<string, unknown> };
    assert.ok(Object.keys(first.readings).length > 0);
    for (const row of temperature) assert.deepEqual(row.data, first, "a constant input reads the same temperature");
  });
});
