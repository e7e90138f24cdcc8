// Power sensors end to end on the booted simulated board: an INA219 and an INA226 on the I2C bus,
// captured by every power sensor method, synced to the local cloud (which decodes the uploads with
// the official schemas), and served over h2c to grpc-js with the official SDK's message classes
// and to the official SDK's PowerSensorClient.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PowerSensorClient, commonApi, powerSensorApi, robotApi } from "@viamrobotics/sdk";
import { SimIna } from "../hosts/sim/devices/ina.ts";
import type { SimBoard } from "../hosts/sim/board.ts";
import { GrpcStatus } from "../src/rpc/grpc-status.ts";
import { PART, failsWith, remoteConfig, servedBoard, withSdkBoard, type GrpcPeer, type RemoteBoard } from "./remote-harness.ts";

const POWER = "/viam.component.powersensor.v1.PowerSensorService/";
const capture = (...methods: string[]) => [
  { type: "data_manager", attributes: { capture_methods: methods.map((method) => ({ method, capture_frequency_hz: 1 })) } },
];

function powerConfig() {
  const config = remoteConfig();
  config.components.push(
    { name: "battery", type: "power_sensor", model: "ina219", attributes: {}, service_configs: capture("Voltage", "Current", "Power", "Readings") },
    {
      name: "solar",
      api: "rdk:component:power_sensor",
      model: "rdk:builtin:ina226",
      attributes: { i2c_address: "0x41", shunt_resistance: 0.002, max_current_amps: 32.768 },
      service_configs: capture("Power"),
    },
  );
  return config;
}

/** 5 V at 1 A on the INA219; the INA226 datasheet's example (10 A through 2 mΩ, 11.98 V) on the other. */
function wire(sim: SimBoard): void {
  sim.i2c().attach(0x40, new SimIna({ variant: "ina219", busVolts: 5, amperes: 1 }));
  sim.i2c().attach(0x41, new SimIna({ variant: "ina226", shuntOhms: 0.002, busVolts: 11.98, amperes: 10 }));
}

const near = (actual: number, expected: number, tolerance: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} is not within ${tolerance} of ${expected}`);
const INA219_LSB = 3.2 / 32768;

describe("power sensors on the booted board (virtual time, grpc-js, local cloud)", () => {
  let board: RemoteBoard;
  let peer: GrpcPeer;
  servedBoard({ config: powerConfig(), setup: wire }, (served) => ({ board, peer } = served));

  it("builds both without a config issue and lists them", async () => {
    assert.deepEqual(board.machine().issues, []);
    const names = await peer.call("/viam.robot.v1.RobotService/ResourceNames", new robotApi.ResourceNamesRequest(), robotApi.ResourceNamesResponse);
    const power = names.resources.filter((name) => name.subtype === "power_sensor").map((name) => name.name);
    assert.deepEqual(power, ["battery", "solar"]);
  });

  it("answers GetVoltage, GetCurrent, GetPower and GetReadings", async () => {
    const voltage = await peer.call(POWER + "GetVoltage", new powerSensorApi.GetVoltageRequest({ name: "battery" }), powerSensorApi.GetVoltageResponse);
    near(voltage.volts, 5, 0.004, "volts");
    assert.equal(voltage.isAc, false);
    const current = await peer.call(POWER + "GetCurrent", new powerSensorApi.GetCurrentRequest({ name: "battery" }), powerSensorApi.GetCurrentResponse);
    near(current.amperes, 1, INA219_LSB, "amperes");
    const power = await peer.call(POWER + "GetPower", new powerSensorApi.GetPowerRequest({ name: "solar" }), powerSensorApi.GetPowerResponse);
    near(power.watts, 119.8, 1e-9, "the datasheet's 4792 × 25 mW");
    const readings = await peer.call(POWER + "GetReadings", new commonApi.GetReadingsRequest({ name: "solar" }), commonApi.GetReadingsResponse);
    assert.deepEqual(Object.keys(readings.readings), ["volts", "amps", "is_ac", "watts"]);
    near(readings.readings.amps!.toJson() as number, 10, 1e-9, "amps");
    assert.equal(readings.readings.is_ac!.toJson(), false);
  });

  it("answers NOT_FOUND for a name that is not a power sensor", async () => {
    await failsWith(peer.call(POWER + "GetVoltage", new powerSensorApi.GetVoltageRequest({ name: "board" }), powerSensorApi.GetVoltageResponse), GrpcStatus.NOT_FOUND, /no power sensor named "board"/);
  });

  it("captures Voltage, Current, Power and Readings and syncs them as viam-server records them", async () => {
    board.device.advance(3_000);
    await board.machine().sync!.syncNow();
    const rows = (name: string, method: string) => board.cloud.uploads({ partId: PART, componentName: name, methodName: method });
    for (const method of ["Voltage", "Current", "Power", "Readings"]) {
      const uploaded = rows("battery", method);
      assert.equal(uploaded.length, 3, method);
      assert.ok(uploaded.every((row) => row.componentType === "rdk:component:power_sensor"), method);
    }
    const voltage = rows("battery", "Voltage")[0]!.data as { volts: number; is_ac: boolean };
    assert.deepEqual(Object.keys(voltage).sort(), ["is_ac", "volts"]);
    near(voltage.volts, 5, 0.004, "volts");
    assert.equal(voltage.is_ac, false);
    const current = rows("battery", "Current")[0]!.data as { amperes: number; is_ac: boolean };
    near(current.amperes, 1, INA219_LSB, "amperes");
    const readings = (rows("battery", "Readings")[0]!.data as { readings: Record<string, unknown> }).readings;
    assert.deepEqual(Object.keys(readings).sort(), ["amps", "is_ac", "volts", "watts"]);
    for (const row of rows("solar", "Power")) near((row.data as { watts: number }).watts, 119.8, 1e-9, "solar watts");
  });
});

describe("the official SDK's PowerSensorClient against the booted board", () => {
  it("reads voltage, current, power and readings from both chips", () =>
    withSdkBoard({ config: powerConfig(), setup: wire }, async (robot) => {
      const battery = new PowerSensorClient(robot, "battery");
      const [volts, voltsAc] = await battery.getVoltage();
      near(volts, 5, 0.004, "volts");
      assert.equal(voltsAc, false);
      const [amperes] = await battery.getCurrent();
      near(amperes, 1, INA219_LSB, "amperes");
      const readings = await battery.getReadings();
      near(readings.volts as number, 5, 0.004, "readings.volts");
      // The INA226 datasheet's example: 11.98 V is 9584 counts of 1.25 mV; 10 A is 10,000 counts of 1 mA.
      const solar = new PowerSensorClient(robot, "solar");
      assert.deepEqual(await solar.getVoltage(), [11.98, false]);
      assert.deepEqual(await solar.getCurrent(), [10, false]);
      near(await solar.getPower(), 119.8, 1e-9, "watts");
      const solarReadings = await solar.getReadings();
      assert.deepEqual(Object.keys(solarReadings), ["volts", "amps", "is_ac", "watts"]);
      assert.deepEqual([solarReadings.volts, solarReadings.amps, solarReadings.is_ac], [11.98, 10, false]);
    }));
});
