// The shapes that Moddable SDK 8.2.3 declares in its own typings/ for this module, restated here so
// that `npm run typecheck` checks hosts/esp32 the way mcconfig does, without the SDK. mcconfig itself
// type-checks against the SDK's files (they win over these); `npm run esp32:check` runs that.
declare module "embedded:io/socket/tcp" {
  export type Options = ((({ address: string } | { host: string }) & { port: number }) | { from: TCP }) & {
    nodelay?: boolean;
    onReadable?: (this: TCP, bytes: number) => void;
    onWritable?: (this: TCP, bytes: number) => void;
    onError?: (this: TCP) => void;
    format?: "number" | "buffer";
    target?: any;
  };
  export default class TCP {
    constructor(options: Options);
    readonly remoteAddress: string | undefined;
    readonly remotePort: number | undefined;
    read(byteLength?: number): number | ArrayBuffer;
    read(buffer: ByteBuffer): void;
    write(value: number | ByteBuffer): void;
    close(): void;
    format: "number" | "buffer";
  }
}

declare module "embedded:io/socket/listener" {
  import TCP from "embedded:io/socket/tcp";
  class Listener {
    constructor(options: {
      port?: number;
      address?: string;
      onReadable?: (this: Listener, requests: number) => void;
      format?: "socket/tcp";
      target?: any;
    });
    read(): TCP | undefined;
    format: "socket/tcp";
    readonly port: number;
  }
  export default Listener;
}

declare module "embedded:io/socket/tcp/tls" {
  import { Options as TCPOptions } from "embedded:io/socket/tcp";
  export type Options = TCPOptions & { host: string; secure: Record<string, any> };
  export default class TLSSocket {
    constructor(options: Options);
    close(): undefined;
    read(count: number | ArrayBufferLike): undefined | ArrayBufferLike;
    write(buffer: ArrayBufferLike): number;
    format: string;
  }
}
