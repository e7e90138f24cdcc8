// Runs one unary call against the service for either transport: applies the deadline (grpc-timeout,
// capped by the server's own limit), and turns every outcome into a gRPC status. A cancelled call's
// late answer is dropped.
import type { Log, TimerId, Timers } from "../../host.ts";
import { GrpcError, GrpcStatus } from "../grpc-status.ts";
import type { UnaryService } from "./handler.ts";

export interface CallOutcome {
  status: number;
  message: string;
  /** The response message, when status is OK. */
  response?: Uint8Array;
}

export interface UnaryCallOptions {
  service: UnaryService;
  timers: Timers;
  log: Log;
  path: string;
  metadata: ReadonlyMap<string, string>;
  request: Uint8Array;
  timeoutMs: number;
  /** Largest response message; a larger one fails the call with RESOURCE_EXHAUSTED. */
  maxResponseBytes: number;
}

export class UnaryCall {
  readonly #timers: Timers;
  #timer: TimerId | undefined;
  #done: ((outcome: CallOutcome) => void) | undefined;

  constructor(options: UnaryCallOptions, done: (outcome: CallOutcome) => void) {
    this.#timers = options.timers;
    this.#done = done;
    this.#timer = options.timers.set(() => {
      this.#timer = undefined;
      this.#finish({ status: GrpcStatus.DEADLINE_EXCEEDED, message: "deadline exceeded" });
    }, options.timeoutMs);
    let pending: Promise<Uint8Array>;
    try {
      pending = options.service.call(options.path, options.request, { metadata: options.metadata });
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (response) => {
        if (response.length > options.maxResponseBytes) {
          options.log("warn", `${options.path}: response of ${response.length} bytes exceeds ${options.maxResponseBytes}`);
          this.#finish({ status: GrpcStatus.RESOURCE_EXHAUSTED, message: "response message too large" });
        } else this.#finish({ status: GrpcStatus.OK, message: "", response });
      },
      (error: unknown) => {
        if (error instanceof GrpcError) return this.#finish({ status: error.code, message: error.grpcMessage });
        // As gRPC servers do for a handler's own exception: UNKNOWN, with what it said.
        options.log("warn", `${options.path}: ${error instanceof Error ? error.message : String(error)}`);
        this.#finish({ status: GrpcStatus.UNKNOWN, message: error instanceof Error ? error.message : "handler failed" });
      },
    );
  }

  get pending(): boolean {
    return this.#done !== undefined;
  }

  /** Drops the call: its answer, whenever it comes, goes nowhere. */
  cancel(): void {
    this.#done = undefined;
    this.#stopTimer();
  }

  #finish(outcome: CallOutcome): void {
    const done = this.#done;
    if (!done) return;
    this.#done = undefined;
    this.#stopTimer();
    done(outcome);
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) this.#timers.clear(this.#timer);
    this.#timer = undefined;
  }
}

const TIMEOUT_UNITS: Record<string, number> = { H: 3_600_000, M: 60_000, S: 1000, m: 1, u: 0.001, n: 0.000001 };

/** The call's time limit: the request's grpc-timeout (gRPC over HTTP/2 spec format) if it is shorter
 *  than the server's limit. A malformed value is ignored. */
export function callTimeout(grpcTimeout: string | undefined, serverLimitMs: number): number {
  const match = grpcTimeout === undefined ? null : /^(\d{1,8})([HMSmun])$/.exec(grpcTimeout);
  if (!match) return serverLimitMs;
  return Math.max(1, Math.min(serverLimitMs, Math.ceil(Number(match[1]) * TIMEOUT_UNITS[match[2]])));
}

/** The method path of a request target: origin-form or absolute-form, without a query. */
export function grpcPath(target: string): string {
  let path = target;
  const scheme = /^https?:\/\/[^/]*/i.exec(path);
  if (scheme) path = path.slice(scheme[0].length) || "/";
  const query = path.indexOf("?");
  return query < 0 ? path : path.slice(0, query);
}
