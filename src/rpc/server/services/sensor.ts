// viam.component.sensor.v1.SensorService: a sensor's readings as a map of google.protobuf.Value.
import { viam } from "../../../proto/generated/viam.js";
import { frozen } from "../../../frozen.ts";
import { GrpcStatus } from "../../grpc-status.ts";
import { isSensor } from "../../../resources/sensor/sensor.ts";
import type { Readings } from "../../../resources/sensor/sensor.ts";
import type { Resource } from "../../../resources/resource.ts";
import { toProtoStruct } from "../../../proto/struct.ts";
import type { MethodTable } from "./method.ts";
import type { ResourceHealth } from "./resource-health.ts";
import { resourceCall, resourceNamed, unary } from "./method.ts";
import { doCommandMethod } from "./do-command.ts";

const SERVICE = "/viam.component.sensor.v1.SensorService/";

export const sensorMethods: MethodTable = frozen({
  [SERVICE + "GetReadings"]: unary(viam.common.v1.GetReadingsRequest, viam.common.v1.GetReadingsResponse, (request, { machine, health }) => {
    const sensor = resourceNamed(machine, request.name, isSensor, "sensor");
    return readingsResponse(health, sensor, () => sensor.readings());
  }),
  [SERVICE + "DoCommand"]: doCommandMethod(isSensor, "sensor"),
});

/** Readings are converted inside the guarded call: a value with no Value form is the model's fault. */
export function readingsResponse(health: ResourceHealth, resource: Resource, read: () => Readings): viam.common.v1.IGetReadingsResponse {
  return resourceCall(health, resource, () => ({ readings: toProtoStruct(read()).fields ?? {} }), GrpcStatus.UNKNOWN);
}
