// The sync task: drains the collectors' rings to Viam's app with DataCaptureUpload.
//
// Rounds. Every sync_interval_mins (and whenever syncNow() asks) one round runs: for each collector
// in turn, batches of its records, oldest first, each as one upload. A round covers what a
// collector held when its turn began, so a fast collector cannot keep a round going forever. Only
// one round runs at a time; capture never waits for one (collectors append to their rings whatever
// sync is doing).
//
// Batch size. viam-micro-server sends up to 32,000 bytes of SensorData per upload (MAX_BATCH_BYTES,
// the most a batch may hold here too). The default is 8,000: a batch is built in one buffer and,
// while the app answers, stays in RAM, so its size sets sync's heap peak above the running board:
// about 42 KB with 8,000 and 67 KB with 32,000, both measured in XS by bench/sync-xs.mjs. Four times as
// many requests cost little: about 3 % more bytes on the wire, and a 1 MB backlog still drains in
// seconds (bench/results/sync.json).
//
// Ack, then delete. A batch's records are committed (deleted from flash) only after the app answered
// OK. Any failure ends the round and keeps every record not yet acknowledged; the next attempt comes
// after a backoff (src/backoff.ts: 1 s doubling to 1 h, equal jitter) instead of the interval, and
// a round that ends well resets it. A failure after the app stored a batch (a reset mid-response, a
// timeout) means that batch is sent again: each ambiguous failure can duplicate the batch in flight
// once, so a batch whose acknowledgement is lost k times in a row reaches the app k + 1 times.
//
// Connectivity. While sync is failing, it watches the host's Wi-Fi once a second. When Wi-Fi comes
// back after being down, the backoff starts over and the next round comes within RECONNECT_JITTER_MS
// (uniformly spread, so a fleet that lost the same access point does not come back in lockstep),
// instead of waiting out a delay that grew while nothing could have worked. The same happens when
// the app answers again while Wi-Fi stayed up: any successful exchange on the client (a config
// fetch, a token, the link's probe while the app is out of reach; src/cloud/cloud-link.ts) starts
// the backoff over when the next round is more than CLOUD_PROBE_MS away.
//
// Conditional sync. With a `hold` (boot gives one for the data manager's selective_syncer_name), a
// scheduled round first asks it; a reason not to sync skips the round before anything touches the
// network, is kept in the state and logged when it changes, and the next round is due an interval
// later. Capture goes on meanwhile. syncNow() (the Sync RPC) does not ask: it is an explicit request.
//
// Capture times. A record captured before the wall clock was set carries ms since boot (MONOTONIC).
// Wall time for it is that plus the boot's offset wall − monotonic, which is known as soon as the
// wall clock is set (SNTP) and constant for the rest of the boot, so it is taken from the clock when
// needed and never stored. Until then such records wait in flash, and so does everything after them
// in their ring: uploads go in order. Records from an earlier boot (kept by durable mode) cannot be
// placed in time: their boot's offset died with it, and a record does not say which boot wrote it,
// so no stored offset could be matched to it. Sync deletes those unsent and counts them
// (Collector counters.droppedUntimed): keeping them would block their ring, since commits delete
// prefixes, and uploading them would put readings at made-up times.
import type { DataManagerConfig } from "../../config/types.ts";
import type { Host, TimerId } from "../../host.ts";
import { Backoff, hostRandom } from "../../backoff.ts";
import type { Collector } from "../collector.ts";
import { WALL_CLOCK_VALID_FROM } from "../collector.ts";
import type { SensorData, Timestamp } from "../sensor-data.ts";
import { sensorData } from "../sensor-data.ts";
import { methodParameters } from "./method-parameters.ts";
import { MAX_BATCH_BYTES, UploadBatch, encodeUploadMetadata } from "./upload-batch.ts";
import { errorMessage } from "../../error-message.ts";
import { CLOUD_PROBE_MS, type CloudLink, RECONNECT_JITTER_MS } from "../../cloud/cloud-link.ts";

export const DATA_CAPTURE_UPLOAD_PATH = "/viam.app.datasync.v1.DataSyncService/DataCaptureUpload";

/** The batch cap unless told otherwise; see "Batch size" above. */
export const DEFAULT_BATCH_BYTES = 8_000;

const WIFI_WATCH_MS = 1_000;

export interface SyncState {
  /** Monotonic ms of the last upload the app acknowledged, or of the end of the last round that
   *  ended well. */
  lastSuccessAt?: number;
  /** The most recent failure, kept after later successes; never contains the secret. */
  lastError?: string;
  consecutiveFailures: number;
  /** Current delay before the next attempt (0 when healthy). */
  backoffMs: number;
  /** Monotonic ms when the next round is due. */
  nextAttemptAt: number;
  uploadedRecords: number;
  uploadedBatches: number;
  /** Rounds that ended, well or not, while the task was open. A round with nothing it may upload
   *  ends without waiting on anything. */
  rounds: number;
  syncing: boolean;
  /** Why the last scheduled round did not run (see "Conditional sync"); absent once one runs. */
  held?: string;
}

export interface SyncClient {
  call(path: string, request: Uint8Array): Promise<Uint8Array>;
  readonly partId: string;
  /** Says when an exchange with the app succeeds; see "Connectivity" above. */
  readonly link?: CloudLink;
}

export interface SyncTaskOptions {
  host: Host;
  client: SyncClient;
  /** Read at the start of every round, so a reconfigured data manager's collectors are picked up. */
  collectors: () => readonly Collector[];
  config: DataManagerConfig;
  /** Uniform in [0, 1) for the backoff jitter; defaults to the host's random bytes. */
  random?: () => number;
  /** Encoded SensorData bytes per upload, from 1 to MAX_BATCH_BYTES. Default DEFAULT_BATCH_BYTES. */
  maxBatchBytes?: number;
  /** Asked before each scheduled round: a reason not to sync now, or undefined to sync. */
  hold?: () => string | undefined;
}

export class SyncTask {
  readonly state: SyncState = {
    consecutiveFailures: 0,
    backoffMs: 0,
    nextAttemptAt: 0,
    uploadedRecords: 0,
    uploadedBatches: 0,
    rounds: 0,
    syncing: false,
  };
  readonly #host: Host;
  readonly #client: SyncClient;
  readonly #collectors: () => readonly Collector[];
  readonly #backoff: Backoff;
  readonly #random: () => number;
  readonly #maxBatchBytes: number;
  readonly #hold: (() => string | undefined) | undefined;
  #config: DataManagerConfig;
  #timer: TimerId | undefined;
  #round: Promise<void> | undefined;
  #followUp: Promise<void> | undefined;
  #closed = false;
  #wifiWatch: TimerId | undefined;
  #wifiWasDown = false;
  /** On the client's link while the task is open; see "Connectivity" above. */
  readonly #cloudAnswered = (): void => {
    if (this.#round !== undefined || this.#backoff.failures === 0) return;
    if (this.state.nextAttemptAt - this.#host.clock.monotonic() > CLOUD_PROBE_MS) this.resume();
  };

  constructor(options: SyncTaskOptions) {
    this.#host = options.host;
    this.#client = options.client;
    this.#collectors = options.collectors;
    this.#config = options.config;
    const maxBatchBytes = options.maxBatchBytes ?? DEFAULT_BATCH_BYTES;
    if (!(Number.isInteger(maxBatchBytes) && maxBatchBytes > 0 && maxBatchBytes <= MAX_BATCH_BYTES)) {
      throw new RangeError(`maxBatchBytes must be an integer from 1 to ${MAX_BATCH_BYTES}`);
    }
    this.#maxBatchBytes = maxBatchBytes;
    this.#hold = options.hold;
    this.#random = options.random ?? hostRandom(options.host.randomBytes?.bind(options.host));
    this.#backoff = new Backoff({ random: this.#random });
    this.#client.link?.on(this.#cloudAnswered);
    this.schedule(this.intervalMs());
  }

  get config(): DataManagerConfig {
    return this.#config;
  }

  /** The client's link to the app, if it has one. */
  get link(): CloudLink | undefined {
    return this.#client.link;
  }

  /** Takes new data manager settings (interval, tags) without losing the backoff state. */
  reconfigure(config: DataManagerConfig): void {
    const before = this.intervalMs();
    this.#config = config;
    // A healthy wait follows a new interval at once; a backoff wait runs its course.
    if (!this.#round && this.#backoff.failures === 0 && this.intervalMs() !== before) this.schedule(this.intervalMs());
  }

  /** Starts a round now (the Sync RPC and tests use it); resolves when that round ends. During a
   *  round, it runs one more right after, so that what was captured meanwhile is covered too. */
  syncNow(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    const running = this.#round;
    if (running === undefined) return this.start();
    this.#followUp ??= running.then(() => {
      this.#followUp = undefined;
      return this.#closed ? undefined : this.start();
    });
    return this.#followUp;
  }

  /** Resolves once no round is running or about to run. */
  async idle(): Promise<void> {
    while (this.#round !== undefined || this.#followUp !== undefined) await (this.#followUp ?? this.#round);
  }

  /** Stops scheduling rounds. A round in flight ends at its next step; the caller closes the client. */
  close(): void {
    this.#closed = true;
    this.cancelTimer();
    this.watchWifi(false);
    this.#client.link?.off(this.#cloudAnswered);
  }

  private intervalMs(): number {
    return this.#config.syncIntervalMins * 60_000;
  }

  private start(): Promise<void> {
    this.cancelTimer();
    const round: Promise<void> = this.run().finally(() => {
      if (this.#round === round) this.#round = undefined;
    });
    this.#round = round;
    return round;
  }

  /** One round, in a single async frame (on XS each pending one holds about 2 KB): each collector's
   *  records, batch by batch, up to the newest one present when its turn began. A failed upload
   *  ends the round; what was acknowledged before stays committed. */
  private async run(): Promise<void> {
    this.state.syncing = true;
    let failure: { error: unknown } | undefined;
    try {
      for (const collector of this.#collectors()) {
        if (this.#closed) break;
        const limit = collector.ring.newestCursor();
        if (limit < 0) continue;
        const metadata = this.metadataFor(collector);
        for (;;) {
          const upload = uploadNext(this.#client, collector, limit, this.wallOffset(), metadata, this.#maxBatchBytes);
          if (upload === undefined) break;
          const covered = await upload;
          this.committed(collector, covered);
          if (!covered.full || this.#closed) break;
        }
      }
    } catch (error) {
      failure = { error };
    }
    this.state.syncing = false;
    if (!this.#closed) this.ended(failure);
  }

  private metadataFor(collector: Collector): Uint8Array {
    return encodeUploadMetadata({
      partId: this.#client.partId,
      componentType: `rdk:component:${collector.subtype}`,
      componentName: collector.componentName,
      methodName: collector.method,
      tags: this.#config.tags,
      methodParameters: methodParameters(collector.params, collector.method),
    });
  }

  /** Deletes what the app acknowledged (and the untimed records before it), and counts it. */
  private committed(collector: Collector, covered: Covered): void {
    const { count, last, untimed } = covered;
    collector.ring.commit(last);
    collector.countSync(count, untimed);
    this.state.uploadedRecords += count;
    if (count > 0) {
      this.state.uploadedBatches++;
      this.state.lastSuccessAt = this.#host.clock.monotonic();
    }
    if (untimed > 0) {
      this.#host.log("warn", `sync ${collector.name}: deleted ${untimed} record(s) captured before the clock was set in an earlier boot`);
    }
  }

  /** Schedules the next round: after the interval when this one ended well, else after a backoff. */
  private ended(failure: { error: unknown } | undefined): void {
    const state = this.state;
    state.rounds++;
    let delay: number;
    if (failure === undefined) {
      this.#backoff.succeed();
      state.lastSuccessAt = this.#host.clock.monotonic();
      delay = this.intervalMs();
    } else {
      delay = this.#backoff.fail();
      state.lastError = errorMessage(failure.error);
      this.#host.log("warn", `sync: ${state.lastError}; retrying in ${Math.round(delay / 100) / 10} s`);
    }
    state.consecutiveFailures = this.#backoff.failures;
    state.backoffMs = this.#backoff.delayMs;
    this.schedule(delay);
    this.watchWifi(failure !== undefined);
  }

  /** Watches Wi-Fi while sync fails; see "Connectivity" above. */
  private watchWifi(on: boolean): void {
    const wifi = this.#host.wifi;
    if (!on || wifi === undefined || this.#closed) {
      if (this.#wifiWatch !== undefined) this.#host.timers.clear(this.#wifiWatch);
      this.#wifiWatch = undefined;
      this.#wifiWasDown = false;
      return;
    }
    if (!wifi.connected) this.#wifiWasDown = true;
    this.#wifiWatch ??= this.#host.timers.repeat(() => {
      if (!wifi.connected) {
        this.#wifiWasDown = true;
        return;
      }
      if (!this.#wifiWasDown || this.#round !== undefined) return;
      this.#wifiWasDown = false;
      this.resume();
    }, WIFI_WATCH_MS);
  }

  /** Starts the backoff over: the next round comes within RECONNECT_JITTER_MS. */
  private resume(): void {
    this.#backoff.succeed();
    this.state.consecutiveFailures = 0;
    this.state.backoffMs = 0;
    this.schedule(Math.round(this.#random() * RECONNECT_JITTER_MS));
  }

  /** wall − monotonic for this boot, once the wall clock has been set. */
  private wallOffset(): number | undefined {
    const clock = this.#host.clock;
    const wall = clock.wall();
    return wall < WALL_CLOCK_VALID_FROM ? undefined : Math.round(wall - clock.monotonic());
  }

  private schedule(delay: number): void {
    this.cancelTimer();
    if (this.#closed) return;
    this.state.nextAttemptAt = this.#host.clock.monotonic() + delay;
    this.#timer = this.#host.timers.set(() => {
      this.#timer = undefined;
      if (this.#round !== undefined) return;
      if (this.held()) this.schedule(this.intervalMs());
      else void this.start();
    }, delay);
  }

  /** Asks the hold, and records and logs its answer when it changes. */
  private held(): boolean {
    const reason = this.#hold?.();
    if (reason !== this.state.held) this.#host.log("info", reason === undefined ? "sync: resuming" : `sync: holding: ${reason}`);
    if (reason === undefined) delete this.state.held;
    else this.state.held = reason;
    return reason !== undefined;
  }

  private cancelTimer(): void {
    if (this.#timer === undefined) return;
    this.#host.timers.clear(this.#timer);
    this.#timer = undefined;
  }
}

/** What one batch covered. */
interface Covered {
  /** Records uploaded. */
  count: number;
  /** Cursor of the last record covered, uploaded or deleted as untimed. */
  last: number;
  /** Records from an earlier boot with no known capture time, to delete unsent. */
  untimed: number;
  /** The batch stopped at a record that did not fit: more follow. */
  full: boolean;
}

/**
 * Builds the collector's next batch (records up to cursor `limit`) and starts its upload; resolves
 * to what the batch covered once the app acknowledged it, or is undefined when there is nothing it may
 * upload now (nothing left, or records that wait for the wall clock).
 * `offset` is wall − monotonic once the wall clock is set.
 *
 * A plain function, not part of the async round: XS keeps an async function's saved frame until
 * it next suspends, so a request held in that frame would still be alive while the next one is
 * built. Here the request lives only as long as the client needs it.
 */
function uploadNext(
  client: SyncClient,
  collector: Collector,
  limit: number,
  offset: number | undefined,
  metadata: Uint8Array,
  maxBytes: number,
): Promise<Covered> | undefined {
  const batch = new UploadBatch({ metadata, maxBytes });
  const covered = fill(batch, collector, limit, offset);
  if (covered === undefined) return undefined;
  if (covered.count === 0) return Promise.resolve(covered);
  return client.call(DATA_CAPTURE_UPLOAD_PATH, batch.finish()).then(() => covered);
}

function fill(batch: UploadBatch, collector: Collector, limit: number, offset: number | undefined): Covered | undefined {
  let last = -1;
  let untimed = 0;
  let full = false;
  for (const reading of collector.readings()) {
    if (reading.cursor > limit) break;
    let data = reading.sensorData;
    if (reading.monotonic) {
      if (reading.cursor <= collector.earlierBootsUpTo) {
        untimed++;
        last = reading.cursor;
        continue;
      }
      if (offset === undefined) break;
      data = shifted(data, offset);
    }
    if (!batch.add(data)) {
      full = true;
      break;
    }
    last = reading.cursor;
  }
  return last < 0 ? undefined : { count: batch.count, last, untimed, full };
}

function shifted(data: SensorData, offsetMs: number): SensorData {
  return sensorData(ms(data.metadata.timeRequested) + offsetMs, ms(data.metadata.timeReceived) + offsetMs, data.struct);
}

function ms(timestamp: Timestamp): number {
  return timestamp.seconds * 1000 + Math.round(timestamp.nanos / 1_000_000);
}
