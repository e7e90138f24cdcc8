// The `gpio` servo on the booted simulated board: Move, GetPosition, IsMoving and Stop over h2c
// (grpc-js with the official SDK's messages) and through the official SDK's ServoClient, checked
// against the pulse the simulated LEDC drives; the Position capture method synced to the local cloud;
// bad servo configs and out-of-range angles refused clearly while the rest runs.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ServoClient, Struct, servoApi } from "@viamrobotics/sdk";
import { GrpcStatus } from "../src/rpc/grpc-status.ts";
import { PART, failsWith, remoteConfig, servedBoard, withSdkBoard, type GrpcPeer, type RemoteBoard } from "./remote-harness.ts";

const SERVO = "/viam.component.servo.v1.ServoService/";

function servoConfig() {
  const config = remoteConfig();
  config.components[0]!.attributes.pins = [15, 16, 25, 26, 36];
  config.components.push(
    {
      name: "pan",
      type: "servo",
      model: "gpio",
      attributes: { board: "board", pin: 25, max_angle_deg: 170 },
      service_configs: [{ type: "data_manager", attributes: { capture_methods: [{ method: "Position", capture_frequency_hz: 1 }] } }],
    },
    { name: "tilt", type: "servo", model: "rdk:builtin:gpio", attributes: { board: "board", pin: 26, starting_position_deg: 45, frequency_hz: 300 } },
    { name: "stuck", type: "servo", model: "gpio", attributes: { board: "board", pin: 36 } },
    { name: "slow", type: "servo", model: "gpio", attributes: { board: "board", pin: 16, frequency_hz: 500, max_width_us: 2500 } },
  );
  return config;
}

describe("gpio servo over grpc-js", () => {
  let board: RemoteBoard;
  let peer: GrpcPeer;
  servedBoard({ config: servoConfig() }, (served) => ({ board, peer } = served));

  it("reports the servos it cannot build at their JSON path and builds the rest", () => {
    assert.deepEqual(
      board.machine().issues.map((issue) => `${issue.path}: ${issue.message}`),
      [
        "components[7].attributes.pin: GPIO 36 is input-only and cannot drive PWM",
        "components[8].attributes.max_width_us: 2500 µs does not fit a 500 Hz frame",
      ],
    );
    assert.ok(board.machine().resources.has("pan") && board.machine().resources.has("tilt"));
  });

  it("starts at starting_position_deg, at its own frequency", async () => {
    const tilt = board.device.board.pwm(26)!;
    assert.equal(tilt.hz, 300);
    // 45° is 1000 µs of a 3333 µs frame.
    assert.equal(tilt.value, Math.round(((500 + (2000 * 45) / 180) * 300 * 1023) / 1e6));
    const position = await peer.call(SERVO + "GetPosition", new servoApi.GetPositionRequest({ name: "tilt" }), servoApi.GetPositionResponse);
    assert.equal(position.positionDeg, 45);
  });

  it("moves, reports the angle, never claims to be moving, and stops", async () => {
    await peer.call(SERVO + "Move", new servoApi.MoveRequest({ name: "pan", angleDeg: 90 }), servoApi.MoveResponse);
    // 90° is a 1.5 ms pulse: 7.5 % of a 20 ms frame.
    assert.deepEqual(board.device.board.pwm(25), { hz: 50, resolution: 10, value: 77, duty: 77 / 1023 });
    const position = await peer.call(SERVO + "GetPosition", new servoApi.GetPositionRequest({ name: "pan" }), servoApi.GetPositionResponse);
    assert.equal(position.positionDeg, 90);
    const moving = await peer.call(SERVO + "IsMoving", new servoApi.IsMovingRequest({ name: "pan" }), servoApi.IsMovingResponse);
    assert.equal(moving.isMoving, false);
    await peer.call(SERVO + "Stop", new servoApi.StopRequest({ name: "tilt" }), servoApi.StopResponse);
    assert.equal(board.device.board.pwm(26)?.value, 0, "no pulses");
  });

  it("refuses an angle outside the servo's range and keeps its position", async () => {
    await failsWith(peer.call(SERVO + "Move", new servoApi.MoveRequest({ name: "pan", angleDeg: 175 }), servoApi.MoveResponse), GrpcStatus.INVALID_ARGUMENT, /angle 175° is outside this servo's 0° to 170°/);
    assert.equal(board.device.board.pwm(25)?.value, 77);
    await failsWith(peer.call(SERVO + "Move", new servoApi.MoveRequest({ name: "board", angleDeg: 10 }), servoApi.MoveResponse), GrpcStatus.NOT_FOUND, /no servo named "board"/);
  });

  it("captures Position and syncs it", async () => {
    board.device.advance(3_000);
    await board.machine().sync!.syncNow();
    const rows = board.cloud.uploads({ partId: PART, componentName: "pan", methodName: "Position" });
    assert.equal(rows.length, 3);
    for (const row of rows) {
      assert.equal(row.componentType, "rdk:component:servo");
      assert.deepEqual(row.data, { position_deg: 90 });
    }
  });
});

describe("gpio servo through the official SDK's ServoClient", () => {
  it("moves, reads the position and stops", () =>
    withSdkBoard({ config: servoConfig() }, async (robot, board) => {
      const pan = new ServoClient(robot, "pan");
      await pan.move(30);
      assert.equal(await pan.getPosition(), 30);
      assert.equal(await pan.isMoving(), false);
      assert.equal(board.device.board.pwm(25)?.value, Math.round((((500 + (2000 * 30) / 180) * 50) / 1e6) * 1023));
      await assert.rejects(pan.move(171), /outside this servo's 0° to 170°/);
      const tilt = new ServoClient(robot, "tilt");
      assert.equal(await tilt.getPosition(), 45);
      await tilt.stop();
      assert.equal(board.device.board.pwm(26)?.value, 0, "no pulses");
      await assert.rejects(pan.doCommand(Struct.fromJson({ command: "status" })), /servo model gpio has no DoCommand commands/);
    }));
});
