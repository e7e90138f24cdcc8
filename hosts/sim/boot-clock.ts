// One boot's view of a clock that lives longer than the firmware: monotonic time starts at 0 at
// boot, as it does after an ESP32 reset, and closing it cancels every timer this boot armed, as
// losing power would.

import type { Clock, TimerId, Timers } from "../../src/host.ts";

export class BootClock implements Clock, Timers {
  readonly #clock: Clock & Timers;
  readonly #bootAt: number;
  readonly #ids = new Set<TimerId>();
  #closed = false;

  constructor(options: { clock: Clock & Timers }) {
    this.#clock = options.clock;
    this.#bootAt = options.clock.monotonic();
  }

  monotonic(): number {
    return this.#clock.monotonic() - this.#bootAt;
  }

  wall(): number {
    return this.#clock.wall();
  }

  set(callback: () => void, ms: number): TimerId {
    this.#open();
    const id = this.#clock.set(() => {
      this.#ids.delete(id);
      callback();
    }, ms);
    this.#ids.add(id);
    return id;
  }

  repeat(callback: () => void, ms: number): TimerId {
    this.#open();
    const id = this.#clock.repeat(callback, ms);
    this.#ids.add(id);
    return id;
  }

  clear(id: TimerId): void {
    if (!this.#ids.delete(id)) return;
    this.#clock.clear(id);
  }

  /** Timers this boot has armed and not yet cleared or fired. */
  get pending(): number {
    return this.#ids.size;
  }

  close(): void {
    this.#closed = true;
    for (const id of this.#ids) this.#clock.clear(id);
    this.#ids.clear();
  }

  #open(): void {
    if (this.#closed) throw new Error("this boot is over: its timers cannot be armed");
  }
}
