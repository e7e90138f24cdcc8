/** The boundary between the gRPC transports (h2c and gRPC-web) and the services behind them. */

export interface CallContext {
  /** Request headers (HTTP/2 or HTTP/1.1), names lower-cased; binary (-bin) values left as sent. */
  readonly metadata: ReadonlyMap<string, string>;
}

export interface UnaryService {
  /** Resolves with the response message bytes, or rejects with GrpcError (unknown path → UNIMPLEMENTED 12). */
  call(path: string, request: Uint8Array, context: CallContext): Promise<Uint8Array>;
}
