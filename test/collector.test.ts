import { test } from "node:test";
import assert from "node:assert/strict";
import { SimFlash } from "../hosts/sim/flash.ts";
import { RingStore } from "../src/data/store/ring-store.ts";
import { Collector, WALL_CLOCK_VALID_FROM } from "../src/data/collector.ts";
import { RecordEncoder } from "../src/data/record-codec.ts";
import { collectorName, collectorOwner } from "../src/data/collector-identity.ts";
import type { Clock } from "../src/host.ts";

test("owner ids are FNV-1a of the capture's identity: stable, order-free, rate-free", () => {
  // Pinned values: a durable store finds a ring after a firmware update only if these never change.
  assert.equal(collectorOwner({ subtype: "board", componentName: "board", method: "Analogs", params: { reader_name: "light" } }), 4116408643);
  assert.equal(collectorOwner({ subtype: "sensor", componentName: "fake-sensor", method: "Readings", params: {} }), 463441923);
  const a = collectorOwner({ subtype: "x", componentName: "c", method: "M", params: { b: "2", a: "1" } });
  assert.equal(a, collectorOwner({ subtype: "x", componentName: "c", method: "M", params: { a: "1", b: "2" } }));
  assert.notEqual(a, collectorOwner({ subtype: "x", componentName: "c", method: "M", params: { a: "1", b: "3" } }));
  assert.notEqual(
    collectorOwner({ subtype: "x", componentName: "温度", method: "M", params: {} }),
    collectorOwner({ subtype: "x", componentName: "温庭", method: "M", params: {} }),
  );
  assert.equal(collectorName({ subtype: "board", componentName: "board", method: "Gpios", params: { pin_name: "15" } }), "board/Gpios(15)");
  assert.equal(collectorName({ subtype: "s", componentName: "s1", method: "Readings", params: {} }), "s1/Readings");
  assert.equal(collectorName({ subtype: "s", componentName: "s1", method: "M", params: { z: "2", a: "1" } }), "s1/M(1,2)");
});

/** A clock that a test steps by hand, including during a read. */
class StepClock implements Clock {
  mono = 0;
  wallAtZero = Date.UTC(2025, 0, 1);
  monotonic(): number {
    return this.mono;
  }
  wall(): number {
    return this.wallAtZero + this.mono;
  }
}

function rig(read: () => Record<string, unknown>) {
  const clock = new StepClock();
  const store = new RingStore({
    partition: new SimFlash({ size: 4 * 4096 }),
    epoch: 1,
    durable: false,
    rings: [{ owner: 1, name: "s/Readings", capacityBytes: 1024 }],
  });
  const lines: string[] = [];
  const collector = new Collector({
    component: { type: "sensor", name: "s" },
    capture: { method: "Readings", additionalParams: {}, captureFrequencyHz: 1 },
    read,
    ring: store.ring(1)!,
    context: { clock, log: (_level, message) => lines.push(message), encoder: new RecordEncoder() },
  });
  return { clock, collector, lines, store };
}

test("time_received is time_requested plus the read's monotonic duration, even across an SNTP step", () => {
  let r!: ReturnType<typeof rig>;
  r = rig(() => {
    r.clock.mono += 37.4;
    r.clock.wallAtZero += 3_600_000; // SNTP moves the wall clock an hour during the read
    return { readings: { v: 1 } };
  });
  r.clock.mono = 1000.2;
  const requested = r.clock.wall();
  r.collector.tick();
  const [stored] = [...r.collector.readings()];
  const ms = (t: { seconds: number; nanos: number }) => t.seconds * 1000 + t.nanos / 1e6;
  assert.equal(ms(stored.sensorData.metadata.timeRequested), Math.round(requested));
  assert.equal(ms(stored.sensorData.metadata.timeReceived) - ms(stored.sensorData.metadata.timeRequested), 37);
  assert.equal(stored.monotonic, false);
  r.store.close();
});

test("before 2020 the wall clock counts as unset", () => {
  const r = rig(() => ({ readings: {} }));
  r.clock.wallAtZero = WALL_CLOCK_VALID_FROM - 2000;
  r.clock.mono = 1000;
  r.collector.tick();
  r.clock.mono = 2000;
  r.collector.tick();
  assert.deepStrictEqual([...r.collector.readings()].map((s) => [s.monotonic, s.sensorData.metadata.timeRequested.seconds]), [
    [true, 1],
    [false, WALL_CLOCK_VALID_FROM / 1000],
  ]);
  r.store.close();
});

test("counters: captured, missed, read and store errors, and the ring's own", () => {
  let fail = false;
  const r = rig(() => {
    if (fail) throw new Error("sensor gone");
    return { readings: { v: 1 } };
  });
  r.collector.tick();
  r.collector.missed(3);
  fail = true;
  r.collector.tick();
  fail = false;
  r.store.close();
  r.collector.tick(); // the store is closed: the append fails
  const c = r.collector.counters;
  assert.deepStrictEqual(
    [c.captured, c.missedTicks, c.readErrors, c.storeErrors, c.written, c.droppedOldest, c.corruptSkipped],
    [1, 3, 1, 1, 1, 0, 0],
  );
  assert.ok(c.bytesUsed > 0);
  assert.match(r.lines[0], /capture s\/Readings: read failed: sensor gone/);
  assert.equal(r.lines.length, 1, "one line per collector per interval, whatever failed");
});

test("a closed collector no longer reads", () => {
  let reads = 0;
  const r = rig(() => ({ readings: { n: ++reads } }));
  r.collector.tick();
  r.collector.close();
  r.collector.tick();
  assert.equal(reads, 1);
  r.store.close();
});
