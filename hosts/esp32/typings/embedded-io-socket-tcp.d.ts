// ECMA-419 TCP socket as Moddable's lwIP implementation on ESP32 documents and implements it, in the
// default "buffer" format. @moddable/typings 5.6.0 ships this module with its options as a union that
// requires address-and-port or from, and read() typed for both formats, so it does not line up with
// the flat options of the Host's Sockets contract.
declare module "embedded:io/socket/tcp" {
  type BufferSource = ArrayBuffer | ArrayBufferView;

  interface TCPOptions {
    /** Peer IP address in text form; this socket does not resolve host names. */
    address?: string;
    port?: number;
    /** A connection taken from a Listener's read(), instead of address and port. */
    from?: unknown;
    nodelay?: boolean;
    onReadable?: (this: TCP, byteLength: number) => void;
    /** Its first call means connected; `byteLength` is how much write() accepts now. */
    onWritable?: (this: TCP, byteLength: number) => void;
    onError?: (this: TCP) => void;
    format?: "buffer";
  }

  class TCP {
    constructor(options: TCPOptions);
    /** All buffered bytes, or `byteLength` of them; undefined when nothing has arrived. */
    read(byteLength?: number): ArrayBuffer | undefined;
    /** Throws while connecting or when the send buffer cannot take all of `buffer`; returns the room left. */
    write(buffer: BufferSource): number;
    close(): void;
    readonly remoteAddress: string;
    readonly remotePort: number;
    format: "buffer";
  }
  export default TCP;
}
