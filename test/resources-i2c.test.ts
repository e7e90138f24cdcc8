import { test } from "node:test";
import assert from "node:assert/strict";
import type { ConfigIssue } from "../src/config/types.ts";
import { parseMachineConfig } from "../src/config/parse.ts";
import { buildResources } from "../src/resources/build.ts";
import type { Resource } from "../src/resources/resource.ts";
import { isSensor } from "../src/resources/sensor/sensor.ts";
import { sensirionCrc } from "../src/resources/sensor/sensirion-crc.ts";
import { isMovementSensor } from "../src/resources/movement-sensor/movement-sensor.ts";
import { VirtualClock } from "../hosts/sim/clock.ts";
import { SimBoard } from "../hosts/sim/board.ts";
import { SimFlash } from "../hosts/sim/flash.ts";
import { MemoryKeyValue } from "../hosts/sim/key-value.ts";
import { createMemoryHost } from "../hosts/sim/memory-host.ts";
import { SimSht3x } from "../hosts/sim/devices/sht3x.ts";
import { SimMpu6050 } from "../hosts/sim/devices/mpu6050.ts";

function rig() {
  const clock = new VirtualClock();
  const board = new SimBoard({ clock });
  const host = createMemoryHost({ clock, board, flash: new SimFlash({ size: 16 * 4096 }), kv: new MemoryKeyValue() });
  return { clock, board, host };
}

function build(env: ReturnType<typeof rig>, components: unknown[]) {
  const parsed = parseMachineConfig({ components });
  assert.deepEqual(parsed.issues, [], "test config must parse cleanly");
  const issues: ConfigIssue[] = [];
  const resources = buildResources(env.host, parsed.config.components, (issue) => issues.push(issue));
  return { resources, issues };
}

function get<T extends Resource>(resources: Map<string, Resource>, name: string, is: (r: Resource) => r is T): T {
  const resource = resources.get(name);
  assert.ok(resource && is(resource), `resource "${name}" was built with the expected subtype`);
  return resource;
}

function assertNear(actual: unknown, expected: number, tolerance: number, what: string): void {
  assert.equal(typeof actual, "number", what);
  assert.ok(Math.abs((actual as number) - expected) <= tolerance, `${what}: ${String(actual)} is not within ${tolerance} of ${expected}`);
}

function assertVector(actual: unknown, expected: { x: number; y: number; z: number }, tolerance: number, what: string): void {
  const vector = actual as Record<string, unknown>;
  assert.deepEqual(Object.keys(vector).sort(), ["x", "y", "z"], what);
  for (const axis of ["x", "y", "z"] as const) assertNear(vector[axis], expected[axis], tolerance, `${what}.${axis}`);
}

const sht3x = (attributes: Record<string, unknown> = {}) => ({ name: "climate", type: "sensor", model: "sht3x", attributes });

// One LSB of each 16-bit word.
const TEMPERATURE_LSB = 175 / 65535;
const HUMIDITY_LSB = 100 / 65535;

test("Sensirion CRC-8 matches the datasheet check value", () => {
  assert.equal(sensirionCrc(0xbe, 0xef), 0x92);
  assert.equal(sensirionCrc(0x00, 0x00), 0x81);
});

test("sht3x reads temperature and humidity through the single-shot protocol", () => {
  const env = rig();
  const chip = new SimSht3x({ clock: env.clock, temperature: 23.5, humidity: 41.2 });
  env.board.i2c().attach(0x44, chip);
  const { resources, issues } = build(env, [sht3x()]);
  assert.deepEqual(issues, []);
  assert.equal(chip.measurements, 1, "building the sensor starts the first conversion");
  const read = get(resources, "climate", isSensor).captureReader("Readings", {});

  assert.throws(read, /conversion still in progress/);
  env.clock.advance(14);
  // The driver waits out the datasheet's 15 ms maximum itself rather than letting the chip NAK.
  assert.throws(read, /conversion still in progress/);
  env.clock.advance(1);
  const first = read() as { readings: Record<string, unknown> };
  assert.deepEqual(Object.keys(first.readings), ["temperature_celsius", "relative_humidity_pct"]);
  assertNear(first.readings.temperature_celsius, 23.5, TEMPERATURE_LSB / 2, "temperature");
  assertNear(first.readings.relative_humidity_pct, 41.2, HUMIDITY_LSB / 2, "humidity");
  assert.equal(chip.measurements, 2, "each read starts the next conversion");

  // A reading is the conversion the previous read started.
  chip.temperature = -10;
  chip.humidity = 99;
  env.clock.advance(1000);
  const stale = read() as { readings: Record<string, unknown> };
  assertNear(stale.readings.temperature_celsius, 23.5, TEMPERATURE_LSB / 2, "previous conversion");
  env.clock.advance(1000);
  const fresh = read() as { readings: Record<string, unknown> };
  assertNear(fresh.readings.temperature_celsius, -10, TEMPERATURE_LSB / 2, "temperature");
  assertNear(fresh.readings.relative_humidity_pct, 99, HUMIDITY_LSB / 2, "humidity");
});

test("sht3x reports the ends of its range exactly", () => {
  const env = rig();
  const chip = new SimSht3x({ clock: env.clock, temperature: -45, humidity: 0 });
  env.board.i2c().attach(0x44, chip);
  const sensor = get(build(env, [sht3x()]).resources, "climate", isSensor);
  env.clock.advance(20);
  chip.temperature = 130;
  chip.humidity = 100;
  assert.deepEqual(sensor.readings(), { temperature_celsius: -45, relative_humidity_pct: 0 });
  env.clock.advance(20);
  assert.deepEqual(sensor.readings(), { temperature_celsius: 130, relative_humidity_pct: 100 });
});

test("sht3x rejects a transfer whose CRC is wrong, and recovers on the next one", () => {
  const env = rig();
  const chip = new SimSht3x({ clock: env.clock, temperature: 30, humidity: 60 });
  env.board.i2c().attach(0x44, chip);
  const read = get(build(env, [sht3x()]).resources, "climate", isSensor).captureReader("Readings", {});
  env.clock.advance(20);
  chip.corruptCrc = true;
  assert.throws(read, /sht3x: temperature CRC mismatch/);
  chip.corruptCrc = false;
  env.clock.advance(20);
  const reading = read() as { readings: Record<string, unknown> };
  assertNear(reading.readings.temperature_celsius, 30, TEMPERATURE_LSB / 2, "temperature after recovery");
});

test("sht3x read failures on the bus throw, and the sensor starts over", () => {
  const env = rig();
  const chip = new SimSht3x({ clock: env.clock });
  const bus = env.board.i2c();
  bus.attach(0x44, chip);
  const sensor = get(build(env, [sht3x()]).resources, "climate", isSensor);
  env.clock.advance(20);
  bus.detach(0x44);
  assert.throws(() => sensor.readings(), /I2C read failed: no ACK/);
  bus.attach(0x44, chip);
  assert.throws(() => sensor.readings(), /no conversion was pending; one has been started/);
  env.clock.advance(20);
  assertNear(sensor.readings().temperature_celsius, 22, TEMPERATURE_LSB / 2, "temperature after the sensor came back");
});

test("sht3x honours i2c_address and bus pins, and reports a missing chip at the component", () => {
  const env = rig();
  env.board.i2c().attach(0x45, new SimSht3x({ clock: env.clock }));
  const { resources, issues } = build(env, [
    sht3x({ i2c_address: "0x45", data_pin: 21, clock_pin: 22 }),
    { ...sht3x(), name: "absent" },
    { ...sht3x({ i2c_address: 0x80 }), name: "bad" },
  ]);
  assert.deepEqual(
    issues.map((issue) => `${issue.path}: ${issue.message}`),
    [
      "components[1]: no SHT3x answered at I2C address 0x44: I2C write failed: no ACK from address 0x44",
      "components[2].attributes.i2c_address: must be at most 119",
    ],
  );
  assert.deepEqual([...resources.keys()], ["climate"]);
});

test("sht3x close releases the bus, and the sensor can be built again", () => {
  const env = rig();
  env.board.i2c().attach(0x44, new SimSht3x({ clock: env.clock }));
  const first = get(build(env, [sht3x()]).resources, "climate", isSensor);
  first.close();
  env.clock.advance(20);
  assert.throws(() => first.readings(), /closed/);
  const second = get(build(env, [sht3x()]).resources, "climate", isSensor);
  env.clock.advance(20);
  assertNear(second.readings().temperature_celsius, 22, TEMPERATURE_LSB / 2, "temperature");
});

const mpu = (attributes: Record<string, unknown> = {}, model = "mpu6050") => ({ name: "imu", type: "movement_sensor", model, attributes });
const G = 9.80665;

test("mpu6050 wakes the chip, sets ±2 g and ±250 °/s, and scales the raw counts", () => {
  const env = rig();
  const chip = new SimMpu6050({ acceleration: { x: 0.5, y: -1, z: 1.25 }, angularVelocity: { x: 125, y: -62.5, z: 10 }, temperature: 31 });
  // Left by an earlier run at ±16 g and ±2000 °/s: the driver must not trust the power-on defaults.
  chip.write(Uint8Array.of(0x1b, 0x18, 0x18));
  env.board.i2c().attach(0x68, chip);
  const { resources, issues } = build(env, [mpu()]);
  assert.deepEqual(issues, []);
  assert.equal(chip.asleep, false);
  assert.equal(chip.register(0x1b), 0);
  assert.equal(chip.register(0x1c), 0);

  const imu = get(resources, "imu", isMovementSensor);
  const capture = (method: string) => imu.captureReader(method, {})() as Record<string, unknown>;
  const accelerationLsb = G / 16384;
  const gyroLsb = 1 / 131;
  assertVector(capture("LinearAcceleration").linear_acceleration, { x: 0.5 * G, y: -G, z: 1.25 * G }, accelerationLsb / 2, "linear_acceleration");
  assertVector(capture("AngularVelocity").angular_velocity, { x: 125, y: -62.5, z: 10 }, gyroLsb / 2, "angular_velocity");

  const { readings } = capture("Readings") as { readings: Record<string, unknown> };
  assert.deepEqual(Object.keys(readings).sort(), ["angular_velocity", "linear_acceleration", "temperature_celsius"]);
  assertVector(readings.linear_acceleration, { x: 0.5 * G, y: -G, z: 1.25 * G }, accelerationLsb / 2, "readings.linear_acceleration");
  assertVector(readings.angular_velocity, { x: 125, y: -62.5, z: 10 }, gyroLsb / 2, "readings.angular_velocity");
  assertNear(readings.temperature_celsius, 31, 1 / 340 / 2, "readings.temperature_celsius");
  assert.deepEqual(JSON.parse(JSON.stringify(readings)), readings, "readings are plain JSON");
});

test("mpu6050 reports exact values at full-scale boundaries", () => {
  const env = rig();
  const chip = new SimMpu6050({ acceleration: { x: 1, y: -2, z: 0 }, angularVelocity: { x: -250, y: 0, z: 0 } });
  env.board.i2c().attach(0x68, chip);
  const imu = get(build(env, [mpu()]).resources, "imu", isMovementSensor);
  assert.deepEqual(imu.linearAcceleration(), { x: G, y: -2 * G, z: 0 });
  assert.deepEqual(imu.angularVelocity(), { x: -250, y: 0, z: 0 });
});

test("mpu6050 serves only the methods the chip can answer", () => {
  const env = rig();
  env.board.i2c().attach(0x68, new SimMpu6050());
  const imu = get(build(env, [mpu({}, "gyro-mpu6050")]).resources, "imu", isMovementSensor);
  assert.equal(imu.model, "gyro-mpu6050");
  for (const method of ["Position", "LinearVelocity", "CompassHeading", "TicksCount"]) {
    assert.throws(() => imu.captureReader(method, {}), { message: `method ${method} is not supported by movement_sensor model gyro-mpu6050`, subPath: "method" });
  }
  assert.throws(() => imu.position(), /method Position is not supported/);
});

test("mpu6050 uses the alternate address, rejects a chip that is not an MPU-6050, and sleeps on close", () => {
  const env = rig();
  const chip = new SimMpu6050();
  env.board.i2c().attach(0x69, chip);
  env.board.i2c().attach(0x68, new SimMpu6050({ whoAmI: 0x70 }));
  const { resources, issues } = build(env, [mpu({ use_alt_i2c_address: true }), { ...mpu(), name: "clone" }]);
  assert.deepEqual(
    issues.map((issue) => `${issue.path}: ${issue.message}`),
    ["components[1]: no MPU-6050 at I2C address 0x68: WHO_AM_I reads 0x70, expected 0x68"],
  );
  const imu = get(resources, "imu", isMovementSensor);
  assert.equal(chip.asleep, false);
  imu.close();
  assert.equal(chip.asleep, true);
  assert.throws(() => imu.linearAcceleration(), /closed/);
});
