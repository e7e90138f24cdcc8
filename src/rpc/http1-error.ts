// Why an HTTP exchange failed, in the terms a caller decides on: retry, give up, or treat as a bug.

export type HttpFailure =
  /** The connection could not be opened (refused, unreachable, TLS verification failed, no Wi-Fi). */
  | "unreachable"
  /** The connection broke or was closed before the response was complete. */
  | "closed"
  /** No complete response within the call's time limit. */
  | "timeout"
  /** The peer sent something that is not HTTP/1.1. */
  | "malformed"
  /** A header block or body beyond the configured limits. */
  | "too-large"
  /** The client was closed while the call was pending. */
  | "cancelled";

export class HttpError extends Error {
  override readonly name = "HttpError";
  constructor(
    readonly failure: HttpFailure,
    message: string,
  ) {
    super(message);
  }
}
