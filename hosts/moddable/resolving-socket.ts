import type { TCPConstructor, TCPOptions, TCPSocket } from "../../src/host.ts";
import { frozen } from "../../src/frozen.ts";

/** Looks a host name up and calls back once, later, with its IPv4 address or undefined. */
export type Resolve = (host: string, callback: (address: string | undefined) => void) => void;

/** The options a platform socket is opened with: `address` is an IP literal (or `from` an accepted connection). */
export interface OpenOptions extends Omit<TCPOptions, "onReadable" | "onWritable" | "onError"> {
  onReadable(byteLength: number): void;
  onWritable(byteLength: number): void;
  onError(error?: unknown): void;
}

/** Moddable's TCP and TLS sockets as their typings give them: read() is typed for the "number" format,
 *  which these sockets are never opened in, and for reading into a buffer, which this host never does. */
export interface PlatformSocket {
  read(byteLength?: number | ArrayBufferLike): ArrayBufferLike | number | undefined;
  write(buffer: ArrayBuffer | Uint8Array): unknown;
  close(): unknown;
}

export type OpenSocket = (options: OpenOptions) => PlatformSocket;

export interface ResolvingSocketSetup {
  open: OpenSocket;
  resolve: Resolve;
}

// Moddable's TCP and TLS sockets connect to IP literals only, while the Host contract lets a caller
// give a host name. Names are resolved first, then the platform socket is opened with the address
// (keeping `host`, which TLS sends as the server name). Until then the socket is not connected:
// read() has nothing and write() throws, as Moddable's does while connecting.
export class ResolvingSocket implements TCPSocket {
  readonly target: unknown;
  readonly #options: TCPOptions;
  readonly #open: OpenSocket;
  #socket: PlatformSocket | undefined;
  #closed = false;

  constructor(setup: ResolvingSocketSetup, options: TCPOptions) {
    this.target = options.target;
    this.#options = options;
    this.#open = setup.open;
    const host = options.host;
    if (options.from !== undefined || options.address !== undefined) {
      this.connect(options.address);
    } else if (host === undefined) {
      throw new TypeError("a socket needs an address, a host or a connection to take over");
    } else if (isIpLiteral(host)) {
      this.connect(host);
    } else {
      this.resolve(setup.resolve, host);
    }
  }

  read(byteLength?: number): ArrayBuffer | undefined {
    // Moddable's TCP counts an explicit undefined as a request for 0 bytes, and throws.
    const bytes = byteLength === undefined ? this.#socket?.read() : this.#socket?.read(byteLength);
    return typeof bytes === "object" ? (bytes as ArrayBuffer) : undefined;
  }

  write(buffer: ArrayBuffer | Uint8Array): void {
    if (!this.#socket) throw new Error(this.#closed ? "socket is closed" : "socket is not connected yet");
    this.#socket.write(buffer);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    const socket = this.#socket;
    this.#socket = undefined;
    socket?.close();
  }

  private resolve(resolve: Resolve, host: string): void {
    const failed = () => this.fail(new Error(`cannot resolve ${host}`));
    try {
      resolve(host, (address) => {
        if (this.#closed) return;
        if (address === undefined) return failed();
        try {
          this.connect(address);
        } catch (error) {
          this.fail(error);
        }
      });
    } catch {
      // Moddable's resolver throws when the network stack cannot even send the query; callers
      // still hear about it through onError, after the constructor has returned.
      Promise.resolve().then(failed);
    }
  }

  private connect(address: string | undefined): void {
    const options = this.#options;
    this.#socket = this.#open({
      ...options,
      ...(address !== undefined && { address }),
      onReadable: (byteLength) => options.onReadable?.call(this, byteLength),
      onWritable: (byteLength) => options.onWritable?.call(this, byteLength),
      onError: (error) => options.onError?.call(this, error),
    });
  }

  private fail(error: unknown): void {
    if (this.#closed) return;
    this.close();
    this.#options.onError?.call(this, error);
  }
}

/** A TCP or TLS class for the Host's Sockets, over `options`. */
export function resolvingSocketClass(options: ResolvingSocketSetup): TCPConstructor {
  // A frozen const for the class to capture: preload keeps it in flash.
  const setup = frozen({ resolve: options.resolve, open: options.open });
  return class extends ResolvingSocket {
    constructor(options: TCPOptions) {
      super(setup, options);
    }
  };
}

function isIpLiteral(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(":");
}
