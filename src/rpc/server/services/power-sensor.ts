// viam.component.powersensor.v1.PowerSensorService: volts, amperes and watts of a power sensor.
import { viam } from "../../../proto/generated/viam.js";
import { GrpcStatus } from "../../grpc-status.ts";
import type { PowerSensor } from "../../../resources/power-sensor/power-sensor.ts";
import { isPowerSensor } from "../../../resources/power-sensor/power-sensor.ts";
import type { Method, ServiceContext } from "./method.ts";
import { resourceCall, resourceNamed, unary } from "./method.ts";
import { doCommandMethod } from "./do-command.ts";
import { readingsResponse } from "./sensor.ts";

const ps = viam.component.powersensor.v1;
const SERVICE = "/viam.component.powersensor.v1.PowerSensorService/";

export function powerSensorMethods({ machine, health }: ServiceContext): Map<string, Method> {
  const named = (name: string): PowerSensor => resourceNamed(machine, name, isPowerSensor, "power sensor");
  const read = <T>(sensor: PowerSensor, call: () => T): T => resourceCall(health, sensor, call, GrpcStatus.UNKNOWN);
  return new Map<string, Method>([
    [
      SERVICE + "GetVoltage",
      unary(ps.GetVoltageRequest, ps.GetVoltageResponse, (request) => {
        const sensor = named(request.name);
        const { volts, isAc } = read(sensor, () => sensor.voltage());
        return { volts, isAc };
      }),
    ],
    [
      SERVICE + "GetCurrent",
      unary(ps.GetCurrentRequest, ps.GetCurrentResponse, (request) => {
        const sensor = named(request.name);
        const { amperes, isAc } = read(sensor, () => sensor.current());
        return { amperes, isAc };
      }),
    ],
    [
      SERVICE + "GetPower",
      unary(ps.GetPowerRequest, ps.GetPowerResponse, (request) => {
        const sensor = named(request.name);
        return { watts: read(sensor, () => sensor.power()) };
      }),
    ],
    [
      SERVICE + "GetReadings",
      unary(viam.common.v1.GetReadingsRequest, viam.common.v1.GetReadingsResponse, (request) => {
        const sensor = named(request.name);
        return readingsResponse(health, sensor, () => sensor.readings());
      }),
    ],
    [SERVICE + "DoCommand", doCommandMethod(machine, isPowerSensor, "power sensor", health)],
  ]);
}
