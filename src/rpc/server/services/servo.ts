// viam.component.servo.v1.ServoService: move, report the commanded angle, stop.
import { viam } from "../../../proto/generated/viam.js";
import { frozen } from "../../../frozen.ts";
import { GrpcStatus } from "../../grpc-status.ts";
import type { Servo } from "../../../resources/servo/servo.ts";
import { isServo } from "../../../resources/servo/servo.ts";
import type { LiveMachine, MethodTable } from "./method.ts";
import { resourceCall, resourceNamed, unary } from "./method.ts";
import { doCommandMethod } from "./do-command.ts";

const servo = viam.component.servo.v1;
const SERVICE = "/viam.component.servo.v1.ServoService/";

const named = (machine: LiveMachine, name: string): Servo => resourceNamed(machine, name, isServo, "servo");

export const servoMethods: MethodTable = frozen({
  [SERVICE + "Move"]: unary(servo.MoveRequest, servo.MoveResponse, (request, { machine, health }) => {
    const target = named(machine, request.name);
    // An angle outside the servo's range is the caller's mistake.
    resourceCall(health, target, () => target.move(request.angleDeg), GrpcStatus.INVALID_ARGUMENT);
    return {};
  }),
  [SERVICE + "GetPosition"]: unary(servo.GetPositionRequest, servo.GetPositionResponse, (request, { machine, health }) => {
    const target = named(machine, request.name);
    return { positionDeg: resourceCall(health, target, () => target.position(), GrpcStatus.UNKNOWN) };
  }),
  [SERVICE + "Stop"]: unary(servo.StopRequest, servo.StopResponse, (request, { machine, health }) => {
    const target = named(machine, request.name);
    resourceCall(health, target, () => target.stop(), GrpcStatus.UNKNOWN);
    return {};
  }),
  [SERVICE + "IsMoving"]: unary(servo.IsMovingRequest, servo.IsMovingResponse, (request, { machine }) => ({
    isMoving: named(machine, request.name).isMoving(),
  })),
  [SERVICE + "DoCommand"]: doCommandMethod(isServo, "servo"),
});
