// viam.component.motor.v1.MotorService. GoFor and GoTo answer when the motor has got there, or when
// something stopped it first.
import { viam } from "../../../proto/generated/viam.js";
import { frozen } from "../../../frozen.ts";
import { GrpcStatus } from "../../grpc-status.ts";
import type { Motor } from "../../../resources/motor/motor.ts";
import { isMotor } from "../../../resources/motor/motor.ts";
import type { LiveMachine, MethodTable } from "./method.ts";
import { resourceCall, resourceNamed, unary } from "./method.ts";
import { doCommandMethod } from "./do-command.ts";

const motor = viam.component.motor.v1;
const SERVICE = "/viam.component.motor.v1.MotorService/";

const named = (machine: LiveMachine, name: string): Motor => resourceNamed(machine, name, isMotor, "motor");

export const motorMethods: MethodTable = frozen({
  [SERVICE + "SetPower"]: unary(motor.SetPowerRequest, motor.SetPowerResponse, (request, { machine, health }) => {
    const target = named(machine, request.name);
    resourceCall(health, target, () => target.setPower(request.powerPct), GrpcStatus.INVALID_ARGUMENT);
    return {};
  }),
  [SERVICE + "GoFor"]: unary(motor.GoForRequest, motor.GoForResponse, async (request, { machine, health }) => {
    const target = named(machine, request.name);
    await resourceCall(health, target, () => target.goFor(request.rpm, request.revolutions), GrpcStatus.INVALID_ARGUMENT);
    return {};
  }),
  [SERVICE + "GoTo"]: unary(motor.GoToRequest, motor.GoToResponse, async (request, { machine, health }) => {
    const target = named(machine, request.name);
    await resourceCall(health, target, () => target.goTo(request.rpm, request.positionRevolutions), GrpcStatus.FAILED_PRECONDITION);
    return {};
  }),
  [SERVICE + "SetRPM"]: unary(motor.SetRPMRequest, motor.SetRPMResponse, (request, { machine, health }) => {
    const target = named(machine, request.name);
    resourceCall(health, target, () => target.setRpm(request.rpm), GrpcStatus.INVALID_ARGUMENT);
    return {};
  }),
  [SERVICE + "ResetZeroPosition"]: unary(motor.ResetZeroPositionRequest, motor.ResetZeroPositionResponse, (request, { machine, health }) => {
    const target = named(machine, request.name);
    resourceCall(health, target, () => target.resetZeroPosition(request.offset), GrpcStatus.FAILED_PRECONDITION);
    return {};
  }),
  [SERVICE + "GetPosition"]: unary(motor.GetPositionRequest, motor.GetPositionResponse, (request, { machine, health }) => {
    const target = named(machine, request.name);
    return { position: resourceCall(health, target, () => target.position(), GrpcStatus.FAILED_PRECONDITION) };
  }),
  [SERVICE + "GetProperties"]: unary(motor.GetPropertiesRequest, motor.GetPropertiesResponse, (request, { machine }) => ({
    positionReporting: named(machine, request.name).positionReporting,
  })),
  [SERVICE + "Stop"]: unary(motor.StopRequest, motor.StopResponse, (request, { machine, health }) => {
    const target = named(machine, request.name);
    resourceCall(health, target, () => target.stop(), GrpcStatus.UNKNOWN);
    return {};
  }),
  [SERVICE + "IsPowered"]: unary(motor.IsPoweredRequest, motor.IsPoweredResponse, (request, { machine }) => {
    const power = named(machine, request.name).power();
    return { isOn: power !== 0, powerPct: power };
  }),
  [SERVICE + "IsMoving"]: unary(motor.IsMovingRequest, motor.IsMovingResponse, (request, { machine }) => ({
    isMoving: named(machine, request.name).power() !== 0,
  })),
  [SERVICE + "DoCommand"]: doCommandMethod(isMotor, "motor"),
});
