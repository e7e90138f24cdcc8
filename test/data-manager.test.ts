import { test } from "node:test";
import assert from "node:assert/strict";
import { VirtualClock } from "../hosts/sim/clock.ts";
import { SimBoard } from "../hosts/sim/board.ts";
import { SimFlash, SimFlashStorage } from "../hosts/sim/flash.ts";
import { MemoryKeyValue } from "../hosts/sim/key-value.ts";
import { createMemoryHost } from "../hosts/sim/memory-host.ts";
import { SimSht3x } from "../hosts/sim/devices/sht3x.ts";
import { SimMpu6050 } from "../hosts/sim/devices/mpu6050.ts";
import { parseMachineConfig } from "../src/config/parse.ts";
import type { ConfigIssue } from "../src/config/types.ts";
import { buildResources } from "../src/resources/build.ts";
import { DataManager } from "../src/data/data-manager.ts";
import type { Collector } from "../src/data/collector.ts";
import { ERROR_LOG_INTERVAL_MS } from "../src/data/collector.ts";
import { collectorOwner } from "../src/data/collector-identity.ts";
import { sensorData } from "../src/data/sensor-data.ts";
import type { SensorData } from "../src/data/sensor-data.ts";
import type { Sensor } from "../src/resources/sensor/sensor.ts";

/** What sync adds to every Analogs reading of the 12-bit ESP32 ADC, as viam-server records it. */
const ANALOG_RANGE = { min_range: 0, max_range: 3.3, step_size: 3.3 / 4095 };
const WALL = Date.UTC(2024, 5, 1, 12, 0, 0);
const BLOCK = 4096;

interface MachineOptions {
  flash?: SimFlash | SimFlashStorage;
  epoch?: number;
  wall?: number;
  clock?: VirtualClock;
  board?: SimBoard;
  setup?: (board: SimBoard, clock: VirtualClock) => void;
}

function machine(json: unknown, options: MachineOptions = {}) {
  const clock = options.clock ?? new VirtualClock({ wall: options.wall ?? WALL });
  const board = options.board ?? new SimBoard({ clock });
  options.setup?.(board, clock);
  const flash = options.flash ?? new SimFlash({ size: 32 * BLOCK });
  const logs: string[] = [];
  const host = createMemoryHost({ clock, board, flash, kv: new MemoryKeyValue(), log: (level, m) => logs.push(`${level}: ${m}`) });
  const parsed = parseMachineConfig(json);
  const issues: ConfigIssue[] = [...parsed.issues];
  const report = (issue: ConfigIssue) => issues.push(issue);
  const resources = buildResources(host, parsed.config.components, report);
  const data = new DataManager({ host, config: parsed.config, resources, epoch: options.epoch ?? 1, report });
  return {
    clock,
    board,
    flash,
    data,
    issues,
    logs,
    resources,
    collector(name: string): Collector {
      const found = data.collectors.find((c) => c.name === name);
      assert.ok(found, `collector ${name} among ${data.collectors.map((c) => c.name).join(", ")}`);
      return found;
    },
    close() {
      data.close();
      for (const resource of resources.values()) resource.close();
    },
  };
}

const dataManagerService = (attributes: Record<string, unknown> = {}) => ({
  name: "dm",
  namespace: "rdk",
  type: "data_manager",
  attributes,
});

function component(name: string, type: string, model: string, attributes: unknown, methods: unknown[]) {
  return {
    name,
    namespace: "rdk",
    type,
    model,
    attributes,
    service_configs: [{ type: "data_manager", attributes: { capture_methods: methods } }],
  };
}

const board = (methods: unknown[]) =>
  component(
    "board",
    "board",
    "esp32",
    { pins: [15], analogs: [{ name: "light", pin: 34 }, { name: "thermo", pin: 35 }], digital_interrupts: [{ name: "flow", pin: 4 }] },
    methods,
  );

function records(collector: Collector): SensorData[] {
  return [...collector.readings()].map((r) => r.sensorData);
}

/** Due times (monotonic ms) of a rate's first `count` ticks. */
function dues(hz: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.round(((i + 1) * 1000) / hz));
}

test("board Analogs and Gpios: scripted pins become records at the exact due times, in order", () => {
  const m = machine(
    {
      components: [
        board([
          { method: "Analogs", capture_frequency_hz: 10, additional_params: { reader_name: "light" } },
          { method: "Analogs", capture_frequency_hz: 3, additional_params: { reader_name: "thermo" } },
          { method: "Gpios", capture_frequency_hz: 2, additional_params: { pin_name: "15" } },
        ]),
      ],
      services: [dataManagerService()],
    },
    {
      setup(b) {
        b.analog(34, (t) => (t / 100) * 37);
        b.analog(35, (t) => 4000 - Math.floor(t / 3));
        b.scriptDigital(15, [[0, 0], [1200, 1], [2600, 0], [4100, 1]]);
      },
    },
  );
  assert.deepStrictEqual(m.issues, []);
  assert.ok(m.data.capturing);
  m.clock.advance(5000);

  const light = m.collector("board/Analogs(light)");
  assert.equal(light.hz, 10);
  assert.equal(light.method, "Analogs");
  assert.deepStrictEqual(
    records(light),
    dues(10, 50).map((t) => sensorData(WALL + t, WALL + t, { value: (t / 100) * 37, ...ANALOG_RANGE })),
  );
  assert.deepStrictEqual(
    records(m.collector("board/Analogs(thermo)")),
    dues(3, 15).map((t) => sensorData(WALL + t, WALL + t, { value: 4000 - Math.floor(t / 3), ...ANALOG_RANGE })),
  );
  assert.deepStrictEqual(
    records(m.collector("board/Gpios(15)")),
    dues(2, 10).map((t) => sensorData(WALL + t, WALL + t, { high: (t >= 1200 && t < 2600) || t >= 4100 })),
  );
  const counters = light.counters;
  assert.equal(counters.captured, 50);
  assert.equal(counters.written, 50);
  assert.equal(counters.missedTicks + counters.readErrors + counters.storeErrors + counters.droppedOldest, 0);
  assert.ok(counters.bytesUsed > 50 * 5 && counters.bytesUsed < 50 * 9, `bytesUsed ${counters.bytesUsed}`);
  m.close();
});

test("encoder TicksCount counts scripted edges; sensors capture Readings (fake, tmp36, sht3x)", () => {
  let sht: SimSht3x | undefined;
  const m = machine(
    {
      components: [
        board([]),
        component("wheel", "encoder", "single", { pin: 27 }, [{ method: "TicksCount", capture_frequency_hz: 1 }]),
        component("fake-sensor", "sensor", "fake", {}, [{ method: "Readings", capture_frequency_hz: 4 }]),
        {
          ...component("temperature", "sensor", "tmp36", { board: "board", analog_reader: "thermo", num_readings: 4 }, [
            { method: "Readings", capture_frequency_hz: 1 },
          ]),
          depends_on: ["board"],
        },
        component("air", "sensor", "sht3x", {}, [{ method: "Readings", capture_frequency_hz: 2 }]),
      ],
      services: [dataManagerService()],
    },
    {
      setup(b, clock) {
        b.analog(35, () => 931);
        sht = new SimSht3x({ clock, temperature: 21.5, humidity: 40 });
        b.i2c().attach(0x44, sht);
        // Pulses: an edge every 50 ms from 125 ms to 2575 ms (50 edges), none after.
        b.scriptDigital(27, Array.from({ length: 50 }, (_, i) => [125 + i * 50, ((i + 1) % 2) as 0 | 1] as const));
        clock.set(() => (sht!.temperature = 30), 2200);
      },
    },
  );
  assert.deepStrictEqual(m.issues, []);
  m.clock.advance(4000);

  const edgesBy = (t: number) => Math.max(0, Math.min(50, Math.floor((t - 125) / 50) + 1));
  assert.deepStrictEqual(
    records(m.collector("wheel/TicksCount")),
    dues(1, 4).map((t) => sensorData(WALL + t, WALL + t, { ticks: edgesBy(t) })),
  );
  assert.deepStrictEqual(
    records(m.collector("fake-sensor/Readings")),
    dues(4, 16).map((t, i) => sensorData(WALL + t, WALL + t, { readings: { a: i + 1, b: 2.5, c: "3" } })),
  );
  const tmp36 = (m.resources.get("temperature") as Sensor).readings();
  assert.equal(typeof tmp36.temperature_celsius, "number");
  assert.deepStrictEqual(
    records(m.collector("temperature/Readings")),
    dues(1, 4).map((t) => sensorData(WALL + t, WALL + t, { readings: tmp36 })),
  );
  const air = records(m.collector("air/Readings"));
  assert.equal(air.length, 8);
  const celsius = (t: number) => -45 + (175 * Math.round(((t + 45) * 65535) / 175)) / 65535;
  air.forEach((record, i) => {
    const due = dues(2, 8)[i];
    // Each read returns the conversion started by the read before it (the first by the driver).
    const expected = due - 500 >= 2200 ? 30 : 21.5;
    assert.deepStrictEqual(record.metadata, sensorData(WALL + due, WALL + due, {}).metadata);
    assert.equal((record.struct.readings as Record<string, number>).temperature_celsius, celsius(expected));
  });
  m.close();
});

test("movement sensors: every method of fake and the mpu6050's, with their exact shapes", () => {
  const mpu = new SimMpu6050({ acceleration: { x: 0.5, y: -0.25, z: 1 }, angularVelocity: { x: 10, y: -20, z: 250 } });
  const methods = ["Readings", "AngularVelocity", "LinearAcceleration", "LinearVelocity", "Position", "CompassHeading", "Orientation"];
  const m = machine(
    {
      components: [
        component("imu", "movement_sensor", "fake", {}, methods.map((method) => ({ method, capture_frequency_hz: 5 }))),
        component("mpu", "movement_sensor", "mpu6050", {}, [
          { method: "AngularVelocity", capture_frequency_hz: 20 },
          { method: "LinearAcceleration", capture_frequency_hz: 20 },
          { method: "Readings", capture_frequency_hz: 1 },
        ]),
      ],
      services: [dataManagerService()],
    },
    { setup: (b) => b.i2c().attach(0x68, mpu) },
  );
  assert.deepStrictEqual(m.issues, []);
  m.clock.advance(1000);
  const fake: Record<string, unknown> = {
    Readings: {
      readings: {
        position: { lat: 40.7128, lon: -74.006, alt: 10 },
        linear_velocity: { x: 1.5, y: 0, z: 0 },
        linear_acceleration: { x: 0, y: 0, z: 9.80665 },
        angular_velocity: { x: 0, y: 0, z: 5 },
        compass_heading: 90,
        orientation: { o_x: 0, o_y: 0, o_z: 1, theta: 90 },
      },
    },
    AngularVelocity: { angular_velocity: { x: 0, y: 0, z: 5 } },
    LinearAcceleration: { linear_acceleration: { x: 0, y: 0, z: 9.80665 } },
    LinearVelocity: { linear_velocity: { x: 1.5, y: 0, z: 0 } },
    Position: { coordinate: { latitude: 40.7128, longitude: -74.006 }, altitude_m: 10 },
    CompassHeading: { value: 90 },
    Orientation: { orientation: { o_x: 0, o_y: 0, o_z: 1, theta: 90 } },
  };
  for (const method of methods) {
    assert.deepStrictEqual(
      records(m.collector(`imu/${method}`)),
      dues(5, 5).map((t) => sensorData(WALL + t, WALL + t, fake[method] as Record<string, unknown>)),
      method,
    );
  }
  const gyro = records(m.collector("mpu/AngularVelocity"));
  assert.equal(gyro.length, 20);
  const velocity = gyro[0].struct.angular_velocity as { x: number; y: number; z: number };
  assert.ok(Math.abs(velocity.x - 10) < 0.1 && Math.abs(velocity.y + 20) < 0.1 && Math.abs(velocity.z - 250) < 0.1);
  const accel = records(m.collector("mpu/LinearAcceleration"))[0].struct.linear_acceleration as { z: number };
  assert.ok(Math.abs(accel.z - 9.80665) < 0.01);
  const readings = records(m.collector("mpu/Readings"));
  assert.equal(readings.length, 1);
  assert.deepStrictEqual(Object.keys(readings[0].struct.readings as object).sort(), [
    "angular_velocity",
    "linear_acceleration",
    "temperature_celsius",
  ]);
  m.close();
});

test("a wall clock that is not set yet gives monotonic-relative times, flagged", () => {
  const m = machine(
    {
      components: [board([{ method: "Gpios", capture_frequency_hz: 1, additional_params: { pin_name: "15" } }])],
      services: [dataManagerService()],
    },
    { wall: 5_000 },
  );
  m.clock.advance(2000);
  m.clock.setWall(WALL);
  m.clock.advance(1000);
  const stored = [...m.collector("board/Gpios(15)").readings()];
  assert.deepStrictEqual(
    stored.map((r) => [r.monotonic, r.sensorData.metadata.timeRequested]),
    [
      [true, { seconds: 1, nanos: 0 }],
      [true, { seconds: 2, nanos: 0 }],
      [false, { seconds: WALL / 1000 + 1, nanos: 0 }],
    ],
  );
  m.close();
});

test("a read that throws is counted, logged at a limited rate, and capture goes on", () => {
  let failing = false;
  const m = machine(
    {
      components: [board([{ method: "Analogs", capture_frequency_hz: 10, additional_params: { reader_name: "light" } }])],
      services: [dataManagerService()],
    },
    { setup: (b) => b.analog(34, (t) => (failing ? NaN : t % 4096)) },
  );
  const collector = m.collector("board/Analogs(light)");
  m.clock.advance(1000);
  failing = true;
  m.clock.advance(25_000);
  failing = false;
  m.clock.advance(1000);
  const counters = collector.counters;
  assert.equal(counters.readErrors, 250);
  assert.equal(counters.captured, 20);
  assert.equal(records(collector).length, 20);
  const lines = m.logs.filter((l) => l.includes("board/Analogs(light): read failed"));
  // At 1100, then once per interval: 11100 and 21100 ms.
  assert.equal(ERROR_LOG_INTERVAL_MS, 10_000);
  assert.equal(lines.length, 3);
  assert.match(lines[0], /^warn: .*gave NaN$/);
  assert.match(lines[1], /\(99 more suppressed\)$/);
  assert.match(lines[2], /\(99 more suppressed\)$/);
  m.close();
});

test("a reading with no Struct form counts as a read error, not a crash", () => {
  const m = machine({
    components: [component("fake-sensor", "sensor", "fake", {}, [{ method: "Readings", capture_frequency_hz: 1 }])],
    services: [dataManagerService()],
  });
  const sensor = m.resources.get("fake-sensor") as Sensor;
  const original = sensor.readings.bind(sensor);
  let calls = 0;
  sensor.readings = () => (++calls === 2 ? { a: undefined } : original());
  m.clock.advance(3000);
  const collector = m.collector("fake-sensor/Readings");
  assert.equal(collector.counters.readErrors, 1);
  assert.equal(collector.counters.captured, 2);
  assert.ok(m.logs.some((l) => /unrecordable reading: readings\.a: undefined/.test(l)));
  m.close();
});

test("capture_disabled builds collectors and rings but schedules nothing; disabled methods get no collector", () => {
  const config = (captureDisabled: boolean) => ({
    components: [
      board([
        { method: "Analogs", capture_frequency_hz: 10, additional_params: { reader_name: "light" } },
        { method: "Gpios", capture_frequency_hz: 10, additional_params: { pin_name: "15" }, disabled: true },
      ]),
    ],
    services: [dataManagerService({ capture_disabled: captureDisabled })],
  });
  const off = machine(config(true));
  assert.deepStrictEqual(off.issues, []);
  assert.equal(off.data.capturing, false);
  assert.deepStrictEqual(off.data.collectors.map((c) => c.name), ["board/Analogs(light)"]);
  assert.equal(off.clock.pending, 0);
  off.clock.advance(10_000);
  assert.equal(off.data.collectors[0].counters.written, 0);
  assert.ok(off.data.store);
  off.close();

  const on = machine(config(false));
  on.clock.advance(1000);
  assert.deepStrictEqual(on.data.collectors.map((c) => [c.name, c.counters.captured]), [["board/Analogs(light)", 10]]);
  on.close();
});

test("without a data manager service nothing is captured, with a warning at the service config", () => {
  const m = machine({
    components: [
      component("fake-sensor", "sensor", "fake", {}, [{ method: "Readings", capture_frequency_hz: 1 }]),
      board([
        { method: "Gpios", capture_frequency_hz: 1, additional_params: { pin_name: "15" }, disabled: true },
      ]),
      component("board2", "board", "esp32", { analogs: [{ name: "a", pin: 32 }, { name: "b", pin: 33 }] }, [
        { method: "Analogs", capture_frequency_hz: 10, additional_params: { reader_name: "a" } },
        { method: "Analogs", capture_frequency_hz: 10, additional_params: { reader_name: "b" } },
      ]),
    ],
  });
  assert.deepStrictEqual(
    m.issues.map((i) => [i.path, i.severity]),
    [
      ["components[0].service_configs[0]", "warning"],
      ["components[2].service_configs[0]", "warning"],
    ],
  );
  assert.match(m.issues[0].message, /no data_manager service/);
  assert.equal(m.data.store, undefined);
  assert.deepStrictEqual(m.data.collectors, []);
  assert.equal(m.clock.pending, 0);
  m.close();
});

test("methods a resource cannot capture are reported at their path and skipped; the rest run", () => {
  const m = machine({
    components: [
      board([
        { method: "Analogs", capture_frequency_hz: 1, additional_params: { reader_name: "nope" } },
        { method: "Readings", capture_frequency_hz: 1 },
        { method: "Gpios", capture_frequency_hz: 1, additional_params: { pin_name: "15" } },
      ]),
      component("ghost", "sensor", "no-such-model", {}, [{ method: "Readings", capture_frequency_hz: 1 }]),
    ],
    services: [dataManagerService()],
  });
  const paths = m.issues.map((i) => i.path);
  assert.ok(paths.includes("components[0].service_configs[0].attributes.capture_methods[0].additional_params.reader_name"), paths.join());
  assert.ok(paths.includes("components[0].service_configs[0].attributes.capture_methods[1].method"), paths.join());
  const ghost = m.issues.find((i) => i.path === "components[1].service_configs[0].attributes.capture_methods[0]");
  assert.ok(ghost && ghost.severity === "warning" && /"ghost" is not running/.test(ghost.message));
  assert.deepStrictEqual(m.data.collectors.map((c) => c.name), ["board/Gpios(15)"]);
  m.clock.advance(2000);
  assert.equal(m.data.collectors[0].counters.captured, 2);
  m.close();
});

test("collectors that do not fit the partition are reported by name and skipped", () => {
  // 8 blocks: light (12 KB) needs 4 + 1 spare; thermo (8 KB) needs 3 + 1; Gpios (1 KB) needs 2.
  const m = machine(
    {
      components: [
        board([
          { method: "Analogs", capture_frequency_hz: 1, cache_size_kb: 12, additional_params: { reader_name: "light" } },
          { method: "Analogs", capture_frequency_hz: 1, cache_size_kb: 8, additional_params: { reader_name: "thermo" } },
          { method: "Gpios", capture_frequency_hz: 1, additional_params: { pin_name: "15" } },
        ]),
      ],
      services: [dataManagerService()],
    },
    { flash: new SimFlash({ size: 8 * BLOCK }) },
  );
  assert.deepStrictEqual(m.issues.map((i) => i.path), ["components[0].service_configs[0].attributes.capture_methods[1]"]);
  assert.match(m.issues[0].message, /board\/Analogs\(thermo\)/);
  assert.deepStrictEqual(m.data.collectors.map((c) => c.name), ["board/Analogs(light)", "board/Gpios(15)"]);
  m.close();
});

test("a full ring drops its oldest records and counts them", () => {
  const m = machine(
    {
      components: [board([{ method: "Analogs", capture_frequency_hz: 100, additional_params: { reader_name: "light" } }])],
      services: [dataManagerService()],
    },
    { setup: (b) => b.analog(34, (t) => t % 4096) },
  );
  m.clock.advance(60_000);
  const collector = m.collector("board/Analogs(light)");
  const counters = collector.counters;
  assert.equal(counters.captured, 6000);
  assert.ok(counters.droppedOldest > 0);
  const kept = records(collector);
  assert.equal(kept.length, counters.written - counters.droppedOldest);
  // What is kept is the newest, contiguous and in order, ending with the last reading.
  const first = kept[0].metadata.timeRequested;
  const firstMs = first.seconds * 1000 + first.nanos / 1e6 - WALL;
  assert.deepStrictEqual(
    kept,
    Array.from({ length: kept.length }, (_, i) => firstMs + i * 10).map((t) => sensorData(WALL + t, WALL + t, { value: t % 4096, ...ANALOG_RANGE })),
  );
  assert.equal(firstMs + (kept.length - 1) * 10, 60_000);
  // At least the configured 1 KB of records survives.
  assert.ok(kept.length * 6 >= 1024, `${kept.length} records kept`);
  m.close();
});

test("reboot: default mode drops unsynced records, durable mode keeps them in the same ring", () => {
  const config = (durable: boolean) => ({
    components: [board([{ method: "Analogs", capture_frequency_hz: 2, additional_params: { reader_name: "light" } }])],
    services: [dataManagerService({ durable })],
  });
  for (const durable of [false, true]) {
    const clock = new VirtualClock({ wall: WALL });
    const sim = new SimBoard({ clock });
    sim.analog(34, () => 1234);
    const flash = new SimFlash({ size: 16 * BLOCK });
    const first = machine(config(durable), { clock, board: sim, flash, epoch: 7 });
    clock.advance(3000);
    const ring = first.collector("board/Analogs(light)");
    assert.equal(ring.owner, collectorOwner({ subtype: "board", componentName: "board", method: "Analogs", params: { reader_name: "light" } }));
    first.close();
    sim.reset();

    const second = machine(config(durable), { clock, board: sim, flash: new SimFlash({ size: 16 * BLOCK, bytes: flash.bytes }), epoch: 8 });
    const after = records(second.collector("board/Analogs(light)"));
    assert.equal(after.length, durable ? 6 : 0, durable ? "durable" : "default");
    clock.advance(1000);
    assert.equal(records(second.collector("board/Analogs(light)")).length, durable ? 8 : 2);
    second.close();
  }
});

test("without a usable capture partition everything but capture runs, and the reason is reported", () => {
  const json = {
    components: [board([{ method: "Gpios", capture_frequency_hz: 1, additional_params: { pin_name: "15" } }])],
    services: [dataManagerService()],
  };
  const missing = machine(json, { flash: new SimFlashStorage({ partitions: {} }) });
  assert.deepStrictEqual(missing.issues.map((i) => [i.path, i.severity]), [["services[0]", "error"]]);
  assert.match(missing.issues[0].message, /"capture" flash partition cannot be used.*no flash partition named "capture"/);
  assert.equal(missing.data.store, undefined);
  assert.deepStrictEqual(missing.data.collectors, []);
  assert.ok(missing.resources.has("board"));
  missing.close();

  const broken = new SimFlash({ size: 8 * BLOCK });
  broken.read = () => {
    throw new Error("flash read failed");
  };
  const failing = machine(json, { flash: broken });
  assert.deepStrictEqual(failing.issues.map((i) => i.path), ["services[0]"]);
  assert.match(failing.issues[0].message, /flash read failed/);
  failing.close();
});

test("close stops capture and releases the scheduler's timer", () => {
  const m = machine({
    components: [board([{ method: "Analogs", capture_frequency_hz: 50, additional_params: { reader_name: "light" } }])],
    services: [dataManagerService()],
  });
  m.clock.advance(100);
  assert.equal(m.clock.pending, 1);
  m.close();
  assert.equal(m.clock.pending, 0);
});
