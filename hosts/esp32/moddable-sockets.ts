import TCP from "embedded:io/socket/tcp";
import TLSSocket from "embedded:io/socket/tcp/tls";
import Listener from "embedded:io/socket/listener";
import Net from "net";
import Resource from "Resource";
import type { ListenerOptions, Listener as HostListener, Sockets } from "../../src/host.ts";
import { closeInherited } from "./inherited-close.ts";
import { resolvingSocketClass, type OpenOptions, type PlatformSocket, type Resolve } from "./resolving-socket.ts";
import { ROOT_CERTIFICATE_RESOURCE, tlsOpener } from "./tls-socket.ts";
import { frozen } from "../../src/frozen.ts";

// Net.resolve (Moddable's network.md) asks lwIP's resolver, which uses the DNS servers that DHCP gave
// the station and caches answers; it always calls back later, with no address on failure.
const resolve: Resolve = (host, callback) => Net.resolve(host, (_name, address) => callback(address));

function rootCertificate(): InstanceType<typeof Resource> {
  if (!Resource.exists(ROOT_CERTIFICATE_RESOURCE)) {
    throw new Error(`${ROOT_CERTIFICATE_RESOURCE} is not in this build: run "node scripts/esp32-deps.mjs" before mcconfig`);
  }
  return new Resource(ROOT_CERTIFICATE_RESOURCE);
}

// The SDK's TCP takes either an accepted connection or an address and port, never both.
function openTcp(options: OpenOptions): PlatformSocket {
  const callbacks = { onReadable: options.onReadable, onWritable: options.onWritable, onError: options.onError };
  if (options.from !== undefined) return new TCP({ from: options.from as TCP, ...callbacks });
  if (options.address === undefined || options.port === undefined) throw new TypeError("a TCP socket needs an address and a port");
  return new TCP({ address: options.address, port: options.port, ...callbacks });
}

class ModdableListener extends Listener implements HostListener {
  constructor(options: ListenerOptions) {
    const onReadable = options.onReadable;
    super({
      port: options.port,
      ...(options.address !== undefined && { address: options.address }),
      ...(onReadable && {
        onReadable(this: Listener, count: number) {
          onReadable.call(this as ModdableListener, count);
        },
      }),
    });
  }

  close(): void {
    closeInherited(ModdableListener, this);
  }
}

export const sockets: Sockets = frozen({
  TCP: resolvingSocketClass({ resolve, open: openTcp }),
  TLS: resolvingSocketClass({ resolve, open: tlsOpener({ TLS: TLSSocket, TCP, certificate: rootCertificate }) }),
  Listener: ModdableListener,
});
