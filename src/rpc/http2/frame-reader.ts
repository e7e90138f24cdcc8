// Splits a byte stream into HTTP/2 frames, whatever sizes the bytes arrive in. A frame that lies
// whole inside one pushed chunk is handed out as a view of it (no copy); one split across chunks is
// gathered in a buffer of its declared length, which the frame size limit bounds.
import { ErrorCode, Http2Error } from "./errors.ts";
import { FRAME_HEADER_LENGTH, MAX_WINDOW, readU32, type Frame } from "./frame.ts";
import { EMPTY_BYTES } from "../../data/bytes.ts";

export class FrameReader {
  readonly #maxFrameSize: number;
  readonly #header = new Uint8Array(FRAME_HEADER_LENGTH);
  #headerFilled = 0;
  /** The payload being gathered across chunks, when there is one. */
  #payload: Uint8Array | undefined;
  #payloadFilled = 0;
  #input: Uint8Array = EMPTY_BYTES;
  #at = 0;

  constructor(options: { maxFrameSize: number }) {
    this.#maxFrameSize = options.maxFrameSize;
  }

  /** Octets held for frames not yet complete. */
  get bufferedBytes(): number {
    return this.#headerFilled + (this.#payload?.length ?? 0);
  }

  /** Bytes pushed but not yet returned by next(). */
  get pendingInput(): number {
    return this.#input.length - this.#at;
  }

  /** Adds bytes; frames come out of next(). Call next() until it returns undefined before pushing again. */
  push(bytes: Uint8Array): void {
    if (this.pendingInput > 0) throw new Error("push() before next() consumed the previous bytes");
    this.#input = bytes;
    this.#at = 0;
  }

  /** The next complete frame, or undefined when the bytes so far end inside one. Throws a connection
   *  FRAME_SIZE_ERROR for a frame longer than the limit, before reading its payload. */
  next(): Frame | undefined {
    const input = this.#input;
    if (this.#headerFilled < FRAME_HEADER_LENGTH) {
      if (this.#headerFilled === 0 && input.length - this.#at >= FRAME_HEADER_LENGTH) {
        const length = (input[this.#at] << 16) | (input[this.#at + 1] << 8) | input[this.#at + 2];
        this.checkLength(length);
        if (input.length - this.#at >= FRAME_HEADER_LENGTH + length) {
          // The common case: the whole frame is in this chunk.
          const start = this.#at;
          const end = start + FRAME_HEADER_LENGTH + length;
          this.#at = end;
          this.release();
          return {
            type: input[start + 3],
            flags: input[start + 4],
            streamId: readU32(input, start + 5) & MAX_WINDOW,
            payload: input.subarray(start + FRAME_HEADER_LENGTH, end),
          };
        }
      }
      const take = Math.min(FRAME_HEADER_LENGTH - this.#headerFilled, input.length - this.#at);
      this.#header.set(input.subarray(this.#at, this.#at + take), this.#headerFilled);
      this.#headerFilled += take;
      this.#at += take;
      if (this.#headerFilled < FRAME_HEADER_LENGTH) return this.release();
      const length = (this.#header[0] << 16) | (this.#header[1] << 8) | this.#header[2];
      this.checkLength(length);
      this.#payload = new Uint8Array(length);
      this.#payloadFilled = 0;
    }
    const payload = this.#payload as Uint8Array;
    const take = Math.min(payload.length - this.#payloadFilled, input.length - this.#at);
    payload.set(input.subarray(this.#at, this.#at + take), this.#payloadFilled);
    this.#payloadFilled += take;
    this.#at += take;
    if (this.#payloadFilled < payload.length) return this.release();
    const header = this.#header;
    this.#headerFilled = 0;
    this.#payload = undefined;
    this.release();
    return { type: header[3], flags: header[4], streamId: readU32(header, 5) & MAX_WINDOW, payload };
  }

  private checkLength(length: number): void {
    if (length > this.#maxFrameSize) {
      throw new Http2Error(ErrorCode.FRAME_SIZE_ERROR, `frame of ${length} octets exceeds ${this.#maxFrameSize}`);
    }
  }

  /** Drops the chunk once consumed, so it is not kept alive by the reader. */
  private release(): undefined {
    if (this.#at >= this.#input.length) {
      this.#input = EMPTY_BYTES;
      this.#at = 0;
    }
    return undefined;
  }
}
