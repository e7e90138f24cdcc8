// gRPC over HTTP/2 with prior knowledge (h2c), server side, after the connection preface: SETTINGS,
// HPACK header blocks with CONTINUATION, flow control both ways, PING, RST_STREAM, GOAWAY, and unary
// calls answered with HEADERS + DATA + trailers (or trailers only). A call whose answer its headers
// already decide is answered at once, without waiting for the request to end; every call's deadline
// runs from its headers. Connection errors end with GOAWAY and the error's code; stream errors with
// RST_STREAM. Limits hold whatever the peer sends.
import { encodeFrame as encodeGrpcFrame } from "../grpc-frame.ts";
import { GrpcError, GrpcStatus, encodeGrpcMessage } from "../grpc-status.ts";
import { ErrorCode, Http2Error } from "../http2/errors.ts";
import { FrameReader } from "../http2/frame-reader.ts";
import {
  DEFAULT_MAX_FRAME_SIZE,
  DEFAULT_WINDOW,
  Flag,
  FrameType,
  MAX_WINDOW,
  Setting,
  encodeFrame,
  encodeGoaway,
  encodeRstStream,
  encodeSettings,
  encodeWindowUpdate,
  frameHeader,
  parseSettings,
  readU32,
  stripPadding,
  type Frame,
} from "../http2/frame.ts";
import { HpackDecoder } from "../http2/hpack-decoder.ts";
import { HpackEncoder } from "../http2/hpack-encoder.ts";
import { isGrpcContentType, readRequestHead } from "./h2-request-head.ts";
import { H2Stream } from "./h2-stream.ts";
import { OUTPUT_HIGH_WATER_BYTES, type ServerLimits } from "./limits.ts";
import type { ConnectionOptions, ServerContext } from "./server-context.ts";
import type { ServerCounters } from "./server-counters.ts";
import type { ChannelHandler, SocketChannel } from "./socket-channel.ts";
import { UnaryCall, decidedByHead, grpcPath, type CallOutcome } from "./unary-call.ts";
import { errorStack } from "../../error-message.ts";
import { concatBytes } from "../../data/bytes.ts";

/** Longest grpc-message sent, so that a response header block always fits one frame. */
const MAX_STATUS_MESSAGE = 1024;
/** The peer's connection window is topped up once this much was consumed. */
const CONNECTION_UPDATE_THRESHOLD = DEFAULT_WINDOW >> 1;
const MAX_ALLOWED_FRAME_SIZE = 16777215;
/** How many such streams are remembered: enough for a peer's frames in flight on the streams it had open. */
const RESET_MEMORY = 8;

export class H2Connection implements ChannelHandler {
  readonly #channel: SocketChannel;
  readonly #server: ServerContext;
  readonly #limits: ServerLimits;
  readonly #counters: ServerCounters;
  readonly #reader: FrameReader;
  readonly #decoder: HpackDecoder;
  readonly #encoder = new HpackEncoder();
  readonly #streams = new Map<number, H2Stream>();
  /** Highest stream id the peer opened (or tried to): lower ids are closed, higher ones idle. */
  #lastStreamId = 0;
  /** The last few streams we ended with RST_STREAM while the peer was still sending: what it had
   *  already sent on them may still arrive, and must be ignored (RFC 9113 §5.1), not fail the
   *  connection. A call answered from its headers alone ends its stream this way. */
  readonly #resetWhileOpen: number[] = [];
  #settingsReceived = false;
  #settingsAcknowledged = false;
  /** Initial window of new streams as the peer has to assume it: ours only once acknowledged. */
  #streamReceiveWindow = DEFAULT_WINDOW;
  #peerInitialWindow = DEFAULT_WINDOW;
  #peerMaxFrameSize = DEFAULT_MAX_FRAME_SIZE;
  #sendWindow = DEFAULT_WINDOW;
  #receiveWindow = DEFAULT_WINDOW;
  #consumed = 0;
  /** A header block split over HEADERS and CONTINUATION frames, being gathered. */
  #continuation: { streamId: number; flags: number; selfDependent: boolean; fragments: Uint8Array[]; bytes: number } | undefined;
  /** We sent GOAWAY: no new streams; the connection ends once the open ones are done. */
  #goingAway = false;
  #dead = false;

  constructor(options: ConnectionOptions) {
    const limits = options.server.limits;
    this.#channel = options.channel;
    this.#server = options.server;
    this.#limits = limits;
    this.#counters = options.server.counters;
    this.#reader = new FrameReader({ maxFrameSize: limits.maxFrameSize });
    this.#decoder = new HpackDecoder({ maxHeaderListSize: limits.maxHeaderListSize });
    const settings: Array<[number, number]> = [
      [Setting.MAX_CONCURRENT_STREAMS, limits.maxConcurrentStreams],
      [Setting.INITIAL_WINDOW_SIZE, limits.initialWindowSize],
      [Setting.MAX_FRAME_SIZE, limits.maxFrameSize],
      [Setting.MAX_HEADER_LIST_SIZE, limits.maxHeaderListSize],
    ];
    if (limits.headerTableSize !== 4096) settings.unshift([Setting.HEADER_TABLE_SIZE, limits.headerTableSize]);
    this.#channel.write(encodeSettings(settings));
  }

  get accepting(): boolean {
    return !this.#dead;
  }

  get busy(): boolean {
    for (const stream of this.#streams.values()) if (stream.calling) return true;
    return false;
  }

  get bufferedBytes(): number {
    let bytes = this.#reader.bufferedBytes + (this.#continuation?.bytes ?? 0);
    for (const stream of this.#streams.values()) bytes += stream.bufferedBytes;
    return bytes;
  }

  receive(bytes: Uint8Array): void {
    if (this.#dead) return;
    this.#reader.push(bytes);
    while (!this.#dead) {
      let frame: Frame | undefined;
      try {
        frame = this.#reader.next();
      } catch (error) {
        this.handleError(error);
        return;
      }
      if (!frame) break;
      try {
        this.frame(frame);
      } catch (error) {
        this.handleError(error);
      }
    }
  }

  writable(): void {
    this.flushStreams();
  }

  timeout(): void {
    this.#counters.idleClosed++;
    this.fail(ErrorCode.NO_ERROR, "idle");
  }

  closed(): void {
    this.#dead = true;
    for (const stream of this.#streams.values()) stream.call?.cancel();
    this.#streams.clear();
  }

  /** The server is shutting down: GOAWAY, then close at once. */
  shutdown(): void {
    if (!this.#dead) this.#channel.write(encodeGoaway(this.#lastStreamId, ErrorCode.NO_ERROR, "server closing"));
    this.#dead = true;
    this.#channel.close();
  }

  private frame(frame: Frame): void {
    if (this.#continuation && frame.type !== FrameType.CONTINUATION) {
      throw connectionError(ErrorCode.PROTOCOL_ERROR, "header block interrupted before END_HEADERS");
    }
    if (!this.#settingsReceived && (frame.type !== FrameType.SETTINGS || frame.flags & Flag.ACK)) {
      throw connectionError(ErrorCode.PROTOCOL_ERROR, "the first frame must be SETTINGS");
    }
    switch (frame.type) {
      case FrameType.DATA:
        return this.data(frame);
      case FrameType.HEADERS:
        return this.headers(frame);
      case FrameType.PRIORITY:
        return this.priority(frame);
      case FrameType.RST_STREAM:
        return this.rstStream(frame);
      case FrameType.SETTINGS:
        return this.settings(frame);
      case FrameType.PUSH_PROMISE:
        throw connectionError(ErrorCode.PROTOCOL_ERROR, "clients cannot push");
      case FrameType.PING:
        return this.ping(frame);
      case FrameType.GOAWAY:
        return this.goaway(frame);
      case FrameType.WINDOW_UPDATE:
        return this.windowUpdate(frame);
      case FrameType.CONTINUATION:
        return this.continuationFrame(frame);
      default:
      // Unknown frame types are ignored (RFC 9113 §4.1).
    }
  }

  private data(frame: Frame): void {
    const id = frame.streamId;
    if (id === 0) throw connectionError(ErrorCode.PROTOCOL_ERROR, "DATA on stream 0");
    if (id > this.#lastStreamId) throw connectionError(ErrorCode.PROTOCOL_ERROR, "DATA on an idle stream");
    const length = frame.payload.length;
    if (length > this.#receiveWindow) throw connectionError(ErrorCode.FLOW_CONTROL_ERROR, "DATA beyond the connection window");
    this.#receiveWindow -= length;
    this.#consumed += length;
    const stream = this.#streams.get(id);
    // Frames in flight when a stream closed are dropped (RFC 9113 §5.1); the window still counts them.
    if (!stream) return this.replenish();
    if (stream.remoteClosed) {
      this.replenish();
      throw streamError(id, ErrorCode.STREAM_CLOSED, "DATA after END_STREAM");
    }
    if (length > stream.receiveWindow) throw streamError(id, ErrorCode.FLOW_CONTROL_ERROR, "DATA beyond the stream window");
    stream.receiveWindow -= length;
    const data = stripPadding(frame);
    const endStream = (frame.flags & Flag.END_STREAM) !== 0;
    if (!stream.answered) {
      try {
        stream.body.push(data);
      } catch (error) {
        this.replenish();
        return this.respondError(stream, error);
      }
    }
    this.replenish(endStream ? undefined : stream);
    if (endStream) this.endOfRequest(stream);
  }

  /** Returns consumed window to the peer; bytes are consumed as soon as they are stored or dropped. */
  private replenish(stream?: H2Stream): void {
    if (this.#consumed >= CONNECTION_UPDATE_THRESHOLD) {
      this.#channel.write(encodeWindowUpdate(0, this.#consumed));
      this.#receiveWindow += this.#consumed;
      this.#consumed = 0;
    }
    if (stream && !stream.answered && stream.receiveWindow <= this.#streamReceiveWindow >> 1) {
      const increment = this.#streamReceiveWindow - stream.receiveWindow;
      this.#channel.write(encodeWindowUpdate(stream.id, increment));
      stream.receiveWindow += increment;
    }
  }

  private headers(frame: Frame): void {
    const id = frame.streamId;
    if (id === 0) throw connectionError(ErrorCode.PROTOCOL_ERROR, "HEADERS on stream 0");
    if (id % 2 === 0) throw connectionError(ErrorCode.PROTOCOL_ERROR, "HEADERS on a server-initiated stream id");
    let fragment = stripPadding(frame);
    let selfDependent = false;
    if (frame.flags & Flag.PRIORITY) {
      if (fragment.length < 5) throw connectionError(ErrorCode.FRAME_SIZE_ERROR, "HEADERS too short for its priority");
      selfDependent = (readU32(fragment, 0) & MAX_WINDOW) === id;
      fragment = fragment.subarray(5);
    }
    if (frame.flags & Flag.END_HEADERS) return this.headerBlock(id, frame.flags, fragment, selfDependent);
    this.checkBlockSize(fragment.length);
    // Copied, so that the chunk it arrived in is not kept alive while the block is gathered.
    this.#continuation = { streamId: id, flags: frame.flags, selfDependent, fragments: [fragment.slice()], bytes: fragment.length };
  }

  private continuationFrame(frame: Frame): void {
    const pending = this.#continuation;
    if (!pending || frame.streamId !== pending.streamId) throw connectionError(ErrorCode.PROTOCOL_ERROR, "unexpected CONTINUATION");
    this.checkBlockSize(pending.bytes + frame.payload.length);
    pending.fragments.push(frame.payload.slice());
    pending.bytes += frame.payload.length;
    if ((frame.flags & Flag.END_HEADERS) === 0) return;
    this.#continuation = undefined;
    this.headerBlock(pending.streamId, pending.flags, concatBytes(pending.fragments, pending.bytes), pending.selfDependent);
  }

  private checkBlockSize(bytes: number): void {
    // Past this the block cannot be decoded, and without decoding it the HPACK state is lost.
    if (bytes > this.#limits.maxHeaderListSize) {
      throw connectionError(ErrorCode.ENHANCE_YOUR_CALM, `header block exceeds ${this.#limits.maxHeaderListSize} octets`);
    }
  }

  private headerBlock(id: number, flags: number, block: Uint8Array, selfDependent: boolean): void {
    // Decoded even for streams about to be refused: the dynamic table must stay in step.
    const decoded = this.#decoder.decode(block);
    const endStream = (flags & Flag.END_STREAM) !== 0;
    const existing = this.#streams.get(id);
    if (existing) {
      if (existing.remoteClosed) throw streamError(id, ErrorCode.STREAM_CLOSED, "HEADERS after END_STREAM");
      if (!endStream) throw streamError(id, ErrorCode.PROTOCOL_ERROR, "trailers without END_STREAM");
      return this.endOfRequest(existing);
    }
    if (id <= this.#lastStreamId) {
      if (this.#resetWhileOpen.includes(id)) return;
      throw connectionError(ErrorCode.STREAM_CLOSED, "HEADERS on a closed stream");
    }
    this.#lastStreamId = id;
    if (selfDependent) throw streamError(id, ErrorCode.PROTOCOL_ERROR, "stream depends on itself");
    if (this.#goingAway) return;
    if (this.#streams.size >= this.#limits.maxConcurrentStreams) {
      this.#counters.refusedStreams++;
      this.#channel.write(encodeRstStream(id, ErrorCode.REFUSED_STREAM));
      return;
    }
    const head = readRequestHead(decoded.fields);
    if (typeof head === "string" && !decoded.oversize) throw streamError(id, ErrorCode.PROTOCOL_ERROR, head);
    const stream = new H2Stream({
      id,
      receiveWindow: this.#streamReceiveWindow,
      sendWindow: this.#peerInitialWindow,
      maxMessageBytes: this.#limits.maxMessageBytes,
    });
    this.#streams.set(id, stream);
    if (endStream) stream.remoteClosed = true;
    if (typeof head === "string" || decoded.oversize) {
      this.respondError(stream, new GrpcError(GrpcStatus.RESOURCE_EXHAUSTED, `request headers exceed ${this.#limits.maxHeaderListSize} octets`));
      return;
    }
    if (head.method !== "POST") return this.respondHttp(stream, "405");
    if (!isGrpcContentType(head.metadata.get("content-type"))) return this.respondHttp(stream, "415");
    const path = grpcPath(head.path);
    const decided = decidedByHead(this.#server, path, head.metadata);
    if (decided) {
      this.#counters.calls++;
      return this.respondError(stream, decided);
    }
    stream.call = new UnaryCall({ server: this.#server, path, metadata: head.metadata }, (outcome) => this.answer(stream, outcome));
    if (endStream) this.endOfRequest(stream);
  }

  private endOfRequest(stream: H2Stream): void {
    stream.remoteClosed = true;
    if (stream.answered) {
      if (!stream.calling && !stream.pendingData) this.closeStream(stream);
      return;
    }
    let request: Uint8Array;
    try {
      request = stream.body.finish();
    } catch (error) {
      return this.respondError(stream, error);
    }
    stream.answered = true;
    this.#counters.calls++;
    stream.call?.run(request);
  }

  private answer(stream: H2Stream, outcome: CallOutcome): void {
    if (this.#dead || this.#streams.get(stream.id) !== stream) return;
    if (outcome.status !== GrpcStatus.OK || !outcome.response) {
      return this.respondStatus(stream, outcome.status, outcome.message);
    }
    this.writeHeaders(stream.id, [[":status", "200"], ["content-type", "application/grpc"]], false);
    stream.pendingData = encodeGrpcFrame(0, outcome.response);
    this.flushStreams();
  }

  private respondError(stream: H2Stream, error: unknown): void {
    if (!(error instanceof GrpcError)) throw error;
    this.respondStatus(stream, error.code, error.grpcMessage);
  }

  /** A trailers-only response: the status in the one HEADERS frame, which ends the stream. */
  private respondStatus(stream: H2Stream, status: number, message: string): void {
    stream.answered = true;
    const fields: Array<[string, string]> = [
      [":status", "200"],
      ["content-type", "application/grpc"],
      ["grpc-status", String(status)],
    ];
    if (message !== "") fields.push(["grpc-message", encodeGrpcMessage(message.slice(0, MAX_STATUS_MESSAGE))]);
    this.writeHeaders(stream.id, fields, true);
    this.closeStream(stream);
  }

  /** A plain HTTP answer for requests that are not gRPC at all. */
  private respondHttp(stream: H2Stream, status: string): void {
    stream.answered = true;
    this.writeHeaders(stream.id, [[":status", status]], true);
    this.closeStream(stream);
  }

  private writeHeaders(id: number, fields: Array<[string, string]>, endStream: boolean): void {
    const block = this.#encoder.encode(fields);
    this.#channel.write(encodeFrame(FrameType.HEADERS, Flag.END_HEADERS | (endStream ? Flag.END_STREAM : 0), id, block));
  }

  /** Sends response DATA as the windows and the output queue allow, then the trailers. */
  private flushStreams(): void {
    if (this.#dead) return;
    for (const stream of this.#streams.values()) {
      const data = stream.pendingData;
      if (!data) continue;
      while (stream.sentBytes < data.length) {
        if (this.#sendWindow <= 0 || this.#channel.queuedBytes >= OUTPUT_HIGH_WATER_BYTES) return;
        if (stream.sendWindow <= 0) break;
        const take = Math.min(this.#sendWindow, stream.sendWindow, this.#peerMaxFrameSize, DEFAULT_MAX_FRAME_SIZE, data.length - stream.sentBytes);
        const from = stream.sentBytes;
        stream.sentBytes += take;
        this.#channel.write(frameHeader(FrameType.DATA, 0, stream.id, take));
        this.#channel.write(data.subarray(from, from + take));
        this.#sendWindow -= take;
        stream.sendWindow -= take;
      }
      if (stream.sentBytes < data.length) continue;
      stream.pendingData = undefined;
      this.writeHeaders(stream.id, [["grpc-status", "0"]], true);
      this.closeStream(stream);
    }
  }

  /** Our side ended the stream: if the peer's side is still open, RST_STREAM(NO_ERROR) tells it to stop. */
  private closeStream(stream: H2Stream): void {
    stream.call?.cancel();
    if (this.#streams.get(stream.id) !== stream) return;
    this.#streams.delete(stream.id);
    if (!stream.remoteClosed) {
      this.#channel.write(encodeRstStream(stream.id, ErrorCode.NO_ERROR));
      this.#resetWhileOpen.push(stream.id);
      if (this.#resetWhileOpen.length > RESET_MEMORY) this.#resetWhileOpen.shift();
    }
    if (this.#goingAway && this.#streams.size === 0) this.end();
  }

  private priority(frame: Frame): void {
    if (frame.streamId === 0) throw connectionError(ErrorCode.PROTOCOL_ERROR, "PRIORITY on stream 0");
    if (frame.payload.length !== 5) throw streamError(frame.streamId, ErrorCode.FRAME_SIZE_ERROR, "PRIORITY is not 5 octets");
    if ((readU32(frame.payload, 0) & MAX_WINDOW) === frame.streamId) {
      throw streamError(frame.streamId, ErrorCode.PROTOCOL_ERROR, "stream depends on itself");
    }
  }

  private rstStream(frame: Frame): void {
    if (frame.streamId === 0) throw connectionError(ErrorCode.PROTOCOL_ERROR, "RST_STREAM on stream 0");
    if (frame.payload.length !== 4) throw connectionError(ErrorCode.FRAME_SIZE_ERROR, "RST_STREAM is not 4 octets");
    if (frame.streamId > this.#lastStreamId) throw connectionError(ErrorCode.PROTOCOL_ERROR, "RST_STREAM on an idle stream");
    const stream = this.#streams.get(frame.streamId);
    if (!stream) return;
    stream.call?.cancel();
    this.#streams.delete(stream.id);
    if (this.#goingAway && this.#streams.size === 0) this.end();
  }

  private settings(frame: Frame): void {
    if (frame.streamId !== 0) throw connectionError(ErrorCode.PROTOCOL_ERROR, "SETTINGS on a stream");
    if (frame.flags & Flag.ACK) {
      if (frame.payload.length !== 0) throw connectionError(ErrorCode.FRAME_SIZE_ERROR, "SETTINGS ACK with a payload");
      return this.settingsAcknowledgedByPeer();
    }
    for (const [id, value] of parseSettings(frame.payload)) {
      switch (id) {
        case Setting.HEADER_TABLE_SIZE:
          this.#encoder.setPeerTableSize(value);
          break;
        case Setting.ENABLE_PUSH:
          if (value > 1) throw connectionError(ErrorCode.PROTOCOL_ERROR, "ENABLE_PUSH must be 0 or 1");
          break;
        case Setting.INITIAL_WINDOW_SIZE: {
          if (value > MAX_WINDOW) throw connectionError(ErrorCode.FLOW_CONTROL_ERROR, "INITIAL_WINDOW_SIZE above 2^31-1");
          const delta = value - this.#peerInitialWindow;
          this.#peerInitialWindow = value;
          for (const stream of this.#streams.values()) {
            stream.sendWindow += delta;
            if (stream.sendWindow > MAX_WINDOW) throw connectionError(ErrorCode.FLOW_CONTROL_ERROR, "a stream window overflowed");
          }
          break;
        }
        case Setting.MAX_FRAME_SIZE:
          if (value < DEFAULT_MAX_FRAME_SIZE || value > MAX_ALLOWED_FRAME_SIZE) {
            throw connectionError(ErrorCode.PROTOCOL_ERROR, "MAX_FRAME_SIZE out of range");
          }
          this.#peerMaxFrameSize = value;
          break;
        default:
        // MAX_CONCURRENT_STREAMS and MAX_HEADER_LIST_SIZE limit what we send, which is tiny; unknown ids are ignored.
      }
    }
    this.#settingsReceived = true;
    this.#channel.write(encodeFrame(FrameType.SETTINGS, Flag.ACK, 0));
    this.flushStreams();
  }

  /** Our SETTINGS now bind the peer: the smaller HPACK table and the stream window we announced. */
  private settingsAcknowledgedByPeer(): void {
    if (this.#settingsAcknowledged) return;
    this.#settingsAcknowledged = true;
    if (this.#limits.headerTableSize !== 4096) this.#decoder.setAllowedTableSize(this.#limits.headerTableSize);
    const delta = this.#limits.initialWindowSize - this.#streamReceiveWindow;
    this.#streamReceiveWindow = this.#limits.initialWindowSize;
    for (const stream of this.#streams.values()) stream.receiveWindow += delta;
  }

  private ping(frame: Frame): void {
    if (frame.streamId !== 0) throw connectionError(ErrorCode.PROTOCOL_ERROR, "PING on a stream");
    if (frame.payload.length !== 8) throw connectionError(ErrorCode.FRAME_SIZE_ERROR, "PING is not 8 octets");
    if (frame.flags & Flag.ACK) return;
    this.#channel.write(encodeFrame(FrameType.PING, Flag.ACK, 0, frame.payload));
  }

  private goaway(frame: Frame): void {
    if (frame.streamId !== 0) throw connectionError(ErrorCode.PROTOCOL_ERROR, "GOAWAY on a stream");
    if (frame.payload.length < 8) throw connectionError(ErrorCode.FRAME_SIZE_ERROR, "GOAWAY shorter than 8 octets");
    // The peer opens no more streams; finish the open ones, then close.
    if (!this.#goingAway) {
      this.#goingAway = true;
      this.#channel.write(encodeGoaway(this.#lastStreamId, ErrorCode.NO_ERROR));
    }
    if (this.#streams.size === 0) this.end();
  }

  private windowUpdate(frame: Frame): void {
    if (frame.payload.length !== 4) throw connectionError(ErrorCode.FRAME_SIZE_ERROR, "WINDOW_UPDATE is not 4 octets");
    const increment = readU32(frame.payload, 0) & MAX_WINDOW;
    const id = frame.streamId;
    if (id === 0) {
      if (increment === 0) throw connectionError(ErrorCode.PROTOCOL_ERROR, "WINDOW_UPDATE of 0");
      this.#sendWindow += increment;
      if (this.#sendWindow > MAX_WINDOW) throw connectionError(ErrorCode.FLOW_CONTROL_ERROR, "connection window above 2^31-1");
    } else {
      if (id > this.#lastStreamId) throw connectionError(ErrorCode.PROTOCOL_ERROR, "WINDOW_UPDATE on an idle stream");
      const stream = this.#streams.get(id);
      if (!stream) return;
      if (increment === 0) throw streamError(id, ErrorCode.PROTOCOL_ERROR, "WINDOW_UPDATE of 0");
      stream.sendWindow += increment;
      if (stream.sendWindow > MAX_WINDOW) throw streamError(id, ErrorCode.FLOW_CONTROL_ERROR, "stream window above 2^31-1");
    }
    this.flushStreams();
  }

  private handleError(error: unknown): void {
    if (!(error instanceof Http2Error)) {
      this.#server.log("error", `HTTP/2 connection: ${errorStack(error)}`);
      return this.fail(ErrorCode.INTERNAL_ERROR, "internal error");
    }
    if (error.streamId === 0) return this.fail(error.code, error.message);
    this.#counters.streamErrors++;
    const stream = this.#streams.get(error.streamId);
    if (stream) {
      stream.call?.cancel();
      this.#streams.delete(stream.id);
    }
    this.#channel.write(encodeRstStream(error.streamId, error.code));
    if (this.#goingAway && this.#streams.size === 0) this.end();
  }

  /** A connection error: GOAWAY with its code, then close once that is sent. */
  private fail(code: number, message: string): void {
    if (this.#dead) return;
    if (code !== ErrorCode.NO_ERROR) this.#counters.connectionErrors++;
    this.#channel.write(encodeGoaway(this.#lastStreamId, code, message.slice(0, 64)));
    this.end();
  }

  private end(): void {
    this.closed();
    this.#channel.end();
  }
}

function connectionError(code: number, message: string): Http2Error {
  return new Http2Error(code, message);
}

function streamError(streamId: number, code: number, message: string): Http2Error {
  return new Http2Error(code, message, streamId);
}
