// The first handler of every connection: reads just enough of the first bytes to tell the HTTP/2
// connection preface from an HTTP/1.1 request line, then hands the connection (and those bytes) to the
// protocol's handler, which serves it or, over the connection limit, refuses it.
import { PREFACE } from "../http2/frame.ts";
import type { ChannelHandler, SocketChannel } from "./socket-channel.ts";
import { concatBytes } from "../../data/bytes.ts";

export type Protocol = "h2" | "http1";

/** "h2" once the whole preface arrived, "http1" as soon as the bytes differ from it, else undefined. */
export function sniffProtocol(bytes: Uint8Array): Protocol | undefined {
  const length = Math.min(bytes.length, PREFACE.length);
  for (let i = 0; i < length; i++) if (bytes[i] !== PREFACE.charCodeAt(i)) return "http1";
  return bytes.length >= PREFACE.length ? "h2" : undefined;
}

export interface ProtocolSnifferOptions {
  channel: SocketChannel;
  /** Builds the handler of the protocol, which then receives the bytes after the preface (h2) or all
   *  of them (HTTP/1.1). */
  start: (protocol: Protocol) => ChannelHandler;
}

export class ProtocolSniffer implements ChannelHandler {
  readonly #channel: SocketChannel;
  readonly #start: ProtocolSnifferOptions["start"];
  #seen = new Uint8Array(0);
  #done = false;

  constructor(options: ProtocolSnifferOptions) {
    this.#channel = options.channel;
    this.#start = options.start;
  }

  get accepting(): boolean {
    return !this.#done;
  }

  get busy(): boolean {
    return false;
  }

  get bufferedBytes(): number {
    return this.#seen.length;
  }

  receive(bytes: Uint8Array): void {
    if (this.#done) return;
    const seen = concatBytes([this.#seen, bytes]);
    this.#seen = seen;
    const protocol = sniffProtocol(seen);
    if (!protocol) return;
    this.#done = true;
    this.#seen = new Uint8Array(0);
    const handler = this.#start(protocol);
    this.#channel.handler = handler;
    const initial = protocol === "h2" ? seen.subarray(PREFACE.length) : seen;
    if (initial.length > 0) handler.receive(initial);
  }

  writable(): void {}

  closed(): void {
    this.#done = true;
  }

  timeout(): void {
    this.#channel.close();
  }
}
