// The machine config from the cloud: fetched with viam.app.v1.RobotService/Config soon after boot
// and then every CONFIG_CHECK_INTERVAL_MS, cached in the key-value store so that a boot without
// network runs the last config the cloud gave, and handed to the machine to apply whenever it differs
// from the one running. Failed fetches are retried with the same backoff as sync, and, as sync's,
// that backoff starts over when another exchange with the app succeeds (cloud-link.ts).
//
// The cache is written only after a config was applied, so a config that breaks the firmware is not
// the one the next boot starts from. It is kept under NVS's practical limit for a value that has to
// be rewritten in place (MAX_CACHED_CONFIG_BYTES); a larger config still runs, but is not cached, and
// an older cached one is removed rather than left to come back at the next offline boot.
import type { Host } from "../host.ts";
import { viam } from "../proto/generated/viam.js";
import { utf8Length } from "../data/utf8.ts";
import { Backoff, hostRandom } from "../backoff.ts";
import { configResponseToJson } from "./robot-config-json.ts";
import { errorMessage } from "../error-message.ts";
import { CLOUD_PROBE_MS, type CloudLink, RECONNECT_JITTER_MS } from "./cloud-link.ts";
import { textDigest } from "../text-hash.ts";

export const CONFIG_PATH = "/viam.app.v1.RobotService/Config";
/** Key of the cached config in the settings namespace (hosts/esp32/main.ts reads it too). */
export const CONFIG_KEY = "config";
/** The ESP32's 24 KB NVS partition has about 20 KB for entries, and rewriting a value needs room for
 *  the old and the new copy at once, beside the boot epoch and the credentials. */
export const MAX_CACHED_CONFIG_BYTES = 8_000;
export const CONFIG_CHECK_INTERVAL_MS = 60_000;
/** How often a fetch that waits for a busy link looks again. */
export const BUSY_RECHECK_MS = 1_000;

/** Where the running config came from. */
export type ConfigSource = "local" | "cache" | "cloud";

export interface CloudConfigState {
  source: ConfigSource;
  fetching: boolean;
  /** Config responses received. */
  fetches: number;
  /** Monotonic ms of the last response. */
  lastFetchAt?: number;
  /** The most recent failure, kept after later successes. */
  lastError?: string;
  consecutiveFailures: number;
  /** Monotonic ms of the next fetch. */
  nextAttemptAt: number;
  /** Changed configs applied while running. */
  reconfigurations: number;
}

export interface CloudConfigOptions {
  host: Host;
  client: { call(path: string, request: Uint8Array): Promise<Uint8Array>; readonly partId: string; readonly link?: CloudLink };
  /** Key-value namespace of the cache. */
  settingsPath: string;
  source: ConfigSource;
  /** textDigest() of the running config's canonicalJson() text, to tell a changed config from the same one. */
  running: string;
  /** Rebuilds the machine from config JSON text; a rejection counts as a failed fetch. */
  apply: (text: string) => Promise<void>;
  /** While this says the app link is busy (a sync round uploading), a fetch that falls due waits, for
   *  at most one check interval: two exchanges at once would hold both in a board's heap. */
  busy?: () => boolean;
  /** Runs after each config fetch that went well, with the same client (the agent settings); never
   *  rejects. */
  afterFetch?: () => Promise<void>;
  random?: () => number;
  checkIntervalMs?: number;
}

/** The cached config text, if any. */
export function readCachedConfig(host: Host, settingsPath: string): string | undefined {
  const store = host.keyValue.open({ path: settingsPath, format: "string" });
  try {
    return store.read(CONFIG_KEY);
  } finally {
    store.close();
  }
}

export class CloudConfigTask {
  readonly state: CloudConfigState;
  readonly #host: Host;
  readonly #options: CloudConfigOptions;
  readonly #backoff: Backoff;
  readonly #random: () => number;
  readonly #intervalMs: number;
  // Digests (textDigest), not texts: a board cannot spare kilobytes for each copy of its config.
  #running: string;
  #cached: string | undefined;
  /** A config that was not cached because of its size, so that this is logged once. */
  #tooLarge: string | undefined;
  #timer: unknown;
  #fetch: Promise<void> | undefined;
  #closed = false;
  /** On the client's link: a fetch backing off for long starts over when the app answers again. */
  readonly #cloudAnswered = (): void => {
    if (this.#fetch !== undefined || this.#backoff.failures === 0) return;
    if (this.state.nextAttemptAt - this.#host.clock.monotonic() <= CLOUD_PROBE_MS) return;
    this.#backoff.succeed();
    this.state.consecutiveFailures = 0;
    this.schedule(Math.round(this.#random() * RECONNECT_JITTER_MS));
  };

  constructor(options: CloudConfigOptions) {
    this.#host = options.host;
    this.#options = options;
    this.#running = options.running;
    const cached = readCachedConfig(options.host, options.settingsPath);
    this.#cached = cached === undefined ? undefined : textDigest(cached);
    this.#intervalMs = options.checkIntervalMs ?? CONFIG_CHECK_INTERVAL_MS;
    this.#random = options.random ?? hostRandom(options.host.randomBytes?.bind(options.host));
    this.#backoff = new Backoff({ random: this.#random });
    this.state = { source: options.source, fetching: false, fetches: 0, consecutiveFailures: 0, nextAttemptAt: 0, reconfigurations: 0 };
    options.client.link?.on(this.#cloudAnswered);
    // Boot returns first: the fetch starts on the next timer turn.
    this.schedule(0);
  }

  /** Fetches now (or joins the fetch under way) and resolves once it is applied or has failed. */
  fetchNow(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    if (this.#fetch) return this.#fetch;
    this.cancelTimer();
    const fetch: Promise<void> = this.run().finally(() => {
      if (this.#fetch === fetch) this.#fetch = undefined;
    });
    this.#fetch = fetch;
    return fetch;
  }

  close(): void {
    this.#closed = true;
    this.cancelTimer();
    this.#options.client.link?.off(this.#cloudAnswered);
  }

  private async run(): Promise<void> {
    const state = this.state;
    const { client, apply } = this.#options;
    state.fetching = true;
    let delay: number;
    try {
      const response = await client.call(CONFIG_PATH, viam.app.v1.ConfigRequest.encode({ id: client.partId }).finish());
      if (this.#closed) return;
      const text = JSON.stringify(configResponseToJson(response));
      const digest = textDigest(text);
      state.fetches++;
      state.lastFetchAt = this.#host.clock.monotonic();
      if (digest !== this.#running) {
        this.#host.log("info", "config: the cloud has a changed config; applying it");
        await apply(text);
        if (this.#closed) return;
        this.#running = digest;
        state.reconfigurations++;
      }
      state.source = "cloud";
      this.cache(text, digest);
      await this.#options.afterFetch?.();
      if (this.#closed) return;
      this.#backoff.succeed();
      delay = this.#intervalMs;
    } catch (error) {
      if (this.#closed) return;
      delay = this.#backoff.fail();
      state.lastError = errorMessage(error);
      this.#host.log("warn", `config: cannot get the config from the cloud (${state.lastError}); retrying in ${Math.round(delay / 100) / 10} s`);
    } finally {
      state.fetching = false;
    }
    state.consecutiveFailures = this.#backoff.failures;
    this.schedule(delay);
  }

  private cache(text: string, digest: string): void {
    if (digest === this.#cached || digest === this.#tooLarge) return;
    const bytes = utf8Length(text);
    const store = this.#host.keyValue.open({ path: this.#options.settingsPath, format: "string" });
    try {
      if (bytes <= MAX_CACHED_CONFIG_BYTES) {
        store.write(CONFIG_KEY, text);
        this.#cached = digest;
        return;
      }
      this.#tooLarge = digest;
      this.#host.log("warn", `config: ${bytes} bytes is too large to cache (limit ${MAX_CACHED_CONFIG_BYTES}); an offline boot will not have it`);
      if (this.#cached !== undefined) store.delete(CONFIG_KEY);
      this.#cached = undefined;
    } finally {
      store.close();
    }
  }

  private schedule(delay: number): void {
    this.cancelTimer();
    if (this.#closed) return;
    this.state.nextAttemptAt = this.#host.clock.monotonic() + delay;
    this.#timer = this.#host.timers.set(() => this.due(), delay);
  }

  private due(): void {
    this.#timer = undefined;
    const waited = this.#host.clock.monotonic() - this.state.nextAttemptAt;
    if (this.#options.busy?.() === true && waited < this.#intervalMs) {
      this.#timer = this.#host.timers.set(() => this.due(), BUSY_RECHECK_MS);
      return;
    }
    void this.fetchNow();
  }

  private cancelTimer(): void {
    if (this.#timer === undefined) return;
    this.#host.timers.clear(this.#timer);
    this.#timer = undefined;
  }
}
