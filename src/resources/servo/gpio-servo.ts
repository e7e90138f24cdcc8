// Servo model `gpio`: a hobby servo on one of the board's PWM pins. The angle is a pulse width
// between min_width_us (0°) and max_width_us (180°), repeated at frequency_hz; min_angle_deg and
// max_angle_deg bound what Move accepts, so a linkage that binds past some angle is never driven there.
// The servo has no feedback, so the position is the angle last commanded and it is never "moving"
// as far as the board can know.
import type { CaptureRead, ResourceName } from "../resource.ts";
import { ResourceConfigError } from "../resource.ts";
import type { Model } from "../model.ts";
import type { Board } from "../board/board.ts";
import { isBoard } from "../board/board.ts";
import { pwmFrequencyProblem } from "../board/esp32-gpio.ts";
import type { Servo } from "./servo.ts";
import { servoCapture } from "./servo.ts";
import { frozen } from "../../frozen.ts";

/** The usual analog hobby servo: a 50 Hz frame, 0.5 to 2.5 ms pulses for 0° to 180°. */
export const SERVO_DEFAULTS = frozen({ frequencyHz: 50, minWidthUs: 500, maxWidthUs: 2500, minAngleDeg: 0, maxAngleDeg: 180 });
const FULL_TRAVEL_DEG = 180;

export interface GpioServoOptions {
  name: ResourceName;
  board: Board;
  pin: number;
  frequencyHz: number;
  minWidthUs: number;
  maxWidthUs: number;
  minAngleDeg: number;
  maxAngleDeg: number;
  startingPositionDeg?: number;
}

export class GpioServo implements Servo {
  readonly name: ResourceName;
  get model(): string {
    return "gpio";
  }
  readonly #options: GpioServoOptions;
  #position: number;

  constructor(options: GpioServoOptions) {
    this.name = options.name;
    this.#options = options;
    this.#position = options.startingPositionDeg ?? options.minAngleDeg;
    options.board.setPwmFrequency(options.pin, options.frequencyHz);
    if (options.startingPositionDeg !== undefined) this.move(options.startingPositionDeg);
  }

  move(angleDeg: number): void {
    const { board, pin, frequencyHz, minWidthUs, maxWidthUs, minAngleDeg, maxAngleDeg } = this.#options;
    if (!Number.isInteger(angleDeg) || angleDeg < minAngleDeg || angleDeg > maxAngleDeg) {
      throw new ResourceConfigError(`angle ${angleDeg}° is outside this servo's ${minAngleDeg}° to ${maxAngleDeg}°`);
    }
    const widthUs = minWidthUs + ((maxWidthUs - minWidthUs) * angleDeg) / FULL_TRAVEL_DEG;
    board.setPwm(pin, (widthUs * frequencyHz) / 1_000_000);
    this.#position = angleDeg;
  }

  position(): number {
    return this.#position;
  }

  stop(): void {
    this.#options.board.setPwm(this.#options.pin, 0);
  }

  isMoving(): boolean {
    return false;
  }

  captureReader(method: string): CaptureRead {
    return servoCapture(this, method);
  }

  /** Stops the pulses; the board owns the pin and closes it. */
  close(): void {
    try {
      this.stop();
    } catch {
      // A board that has already closed has stopped the pulses itself.
    }
  }
}

export const gpioServo: Model = frozen({
  references: ["board"],
  create(context) {
    const attributes = context.attributes;
    const board = context.dependency("board", "board", isBoard);
    const pin = attributes.integer("pin", { min: 0, max: 39 });
    const frequencyHz = attributes.optionalInteger("frequency_hz") ?? SERVO_DEFAULTS.frequencyHz;
    const problem = pwmFrequencyProblem(frequencyHz);
    if (problem) attributes.fail("frequency_hz", problem);
    const minWidthUs = attributes.optionalInteger("min_width_us", { min: 1 }) ?? SERVO_DEFAULTS.minWidthUs;
    const maxWidthUs = attributes.optionalInteger("max_width_us", { min: minWidthUs + 1 }) ?? SERVO_DEFAULTS.maxWidthUs;
    if (maxWidthUs > 1_000_000 / frequencyHz) attributes.fail("max_width_us", `${maxWidthUs} µs does not fit a ${frequencyHz} Hz frame`);
    const minAngleDeg = attributes.optionalInteger("min_angle_deg", { min: 0, max: FULL_TRAVEL_DEG }) ?? SERVO_DEFAULTS.minAngleDeg;
    const maxAngleDeg = attributes.optionalInteger("max_angle_deg", { min: minAngleDeg, max: FULL_TRAVEL_DEG }) ?? SERVO_DEFAULTS.maxAngleDeg;
    const startingPositionDeg = attributes.optionalInteger("starting_position_deg", { min: minAngleDeg, max: maxAngleDeg });
    const options: GpioServoOptions = { name: context.name, board, pin, frequencyHz, minWidthUs, maxWidthUs, minAngleDeg, maxAngleDeg };
    if (startingPositionDeg !== undefined) options.startingPositionDeg = startingPositionDeg;
    try {
      return new GpioServo(options);
    } catch (error) {
      // The board refuses pins it does not hold or cannot drive; that is the `pin` attribute's fault.
      if (error instanceof ResourceConfigError && error.subPath === undefined) attributes.fail("pin", error.message);
      throw error;
    }
  },
});
