// Connections over the server's limit, answered in their own protocol with the reason, then closed.
//
// HTTP/2 peers are not simply sent GOAWAY: grpc-go's blocking dial (what viam-server dials remotes
// with) counts a connection as made once the server's SETTINGS arrive, and with a GOAWAY right
// behind them its first call failed with "use of closed network connection", the reason lost. So a
// refused HTTP/2 connection lives until its first request, answers it with UNAVAILABLE naming the
// limit, and only then says GOAWAY. HTTP/1.1 peers get 503 at once.
import { encodeGrpcMessage, GrpcStatus } from "../grpc-status.ts";
import { ErrorCode } from "../http2/errors.ts";
import { FrameReader } from "../http2/frame-reader.ts";
import { DEFAULT_MAX_FRAME_SIZE, Flag, FrameType, Setting, encodeFrame, encodeGoaway, encodeRstStream, encodeSettings } from "../http2/frame.ts";
import { HpackEncoder } from "../http2/hpack-encoder.ts";
import { corsFields } from "./cors.ts";
import { plainResponse } from "./http1-connection.ts";
import type { ChannelHandler, SocketChannel } from "./socket-channel.ts";

export interface RefusedConnectionOptions {
  channel: SocketChannel;
  /** The connection limit, named in the answer. */
  maxConnections: number;
}

const GOAWAY_DEBUG = "too many connections";

export class RefusedH2 implements ChannelHandler {
  readonly #channel: SocketChannel;
  readonly #message: string;
  readonly #reader = new FrameReader({ maxFrameSize: DEFAULT_MAX_FRAME_SIZE });
  #done = false;

  constructor(options: RefusedConnectionOptions) {
    this.#channel = options.channel;
    this.#message = `${GOAWAY_DEBUG}: this board serves ${options.maxConnections} at once; try again later`;
    // One stream is all this connection will ever answer.
    this.#channel.write(encodeSettings([[Setting.MAX_CONCURRENT_STREAMS, 1]]));
  }

  get accepting(): boolean {
    return !this.#done;
  }

  get busy(): boolean {
    return false;
  }

  get bufferedBytes(): number {
    return this.#reader.bufferedBytes;
  }

  receive(bytes: Uint8Array): void {
    if (this.#done) return;
    try {
      this.#reader.push(bytes);
      for (let frame = this.#reader.next(); frame && !this.#done; frame = this.#reader.next()) {
        const ack = (frame.flags & Flag.ACK) !== 0;
        if (frame.type === FrameType.SETTINGS && !ack) this.#channel.write(encodeFrame(FrameType.SETTINGS, Flag.ACK, 0));
        else if (frame.type === FrameType.PING && !ack) this.#channel.write(encodeFrame(FrameType.PING, Flag.ACK, 0, frame.payload));
        else if (frame.type === FrameType.HEADERS && frame.streamId !== 0) this.answer(frame.streamId);
        else if (frame.type === FrameType.GOAWAY) this.goaway(0);
      }
    } catch {
      // Not HTTP/2 after all: nothing is owed to it.
      this.#done = true;
      this.#channel.close();
    }
  }

  writable(): void {}

  closed(): void {
    this.#done = true;
  }

  /** No request came within the refusal timeout: the GOAWAY's debug data is all it gets. */
  timeout(): void {
    this.goaway(0);
  }

  /** A trailers-only UNAVAILABLE (the request's header block need not be decoded for that). */
  private answer(streamId: number): void {
    const block = new HpackEncoder().encode([
      [":status", "200"],
      ["content-type", "application/grpc"],
      ["grpc-status", String(GrpcStatus.UNAVAILABLE)],
      ["grpc-message", encodeGrpcMessage(this.#message)],
    ]);
    this.#channel.write(encodeFrame(FrameType.HEADERS, Flag.END_HEADERS | Flag.END_STREAM, streamId, block));
    this.#channel.write(encodeRstStream(streamId, ErrorCode.NO_ERROR));
    this.goaway(streamId);
  }

  private goaway(lastStreamId: number): void {
    if (this.#done) return;
    this.#done = true;
    this.#channel.write(encodeGoaway(lastStreamId, ErrorCode.ENHANCE_YOUR_CALM, GOAWAY_DEBUG));
    this.#channel.end();
  }
}

export class RefusedHttp1 implements ChannelHandler {
  readonly #channel: SocketChannel;

  constructor(options: RefusedConnectionOptions) {
    this.#channel = options.channel;
    this.#channel.write(plainResponse(503, [...corsFields(undefined), ["retry-after", "1"]]));
    this.#channel.end();
  }

  get accepting(): boolean {
    return false;
  }

  get busy(): boolean {
    return false;
  }

  get bufferedBytes(): number {
    return 0;
  }

  receive(): void {}

  writable(): void {}

  closed(): void {}

  timeout(): void {
    this.#channel.close();
  }
}
