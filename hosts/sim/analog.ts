// `device.io.Analog` for the simulated board: each read samples the pin's Signal at the current
// monotonic time, as the 12-bit ESP32 ADC would.

import type { Analog, AnalogConstructor, AnalogOptions, Clock } from "../../src/host.ts";
import { checkAdc1, type PinRegistry } from "./pins.ts";
import type { Signal } from "./signals.ts";

const RESOLUTION = 12;
const MAX_COUNT = 2 ** RESOLUTION - 1;

export interface AnalogWorld {
  clock: Clock;
  pins: PinRegistry;
  /** The signal on a pin now; a pin with none floats at 0. */
  signal(pin: number): Signal | undefined;
}

export function analogClass(world: AnalogWorld): AnalogConstructor {
  return class SimAnalog implements Analog {
    readonly #pin: number;
    #closed = false;

    constructor(options: AnalogOptions) {
      checkAdc1(options.pin);
      this.#pin = options.pin;
      world.pins.claim(options.pin, this);
    }

    get resolution(): number {
      return RESOLUTION;
    }

    read(): number {
      if (this.#closed) throw new Error(`Analog on GPIO ${this.#pin} is closed`);
      const signal = world.signal(this.#pin);
      if (!signal) return 0;
      const value = signal(world.clock.monotonic());
      if (!Number.isFinite(value)) throw new Error(`signal on GPIO ${this.#pin} gave ${value}`);
      return Math.min(MAX_COUNT, Math.max(0, Math.round(value)));
    }

    close(): void {
      if (this.#closed) return;
      this.#closed = true;
      world.pins.release(this.#pin, this);
    }
  };
}
