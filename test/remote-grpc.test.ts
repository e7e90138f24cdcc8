// viam-server's side of a remote part, played by @grpc/grpc-js over h2c against the booted
// simulated board: every RPC the board serves, each request encoded with the official
// @viamrobotics/sdk classes and each answer decoded with them, and the ways authentication fails.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import * as grpc from "@grpc/grpc-js";
import { boardApi, commonApi, dataManagerApi, encoderApi, movementSensorApi, robotApi } from "@viamrobotics/sdk";
import { constant } from "../hosts/sim/signals.ts";
import { GrpcStatus } from "../src/rpc/grpc-status.ts";
import { FAKE_MOVEMENT_DEFAULTS } from "../src/resources/movement-sensor/fake.ts";
import { GrpcPeer, PART, SECRET, bearer, bootRemoteBoard, failsWith, tick, type RemoteBoard } from "./remote-harness.ts";

const ROBOT = "/viam.robot.v1.RobotService/";
const BOARD = "/viam.component.board.v1.BoardService/";
const SENSOR = "/viam.component.sensor.v1.SensorService/";
const MOVEMENT = "/viam.component.movementsensor.v1.MovementSensorService/";
const ENCODER = "/viam.component.encoder.v1.EncoderService/";
const SYNC = "/viam.service.datamanager.v1.DataManagerService/Sync";
const WEBRTC_CONFIG = "/proto.rpc.webrtc.v1.SignalingService/OptionalWebRTCConfig";

let board: RemoteBoard;
const peers: GrpcPeer[] = [];
const peer = (options: grpc.ChannelOptions = {}) => {
  const made = new GrpcPeer(board.port, options);
  peers.push(made);
  return made;
};

before(async () => {
  board = await bootRemoteBoard({
    setup: (sim) => {
      sim.analog(34, constant(1000));
      sim.analog(35, constant(931));
      sim.digitalIn(15, 1);
      // Three pulses on the flow meter (interrupt "flow", GPIO 4), five on the encoder's wire.
      sim.scriptDigital(4, [[100, 1], [110, 0], [200, 1], [210, 0], [300, 1], [310, 0]]);
      sim.scriptDigital(18, [[100, 1], [110, 0], [200, 1], [210, 0], [300, 1]]);
    },
  });
  board.device.advance(2_000);
});

after(async () => {
  for (const made of peers) made.close();
  await board.close();
  assert.ok(!board.logs.some((line) => line.includes(SECRET)), "the secret is never logged");
});

describe("viam-server dialing the board as a remote (grpc-js over h2c)", () => {
  it("gets UNIMPLEMENTED for OptionalWebRTCConfig, before and after authenticating, and falls back to direct gRPC", async () => {
    // Its own connection, with keepalive PINGs that must be acknowledged within 100 ms.
    const p = peer({
      "grpc.use_local_subchannel_pool": 1,
      "grpc.keepalive_time_ms": 50,
      "grpc.keepalive_timeout_ms": 100,
      "grpc.keepalive_permit_without_calls": 1,
    });
    const accepted = board.machine().server!.stats().accepted;
    // OptionalWebRTCConfigRequest has no fields: its encoding is empty.
    await failsWith(p.call(WEBRTC_CONFIG, new Uint8Array(), robotApi.GetOperationsResponse, new grpc.Metadata()), GrpcStatus.UNIMPLEMENTED);
    // What viam-server sends for `"auth": {"credentials": {"type": "robot-location-secret", …}}`:
    // the remote's address as entity.
    await p.authenticate(`127.0.0.1:${board.port}`, "robot-location-secret", SECRET);
    await failsWith(p.call(WEBRTC_CONFIG, new Uint8Array(), robotApi.GetOperationsResponse), GrpcStatus.UNIMPLEMENTED);
    await tick(400);
    const names = await p.call(ROBOT + "ResourceNames", new robotApi.ResourceNamesRequest(), robotApi.ResourceNamesResponse);
    assert.equal(names.resources.length, 6);
    assert.equal(board.machine().server!.stats().accepted, accepted + 1, "the PINGs were answered: one connection throughout");
  });

  it("answers every robot service call", async () => {
    const p = peer();
    await p.authenticate(PART, "robot-secret", SECRET);
    const names = await p.call(ROBOT + "ResourceNames", new robotApi.ResourceNamesRequest(), robotApi.ResourceNamesResponse);
    assert.deepEqual(names.toJson(), {
      resources: [
        { namespace: "rdk", type: "component", subtype: "board", name: "board" },
        { namespace: "rdk", type: "component", subtype: "sensor", name: "fake-sensor" },
        { namespace: "rdk", type: "component", subtype: "sensor", name: "temperature" },
        { namespace: "rdk", type: "component", subtype: "movement_sensor", name: "imu" },
        { namespace: "rdk", type: "component", subtype: "encoder", name: "wheel" },
        { namespace: "rdk", type: "service", subtype: "data_manager", name: "data_manager-1" },
      ],
    });

    const operations = await p.call(ROBOT + "GetOperations", new robotApi.GetOperationsRequest(), robotApi.GetOperationsResponse);
    assert.deepEqual(operations.operations, []);

    const metadata = await p.call(ROBOT + "GetCloudMetadata", new robotApi.GetCloudMetadataRequest(), robotApi.GetCloudMetadataResponse);
    assert.equal(metadata.machinePartId, PART);
    assert.equal(metadata.robotPartId, PART);

    const status = await p.call(ROBOT + "GetMachineStatus", new robotApi.GetMachineStatusRequest(), robotApi.GetMachineStatusResponse);
    assert.equal(status.state, robotApi.GetMachineStatusResponse_State.RUNNING);
    assert.deepEqual(
      status.resources.map((resource) => [resource.name?.name, resource.state]),
      names.resources.map((name) => [name.name, robotApi.ResourceStatus_State.READY]),
    );

    const version = await p.call(ROBOT + "GetVersion", new robotApi.GetVersionRequest(), robotApi.GetVersionResponse);
    assert.equal(version.platform, "viam-micro-xs");
    assert.match(version.version, /^\d+\.\d+\.\d+$/);
    assert.match(version.apiVersion, /^v\d+\.\d+\.\d+$/);

    await failsWith(
      p.call(ROBOT + "ResourceRPCSubtypes", new robotApi.ResourceRPCSubtypesRequest(), robotApi.ResourceRPCSubtypesResponse),
      GrpcStatus.UNIMPLEMENTED,
      /no gRPC reflection/,
    );
    const frames = await p.call(ROBOT + "FrameSystemConfig", new robotApi.FrameSystemConfigRequest(), robotApi.FrameSystemConfigResponse);
    assert.deepEqual(frames.frameSystemConfigs, []);


    await failsWith(p.call(ROBOT + "StartSession", new robotApi.StartSessionRequest(), robotApi.StartSessionResponse), GrpcStatus.UNIMPLEMENTED);
  });

  it("reads and drives the board", async () => {
    const p = peer();
    await p.authenticate(PART, "robot-secret", SECRET);
    const light = await p.call(
      BOARD + "ReadAnalogReader",
      new boardApi.ReadAnalogReaderRequest({ boardName: "board", analogReaderName: "light" }),
      boardApi.ReadAnalogReaderResponse,
    );
    assert.equal(light.value, 1000);
    assert.equal(light.minRange, 0);
    assert.ok(Math.abs(light.maxRange - 3.3) < 1e-6, `max range ${light.maxRange}`);
    assert.ok(Math.abs(light.stepSize - 3.3 / 4095) < 1e-6, `step ${light.stepSize}`);

    const switchOn = await p.call(BOARD + "GetGPIO", new boardApi.GetGPIORequest({ name: "board", pin: "15" }), boardApi.GetGPIOResponse);
    assert.equal(switchOn.high, true);
    await p.call(BOARD + "SetGPIO", new boardApi.SetGPIORequest({ name: "board", pin: "16", high: true }), boardApi.SetGPIOResponse);
    assert.deepEqual(board.device.board.writes(16).map(([, level]) => level), [1], "the pin was driven high");
    const driven = await p.call(BOARD + "GetGPIO", new boardApi.GetGPIORequest({ name: "board", pin: "16" }), boardApi.GetGPIOResponse);
    assert.equal(driven.high, true);

    const flow = await p.call(
      BOARD + "GetDigitalInterruptValue",
      new boardApi.GetDigitalInterruptValueRequest({ boardName: "board", digitalInterruptName: "flow" }),
      boardApi.GetDigitalInterruptValueResponse,
    );
    assert.equal(flow.value, 3n);

    await failsWith(
      p.call(BOARD + "ReadAnalogReader", new boardApi.ReadAnalogReaderRequest({ boardName: "board", analogReaderName: "nope" }), boardApi.ReadAnalogReaderResponse),
      GrpcStatus.NOT_FOUND,
    );
    await failsWith(
      p.call(BOARD + "DoCommand", new commonApi.DoCommandRequest({ name: "board" }), commonApi.DoCommandResponse),
      GrpcStatus.INVALID_ARGUMENT,
      /must name the command as a string \(board model esp32 knows status\)/,
    );
  });

  it("reads the sensors", async () => {
    const p = peer();
    await p.authenticate(PART, "robot-secret", SECRET);
    const fake = await p.call(SENSOR + "GetReadings", new commonApi.GetReadingsRequest({ name: "fake-sensor" }), commonApi.GetReadingsResponse);
    // `a` counts reads: the capture's so far, then this one, from the same live sensor.
    const captured = board.machine().data.collectors.find((collector) => collector.name === "fake-sensor/Readings")!.counters.captured;
    assert.deepEqual(fake.toJson(), { readings: { a: captured + 1, b: 2.5, c: "3" } });
    const temperature = await p.call(SENSOR + "GetReadings", new commonApi.GetReadingsRequest({ name: "temperature" }), commonApi.GetReadingsResponse);
    const celsius = temperature.readings.temperature_celsius?.toJson();
    // 931 counts of 3.3 V full scale is 0.750 V: 25.0 °C on a TMP36.
    assert.ok(typeof celsius === "number" && Math.abs(celsius - 25) < 0.1, `temperature ${celsius}`);
  });

  it("answers every movement sensor method the fake model has", async () => {
    const p = peer();
    await p.authenticate(PART, "robot-secret", SECRET);
    const named = { name: "imu" };
    const properties = await p.call(MOVEMENT + "GetProperties", new movementSensorApi.GetPropertiesRequest(named), movementSensorApi.GetPropertiesResponse);
    assert.deepEqual(properties.toJson(), {
      linearVelocitySupported: true,
      angularVelocitySupported: true,
      positionSupported: true,
      compassHeadingSupported: true,
      linearAccelerationSupported: true,
      orientationSupported: true,
    });
    const angular = await p.call(MOVEMENT + "GetAngularVelocity", new movementSensorApi.GetAngularVelocityRequest(named), movementSensorApi.GetAngularVelocityResponse);
    assert.deepEqual(angular.angularVelocity?.toJson(), { z: FAKE_MOVEMENT_DEFAULTS.angularVelocity.z });
    const acceleration = await p.call(
      MOVEMENT + "GetLinearAcceleration",
      new movementSensorApi.GetLinearAccelerationRequest(named),
      movementSensorApi.GetLinearAccelerationResponse,
    );
    assert.equal(acceleration.linearAcceleration?.z, FAKE_MOVEMENT_DEFAULTS.linearAcceleration.z);
    const velocity = await p.call(MOVEMENT + "GetLinearVelocity", new movementSensorApi.GetLinearVelocityRequest(named), movementSensorApi.GetLinearVelocityResponse);
    assert.equal(velocity.linearVelocity?.x, FAKE_MOVEMENT_DEFAULTS.linearVelocity.x);
    const position = await p.call(MOVEMENT + "GetPosition", new movementSensorApi.GetPositionRequest(named), movementSensorApi.GetPositionResponse);
    assert.deepEqual(
      [position.coordinate?.latitude, position.coordinate?.longitude, position.altitudeM],
      [FAKE_MOVEMENT_DEFAULTS.position.latitude, FAKE_MOVEMENT_DEFAULTS.position.longitude, FAKE_MOVEMENT_DEFAULTS.position.altitudeM],
    );
    const heading = await p.call(MOVEMENT + "GetCompassHeading", new movementSensorApi.GetCompassHeadingRequest(named), movementSensorApi.GetCompassHeadingResponse);
    assert.equal(heading.value, FAKE_MOVEMENT_DEFAULTS.compassHeading);
    const readings = await p.call(MOVEMENT + "GetReadings", new commonApi.GetReadingsRequest(named), commonApi.GetReadingsResponse);
    assert.equal(readings.readings.compass_heading?.toJson(), FAKE_MOVEMENT_DEFAULTS.compassHeading);
    const orientation = await p.call(MOVEMENT + "GetOrientation", new movementSensorApi.GetOrientationRequest(named), movementSensorApi.GetOrientationResponse);
    assert.deepEqual(orientation.orientation?.toJson(), { oZ: 1, theta: 90 });
    const accuracy = await p.call(MOVEMENT + "GetAccuracy", new movementSensorApi.GetAccuracyRequest(named), movementSensorApi.GetAccuracyResponse);
    assert.equal(accuracy.compassDegreesError, 2);
    assert.equal(accuracy.positionNmeaGgaFix, 1);
  });

  it("counts, resets and describes the encoder", async () => {
    const p = peer();
    await p.authenticate(PART, "robot-secret", SECRET);
    const wheel = { name: "wheel" };
    const position = () =>
      p.call(ENCODER + "GetPosition", new encoderApi.GetPositionRequest({ ...wheel, positionType: encoderApi.PositionType.TICKS_COUNT }), encoderApi.GetPositionResponse);
    const before = await position();
    assert.equal(before.value, 5, "both edges of every pulse");
    assert.equal(before.positionType, encoderApi.PositionType.TICKS_COUNT);
    await p.call(ENCODER + "ResetPosition", new encoderApi.ResetPositionRequest(wheel), encoderApi.ResetPositionResponse);
    assert.equal((await position()).value, 0);
    const properties = await p.call(ENCODER + "GetProperties", new encoderApi.GetPropertiesRequest(wheel), encoderApi.GetPropertiesResponse);
    assert.deepEqual(properties.toJson(), { ticksCountSupported: true });
  });

  it("syncs the captured data to the cloud on request", async () => {
    const p = peer();
    await p.authenticate(PART, "robot-secret", SECRET);
    const captured = board.machine().data.collectors.reduce((sum, collector) => sum + collector.counters.captured, 0);
    assert.ok(captured > 0);
    await p.call(SYNC, new dataManagerApi.SyncRequest({ name: "data_manager-1" }), dataManagerApi.SyncResponse);
    const stored = board.cloud.uploads({ partId: PART }).length;
    assert.equal(stored, captured, "every record captured so far reached the cloud before Sync answered");
    await failsWith(p.call(SYNC, new dataManagerApi.SyncRequest({ name: "other" }), dataManagerApi.SyncResponse), GrpcStatus.NOT_FOUND);

    board.cloud.faults.next("unavailable");
    // New records, so that the next round has something to upload (and fail).
    board.device.advance(1_000);
    await failsWith(
      p.call(SYNC, new dataManagerApi.SyncRequest({ name: "data_manager-1" }), dataManagerApi.SyncResponse),
      GrpcStatus.UNAVAILABLE,
      /sync failed/,
    );
  });
});

describe("authentication failures", () => {
  it("refuses every served call without a token or with a bad one", async () => {
    const p = peer();
    const request = new commonApi.GetReadingsRequest({ name: "fake-sensor" });
    await failsWith(p.call(SENSOR + "GetReadings", request, commonApi.GetReadingsResponse, new grpc.Metadata()), GrpcStatus.UNAUTHENTICATED);
    await failsWith(p.call(ROBOT + "ResourceNames", new robotApi.ResourceNamesRequest(), robotApi.ResourceNamesResponse), GrpcStatus.UNAUTHENTICATED);
    await failsWith(p.call(SENSOR + "GetReadings", request, commonApi.GetReadingsResponse, bearer("0".repeat(32))), GrpcStatus.UNAUTHENTICATED);
    const token = await p.authenticate(PART, "robot-secret", SECRET);
    const tampered = (token[0] === "a" ? "b" : "a") + token.slice(1);
    await failsWith(p.call(SENSOR + "GetReadings", request, commonApi.GetReadingsResponse, bearer(tampered)), GrpcStatus.UNAUTHENTICATED);
    await p.call(SENSOR + "GetReadings", request, commonApi.GetReadingsResponse, bearer(token));
  });

  it("issues no token for a wrong secret, a wrong entity or an unknown credential type", async () => {
    const p = peer();
    await failsWith(p.authenticate(PART, "robot-secret", "not-the-secret"), GrpcStatus.UNAUTHENTICATED, /^invalid credentials$/);
    await failsWith(p.authenticate("another-part", "robot-secret", SECRET), GrpcStatus.UNAUTHENTICATED, /^invalid credentials$/);
    await failsWith(p.authenticate(`127.0.0.1:${board.port}`, "robot-location-secret", "not-the-secret"), GrpcStatus.UNAUTHENTICATED);
    await failsWith(p.authenticate(PART, "api-key", SECRET), GrpcStatus.INVALID_ARGUMENT);
    assert.equal(p.token, undefined);
  });
});
