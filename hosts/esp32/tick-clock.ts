import type { Clock } from "../../src/host.ts";

export interface TickClockOptions {
  /** A millisecond counter since power-on that wraps modulo 2 ** 32 (Moddable's `Time.ticks`). */
  ticks: () => number;
  /** Wall time in ms since the Unix epoch (`Date.now()`; near 0 until SNTP has set the clock). */
  wall: () => number;
}

// Moddable documents `Time.ticks` only as a counter for differences; on ESP32 it is 32 bits, so it
// wraps after about 49.7 days (and turns negative after 24.8 if read as signed). Summing the
// differences modulo 2 ** 32 keeps the Host's monotonic time growing either way, provided it is read
// at least once per wrap, which every capture and timer does many times over.
export class TickClock implements Clock {
  readonly #ticks: () => number;
  readonly #wall: () => number;
  #last = 0;
  #elapsed = 0;

  constructor(options: TickClockOptions) {
    this.#ticks = options.ticks;
    this.#wall = options.wall;
  }

  wall(): number {
    return this.#wall();
  }

  monotonic(): number {
    const now = this.#ticks();
    this.#elapsed += (now - this.#last) >>> 0;
    this.#last = now;
    return this.#elapsed;
  }
}
