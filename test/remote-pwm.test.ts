// PWM on the booted simulated board: the board's SetPWM, PWM, SetPWMFrequency and PWMFrequency over
// h2c (grpc-js with the official SDK's messages) and through the official SDK's BoardClient, checked
// against what the simulated LEDC outputs drive, and the settings the ESP32 cannot do refused clearly.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BoardClient, boardApi } from "@viamrobotics/sdk";
import { GrpcStatus } from "../src/rpc/grpc-status.ts";
import { failsWith, remoteConfig, servedBoard, withSdkBoard, type GrpcPeer, type RemoteBoard } from "./remote-harness.ts";

const BOARD = "/viam.component.board.v1.BoardService/";

function pwmConfig() {
  const config = remoteConfig();
  config.components[0]!.attributes.pins = [15, 16, 25, 26];
  return config;
}

describe("board PWM over grpc-js", () => {
  let board: RemoteBoard;
  let peer: GrpcPeer;
  servedBoard({ config: pwmConfig() }, (served) => ({ board, peer } = served));

  const setFrequency = (pin: string, hz: bigint) =>
    peer.call(BOARD + "SetPWMFrequency", new boardApi.SetPWMFrequencyRequest({ name: "board", pin, frequencyHz: hz }), boardApi.SetPWMFrequencyResponse);
  const setDuty = (pin: string, duty: number) =>
    peer.call(BOARD + "SetPWM", new boardApi.SetPWMRequest({ name: "board", pin, dutyCyclePct: duty }), boardApi.SetPWMResponse);

  it("drives a 50 Hz servo pulse and reads it back", async () => {
    await setFrequency("25", 50n);
    await setDuty("25", 0.075);
    const sim = board.device.board.pwm(25);
    assert.equal(sim?.hz, 50);
    assert.equal(sim?.value, Math.round(0.075 * 1023), "10-bit counts");
    const duty = await peer.call(BOARD + "PWM", new boardApi.PWMRequest({ name: "board", pin: "25" }), boardApi.PWMResponse);
    assert.equal(duty.dutyCyclePct, 0.075);
    const hz = await peer.call(BOARD + "PWMFrequency", new boardApi.PWMFrequencyRequest({ name: "board", pin: "25" }), boardApi.PWMFrequencyResponse);
    assert.equal(hz.frequencyHz, 50n);
  });

  it("keeps the duty cycle when the frequency changes, and defaults to 1 kHz", async () => {
    await setDuty("26", 0.25);
    assert.equal(board.device.board.pwm(26)?.hz, 1000);
    await setFrequency("26", 20_000n);
    assert.deepEqual(board.device.board.pwm(26), { hz: 20_000, resolution: 10, value: 256, duty: 256 / 1023 });
    await setFrequency("26", 0n);
    assert.equal(board.device.board.pwm(26)?.hz, 1000, "0 asks for the default");
  });

  it("refuses what the ESP32 cannot do, and goes on serving", async () => {
    await failsWith(setFrequency("25", 100_000n), GrpcStatus.INVALID_ARGUMENT, /PWM frequency 100000 Hz is not possible: the ESP32 runs 1 to 78125 Hz/);
    assert.equal(board.device.board.pwm(25)?.hz, 50, "the output is unchanged");
    await failsWith(setDuty("25", -0.1), GrpcStatus.INVALID_ARGUMENT, /duty cycle -0.1 is outside 0 to 1/);
    await failsWith(setDuty("4", 0.5), GrpcStatus.INVALID_ARGUMENT, /GPIO 4 is a digital interrupt|no GPIO pin "4"/);
    await failsWith(setDuty("33", 0.5), GrpcStatus.INVALID_ARGUMENT, /no GPIO pin "33"/);
    await failsWith(
      peer.call(BOARD + "GetGPIO", new boardApi.GetGPIORequest({ name: "board", pin: "25" }), boardApi.GetGPIOResponse),
      GrpcStatus.INVALID_ARGUMENT,
      /GPIO 25 is a PWM output: PWM reports its duty cycle/,
    );
  });

  it("a level set with SetGPIO ends PWM on the pin", async () => {
    await setDuty("16", 0.5);
    assert.ok(board.device.board.pwm(16));
    await peer.call(BOARD + "SetGPIO", new boardApi.SetGPIORequest({ name: "board", pin: "16", high: true }), boardApi.SetGPIOResponse);
    assert.equal(board.device.board.pwm(16), undefined);
    const duty = await peer.call(BOARD + "PWM", new boardApi.PWMRequest({ name: "board", pin: "16" }), boardApi.PWMResponse);
    assert.equal(duty.dutyCyclePct, 0);
  });
});

describe("board PWM through the official SDK's BoardClient", () => {
  it("sets and reads duty cycle and frequency", () =>
    withSdkBoard({ config: pwmConfig() }, async (robot, board) => {
      const boardClient = new BoardClient(robot, "board");
      await boardClient.setPWMFrequency("25", 500);
      await boardClient.setPWM("25", 0.5);
      assert.equal(await boardClient.getPWM("25"), 0.5);
      assert.equal(await boardClient.getPWMFrequency("25"), 500);
      assert.deepEqual(board.device.board.pwm(25), { hz: 500, resolution: 10, value: 512, duty: 512 / 1023 });
      await assert.rejects(boardClient.setPWMFrequency("25", 1_000_000), /not possible/);
    }));
});
