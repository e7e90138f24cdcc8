import type { OpenOptions, OpenSocket, PlatformSocket } from "../moddable/resolving-socket.ts";
import { frozen } from "../../src/frozen.ts";

/**
 * The root certificate (DER) that app.viam.com's chain ends in, bundled as a resource by
 * manifest.json from build/esp32/ (written there by scripts/esp32-deps.mjs).
 */
export const ROOT_CERTIFICATE_RESOURCE = "gts-root-r1.der";

/** What Moddable's `embedded:io/socket/tcp/tls` (SDK 8.2.3) reads: the TCP class to run over, the
 *  address, `host` for SNI and the name check, and `secure` for the session. */
export interface ModdableTLSOptions<Certificate> {
  TCP: { io: unknown };
  address: string;
  port: number;
  host: string;
  secure: { verify: boolean; certificate: Certificate };
  onReadable(byteLength: number): void;
  onWritable(byteLength: number): void;
  onError(): void;
}

/** The SDK's TLSSocket. Its typing makes read()'s count required, though with none tlssocket.js hands
 *  over everything decrypted so far, and narrows write() to ArrayBuffer. */
interface ModdableTLSSocket {
  read(count?: number | ArrayBufferLike): ArrayBufferLike | undefined;
  write(buffer: ArrayBufferLike): unknown;
  close(): unknown;
}

export interface TLSOpenerSetup<Certificate> {
  TLS: new (options: ModdableTLSOptions<Certificate>) => ModdableTLSSocket;
  TCP: unknown;
  /** The trusted root, read when a connection opens (throws with a clear message if it is not bundled). */
  certificate: () => Certificate;
}

// Moddable's TLS client verifies the server's chain against the certificate it is handed, so the one
// root the cloud's chain ends in goes with every connection. Since December 2024 it also checks
// `host` against the leaf certificate's subjectAltName, so `host` must be the name the caller dialled.
export function tlsOpener<Certificate>(parts: TLSOpenerSetup<Certificate>): OpenSocket {
  // A frozen const for the opener to capture: preload keeps it in flash.
  const setup = frozen({ TLS: parts.TLS, TCP: parts.TCP, certificate: parts.certificate });
  return (options: OpenOptions) => {
    if (options.from !== undefined) throw new TypeError("there is no TLS server on this host");
    const serverName = options.secure?.serverName ?? options.host;
    if (!serverName) throw new TypeError("TLS needs the server's host name, for SNI and the certificate check");
    if (options.address === undefined || options.port === undefined) throw new TypeError("a TLS socket needs an address and a port");
    const socket = new setup.TLS({
      TCP: { io: setup.TCP },
      address: options.address,
      port: options.port,
      host: serverName,
      secure: { verify: options.secure?.verify ?? true, certificate: setup.certificate() },
      onReadable: options.onReadable,
      onWritable: options.onWritable,
      onError: options.onError,
    });
    return {
      read: (count) => socket.read(count),
      // tlssocket.js encrypts from any byte view (it turns a DataView into a Uint8Array first); only
      // its typing narrows write() to ArrayBuffer, so a Uint8Array goes as it is, without a copy.
      write: (bytes) => socket.write(bytes as ArrayBufferLike),
      close: () => socket.close(),
    };
  };
}
