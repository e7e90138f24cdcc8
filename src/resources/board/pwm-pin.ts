// A GPIO driven by an ECMA-419 PWM output. The frequency is fixed when a PWM is opened, so changing
// it reopens the output and writes the same duty cycle again.
import type { PWM, PWMConstructor } from "../../host.ts";
import { PWM_RESOLUTION_BITS } from "./esp32-gpio.ts";

/** What SetPWM uses before SetPWMFrequency: 1 kHz, fine for LEDs and DC motor drivers. */
export const DEFAULT_PWM_HZ = 1000;

export class PwmPin {
  readonly pin: number;
  readonly #PWM: PWMConstructor;
  #pwm: PWM;
  #duty = 0;

  constructor(options: { pin: number; PWM: PWMConstructor; hz?: number }) {
    this.pin = options.pin;
    this.#PWM = options.PWM;
    this.#pwm = this.open(options.hz ?? DEFAULT_PWM_HZ);
  }

  get hz(): number {
    return this.#pwm.hz;
  }

  /** 0 to 1. */
  get duty(): number {
    return this.#duty;
  }

  set duty(fraction: number) {
    // The resolution the output reports, not the one asked for: a driver may grant another.
    const max = 2 ** this.#pwm.resolution - 1;
    this.#pwm.write(Math.round(fraction * max));
    this.#duty = fraction;
  }

  set hz(hz: number) {
    if (hz === this.#pwm.hz) return;
    this.#pwm.close();
    this.#pwm = this.open(hz);
    this.duty = this.#duty;
  }

  close(): void {
    this.#pwm.close();
  }

  private open(hz: number): PWM {
    return new this.#PWM({ pin: this.pin, hz, resolution: PWM_RESOLUTION_BITS });
  }
}
