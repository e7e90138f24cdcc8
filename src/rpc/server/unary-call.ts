// One unary call for either transport, from the request's headers to its answer. The deadline
// (grpc-timeout, capped by the server's own limit) starts at the headers, not at the end of the
// request, so a peer that never ends its request cannot hold a stream or a connection past it.
// Every outcome becomes a gRPC status, and a cancelled call's late answer is dropped.
import type { TimerId, Timers } from "../../host.ts";
import { GrpcError, GrpcStatus } from "../grpc-status.ts";
import type { ServerContext } from "./server-context.ts";
import { frozen } from "../../frozen.ts";
import { errorMessage } from "../../error-message.ts";

export interface CallOutcome {
  status: number;
  message: string;
  /** The response message, when status is OK. */
  response?: Uint8Array;
}

export interface UnaryCallOptions {
  server: ServerContext;
  path: string;
  metadata: ReadonlyMap<string, string>;
}

export class UnaryCall {
  readonly #server: ServerContext;
  readonly #path: string;
  readonly #metadata: ReadonlyMap<string, string>;
  readonly #timers: Timers;
  #timer: TimerId | undefined;
  #done: ((outcome: CallOutcome) => void) | undefined;

  /** Made when the request's headers have arrived and `decidedByHead` left the call open. */
  constructor(options: UnaryCallOptions, done: (outcome: CallOutcome) => void) {
    const server = options.server;
    this.#server = server;
    this.#path = options.path;
    this.#metadata = options.metadata;
    this.#timers = server.timers;
    this.#done = done;
    this.#timer = server.timers.set(
      () => {
        this.#timer = undefined;
        this.finish({ status: GrpcStatus.DEADLINE_EXCEEDED, message: "deadline exceeded" });
      },
      callTimeout(options.metadata.get("grpc-timeout"), server.limits.callTimeoutMs),
    );
  }

  /** Waiting for the request or for the service's answer. */
  get pending(): boolean {
    return this.#done !== undefined;
  }

  /** The whole request has arrived: the service runs it (unless the deadline already passed). */
  run(request: Uint8Array): void {
    if (!this.#done) return;
    const { service, log, limits } = this.#server;
    const path = this.#path;
    let pending: Promise<Uint8Array>;
    try {
      pending = service.call(path, request, { metadata: this.#metadata });
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (response) => {
        if (response.length > limits.maxMessageBytes) {
          log("warn", `${path}: response of ${response.length} bytes exceeds ${limits.maxMessageBytes}`);
          this.finish({ status: GrpcStatus.RESOURCE_EXHAUSTED, message: "response message too large" });
        } else this.finish({ status: GrpcStatus.OK, message: "", response });
      },
      (error: unknown) => {
        if (error instanceof GrpcError) return this.finish({ status: error.code, message: error.grpcMessage });
        // As gRPC servers do for a handler's own exception: UNKNOWN, with what it said.
        log("warn", `${path}: ${errorMessage(error)}`);
        this.finish({ status: GrpcStatus.UNKNOWN, message: error instanceof Error ? error.message : "handler failed" });
      },
    );
  }

  /** Drops the call: its answer, whenever it comes, goes nowhere. */
  cancel(): void {
    this.#done = undefined;
    this.stopTimer();
  }

  private finish(outcome: CallOutcome): void {
    const done = this.#done;
    if (!done) return;
    this.#done = undefined;
    this.stopTimer();
    done(outcome);
  }

  private stopTimer(): void {
    if (this.#timer !== undefined) this.#timers.clear(this.#timer);
    this.#timer = undefined;
  }
}

/** The answer that the path and headers alone decide (see UnaryService.check), if there is one. */
export function decidedByHead(server: ServerContext, path: string, metadata: ReadonlyMap<string, string>): GrpcError | undefined {
  try {
    server.service.check?.(path, { metadata });
  } catch (error) {
    if (error instanceof GrpcError) return error;
    server.log("warn", `${path}: ${errorMessage(error)}`);
    return new GrpcError(GrpcStatus.INTERNAL, "the call could not be checked");
  }
  return undefined;
}

const TIMEOUT_UNITS: Record<string, number> = frozen({ H: 3_600_000, M: 60_000, S: 1000, m: 1, u: 0.001, n: 0.000001 });

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
