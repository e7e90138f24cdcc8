// Gathers the body of a unary gRPC request as it arrives, in pieces of any size: exactly one
// length-prefixed message, uncompressed, no larger than the limit. Problems are GrpcErrors, raised
// as early as the bytes show them, so that an oversized body is refused before it is stored.
import { FLAG_COMPRESSED, GrpcFrameDecoder, GrpcFrameError } from "../grpc-frame.ts";
import { GrpcError, GrpcStatus } from "../grpc-status.ts";

export class GrpcRequestBody {
  readonly #decoder: GrpcFrameDecoder;
  readonly #maxMessageBytes: number;
  #message: Uint8Array | undefined;
  #pendingBytes = 0;
  #finished = false;

  constructor(maxMessageBytes: number) {
    this.#maxMessageBytes = maxMessageBytes;
    this.#decoder = new GrpcFrameDecoder({ maxPayloadBytes: maxMessageBytes });
  }

  /** Octets held: the partial message, or the complete one. */
  get bufferedBytes(): number {
    return this.#message ? this.#message.length : this.#pendingBytes;
  }

  push(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    if (this.#message || this.#finished) throw new GrpcError(GrpcStatus.UNIMPLEMENTED, "more than one request message on a unary call");
    let frames;
    try {
      frames = this.#decoder.push(bytes);
    } catch (error) {
      if (error instanceof GrpcFrameError && error.tooLarge) {
        throw new GrpcError(GrpcStatus.RESOURCE_EXHAUSTED, `request message larger than ${this.#maxMessageBytes} bytes`);
      }
      throw error;
    }
    this.#pendingBytes += bytes.length;
    if (frames.length === 0) return;
    const [frame] = frames;
    if (frames.length > 1 || !this.#decoder.idle) {
      throw new GrpcError(GrpcStatus.UNIMPLEMENTED, "more than one request message on a unary call");
    }
    if (frame.flags & FLAG_COMPRESSED) {
      throw new GrpcError(GrpcStatus.UNIMPLEMENTED, "compressed request messages are not supported");
    }
    this.#message = frame.payload;
    this.#pendingBytes = 0;
  }

  /** Hands over the request message once the body has ended; this body then holds nothing. */
  finish(): Uint8Array {
    if (!this.#decoder.idle) throw new GrpcError(GrpcStatus.INTERNAL, "request body ended inside a message");
    const message = this.#message;
    if (!message) throw new GrpcError(GrpcStatus.INTERNAL, "request body has no message");
    this.#message = undefined;
    this.#finished = true;
    return message;
  }
}
