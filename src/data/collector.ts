// One collector per enabled capture method entry: it reads the resource on each scheduler tick,
// encodes the reading as a compact record and appends it to its own ring in flash.
import type { Clock, Log } from "../host.ts";
import type { CaptureRead } from "../resources/resource.ts";
import type { Ring } from "./store/ring-store.ts";
import type { CollectorIdentity } from "./collector-identity.ts";
import { collectorName, collectorOwner } from "./collector-identity.ts";
import type { CaptureRecord } from "./record-codec.ts";
import { RecordCodec } from "./record-codec.ts";
import type { StoredReading } from "./read-back.ts";
import { readBack } from "./read-back.ts";
import type { ScheduledTask } from "./scheduler.ts";
import { ThrottledLog } from "./throttled-log.ts";

/** 2020-01-01T00:00:00Z. A wall clock earlier than this has not been set (by SNTP) since power-on. */
export const WALL_CLOCK_VALID_FROM = 1_577_836_800_000;

/** One error line per collector per this many ms; the rest are counted. */
export const ERROR_LOG_INTERVAL_MS = 10_000;

export interface CollectorCounters {
  /** Readings appended to the ring. */
  captured: number;
  /** Ticks skipped because they came a period or more late. */
  missedTicks: number;
  /** Reads that threw, or returned data with no Struct form. */
  readErrors: number;
  /** Appends the store refused (a flash failure); the reading is lost. */
  storeErrors: number;
  /** The ring's own counters. */
  written: number;
  droppedOldest: number;
  corruptSkipped: number;
  bytesUsed: number;
  /** Records the cloud acknowledged (and the ring then deleted). */
  synced: number;
  /** Records sync deleted unsent because their capture time can never be known: captured before the
   *  wall clock was set, in an earlier boot (see src/data/sync/sync-task.ts). */
  droppedUntimed: number;
}

export interface CollectorOptions extends CollectorIdentity {
  hz: number;
  read: CaptureRead;
  ring: Ring;
  clock: Clock;
  log: Log;
  /** Newest cursor in the ring written by an earlier boot; -1 (the default) when there is none. */
  earlierBootsUpTo?: number;
  /** Counters of the collector this one replaces after a reconfiguration, to count on from. */
  baseline?: CollectorCounters;
}

/** Counters that add up over the collector's life; bytesUsed is a level and is not carried over. */
type Totals = Omit<CollectorCounters, "bytesUsed">;

export class Collector implements ScheduledTask {
  readonly name: string;
  readonly owner: number;
  readonly subtype: string;
  readonly componentName: string;
  readonly method: string;
  readonly params: Readonly<Record<string, string>>;
  readonly hz: number;
  readonly ring: Ring;
  /** Records with cursors up to this one were captured in an earlier boot; -1 when none were. */
  readonly earlierBootsUpTo: number;
  readonly #read: CaptureRead;
  readonly #clock: Clock;
  readonly #log: Log;
  readonly #errors: ThrottledLog;
  readonly #codec: RecordCodec;
  #captured = 0;
  #missedTicks = 0;
  #readErrors = 0;
  #storeErrors = 0;
  #synced = 0;
  #droppedUntimed = 0;
  readonly #carried: Totals;
  #closed = false;
  /** The record being appended, and whether encoding it failed: state for #encode, which is bound
   *  once so that a capture allocates no closure. */
  #pending: CaptureRecord | undefined;
  #encodeFailed = false;
  readonly #encode = (blockBase: number): Uint8Array => {
    try {
      return this.#codec.encode(this.#pending!, blockBase);
    } catch (error) {
      this.#encodeFailed = true;
      throw error;
    }
  };

  constructor(options: CollectorOptions) {
    this.name = collectorName(options);
    this.owner = collectorOwner(options);
    this.subtype = options.subtype;
    this.componentName = options.componentName;
    this.method = options.method;
    this.params = { ...options.params };
    this.hz = options.hz;
    this.ring = options.ring;
    this.earlierBootsUpTo = options.earlierBootsUpTo ?? -1;
    this.#carried = carriedTotals(options.baseline, options.ring);
    this.#read = options.read;
    this.#clock = options.clock;
    this.#log = options.log;
    this.#errors = new ThrottledLog({ log: options.log, clock: options.clock, intervalMs: ERROR_LOG_INTERVAL_MS });
    this.#codec = new RecordCodec({ method: options.method });
  }

  get counters(): CollectorCounters {
    const ring = this.ring.counters;
    const carried = this.#carried;
    return {
      captured: carried.captured + this.#captured,
      missedTicks: carried.missedTicks + this.#missedTicks,
      readErrors: carried.readErrors + this.#readErrors,
      storeErrors: carried.storeErrors + this.#storeErrors,
      written: carried.written + ring.written,
      droppedOldest: carried.droppedOldest + ring.droppedOldest,
      corruptSkipped: carried.corruptSkipped + ring.corruptSkipped,
      bytesUsed: ring.bytesUsed,
      synced: carried.synced + this.#synced,
      droppedUntimed: carried.droppedUntimed + this.#droppedUntimed,
    };
  }

  /** Sync reports a committed batch: `synced` records acknowledged, `untimed` deleted unsent. */
  countSync(synced: number, untimed: number): void {
    this.#synced += synced;
    this.#droppedUntimed += untimed;
  }


  /** Captures one reading now. Never throws: failures are counted and logged at a limited rate. */
  tick(): void {
    if (this.#closed) return;
    const clock = this.#clock;
    const wall = clock.wall();
    const started = clock.monotonic();
    const monotonic = wall < WALL_CLOCK_VALID_FROM;
    let data;
    try {
      data = this.#read();
    } catch (error) {
      this.#readErrors++;
      this.#errors.write("warn", `capture ${this.name}: read failed: ${message(error)}`);
      return;
    }
    // Both times come from one clock reading plus the monotonic duration of the read, so an SNTP
    // step during the read cannot make the reading arrive before it was asked for.
    const timeRequestedMs = Math.round(monotonic ? started : wall);
    this.#pending = {
      timeRequestedMs,
      timeReceivedMs: timeRequestedMs + Math.max(0, Math.round(clock.monotonic() - started)),
      monotonic,
      data,
    };
    this.#encodeFailed = false;
    try {
      this.ring.append(timeRequestedMs, this.#encode);
    } catch (error) {
      if (this.#encodeFailed) {
        this.#readErrors++;
        this.#errors.write("warn", `capture ${this.name}: unrecordable reading: ${message(error)}`);
      } else {
        this.#storeErrors++;
        this.#errors.write("error", `capture ${this.name}: store append failed: ${message(error)}`);
      }
      return;
    } finally {
      this.#pending = undefined;
    }
    this.#captured++;
  }

  missed(count: number): void {
    this.#missedTicks += count;
  }

  /** The ring's live records as SensorData, oldest first, without consuming them. */
  readings(): Iterable<StoredReading> {
    return readBack(
      this.ring,
      this.method,
      (cursor, error) => this.#log("warn", `capture ${this.name}: record ${cursor} is unreadable: ${message(error)}`),
      this.#read.constants,
    );
  }

  /** Stops capture; the ring stays with the store, which outlives collectors. */
  close(): void {
    this.#closed = true;
  }
}

function carriedTotals(baseline: CollectorCounters | undefined, ring: Ring): Totals {
  if (baseline === undefined) {
    return { captured: 0, missedTicks: 0, readErrors: 0, storeErrors: 0, written: 0, droppedOldest: 0, corruptSkipped: 0, synced: 0, droppedUntimed: 0 };
  }
  return {
    captured: baseline.captured,
    missedTicks: baseline.missedTicks,
    readErrors: baseline.readErrors,
    storeErrors: baseline.storeErrors,
    written: baseline.written,
    droppedOldest: baseline.droppedOldest,
    // A reopened store counts again the bad entries its scan finds, which the baseline already holds.
    corruptSkipped: baseline.corruptSkipped - ring.counters.corruptSkipped,
    synced: baseline.synced,
    droppedUntimed: baseline.droppedUntimed,
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
