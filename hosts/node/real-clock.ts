// Clock and Timers in real time on Node, counting whole milliseconds as the board does.
//
// Monotonic time is whole ms, like Moddable's Time.ticks on the ESP32, and a timer runs once that
// count reaches its due time. Code that schedules by absolute due times in whole ms (the capture
// scheduler rounds its delays up to whole ms) then lands exactly on its due times here too. With a
// fractional clock every rounded-up delay would carry the sub-ms part of "now" into the next due time,
// and the lateness would creep up until a 1 kHz tick is a full period late and skipped.
//
// Node's setTimeout counts whole ms of a cached loop time, so it fires from about 1 ms early to over
// 1 ms late. So every timer here lives in one queue ordered by due time, and a single setTimeout wakes
// the process a little before the earliest one is due. The last stretch is slept in short slices with
// Atomics.wait, whose timeout the kernel keeps to tens of microseconds, with a setImmediate turn
// between slices so that I/O still runs. Sleeping rather than spinning matters on a busy machine: a
// thread that spins uses up its CPU share and then waits behind other processes, while one that sleeps
// is run promptly when it wakes. Nothing runs while no timer is near its due time.
//
// A repeating timer is re-armed from its previous due time, not from when its callback ran, so it keeps
// its rate however late a single run is: runs that fell behind follow in the next turns.

import { performance } from "node:perf_hooks";
import type { Clock, TimerId, Timers } from "../../src/host.ts";

export interface RealClockOptions {
  /** Wall time (ms since the Unix epoch) at monotonic 0; defaults to following the system clock. */
  wall?: number;
  /** Receives an error thrown by a timer callback; without it the error is uncaught, as on Node. */
  onError?: (error: unknown) => void;
  /** Source of fractional monotonic ms; defaults to performance.now. Tests inject one to control time. */
  now?: () => number;
}

/** How long before a due time the coarse timer aims to wake: more than Node's usual lateness. */
const LEAD_MS = 1.5;
/** Longest the event loop is held in one sleep: bounds the delay added to I/O. */
const SLICE_MS = 0.5;
/** Never notified: Atomics.wait on it is a precise sleep. */
const napCell = new Int32Array(new SharedArrayBuffer(4));
/** Node clamps longer delays to 1 ms; a longer wait just wakes early and re-arms. */
const MAX_DELAY_MS = 2 ** 31 - 1;

interface Entry {
  readonly id: number;
  readonly callback: () => void;
  /** Breaks ties between equal due times: the timer set first runs first. */
  seq: number;
  due: number;
  /** Set for a repeating timer; `due` is then armedAt + ceil(runs * every), never a sum of periods. */
  readonly every?: number;
  readonly armedAt: number;
  runs: number;
  live: boolean;
}

type Wake = { kind: "timeout"; handle: ReturnType<typeof setTimeout> } | { kind: "immediate"; handle: ReturnType<typeof setImmediate> };

export class RealClock implements Clock, Timers {
  readonly #now: () => number;
  readonly #start: number;
  readonly #onError: ((error: unknown) => void) | undefined;
  readonly #live = new Map<number, Entry>();
  /** Min-heap on (due, seq). Cleared timers stay in it, marked dead, until they reach the top or a compaction. */
  #heap: Entry[] = [];
  #wallAtZero: number | undefined;
  #nextId = 1;
  #nextSeq = 0;
  #wake: Wake | undefined;
  /** Due time the armed wake-up serves; a timer due earlier has to re-arm it. */
  #wakeFor = Infinity;
  #firing = false;
  readonly #onWake = () => {
    this.#wake = undefined;
    this.#wakeFor = Infinity;
    this.#fire();
  };

  constructor(options: RealClockOptions = {}) {
    this.#now = options.now ?? (() => performance.now());
    this.#start = this.#now();
    this.#wallAtZero = options.wall;
    this.#onError = options.onError;
  }

  monotonic(): number {
    return Math.floor(this.#now() - this.#start);
  }

  /** Monotonic time with its sub-ms fraction, for measuring how punctual timers are. */
  preciseMonotonic(): number {
    return this.#now() - this.#start;
  }

  wall(): number {
    return this.#wallAtZero === undefined ? Date.now() : this.#wallAtZero + this.monotonic();
  }

  setWall(ms: number): void {
    this.#wallAtZero = ms - this.monotonic();
  }

  /** A fractional `ms` is rounded up: timers count whole ms, like the clock. */
  set(callback: () => void, ms = 0): TimerId {
    const delay = ms > 0 && Number.isFinite(ms) ? Math.ceil(ms) : 0;
    return this.#add({ callback, due: this.monotonic() + delay, armedAt: 0, runs: 0 });
  }

  repeat(callback: () => void, ms: number): TimerId {
    if (!(ms > 0) || !Number.isFinite(ms)) throw new RangeError(`repeat interval must be > 0 ms, got ${ms}`);
    const armedAt = this.monotonic();
    return this.#add({ callback, due: armedAt + Math.ceil(ms), every: ms, armedAt, runs: 1 });
  }

  clear(id: TimerId): void {
    if (typeof id !== "number") return;
    const entry = this.#live.get(id);
    if (entry === undefined) return;
    entry.live = false;
    this.#live.delete(id);
    if (this.#live.size === 0) {
      this.#heap = [];
      this.#disarm();
    } else if (!this.#firing && this.#heap.length > 2 * this.#live.size + 32) {
      // Not while firing: the batch being run holds live timers that are out of the heap.
      this.#heap = [...this.#live.values()];
      for (let i = (this.#heap.length >> 1) - 1; i >= 0; i--) this.#siftDown(i);
    }
  }

  get pending(): number {
    return this.#live.size;
  }

  /** Cancels every timer, so that the process can exit. */
  close(): void {
    for (const entry of this.#live.values()) entry.live = false;
    this.#live.clear();
    this.#heap = [];
    this.#disarm();
  }

  #add(fields: Pick<Entry, "callback" | "due" | "every" | "armedAt" | "runs">): number {
    const entry: Entry = { ...fields, id: this.#nextId++, seq: this.#nextSeq++, live: true };
    this.#live.set(entry.id, entry);
    this.#push(entry);
    if (!this.#firing && entry.due < this.#wakeFor) this.#arm();
    return entry.id;
  }

  /** Runs, in (due, seq) order, every timer due at the moment of waking; a repeat that is due again
   *  by then runs in a later turn, so catching up never starves I/O. */
  #fire(): void {
    const first = this.#peek();
    if (first !== undefined && first.due > this.monotonic() && this.#coarseDelay(first) < 1) {
      Atomics.wait(napCell, 0, 0, Math.min(first.due - this.preciseMonotonic(), SLICE_MS));
    }
    const now = this.monotonic();
    const batch: Entry[] = [];
    for (let top = this.#peek(); top !== undefined && top.due <= now; top = this.#peek()) batch.push(this.#pop()!);
    this.#firing = true;
    let ran = 0;
    try {
      for (; ran < batch.length; ran++) {
        const entry = batch[ran]!;
        if (!entry.live) continue;
        if (entry.every === undefined) {
          entry.live = false;
          this.#live.delete(entry.id);
        } else {
          entry.runs++;
          entry.due = entry.armedAt + Math.ceil(entry.runs * entry.every);
          this.#push(entry);
        }
        this.#run(entry.callback);
      }
    } finally {
      // Only reached with work left when a callback threw without onError: the rest stay due, in order.
      for (ran++; ran < batch.length; ran++) if (batch[ran]!.live) this.#push(batch[ran]!);
      this.#firing = false;
      this.#arm();
    }
  }

  #arm(): void {
    this.#disarm();
    const next = this.#peek();
    if (next === undefined) return;
    const coarse = this.#coarseDelay(next);
    this.#wake =
      coarse >= 1
        ? { kind: "timeout", handle: setTimeout(this.#onWake, Math.min(coarse, MAX_DELAY_MS)) }
        : { kind: "immediate", handle: setImmediate(this.#onWake) };
    this.#wakeFor = next.due;
  }

  /** Whole ms to sleep on setTimeout before `entry` is near enough to wait for in short naps. */
  #coarseDelay(entry: Entry): number {
    return Math.floor(entry.due - this.preciseMonotonic() - LEAD_MS);
  }

  #disarm(): void {
    if (this.#wake?.kind === "timeout") clearTimeout(this.#wake.handle);
    else if (this.#wake?.kind === "immediate") clearImmediate(this.#wake.handle);
    this.#wake = undefined;
    this.#wakeFor = Infinity;
  }

  #run(callback: () => void): void {
    if (!this.#onError) return callback();
    try {
      callback();
    } catch (error) {
      this.#onError(error);
    }
  }

  /** The earliest live timer, dropping dead ones that reached the top. */
  #peek(): Entry | undefined {
    while (this.#heap.length > 0 && !this.#heap[0]!.live) this.#pop();
    return this.#heap[0];
  }

  #push(entry: Entry): void {
    const heap = this.#heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(entry, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = entry;
  }

  #pop(): Entry | undefined {
    const heap = this.#heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last !== undefined) {
      heap[0] = last;
      this.#siftDown(0);
    }
    return top;
  }

  #siftDown(i: number): void {
    const heap = this.#heap;
    const entry = heap[i]!;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= heap.length) break;
      if (child + 1 < heap.length && before(heap[child + 1]!, heap[child]!)) child++;
      if (!before(heap[child]!, entry)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = entry;
  }
}

function before(a: Entry, b: Entry): boolean {
  return a.due < b.due || (a.due === b.due && a.seq < b.seq);
}
