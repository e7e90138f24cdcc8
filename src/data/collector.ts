// One collector per enabled capture method entry: it reads the resource on each scheduler tick,
// encodes the reading as a compact record and appends it to its own ring in flash.
import type { Clock, Log, LogLevel } from "../host.ts";
import type { CaptureRead } from "../resources/resource.ts";
import type { Ring } from "./store/ring-store.ts";
import type { CaptureMethodConfig, ComponentConfig } from "../config/types.ts";
import type { RecordEncoder } from "./record-codec.ts";
import type { StoredReading } from "./read-back.ts";
import { readBack } from "./read-back.ts";
import { errorMessage } from "../error-message.ts";
import { frozen } from "../frozen.ts";
import type { ScheduledTask } from "./scheduler.ts";

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

/** What every collector of a data manager shares, so that each carries one reference, not three. */
export interface CaptureContext {
  clock: Clock;
  log: Log;
  encoder: RecordEncoder;
}

export interface CollectorOptions {
  /** The component's config entry: its type and name identify the capture. */
  component: Pick<ComponentConfig, "type" | "name">;
  /** The capture method's config entry. */
  capture: Pick<CaptureMethodConfig, "method" | "additionalParams" | "captureFrequencyHz">;
  read: CaptureRead;
  /** The collector's ring, which carries its name and flash owner id (collectorName and
   *  collectorOwner of this capture). */
  ring: Ring;
  context: CaptureContext;
  /** Newest cursor in the ring written by an earlier boot; -1 (the default) when there is none. */
  earlierBootsUpTo?: number;
  /** Counters of the collector this one replaces after a reconfiguration, to count on from. */
  baseline?: CollectorCounters;
}

// A board runs some twenty collectors in 4,928 slots, so a collector is one object: the error
// throttle is two fields, encoding goes through the data manager's one RecordEncoder, only a
// collector that replaced another holds what that one had counted, and what identifies it is read
// from the config entries and the ring that outlive it, not copied.
/** Counters that add up over the collector's life; bytesUsed is a level and is not carried over. */
type Totals = Omit<CollectorCounters, "bytesUsed">;

const NOTHING_BEFORE: Totals = frozen({
  captured: 0,
  missedTicks: 0,
  readErrors: 0,
  storeErrors: 0,
  written: 0,
  droppedOldest: 0,
  corruptSkipped: 0,
  synced: 0,
  droppedUntimed: 0,
});

export class Collector implements ScheduledTask {
  readonly ring: Ring;
  /** Records with cursors up to this one were captured in an earlier boot; -1 when none were. */
  readonly earlierBootsUpTo: number;
  readonly #component: CollectorOptions["component"];
  readonly #capture: CollectorOptions["capture"];
  readonly #read: CaptureRead;
  readonly #context: CaptureContext;
  #captured = 0;
  #synced = 0;
  /** Made by the first mishap: most collectors never have one, and its six numbers as fields
   *  would cost each collector six slots. */
  #mishaps: Mishaps | undefined;
  /** What the collector this one replaced had counted; undefined for a collector that replaced none. */
  readonly #before: Totals | undefined;
  #closed = false;

  constructor(options: CollectorOptions) {
    this.ring = options.ring;
    this.earlierBootsUpTo = options.earlierBootsUpTo ?? -1;
    this.#component = options.component;
    this.#capture = options.capture;
    this.#read = options.read;
    this.#context = options.context;
    this.#before = options.baseline && carriedTotals(options.baseline, options.ring);
  }

  /** For logs and status: `board/Analogs(light)` (collectorName). */
  get name(): string {
    return this.ring.name;
  }

  /** The id its ring's blocks carry on flash (collectorOwner). */
  get owner(): number {
    return this.ring.owner;
  }

  /** Component subtype, e.g. "board", "sensor". */
  get subtype(): string {
    return this.#component.type;
  }

  get componentName(): string {
    return this.#component.name;
  }

  get method(): string {
    return this.#capture.method;
  }

  get params(): Readonly<Record<string, string>> {
    return this.#capture.additionalParams;
  }

  get hz(): number {
    return this.#capture.captureFrequencyHz;
  }

  get counters(): CollectorCounters {
    const ring = this.ring.counters;
    const before = this.#before ?? NOTHING_BEFORE;
    const mishaps = this.#mishaps;
    return {
      captured: before.captured + this.#captured,
      missedTicks: before.missedTicks + (mishaps?.missedTicks ?? 0),
      readErrors: before.readErrors + (mishaps?.readErrors ?? 0),
      storeErrors: before.storeErrors + (mishaps?.storeErrors ?? 0),
      written: before.written + ring.written,
      droppedOldest: before.droppedOldest + ring.droppedOldest,
      corruptSkipped: before.corruptSkipped + ring.corruptSkipped,
      bytesUsed: ring.bytesUsed,
      synced: before.synced + this.#synced,
      droppedUntimed: before.droppedUntimed + (mishaps?.droppedUntimed ?? 0),
    };
  }

  /** Sync reports a committed batch: `synced` records acknowledged, `untimed` deleted unsent. */
  countSync(synced: number, untimed: number): void {
    this.#synced += synced;
    if (untimed > 0) this.mishaps().droppedUntimed += untimed;
  }

  /** Captures one reading now. Never throws: failures are counted and logged at a limited rate. */
  tick(): void {
    if (this.#closed) return;
    const { clock, encoder } = this.#context;
    const wall = clock.wall();
    const started = clock.monotonic();
    const monotonic = wall < WALL_CLOCK_VALID_FROM;
    let data;
    try {
      data = this.#read();
    } catch (error) {
      this.mishaps().readErrors++;
      this.report("warn", "read failed", error);
      return;
    }
    // Both times come from one clock reading plus the monotonic duration of the read, so an SNTP
    // step during the read cannot make the reading arrive before it was asked for.
    const timeRequestedMs = Math.round(monotonic ? started : wall);
    encoder.stage(this.method, {
      timeRequestedMs,
      timeReceivedMs: timeRequestedMs + Math.max(0, Math.round(clock.monotonic() - started)),
      monotonic,
      data,
    });
    try {
      this.ring.append(timeRequestedMs, encoder.entry);
    } catch (error) {
      if (encoder.failed) {
        this.mishaps().readErrors++;
        this.report("warn", "unrecordable reading", error);
      } else {
        this.mishaps().storeErrors++;
        this.report("error", "store append failed", error);
      }
      return;
    } finally {
      encoder.unstage();
    }
    this.#captured++;
  }

  missed(count: number): void {
    if (count > 0) this.mishaps().missedTicks += count;
  }

  /** The ring's live records as SensorData, oldest first, without consuming them. */
  readings(): Iterable<StoredReading> {
    return readBack(
      this.ring,
      this.method,
      (cursor, error) => this.#context.log("warn", `capture ${this.name}: record ${cursor} is unreadable: ${errorMessage(error)}`),
      this.#read.constants,
    );
  }

  /** Stops capture; the ring stays with the store, which outlives collectors. */
  close(): void {
    this.#closed = true;
  }

  /** Logs a capture failure unless one was logged in the last ERROR_LOG_INTERVAL_MS; what was held
   *  back is counted and reported with the next line that gets through. */
  private report(level: LogLevel, what: string, error: unknown): void {
    const { clock, log } = this.#context;
    const now = clock.monotonic();
    const mishaps = this.mishaps();
    if (now - mishaps.loggedAt < ERROR_LOG_INTERVAL_MS) {
      mishaps.heldBack++;
      return;
    }
    const held = mishaps.heldBack;
    mishaps.loggedAt = now;
    mishaps.heldBack = 0;
    const line = `capture ${this.name}: ${what}: ${errorMessage(error)}`;
    log(level, held === 0 ? line : `${line} (${held} more suppressed)`);
  }

  private mishaps(): Mishaps {
    return (this.#mishaps ??= { missedTicks: 0, readErrors: 0, storeErrors: 0, droppedUntimed: 0, loggedAt: -Infinity, heldBack: 0 });
  }
}

/** What goes wrong with a collector, counted, and its error throttle: one log line per
 *  ERROR_LOG_INTERVAL_MS, the rest counted, so that a sensor failing at 1 kHz cannot flood the log
 *  (or the serial port, which would itself slow capture). */
interface Mishaps {
  missedTicks: number;
  readErrors: number;
  storeErrors: number;
  droppedUntimed: number;
  loggedAt: number;
  heldBack: number;
}

function carriedTotals(baseline: CollectorCounters, ring: Ring): Totals {
  const { bytesUsed: _level, ...totals } = baseline;
  // A reopened store counts again the bad entries its scan finds, which the baseline already holds.
  totals.corruptSkipped -= ring.counters.corruptSkipped;
  return totals;
}
