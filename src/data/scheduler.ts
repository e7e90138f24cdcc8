// Runs every collector at its own rate on a single one-shot timer (fewer timers is cheaper on XS).
//
// Tick n of a task is due at start + round(n * 1000 / hz) ms of monotonic time, computed from n and
// never by adding periods up, so rounding never accumulates into drift and each rate is exact on
// average (a 3 Hz task ticks at 333, 667, 1000 ms; a 2 Hz task at 500, 1000 ms). Due times are whole
// ms because timers are; rates above 1 kHz therefore run some ticks in pairs within the same ms.
//
// When the timer fires, each task whose tick is due runs once, for its latest due tick. Earlier due
// ticks — late by a full period or more, since a later one is already due — are skipped and
// reported through `missed`, never run in a burst.
import type { Clock, Log, TimerId, Timers } from "../host.ts";

export interface ScheduledTask {
  readonly hz: number;
  /** Takes one capture. Expected not to throw; if it does, the error is logged and ticks go on. */
  tick(): void;
  /** `count` ticks of this task were skipped because they came too late. */
  missed(count: number): void;
}

export class Scheduler {
  readonly #clock: Clock;
  readonly #timers: Timers;
  readonly #log: Log | undefined;
  readonly #tasks: readonly ScheduledTask[];
  // Per task, by index: the next tick to run (tick 0 is the start itself and is not run) and when
  // it is due. Two number arrays, not an object per task: a board runs some twenty tasks in 4,928
  // slots.
  readonly #next: number[] = [];
  readonly #due: number[] = [];
  readonly #start: number;
  /** Bound once: arming a timer per tick should not allocate a closure per tick. */
  readonly #onTimer = () => this.fire();
  #timer: TimerId | undefined;
  #closed = false;

  constructor(options: { clock: Clock; timers: Timers; tasks: readonly ScheduledTask[]; log?: Log }) {
    this.#clock = options.clock;
    this.#timers = options.timers;
    this.#log = options.log;
    this.#start = options.clock.monotonic();
    this.#tasks = options.tasks;
    for (const task of options.tasks) {
      if (!(task.hz > 0) || !Number.isFinite(task.hz)) throw new RangeError(`capture rate must be > 0 Hz, got ${task.hz}`);
      this.#next.push(1);
      this.#due.push(this.dueOf(task, 1));
    }
    this.arm();
  }

  close(): void {
    this.#closed = true;
    if (this.#timer !== undefined) this.#timers.clear(this.#timer);
    this.#timer = undefined;
  }

  private dueOf(task: ScheduledTask, n: number): number {
    return this.#start + Math.round((n * 1000) / task.hz);
  }

  private arm(): void {
    if (this.#tasks.length === 0) return;
    let due = Infinity;
    for (const at of this.#due) if (at < due) due = at;
    const delay = Math.max(0, Math.ceil(due - this.#clock.monotonic()));
    this.#timer = this.#timers.set(this.#onTimer, delay);
  }

  private fire(): void {
    this.#timer = undefined;
    if (this.#closed) return;
    const now = this.#clock.monotonic();
    const tasks = this.#tasks;
    for (let i = 0; i < tasks.length; i++) {
      if (this.#due[i]! > now) continue;
      const task = tasks[i]!;
      const next = this.#next[i]!;
      const latest = this.latestDue(task, next, now);
      if (latest > next) task.missed(latest - next);
      this.#next[i] = latest + 1;
      this.#due[i] = this.dueOf(task, latest + 1);
      try {
        task.tick();
      } catch (error) {
        this.#log?.("error", `capture task failed: ${String(error)}`);
      }
      if (this.#closed) return;
    }
    this.arm();
  }

  /** The highest tick index due at or before `now`; at least `next`, which is known to be due. */
  private latestDue(task: ScheduledTask, next: number, now: number): number {
    let n = Math.max(next, Math.floor(((now - this.#start) * task.hz) / 1000));
    while (this.dueOf(task, n + 1) <= now) n++;
    while (n > next && this.dueOf(task, n) > now) n--;
    return n;
  }
}
