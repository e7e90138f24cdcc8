// Clock and Timers in real time on Node. A repeating timer is re-armed from its previous due time,
// not from when its callback ran, so it keeps its rate however late a single run is.

import { performance } from "node:perf_hooks";
import type { Clock, TimerId, Timers } from "../../src/host.ts";

export interface RealClockOptions {
  /** Wall time (ms since the Unix epoch) at monotonic 0; defaults to following the system clock. */
  wall?: number;
  /** Receives an error thrown by a timer callback; without it the error is uncaught, as on Node. */
  onError?: (error: unknown) => void;
}

export class RealClock implements Clock, Timers {
  readonly #start = performance.now();
  readonly #handles = new Map<number, ReturnType<typeof setTimeout>>();
  readonly #onError: ((error: unknown) => void) | undefined;
  #wallAtZero: number | undefined;
  #nextId = 1;

  constructor(options: RealClockOptions = {}) {
    this.#wallAtZero = options.wall;
    this.#onError = options.onError;
  }

  monotonic(): number {
    return performance.now() - this.#start;
  }

  wall(): number {
    return this.#wallAtZero === undefined ? Date.now() : this.#wallAtZero + this.monotonic();
  }

  setWall(ms: number): void {
    this.#wallAtZero = ms - this.monotonic();
  }

  set(callback: () => void, ms = 0): TimerId {
    const id = this.#nextId++;
    this.#handles.set(
      id,
      setTimeout(() => {
        this.#handles.delete(id);
        this.#run(callback);
      }, Math.max(0, ms)),
    );
    return id;
  }

  repeat(callback: () => void, ms: number): TimerId {
    if (!(ms > 0) || !Number.isFinite(ms)) throw new RangeError(`repeat interval must be > 0 ms, got ${ms}`);
    const id = this.#nextId++;
    const armedAt = this.monotonic();
    let runs = 0;
    const tick = () => {
      runs++;
      const due = armedAt + (runs + 1) * ms;
      this.#handles.set(id, setTimeout(tick, Math.max(0, due - this.monotonic())));
      this.#run(callback);
    };
    this.#handles.set(id, setTimeout(tick, ms));
    return id;
  }

  clear(id: TimerId): void {
    if (typeof id !== "number") return;
    const handle = this.#handles.get(id);
    if (handle === undefined) return;
    clearTimeout(handle);
    this.#handles.delete(id);
  }

  get pending(): number {
    return this.#handles.size;
  }

  /** Cancels every timer, so that the process can exit. */
  close(): void {
    for (const handle of this.#handles.values()) clearTimeout(handle);
    this.#handles.clear();
  }

  #run(callback: () => void): void {
    if (!this.#onError) return callback();
    try {
      callback();
    } catch (error) {
      this.#onError(error);
    }
  }
}
