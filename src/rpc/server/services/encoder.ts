// viam.component.encoder.v1.EncoderService: our encoders count ticks and know no angle.
import { viam } from "../../../proto/generated/viam.js";
import { frozen } from "../../../frozen.ts";
import { GrpcError, GrpcStatus } from "../../grpc-status.ts";
import type { Encoder } from "../../../resources/encoder/encoder.ts";
import { isEncoder } from "../../../resources/encoder/encoder.ts";
import type { LiveMachine, MethodTable } from "./method.ts";
import { resourceCall, resourceNamed, unary } from "./method.ts";
import { doCommandMethod } from "./do-command.ts";

const encoder = viam.component.encoder.v1;
const SERVICE = "/viam.component.encoder.v1.EncoderService/";

const named = (machine: LiveMachine, name: string): Encoder => resourceNamed(machine, name, isEncoder, "encoder");

export const encoderMethods: MethodTable = frozen({
  [SERVICE + "GetPosition"]: unary(encoder.GetPositionRequest, encoder.GetPositionResponse, (request, { machine, health }) => {
    const target = named(machine, request.name);
    if (request.positionType === encoder.PositionType.POSITION_TYPE_ANGLE_DEGREES) {
      throw new GrpcError(GrpcStatus.UNIMPLEMENTED, `encoder model ${target.model} reports ticks, not degrees`);
    }
    return {
      value: resourceCall(health, target, () => target.ticks(), GrpcStatus.UNKNOWN),
      positionType: encoder.PositionType.POSITION_TYPE_TICKS_COUNT,
    };
  }),
  [SERVICE + "ResetPosition"]: unary(encoder.ResetPositionRequest, encoder.ResetPositionResponse, (request, { machine, health }) => {
    const target = named(machine, request.name);
    resourceCall(health, target, () => target.resetPosition(), GrpcStatus.UNKNOWN);
    return {};
  }),
  [SERVICE + "GetProperties"]: unary(encoder.GetPropertiesRequest, encoder.GetPropertiesResponse, (request, { machine }) => {
    named(machine, request.name);
    return { ticksCountSupported: true, angleDegreesSupported: false };
  }),
  [SERVICE + "DoCommand"]: doCommandMethod(isEncoder, "encoder"),
});
