// One wake of deep-sleep mode (`firmware_mode: "deep_sleep_between_data_syncs"`): read the collectors
// that are due, append to their rings, and go back to sleep without touching the radio; every so
// often (DeepSleepSyncConfig) bring the radio up, sync, fetch the config if it is due, and sleep.
//
// viam-micro-server's mode uploads every reading at the wake that read it, so each reading pays a
// Wi-Fi association and a TLS handshake. Here readings wait in the flash rings, as they always do,
// and one radio session carries many wakes' worth.
//
// A wake is not a reboot: the boot epoch comes from the retained area, so the rings' records stay
// this boot's from wake to wake. A reset of any kind (power-on, crash, watchdog, restart) finds no
// retained state and takes a new epoch, so Viam's rule holds: unsynced data goes, unless `durable`.
//
// A sync wake first asks conditional sync (selective_syncer_name); "no" keeps the radio off and
// the next wake asks again. A gate on the Wi-Fi signal is asked once the radio has associated
// (src/sleep/sync-gate.ts); its "no" turns the radio off again and counts as a failed sync. A sync wake that cannot reach the cloud keeps every record and backs off
// in whole wakes: after f failures in a row the next attempt waits about 2^(f-1) wakes (equal
// jitter, at most MAX_BACKOFF_WAKES). The rings hold what they can meanwhile; when one is full its
// oldest block goes, counted as dropped. Nothing of a wake may last beyond the action timeout.
import type { Host, TimerId } from "../host.ts";
import type { DataManagerConfig, DeepSleepSyncConfig, FirmwareConfig } from "../config/types.ts";
import { DEFAULT_DEEP_SLEEP_SYNC } from "../config/parse-data-manager.ts";
import { WALL_CLOCK_VALID_FROM, type Collector } from "../data/collector.ts";
import { Backoff, hostRandom } from "../backoff.ts";
import { type SleepState, writeSleepState } from "./retained-state.ts";
import { dueTicks, msToNextDue } from "./wake-schedule.ts";
import { errorMessage } from "../error-message.ts";

/** Whole wakes a failing sync waits at most before it tries again. */
export const MAX_BACKOFF_WAKES = 64;
/** How long a sync wake waits for Wi-Fi to associate, within the action timeout. */
export const CONNECT_TIMEOUT_MS = 10_000;
/** The config is fetched at the first sync wake after this much time since the last fetch. */
export const SLEEP_CONFIG_CHECK_MS = 3_600_000;
const CONNECT_POLL_MS = 50;
/** How long a wake that failed in an unexpected way sleeps, when it had not worked out how long. */
const FAILED_WAKE_SLEEP_MS = 60_000;

export type WakePhase = "capturing" | "connecting" | "syncing" | "asleep";

/** What a sync wake's radio session did. */
export interface SessionResult {
  uploaded: number;
  /** Why it failed; absent when it ended well. */
  error?: string;
}

export interface WakeMachine {
  /** Undefined without a data manager service: the board only sleeps and wakes. */
  dataManager: DataManagerConfig | undefined;
  collectors: readonly Collector[];
  capturing: boolean;
}

export interface DeepSleepWakeOptions {
  host: Host;
  firmware: FirmwareConfig;
  /** The machine as it runs now: a config fetched at a sync wake may have rebuilt it. */
  machine: () => WakeMachine;
  epoch: number;
  /** The state the previous wake left; undefined after a reset. */
  previous: SleepState | undefined;
  /** Whether this machine may sync at all (credentials, sockets, sync on). */
  canSync: boolean;
  /** Conditional sync before the radio comes up: a reason not to sync now. */
  hold: () => string | undefined;
  /** Conditional sync once Wi-Fi has associated (the signal): a reason not to sync over it. */
  signalHold: () => string | undefined;
  /** Syncs, then fetches the config when `configDue`; never rejects. */
  session: (configDue: boolean) => Promise<SessionResult>;
  /** Ends the machine (the rings are sealed on close) just before the board sleeps. */
  close: () => void;
  random?: () => number;
}

export class DeepSleepWake {
  readonly state: SleepState;
  /** Whether this wake followed a sleep (false: a reset). */
  readonly woke: boolean;
  /** Collectors read at this wake. */
  readonly read: number;
  #phase: WakePhase = "capturing";
  #sleepMs: number | undefined;
  /** Monotonic ms the radio came on at, while it is on. */
  #radioOnAt: number | undefined;
  readonly #options: DeepSleepWakeOptions;
  readonly #sync: DeepSleepSyncConfig;
  readonly #random: () => number;

  constructor(options: DeepSleepWakeOptions) {
    this.#options = options;
    const { host, previous } = options;
    this.#sync = options.machine().dataManager?.deepSleep ?? DEFAULT_DEEP_SLEEP_SYNC;
    this.#random = options.random ?? hostRandom(host.randomBytes?.bind(host));
    this.woke = previous !== undefined;
    const now = host.clock.wall();
    this.state = previous
      ? { ...previous, epoch: options.epoch, wakes: previous.wakes + 1, sinceSync: previous.sinceSync + 1 }
      : { epoch: options.epoch, capturedAt: now, wakes: 1, sinceSync: 1, failures: 0, retryAtWake: 0, configDueAt: 0, radioSessions: 0, radioMs: 0, uploaded: 0, captured: 0, dropped: 0 };
    this.read = this.capture(previous?.capturedAt, now);
    this.state.capturedAt = now;
    host.log("info", `deep sleep: ${this.woke ? "woke" : "reset"} (wake ${this.state.wakes}, epoch ${options.epoch}); read ${this.read} collector(s)`);
    // boot() returns first; the rest of the wake runs from the timer loop.
    host.timers.set(() => {
      this.finish().catch((error: unknown) => {
        // A board left awake drains its battery: whatever failed, it sleeps.
        host.log("error", `deep sleep: the wake failed: ${errorMessage(error)}; sleeping ${FAILED_WAKE_SLEEP_MS / 1000} s`);
        host.sleep!.sleep(this.#sleepMs ?? FAILED_WAKE_SLEEP_MS);
      });
    }, 0);
  }

  /** Whether this machine syncs at all (at sync wakes). */
  get syncs(): boolean {
    return this.#options.canSync;
  }

  get phase(): WakePhase {
    return this.#phase;
  }

  /** How long the board sleeps once this wake is over; known once it is. */
  get sleepMs(): number | undefined {
    return this.#sleepMs;
  }

  private capture(since: number | undefined, now: number): number {
    const { capturing, collectors } = this.#options.machine();
    if (!capturing) return 0;
    let read = 0;
    for (const collector of collectors) {
      const due = dueTicks(collector, since, now);
      if (due === 0) continue;
      if (due > 1) collector.missed(due - 1);
      collector.tick();
      read++;
    }
    if (read > 0) this.state.oldestUnsynced ??= now;
    return read;
  }

  private async finish(): Promise<void> {
    const { host, firmware } = this.#options;
    if (this.syncDue()) {
      const timeoutMs = firmware.actionTimeoutSecs * 1000;
      let timer: TimerId | undefined;
      const timeout = new Promise<string>((resolve) => {
        timer = host.timers.set(() => resolve(`the wake passed its action timeout of ${firmware.actionTimeoutSecs} s`), timeoutMs);
      });
      const failure = await Promise.race([this.syncWake(), timeout]);
      host.timers.clear(timer);
      // A timeout leaves the session pending with the radio on; the board must not sleep so.
      this.radioOff();
      this.settle(failure);
    }
    this.sleep();
  }

  /** Whether this wake should sync: something asks for it and no backoff holds it. */
  private syncDue(): boolean {
    const { canSync, host } = this.#options;
    const { collectors } = this.#options.machine();
    const state = this.state;
    if (!canSync || state.wakes < state.retryAtWake) return false;
    if (!this.woke || state.sinceSync >= this.#sync.wakesPerSync) return true;
    const fill = this.#sync.syncAtFillPercent / 100;
    for (const collector of collectors) {
      if (collector.ring.counters.bytesUsed >= fill * collector.ring.capacityBytes) return true;
    }
    const maxAge = this.#sync.maxUnsyncedAgeMins;
    return maxAge !== undefined && state.oldestUnsynced !== undefined && host.clock.wall() - state.oldestUnsynced >= maxAge * 60_000;
  }

  /** The radio session; resolves to why it failed, or undefined when it ended well or was held. */
  private async syncWake(): Promise<string | undefined> {
    const { host, hold, signalHold, session } = this.#options;
    // With the wall clock unset (after a power-on), a time-window gate would say no at every wake,
    // and only a sync wake's SNTP can set it: the first sync after a reset goes ahead.
    const gated = host.clock.wall() >= WALL_CLOCK_VALID_FROM;
    const held = gated ? hold() : undefined;
    if (held !== this.state.held) host.log("info", held === undefined ? "deep sleep: conditional sync allows sync" : `deep sleep: holding sync, radio stays off: ${held}`);
    if (held !== undefined) {
      this.state.held = held;
      return undefined;
    }
    delete this.state.held;
    this.#phase = "connecting";
    this.#radioOnAt = host.clock.monotonic();
    this.state.radioSessions++;
    host.wifi?.connect?.();
    try {
      if (!(await this.associated())) return `Wi-Fi did not connect within ${CONNECT_TIMEOUT_MS / 1000} s`;
      // A weak signal counts as a failed sync, so the backoff keeps the board from associating at
      // every wake while it lasts.
      const weak = gated ? signalHold() : undefined;
      if (weak !== undefined) return `conditional sync after association: ${weak}`;
      this.#phase = "syncing";
      const configDue = host.clock.wall() >= this.state.configDueAt;
      const result = await session(configDue);
      this.state.uploaded += result.uploaded;
      if (result.error === undefined) host.log("info", `deep sleep: synced ${result.uploaded} reading(s)${configDue ? " and checked the config" : ""}`);
      if (result.error === undefined && configDue) this.state.configDueAt = host.clock.wall() + SLEEP_CONFIG_CHECK_MS;
      return result.error;
    } finally {
      this.radioOff();
    }
  }

  /** Turns Wi-Fi off and counts the session's time; the session's end and the timeout both call it. */
  private radioOff(): void {
    const { host } = this.#options;
    if (this.#radioOnAt === undefined) return;
    host.wifi?.disconnect?.();
    this.state.radioMs += host.clock.monotonic() - this.#radioOnAt;
    this.#radioOnAt = undefined;
  }

  private associated(): Promise<boolean> {
    const { host } = this.#options;
    const wifi = host.wifi;
    const started = host.clock.monotonic();
    return new Promise((resolve) => {
      const poll = () => {
        if (wifi === undefined || wifi.connected) resolve(true);
        else if (host.clock.monotonic() - started >= CONNECT_TIMEOUT_MS) resolve(false);
        else host.timers.set(poll, CONNECT_POLL_MS);
      };
      poll();
    });
  }

  /** Counts the sync wake's outcome; a held one counts as neither. */
  private settle(failure: string | undefined): void {
    const state = this.state;
    if (state.held !== undefined) return;
    if (failure === undefined) {
      state.failures = 0;
      state.retryAtWake = 0;
      state.sinceSync = 0;
      delete state.oldestUnsynced;
      return;
    }
    state.failures++;
    state.lastError = failure;
    const backoff = new Backoff({ random: this.#random, initialMs: 1, maxMs: MAX_BACKOFF_WAKES });
    // Backoff keeps its count in RAM, which a wake does not have: replay the failures to reach it.
    let wakes = 1;
    for (let i = 0; i < state.failures; i++) wakes = backoff.fail();
    state.retryAtWake = state.wakes + Math.max(1, Math.round(wakes));
    this.#options.host.log("warn", `deep sleep: sync failed (${failure}); the next try is ${state.retryAtWake - state.wakes} wake(s) away`);
  }

  private sleep(): void {
    const { host } = this.#options;
    const { collectors, capturing, dataManager } = this.#options.machine();
    for (const collector of collectors) {
      const counters = collector.counters;
      this.state.captured += counters.captured;
      this.state.dropped += counters.droppedOldest;
    }
    const now = host.clock.wall();
    const ms = (capturing ? msToNextDue(collectors, now) : undefined) ?? (dataManager?.syncIntervalMins ?? 1) * 60_000;
    this.#sleepMs = ms;
    this.#phase = "asleep";
    writeSleepState(host, this.state);
    host.log("info", `deep sleep: sleeping ${Math.round(ms) / 1000} s`);
    this.#options.close();
    host.sleep!.sleep(ms);
  }
}

