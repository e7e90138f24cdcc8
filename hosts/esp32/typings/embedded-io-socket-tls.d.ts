// Moddable's TLS client socket, a TLS session over a TCP socket of the class given as `TCP.io`, which
// connects to `address` (an IP literal). Certificates are DER. Moddable's implementation read the
// server name and session options from `host` and `secure` ({verify, certificate}) until it moved
// to ECMA-419's third edition `tls` ({host, verify, ca}). @moddable/typings 5.6.0 declares only
// `host` and `secure`, and not the `TCP` option that every version requires.
declare module "embedded:io/socket/tcp/tls" {
  type BufferSource = ArrayBuffer | ArrayBufferView;
  type Certificate = BufferSource | HostBuffer;

  interface TLSOptions {
    TCP: { io: unknown };
    address?: string;
    port?: number;
    host?: string;
    secure?: { verify?: boolean; certificate?: Certificate };
    tls?: { host: string; verify?: boolean; ca?: Certificate };
    onReadable?: (byteLength: number) => void;
    /** Called once the handshake is done, then as the send buffer drains. */
    onWritable?: (byteLength: number) => void;
    /** A failed handshake (certificate included), a reset or a close by the peer. */
    onError?: () => void;
    format?: "buffer";
  }

  class TLSSocket {
    constructor(options: TLSOptions);
    read(byteLength?: number): ArrayBuffer | undefined;
    write(buffer: BufferSource): number;
    close(): void;
  }
  export default TLSSocket;
}
