// The server's view of one HTTP/2 request stream: flow-control windows both ways, the request body
// being gathered, the running call, and the response waiting for the peer's window.
import { GrpcRequestBody } from "./grpc-request.ts";
import type { UnaryCall } from "./unary-call.ts";

export class H2Stream {
  readonly id: number;
  readonly body: GrpcRequestBody;
  /** What the peer may still send on this stream. */
  receiveWindow: number;
  /** What we may still send on this stream. */
  sendWindow: number;
  /** The peer sent END_STREAM. */
  remoteClosed = false;
  /** The response is decided (a call runs or ran, or an error went out): further DATA is not stored. */
  answered = false;
  /** From the request's headers on, so that its deadline covers the wait for the body too. */
  call: UnaryCall | undefined;
  /** Response DATA (the gRPC-framed message) not yet sent from `sentBytes` on; the trailers follow it. */
  pendingData: Uint8Array | undefined;
  sentBytes = 0;

  constructor(options: { id: number; receiveWindow: number; sendWindow: number; maxMessageBytes: number }) {
    this.id = options.id;
    this.receiveWindow = options.receiveWindow;
    this.sendWindow = options.sendWindow;
    this.body = new GrpcRequestBody(options.maxMessageBytes);
  }

  get bufferedBytes(): number {
    return this.body.bufferedBytes + (this.pendingData ? this.pendingData.length - this.sentBytes : 0);
  }

  get calling(): boolean {
    return this.call?.pending ?? false;
  }
}
