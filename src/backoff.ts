// Retry delays for calls to the cloud, used by sync and by the cloud config fetch alike, so it
// belongs to neither: exponential, capped, with "equal jitter". The n-th consecutive failure waits
// d/2 + random * d/2, where d = min(cap, initial * 2^(n-1)). Half of each delay is
// fixed, so a board never retries sooner than half the nominal delay (no hammering a struggling
// app), and the other half spreads a fleet that lost the cloud together, so it does not come back
// in lockstep. A success starts the sequence over.

export const BACKOFF_INITIAL_MS = 1_000;
export const BACKOFF_MAX_MS = 3_600_000;

export interface BackoffOptions {
  /** Uniform in [0, 1); tests inject their own to make the schedule exact. */
  random: () => number;
  initialMs?: number;
  maxMs?: number;
}

export class Backoff {
  readonly #random: () => number;
  readonly #initialMs: number;
  readonly #maxMs: number;
  #failures = 0;
  #delayMs = 0;

  constructor(options: BackoffOptions) {
    this.#random = options.random;
    this.#initialMs = options.initialMs ?? BACKOFF_INITIAL_MS;
    this.#maxMs = options.maxMs ?? BACKOFF_MAX_MS;
  }

  /** Consecutive failures since the last success. */
  get failures(): number {
    return this.#failures;
  }

  /** The delay chosen by the last failure; 0 after a success. */
  get delayMs(): number {
    return this.#delayMs;
  }

  /** Counts a failure and returns how long to wait before the next attempt. */
  fail(): number {
    this.#failures++;
    // Past 2^22 doublings the cap has long been reached; stop growing the exponent.
    const nominal = Math.min(this.#maxMs, this.#initialMs * 2 ** Math.min(this.#failures - 1, 22));
    const random = Math.min(Math.max(this.#random(), 0), 1);
    this.#delayMs = Math.round(nominal / 2 + (random * nominal) / 2);
    return this.#delayMs;
  }

  succeed(): void {
    this.#failures = 0;
    this.#delayMs = 0;
  }
}

/** A uniform random in [0, 1) from the host's random bytes when it has them. */
export function hostRandom(randomBytes: ((count: number) => Uint8Array) | undefined): () => number {
  if (randomBytes === undefined) return Math.random;
  return () => {
    const bytes = randomBytes(4);
    return (((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0) / 2 ** 32;
  };
}
