// Whether Viam's app answers, as every exchange with it tells, and how the board notices that it
// answers again while the tasks that talk to it back off.
//
// Sync and the config fetch each back off on their own (src/backoff.ts: up to 1 h). After a long
// outage that leaves both waiting long after the app is back. The AppClient reports every exchange
// here (uploads, config fetches, tokens), and each success tells the tasks: one that is backing off
// with its next attempt more than CLOUD_PROBE_MS away starts over, within RECONNECT_JITTER_MS
// (uniformly spread, so a fleet that lost the app together does not come back in lockstep). A
// success of either task so resets the other's backoff.
//
// While the last exchange found the app out of reach (no answer: UNAVAILABLE or DEADLINE_EXCEEDED),
// nothing may succeed for an hour. So the link probes it: a probe period (CLOUD_PROBE_MS with equal
// jitter: half fixed, half random) after the last exchange, it fetches a token, a small exchange, and
// again a period after that while the app stays out of reach; not while Wi-Fi is down. The board so
// notices the app's return within a period, and adds at most one exchange per period to what sync
// and the config fetch try anyway. An app that answers, even with an error (a wrong secret), is not
// probed: it is there, and probing would only repeat the error.
import type { Host, TimerId } from "../host.ts";
import { GrpcError, GrpcStatus } from "../rpc/grpc-status.ts";

/** Nominal probe period while the app is out of reach; see above. */
export const CLOUD_PROBE_MS = 30_000;
/** After the app answers again, a task that was backing off tries within this. */
export const RECONNECT_JITTER_MS = 2_000;

export interface CloudLinkOptions {
  host: Host;
  /** Uniform in [0, 1), for the probe's jitter. */
  random: () => number;
  /** One small exchange with the app; its outcome reaches the link like any other. */
  probe: () => Promise<unknown>;
}

export class CloudLink {
  readonly #host: Host;
  readonly #random: () => number;
  readonly #probe: () => Promise<unknown>;
  readonly #listeners: Array<() => void> = [];
  #unreachable = false;
  #timer: TimerId | undefined;
  #probing = false;
  #closed = false;

  constructor(options: CloudLinkOptions) {
    this.#host = options.host;
    this.#random = options.random;
    this.#probe = options.probe;
  }

  /** Whether the last exchange found no app to answer. */
  get unreachable(): boolean {
    return this.#unreachable;
  }

  /** Whether a probe is on the wire. */
  get probing(): boolean {
    return this.#probing;
  }

  /** Calls `listener` after every successful exchange, until `off`. */
  on(listener: () => void): void {
    this.#listeners.push(listener);
  }

  off(listener: () => void): void {
    const at = this.#listeners.indexOf(listener);
    if (at >= 0) this.#listeners.splice(at, 1);
  }

  succeeded(): void {
    this.exchanged(false);
    for (const listener of this.#listeners.slice()) listener();
  }

  failed(error: unknown): void {
    const unreachable = error instanceof GrpcError && (error.code === GrpcStatus.UNAVAILABLE || error.code === GrpcStatus.DEADLINE_EXCEEDED);
    this.exchanged(unreachable);
    if (unreachable && !this.#closed) this.schedule();
  }

  close(): void {
    this.#closed = true;
    this.exchanged(false);
    this.#listeners.length = 0;
  }

  /** Every exchange puts the next probe off; only the last one found the app out of reach. */
  private exchanged(unreachable: boolean): void {
    this.#unreachable = unreachable;
    if (this.#timer === undefined) return;
    this.#host.timers.clear(this.#timer);
    this.#timer = undefined;
  }

  private schedule(): void {
    const delay = Math.round(CLOUD_PROBE_MS / 2 + (Math.min(Math.max(this.#random(), 0), 1) * CLOUD_PROBE_MS) / 2);
    this.#timer = this.#host.timers.set(() => this.tick(), delay);
  }

  private tick(): void {
    this.#timer = undefined;
    if (this.#closed || !this.#unreachable) return;
    if (this.#host.wifi?.connected === false) {
      this.schedule();
      return;
    }
    // The outcome reaches succeeded() or failed() through the client, as every exchange's does.
    this.#probing = true;
    this.#probe()
      .catch(() => undefined)
      .finally(() => {
        this.#probing = false;
      });
  }
}
