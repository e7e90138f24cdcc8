import TLSSocket from "embedded:io/socket/tcp/tls";
import Net from "net";
import Resource from "Resource";
import type { Sockets } from "../../src/host.ts";
import { frozen } from "../../src/frozen.ts";
import { ModdableListener, openTcp, TCP } from "../moddable/moddable-tcp.ts";
import { resolvingSocketClass, type Resolve } from "../moddable/resolving-socket.ts";
import { ROOT_CERTIFICATE_RESOURCE, tlsOpener } from "./tls-socket.ts";

// Net.resolve (Moddable's network.md) asks lwIP's resolver, which uses the DNS servers that DHCP gave
// the station and caches answers; it always calls back later, with no address on failure.
const resolve: Resolve = (host, callback) => Net.resolve(host, (_name, address) => callback(address));

function rootCertificate(): InstanceType<typeof Resource> {
  if (!Resource.exists(ROOT_CERTIFICATE_RESOURCE)) {
    throw new Error(`${ROOT_CERTIFICATE_RESOURCE} is not in this build: run "node scripts/esp32-deps.mjs" before mcconfig`);
  }
  return new Resource(ROOT_CERTIFICATE_RESOURCE);
}

export const sockets: Sockets = frozen({
  TCP: resolvingSocketClass({ resolve, open: openTcp }),
  TLS: resolvingSocketClass({ resolve, open: tlsOpener({ TLS: TLSSocket, TCP, certificate: rootCertificate }) }),
  Listener: ModdableListener,
});
