// The sync fault matrix, end to end: the firmware on a simulated board in virtual time, uploading
// over real loopback sockets to the local cloud, which injects one fault per test. For each fault:
// every record captured and not dropped as oldest reaches the cloud, at most one batch is repeated
// per ambiguous failure, each retry comes exactly when the backoff says (1 s doubling to 1 h, equal
// jitter, with the jitter's random fixed through the host's random bytes), and capture runs on at its
// configured rates throughout.
//
// Virtual time stands still while a call is on the wire: the driver runs timers one at a time and,
// whenever a sync round or a config fetch is in flight, yields to the real event loop until it is
// over, so no call times out because of how fast the test moves time.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { boot, type Machine } from "../src/boot.ts";
import type { Collector } from "../src/data/collector.ts";
import type { SyncTask } from "../src/data/sync/sync-task.ts";
import { CLOUD_PROBE_MS, RECONNECT_JITTER_MS } from "../src/cloud/cloud-link.ts";
import { startLocalCloud, type LocalCloud, type StoredUpload } from "../hosts/node/cloud/local-cloud.ts";
import { SimulatedDevice } from "../hosts/node/simulated-device.ts";
import type { VirtualClock } from "../hosts/sim/clock.ts";
import { sine } from "../hosts/sim/signals.ts";
import { lightAndFakeMachine } from "./fixtures/light-and-fake.ts";

/** Wall time at the first boot (a clock that SNTP has set). */
const WALL = Date.UTC(2025, 0, 1);
const SYNC_INTERVAL_MS = 6_000;
const BACKOFF_CAP_MS = 3_600_000;
const LIGHT_HZ = 10;
const FAKE_HZ = 1;
const light = sine({ offset: 2048, amplitude: 1500, periodMs: 60_000 });

// Two collectors at different rates, each with the default 1 KB cache: the light reader fills its
// ring in a few minutes, the fake sensor (whose readings count from 1) in about ten.
const machineConfig = lightAndFakeMachine({
  light: { hz: LIGHT_HZ },
  fake: { hz: FAKE_HZ },
  dataManager: { sync_interval_mins: SYNC_INTERVAL_MS / 60_000, tags: ["faults"] },
});

const testNames = ["down", "unavailable", "http503", "reset", "stall", "expire", "secret", "clock", "wifi", "offline", "reset2", "cloud-back"] as const;
const parts = testNames.map((name) => ({ id: `part-${name}`, secret: `secret-of-${name}-Xq7`, config: machineConfig }));
const partFor = (name: (typeof testNames)[number]) => parts[testNames.indexOf(name)];

const root = mkdtempSync(join(tmpdir(), "sync-faults-"));
let cloud: LocalCloud;
const cloudLog: string[] = [];

before(async () => {
  cloud = await startLocalCloud({ parts, log: (line) => cloudLog.push(line) });
});
after(async () => {
  await cloud.close();
  rmSync(root, { recursive: true, force: true });
});

const immediate = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Equal jitter: the n-th consecutive failure waits d/2 + r·d/2, d = min(1 h, 1 s · 2^(n-1)). */
function expectedBackoff(failures: number, r: number): number {
  const nominal = Math.min(BACKOFF_CAP_MS, 1000 * 2 ** (failures - 1));
  return Math.round(nominal / 2 + (r * nominal) / 2);
}

interface Round {
  /** Monotonic ms when the round started and ended (the same unless a call waited on a timeout). */
  at: number;
  endedAt: number;
  consecutiveFailures: number;
  backoffMs: number;
  nextAttemptAt: number;
  lastError: string | undefined;
}

interface RigOptions {
  /** The value of every random draw (the backoff jitter), through the host's random bytes. */
  random: number;
  /** Credentials secret, if not the part's own. */
  secret?: string;
  /** Wall time at boot; 0 is a board whose clock SNTP has not set yet. */
  wall?: number;
}

class Rig {
  readonly device: SimulatedDevice<Machine>;
  readonly partId: string;
  readonly logs: string[] = [];
  readonly rounds: Round[] = [];
  readonly random: number;

  constructor(name: (typeof testNames)[number], options: RigOptions) {
    const part = partFor(name);
    this.partId = part.id;
    this.random = options.random;
    // The u32 whose share of 2^32 is `random`, big-endian, as hostRandom reads it.
    const word = Math.round(options.random * 2 ** 32);
    const bytes = Uint8Array.of(word >>> 24, (word >>> 16) & 0xff, (word >>> 8) & 0xff, word & 0xff);
    this.device = new SimulatedDevice<Machine>({
      dir: join(root, name),
      config: JSON.stringify(machineConfig),
      credentials: JSON.stringify({ cloud: { id: part.id, secret: options.secret ?? part.secret, app_address: cloud.url } }),
      virtual: true,
      wall: options.wall ?? WALL,
      log: (level, message) => this.logs.push(`${level}: ${message}`),
      setup: (board) => board.analog(34, light),
      boot: (host, bootOptions) => {
        host.randomBytes = (count) => Uint8Array.from({ length: count }, (_, i) => bytes[i % 4]);
        return boot(host, bootOptions);
      },
    });
  }

  get machine(): Machine {
    return this.device.machine;
  }

  get sync(): SyncTask {
    const sync = this.machine.sync;
    assert.ok(sync, "the machine has no sync task");
    return sync;
  }

  get world(): VirtualClock {
    return this.device.clock as VirtualClock;
  }

  /** Monotonic ms of the running boot. */
  now(): number {
    return this.device.host.clock.monotonic();
  }

  collector(componentName: string): Collector {
    const collector = this.machine.data.collectors.find((c) => c.componentName === componentName);
    assert.ok(collector, `no collector for ${componentName}`);
    return collector;
  }

  rows(collector: Collector): StoredUpload[] {
    return cloud.uploads({ partId: this.partId, componentName: collector.componentName, methodName: collector.method });
  }

  async start(): Promise<void> {
    this.device.start();
    await this.settle();
    assert.equal(this.machine.issues.length, 0, JSON.stringify(this.machine.issues));
  }

  #busy(): boolean {
    return this.machine.sync?.state.syncing === true || this.machine.cloudConfig.fetching || this.machine.sync?.link?.probing === true;
  }

  /** Yields to the real event loop until no call is in flight. */
  async settle(): Promise<void> {
    const guard = Date.now() + 20_000;
    for (let quiet = 0; quiet < 3; ) {
      await immediate();
      if (this.#busy()) quiet = 0;
      else quiet++;
      if (Date.now() > guard) throw new Error("a call is still in flight after 20 s of real time");
    }
  }

  /** Runs virtual time to monotonic `t` one timer at a time, letting every call finish in between. */
  async runUntil(t: number): Promise<void> {
    const until = this.world.monotonic() + (t - this.now());
    for (;;) {
      const task = this.machine.sync;
      const rounds = task?.state.rounds;
      if (!this.world.runNext(until)) break;
      // The driver settles after every round, so a round seen syncing here began at this timer; one with
      // nothing it may upload has ended already.
      const state = this.machine.sync === task ? task?.state : undefined;
      if (state && (state.syncing || state.rounds !== rounds)) await this.#finishRound(this.now());
      else if (this.#busy()) await this.settle();
    }
    this.world.advanceTo(until);
    await this.settle();
  }

  run(ms: number): Promise<void> {
    return this.runUntil(this.now() + ms);
  }

  /** Runs until the next sync round has ended; returns it. */
  async nextRound(): Promise<Round> {
    const count = this.rounds.length;
    while (this.rounds.length === count) await this.runUntil(Math.max(this.sync.state.nextAttemptAt, this.now() + 1));
    return this.rounds[count];
  }

  async #finishRound(at: number): Promise<void> {
    await this.settle();
    this.#record(at);
  }

  /**
   * For a round whose call never gets an answer: waits (in real time) until the cloud has taken the
   * call, then moves virtual time on, timer by timer, until the client gives up.
   */
  async runThroughStall(): Promise<Round> {
    while (!this.sync.state.syncing) {
      assert.ok(this.world.runNext(Number.MAX_SAFE_INTEGER), "no timer left");
    }
    const at = this.now();
    const guard = Date.now() + 20_000;
    while (cloud.faults.pending > 0) {
      await immediate();
      if (Date.now() > guard) throw new Error("the stalled call never reached the cloud");
    }
    while (this.sync.state.syncing) {
      assert.ok(this.world.runNext(Number.MAX_SAFE_INTEGER), "no timer left");
      for (let i = 0; i < 5; i++) await immediate();
    }
    await this.settle();
    this.#record(at);
    // Timers due at the same instant as the timeout (a capture tick) still run at it.
    await this.runUntil(this.now());
    return this.rounds[this.rounds.length - 1];
  }

  #record(at: number): void {
    const { consecutiveFailures, backoffMs, nextAttemptAt, lastError } = this.sync.state;
    this.rounds.push({ at, endedAt: this.now(), consecutiveFailures, backoffMs, nextAttemptAt, lastError });
  }

  close(): void {
    this.device.close();
  }
}

const periodMs = (collector: Collector) => 1000 / collector.hz;

/** What the reading captured at monotonic `t` (boot at world 0, wall WALL) holds. */
function expectedData(collector: Collector, t: number): unknown {
  // Sync adds the reader's range to every Analogs reading, as viam-server records them.
  if (collector.componentName === "board") return { value: Math.min(4095, Math.max(0, Math.round(light(t)))), min_range: 0, max_range: 3.3, step_size: 3.3 / 4095 };
  return { readings: { a: t / periodMs(collector), b: 2.5, c: "3" } };
}

/**
 * Every record captured and not dropped as oldest is either in the cloud or still in the ring, in
 * capture order, with the data that was read at that time; the records missing are exactly as many
 * as the ring dropped, and all from one stretch (when nothing could be uploaded). Returns the rows
 * the cloud received a second time.
 */
function assertDelivered(rig: Rig, collector: Collector): StoredUpload[] {
  const period = periodMs(collector);
  const seen = new Map<number, StoredUpload>();
  const repeated: StoredUpload[] = [];
  for (const row of rig.rows(collector)) {
    assert.equal(row.componentType, `rdk:component:${collector.subtype}`);
    assert.deepEqual(row.tags, ["faults"]);
    const time = row.timeRequestedMs!;
    const first = seen.get(time);
    if (first) {
      assert.deepEqual(row.data, first.data, "a repeated time must be the same record");
      repeated.push(row);
    } else {
      seen.set(time, row);
    }
  }
  for (const [time, row] of seen) assert.deepEqual(row.data, expectedData(collector, time - WALL), `${collector.name} at ${time}`);
  const kept = [...collector.readings()].map((reading) => {
    assert.equal(reading.monotonic, false);
    const { seconds, nanos } = reading.sensorData.metadata.timeRequested;
    return seconds * 1000 + nanos / 1e6;
  });
  // Capture k (from 1) happened at WALL + k periods.
  const indexes = [...seen.keys(), ...kept].map((time) => (time - WALL) / period);
  const counters = collector.counters;
  assert.equal(counters.readErrors + counters.storeErrors + counters.corruptSkipped + counters.droppedUntimed, 0);
  assert.equal(counters.synced, seen.size, `${collector.name}: synced counts the acknowledged records`);
  assert.equal(indexes.length, counters.captured - counters.droppedOldest, `${collector.name}: records lost`);
  assert.equal(indexes.at(-1), counters.captured, `${collector.name}: the newest record is there`);
  let gaps = 0;
  for (const [i, index] of indexes.entries()) {
    assert.ok(Number.isInteger(index), `${collector.name}: a record at an odd time`);
    const previous = i === 0 ? 0 : indexes[i - 1];
    assert.ok(index > previous, `${collector.name}: record ${index} after ${previous}: out of order`);
    if (index !== previous + 1) gaps++;
  }
  assert.ok(gaps <= (counters.droppedOldest > 0 ? 1 : 0), `${collector.name}: ${gaps} gaps`);
  return repeated;
}

/** Capture never paused: each collector has exactly one record per period since boot. */
function assertCapturing(rig: Rig): void {
  for (const collector of rig.machine.data.collectors) {
    assert.equal(collector.counters.captured, Math.floor(rig.now() / periodMs(collector)), `${collector.name} captured`);
    assert.equal(collector.counters.missedTicks, 0);
  }
}

/** Each round's follow-up came exactly when it said, after a backoff as specified. */
function assertSchedule(rig: Rig, rounds = rig.rounds): void {
  for (const [i, round] of rounds.entries()) {
    if (round.consecutiveFailures === 0) {
      assert.equal(round.backoffMs, 0, `round ${i}`);
      assert.equal(round.nextAttemptAt, round.endedAt + SYNC_INTERVAL_MS, `round ${i}: a healthy round waits the interval`);
    } else {
      assert.equal(round.backoffMs, expectedBackoff(round.consecutiveFailures, rig.random), `round ${i}: failure ${round.consecutiveFailures}`);
      assert.equal(round.nextAttemptAt, round.endedAt + round.backoffMs, `round ${i}`);
      const before = i === 0 ? 0 : rig.rounds[i - 1].consecutiveFailures;
      assert.equal(round.consecutiveFailures, before + 1, `round ${i}: failures count up`);
    }
    const next = rounds[i + 1];
    if (next) assert.equal(next.at, round.nextAttemptAt, `round ${i + 1} started when round ${i} said`);
  }
}

function authentications(partId: string): number {
  return cloudLog.filter((line) => line === `Authenticate: part "${partId}" ok`).length;
}

/** Runs failing rounds until `count` have failed in a row; the schedule is checked at the end. */
async function failRounds(rig: Rig, count: number): Promise<void> {
  for (let n = 1; n <= count; n++) {
    const round = await rig.nextRound();
    assert.equal(round.consecutiveFailures, n, `round should have failed: ${round.lastError}`);
    assertCapturing(rig);
  }
}

async function recover(rig: Rig): Promise<Round> {
  const round = await rig.nextRound();
  assert.equal(round.consecutiveFailures, 0, `round should have succeeded: ${round.lastError}`);
  return round;
}

function assertNoneRepeated(rig: Rig): void {
  for (const collector of rig.machine.data.collectors) {
    assert.deepEqual(assertDelivered(rig, collector), [], `${collector.name}: nothing repeated`);
  }
}

describe("sync fault matrix (simulated board → local cloud, virtual time)", () => {
  it("the cloud is down at boot: retries back off, capture goes on, everything arrives once it is up", async () => {
    const rig = new Rig("down", { random: 0.5 });
    await cloud.faults.down();
    try {
      await rig.start();
      assert.equal(rig.machine.cloudConfig.source, "local", "offline boot runs the local config");
      await failRounds(rig, 5);
      assert.match(rig.rounds[4].lastError ?? "", /refused|unavailable|connect/i);
    } finally {
      await cloud.faults.up();
    }
    await recover(rig);
    await rig.run(SYNC_INTERVAL_MS);
    assertSchedule(rig);
    assertCapturing(rig);
    assertNoneRepeated(rig);
    assert.equal(rig.machine.cloudConfig.reconfigurations, 0);
    rig.close();
  });

  for (const kind of ["unavailable", "http503"] as const) {
    it(`the cloud answers ${kind === "unavailable" ? "UNAVAILABLE" : "HTTP 503"}: three failures back off, then all arrives once`, async () => {
      const rig = new Rig(kind, { random: 0.25 });
      await rig.start();
      await rig.nextRound();
      cloud.faults.next(kind, 3);
      await failRounds(rig, 3);
      assert.match(rig.sync.state.lastError ?? "", kind === "unavailable" ? /injected/ : /503/);
      await recover(rig);
      await rig.run(SYNC_INTERVAL_MS * 2);
      assertSchedule(rig);
      assertCapturing(rig);
      assertNoneRepeated(rig);
      rig.close();
    });
  }

  it("a reset mid-response (the cloud stored the batch) repeats that one batch and loses nothing", async () => {
    const rig = new Rig("reset", { random: 0.75 });
    await rig.start();
    await rig.nextRound();
    const board = rig.collector("board");
    const before = rig.rows(board).length;
    cloud.faults.next("reset-mid-response", 1);
    await failRounds(rig, 1);
    const stored = rig.rows(board).slice(before);
    assert.ok(stored.length > 0, "the cloud kept the batch it answered");
    await recover(rig);
    await rig.run(SYNC_INTERVAL_MS);
    assertSchedule(rig);
    assertCapturing(rig);
    const repeated = assertDelivered(rig, board);
    assert.deepEqual(
      repeated.map((row) => row.timeRequestedMs),
      stored.map((row) => row.timeRequestedMs),
      "exactly the batch whose answer was lost is repeated",
    );
    assert.deepEqual(assertDelivered(rig, rig.collector("fake-sensor")), []);
    rig.close();
  });

  it("each ambiguous failure can repeat the batch in flight once: two lost answers in a row, three copies at most", async () => {
    const rig = new Rig("reset2", { random: 0.75 });
    await rig.start();
    await rig.nextRound();
    const board = rig.collector("board");
    cloud.faults.next("reset-mid-response", 2);
    await failRounds(rig, 2);
    await recover(rig);
    await rig.run(SYNC_INTERVAL_MS);
    const copies = new Map<number, number>();
    for (const row of rig.rows(board)) copies.set(row.timeRequestedMs!, (copies.get(row.timeRequestedMs!) ?? 0) + 1);
    const most = Math.max(...copies.values());
    assert.equal(most, 3, "the first batch went up once per failure and once more");
    assertDelivered(rig, board);
    rig.close();
  });

  it("a response that stalls times out, backs off from the timeout and then delivers everything once", async () => {
    const rig = new Rig("stall", { random: 0.5 });
    await rig.start();
    await rig.nextRound();
    cloud.faults.next("stall", 1);
    const stalled = await rig.runThroughStall();
    assert.equal(stalled.consecutiveFailures, 1);
    assert.match(stalled.lastError ?? "", /deadline|time/i);
    assert.ok(stalled.endedAt > stalled.at, "the round ended when the call timed out");
    assertCapturing(rig);
    await recover(rig);
    await rig.run(SYNC_INTERVAL_MS);
    assertSchedule(rig);
    assertCapturing(rig);
    assertNoneRepeated(rig);
    rig.close();
  });

  it("an expired token costs one re-authentication and no failed round", async () => {
    const rig = new Rig("expire", { random: 0.5 });
    await rig.start();
    await rig.nextRound();
    const partId = partFor("expire").id;
    assert.equal(authentications(partId), 1);
    cloud.faults.next("expire-tokens", 1);
    const round = await rig.nextRound();
    assert.equal(round.consecutiveFailures, 0, round.lastError);
    assert.equal(cloud.faults.pending, 0, "the expiry was hit");
    assert.equal(authentications(partId), 2, "exactly one fresh token");
    assert.equal(rig.sync.state.lastError, undefined);
    await rig.run(SYNC_INTERVAL_MS);
    assertSchedule(rig);
    assertCapturing(rig);
    assertNoneRepeated(rig);
    rig.close();
  });

  it("a wrong secret is a clear error without the secret, backs off up to the 1 h cap, and never stops capture", async () => {
    const wrong = "wrong-secret-Zz91-never-log-me";
    const rig = new Rig("secret", { random: 0.25, secret: wrong });
    await rig.start();
    // 1 s doubles past 1 h at the 13th failure; the 14th stays capped.
    await failRounds(rig, 14);
    assertSchedule(rig);
    assert.equal(rig.rounds[12].backoffMs, expectedBackoff(13, 0.25));
    assert.equal(expectedBackoff(13, 0.25), expectedBackoff(14, 0.25), "capped");
    assert.equal(rig.rounds[13].backoffMs, Math.round(BACKOFF_CAP_MS * 0.625));
    const error = rig.sync.state.lastError ?? "";
    assert.match(error, /unauthenticated|credentials|secret|authenticat/i);
    for (const line of [...rig.logs, error, rig.machine.cloudConfig.lastError ?? ""]) {
      assert.ok(!line.includes(wrong), `the secret leaked: ${line}`);
    }
    assert.ok(rig.logs.some((line) => line.startsWith("warn: sync:")), "the failure is logged");
    assert.ok(rig.device.running);
    assertCapturing(rig);
    for (const collector of rig.machine.data.collectors) {
      assert.equal(rig.rows(collector).length, 0);
      assert.equal(collector.counters.synced, 0);
      assert.ok([...collector.readings()].length > 0, "records wait in flash");
    }
    rig.close();
  });

  it("with the clock unset, records wait and are uploaded with their true times once it is set", async () => {
    const rig = new Rig("clock", { random: 0.5, wall: 0 });
    await rig.start();
    await rig.run(60_000);
    const board = rig.collector("board");
    const fake = rig.collector("fake-sensor");
    assert.ok(rig.rounds.length >= 9, "rounds ran while the clock was unset");
    assert.equal(rig.rows(board).length + rig.rows(fake).length, 0, "nothing is uploaded before the time is known");
    assert.equal(board.counters.captured, 600);
    const unsetUntil = rig.now();
    const capturedUnset = [board, fake].map((collector) => collector.counters.captured);
    // SNTP answers: the true wall time is WALL + the time since boot.
    rig.world.setWall(WALL + rig.world.monotonic());
    await rig.run(SYNC_INTERVAL_MS * 2);
    assertSchedule(rig);
    assertCapturing(rig);
    for (const [i, collector] of [board, fake].entries()) {
      const rows = rig.rows(collector);
      const early = rows.filter((row) => row.timeRequestedMs! <= WALL + unsetUntil);
      assert.equal(early.length, capturedUnset[i], `${collector.name}: every record from before the clock was set went up`);
      for (const row of rows) assert.equal(row.timeReceivedMs, row.timeRequestedMs);
      // In place among the later records, with the values read at those times.
      assert.deepEqual(assertDelivered(rig, collector), []);
    }
    rig.close();
  });

  it("an hour without Wi-Fi wraps the rings: the oldest are dropped and counted, the rest sync", async () => {
    const rig = new Rig("wifi", { random: 0.5 });
    await rig.start();
    await rig.run(20_000);
    const healthy = rig.rounds.length;
    assert.ok(healthy >= 3);
    rig.device.board.wifi.down();
    const hour = 3_600_000;
    const backAt = rig.now() + hour;
    await rig.runUntil(backAt);
    const failed = rig.rounds.slice(healthy);
    assert.ok(failed.every((round) => round.consecutiveFailures > 0));
    let expected = 0;
    for (let at = rig.rounds[healthy - 1].nextAttemptAt; at <= backAt; expected++) at += expectedBackoff(expected + 1, rig.random);
    assert.equal(failed.length, expected, "one attempt per backoff step through the hour");
    assert.ok(expected >= 12);
    assertCapturing(rig);
    for (const collector of rig.machine.data.collectors) {
      assert.ok(collector.counters.droppedOldest > 0, `${collector.name}: its ring wrapped`);
    }
    const down = rig.rounds.length;
    rig.device.board.wifi.up();
    await recover(rig);
    await rig.run(SYNC_INTERVAL_MS);
    // Wi-Fi coming back cut the last backoff short; every other step kept the schedule.
    assertSchedule(rig, rig.rounds.slice(0, down));
    assertSchedule(rig, rig.rounds.slice(down));
    assertCapturing(rig);
    for (const collector of rig.machine.data.collectors) {
      // assertDelivered finds the dropped records missing, as one stretch, and nothing else.
      assert.deepEqual(assertDelivered(rig, collector), []);
    }
    rig.close();
  });

  it("Wi-Fi coming back starts the next round at once, with jitter, and nothing is dropped after (--offline 120)", async () => {
    const rig = new Rig("offline", { random: 0.25 });
    await rig.start();
    await rig.run(20_000);
    rig.device.board.wifi.down();
    await rig.run(120_000);
    const waited = rig.sync.state.nextAttemptAt - rig.now();
    assert.ok(waited > 10_000, `the backoff grew during the outage: next attempt in ${waited} ms`);
    const dropped = rig.machine.data.collectors.map((collector) => collector.counters.droppedOldest);
    const backAt = rig.now();
    rig.device.board.wifi.up();
    const round = await recover(rig);
    // Wi-Fi is looked at once a second; the jitter is the host's random share of RECONNECT_JITTER_MS.
    assert.ok(round.at - backAt <= 1000 + 0.25 * RECONNECT_JITTER_MS, `first round ${round.at - backAt} ms after Wi-Fi came back`);
    await rig.run(60_000);
    assertCapturing(rig);
    for (const [i, collector] of rig.machine.data.collectors.entries()) {
      assert.equal(collector.counters.droppedOldest, dropped[i], `${collector.name}: nothing dropped once Wi-Fi was back`);
      assert.deepEqual(assertDelivered(rig, collector), []);
    }
    rig.close();
  });

  it("the cloud coming back while Wi-Fi stayed up starts the next round at once, with jitter, and nothing is dropped after", async () => {
    const rig = new Rig("cloud-back", { random: 0.25 });
    await rig.start();
    await rig.run(20_000);
    await cloud.faults.down();
    try {
      // Down long enough for the backoff to grow past a minute; Wi-Fi is up throughout.
      while (rig.sync.state.backoffMs <= 60_000) assert.ok((await rig.nextRound()).consecutiveFailures > 0);
      await rig.run(5_000);
    } finally {
      await cloud.faults.up();
    }
    const backAt = rig.now();
    const waited = rig.sync.state.nextAttemptAt - backAt;
    const dropped = rig.machine.data.collectors.map((collector) => collector.counters.droppedOldest);
    const round = await recover(rig);
    // The probe comes a period after the last exchange (half fixed, half the host's random share),
    // the round within the host's random share of RECONNECT_JITTER_MS after it.
    const bound = CLOUD_PROBE_MS / 2 + 0.25 * (CLOUD_PROBE_MS / 2) + 0.25 * RECONNECT_JITTER_MS;
    assert.ok(round.at - backAt <= bound, `first round ${round.at - backAt} ms after the cloud came back (bound ${bound})`);
    assert.ok(waited > bound + 30_000, `the backoff alone would have waited ${waited} ms`);
    // The config fetch, which backed off as long, starts over too, unless its next try was near.
    const config = rig.machine.cloudConfig;
    assert.equal(config.consecutiveFailures, 0, config.lastError);
    const fetchedAfter = config.lastFetchAt! - backAt;
    assert.ok(fetchedAfter <= bound + CLOUD_PROBE_MS, `config fetched ${fetchedAfter} ms after the cloud came back`);
    await rig.run(60_000);
    assertCapturing(rig);
    for (const [i, collector] of rig.machine.data.collectors.entries()) {
      assert.equal(collector.counters.droppedOldest, dropped[i], `${collector.name}: nothing dropped once the cloud was back`);
      assert.deepEqual(assertDelivered(rig, collector), []);
    }
    rig.close();
  });
});
