// DoCommand end to end on the booted simulated board: the built-in commands over h2c (grpc-js with
// the official SDK's messages) and through the official SDK's clients, clear errors for what a model
// does not take, and the DoCommand capture method captured, synced and decoded by the local cloud,
// with bad capture entries reported at their JSON path while everything else runs; the data manager's
// DoCommand through the official SDK's DataManagerClient.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BoardClient, DataManagerClient, EncoderClient, PowerSensorClient, SensorClient, Struct, commonApi } from "@viamrobotics/sdk";
import { SimIna } from "../hosts/sim/devices/ina.ts";
import { SimSht3x } from "../hosts/sim/devices/sht3x.ts";
import type { SimBoard } from "../hosts/sim/board.ts";
import { GrpcStatus } from "../src/rpc/grpc-status.ts";
import { PART, SECRET, failsWith, remoteConfig, servedBoard, withSdkBoard, type GrpcPeer, type RemoteBoard } from "./remote-harness.ts";
import { withRobot } from "./sdk-robot.ts";

const SENSOR = "/viam.component.sensor.v1.SensorService/DoCommand";
const BOARD = "/viam.component.board.v1.BoardService/DoCommand";
const POWER = "/viam.component.powersensor.v1.PowerSensorService/DoCommand";
const ENCODER = "/viam.component.encoder.v1.EncoderService/DoCommand";

const doCommand = (docommand_input: unknown, hz = 1) => ({ method: "DoCommand", capture_frequency_hz: hz, additional_params: { docommand_input } });
const capturing = (...methods: object[]) => [{ type: "data_manager", attributes: { capture_methods: methods } }];

function commandConfig() {
  const config = remoteConfig();
  const [boardComponent, fakeSensor, temperature] = config.components as Array<Record<string, unknown>>;
  const boardMethods = (boardComponent!.service_configs as Array<{ attributes: { capture_methods: object[] } }>)[0]!.attributes.capture_methods;
  boardMethods.push(doCommand({ command: "status" }));
  fakeSensor!.service_configs = capturing(doCommand("status"));
  temperature!.service_configs = capturing(doCommand({ command: "status" }));
  config.components.push(
    {
      name: "climate",
      type: "sensor",
      model: "sht3x",
      attributes: {},
      service_configs: capturing({ method: "Readings", capture_frequency_hz: 1 }, doCommand({ command: "status" }, 0.3), doCommand({ command: "bogus" })),
    },
    { name: "battery", type: "power_sensor", model: "ina219", attributes: {}, service_configs: capturing(doCommand({ command: "registers" })) },
  );
  return config;
}

function wire(sim: SimBoard): SimSht3x {
  const chip = new SimSht3x({ temperature: 21, humidity: 50 });
  sim.i2c().attach(0x44, chip);
  sim.i2c().attach(0x40, new SimIna({ variant: "ina219", busVolts: 5, amperes: 1 }));
  return chip;
}

const struct = (json: Record<string, unknown>) => new commonApi.DoCommandRequest({ command: Struct.fromJson(json as never) });
const request = (name: string, json: Record<string, unknown>) => {
  const message = struct(json);
  message.name = name;
  return message;
};

describe("DoCommand on the booted board (virtual time, grpc-js, local cloud)", () => {
  let board: RemoteBoard;
  let peer: GrpcPeer;
  let chip: SimSht3x;
  servedBoard(
    {
      config: commandConfig(),
      setup: (sim) => {
        chip = wire(sim);
      },
    },
    (served) => ({ board, peer } = served),
  );

  it("reports each bad DoCommand capture entry at its JSON path, and runs the rest", () => {
    const issues = board.machine().issues.map((issue) => `${issue.path}: ${issue.message}`);
    assert.deepEqual(issues, [
      'components[1].service_configs[0].attributes.capture_methods[0].additional_params.docommand_input: must be an object: the DoCommand command, such as {"command": "status"}',
      "components[2].service_configs[0].attributes.capture_methods[0].additional_params.docommand_input: sensor model tmp36 has no DoCommand commands",
      'components[5].service_configs[0].attributes.capture_methods[2].additional_params.docommand_input.command: unknown command "bogus" (sensor model sht3x knows heater, status)',
    ]);
    const names = board.machine().data.collectors.map((collector) => collector.name);
    for (const name of ["board/DoCommand", "climate/Readings", "climate/DoCommand", "battery/DoCommand", "board/Analogs(light)"]) {
      assert.ok(names.some((n) => n.startsWith(name)), `${name} runs: ${names.join(", ")}`);
    }
  });

  it("runs the built-in commands", async () => {
    board.device.advance(20);
    const status = await peer.call(BOARD, request("board", { command: "status" }), commonApi.DoCommandResponse);
    const uptime = status.result!.toJson() as { uptime_ms: number };
    assert.equal(uptime.uptime_ms, board.device.clock.monotonic());
    const heater = await peer.call(SENSOR, request("climate", { command: "heater", on: true }), commonApi.DoCommandResponse);
    assert.deepEqual(heater.result!.toJson(), { heater: true });
    assert.equal(chip.heater, true);
    const read = await peer.call(SENSOR, request("climate", { command: "status" }), commonApi.DoCommandResponse);
    assert.deepEqual(read.result!.toJson(), { status: 0x2000, alert_pending: false, heater: true, reset_detected: false });
    await peer.call(SENSOR, request("climate", { command: "heater", on: false }), commonApi.DoCommandResponse);
    assert.equal(chip.heater, false);
    const registers = await peer.call(POWER, request("battery", { command: "registers" }), commonApi.DoCommandResponse);
    const values = registers.result!.toJson() as Record<string, number>;
    assert.equal(values.calibration, 4194);
    assert.equal(values.configuration, 0x399f);
    assert.equal(values.shunt_voltage, 10_000, "1 A through 0.1 Ω is 100 mV, 10,000 counts of 10 µV");
  });

  it("answers a bad command clearly and leaves the machine serving", async () => {
    await failsWith(peer.call(SENSOR, request("climate", { command: "reboot" }), commonApi.DoCommandResponse), GrpcStatus.INVALID_ARGUMENT, /unknown command "reboot" \(sensor model sht3x knows heater, status\)/);
    await failsWith(peer.call(SENSOR, request("climate", { heater: true }), commonApi.DoCommandResponse), GrpcStatus.INVALID_ARGUMENT, /must name the command as a string/);
    await failsWith(peer.call(SENSOR, request("climate", { command: "heater", on: "yes" }), commonApi.DoCommandResponse), GrpcStatus.INVALID_ARGUMENT, /"on" must be true or false/);
    await failsWith(peer.call(SENSOR, request("fake-sensor", { command: "status" }), commonApi.DoCommandResponse), GrpcStatus.UNIMPLEMENTED, /sensor model fake has no DoCommand commands/);
    await failsWith(peer.call(ENCODER, request("wheel", { command: "status" }), commonApi.DoCommandResponse), GrpcStatus.UNIMPLEMENTED);
    await failsWith(peer.call(SENSOR, request("nothing", { command: "status" }), commonApi.DoCommandResponse), GrpcStatus.NOT_FOUND);
    // The chip answers nothing while it converts; the command says when to try again.
    // GetReadings collects a conversion and starts the next, which takes up to 15 ms.
    await peer.call("/viam.component.sensor.v1.SensorService/GetReadings", new commonApi.GetReadingsRequest({ name: "climate" }), commonApi.GetReadingsResponse);
    board.device.advance(5);
    await failsWith(peer.call(SENSOR, request("climate", { command: "status" }), commonApi.DoCommandResponse), GrpcStatus.UNKNOWN, /conversion is in progress; try again in 10 ms/);
    const status = await peer.call(BOARD, request("board", { command: "status" }), commonApi.DoCommandResponse);
    assert.ok(status.result);
  });

  it("captures DoCommand results and syncs them with the command as a Struct parameter", async () => {
    board.device.advance(4_000);
    await board.machine().sync!.syncNow();
    const rows = (name: string) => board.cloud.uploads({ partId: PART, componentName: name, methodName: "DoCommand" });
    const boardRows = rows("board");
    assert.equal(boardRows.length, 4, "at 1, 2, 3 and 4 s");
    for (const row of boardRows) {
      assert.equal(row.componentType, "rdk:component:board");
      assert.deepEqual(row.methodParameters, { docommand_input: { "@type": "type.googleapis.com/google.protobuf.Struct", value: { command: "status" } } });
      assert.equal((row.data as { uptime_ms: number }).uptime_ms, row.timeRequestedMs! - (board.device.clock.wall() - board.device.clock.monotonic()));
    }
    const climate = rows("climate");
    assert.equal(climate.length, 1, "at 3.33 s, away from the readings' conversions");
    for (const row of climate) assert.deepEqual(row.data, { status: 0, alert_pending: false, heater: false, reset_detected: false });
    const battery = rows("battery");
    assert.equal(battery.length, 4);
    assert.equal((battery[0]!.data as { calibration: number }).calibration, 4194);
    // Capturing the status between readings costs the readings nothing.
    const readings = board.cloud.uploads({ partId: PART, componentName: "climate", methodName: "Readings" });
    assert.equal(readings.length, 4);
    const machine = board.machine();
    const readErrors = machine.data.collectors.filter((c) => c.componentName === "climate").map((c) => [c.method, c.counters.readErrors]);
    assert.deepEqual(readErrors, [["Readings", 0], ["DoCommand", 0]]);
  });

  it("answers the data manager's status and sync through the official SDK's DataManagerClient", () =>
    withRobot(board.port, PART, SECRET, async (robot) => {
      const dataManager = new DataManagerClient(robot, "data_manager-1");
      const command = (name: string) => dataManager.doCommand(Struct.fromJson({ command: name }));
      const accepted = () => board.cloud.uploads({ partId: PART }).length;
      const synced = { sync: "on", syncing: false, consecutive_failures: 0, backoff_ms: 0 };
      const { rounds } = (await command("status")) as { rounds: number };
      assert.deepEqual(await command("status"), { ...synced, rounds, uploaded_records: accepted() });
      board.device.advance(1_000);
      const before = accepted();
      assert.deepEqual(await command("sync"), { ...synced, rounds: rounds + 1, uploaded_records: accepted() });
      assert.ok(accepted() > before, "the round uploaded what was captured since the last");
      await dataManager.sync();
      assert.deepEqual(await command("status"), { ...synced, rounds: rounds + 2, uploaded_records: accepted() });
      await assert.rejects(command("flush"), /unknown command "flush" \(the data manager knows status, sync\)/);
      await assert.rejects(new DataManagerClient(robot, "nothing").doCommand(Struct.fromJson({ command: "status" })), /no data manager service named "nothing"/);
    }));
});

describe("DoCommand through the official SDK's clients", () => {
  it("board status, sht3x heater and status, ina219 registers, and models without commands", () => {
    let chip: SimSht3x;
    const setup = (sim: SimBoard) => void (chip = wire(sim));
    return withSdkBoard({ config: commandConfig(), setup, virtual: true }, async (robot, board) => {
      const command = (json: Record<string, unknown>) => Struct.fromJson(json as never);
      // Past the first conversion, so the chip is free for the commands.
      board.device.advance(20);
      assert.deepEqual(await new BoardClient(robot, "board").doCommand(command({ command: "status" })), { uptime_ms: 20 });
      const climate = new SensorClient(robot, "climate");
      assert.deepEqual(await climate.doCommand(command({ command: "heater", on: true })), { heater: true });
      assert.equal(chip.heater, true);
      assert.deepEqual(await climate.doCommand(command({ command: "status" })), { status: 0x2000, alert_pending: false, heater: true, reset_detected: false });
      const registers = await new PowerSensorClient(robot, "battery").doCommand(command({ command: "registers" }));
      // 5 V at 1 A through 0.1 Ω, as the datasheet computes it: the bus voltage in 4 mV counts shifted
      // past the status bits (conversion ready set), current = shunt × calibration / 4096, and
      // power = current × bus counts / 5000.
      assert.deepEqual(registers, {
        configuration: 0x399f,
        shunt_voltage: 10_000,
        bus_voltage: (1250 << 3) | 2,
        power: Math.trunc((10_239 * 1250) / 5000),
        current: Math.trunc((10_000 * 4194) / 4096),
        calibration: 4194,
      });
      await assert.rejects(climate.doCommand(command({ command: "bogus" })), /unknown command "bogus" \(sensor model sht3x knows heater, status\)/);
      await assert.rejects(new SensorClient(robot, "fake-sensor").doCommand(command({ command: "status" })), /sensor model fake has no DoCommand commands/);
      await assert.rejects(new EncoderClient(robot, "wheel").doCommand(command({ command: "status" })), /encoder model single has no DoCommand commands/);
    });
  });
});
