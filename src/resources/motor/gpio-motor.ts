// Motor model `gpio`: a DC motor behind a driver on the board's pins, in either wiring Viam's gpio
// motor takes: a PWM pin plus a direction pin (`pins.pwm` + `pins.dir`), or an H-bridge's two inputs
// (`pins.a` + `pins.b`) with an optional enable pin for the PWM (`pins.pwm`); without it the PWM goes
// to whichever input drives the current direction. With an `encoder` the motor reports its position
// and GoFor stops on the encoder's count; without one, GoFor runs for the time `max_rpm` implies.
// The `single` encoder has no direction, so its ticks only count up whichever way the motor turns.
import type { TimerId, Timers } from "../../host.ts";
import type { CaptureRead, ResourceName } from "../resource.ts";
import { ResourceConfigError } from "../resource.ts";
import type { Model } from "../model.ts";
import type { Board } from "../board/board.ts";
import { isBoard } from "../board/board.ts";
import { pwmFrequencyProblem } from "../board/esp32-gpio.ts";
import type { Encoder } from "../encoder/encoder.ts";
import { isEncoder } from "../encoder/encoder.ts";
import type { Motor } from "./motor.ts";
import { motorCapture } from "./motor.ts";
import { frozen } from "../../frozen.ts";

/** rdk's gpio motor default, above what most brushed motors whine at audibly less. */
export const DEFAULT_MOTOR_PWM_HZ = 800;
/** How often GoFor looks at the encoder's count. */
const ENCODER_POLL_MS = 10;

export type MotorWiring = { pwm: number; dir: number } | { a: number; b: number; pwm?: number };

export interface GpioMotorOptions {
  name: ResourceName;
  board: Board;
  timers: Timers;
  wiring: MotorWiring;
  pwmHz: number;
  dirFlip?: boolean;
  maxRpm?: number;
  encoder?: { encoder: Encoder; ticksPerRotation: number };
}

export class GpioMotor implements Motor {
  readonly name: ResourceName;
  get model(): string {
    return "gpio";
  }
  readonly positionReporting: boolean;
  readonly #options: GpioMotorOptions;
  #power = 0;
  #zeroTicks = 0;
  #offset = 0;
  /** The GoFor in progress: its timer, and how to end it. */
  #run: { timer: TimerId; finish: () => void } | undefined;

  constructor(options: GpioMotorOptions) {
    this.name = options.name;
    this.#options = options;
    this.positionReporting = options.encoder !== undefined;
    const { board, wiring, pwmHz } = options;
    if ("dir" in wiring) board.setPwmFrequency(wiring.pwm, pwmHz);
    else if (wiring.pwm !== undefined) board.setPwmFrequency(wiring.pwm, pwmHz);
    else {
      board.setPwmFrequency(wiring.a, pwmHz);
      board.setPwmFrequency(wiring.b, pwmHz);
    }
    this.drive(0);
  }

  setPower(power: number): void {
    if (!(power >= -1 && power <= 1)) throw new ResourceConfigError(`power ${power} is outside −1 to 1`);
    this.finish();
    this.drive(power);
  }

  goFor(rpm: number, revolutions: number): Promise<void> {
    const power = this.powerFor(rpm) * (revolutions < 0 ? -1 : 1);
    this.finish();
    this.drive(power);
    if (revolutions === 0) return Promise.resolve();
    const { timers, encoder } = this.#options;
    return new Promise((resolve) => {
      const finish = () => {
        if (this.#run === run) this.#run = undefined;
        timers.clear(run.timer);
        resolve();
      };
      const done = () => {
        this.drive(0);
        finish();
      };
      let timer: TimerId;
      if (encoder) {
        const start = encoder.encoder.ticks();
        const target = Math.abs(revolutions) * encoder.ticksPerRotation;
        timer = timers.repeat(() => {
          if (Math.abs(encoder.encoder.ticks() - start) >= target) done();
        }, ENCODER_POLL_MS);
      } else {
        timer = timers.set(done, (Math.abs(revolutions) / Math.abs(rpm)) * 60_000);
      }
      const run = { timer, finish };
      this.#run = run;
    });
  }

  goTo(rpm: number, positionRevolutions: number): Promise<void> {
    const distance = positionRevolutions - this.position();
    if (distance === 0) return Promise.resolve();
    return this.goFor(Math.abs(rpm), distance);
  }

  setRpm(rpm: number): void {
    const power = this.powerFor(rpm);
    this.finish();
    this.drive(power);
  }

  position(): number {
    const encoder = this.needEncoder("position");
    return (encoder.encoder.ticks() - this.#zeroTicks) / encoder.ticksPerRotation + this.#offset;
  }

  resetZeroPosition(offset: number): void {
    this.#zeroTicks = this.needEncoder("a zero position").encoder.ticks();
    this.#offset = offset;
  }

  stop(): void {
    this.finish();
    this.drive(0);
  }

  power(): number {
    return this.#power;
  }

  captureReader(method: string): CaptureRead {
    return motorCapture(this, method);
  }

  close(): void {
    this.finish();
    try {
      this.drive(0);
    } catch {
      // A board that has already closed has let go of the pins, which stops the motor too.
    }
  }

  /** Ends a GoFor in progress; its caller sees it return. */
  private finish(): void {
    this.#run?.finish();
  }

  /** The power for `rpm` without feedback: the fraction of max_rpm. */
  private powerFor(rpm: number): number {
    const maxRpm = this.#options.maxRpm;
    if (maxRpm === undefined) throw new ResourceConfigError(`motor "${this.name.name}" needs max_rpm to run at a speed`);
    if (rpm === 0 || !(Math.abs(rpm) <= maxRpm)) throw new ResourceConfigError(`rpm ${rpm} must be nonzero and within max_rpm ${maxRpm}`);
    return rpm / maxRpm;
  }

  private needEncoder(what: string): { encoder: Encoder; ticksPerRotation: number } {
    const encoder = this.#options.encoder;
    if (!encoder) throw new ResourceConfigError(`motor "${this.name.name}" has no encoder to give ${what}`);
    return encoder;
  }

  private drive(power: number): void {
    const { board, wiring, dirFlip } = this.#options;
    const forward = power >= 0 !== (dirFlip ?? false);
    const magnitude = Math.abs(power);
    if ("dir" in wiring) {
      board.setGpio(wiring.dir, forward);
      board.setPwm(wiring.pwm, magnitude);
    } else if (wiring.pwm !== undefined) {
      board.setGpio(wiring.a, magnitude > 0 && forward);
      board.setGpio(wiring.b, magnitude > 0 && !forward);
      board.setPwm(wiring.pwm, magnitude);
    } else {
      board.setPwm(wiring.a, forward ? magnitude : 0);
      board.setPwm(wiring.b, forward ? 0 : magnitude);
    }
    this.#power = power;
  }
}

export const gpioMotor: Model = frozen({
  references: ["board", "encoder"],
  create(context) {
    const attributes = context.attributes;
    const board = context.dependency("board", "board", isBoard);
    const pins = attributes.optionalObject("pins") ?? attributes.fail("pins", "is required: {pwm, dir} or {a, b, pwm?}");
    const pin = (key: string) => pins.optionalInteger(key, { min: 0, max: 39 });
    const [a, b, pwm, dir] = [pin("a"), pin("b"), pin("pwm"), pin("dir")];
    let wiring: MotorWiring;
    if (a !== undefined && b !== undefined) wiring = pwm === undefined ? { a, b } : { a, b, pwm };
    else if (pwm !== undefined && dir !== undefined) wiring = { pwm, dir };
    else return attributes.fail("pins", "must give pwm and dir, or a and b (with an optional pwm)");
    const pwmHz = attributes.optionalInteger("pwm_freq") ?? DEFAULT_MOTOR_PWM_HZ;
    const problem = pwmFrequencyProblem(pwmHz);
    if (problem) attributes.fail("pwm_freq", problem);
    const options: GpioMotorOptions = { name: context.name, board, timers: context.host.timers, wiring, pwmHz };
    if (attributes.boolean("dir_flip", false)) options.dirFlip = true;
    const maxRpm = attributes.optionalNumber("max_rpm");
    if (maxRpm !== undefined && maxRpm <= 0) attributes.fail("max_rpm", "must be > 0");
    if (maxRpm !== undefined) options.maxRpm = maxRpm;
    if (attributes.has("encoder")) {
      const encoder = context.dependency("encoder", "encoder", isEncoder);
      const ticksPerRotation = attributes.optionalInteger("ticks_per_rotation", { min: 1 }) ?? attributes.fail("ticks_per_rotation", "is required with an encoder");
      options.encoder = { encoder, ticksPerRotation };
    }
    try {
      return new GpioMotor(options);
    } catch (error) {
      // The board refuses pins it does not hold or cannot drive; that is the `pins` attribute's fault.
      if (error instanceof ResourceConfigError && error.subPath === undefined) attributes.fail("pins", error.message);
      throw error;
    }
  },
});
