// `device.io.PWM` for the simulated board: an ESP32 LEDC channel per pin, which records the duty and
// frequency it drives so that tests can see what a servo or motor would get. It refuses what the
// chip cannot do: input-only pins, and frequencies that the 80 MHz APB clock cannot divide down to
// at the asked resolution (hz × 2^resolution ≤ 80 MHz).

import type { PWM, PWMConstructor, PWMOptions } from "../../src/host.ts";
import { checkGpio, isInputOnly, type PinRegistry } from "./pins.ts";

const APB_HZ = 80_000_000;
/** Moddable's ESP32 PWM default resolution. */
const DEFAULT_RESOLUTION = 10;
const DEFAULT_HZ = 1024;

export interface PwmOutput {
  hz: number;
  resolution: number;
  /** Last value written, in counts. */
  value: number;
  /** value / (2^resolution − 1). */
  duty: number;
}

export function pwmClass(options: { pins: PinRegistry; outputs: Map<number, PwmOutput> }): PWMConstructor {
  const { pins, outputs } = options;
  return class SimPWM implements PWM {
    readonly hz: number;
    readonly resolution: number;
    readonly #pin: number;
    #closed = false;

    constructor(options: PWMOptions) {
      checkGpio(options.pin);
      if (isInputOnly(options.pin)) throw new RangeError(`GPIO ${options.pin} is input-only and cannot drive PWM`);
      const resolution = options.resolution ?? DEFAULT_RESOLUTION;
      const hz = options.hz ?? DEFAULT_HZ;
      if (!Number.isInteger(resolution) || resolution < 1 || resolution > 20) throw new RangeError(`PWM resolution must be 1 to 20 bits, got ${resolution}`);
      if (!(hz >= 1 && hz * 2 ** resolution <= APB_HZ)) throw new RangeError(`LEDC cannot run ${hz} Hz at ${resolution} bits`);
      pins.claim(options.pin, this);
      this.#pin = options.pin;
      this.hz = hz;
      this.resolution = resolution;
      outputs.set(options.pin, { hz, resolution, value: 0, duty: 0 });
    }

    write(value: number): void {
      if (this.#closed) throw new Error(`PWM on GPIO ${this.#pin} is closed`);
      const max = 2 ** this.resolution - 1;
      if (!Number.isInteger(value) || value < 0 || value > max) throw new RangeError(`PWM value must be 0 to ${max}, got ${value}`);
      outputs.set(this.#pin, { hz: this.hz, resolution: this.resolution, value, duty: value / max });
    }

    close(): void {
      if (this.#closed) return;
      this.#closed = true;
      pins.release(this.#pin, this);
      outputs.delete(this.#pin);
    }
  };
}
