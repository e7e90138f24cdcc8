export type FaultKind = "unavailable" | "http503" | "reset-mid-response" | "stall" | "expire-tokens";

export const faultKinds: readonly FaultKind[] = ["unavailable", "http503", "reset-mid-response", "stall", "expire-tokens"];

/** The RPC methods the local cloud serves, by their short gRPC name. */
export type CloudMethod = "Authenticate" | "DataCaptureUpload" | "Config" | "DeviceAgentConfig";

export interface FaultTarget {
  /** Which calls the fault hits; "any" hits every method. Default "DataCaptureUpload". */
  method?: CloudMethod | "any";
}

interface Armed {
  kind: FaultKind;
  remaining: number;
  method: CloudMethod | "any";
}

/** Faults armed for upcoming calls, consumed in the order they were armed. */
export class FaultQueue {
  readonly #armed: Armed[] = [];

  /** Arms `kind` for the next `count` matching calls; `Infinity` keeps it until cleared. */
  next(kind: FaultKind, count = 1, target: FaultTarget = {}): void {
    if (!faultKinds.includes(kind)) throw new TypeError(`unknown fault kind "${kind}"`);
    if (!(count >= 1)) throw new RangeError(`fault count must be at least 1, got ${count}`);
    this.#armed.push({ kind, remaining: count, method: target.method ?? "DataCaptureUpload" });
  }

  clear(): void {
    this.#armed.length = 0;
  }

  /** Calls still to be hit by armed faults (Infinity when one is armed until cleared). */
  get pending(): number {
    return this.#armed.reduce((sum, armed) => sum + armed.remaining, 0);
  }

  /** Consumes and returns the fault for a call to `method`, if one is armed for it. */
  take(method: string): FaultKind | undefined {
    const index = this.#armed.findIndex((armed) => armed.method === "any" || armed.method === method);
    if (index < 0) return undefined;
    const armed = this.#armed[index];
    armed.remaining -= 1;
    if (armed.remaining <= 0) this.#armed.splice(index, 1);
    return armed.kind;
  }
}
