// viam.component.board.v1.BoardService for the boards in the machine: GPIO, analog readers and
// digital interrupt counts. The host has no PWM outputs, so the PWM calls say so.
import { viam } from "../../../proto/generated/viam.js";
import { frozen } from "../../../frozen.ts";
import { GrpcError, GrpcStatus } from "../../grpc-status.ts";
import type { Board } from "../../../resources/board/board.ts";
import { isBoard } from "../../../resources/board/board.ts";
import type { LiveMachine, MethodTable } from "./method.ts";
import { resourceCall, resourceNamed, unary, unimplemented } from "./method.ts";
import { doCommandMethod } from "./do-command.ts";

const board = viam.component.board.v1;
const SERVICE = "/viam.component.board.v1.BoardService/";
const NO_PWM = "PWM is not available: this host has no PWM outputs";

const named = (machine: LiveMachine, name: string): Board => resourceNamed(machine, name, isBoard, "board");

export const boardMethods: MethodTable = frozen({
  [SERVICE + "GetGPIO"]: unary(board.GetGPIORequest, board.GetGPIOResponse, (request, { machine, health }) => {
    const target = named(machine, request.name);
    const pin = gpioNumber(request.pin);
    return { high: resourceCall(health, target, () => target.getGpio(pin), GrpcStatus.INVALID_ARGUMENT) };
  }),
  [SERVICE + "SetGPIO"]: unary(board.SetGPIORequest, board.SetGPIOResponse, (request, { machine, health }) => {
    const target = named(machine, request.name);
    const pin = gpioNumber(request.pin);
    resourceCall(health, target, () => target.setGpio(pin, request.high), GrpcStatus.INVALID_ARGUMENT);
    return {};
  }),
  [SERVICE + "ReadAnalogReader"]: unary(board.ReadAnalogReaderRequest, board.ReadAnalogReaderResponse, (request, { machine, health }) => {
    const target = named(machine, request.boardName);
    // An unknown reader is a missing named thing, like an unknown board.
    return resourceCall(health, target, () => target.readAnalog(request.analogReaderName), GrpcStatus.NOT_FOUND);
  }),
  [SERVICE + "GetDigitalInterruptValue"]: unary(board.GetDigitalInterruptValueRequest, board.GetDigitalInterruptValueResponse, (request, { machine, health }) => {
    const target = named(machine, request.boardName);
    return { value: resourceCall(health, target, () => target.interruptValue(request.digitalInterruptName), GrpcStatus.NOT_FOUND) };
  }),
  [SERVICE + "PWM"]: unimplemented(NO_PWM),
  [SERVICE + "SetPWM"]: unimplemented(NO_PWM),
  [SERVICE + "PWMFrequency"]: unimplemented(NO_PWM),
  [SERVICE + "SetPWMFrequency"]: unimplemented(NO_PWM),
  [SERVICE + "DoCommand"]: doCommandMethod(isBoard, "board"),
});

/** Viam names a pin by a string; ours are the ESP32 GPIO numbers, written in decimal. */
function gpioNumber(pin: string): number {
  if (!/^\d{1,2}$/.test(pin)) {
    throw new GrpcError(GrpcStatus.INVALID_ARGUMENT, `pin "${pin}" is not a GPIO number such as "15"`);
  }
  return Number(pin);
}
