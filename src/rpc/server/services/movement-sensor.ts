// viam.component.movementsensor.v1.MovementSensorService: each method a model lists in its
// properties, and accuracy where the model knows it; the rest answer UNIMPLEMENTED.
import { viam } from "../../../proto/generated/viam.js";
import { frozen } from "../../../frozen.ts";
import type { ResourceHealth } from "./resource-health.ts";
import { GrpcError, GrpcStatus } from "../../grpc-status.ts";
import type { MovementSensor, MovementSensorProperties } from "../../../resources/movement-sensor/movement-sensor.ts";
import { isMovementSensor } from "../../../resources/movement-sensor/movement-sensor.ts";
import type { LiveMachine, MethodTable } from "./method.ts";
import { resourceCall, resourceNamed, unary } from "./method.ts";
import { doCommandMethod } from "./do-command.ts";
import { readingsResponse } from "./sensor.ts";

const ms = viam.component.movementsensor.v1;
const SERVICE = "/viam.component.movementsensor.v1.MovementSensorService/";

const named = (machine: LiveMachine, name: string): MovementSensor => resourceNamed(machine, name, isMovementSensor, "movement sensor");
/** The sensor, once it is known to support `capability`. */
function supporting(machine: LiveMachine, name: string, capability: keyof MovementSensorProperties, label: string): MovementSensor {
  const sensor = named(machine, name);
  if (!sensor.properties[capability]) {
    throw new GrpcError(GrpcStatus.UNIMPLEMENTED, `movement sensor model ${sensor.model} does not report ${label}`);
  }
  return sensor;
}
const read = <T>(health: ResourceHealth, sensor: MovementSensor, call: () => T): T => resourceCall(health, sensor, call, GrpcStatus.UNKNOWN);

export const movementSensorMethods: MethodTable = frozen({
  [SERVICE + "GetProperties"]: unary(ms.GetPropertiesRequest, ms.GetPropertiesResponse, (request, { machine }) => {
    const supported = named(machine, request.name).properties;
    return {
      linearVelocitySupported: supported.linearVelocity,
      angularVelocitySupported: supported.angularVelocity,
      orientationSupported: supported.orientation,
      positionSupported: supported.position,
      compassHeadingSupported: supported.compassHeading,
      linearAccelerationSupported: supported.linearAcceleration,
    };
  }),
  [SERVICE + "GetAngularVelocity"]: unary(ms.GetAngularVelocityRequest, ms.GetAngularVelocityResponse, (request, { machine, health }) => {
    const sensor = supporting(machine, request.name, "angularVelocity", "angular velocity");
    return { angularVelocity: read(health, sensor, () => sensor.angularVelocity()) };
  }),
  [SERVICE + "GetLinearAcceleration"]: unary(ms.GetLinearAccelerationRequest, ms.GetLinearAccelerationResponse, (request, { machine, health }) => {
    const sensor = supporting(machine, request.name, "linearAcceleration", "linear acceleration");
    return { linearAcceleration: read(health, sensor, () => sensor.linearAcceleration()) };
  }),
  [SERVICE + "GetLinearVelocity"]: unary(ms.GetLinearVelocityRequest, ms.GetLinearVelocityResponse, (request, { machine, health }) => {
    const sensor = supporting(machine, request.name, "linearVelocity", "linear velocity");
    return { linearVelocity: read(health, sensor, () => sensor.linearVelocity()) };
  }),
  [SERVICE + "GetPosition"]: unary(ms.GetPositionRequest, ms.GetPositionResponse, (request, { machine, health }) => {
    const sensor = supporting(machine, request.name, "position", "position");
    const { latitude, longitude, altitudeM } = read(health, sensor, () => sensor.position());
    return { coordinate: { latitude, longitude }, altitudeM };
  }),
  [SERVICE + "GetCompassHeading"]: unary(ms.GetCompassHeadingRequest, ms.GetCompassHeadingResponse, (request, { machine, health }) => {
    const sensor = supporting(machine, request.name, "compassHeading", "compass heading");
    return { value: read(health, sensor, () => sensor.compassHeading()) };
  }),
  [SERVICE + "GetReadings"]: unary(viam.common.v1.GetReadingsRequest, viam.common.v1.GetReadingsResponse, (request, { machine, health }) => {
    const sensor = named(machine, request.name);
    return readingsResponse(health, sensor, () => sensor.readings());
  }),
  [SERVICE + "GetOrientation"]: unary(ms.GetOrientationRequest, ms.GetOrientationResponse, (request, { machine, health }) => {
    const sensor = supporting(machine, request.name, "orientation", "orientation");
    return { orientation: read(health, sensor, () => sensor.orientation()) };
  }),
  [SERVICE + "GetAccuracy"]: unary(ms.GetAccuracyRequest, ms.GetAccuracyResponse, (request, { machine, health }) => {
    const sensor = named(machine, request.name);
    const accuracy = sensor.accuracy?.bind(sensor);
    if (accuracy === undefined) throw new GrpcError(GrpcStatus.UNIMPLEMENTED, `movement sensor model ${sensor.model} does not report accuracy`);
    return read(health, sensor, accuracy);
  }),
  [SERVICE + "DoCommand"]: doCommandMethod(isMovementSensor, "movement sensor"),
});
