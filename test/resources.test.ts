import { test } from "node:test";
import assert from "node:assert/strict";
import type { ConfigIssue } from "../src/config/types.ts";
import { parseMachineConfig } from "../src/config/parse.ts";
import { buildResources } from "../src/resources/build.ts";
import type { Resource } from "../src/resources/resource.ts";
import { ResourceConfigError } from "../src/resources/resource.ts";
import { isBoard } from "../src/resources/board/board.ts";
import type { Board } from "../src/resources/board/board.ts";
import { isEncoder } from "../src/resources/encoder/encoder.ts";
import type { Encoder } from "../src/resources/encoder/encoder.ts";
import { isSensor } from "../src/resources/sensor/sensor.ts";
import type { Sensor } from "../src/resources/sensor/sensor.ts";
import { isMovementSensor } from "../src/resources/movement-sensor/movement-sensor.ts";
import type { MovementSensor } from "../src/resources/movement-sensor/movement-sensor.ts";
import { VirtualClock } from "../hosts/sim/clock.ts";
import { SimBoard } from "../hosts/sim/board.ts";
import { SimFlash } from "../hosts/sim/flash.ts";
import { MemoryKeyValue } from "../hosts/sim/key-value.ts";
import { createMemoryHost } from "../hosts/sim/memory-host.ts";
import { constant, replay, volts } from "../hosts/sim/signals.ts";

function rig() {
  const clock = new VirtualClock();
  const board = new SimBoard({ clock });
  const host = createMemoryHost({ clock, board, flash: new SimFlash({ size: 16 * 4096 }), kv: new MemoryKeyValue() });
  return { clock, board, host };
}

type Rig = ReturnType<typeof rig>;

/** Parses components the way boot does and builds them, collecting every issue. */
function build(env: Rig, components: unknown[]) {
  const parsed = parseMachineConfig({ components });
  assert.deepEqual(parsed.issues, [], "test config must parse cleanly");
  const issues: ConfigIssue[] = [];
  const resources = buildResources(env.host, parsed.config.components, (issue) => issues.push(issue));
  return { resources, issues, close: () => [...resources.values()].reverse().forEach((r) => r.close()) };
}

function get<T extends Resource>(resources: Map<string, Resource>, name: string, is: (r: Resource) => r is T): T {
  const resource = resources.get(name);
  assert.ok(resource, `resource "${name}" was built`);
  assert.ok(is(resource), `resource "${name}" has the expected subtype`);
  return resource;
}

const esp32 = {
  name: "board",
  type: "board",
  model: "esp32",
  attributes: {
    pins: [15, "34"],
    analogs: [
      { name: "light", pin: 34 },
      { name: "thermo", pin: "35" },
    ],
    digital_interrupts: [{ name: "flow", pin: 4 }, { pin: 5 }],
  },
};

function assertNear(actual: unknown, expected: number, tolerance: number, what: string): void {
  assert.equal(typeof actual, "number", what);
  assert.ok(Math.abs((actual as number) - expected) <= tolerance, `${what}: ${String(actual)} is not within ${tolerance} of ${expected}`);
}

function configError(fn: () => unknown, message: RegExp, subPath?: string): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof ResourceConfigError, `expected ResourceConfigError, got ${String(error)}`);
    assert.match(error.message, message);
    assert.equal(error.subPath, subPath);
    return true;
  });
}

test("board Analogs records the scripted ADC counts, in order, as {value}", () => {
  const env = rig();
  env.board.analog(34, replay([[0, 100], [1000, 2047], [2000, 4095]]));
  const { resources, issues, close } = build(env, [esp32]);
  assert.deepEqual(issues, []);
  const read = get(resources, "board", isBoard).captureReader("Analogs", { reader_name: "light" });
  const values = [];
  for (let i = 0; i < 3; i++) {
    values.push(read());
    env.clock.advance(1000);
  }
  assert.deepEqual(values, [{ value: 100 }, { value: 2047 }, { value: 4095 }]);
  close();
});

test("board readAnalog reports the ESP32's 12-bit range over 0..3.3 V", () => {
  const env = rig();
  env.board.analog(35, constant(volts(1.65)));
  const { resources, close } = build(env, [esp32]);
  const reading = get(resources, "board", isBoard).readAnalog("thermo");
  assert.deepEqual(reading, { value: 2048, minRange: 0, maxRange: 3.3, stepSize: 3.3 / 4095 });
  assert.ok(Math.abs(reading.value * reading.stepSize - 1.65) < reading.stepSize);
  close();
});

test("board Gpios records input levels as {high}", () => {
  const env = rig();
  const { resources, close } = build(env, [esp32]);
  const read = get(resources, "board", isBoard).captureReader("Gpios", { pin_name: "15" });
  env.board.digitalIn(15, 1);
  assert.deepEqual(read(), { high: true });
  env.board.digitalIn(15, 0);
  assert.deepEqual(read(), { high: false });
  close();
});

test("board setGpio drives the pin as an output and Gpios then reports the written level", () => {
  const env = rig();
  const { resources, close } = build(env, [esp32]);
  const board = get(resources, "board", isBoard);
  const read = board.captureReader("Gpios", { pin_name: "15" });
  env.clock.advance(5);
  board.setGpio(15, true);
  env.clock.advance(5);
  board.setGpio(15, false);
  assert.deepEqual(env.board.writes(15), [[5, 1], [10, 0]]);
  assert.deepEqual(read(), { high: false });
  board.setGpio(15, true);
  assert.equal(board.getGpio(15), true);
  configError(() => board.setGpio(34, true), /GPIO 34 is input-only/);
  configError(() => board.setGpio(4, true), /GPIO 4 is a digital interrupt/);
  configError(() => board.getGpio(16), /no GPIO pin "16"/);
  close();
});

test("board digital interrupts count rising edges, by name or by pin number", () => {
  const env = rig();
  const { resources, close } = build(env, [esp32]);
  const board = get(resources, "board", isBoard);
  env.board.scriptDigital(4, [[10, 1], [20, 0], [30, 1], [40, 0], [50, 1]]);
  env.board.scriptDigital(5, [[10, 1], [20, 0]]);
  env.clock.advance(35);
  assert.equal(board.interruptValue("flow"), 2);
  env.clock.advance(100);
  assert.equal(board.interruptValue("flow"), 3);
  assert.equal(board.interruptValue("4"), 3);
  assert.equal(board.interruptValue("5"), 1);
  assert.deepEqual(board.digitalInterruptNames, ["flow", "5"]);
  assert.deepEqual(board.captureReader("Gpios", { pin_name: "4" })(), { high: true });
  configError(() => board.interruptValue("rain"), /no digital interrupt "rain" on board "board"/);
  close();
});

test("board capture params and methods it cannot serve are config errors naming the culprit", () => {
  const env = rig();
  const { resources, close } = build(env, [esp32]);
  const board = get(resources, "board", isBoard);
  configError(() => board.captureReader("Analogs", { reader_name: "x" }), /no analog reader "x" on board "board"/, "additional_params.reader_name");
  configError(() => board.captureReader("Gpios", { pin_name: "16" }), /no GPIO pin "16"/, "additional_params.pin_name");
  configError(() => board.captureReader("Gpios", { pin_name: "fifteen" }), /no GPIO pin "fifteen"/, "additional_params.pin_name");
  configError(() => board.captureReader("Gpios", { pin_name: "34" }), /GPIO 34 is analog reader "light"/, "additional_params.pin_name");
  configError(() => board.captureReader("Readings", {}), /^method Readings is not supported by board model esp32$/, "method");
  close();
});

test("closing a board releases every pin, and the same config builds again", () => {
  const env = rig();
  const first = build(env, [esp32]);
  get(first.resources, "board", isBoard).setGpio(15, true);
  assert.deepEqual([...env.board.openPins].sort((a, b) => a - b), [4, 5, 15, 34, 35]);
  first.close();
  assert.deepEqual(env.board.openPins, []);
  const second = build(env, [esp32]);
  assert.deepEqual(second.issues, []);
  assert.equal(get(second.resources, "board", isBoard).getGpio(15), false);
  second.close();
});

test("esp32 attributes the chip cannot honour are reported at their JSON path", () => {
  const env = rig();
  const cases: Array<[Record<string, unknown>, string, RegExp]> = [
    [{ analogs: [{ name: "a", pin: 25 }] }, "components[0].attributes.analogs[0].pin", /not an ADC1 pin/],
    [{ pins: [15, 7] }, "components[0].attributes.pins[1]", /SPI flash/],
    [{ pins: [15, 20] }, "components[0].attributes.pins[1]", /does not exist/],
    [{ analogs: [{ pin: 34 }] }, "components[0].attributes.analogs[0].name", /is required/],
    [{ analogs: [{ name: "a", pin: 34 }, { name: "a", pin: 35 }] }, "components[0].attributes.analogs[1].name", /already used/],
    [{ analogs: [{ name: "a", pin: 34 }], digital_interrupts: [{ pin: 34 }] }, "components[0].attributes.digital_interrupts[0].pin", /GPIO 34 is already used/],
    [{ digital_interrupts: [{ pin: "x" }] }, "components[0].attributes.digital_interrupts[0].pin", /must be an integer/],
    [{ pins: "15" }, "components[0].attributes.pins", /must be a list/],
  ];
  for (const [attributes, path, message] of cases) {
    const { resources, issues } = build(env, [{ name: "board", type: "board", model: "esp32", attributes }]);
    assert.equal(resources.size, 0);
    assert.equal(issues.length, 1, JSON.stringify(attributes));
    assert.equal(issues[0].path, path);
    assert.match(issues[0].message, message);
    assert.equal(issues[0].severity, "error");
    assert.deepEqual(env.board.openPins, [], "a failed board leaves no pin open");
  }
});

test("sensor fake gives deterministic readings whose counter shows their order", () => {
  const env = rig();
  const { resources } = build(env, [{ name: "fake", type: "sensor", model: "fake" }]);
  const sensor = get(resources, "fake", isSensor);
  const read = sensor.captureReader("Readings", {});
  assert.deepEqual(read(), { readings: { a: 1, b: 2.5, c: "3" } });
  assert.deepEqual(read(), { readings: { a: 2, b: 2.5, c: "3" } });
  assert.deepEqual(sensor.readings(), { a: 3, b: 2.5, c: "3" });
  configError(() => sensor.captureReader("Position", {}), /^method Position is not supported by sensor model fake$/, "method");
});

const tmp36 = (attributes: Record<string, unknown>) => ({ name: "temperature", type: "sensor", model: "tmp36", attributes });

test("sensor tmp36 turns the board's ADC voltage into °C (500 mV at 0 °C, 10 mV/°C)", () => {
  const env = rig();
  // Listed before its board on purpose: the `board` attribute orders the build.
  const { resources, issues } = build(env, [tmp36({ board: "board", analog_reader: "thermo" }), esp32]);
  assert.deepEqual(issues, []);
  const read = get(resources, "temperature", isSensor).captureReader("Readings", {});
  for (const [celsius, millivolts] of [[25, 750], [0, 500], [-40, 100], [100, 1500]]) {
    env.board.analog(35, constant(volts(millivolts / 1000)));
    const { readings } = read() as { readings: { temperature_celsius: number } };
    // One ADC step is 0.8 mV, i.e. 0.08 °C; rounding to the nearest count costs at most half of it.
    assertNear(readings.temperature_celsius, celsius, 0.05, `${millivolts} mV`);
  }
  env.board.analog(35, constant(1000));
  const { readings } = read() as { readings: Record<string, unknown> };
  assert.deepEqual(Object.keys(readings), ["temperature_celsius"]);
  assertNear(readings.temperature_celsius, ((1000 * 3.3) / 4095 - 0.5) * 100, 1e-9, "1000 counts");
});

test("sensor tmp36 averages num_readings ADC reads and honours vref_volts", () => {
  const env = rig();
  const { resources } = build(env, [esp32, tmp36({ board: "board", analog_reader: "thermo", num_readings: 4, vref_volts: 3.0 })]);
  const counts = [900, 1000, 1100, 1000];
  let reads = 0;
  env.board.analog(35, () => counts[reads++ % counts.length]);
  const sensor = get(resources, "temperature", isSensor);
  assertNear(sensor.readings().temperature_celsius, ((1000 * 3.0) / 4095 - 0.5) * 100, 1e-9, "mean of 4 reads at vref 3.0 V");
  assert.equal(reads, 4);
});

test("sensor tmp36 config errors name the attribute, and only that sensor is skipped", () => {
  const env = rig();
  const fakeMovement = { name: "imu", type: "movement_sensor", model: "fake" };
  const { resources, issues } = build(env, [
    esp32,
    tmp36({ board: "board", analog_reader: "x" }),
    tmp36({ board: "nope", analog_reader: "thermo" }),
    tmp36({ board: "imu", analog_reader: "thermo" }),
    tmp36({ analog_reader: "thermo" }),
    tmp36({ board: "board", analog_reader: "thermo", num_readings: 0 }),
    fakeMovement,
  ].map((component, index) => (index === 0 || index === 6 ? component : { ...component, name: `t${index}` })));
  assert.deepEqual(
    issues.map((issue) => `${issue.path}: ${issue.message}`).sort(),
    [
      'components[1].attributes.analog_reader: no analog reader "x" on board "board"',
      'components[2].attributes.board: no component named "nope"',
      'components[3].attributes.board: "imu" is a movement_sensor, not a board',
      "components[4].attributes.board: is required",
      "components[5].attributes.num_readings: must be at least 1",
    ],
  );
  assert.deepEqual([...resources.keys()].sort(), ["board", "imu"]);
});

test("sensor wifi-rssi reports the station's RSSI and fails while not associated", () => {
  const env = rig();
  const { resources } = build(env, [{ name: "signal", type: "sensor", model: "wifi-rssi" }]);
  const read = get(resources, "signal", isSensor).captureReader("Readings", {});
  env.board.wifi.setRssi(-47);
  assert.deepEqual(read(), { readings: { rssi: -47 } });
  env.board.wifi.down();
  assert.throws(read, /not associated/);
  env.board.wifi.up(-71);
  assert.deepEqual(read(), { readings: { rssi: -71 } });
});

test("movement_sensor fake answers every method with fixed values", () => {
  const env = rig();
  const { resources } = build(env, [
    { name: "imu", type: "movement_sensor", model: "fake", attributes: { fake_lat: 51.5, fake_lon: -0.12, lin_acc_x: 1 } },
  ]);
  const sensor: MovementSensor = get(resources, "imu", isMovementSensor);
  const capture = (method: string) => sensor.captureReader(method, {})();
  assert.deepEqual(capture("Position"), { coordinate: { latitude: 51.5, longitude: -0.12 }, altitude_m: 10 });
  assert.deepEqual(capture("LinearAcceleration"), { linear_acceleration: { x: 1, y: 0, z: 9.80665 } });
  assert.deepEqual(capture("LinearVelocity"), { linear_velocity: { x: 1.5, y: 0, z: 0 } });
  assert.deepEqual(capture("AngularVelocity"), { angular_velocity: { x: 0, y: 0, z: 5 } });
  assert.deepEqual(capture("CompassHeading"), { value: 90 });
  assert.deepEqual(capture("Readings"), {
    readings: {
      position: { lat: 51.5, lon: -0.12, alt: 10 },
      linear_velocity: { x: 1.5, y: 0, z: 0 },
      linear_acceleration: { x: 1, y: 0, z: 9.80665 },
      angular_velocity: { x: 0, y: 0, z: 5 },
      compass_heading: 90,
      orientation: { o_x: 0, o_y: 0, o_z: 1, theta: 90 },
    },
  });
  assert.deepEqual(capture("Orientation"), { orientation: { o_x: 0, o_y: 0, o_z: 1, theta: 90 } });
  configError(() => sensor.captureReader("TicksCount", {}), /^method TicksCount is not supported by movement_sensor model fake$/, "method");
});

const encoder = (attributes: Record<string, unknown>, name = "wheel") => ({ name, type: "encoder", model: "single", attributes });

test("encoder single counts both edges of each pulse, and ResetPosition zeroes it", () => {
  const env = rig();
  const { resources, issues, close } = build(env, [esp32, encoder({ board: "board", pins: { i: "13" } })]);
  assert.deepEqual(issues, []);
  const wheel: Encoder = get(resources, "wheel", isEncoder);
  const read = wheel.captureReader("TicksCount", {});
  assert.deepEqual(read(), { ticks: 0 });
  const pulses: Array<[number, 0 | 1]> = [];
  for (let i = 0; i < 5; i++) pulses.push([10 * i + 1, 1], [10 * i + 6, 0]);
  env.board.scriptDigital(13, pulses);
  env.clock.advance(25);
  assert.deepEqual(read(), { ticks: 5 });
  env.clock.advance(100);
  assert.deepEqual(read(), { ticks: 10 });
  wheel.resetPosition();
  assert.deepEqual(read(), { ticks: 0 });
  env.board.scriptDigital(13, [[200, 1]]);
  env.clock.advance(100);
  assert.deepEqual(read(), { ticks: 1 });
  configError(() => wheel.captureReader("Readings", {}), /^method Readings is not supported by encoder model single$/, "method");
  close();
  assert.deepEqual(env.board.openPins, []);
});

test("encoder single takes viam-micro-server's pin and dir_flip form too", () => {
  const env = rig();
  const { resources, issues } = build(env, [encoder({ pin: 14, dir_flip: true })]);
  assert.deepEqual(issues, []);
  const wheel = get(resources, "wheel", isEncoder);
  env.board.scriptDigital(14, [[1, 1], [2, 0], [3, 1]]);
  env.clock.advance(10);
  assert.equal(wheel.ticks(), -3);
});

test("encoder single config errors are reported at the attribute and skip only that encoder", () => {
  const env = rig();
  const { resources, issues } = build(env, [
    esp32,
    encoder({ board: "board", pins: { i: "4" } }, "e1"),
    encoder({ board: "board", pins: {} }, "e2"),
    encoder({ pins: { i: 13 } }, "e3"),
    encoder({ board: "board" }, "e4"),
    encoder({ board: "board", pins: { i: 13 } }, "ok"),
    encoder({ pin: 13 }, "e6"),
    encoder({ pin: 13, pins: { i: 13 } }, "e7"),
  ]);
  assert.deepEqual(
    issues.map((issue) => `${issue.path}: ${issue.message}`),
    [
      'components[1].attributes.pins.i: GPIO 4 is already used by board "board"',
      "components[2].attributes.pins.i: is required",
      "components[3].attributes.board: is required with pins.i",
      "components[4].attributes.pins: is required: give pins.i (or pin)",
      "components[6].attributes.pin: GPIO 13 could not be opened: GPIO 13 is already in use",
      "components[7].attributes.pin: give either pin or pins.i, not both",
    ],
  );
  assert.deepEqual([...resources.keys()], ["board", "ok"]);
});

test("buildResources reports unknown types, models and dependencies, and builds everything else", () => {
  const env = rig();
  const { resources, issues } = build(env, [
    { name: "cam", type: "camera", model: "webcam" },
    { name: "s1", type: "sensor", model: "bme680" },
    { name: "s2", type: "sensor", model: "acme:sensors:fake" },
    { name: "s3", type: "sensor", model: "rdk:builtin:fake" },
    { name: "s4", type: "sensor", model: "fake", depends_on: ["ghost"] },
    { name: "a", type: "sensor", model: "fake", depends_on: ["b"] },
    { name: "b", type: "sensor", model: "fake", depends_on: ["a"] },
    { name: "c", type: "sensor", model: "fake", depends_on: ["s3"] },
    { name: "d", type: "sensor", model: "fake", depends_on: ["s1"] },
  ]);
  assert.deepEqual(
    issues.map((issue) => `${issue.path}: ${issue.message}`),
    [
      'components[0]: component type "camera" is not supported',
      'components[1].model: unknown sensor model "bme680" (supported: fake, tmp36, wifi-rssi, sht3x, sync-condition)',
      'components[2].model: unknown sensor model "acme:sensors:fake" (supported: fake, tmp36, wifi-rssi, sht3x, sync-condition)',
      'components[4].depends_on[0]: no component named "ghost"',
      'components[8].depends_on[0]: "s1" was not built',
      'components[5]: waits on a dependency cycle through "b"',
      'components[6]: waits on a dependency cycle through "a"',
    ],
  );
  assert.ok(issues.every((issue) => issue.severity === "error"));
  assert.deepEqual([...resources.keys()], ["s3", "c"]);
  const s3: Sensor = get(resources, "s3", isSensor);
  assert.equal(s3.model, "fake");
  assert.deepEqual(s3.name, { namespace: "rdk", type: "component", subtype: "sensor", name: "s3" });
});

test("a component whose board failed is reported at its board attribute", () => {
  const env = rig();
  const { resources, issues } = build(env, [
    { ...esp32, attributes: { analogs: [{ name: "thermo", pin: 12 }] } },
    tmp36({ board: "board", analog_reader: "thermo" }),
    { name: "s", type: "sensor", model: "fake" },
  ]);
  assert.deepEqual(
    issues.map((issue) => issue.path),
    ["components[0].attributes.analogs[0].pin", "components[1].attributes.board"],
  );
  assert.equal(issues[1].message, '"board" was not built');
  assert.deepEqual([...resources.keys()], ["s"]);
});

test("a board built for capture serves the example machine's methods", () => {
  const env = rig();
  env.board.analog(34, constant(321));
  env.board.analog(35, constant(volts(0.72)));
  env.board.digitalIn(15, 1);
  const parsed = parseMachineConfig({
    components: [
      { ...esp32, attributes: { pins: [15], analogs: esp32.attributes.analogs, digital_interrupts: [{ name: "flow", pin: 4 }] } },
      { name: "fake-sensor", type: "sensor", model: "fake" },
      { ...tmp36({ board: "board", analog_reader: "thermo", num_readings: 8 }), depends_on: ["board"] },
    ],
  });
  const issues: ConfigIssue[] = [];
  const resources = buildResources(env.host, parsed.config.components, (issue) => issues.push(issue));
  assert.deepEqual(issues, []);
  const board: Board = get(resources, "board", isBoard);
  assert.deepEqual(board.captureReader("Analogs", { reader_name: "light" })(), { value: 321 });
  assert.deepEqual(board.captureReader("Gpios", { pin_name: "15" })(), { high: true });
  const reading = get(resources, "temperature", isSensor).captureReader("Readings", {})() as { readings: { temperature_celsius: number } };
  assertNear(reading.readings.temperature_celsius, 22, 0.05, "0.72 V");
  assert.deepEqual(JSON.parse(JSON.stringify(reading)), reading, "captured data is plain JSON");
});
