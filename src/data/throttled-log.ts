// A log line per source per interval at most, so a sensor that fails at 1 kHz cannot flood the
// log (or the serial port, which would itself slow capture down). What was held back is counted and
// reported with the next line that gets through.
import type { Clock, Log, LogLevel } from "../host.ts";

export class ThrottledLog {
  readonly #log: Log;
  readonly #clock: Clock;
  readonly #intervalMs: number;
  #lastAt = -Infinity;
  #suppressed = 0;

  constructor(options: { log: Log; clock: Clock; intervalMs: number }) {
    this.#log = options.log;
    this.#clock = options.clock;
    this.#intervalMs = options.intervalMs;
  }

  /** Messages held back since the last line that was written. */
  get suppressed(): number {
    return this.#suppressed;
  }

  write(level: LogLevel, message: string): void {
    const now = this.#clock.monotonic();
    if (now - this.#lastAt < this.#intervalMs) {
      this.#suppressed++;
      return;
    }
    const held = this.#suppressed;
    this.#lastAt = now;
    this.#suppressed = 0;
    this.#log(level, held === 0 ? message : `${message} (${held} more suppressed)`);
  }
}
