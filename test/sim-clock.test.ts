import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BootClock } from "../hosts/sim/boot-clock.ts";
import { VirtualClock } from "../hosts/sim/clock.ts";

describe("VirtualClock", () => {
  it("runs timers in due order, ties in arming order, each at its own due time", () => {
    const clock = new VirtualClock();
    const seen: string[] = [];
    const mark = (name: string) => () => seen.push(`${name}@${clock.monotonic()}`);
    clock.set(mark("c"), 30);
    clock.set(mark("a"), 10);
    clock.set(mark("b1"), 20);
    clock.set(mark("b2"), 20);
    clock.advance(25);
    assert.deepEqual(seen, ["a@10", "b1@20", "b2@20"]);
    assert.equal(clock.monotonic(), 25);
    clock.advance(5);
    assert.deepEqual(seen.at(-1), "c@30");
    assert.equal(clock.pending, 0);
  });

  it("never runs a zero-delay timer inside the call that set it", () => {
    const clock = new VirtualClock();
    let ran = 0;
    clock.set(() => ran++, 0);
    assert.equal(ran, 0);
    clock.advance(0);
    assert.equal(ran, 1);
  });

  it("runs timers armed by a callback if they fall due in the same advance", () => {
    const clock = new VirtualClock();
    const seen: number[] = [];
    clock.set(() => {
      seen.push(clock.monotonic());
      clock.set(() => seen.push(clock.monotonic()), 5);
    }, 10);
    clock.advance(20);
    assert.deepEqual(seen, [10, 15]);
  });

  it("repeats at exact multiples of the interval, without drift", () => {
    const clock = new VirtualClock();
    const times: number[] = [];
    clock.repeat(() => times.push(clock.monotonic()), 1000 / 3);
    clock.advance(3000);
    assert.equal(times.length, 9);
    times.forEach((t, i) => assert.equal(t, (i + 1) * (1000 / 3)));
    clock.advance(1_000_000 - 3000);
    assert.equal(times.length, 3000);
    assert.equal(times.at(-1), 1_000_000);
  });

  it("interleaves repeats of different rates by due time", () => {
    const clock = new VirtualClock();
    const seen: string[] = [];
    clock.repeat(() => seen.push(`3Hz@${Math.round(clock.monotonic())}`), 1000 / 3);
    clock.repeat(() => seen.push(`2Hz@${clock.monotonic()}`), 500);
    clock.advance(1000);
    // At 1000 both are due; the 2 Hz timer was re-armed first (at 500, the 3 Hz one at 667), so it runs first.
    assert.deepEqual(seen, ["3Hz@333", "2Hz@500", "3Hz@667", "2Hz@1000", "3Hz@1000"]);
  });

  it("stops a repeat cleared from its own callback, and a one-shot cleared before it fires", () => {
    const clock = new VirtualClock();
    let repeats = 0;
    const id = clock.repeat(() => {
      if (++repeats === 3) clock.clear(id);
    }, 10);
    let once = 0;
    const oneShot = clock.set(() => once++, 15);
    clock.clear(oneShot);
    clock.advance(100);
    assert.equal(repeats, 3);
    assert.equal(once, 0);
    assert.equal(clock.pending, 0);
  });

  it("propagates a throwing callback, stopped at its due time, and carries on afterwards", () => {
    const clock = new VirtualClock();
    let runs = 0;
    clock.repeat(() => {
      runs++;
      if (runs === 2) throw new Error("boom");
    }, 10);
    assert.throws(() => clock.advance(50), /boom/);
    assert.equal(clock.monotonic(), 20);
    clock.advance(30);
    assert.equal(runs, 5);
  });

  it("hands errors to onError and keeps going when given one", () => {
    const errors: unknown[] = [];
    const clock = new VirtualClock({ onError: (error) => errors.push(error) });
    let after = 0;
    clock.set(() => {
      throw new Error("bad");
    }, 1);
    clock.set(() => after++, 2);
    clock.advance(5);
    assert.equal(errors.length, 1);
    assert.equal(after, 1);
  });

  it("refuses to be advanced from inside a timer", () => {
    const clock = new VirtualClock();
    clock.set(() => clock.advance(1), 1);
    assert.throws(() => clock.advance(2), /cannot advance/);
  });

  it("keeps wall time as wall-at-zero plus monotonic, and lets it be set", () => {
    const clock = new VirtualClock({ wall: 1_700_000_000_000 });
    clock.advance(1500);
    assert.equal(clock.wall(), 1_700_000_001_500);
    clock.setWall(2_000_000_000_000);
    clock.advance(10);
    assert.equal(clock.wall(), 2_000_000_000_010);
    assert.equal(clock.monotonic(), 1510);
  });

  it("runs one timer at a time with runNext", () => {
    const clock = new VirtualClock();
    const seen: number[] = [];
    clock.set(() => seen.push(1), 10);
    clock.set(() => seen.push(2), 20);
    assert.equal(clock.nextDue, 10);
    assert.equal(clock.runNext(15), true);
    assert.equal(clock.runNext(15), false);
    assert.deepEqual(seen, [1]);
    assert.equal(clock.monotonic(), 10);
    assert.throws(() => clock.advanceTo(5), RangeError);
  });
});

describe("BootClock", () => {
  it("starts monotonic time at 0 at boot and shares wall time", () => {
    const world = new VirtualClock({ wall: 5000 });
    world.advance(700);
    const boot = new BootClock({ clock: world });
    assert.equal(boot.monotonic(), 0);
    world.advance(30);
    assert.equal(boot.monotonic(), 30);
    assert.equal(boot.wall(), 5730);
  });

  it("cancels every timer of its boot when closed, leaving others", () => {
    const world = new VirtualClock();
    const boot = new BootClock({ clock: world });
    let firmware = 0;
    let outside = 0;
    boot.repeat(() => firmware++, 10);
    boot.set(() => firmware++, 15);
    world.repeat(() => outside++, 10);
    world.advance(20);
    assert.equal(firmware, 3);
    boot.close();
    world.advance(100);
    assert.equal(firmware, 3);
    assert.equal(outside, 12);
    assert.throws(() => boot.set(() => {}, 1), /boot is over/);
  });

  it("forgets one-shot timers once they have fired", () => {
    const world = new VirtualClock();
    const boot = new BootClock({ clock: world });
    boot.set(() => {}, 1);
    assert.equal(boot.pending, 1);
    world.advance(1);
    assert.equal(boot.pending, 0);
  });
});
