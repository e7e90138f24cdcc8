// What one peer may make the server hold, and for how long. The defaults suit an ESP32 with about
// 165 KB for the whole firmware; every bound is enforced whatever the peer announces or sends.
import { frozen } from "../../frozen.ts";

export interface ServerLimits {
  /** Open connections; more are answered politely (GOAWAY / 503) and closed. */
  maxConnections: number;
  /** Streams open at once on one HTTP/2 connection; more are refused (REFUSED_STREAM). */
  maxConcurrentStreams: number;
  /** Largest HTTP/2 frame payload accepted (SETTINGS_MAX_FRAME_SIZE, at least 16384). */
  maxFrameSize: number;
  /** Largest request message; beyond it the call fails with RESOURCE_EXHAUSTED. */
  maxMessageBytes: number;
  /** Request headers: decoded size (RFC 9113 SETTINGS_MAX_HEADER_LIST_SIZE), and also the most
   *  octets of one HTTP/2 header block or one HTTP/1.1 request head. */
  maxHeaderListSize: number;
  /** HPACK dynamic table the peer may use (SETTINGS_HEADER_TABLE_SIZE). */
  headerTableSize: number;
  /** Flow-control window of each request stream (SETTINGS_INITIAL_WINDOW_SIZE). */
  initialWindowSize: number;
  /** A connection that received nothing for this long is closed. */
  idleTimeoutMs: number;
  /** A call not answered by then fails with DEADLINE_EXCEEDED (a shorter grpc-timeout wins). */
  callTimeoutMs: number;
}

export const DEFAULT_LIMITS: ServerLimits = frozen({
  maxConnections: 4,
  maxConcurrentStreams: 4,
  maxFrameSize: 16384,
  maxMessageBytes: 16 * 1024,
  maxHeaderListSize: 8192,
  headerTableSize: 4096,
  initialWindowSize: 65535,
  idleTimeoutMs: 60_000,
  callTimeoutMs: 30_000,
});

/** Output queued beyond this stops reading the peer until the socket drains. */
export const OUTPUT_HIGH_WATER_BYTES = 8192;
/** Most octets taken from the socket at once, so that the replies to one read stay small. */
export const READ_CHUNK_BYTES = 2048;

export function resolveLimits(partial: Partial<ServerLimits> = {}): ServerLimits {
  const limits = { ...DEFAULT_LIMITS, ...partial };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`limit ${name} must be a positive integer`);
  }
  if (limits.maxFrameSize < 16384 || limits.maxFrameSize > 16777215) throw new RangeError("maxFrameSize must be 16384..16777215");
  if (limits.initialWindowSize > 0x7fffffff) throw new RangeError("initialWindowSize must be below 2^31");
  return limits;
}

/**
 * The most octets one connection can hold, whatever its peer does: a frame being read, a header
 * block being gathered, per stream a request message being gathered and a response waiting for the
 * peer's window, and queued output. Reading stops at the output high-water mark, but the replies to
 * the read in progress still go out, and no frame draws more than 8 times its size in replies (the
 * largest ratio: a trailers-only error answering a few-octet header block, then RST_STREAM).
 */
export function connectionBufferLimit(limits: ServerLimits): number {
  const frame = 9 + limits.maxFrameSize;
  const headerBlock = limits.maxHeaderListSize;
  const streams = limits.maxConcurrentStreams * 2 * (limits.maxMessageBytes + 5);
  const output = OUTPUT_HIGH_WATER_BYTES + 8 * READ_CHUNK_BYTES;
  return frame + headerBlock + streams + output;
}
