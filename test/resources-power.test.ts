// The ina219 and ina226 power sensors against simulated chips that do the datasheets' arithmetic.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ConfigIssue } from "../src/config/types.ts";
import { parseMachineConfig } from "../src/config/parse.ts";
import { buildResources } from "../src/resources/build.ts";
import type { PowerSensor } from "../src/resources/power-sensor/power-sensor.ts";
import { isPowerSensor } from "../src/resources/power-sensor/power-sensor.ts";
import { INA219, INA226, calibrationFor } from "../src/resources/power-sensor/ina-chip.ts";
import { VirtualClock } from "../hosts/sim/clock.ts";
import { SimBoard } from "../hosts/sim/board.ts";
import { SimFlash } from "../hosts/sim/flash.ts";
import { MemoryKeyValue } from "../hosts/sim/key-value.ts";
import { createMemoryHost } from "../hosts/sim/memory-host.ts";
import { SimIna } from "../hosts/sim/devices/ina.ts";

function rig() {
  const clock = new VirtualClock();
  const board = new SimBoard({ clock });
  const host = createMemoryHost({ clock, board, flash: new SimFlash({ size: 16 * 4096 }), kv: new MemoryKeyValue() });
  return { board, host };
}

function build(env: ReturnType<typeof rig>, model: string, attributes: Record<string, unknown> = {}) {
  const parsed = parseMachineConfig({ components: [{ name: "power", type: "power_sensor", model, attributes }] });
  assert.deepEqual(parsed.issues, []);
  const issues: ConfigIssue[] = [];
  const resources = buildResources(env.host, parsed.config.components, (issue) => issues.push(issue));
  const resource = resources.get("power");
  return { sensor: resource && isPowerSensor(resource) ? (resource as PowerSensor) : undefined, issues };
}

const near = (actual: number, expected: number, tolerance: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} is not within ${tolerance} of ${expected}`);

test("calibration values follow the datasheet equations", () => {
  // INA219 with Viam's defaults: Current_LSB = 3.2 A / 2^15, CAL = trunc(0.04096 / (LSB × 0.1 Ω)) = 4194.
  assert.equal(calibrationFor(INA219, 0.1, 3.2), 4194);
  // INA226 datasheet example: 2 mΩ, 1 mA/bit (32.768 A / 2^15) gives CAL = 2560 (0x0A00).
  assert.equal(calibrationFor(INA226, 0.002, 32.768), 2560);
  // The INA219's bit 0 is not used, so an odd value is held one lower.
  assert.equal(calibrationFor(INA219, 0.1, 3.1), 4328);
  assert.equal(calibrationFor(INA226, 0.1, 0.001), undefined, "beyond the 15-bit register");
});

test("ina226 reproduces the datasheet's worked example (10 A through 2 mΩ at 11.98 V)", () => {
  const env = rig();
  const chip = new SimIna({ variant: "ina226", shuntOhms: 0.002, busVolts: 11.98, amperes: 10 });
  env.board.i2c().attach(0x40, chip);
  const { sensor, issues } = build(env, "ina226", { shunt_resistance: 0.002, max_current_amps: 32.768 });
  assert.deepEqual(issues, []);
  assert.ok(sensor);
  assert.deepEqual(chip.writes, [
    [0x00, 0x4127],
    [0x05, 0x0a00],
  ]);
  const registers = (sensor as unknown as { registers(): Record<string, number> }).registers();
  // Shunt 8000 (20 mV), bus 9584 (11.98 V), current 10000 (10 A), power 4792 (119.8 W).
  assert.deepEqual(registers, { configuration: 0x4127, shunt_voltage: 8000, bus_voltage: 9584, power: 4792, current: 10000, calibration: 2560 });
  assert.deepEqual(sensor.voltage(), { volts: 9584 * 1.25e-3, isAc: false });
  near(sensor.current().amperes, 10, 1e-9, "current");
  near(sensor.power(), 119.8, 1e-9, "power");
  assert.deepEqual(sensor.captureReader("Power", {})(), { watts: sensor.power() });
  assert.deepEqual(sensor.captureReader("Voltage", {})(), { volts: 11.98, is_ac: false });
  assert.deepEqual(sensor.captureReader("Current", {})(), { amperes: sensor.current().amperes, is_ac: false });
  assert.deepEqual(sensor.captureReader("Readings", {})(), {
    readings: { volts: 11.98, amps: sensor.current().amperes, is_ac: false, watts: sensor.power() },
  });
  assert.throws(() => sensor.captureReader("Position", {}), /method Position is not supported by power_sensor model ina226/);
});

test("ina219 with Viam's defaults reads a 1 A load on a 5 V bus to within one LSB", () => {
  const env = rig();
  const chip = new SimIna({ variant: "ina219", busVolts: 5, amperes: 1 });
  env.board.i2c().attach(0x40, chip);
  const { sensor, issues } = build(env, "rdk:builtin:ina219");
  assert.deepEqual(issues, []);
  assert.ok(sensor);
  assert.equal(chip.calibration, 4194);
  const lsb = 3.2 / 32768;
  near(sensor.voltage().volts, 5, 0.004, "bus voltage");
  near(sensor.current().amperes, 1, lsb, "current");
  near(sensor.power(), 5, 20 * lsb * 5, "power");
  chip.amperes = -0.5;
  near(sensor.current().amperes, -0.5, lsb, "a reverse current is negative");
});

test("ina219 reports a current beyond its calibration as an error, not a reading", () => {
  const env = rig();
  const chip = new SimIna({ variant: "ina219", busVolts: 12, amperes: 3 });
  env.board.i2c().attach(0x41, chip);
  const { sensor, issues } = build(env, "ina219", { i2c_address: "0x41", max_current_amps: 2 });
  assert.deepEqual(issues, []);
  assert.ok(sensor);
  assert.throws(() => sensor.current(), /math overflow/);
  assert.throws(() => sensor.readings(), /math overflow/);
  near(sensor.voltage().volts, 12, 0.004, "the bus voltage is still good");
});

test("bad attributes and missing chips are reported at their JSON path", () => {
  const env = rig();
  env.board.i2c().attach(0x40, new SimIna({ variant: "ina219" }));
  assert.deepEqual(build(env, "ina219", { shunt_resistance: 0 }).issues.map((i) => [i.path, i.message]), [
    ["components[0].attributes.shunt_resistance", "must be > 0 (ohms)"],
  ]);
  const tooFine = build(env, "ina226", { max_current_amps: 0.001 }).issues;
  assert.equal(tooFine[0]?.path, "components[0].attributes.max_current_amps");
  assert.match(tooFine[0]!.message, /cannot be calibrated for 0.001 A/);
  // An INA219 where an INA226 is configured: it has no manufacturer ID register, so it NAKs.
  assert.match(build(env, "ina226").issues[0]!.message, /no INA226 at I2C address 0x40: .*NAK/);
  assert.match(build(env, "ina219", { i2c_address: 0x45 }).issues[0]!.message, /no INA219 at I2C address 0x45: .*no ACK/);
});
