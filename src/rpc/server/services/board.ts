// viam.component.board.v1.BoardService for the boards in the machine: GPIO, PWM outputs, analog
// readers and digital interrupt counts.
import { viam } from "../../../proto/generated/viam.js";
import { frozen } from "../../../frozen.ts";
import { GrpcError, GrpcStatus } from "../../grpc-status.ts";
import type { Board } from "../../../resources/board/board.ts";
import { isBoard } from "../../../resources/board/board.ts";
import type { LiveMachine, MethodTable } from "./method.ts";
import { resourceCall, resourceNamed, unary } from "./method.ts";
import { doCommandMethod } from "./do-command.ts";

const board = viam.component.board.v1;
const SERVICE = "/viam.component.board.v1.BoardService/";

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
  [SERVICE + "PWM"]: unary(board.PWMRequest, board.PWMResponse, (request, { machine, health }) => {
    const target = named(machine, request.name);
    const pin = gpioNumber(request.pin);
    return { dutyCyclePct: resourceCall(health, target, () => target.pwm(pin), GrpcStatus.INVALID_ARGUMENT) };
  }),
  [SERVICE + "SetPWM"]: unary(board.SetPWMRequest, board.SetPWMResponse, (request, { machine, health }) => {
    const target = named(machine, request.name);
    const pin = gpioNumber(request.pin);
    resourceCall(health, target, () => target.setPwm(pin, request.dutyCyclePct), GrpcStatus.INVALID_ARGUMENT);
    return {};
  }),
  [SERVICE + "PWMFrequency"]: unary(board.PWMFrequencyRequest, board.PWMFrequencyResponse, (request, { machine, health }) => {
    const target = named(machine, request.name);
    const pin = gpioNumber(request.pin);
    return { frequencyHz: resourceCall(health, target, () => target.pwmFrequency(pin), GrpcStatus.INVALID_ARGUMENT) };
  }),
  [SERVICE + "SetPWMFrequency"]: unary(board.SetPWMFrequencyRequest, board.SetPWMFrequencyResponse, (request, { machine, health }) => {
    const target = named(machine, request.name);
    const pin = gpioNumber(request.pin);
    const hz = Number(request.frequencyHz);
    resourceCall(health, target, () => target.setPwmFrequency(pin, hz), GrpcStatus.INVALID_ARGUMENT);
    return {};
  }),
  [SERVICE + "DoCommand"]: doCommandMethod(isBoard, "board"),
});

/** Viam names a pin by a string; ours are the ESP32 GPIO numbers, written in decimal. */
function gpioNumber(pin: string): number {
  if (!/^\d{1,2}$/.test(pin)) {
    throw new GrpcError(GrpcStatus.INVALID_ARGUMENT, `pin "${pin}" is not a GPIO number such as "15"`);
  }
  return Number(pin);
}
