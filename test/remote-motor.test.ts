// The `gpio` motor on the booted simulated board, in both wirings (PWM + direction pin with an
// encoder, and an H-bridge's two inputs without one): SetPower, GoFor, GoTo, Stop, IsPowered,
// GetPosition and GetProperties over h2c (grpc-js with the official SDK's messages) and through the
// official SDK's MotorClient, checked against the pins the simulated board drives; Position and
// IsPowered captured and synced; bad configs and requests refused clearly while the rest runs.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MotorClient, Struct, motorApi } from "@viamrobotics/sdk";
import { GrpcStatus } from "../src/rpc/grpc-status.ts";
import { PART, failsWith, remoteConfig, servedBoard, until, withSdkBoard, type GrpcPeer, type RemoteBoard } from "./remote-harness.ts";

const MOTOR = "/viam.component.motor.v1.MotorService/";
const captures = (...methods: string[]) => [
  { type: "data_manager", attributes: { capture_methods: methods.map((method) => ({ method, capture_frequency_hz: 1 })) } },
];

function motorConfig() {
  const config = remoteConfig();
  config.components[0]!.attributes.pins = [12, 13, 14, 15, 25, 26, 27];
  config.components.push(
    {
      name: "left",
      type: "motor",
      model: "gpio",
      attributes: { board: "board", pins: { pwm: 25, dir: 26 }, max_rpm: 100, encoder: "wheel", ticks_per_rotation: 4 },
      service_configs: captures("Position", "IsPowered"),
    },
    { name: "right", type: "motor", model: "gpio", attributes: { board: "board", pins: { a: "12", b: "13" }, max_rpm: 60 }, service_configs: captures("IsPowered", "Position") },
    { name: "broken", type: "motor", model: "gpio", attributes: { board: "board", pins: { pwm: 14 } } },
    { name: "ghost", type: "motor", model: "gpio", attributes: { board: "board", pins: { pwm: 14, dir: 27 }, encoder: "wheel" } },
  );
  return config;
}

describe("gpio motor over grpc-js", () => {
  let board: RemoteBoard;
  let peer: GrpcPeer;
  const duty = (pin: number) => board.device.board.pwm(pin)?.value;
  const level = (pin: number) => board.device.board.writes(pin).at(-1)?.[1];
  const power = (name: string, powerPct: number) => peer.call(MOTOR + "SetPower", new motorApi.SetPowerRequest({ name, powerPct }), motorApi.SetPowerResponse);
  servedBoard({ config: motorConfig() }, (served) => ({ board, peer } = served));

  it("reports the motors it cannot build at their JSON path, and the capture it cannot run", () => {
    assert.deepEqual(
      board.machine().issues.map((issue) => `${issue.path}: ${issue.message}`),
      [
        "components[7].attributes.pins: must give pwm and dir, or a and b (with an optional pwm)",
        "components[8].attributes.ticks_per_rotation: is required with an encoder",
        "components[6].service_configs[0].attributes.capture_methods[1].method: method Position is not supported by motor model gpio",
      ],
    );
  });

  it("drives the PWM and direction pins with SetPower and stops", async () => {
    await power("left", 0.5);
    assert.equal(duty(25), 512);
    assert.equal(level(26), 1);
    await power("left", -0.25);
    assert.equal(duty(25), 256);
    assert.equal(level(26), 0);
    const powered = await peer.call(MOTOR + "IsPowered", new motorApi.IsPoweredRequest({ name: "left" }), motorApi.IsPoweredResponse);
    assert.deepEqual([powered.isOn, powered.powerPct], [true, -0.25]);
    await peer.call(MOTOR + "Stop", new motorApi.StopRequest({ name: "left" }), motorApi.StopResponse);
    assert.equal(duty(25), 0);
  });

  it("puts the PWM on the H-bridge input for the direction", async () => {
    await power("right", 0.5);
    assert.deepEqual([duty(12), duty(13)], [512, 0]);
    await power("right", -1);
    assert.deepEqual([duty(12), duty(13)], [0, 1023]);
    await power("right", 0);
  });

  it("GoFor without an encoder runs for the time max_rpm implies", async () => {
    // 30 rpm of 60 is half power; one revolution takes 2 s.
    const call = peer.call(MOTOR + "GoFor", new motorApi.GoForRequest({ name: "right", rpm: 30, revolutions: 1 }), motorApi.GoForResponse);
    await until(() => duty(12) === 512, "the motor to start");
    board.device.advance(1_999);
    assert.equal(duty(12), 512);
    board.device.advance(1);
    await call;
    assert.equal(duty(12), 0);
  });

  it("GoFor with an encoder stops on the encoder's count, and GetPosition follows it", async () => {
    await peer.call(MOTOR + "ResetZeroPosition", new motorApi.ResetZeroPositionRequest({ name: "left", offset: 0 }), motorApi.ResetZeroPositionResponse);
    const call = peer.call(MOTOR + "GoFor", new motorApi.GoForRequest({ name: "left", rpm: 50, revolutions: 2 }), motorApi.GoForResponse);
    await until(() => duty(25) === 512, "the motor to start");
    // Eight edges on the encoder wire are two revolutions at four ticks each.
    for (let edge = 0; edge < 8; edge++) board.device.board.digitalIn(18, edge % 2 === 0 ? 1 : 0);
    board.device.advance(10);
    await call;
    assert.equal(duty(25), 0);
    const position = await peer.call(MOTOR + "GetPosition", new motorApi.GetPositionRequest({ name: "left" }), motorApi.GetPositionResponse);
    assert.equal(position.position, 2);
    const properties = await peer.call(MOTOR + "GetProperties", new motorApi.GetPropertiesRequest({ name: "left" }), motorApi.GetPropertiesResponse);
    assert.equal(properties.positionReporting, true);
  });

  it("refuses what it cannot do clearly", async () => {
    await failsWith(power("left", 1.5), GrpcStatus.INVALID_ARGUMENT, /power 1.5 is outside −1 to 1/);
    await failsWith(
      peer.call(MOTOR + "GoFor", new motorApi.GoForRequest({ name: "right", rpm: 200, revolutions: 1 }), motorApi.GoForResponse),
      GrpcStatus.INVALID_ARGUMENT,
      /rpm 200 must be nonzero and within max_rpm 60/,
    );
    await failsWith(
      peer.call(MOTOR + "GetPosition", new motorApi.GetPositionRequest({ name: "right" }), motorApi.GetPositionResponse),
      GrpcStatus.FAILED_PRECONDITION,
      /has no encoder to give position/,
    );
    await failsWith(power("board", 0.5), GrpcStatus.NOT_FOUND, /no motor named "board"/);
  });

  it("captures IsPowered and Position and syncs them", async () => {
    await power("right", 0.75);
    board.device.advance(2_000);
    await board.machine().sync!.syncNow();
    const rows = (name: string, method: string) => board.cloud.uploads({ partId: PART, componentName: name, methodName: method });
    const right = rows("right", "IsPowered");
    assert.ok(right.length >= 2);
    assert.deepEqual(right.at(-1)!.data, { is_on: true, power_pct: 0.75 });
    assert.ok(right.every((row) => row.componentType === "rdk:component:motor"));
    assert.deepEqual(rows("left", "Position").at(-1)!.data, { position: 2 });
    assert.deepEqual(rows("left", "IsPowered").at(-1)!.data, { is_on: false, power_pct: 0 });
  });
});

describe("gpio motor through the official SDK's MotorClient", () => {
  it("sets power and reads it, the position and the properties", () =>
    withSdkBoard({ config: motorConfig() }, async (robot, board) => {
      const left = new MotorClient(robot, "left");
      await left.setPower(0.5);
      assert.deepEqual(await left.isPowered(), [true, 0.5]);
      assert.equal(board.device.board.pwm(25)?.value, 512);
      assert.equal(await left.getPosition(), 0);
      assert.equal((await left.getProperties()).positionReporting, true);
      await left.stop();
      assert.deepEqual(await left.isPowered(), [false, 0]);
    }));

  it("goes for a number of revolutions, by time without an encoder and by count with one", () =>
    withSdkBoard({ config: motorConfig(), virtual: true }, async (robot, board) => {
      const duty = (pin: number) => board.device.board.pwm(pin)?.value;
      const right = new MotorClient(robot, "right");
      // 30 rpm of 60 is half power; one revolution takes 2 s.
      const timed = right.goFor(30, 1);
      await until(() => duty(12) === 512, "the motor to start");
      board.device.advance(1_999);
      assert.deepEqual(await right.isPowered(), [true, 0.5]);
      board.device.advance(1);
      await timed;
      assert.deepEqual([duty(12), duty(13)], [0, 0]);
      const left = new MotorClient(robot, "left");
      const counted = left.goFor(-50, 2);
      await until(() => duty(25) === 512, "the motor to start");
      assert.equal(board.device.board.writes(26).at(-1)?.[1], 0, "backwards");
      for (let edge = 0; edge < 8; edge++) board.device.board.digitalIn(18, edge % 2 === 0 ? 1 : 0);
      board.device.advance(10);
      await counted;
      assert.equal(duty(25), 0);
      assert.equal(await left.getPosition(), 2, "the single encoder has no direction: it counts up either way");
      await assert.rejects(left.doCommand(Struct.fromJson({ command: "status" })), /motor model gpio has no DoCommand commands/);
    }));
});
