// Turns a complete HTTP response to a gRPC-web unary call into its one message, or a GrpcError:
// HTTP status mapped as gRPC specifies, trailers-only responses, data frames and the 0x80 trailers frame.
import { FLAG_COMPRESSED, FLAG_TRAILERS, GrpcFrameDecoder, GrpcFrameError, parseTrailers } from "./grpc-frame.ts";
import { GrpcError, GrpcStatus, decodeGrpcMessage, parseGrpcStatus } from "./grpc-status.ts";
import { errorMessage } from "../error-message.ts";

export interface GrpcWebHttpResponse {
  status: number;
  reason: string;
  headers: Map<string, string>;
  body: Uint8Array;
  trailers: Map<string, string>;
  /** The body ended because the connection closed, so a cut-short body is a network failure. */
  closeDelimited: boolean;
}

/** The gRPC code for an HTTP status that came without a grpc-status (gRPC's "HTTP to gRPC status code mapping"). */
export function grpcStatusFromHttp(status: number): number {
  switch (status) {
    case 400:
      return GrpcStatus.INTERNAL;
    case 401:
      return GrpcStatus.UNAUTHENTICATED;
    case 403:
      return GrpcStatus.PERMISSION_DENIED;
    case 404:
      return GrpcStatus.UNIMPLEMENTED;
    case 429:
    case 502:
    case 503:
    case 504:
      return GrpcStatus.UNAVAILABLE;
    default:
      return GrpcStatus.UNKNOWN;
  }
}

export function decodeGrpcWebResponse(response: GrpcWebHttpResponse, options: { maxMessageBytes?: number } = {}): Uint8Array {
  const headerStatus = response.headers.get("grpc-status");
  if (headerStatus !== undefined) {
    // Trailers-only: the status came in the HTTP headers and no frames follow.
    const code = parseGrpcStatus(headerStatus);
    if (code !== GrpcStatus.OK) throw new GrpcError(code, decodeGrpcMessage(response.headers.get("grpc-message") ?? ""));
  }
  if (response.status !== 200) {
    const reason = response.reason === "" ? "" : ` ${response.reason}`;
    throw new GrpcError(grpcStatusFromHttp(response.status), `HTTP ${response.status}${reason}`);
  }
  const contentType = (response.headers.get("content-type") ?? "").toLowerCase();
  if (!/^application\/grpc-web(\+proto)?\s*(;|$)/.test(contentType)) {
    throw new GrpcError(GrpcStatus.UNKNOWN, `unexpected content-type "${contentType}"`);
  }
  const cutShort = (what: string) =>
    response.closeDelimited
      ? new GrpcError(GrpcStatus.UNAVAILABLE, `connection closed before the ${what}`)
      : new GrpcError(GrpcStatus.INTERNAL, `response ended before the ${what}`);

  const decoder = new GrpcFrameDecoder({ maxPayloadBytes: options.maxMessageBytes ?? 4 * 1024 * 1024 });
  let frames;
  try {
    frames = decoder.push(response.body);
  } catch (error) {
    if (error instanceof GrpcFrameError && error.tooLarge) throw new GrpcError(GrpcStatus.RESOURCE_EXHAUSTED, error.message);
    throw error;
  }
  if (!decoder.idle) throw cutShort("end of a frame");

  const messages: Uint8Array[] = [];
  let trailers: Map<string, string> | undefined;
  for (const frame of frames) {
    if (trailers) throw new GrpcError(GrpcStatus.INTERNAL, "frame after the trailers");
    if (frame.flags & FLAG_TRAILERS) trailers = readTrailers(frame.payload);
    else if (frame.flags & FLAG_COMPRESSED) throw new GrpcError(GrpcStatus.INTERNAL, "compressed message, but none was negotiated");
    else messages.push(frame.payload);
  }
  if (!trailers && response.trailers.has("grpc-status")) trailers = response.trailers;
  if (!trailers && headerStatus !== undefined) trailers = response.headers;
  if (!trailers) throw cutShort("trailers");
  const status = trailers.get("grpc-status");
  if (status === undefined) throw new GrpcError(GrpcStatus.INTERNAL, "trailers without grpc-status");
  const code = parseGrpcStatus(status);
  if (code !== GrpcStatus.OK) throw new GrpcError(code, decodeGrpcMessage(trailers.get("grpc-message") ?? ""));
  if (messages.length !== 1) throw new GrpcError(GrpcStatus.INTERNAL, `unary call answered with ${messages.length} messages`);
  return messages[0];
}

function readTrailers(payload: Uint8Array): Map<string, string> {
  try {
    return parseTrailers(payload);
  } catch (error) {
    throw new GrpcError(GrpcStatus.INTERNAL, errorMessage(error));
  }
}
