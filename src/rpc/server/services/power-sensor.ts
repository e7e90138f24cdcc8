// viam.component.powersensor.v1.PowerSensorService: volts, amperes and watts of a power sensor.
import { viam } from "../../../proto/generated/viam.js";
import { frozen } from "../../../frozen.ts";
import type { ResourceHealth } from "./resource-health.ts";
import { GrpcStatus } from "../../grpc-status.ts";
import type { PowerSensor } from "../../../resources/power-sensor/power-sensor.ts";
import { isPowerSensor } from "../../../resources/power-sensor/power-sensor.ts";
import type { LiveMachine, MethodTable } from "./method.ts";
import { resourceCall, resourceNamed, unary } from "./method.ts";
import { doCommandMethod } from "./do-command.ts";
import { readingsResponse } from "./sensor.ts";

const ps = viam.component.powersensor.v1;
const SERVICE = "/viam.component.powersensor.v1.PowerSensorService/";

const named = (machine: LiveMachine, name: string): PowerSensor => resourceNamed(machine, name, isPowerSensor, "power sensor");
const read = <T>(health: ResourceHealth, sensor: PowerSensor, call: () => T): T => resourceCall(health, sensor, call, GrpcStatus.UNKNOWN);

export const powerSensorMethods: MethodTable = frozen({
  [SERVICE + "GetVoltage"]: unary(ps.GetVoltageRequest, ps.GetVoltageResponse, (request, { machine, health }) => {
    const sensor = named(machine, request.name);
    const { volts, isAc } = read(health, sensor, () => sensor.voltage());
    return { volts, isAc };
  }),
  [SERVICE + "GetCurrent"]: unary(ps.GetCurrentRequest, ps.GetCurrentResponse, (request, { machine, health }) => {
    const sensor = named(machine, request.name);
    const { amperes, isAc } = read(health, sensor, () => sensor.current());
    return { amperes, isAc };
  }),
  [SERVICE + "GetPower"]: unary(ps.GetPowerRequest, ps.GetPowerResponse, (request, { machine, health }) => {
    const sensor = named(machine, request.name);
    return { watts: read(health, sensor, () => sensor.power()) };
  }),
  [SERVICE + "GetReadings"]: unary(viam.common.v1.GetReadingsRequest, viam.common.v1.GetReadingsResponse, (request, { machine, health }) => {
    const sensor = named(machine, request.name);
    return readingsResponse(health, sensor, () => sensor.readings());
  }),
  [SERVICE + "DoCommand"]: doCommandMethod(isPowerSensor, "power sensor"),
});
