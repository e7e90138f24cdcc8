// The board's PWM calls run in the real XS engine through the machine's gRPC service, drive the
// simulated LEDC the same as under Node, and refuse a frequency the ESP32 cannot do the same way.
import "@endo/init";
import { test } from "node:test";
import assert from "node:assert/strict";
import { startTwins } from "../../hosts/xs/harness.mjs";

const boot = {
  op: "boot",
  config: JSON.stringify({ components: [{ name: "board", type: "board", model: "esp32", attributes: { pins: [25, 36] } }] }),
};

test("PWM through the board service matches Node in XS", async (t) => {
  const twins = await startTwins(t);
  await twins.same(boot);
  const calls = [
    { op: "pwm", pin: 25, hz: 50, duty: 0.075 },
    { op: "pwm", pin: 25, hz: 100_000, duty: 0.5 },
    { op: "pwm", pin: 36, hz: 50, duty: 0.5 },
  ];
  const answers = [];
  for (const call of calls) answers.push(await twins.same(call));
  assert.deepEqual(answers[0], { duty: 0.075, hz: 50, driven: { hz: 50, resolution: 10, value: 77, duty: 77 / 1023 } });
  assert.deepEqual(answers[1], { code: 3, message: "PWM frequency 100000 Hz is not possible: the ESP32 runs 1 to 78125 Hz at 10-bit resolution" });
  assert.deepEqual(answers[2], { code: 3, message: "GPIO 36 is input-only and cannot drive PWM" });
});

test("a gpio servo captures its Position the same in XS as under Node", async (t) => {
  const config = JSON.stringify({
    components: [
      { name: "board", type: "board", model: "esp32", attributes: { pins: [25] } },
      {
        name: "pan",
        type: "servo",
        model: "gpio",
        attributes: { board: "board", pin: 25, starting_position_deg: 60 },
        service_configs: [{ type: "data_manager", attributes: { capture_methods: [{ method: "Position", capture_frequency_hz: 2 }] } }],
      },
    ],
    services: [{ name: "dm", type: "data_manager", attributes: {} }],
  });
  const twins = await startTwins(t);
  await twins.same({ op: "boot", config, wall: Date.UTC(2025, 0, 1) });
  await twins.advance(1_000);
  const readings = await twins.same({ op: "readings", collector: "pan/Position" });
  assert.deepEqual(readings.map((r) => r.sensorData.struct), [{ position_deg: 60 }, { position_deg: 60 }]);
});

test("a gpio motor builds, drives its pins and captures IsPowered the same in XS as under Node", async (t) => {
  const config = JSON.stringify({
    components: [
      { name: "board", type: "board", model: "esp32", attributes: { pins: [12, 13, 25, 26] } },
      {
        name: "drive",
        type: "motor",
        model: "gpio",
        attributes: { board: "board", pins: { pwm: 25, dir: 26 }, max_rpm: 100 },
        service_configs: [{ type: "data_manager", attributes: { capture_methods: [{ method: "IsPowered", capture_frequency_hz: 2 }] } }],
      },
    ],
    services: [{ name: "dm", type: "data_manager", attributes: {} }],
  });
  const twins = await startTwins(t);
  await twins.same({ op: "boot", config, wall: Date.UTC(2025, 0, 1) });
  await twins.advance(1_000);
  const readings = await twins.same({ op: "readings", collector: "drive/IsPowered" });
  assert.deepEqual(readings.map((r) => r.sensorData.struct), [{ is_on: false, power_pct: 0 }, { is_on: false, power_pct: 0 }]);
  // The motor holds its PWM pin at 800 Hz, duty 0, from the start.
  const answer = await twins.same({ op: "pwm", pin: 25, hz: 800, duty: 0 });
  assert.deepEqual(answer, { duty: 0, hz: 800, driven: { hz: 800, resolution: 10, value: 0, duty: 0 } });
});
