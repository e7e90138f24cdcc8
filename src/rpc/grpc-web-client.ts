// Unary gRPC-web calls (application/grpc-web+proto over HTTP/1.1) on the Host's sockets. Every failure,
// from the network, HTTP or gRPC, reaches the caller as a GrpcError with a gRPC status code.
import type { Host } from "../host.ts";
import { encodeFrameHeader } from "./grpc-frame.ts";
import { GrpcError, GrpcStatus } from "./grpc-status.ts";
import { decodeGrpcWebResponse } from "./grpc-web-response.ts";
import { parseHttpAddress } from "./http1-address.ts";
import { Http1Client } from "./http1-client.ts";
import { HttpError, type HttpFailure } from "./http1-error.ts";
import { frozen } from "../frozen.ts";
import { errorMessage } from "../error-message.ts";

export interface GrpcWebClientOptions {
  host: Host;
  /** "https://app.viam.com:443" (TLS, certificate verified) or "http://127.0.0.1:PORT" (plain TCP). */
  address: string;
  /** Default time limit of a call, queueing included. Default 30 s. */
  timeoutMs?: number;
  /** Limit on a response message. Default 4 MB. */
  maxResponseBytes?: number;
}

export interface UnaryOptions {
  timeoutMs?: number;
}

const TRANSPORT_CODES: Record<HttpFailure, number> = frozen({
  unreachable: GrpcStatus.UNAVAILABLE,
  closed: GrpcStatus.UNAVAILABLE,
  timeout: GrpcStatus.DEADLINE_EXCEEDED,
  malformed: GrpcStatus.INTERNAL,
  "too-large": GrpcStatus.RESOURCE_EXHAUSTED,
  cancelled: GrpcStatus.CANCELLED,
});

/** Room for the HTTP framing and the trailers frame around the largest message. */
const RESPONSE_OVERHEAD_BYTES = 16 * 1024;

export class GrpcWebClient {
  readonly #http: Http1Client;
  readonly #timeoutMs: number;
  readonly #maxResponseBytes: number;

  constructor(options: GrpcWebClientOptions) {
    const sockets = options.host.sockets;
    if (!sockets) throw new Error("this host has no sockets");
    const address = parseHttpAddress(options.address);
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#maxResponseBytes = options.maxResponseBytes ?? 4 * 1024 * 1024;
    this.#http = new Http1Client({
      sockets,
      timers: options.host.timers,
      ...address,
      maxBodyBytes: this.#maxResponseBytes + RESPONSE_OVERHEAD_BYTES,
    });
  }

  /** Calls `path` ("/package.Service/Method") with an encoded request message; resolves to the encoded
   *  response message. `metadata` becomes request headers (names are sent lower-case). Not an async
   *  function: on XS each pending async frame holds about 2 KB, and a call can be pending for long. */
  unary(path: string, request: Uint8Array, metadata: Record<string, string> = {}, options: UnaryOptions = {}): Promise<Uint8Array> {
    const timeoutMs = options.timeoutMs ?? this.#timeoutMs;
    const headers: Record<string, string> = {};
    for (const name of Object.keys(metadata)) headers[name.toLowerCase()] = metadata[name]!;
    headers["content-type"] = "application/grpc-web+proto";
    headers.accept = "application/grpc-web+proto";
    headers["x-grpc-web"] = "1";
    headers["grpc-timeout"] = grpcTimeout(timeoutMs);
    // The frame header goes out as a piece of its own: copying a batch of records behind it would
    // double the largest allocation of a sync round.
    const body = [encodeFrameHeader(0, request.length), request];
    return this.#http.request({ method: "POST", path, headers, body, timeoutMs }).then(
      (response) => decodeGrpcWebResponse(response, { maxMessageBytes: this.#maxResponseBytes }),
      (error: unknown) => {
        throw toGrpcError(error);
      },
    );
  }

  /** Ends the connection; pending calls reject with CANCELLED. */
  close(): void {
    this.#http.close();
  }
}

function toGrpcError(error: unknown): GrpcError {
  if (error instanceof HttpError) return new GrpcError(TRANSPORT_CODES[error.failure], error.message);
  // A TypeError here is a request this client refused to send (bad path or metadata).
  return new GrpcError(GrpcStatus.INTERNAL, errorMessage(error));
}

/** gRPC's timeout header: at most 8 digits and a unit. */
function grpcTimeout(ms: number): string {
  const whole = Math.max(1, Math.ceil(ms));
  return whole < 1e8 ? `${whole}m` : `${Math.min(99_999_999, Math.ceil(whole / 1000))}S`;
}
