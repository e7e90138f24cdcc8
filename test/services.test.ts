// The machine's gRPC services, called the way the transport calls them: request bytes encoded with
// the official @viamrobotics/sdk schemas, answers decoded with them, on a simulated board.
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import {
  boardApi,
  commonApi,
  dataManagerApi,
  encoderApi,
  movementSensorApi,
  robotApi,
} from "@viamrobotics/sdk";
import { VirtualClock } from "../hosts/sim/clock.ts";
import { SimBoard } from "../hosts/sim/board.ts";
import { SimFlash } from "../hosts/sim/flash.ts";
import { MemoryKeyValue } from "../hosts/sim/key-value.ts";
import { createMemoryHost } from "../hosts/sim/memory-host.ts";
import { SimMpu6050 } from "../hosts/sim/devices/mpu6050.ts";
import { constant } from "../hosts/sim/signals.ts";
import { parseMachineConfig } from "../src/config/parse.ts";
import type { CloudCredentials, ConfigIssue } from "../src/config/types.ts";
import { buildResources } from "../src/resources/build.ts";
import { GrpcError, GrpcStatus } from "../src/rpc/grpc-status.ts";
import { createMachineService } from "../src/rpc/server/services/machine-service.ts";
import type { MachineServiceOptions, MachineView } from "../src/rpc/server/services/machine-service.ts";

const CREDENTIALS: CloudCredentials = { id: "part-123", secret: "s3cret", appAddress: "https://app.viam.com:443" };

const component = (name: string, type: string, model: string, attributes: Record<string, unknown>) => ({
  name,
  namespace: "rdk",
  type,
  model,
  attributes,
});

const CONFIG = {
  components: [
    component("board", "board", "esp32", {
      pins: [15, 36],
      analogs: [{ name: "light", pin: 34 }],
      digital_interrupts: [{ name: "flow", pin: 4 }],
    }),
    component("fake-sensor", "sensor", "fake", {}),
    component("imu", "movement_sensor", "fake", {}),
    component("mpu", "movement_sensor", "mpu6050", {}),
    component("wheel", "encoder", "single", { pin: 18 }),
    component("broken", "sensor", "tmp36", { board: "board", analog_reader: "missing" }),
  ],
  services: [{ name: "dm", namespace: "rdk", type: "data_manager", attributes: {} }],
};

interface Message {
  toBinary(): Uint8Array;
}

function machine(options: Pick<MachineServiceOptions, "credentials"> & Pick<MachineView, "syncNow"> = {}) {
  const clock = new VirtualClock({ wall: Date.UTC(2024, 5, 1) });
  const board = new SimBoard({ clock });
  board.analog(34, constant(2048));
  const mpu = new SimMpu6050({ acceleration: { x: 0, y: 0, z: 1 }, angularVelocity: { x: 10, y: -20, z: 125 } });
  board.i2c().attach(0x68, mpu);
  const host = createMemoryHost({
    clock,
    board,
    flash: new SimFlash({ size: 8 * 4096 }),
    kv: new MemoryKeyValue(),
    randomBytes: (count) => new Uint8Array(randomBytes(count)),
  });
  const parsed = parseMachineConfig(CONFIG);
  const issues: ConfigIssue[] = [...parsed.issues];
  const resources = buildResources(host, parsed.config.components, (issue) => issues.push(issue));
  const view: MachineView = { resources, config: parsed.config, ...(options.syncNow && { syncNow: options.syncNow }) };
  const service = createMachineService({
    host,
    machine: () => view,
    auth: { disabled: true },
    ...(options.credentials && { credentials: options.credentials }),
  });
  return {
    board,
    clock,
    issues,
    resources,
    service,
    /** Calls `path` with an official request message and returns the answer bytes. */
    call(path: string, request: Message | Uint8Array): Promise<Uint8Array> {
      const bytes = request instanceof Uint8Array ? request : request.toBinary();
      return service.call(path, bytes, { metadata: new Map() });
    },
    close() {
      service.close();
      for (const resource of resources.values()) resource.close();
      board.close();
    },
  };
}

async function rejectsWith(promise: Promise<unknown>, code: number, message?: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof GrpcError, `expected a GrpcError, got ${String(error)}`);
    assert.equal(error.code, code, `code of "${error.message}"`);
    if (message) assert.match(error.grpcMessage, message);
    return true;
  });
}

const ROBOT = "/viam.robot.v1.RobotService/";
const BOARD = "/viam.component.board.v1.BoardService/";
const SENSOR = "/viam.component.sensor.v1.SensorService/";
const MOVEMENT = "/viam.component.movementsensor.v1.MovementSensorService/";
const ENCODER = "/viam.component.encoder.v1.EncoderService/";
const SYNC = "/viam.service.datamanager.v1.DataManagerService/Sync";

test("ResourceNames lists every built component and the data manager service", async () => {
  const m = machine();
  assert.deepEqual(
    m.issues.map((issue) => issue.path),
    ["components[5].attributes.analog_reader"],
    "only the deliberately broken tmp36 fails to build",
  );
  const answer = robotApi.ResourceNamesResponse.fromBinary(await m.call(ROBOT + "ResourceNames", new robotApi.ResourceNamesRequest()));
  assert.deepEqual(answer.toJson(), {
    resources: [
      { namespace: "rdk", type: "component", subtype: "board", name: "board" },
      { namespace: "rdk", type: "component", subtype: "sensor", name: "fake-sensor" },
      { namespace: "rdk", type: "component", subtype: "movement_sensor", name: "imu" },
      { namespace: "rdk", type: "component", subtype: "movement_sensor", name: "mpu" },
      { namespace: "rdk", type: "component", subtype: "encoder", name: "wheel" },
      { namespace: "rdk", type: "service", subtype: "data_manager", name: "dm" },
    ],
  });
  m.close();
});

test("GetMachineStatus: built resources READY, a component that failed to build UNHEALTHY, the machine RUNNING", async () => {
  const m = machine();
  const answer = robotApi.GetMachineStatusResponse.fromBinary(
    await m.call(ROBOT + "GetMachineStatus", new robotApi.GetMachineStatusRequest()),
  );
  assert.equal(answer.state, robotApi.GetMachineStatusResponse_State.RUNNING);
  const states = answer.resources.map((status) => [status.name?.name, status.state]);
  assert.deepEqual(states, [
    ["board", robotApi.ResourceStatus_State.READY],
    ["fake-sensor", robotApi.ResourceStatus_State.READY],
    ["imu", robotApi.ResourceStatus_State.READY],
    ["mpu", robotApi.ResourceStatus_State.READY],
    ["wheel", robotApi.ResourceStatus_State.READY],
    ["dm", robotApi.ResourceStatus_State.READY],
    ["broken", robotApi.ResourceStatus_State.UNHEALTHY],
  ]);
  const broken = answer.resources.at(-1);
  assert.equal(broken?.name?.subtype, "sensor");
  assert.match(broken?.error ?? "", /could not be built/);
  assert.ok(answer.config, "a config status is present");
  m.close();
});

test("GetCloudMetadata names the part from the credentials, and is empty without them", async () => {
  const withCredentials = machine({ credentials: CREDENTIALS });
  const request = new robotApi.GetCloudMetadataRequest();
  const answer = robotApi.GetCloudMetadataResponse.fromBinary(await withCredentials.call(ROBOT + "GetCloudMetadata", request));
  assert.equal(answer.machinePartId, "part-123");
  assert.equal(answer.robotPartId, "part-123");
  assert.equal(answer.primaryOrgId, "");
  assert.equal(answer.locationId, "");
  assert.equal(answer.machineId, "");
  withCredentials.close();

  const without = machine();
  const empty = robotApi.GetCloudMetadataResponse.fromBinary(await without.call(ROBOT + "GetCloudMetadata", request));
  assert.deepEqual(empty.toJson(), {});
  without.close();
});

test("GetMachineStatus: a resource whose last read failed is UNHEALTHY with the error, and READY again once a read works", async () => {
  const m = machine();
  const status = async () =>
    robotApi.GetMachineStatusResponse.fromBinary(await m.call(ROBOT + "GetMachineStatus", new robotApi.GetMachineStatusRequest())).resources.find(
      (resource) => resource.name?.name === "mpu",
    );
  const angularVelocity = () => m.call(MOVEMENT + "GetAngularVelocity", new movementSensorApi.GetAngularVelocityRequest({ name: "mpu" }));
  await angularVelocity();
  assert.equal((await status())?.state, robotApi.ResourceStatus_State.READY);

  const mpu = m.board.i2c().device(0x68);
  m.board.i2c().detach(0x68);
  await rejectsWith(angularVelocity(), GrpcStatus.UNKNOWN, /no ACK/);
  const failing = await status();
  assert.equal(failing?.state, robotApi.ResourceStatus_State.UNHEALTHY);
  assert.match(failing?.error ?? "", /no ACK from address 0x68/);
  // Asking for the status reads nothing: it stays as the last read left it.
  assert.equal((await status())?.state, robotApi.ResourceStatus_State.UNHEALTHY);

  m.board.i2c().attach(0x68, mpu!);
  await angularVelocity();
  const recovered = await status();
  assert.equal(recovered?.state, robotApi.ResourceStatus_State.READY);
  assert.equal(recovered?.error, "");
  m.close();
});

test("GetVersion, GetOperations, ResourceRPCSubtypes and FrameSystemConfig", async () => {
  const m = machine();
  const version = robotApi.GetVersionResponse.fromBinary(await m.call(ROBOT + "GetVersion", new robotApi.GetVersionRequest()));
  assert.equal(version.platform, "viam-micro-xs");
  assert.match(version.version, /^\d+\.\d+\.\d+$/);
  assert.match(version.apiVersion, /^v\d+\.\d+\.\d+$/);

  const operations = robotApi.GetOperationsResponse.fromBinary(
    await m.call(ROBOT + "GetOperations", new robotApi.GetOperationsRequest()),
  );
  assert.deepEqual(operations.operations, []);

  // No reflection on a board: UNIMPLEMENTED makes viam-server's robot client stop asking (see robot.ts).
  await rejectsWith(m.call(ROBOT + "ResourceRPCSubtypes", new robotApi.ResourceRPCSubtypesRequest()), GrpcStatus.UNIMPLEMENTED, /no gRPC reflection/);
  // A part with no frames: an empty frame system, whatever is asked.
  const frames = robotApi.FrameSystemConfigResponse.fromBinary(
    await m.call(ROBOT + "FrameSystemConfig", new robotApi.FrameSystemConfigRequest({ supplementalTransforms: [{ referenceFrame: "x" }] })),
  );
  assert.deepEqual(frames.frameSystemConfigs, []);
  m.close();
});

test("StartSession, OptionalWebRTCConfig and unknown paths answer UNIMPLEMENTED", async () => {
  const m = machine();
  await rejectsWith(m.call(ROBOT + "StartSession", new robotApi.StartSessionRequest()), GrpcStatus.UNIMPLEMENTED);
  await rejectsWith(m.call("/proto.rpc.webrtc.v1.SignalingService/OptionalWebRTCConfig", new Uint8Array()), GrpcStatus.UNIMPLEMENTED);
  await rejectsWith(m.call("/viam.component.arm.v1.ArmService/GetEndPosition", new Uint8Array()), GrpcStatus.UNIMPLEMENTED, /not served/);
  await rejectsWith(m.call("not a path", new Uint8Array([1, 2, 3])), GrpcStatus.UNIMPLEMENTED);
  m.close();
});

test("board: SetGPIO drives the pin, GetGPIO reads outputs back and inputs from the pin", async () => {
  const m = machine();
  m.clock.advance(10);
  await m.call(BOARD + "SetGPIO", new boardApi.SetGPIORequest({ name: "board", pin: "15", high: true }));
  m.clock.advance(10);
  await m.call(BOARD + "SetGPIO", new boardApi.SetGPIORequest({ name: "board", pin: "15", high: false }));
  assert.deepEqual(m.board.writes(15), [
    [10, 1],
    [20, 0],
  ]);
  const read15 = boardApi.GetGPIOResponse.fromBinary(await m.call(BOARD + "GetGPIO", new boardApi.GetGPIORequest({ name: "board", pin: "15" })));
  assert.equal(read15.high, false);

  m.board.digitalIn(36, 1);
  const read36 = boardApi.GetGPIOResponse.fromBinary(await m.call(BOARD + "GetGPIO", new boardApi.GetGPIORequest({ name: "board", pin: "36" })));
  assert.equal(read36.high, true);
  m.board.digitalIn(36, 0);
  const again = boardApi.GetGPIOResponse.fromBinary(await m.call(BOARD + "GetGPIO", new boardApi.GetGPIORequest({ name: "board", pin: "36" })));
  assert.equal(again.high, false);
  m.close();
});

test("board: ReadAnalogReader gives the raw count and the 12-bit ADC's range and step", async () => {
  const m = machine();
  const answer = boardApi.ReadAnalogReaderResponse.fromBinary(
    await m.call(BOARD + "ReadAnalogReader", new boardApi.ReadAnalogReaderRequest({ boardName: "board", analogReaderName: "light" })),
  );
  assert.equal(answer.value, 2048);
  assert.equal(answer.minRange, 0);
  assert.equal(answer.maxRange, Math.fround(3.3));
  assert.equal(answer.stepSize, Math.fround(3.3 / 4095));
  m.close();
});

test("board: GetDigitalInterruptValue counts rising edges, by name or by pin", async () => {
  const m = machine();
  for (let i = 0; i < 3; i++) {
    m.board.digitalIn(4, 1);
    m.board.digitalIn(4, 0);
  }
  const byName = boardApi.GetDigitalInterruptValueResponse.fromBinary(
    await m.call(BOARD + "GetDigitalInterruptValue", new boardApi.GetDigitalInterruptValueRequest({ boardName: "board", digitalInterruptName: "flow" })),
  );
  assert.equal(byName.value, 3n);
  const byPin = boardApi.GetDigitalInterruptValueResponse.fromBinary(
    await m.call(BOARD + "GetDigitalInterruptValue", new boardApi.GetDigitalInterruptValueRequest({ boardName: "board", digitalInterruptName: "4" })),
  );
  assert.equal(byPin.value, 3n);
  m.close();
});

test("board errors: unknown names are NOT_FOUND; bad pins, PWM settings and commands INVALID_ARGUMENT", async () => {
  const m = machine();
  const gpio = (name: string, pin: string) => m.call(BOARD + "GetGPIO", new boardApi.GetGPIORequest({ name, pin }));
  await rejectsWith(gpio("nope", "15"), GrpcStatus.NOT_FOUND, /no board named "nope"/);
  await rejectsWith(gpio("fake-sensor", "15"), GrpcStatus.NOT_FOUND, /no board named "fake-sensor"/);
  await rejectsWith(gpio("board", "GPIO15"), GrpcStatus.INVALID_ARGUMENT, /pin "GPIO15" is not a GPIO number/);
  await rejectsWith(gpio("board", ""), GrpcStatus.INVALID_ARGUMENT);
  await rejectsWith(gpio("board", "2"), GrpcStatus.INVALID_ARGUMENT, /no GPIO pin "2"/);
  await rejectsWith(gpio("board", "34"), GrpcStatus.INVALID_ARGUMENT, /analog reader|no GPIO pin/);
  await rejectsWith(
    m.call(BOARD + "SetGPIO", new boardApi.SetGPIORequest({ name: "board", pin: "36", high: true })),
    GrpcStatus.INVALID_ARGUMENT,
    /input-only/,
  );
  await rejectsWith(
    m.call(BOARD + "SetGPIO", new boardApi.SetGPIORequest({ name: "board", pin: "4", high: true })),
    GrpcStatus.INVALID_ARGUMENT,
    /digital interrupt/,
  );
  await rejectsWith(
    m.call(BOARD + "ReadAnalogReader", new boardApi.ReadAnalogReaderRequest({ boardName: "board", analogReaderName: "dark" })),
    GrpcStatus.NOT_FOUND,
    /no analog reader "dark"/,
  );
  await rejectsWith(
    m.call(BOARD + "ReadAnalogReader", new boardApi.ReadAnalogReaderRequest({ boardName: "boards", analogReaderName: "light" })),
    GrpcStatus.NOT_FOUND,
  );
  await rejectsWith(
    m.call(BOARD + "GetDigitalInterruptValue", new boardApi.GetDigitalInterruptValueRequest({ boardName: "board", digitalInterruptName: "ebb" })),
    GrpcStatus.NOT_FOUND,
    /no digital interrupt "ebb"/,
  );
  await rejectsWith(m.call(BOARD + "PWM", new boardApi.PWMRequest({ name: "board", pin: "2" })), GrpcStatus.INVALID_ARGUMENT, /no GPIO pin "2"/);
  await rejectsWith(m.call(BOARD + "SetPWM", new boardApi.SetPWMRequest({ name: "board", pin: "36", dutyCyclePct: 0.5 })), GrpcStatus.INVALID_ARGUMENT, /input-only/);
  await rejectsWith(m.call(BOARD + "SetPWM", new boardApi.SetPWMRequest({ name: "board", pin: "15", dutyCyclePct: 1.5 })), GrpcStatus.INVALID_ARGUMENT, /duty cycle 1.5 is outside 0 to 1/);
  await rejectsWith(
    m.call(BOARD + "SetPWMFrequency", new boardApi.SetPWMFrequencyRequest({ name: "board", pin: "15", frequencyHz: 100_000n })),
    GrpcStatus.INVALID_ARGUMENT,
    /PWM frequency 100000 Hz is not possible: the ESP32 runs 1 to 78125 Hz at 10-bit resolution/,
  );
  await rejectsWith(m.call(BOARD + "WriteAnalog", new boardApi.WriteAnalogRequest({ name: "board", pin: "25", value: 1 })), GrpcStatus.UNIMPLEMENTED);
  const command = commonApi.DoCommandRequest.fromJson({ name: "board", command: { blink: 3 } });
  await rejectsWith(m.call(BOARD + "DoCommand", command), GrpcStatus.INVALID_ARGUMENT, /must name the command as a string \(board model esp32 knows status\)/);
  await rejectsWith(m.call(BOARD + "DoCommand", new commonApi.DoCommandRequest({ name: "nope" })), GrpcStatus.NOT_FOUND);
  m.close();
});

test("sensor: GetReadings answers the model's readings as Values; DoCommand is UNIMPLEMENTED", async () => {
  const m = machine();
  const read = async () =>
    commonApi.GetReadingsResponse.fromBinary(await m.call(SENSOR + "GetReadings", new commonApi.GetReadingsRequest({ name: "fake-sensor" }))).toJson();
  assert.deepEqual(await read(), { readings: { a: 1, b: 2.5, c: "3" } });
  assert.deepEqual(await read(), { readings: { a: 2, b: 2.5, c: "3" } });
  await rejectsWith(m.call(SENSOR + "GetReadings", new commonApi.GetReadingsRequest({ name: "imu" })), GrpcStatus.NOT_FOUND, /no sensor named "imu"/);
  await rejectsWith(m.call(SENSOR + "GetReadings", new commonApi.GetReadingsRequest({ name: "broken" })), GrpcStatus.NOT_FOUND);
  await rejectsWith(
    m.call(SENSOR + "DoCommand", commonApi.DoCommandRequest.fromJson({ name: "fake-sensor", command: {} })),
    GrpcStatus.UNIMPLEMENTED,
  );
  m.close();
});

test("movement sensor fake: properties and every method it supports, in the official shapes", async () => {
  const m = machine();
  const named = { name: "imu" };
  const properties = movementSensorApi.GetPropertiesResponse.fromBinary(
    await m.call(MOVEMENT + "GetProperties", new movementSensorApi.GetPropertiesRequest(named)),
  );
  assert.deepEqual(properties.toJson(), {
    linearVelocitySupported: true,
    angularVelocitySupported: true,
    positionSupported: true,
    compassHeadingSupported: true,
    linearAccelerationSupported: true,
    orientationSupported: true,
  });
  const angular = movementSensorApi.GetAngularVelocityResponse.fromBinary(
    await m.call(MOVEMENT + "GetAngularVelocity", new movementSensorApi.GetAngularVelocityRequest(named)),
  );
  assert.deepEqual(angular.toJson(), { angularVelocity: { z: 5 } });
  const acceleration = movementSensorApi.GetLinearAccelerationResponse.fromBinary(
    await m.call(MOVEMENT + "GetLinearAcceleration", new movementSensorApi.GetLinearAccelerationRequest(named)),
  );
  assert.deepEqual(acceleration.toJson(), { linearAcceleration: { z: 9.80665 } });
  const velocity = movementSensorApi.GetLinearVelocityResponse.fromBinary(
    await m.call(MOVEMENT + "GetLinearVelocity", new movementSensorApi.GetLinearVelocityRequest(named)),
  );
  assert.deepEqual(velocity.toJson(), { linearVelocity: { x: 1.5 } });
  const position = movementSensorApi.GetPositionResponse.fromBinary(
    await m.call(MOVEMENT + "GetPosition", new movementSensorApi.GetPositionRequest(named)),
  );
  assert.deepEqual(position.coordinate?.toJson(), { latitude: 40.7128, longitude: -74.006 });
  assert.equal(position.altitudeM, 10);
  const heading = movementSensorApi.GetCompassHeadingResponse.fromBinary(
    await m.call(MOVEMENT + "GetCompassHeading", new movementSensorApi.GetCompassHeadingRequest(named)),
  );
  assert.equal(heading.value, 90);
  const readings = commonApi.GetReadingsResponse.fromBinary(await m.call(MOVEMENT + "GetReadings", new commonApi.GetReadingsRequest(named)));
  assert.deepEqual(readings.toJson(), {
    readings: {
      position: { lat: 40.7128, lon: -74.006, alt: 10 },
      linear_velocity: { x: 1.5, y: 0, z: 0 },
      linear_acceleration: { x: 0, y: 0, z: 9.80665 },
      angular_velocity: { x: 0, y: 0, z: 5 },
      compass_heading: 90,
      orientation: { o_x: 0, o_y: 0, o_z: 1, theta: 90 },
    },
  });
  const orientation = movementSensorApi.GetOrientationResponse.fromBinary(
    await m.call(MOVEMENT + "GetOrientation", new movementSensorApi.GetOrientationRequest(named)),
  );
  assert.deepEqual(orientation.toJson(), { orientation: { oZ: 1, theta: 90 } });
  const accuracy = movementSensorApi.GetAccuracyResponse.fromBinary(await m.call(MOVEMENT + "GetAccuracy", new movementSensorApi.GetAccuracyRequest(named)));
  assert.deepEqual(
    [accuracy.positionHdop, accuracy.positionVdop, accuracy.positionNmeaGgaFix, accuracy.compassDegreesError],
    [0.800000011920929, 1.2000000476837158, 1, 2],
    "float fields, as the API declares them",
  );
  // The MPU-6050 has no magnetometer: no honest orientation, and no accuracy figures.
  await rejectsWith(
    m.call(MOVEMENT + "GetOrientation", new movementSensorApi.GetOrientationRequest({ name: "mpu" })),
    GrpcStatus.UNIMPLEMENTED,
    /mpu6050 does not report orientation/,
  );
  await rejectsWith(m.call(MOVEMENT + "GetAccuracy", new movementSensorApi.GetAccuracyRequest({ name: "mpu" })), GrpcStatus.UNIMPLEMENTED, /does not report accuracy/);
  await rejectsWith(
    m.call(MOVEMENT + "GetPosition", new movementSensorApi.GetPositionRequest({ name: "fake-sensor" })),
    GrpcStatus.NOT_FOUND,
    /no movement sensor named "fake-sensor"/,
  );
  m.close();
});

test("movement sensor mpu6050: the IMU's two vectors from the chip; position and heading UNIMPLEMENTED", async () => {
  const m = machine();
  const named = { name: "mpu" };
  const properties = movementSensorApi.GetPropertiesResponse.fromBinary(
    await m.call(MOVEMENT + "GetProperties", new movementSensorApi.GetPropertiesRequest(named)),
  );
  assert.deepEqual(properties.toJson(), { angularVelocitySupported: true, linearAccelerationSupported: true });
  const angular = movementSensorApi.GetAngularVelocityResponse.fromBinary(
    await m.call(MOVEMENT + "GetAngularVelocity", new movementSensorApi.GetAngularVelocityRequest(named)),
  ).angularVelocity;
  assert.ok(angular);
  assert.ok(Math.abs(angular.x - 10) < 0.01 && Math.abs(angular.y + 20) < 0.01 && Math.abs(angular.z - 125) < 0.01, JSON.stringify(angular));
  const acceleration = movementSensorApi.GetLinearAccelerationResponse.fromBinary(
    await m.call(MOVEMENT + "GetLinearAcceleration", new movementSensorApi.GetLinearAccelerationRequest(named)),
  ).linearAcceleration;
  assert.ok(acceleration && Math.abs(acceleration.z - 9.80665) < 0.01, JSON.stringify(acceleration));
  await rejectsWith(
    m.call(MOVEMENT + "GetPosition", new movementSensorApi.GetPositionRequest(named)),
    GrpcStatus.UNIMPLEMENTED,
    /mpu6050 does not report position/,
  );
  await rejectsWith(m.call(MOVEMENT + "GetCompassHeading", new movementSensorApi.GetCompassHeadingRequest(named)), GrpcStatus.UNIMPLEMENTED);
  await rejectsWith(m.call(MOVEMENT + "GetLinearVelocity", new movementSensorApi.GetLinearVelocityRequest(named)), GrpcStatus.UNIMPLEMENTED);

  // A chip that stops answering is the device's failure, reported with the driver's message.
  m.board.i2c().detach(0x68);
  await rejectsWith(
    m.call(MOVEMENT + "GetAngularVelocity", new movementSensorApi.GetAngularVelocityRequest(named)),
    GrpcStatus.UNKNOWN,
    /no ACK/,
  );
  await rejectsWith(m.call(MOVEMENT + "GetReadings", new commonApi.GetReadingsRequest(named)), GrpcStatus.UNKNOWN, /no ACK/);
  m.close();
});

test("encoder: GetPosition counts both edges in ticks, ResetPosition zeroes it, GetProperties says ticks only", async () => {
  const m = machine();
  const position = async () =>
    encoderApi.GetPositionResponse.fromBinary(await m.call(ENCODER + "GetPosition", new encoderApi.GetPositionRequest({ name: "wheel" })));
  for (let i = 0; i < 4; i++) {
    m.board.digitalIn(18, 1);
    m.board.digitalIn(18, 0);
  }
  const counted = await position();
  assert.equal(counted.value, 8);
  assert.equal(counted.positionType, encoderApi.PositionType.TICKS_COUNT);
  const asked = encoderApi.GetPositionResponse.fromBinary(
    await m.call(ENCODER + "GetPosition", new encoderApi.GetPositionRequest({ name: "wheel", positionType: encoderApi.PositionType.TICKS_COUNT })),
  );
  assert.equal(asked.value, 8);

  await m.call(ENCODER + "ResetPosition", new encoderApi.ResetPositionRequest({ name: "wheel" }));
  assert.equal((await position()).value, 0);
  m.board.digitalIn(18, 1);
  assert.equal((await position()).value, 1);

  const properties = encoderApi.GetPropertiesResponse.fromBinary(
    await m.call(ENCODER + "GetProperties", new encoderApi.GetPropertiesRequest({ name: "wheel" })),
  );
  assert.equal(properties.ticksCountSupported, true);
  assert.equal(properties.angleDegreesSupported, false);
  await rejectsWith(
    m.call(ENCODER + "GetPosition", new encoderApi.GetPositionRequest({ name: "wheel", positionType: encoderApi.PositionType.ANGLE_DEGREES })),
    GrpcStatus.UNIMPLEMENTED,
    /not degrees/,
  );
  await rejectsWith(m.call(ENCODER + "ResetPosition", new encoderApi.ResetPositionRequest({ name: "board" })), GrpcStatus.NOT_FOUND);
  m.close();
});

test("data manager Sync runs the injected sync task and reports its failure", async () => {
  let syncs = 0;
  let failure: Error | undefined;
  const m = machine({
    syncNow: async () => {
      syncs++;
      if (failure) throw failure;
    },
  });
  const answer = await m.call(SYNC, new dataManagerApi.SyncRequest({ name: "dm" }));
  assert.deepEqual(dataManagerApi.SyncResponse.fromBinary(answer).toJson(), {});
  assert.equal(syncs, 1);
  await rejectsWith(m.call(SYNC, new dataManagerApi.SyncRequest({ name: "other" })), GrpcStatus.NOT_FOUND, /no data manager service named "other"/);
  assert.equal(syncs, 1);
  failure = new Error("app.viam.com unreachable");
  await rejectsWith(m.call(SYNC, new dataManagerApi.SyncRequest({ name: "dm" })), GrpcStatus.UNAVAILABLE, /unreachable/);
  assert.equal(syncs, 2);
  m.close();

  const unconfigured = machine();
  await rejectsWith(unconfigured.call(SYNC, new dataManagerApi.SyncRequest({ name: "dm" })), GrpcStatus.FAILED_PRECONDITION, /sync is off/);
  unconfigured.close();
});

const SERVED = [
  ...["ResourceNames", "GetOperations", "GetCloudMetadata", "GetMachineStatus", "GetVersion"].map((m) => ROBOT + m),
  ...["GetGPIO", "SetGPIO", "ReadAnalogReader", "GetDigitalInterruptValue", "DoCommand"].map((m) => BOARD + m),
  ...["GetReadings", "DoCommand"].map((m) => SENSOR + m),
  ...[
    "GetProperties",
    "GetAngularVelocity",
    "GetLinearAcceleration",
    "GetLinearVelocity",
    "GetPosition",
    "GetCompassHeading",
    "GetReadings",
    "DoCommand",
  ].map((m) => MOVEMENT + m),
  ...["GetPosition", "ResetPosition", "GetProperties", "DoCommand"].map((m) => ENCODER + m),
  SYNC,
  "/proto.rpc.v1.AuthService/Authenticate",
];

test("a request that is not valid protobuf is INVALID_ARGUMENT on every method that reads one", async () => {
  const m = machine({ syncNow: async () => {} });
  // Field 1 as length-delimited, claiming 100 bytes that are not there.
  const truncated = new Uint8Array([0x0a, 100, 0x41]);
  for (const path of SERVED) {
    await rejectsWith(m.call(path, truncated), GrpcStatus.INVALID_ARGUMENT, /not a valid message/);
  }
  m.close();
});

test("random and mutated request bytes never escape as anything but a GrpcError", async () => {
  const m = machine({ syncNow: async () => {}, credentials: CREDENTIALS });
  let seed = 0x2545f491;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed >>> 0;
  };
  const valid = [
    new boardApi.GetGPIORequest({ name: "board", pin: "15" }).toBinary(),
    new boardApi.ReadAnalogReaderRequest({ boardName: "board", analogReaderName: "light" }).toBinary(),
    commonApi.GetReadingsRequest.fromJson({ name: "fake-sensor", extra: { deep: { list: [1, "x", null, { y: true }] } } }).toBinary(),
    new encoderApi.GetPositionRequest({ name: "wheel", positionType: encoderApi.PositionType.TICKS_COUNT }).toBinary(),
  ];
  const codes = new Set<number>();
  for (let i = 0; i < 3000; i++) {
    const path = SERVED[next() % SERVED.length] as string;
    let bytes: Uint8Array;
    if (i % 2 === 0) {
      bytes = new Uint8Array(next() % 40);
      for (let j = 0; j < bytes.length; j++) bytes[j] = next() & 0xff;
    } else {
      bytes = Uint8Array.from(valid[next() % valid.length] as Uint8Array);
      for (let flips = 1 + (next() % 3); flips > 0 && bytes.length > 0; flips--) bytes[next() % bytes.length] = next() & 0xff;
    }
    try {
      const answer = await m.call(path, bytes);
      assert.ok(answer instanceof Uint8Array);
      codes.add(0);
    } catch (error) {
      assert.ok(error instanceof GrpcError, `${path} threw ${String(error)}`);
      assert.notEqual(error.code, GrpcStatus.INTERNAL, `${path}: ${error.message}`);
      codes.add(error.code);
    }
  }
  // The inputs reached past decoding: some calls succeeded and some named things that do not exist.
  assert.ok(codes.has(0) && codes.has(GrpcStatus.NOT_FOUND) && codes.has(GrpcStatus.INVALID_ARGUMENT), [...codes].join(","));
  m.close();
});
