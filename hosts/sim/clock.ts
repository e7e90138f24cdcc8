// Time that only moves when a test says so. Timers keep Moddable's Timer semantics (set, repeat,
// clear; a zero delay runs on the next turn, never inside the call that set it), and each one runs
// with monotonic() equal to its own due time, so code under test sees exact, repeatable timing.

import type { Clock, TimerId, Timers } from "../../src/host.ts";

export interface VirtualClockOptions {
  /** Wall time (ms since the Unix epoch) at monotonic 0. */
  wall?: number;
  /**
   * Receives an error thrown by a timer callback, after which time goes on. Without it the error
   * propagates out of advance(), with the clock stopped at that timer's due time and the timer
   * re-armed if it repeats, so a later advance() carries on from there.
   */
  onError?: (error: unknown) => void;
}

interface Timer {
  callback: () => void;
  due: number;
  /** Set for repeating timers. */
  interval: number | undefined;
  /** A repeat's k-th run is due at armedAt + k * interval, so rounding never accumulates. */
  armedAt: number;
  runs: number;
  /** Breaks ties between equal due times: first armed, first run. */
  order: number;
}

export class VirtualClock implements Clock, Timers {
  readonly #timers = new Map<number, Timer>();
  readonly #onError: ((error: unknown) => void) | undefined;
  #now = 0;
  #wallAtZero: number;
  #nextId = 1;
  #order = 0;
  #running = false;

  constructor(options: VirtualClockOptions = {}) {
    this.#wallAtZero = options.wall ?? 0;
    this.#onError = options.onError;
  }

  monotonic(): number {
    return this.#now;
  }

  wall(): number {
    return this.#wallAtZero + this.#now;
  }

  /** Sets wall time now, as SNTP would; monotonic time is untouched. */
  setWall(ms: number): void {
    this.#wallAtZero = ms - this.#now;
  }

  set(callback: () => void, ms = 0): TimerId {
    return this.arm(callback, Math.max(0, ms), undefined);
  }

  repeat(callback: () => void, ms: number): TimerId {
    if (!(ms > 0) || !Number.isFinite(ms)) throw new RangeError(`repeat interval must be > 0 ms, got ${ms}`);
    return this.arm(callback, ms, ms);
  }

  clear(id: TimerId): void {
    if (typeof id === "number") this.#timers.delete(id);
  }

  /** Timers armed and not yet cleared or fired. */
  get pending(): number {
    return this.#timers.size;
  }

  /** Due time of the next timer, or undefined if none is armed. */
  get nextDue(): number | undefined {
    return this.next()?.[1].due;
  }

  /** Moves time forward by `ms`, running every timer that falls due on the way, in due order. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`advance needs ms >= 0, got ${ms}`);
    this.advanceTo(this.#now + ms);
  }

  /** Moves time forward to monotonic `t`, running every timer due at or before it. */
  advanceTo(t: number): void {
    if (t < this.#now) throw new RangeError(`time cannot go back from ${this.#now} to ${t}`);
    while (this.runNext(t));
    this.#now = t;
  }

  /**
   * Runs only the earliest timer due at or before monotonic `until`, moving time to its due time.
   * Returns false, with time unchanged, if none is due. Lets a driver interleave its own work
   * (e.g. a round trip into another engine) between timers.
   */
  runNext(until: number): boolean {
    if (this.#running) throw new Error("a timer callback cannot advance the virtual clock");
    const next = this.next();
    if (!next || next[1].due > until) return false;
    const [id, timer] = next;
    this.#now = Math.max(this.#now, timer.due);
    if (timer.interval === undefined) {
      this.#timers.delete(id);
    } else {
      // Re-arm from the due time, not from now, so that a repeat never drifts.
      timer.runs++;
      timer.due = timer.armedAt + (timer.runs + 1) * timer.interval;
      timer.order = this.#order++;
    }
    this.#running = true;
    try {
      timer.callback();
    } catch (error) {
      if (!this.#onError) throw error;
      this.#onError(error);
    } finally {
      this.#running = false;
    }
    return true;
  }

  private arm(callback: () => void, delay: number, interval: number | undefined): number {
    const id = this.#nextId++;
    const now = this.#now;
    this.#timers.set(id, { callback, due: now + delay, interval, armedAt: now, runs: 0, order: this.#order++ });
    return id;
  }

  private next(): [number, Timer] | undefined {
    let best: [number, Timer] | undefined;
    for (const entry of this.#timers) {
      const timer = entry[1];
      if (!best || timer.due < best[1].due || (timer.due === best[1].due && timer.order < best[1].order)) {
        best = entry;
      }
    }
    return best;
  }
}
