// The servo, motor, board PWM and data manager services run in the real XS engine: each request is
// encoded here by hand from the field numbers of Viam's API, sent through the machine's gRPC service,
// and must get the same answer bytes as under Node.
import "@endo/init";
import { test } from "node:test";
import assert from "node:assert/strict";
import { startTwins } from "../../hosts/xs/harness.mjs";

const config = JSON.stringify({
  components: [
    { name: "board", type: "board", model: "esp32", attributes: { pins: [12, 13, 25] } },
    { name: "pan", type: "servo", model: "gpio", attributes: { board: "board", pin: 25 } },
    { name: "drive", type: "motor", model: "gpio", attributes: { board: "board", pins: { a: 12, b: 13 }, max_rpm: 60 } },
  ],
  services: [{ name: "dm", type: "data_manager", attributes: {} }],
});

const hex = (bytes) => Buffer.from(bytes).toString("hex");
const text = (field, value) => [(field << 3) | 2, value.length, ...Buffer.from(value)];
const varint = (field, value) => [field << 3, ...(value < 128 ? [value] : [(value & 0x7f) | 0x80, value >> 7])];
const double = (field, value) => {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setFloat64(0, value, true);
  return [(field << 3) | 1, ...bytes];
};
const rpc = (path, fields) => ({ op: "rpc", path, request: hex(fields.flat()) });

test("servo, motor, PWM and data manager calls answer the same bytes in XS as under Node", async (t) => {
  const twins = await startTwins(t);
  await twins.same({ op: "boot", config, wall: Date.UTC(2025, 0, 1) });
  // DoCommand's command {"command": "status"}: a Struct of one Value holding a string.
  const value = text(3, "status");
  const entry = [...text(1, "command"), 0x12, value.length, ...value];
  const struct = [0x0a, entry.length, ...entry];
  const calls = [
    rpc("/viam.component.servo.v1.ServoService/Move", [text(1, "pan"), varint(2, 90)]),
    rpc("/viam.component.servo.v1.ServoService/GetPosition", [text(1, "pan")]),
    rpc("/viam.component.servo.v1.ServoService/Move", [text(1, "pan"), varint(2, 200)]),
    rpc("/viam.component.board.v1.BoardService/PWM", [text(1, "board"), text(2, "25")]),
    rpc("/viam.component.motor.v1.MotorService/SetPower", [text(1, "drive"), double(2, -0.5)]),
    rpc("/viam.component.motor.v1.MotorService/IsPowered", [text(1, "drive")]),
    rpc("/viam.component.motor.v1.MotorService/SetPower", [text(1, "drive"), double(2, 2)]),
    rpc("/viam.service.datamanager.v1.DataManagerService/DoCommand", [text(1, "dm"), [0x12, struct.length, ...struct]]),
  ];
  const answers = [];
  for (const call of calls) answers.push(await twins.same(call));
  assert.deepEqual(answers[0], { response: "" });
  assert.deepEqual(answers[1], { response: hex(varint(1, 90)) });
  assert.deepEqual(answers[2], { code: 3, message: "angle 200° is outside this servo's 0° to 180°" });
  // 90° is a 1.5 ms pulse in a 20 ms frame.
  assert.deepEqual(answers[3], { response: hex(double(1, 0.075)) });
  assert.deepEqual(answers[4], { response: "" });
  assert.deepEqual(answers[5], { response: hex([...varint(1, 1), ...double(2, -0.5)]) });
  assert.deepEqual(answers[6], { code: 3, message: "power 2 is outside −1 to 1" });
  assert.ok(answers[7].response.includes(Buffer.from("off").toString("hex")), "sync is off without credentials");
});
