/** The boundary between the gRPC transports (h2c and gRPC-web) and the services behind them. */

export interface CallContext {
  /** Request headers (HTTP/2 or HTTP/1.1), names lower-cased; binary (-bin) values left as sent. */
  readonly metadata: ReadonlyMap<string, string>;
}

export interface UnaryService {
  /** Resolves with the response message bytes, or rejects with GrpcError (unknown path → UNIMPLEMENTED 12). */
  call(path: string, request: Uint8Array, context: CallContext): Promise<Uint8Array>;
  /**
   * Throws the GrpcError that answers a call whose outcome its path and headers already decide (an
   * unserved method, a missing token), so that the transport answers as soon as the headers arrive.
   * A peer may wait for that answer without ever ending its request: viam-server's robot client
   * does so on gRPC reflection streams.
   */
  check?(path: string, context: CallContext): void;
}
