import type { TCPSocket } from "../../src/host.ts";
import type { OpenOptions, OpenSocket } from "./resolving-socket.ts";

/**
 * The root certificate (DER) that app.viam.com's chain ends in, bundled as a resource by
 * manifest.json from build/esp32/ (written there by scripts/esp32-deps.mjs).
 */
export const ROOT_CERTIFICATE_RESOURCE = "gts-root-r1.der";

/** What Moddable's `embedded:io/socket/tcp/tls` is given here; a certificate is DER bytes (a Resource on the board). */
export interface ModdableTLSOptions<Certificate> {
  /** The TCP class the TLS socket runs over; it connects to `address`. */
  TCP: { io: unknown };
  address?: string;
  port?: number;
  /** Moddable's TLSSocket before ECMA-419's third edition: SNI name and SSL session options. */
  host: string;
  secure: { verify: boolean; certificate: Certificate };
  /** ECMA-419 third edition, which current Moddable SDKs read instead. */
  tls: { host: string; verify: boolean; ca: Certificate };
  onReadable(byteLength: number): void;
  onWritable(byteLength: number): void;
  onError(): void;
}

export interface TLSOpenerSetup<Certificate> {
  TLS: new (options: ModdableTLSOptions<Certificate>) => TCPSocket;
  TCP: unknown;
  /** The trusted root, read when a connection opens (throws with a clear message if it is not bundled). */
  certificate: () => Certificate;
}

// Moddable's TLS client verifies the server's chain against the certificates it is handed, so the one
// root the cloud's chain ends in is passed with every connection. It does not match the leaf
// certificate to the host name (the SDK leaves that check out), so any chain to this root passes.
// Its TLSSocket took `host` and
// `secure` until the SDK moved to ECMA-419's `tls` object; both are filled in, with the same values,
// so that the firmware verifies the same way on either SDK line.
export function tlsOpener<Certificate>(setup: TLSOpenerSetup<Certificate>): OpenSocket {
  return (options: OpenOptions) => {
    if (options.from !== undefined) throw new TypeError("there is no TLS server on this host");
    const serverName = options.secure?.serverName ?? options.host;
    if (!serverName) throw new TypeError("TLS needs the server's host name to send as its server name (SNI)");
    const verify = options.secure?.verify ?? true;
    const certificate = setup.certificate();
    return new setup.TLS({
      TCP: { io: setup.TCP },
      address: options.address,
      port: options.port,
      host: serverName,
      secure: { verify, certificate },
      tls: { host: serverName, verify, ca: certificate },
      onReadable: options.onReadable,
      onWritable: options.onWritable,
      onError: options.onError,
    });
  };
}
