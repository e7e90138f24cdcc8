import { test } from "node:test";
import assert from "node:assert/strict";
import { Scheduler } from "../src/data/scheduler.ts";
import type { ScheduledTask } from "../src/data/scheduler.ts";
import { VirtualClock } from "../hosts/sim/clock.ts";
import type { TimerId, Timers } from "../src/host.ts";

class RecordingTask implements ScheduledTask {
  readonly times: number[] = [];
  missedCount = 0;
  constructor(readonly hz: number, readonly clock: VirtualClock, readonly onTick?: () => void) {}
  tick(): void {
    this.times.push(this.clock.monotonic());
    this.onTick?.();
  }
  missed(count: number): void {
    this.missedCount += count;
  }
}

function run(hzs: number[], ms: number, startAt = 0) {
  const clock = new VirtualClock();
  clock.advance(startAt);
  const tasks = hzs.map((hz) => new RecordingTask(hz, clock));
  const scheduler = new Scheduler({ clock, timers: clock, tasks });
  clock.advance(ms);
  return { clock, tasks, scheduler };
}

test("1 Hz: one tick per second, exactly on the second", () => {
  const { tasks, clock, scheduler } = run([1], 60_000, 250);
  assert.equal(tasks[0].times.length, 60);
  assert.deepStrictEqual(tasks[0].times, Array.from({ length: 60 }, (_, i) => 250 + (i + 1) * 1000));
  assert.equal(tasks[0].missedCount, 0);
  assert.equal(clock.pending, 1, "one timer serves every task");
  scheduler.close();
  assert.equal(clock.pending, 0);
});

test("100 Hz and 1 kHz: exact counts, every tick on its due ms", () => {
  const { tasks } = run([100, 1000], 10_000);
  assert.equal(tasks[0].times.length, 1000);
  assert.equal(tasks[1].times.length, 10_000);
  assert.ok(tasks[0].times.every((t, i) => t === (i + 1) * 10));
  assert.ok(tasks[1].times.every((t, i) => t === i + 1));
  assert.equal(tasks[0].missedCount + tasks[1].missedCount, 0);
});

test("3 Hz + 2 Hz keep their own rates: no flooring to a common multiple, no drift", () => {
  const { tasks } = run([3, 2], 60_000);
  assert.equal(tasks[0].times.length, 180);
  assert.equal(tasks[1].times.length, 120);
  assert.deepStrictEqual(tasks[0].times.slice(0, 6), [333, 667, 1000, 1333, 1667, 2000]);
  assert.deepStrictEqual(tasks[1].times.slice(0, 4), [500, 1000, 1500, 2000]);
  assert.equal(tasks[0].times.at(-1), 60_000);
  // Every due time is within half a ms of the exact rate: rounding never accumulates.
  tasks[0].times.forEach((t, i) => assert.ok(Math.abs(t - ((i + 1) * 1000) / 3) <= 0.5));
});

test("odd rates (7 Hz, 0.3 Hz) are exact on average over a long run", () => {
  const { tasks } = run([7, 0.3], 3_600_000);
  assert.equal(tasks[0].times.length, 7 * 3600);
  assert.equal(tasks[1].times.length, 0.3 * 3600);
  assert.equal(tasks[1].times[0], 3333);
});

/** Timers whose next `set` is held back by `stallMs`, as when the CPU is busy elsewhere. */
class StallingTimers implements Timers {
  stallMs = 0;
  constructor(readonly clock: VirtualClock) {}
  set(callback: () => void, ms: number): TimerId {
    const delay = ms + this.stallMs;
    this.stallMs = 0;
    return this.clock.set(callback, delay);
  }
  repeat(callback: () => void, ms: number): TimerId {
    return this.clock.repeat(callback, ms);
  }
  clear(id: TimerId): void {
    this.clock.clear(id);
  }
}

test("a stall skips and counts the late ticks instead of bursting them", () => {
  const clock = new VirtualClock();
  const timers = new StallingTimers(clock);
  const fast = new RecordingTask(100, clock);
  const slow = new RecordingTask(1, clock);
  const scheduler = new Scheduler({ clock, timers, tasks: [fast, slow] });
  clock.advance(1000);
  assert.equal(fast.times.length, 100);
  // The timer armed at 1010 for 1020 is held back until 3525.
  timers.stallMs = 2_505;
  clock.advance(3000);
  // 100 Hz: ticks 1020..3520 are due by 3525; only 3520 runs (late 5 ms), 250 are skipped.
  assert.equal(fast.missedCount, 250);
  assert.deepStrictEqual(fast.times.filter((t) => t > 1000 && t <= 3530), [1010, 3525, 3530]);
  // 1 Hz: 2000 is skipped, 3000 runs late (525 ms, less than a period) at 3525, then 4000 on time.
  assert.equal(slow.missedCount, 1);
  assert.deepStrictEqual(slow.times, [1000, 3525, 4000]);
  assert.equal(fast.times.length + fast.missedCount, 400);
  scheduler.close();
});

test("a tick late by less than a period still runs", () => {
  const clock = new VirtualClock();
  const timers = new StallingTimers(clock);
  const task = new RecordingTask(10, clock);
  timers.stallMs = 99;
  const scheduler = new Scheduler({ clock, timers, tasks: [task] });
  clock.advance(1000);
  assert.deepStrictEqual(task.times.slice(0, 3), [199, 200, 300]);
  assert.equal(task.missedCount, 0);
  assert.equal(task.times.length, 10);
  scheduler.close();
});

test("a slow tick (the work itself takes time) skips what it overran", () => {
  const clock = new VirtualClock();
  // Each read of this task takes 25 ms of a 10 ms period: modelled by the timer firing late.
  const timers = new StallingTimers(clock);
  const task = new RecordingTask(100, clock, () => (timers.stallMs = 25));
  const scheduler = new Scheduler({ clock, timers, tasks: [task] });
  clock.advance(1000);
  // Tick 1 at 10, then every fire comes 25 ms late and finds three ticks due: it runs the last.
  assert.deepStrictEqual(task.times.slice(0, 4), [10, 45, 75, 105]);
  assert.equal(task.times.length, 33);
  assert.equal(task.missedCount, 64);
  assert.equal(task.times.at(-1), 975);
  scheduler.close();
});

test("a task that throws is logged and ticks go on", () => {
  const clock = new VirtualClock();
  const lines: string[] = [];
  const bad: ScheduledTask = {
    hz: 10,
    tick() {
      throw new Error("boom");
    },
    missed() {},
  };
  const good = new RecordingTask(10, clock);
  const scheduler = new Scheduler({ clock, timers: clock, tasks: [bad, good], log: (_l, m) => lines.push(m) });
  clock.advance(1000);
  assert.equal(good.times.length, 10);
  assert.equal(lines.length, 10);
  assert.match(lines[0], /boom/);
  scheduler.close();
});

test("close stops every tick and leaves no timer", () => {
  const { clock, tasks, scheduler } = run([50, 3], 1000);
  scheduler.close();
  const counts = tasks.map((t) => t.times.length);
  clock.advance(10_000);
  assert.deepStrictEqual(tasks.map((t) => t.times.length), counts);
  assert.equal(clock.pending, 0);
});

test("invalid rates are refused", () => {
  const clock = new VirtualClock();
  for (const hz of [0, -1, NaN, Infinity]) {
    assert.throws(() => new Scheduler({ clock, timers: clock, tasks: [new RecordingTask(hz, clock)] }), RangeError);
  }
  assert.equal(clock.pending, 0);
});
