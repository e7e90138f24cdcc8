// Running totals that the transports update and RpcServer.stats() reports.

export interface ServerCounters {
  /** Connections accepted and served. */
  accepted: number;
  /** Connections over the limit, answered with GOAWAY or 503 and closed. */
  rejected: number;
  /** Unary calls handed to the service. */
  calls: number;
  /** HTTP/2 streams refused with REFUSED_STREAM (too many at once). */
  refusedStreams: number;
  /** HTTP/2 stream errors answered with RST_STREAM. */
  streamErrors: number;
  /** HTTP/2 connection errors answered with GOAWAY, and HTTP/1.1 requests answered with 4xx. */
  connectionErrors: number;
  /** Connections closed for being idle. */
  idleClosed: number;
}

export function newCounters(): ServerCounters {
  return { accepted: 0, rejected: 0, calls: 0, refusedStreams: 0, streamErrors: 0, connectionErrors: 0, idleClosed: 0 };
}
