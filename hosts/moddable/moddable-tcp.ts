// Moddable's ECMA-419 TCP socket and listener (the lwIP ones on ESP32, the GLib ones on Linux), fitted
// to the Host's Sockets contract.
import TCP from "embedded:io/socket/tcp";
import Listener from "embedded:io/socket/listener";
import type { ListenerOptions, Listener as HostListener } from "../../src/host.ts";
import { closeInherited } from "./inherited-close.ts";
import type { OpenOptions, PlatformSocket } from "./resolving-socket.ts";

export { TCP };

// The SDK's TCP takes either an accepted connection or an address and port, never both.
export function openTcp(options: OpenOptions): PlatformSocket {
  const callbacks = { onReadable: options.onReadable, onWritable: options.onWritable, onError: options.onError };
  if (options.from !== undefined) return new TCP({ from: options.from as TCP, ...callbacks });
  if (options.address === undefined || options.port === undefined) throw new TypeError("a TCP socket needs an address and a port");
  return new TCP({ address: options.address, port: options.port, ...callbacks });
}

export class ModdableListener extends Listener implements HostListener {
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
