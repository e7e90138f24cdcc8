import { randomBytes } from "node:crypto";

export type TokenCheck = { ok: true; partId: string } | { ok: false; reason: "unknown" | "expired" };

/** Access tokens handed out by Authenticate, each bound to one part and valid for a fixed time. */
export class TokenIssuer {
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #tokens = new Map<string, { partId: string; expiresAt: number }>();

  constructor(options: { ttlMs: number; now: () => number }) {
    this.#ttlMs = options.ttlMs;
    this.#now = options.now;
  }

  issue(partId: string): string {
    this.#forgetStale();
    const token = randomBytes(24).toString("base64url");
    this.#tokens.set(token, { partId, expiresAt: this.#now() + this.#ttlMs });
    return token;
  }

  check(token: string): TokenCheck {
    const entry = this.#tokens.get(token);
    if (!entry) return { ok: false, reason: "unknown" };
    if (this.#now() >= entry.expiresAt) return { ok: false, reason: "expired" };
    return { ok: true, partId: entry.partId };
  }

  /** Every token issued so far stops working now; clients must authenticate again. */
  expireAll(): void {
    const now = this.#now();
    for (const entry of this.#tokens.values()) entry.expiresAt = Math.min(entry.expiresAt, now);
  }

  // Expired tokens are remembered for one more lifetime so a late caller hears "expired" rather
  // than "unknown"; after that they are dropped to keep a long-running cloud small.
  #forgetStale(): void {
    const horizon = this.#now() - this.#ttlMs;
    for (const [token, entry] of this.#tokens) if (entry.expiresAt < horizon) this.#tokens.delete(token);
  }
}
