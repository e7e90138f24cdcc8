// The ina219 and ina226 power sensors run in the real XS engine against the same simulated chips as
// under Node, and every power sensor capture method records the same values in both; so does the
// DoCommand capture method (the board's status and the INA219's raw registers).
import "@endo/init";
import { test } from "node:test";
import assert from "node:assert/strict";
import { startTwins } from "../../hosts/xs/harness.mjs";

const capture = (...methods) => [
  {
    type: "data_manager",
    attributes: {
      capture_methods: methods.map((method) =>
        typeof method === "string" ? { method, capture_frequency_hz: 2 } : { method: "DoCommand", capture_frequency_hz: 2, additional_params: { docommand_input: method } },
      ),
    },
  },
];
const config = JSON.stringify({
  components: [
    { name: "board", type: "board", model: "esp32", attributes: {}, service_configs: capture({ command: "status" }) },
    {
      name: "battery",
      type: "power_sensor",
      model: "ina219",
      attributes: {},
      service_configs: capture("Voltage", "Current", "Power", "Readings", { command: "registers" }),
    },
    {
      name: "solar",
      type: "power_sensor",
      model: "ina226",
      attributes: { i2c_address: 0x41, shunt_resistance: 0.002, max_current_amps: 32.768 },
      service_configs: capture("Power"),
    },
  ],
  services: [{ name: "dm", type: "data_manager", attributes: {} }],
});
const boot = {
  op: "boot",
  config,
  wall: Date.UTC(2025, 0, 1),
  i2c: {
    0x40: { ina: { variant: "ina219", busVolts: 5, amperes: 1 } },
    0x41: { ina: { variant: "ina226", shuntOhms: 0.002, busVolts: 11.98, amperes: 10 } },
  },
};

test("power sensors and DoCommand capture the same readings in XS as under Node", async (t) => {
  const twins = await startTwins(t);
  const { xs } = twins;
  const booted = await twins.same(boot);
  assert.deepEqual(booted.issues ?? [], []);
  await twins.advance(2_000);
  const summary = await xs.run({ op: "summary" });
  assert.deepEqual(
    summary.collectors.map((c) => [c.name, c.counters.captured, c.counters.readErrors]),
    [
      ['board/DoCommand({"command":"status"})', 4, 0],
      ["battery/Voltage", 4, 0],
      ["battery/Current", 4, 0],
      ["battery/Power", 4, 0],
      ["battery/Readings", 4, 0],
      ['battery/DoCommand({"command":"registers"})', 4, 0],
      ["solar/Power", 4, 0],
    ],
  );
  for (const { name } of summary.collectors) await twins.same({ op: "readings", collector: name });
  const first = async (name) => (await xs.run({ op: "readings", collector: name }))[0].sensorData.struct;
  const lsb = 3.2 / 32768;
  const voltage = await first("battery/Voltage");
  assert.equal(voltage.is_ac, false);
  assert.ok(Math.abs(voltage.volts - 5) <= 0.004, `volts ${voltage.volts}`);
  assert.ok(Math.abs((await first("battery/Current")).amperes - 1) <= lsb);
  assert.deepEqual(Object.keys((await first("battery/Readings")).readings), ["volts", "amps", "is_ac", "watts"]);
  assert.ok(Math.abs((await first("solar/Power")).watts - 119.8) < 1e-9, "the INA226 datasheet's 4792 × 25 mW");
  assert.deepEqual(await first('board/DoCommand({"command":"status"})'), { uptime_ms: 500 });
  const registers = await first('battery/DoCommand({"command":"registers"})');
  assert.equal(registers.calibration, 4194);
  assert.equal(registers.shunt_voltage, 10_000);
});

test("DoCommand through the machine's gRPC service answers the same in XS as under Node", async (t) => {
  const twins = await startTwins(t);
  await twins.same(boot);
  await twins.advance(1_234);
  const BOARD = "/viam.component.board.v1.BoardService/DoCommand";
  const POWER = "/viam.component.powersensor.v1.PowerSensorService/DoCommand";
  const calls = [
    { op: "doCommand", path: BOARD, name: "board", command: { command: "status" } },
    { op: "doCommand", path: POWER, name: "solar", command: { command: "registers" } },
    { op: "doCommand", path: POWER, name: "solar", command: { command: "reset" } },
    { op: "doCommand", path: POWER, name: "board", command: { command: "status" } },
  ];
  const answers = [];
  for (const call of calls) answers.push(await twins.same(call));
  assert.deepEqual(answers[0], { result: { uptime_ms: 1_234 } });
  assert.deepEqual(answers[1], {
    result: { configuration: 0x4127, shunt_voltage: 8000, bus_voltage: 9584, power: 4792, current: 10000, calibration: 2560 },
  });
  assert.deepEqual(answers[2], { code: 3, message: 'unknown command "reset" (power_sensor model ina226 knows registers)' });
  assert.deepEqual(answers[3], { code: 5, message: 'no power sensor named "board"' });
});
