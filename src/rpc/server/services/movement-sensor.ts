// viam.component.movementsensor.v1.MovementSensorService: each method a model lists in its
// properties; the rest answer UNIMPLEMENTED, as do orientation and accuracy, which no model has.
import { viam } from "../../../proto/generated/viam.js";
import { GrpcError, GrpcStatus } from "../../grpc-status.ts";
import type { MovementSensor, MovementSensorProperties } from "../../../resources/movement-sensor/movement-sensor.ts";
import { isMovementSensor } from "../../../resources/movement-sensor/movement-sensor.ts";
import type { Method, ServiceContext } from "./method.ts";
import { resourceCall, resourceNamed, unary, unimplemented } from "./method.ts";
import { doCommandMethod } from "./do-command.ts";
import { readingsResponse } from "./sensor.ts";

const ms = viam.component.movementsensor.v1;
const SERVICE = "/viam.component.movementsensor.v1.MovementSensorService/";

export function movementSensorMethods({ machine, health }: ServiceContext): Map<string, Method> {
  const named = (name: string): MovementSensor => resourceNamed(machine, name, isMovementSensor, "movement sensor");
  /** The sensor, once it is known to support `capability`. */
  const supporting = (name: string, capability: keyof MovementSensorProperties, label: string): MovementSensor => {
    const sensor = named(name);
    if (!sensor.properties[capability]) {
      throw new GrpcError(GrpcStatus.UNIMPLEMENTED, `movement sensor model ${sensor.model} does not report ${label}`);
    }
    return sensor;
  };
  const read = <T>(sensor: MovementSensor, call: () => T): T => resourceCall(health, sensor, call, GrpcStatus.UNKNOWN);

  return new Map<string, Method>([
    [
      SERVICE + "GetProperties",
      unary(ms.GetPropertiesRequest, ms.GetPropertiesResponse, (request) => {
        const supported = named(request.name).properties;
        return {
          linearVelocitySupported: supported.linearVelocity,
          angularVelocitySupported: supported.angularVelocity,
          orientationSupported: false,
          positionSupported: supported.position,
          compassHeadingSupported: supported.compassHeading,
          linearAccelerationSupported: supported.linearAcceleration,
        };
      }),
    ],
    [
      SERVICE + "GetAngularVelocity",
      unary(ms.GetAngularVelocityRequest, ms.GetAngularVelocityResponse, (request) => {
        const sensor = supporting(request.name, "angularVelocity", "angular velocity");
        return { angularVelocity: read(sensor, () => sensor.angularVelocity()) };
      }),
    ],
    [
      SERVICE + "GetLinearAcceleration",
      unary(ms.GetLinearAccelerationRequest, ms.GetLinearAccelerationResponse, (request) => {
        const sensor = supporting(request.name, "linearAcceleration", "linear acceleration");
        return { linearAcceleration: read(sensor, () => sensor.linearAcceleration()) };
      }),
    ],
    [
      SERVICE + "GetLinearVelocity",
      unary(ms.GetLinearVelocityRequest, ms.GetLinearVelocityResponse, (request) => {
        const sensor = supporting(request.name, "linearVelocity", "linear velocity");
        return { linearVelocity: read(sensor, () => sensor.linearVelocity()) };
      }),
    ],
    [
      SERVICE + "GetPosition",
      unary(ms.GetPositionRequest, ms.GetPositionResponse, (request) => {
        const sensor = supporting(request.name, "position", "position");
        const { latitude, longitude, altitudeM } = read(sensor, () => sensor.position());
        return { coordinate: { latitude, longitude }, altitudeM };
      }),
    ],
    [
      SERVICE + "GetCompassHeading",
      unary(ms.GetCompassHeadingRequest, ms.GetCompassHeadingResponse, (request) => {
        const sensor = supporting(request.name, "compassHeading", "compass heading");
        return { value: read(sensor, () => sensor.compassHeading()) };
      }),
    ],
    [
      SERVICE + "GetReadings",
      unary(viam.common.v1.GetReadingsRequest, viam.common.v1.GetReadingsResponse, (request) => {
        const sensor = named(request.name);
        return readingsResponse(health, sensor, () => sensor.readings());
      }),
    ],
    [SERVICE + "GetOrientation", unimplemented("no movement sensor model here reports orientation")],
    [SERVICE + "GetAccuracy", unimplemented("no movement sensor model here reports accuracy")],
    [SERVICE + "DoCommand", doCommandMethod(machine, isMovementSensor, "movement sensor", health)],
  ]);
}
