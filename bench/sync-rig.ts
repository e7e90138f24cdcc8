// Shared by the sync benchmarks: what the firmware writes to its sockets, split back into HTTP/1.1
// requests, and a driver for a simulated device in virtual time whose calls go over real sockets.
import type { Host, Sockets, TCPConstructor, TCPOptions, TCPSocket } from "../src/host.ts";
import type { Machine } from "../src/boot.ts";
import type { SimulatedDevice } from "../hosts/node/simulated-device.ts";
import type { VirtualClock } from "../hosts/sim/clock.ts";
import { concatBytes } from "../src/data/bytes.ts";

export interface WireRequest {
  path: string;
  headBytes: number;
  body: Uint8Array;
}

/** Records every byte the firmware writes, per connection, in order. */
export class WireRecorder {
  readonly #streams = new Map<TCPSocket, Uint8Array[]>();

  /** Replaces host.sockets with ones that record writes; call it before boot() sees the host. */
  attach(host: Host): void {
    const sockets = host.sockets;
    if (!sockets) throw new Error("this host has no sockets");
    const recorded: Sockets = { TCP: this.#wrap(sockets.TCP), Listener: sockets.Listener };
    if (sockets.TLS) recorded.TLS = this.#wrap(sockets.TLS);
    host.sockets = recorded;
  }

  /** Every request written so far, parsed back from the bytes (content-length bodies). */
  requests(): WireRequest[] {
    const out: WireRequest[] = [];
    for (const chunks of this.#streams.values()) {
      const bytes = concatBytes(chunks);
      let at = 0;
      while (at < bytes.length) {
        const headEnd = indexOfHeadEnd(bytes, at);
        if (headEnd < 0) throw new Error("a request head was cut short");
        const head = latin1(bytes.subarray(at, headEnd));
        const path = head.split(" ", 2)[1] ?? "";
        const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? "0");
        out.push({ path, headBytes: headEnd - at, body: bytes.subarray(headEnd, headEnd + length) });
        at = headEnd + length;
      }
    }
    return out;
  }

  #wrap(Socket: TCPConstructor): TCPConstructor {
    const streams = this.#streams;
    // A constructor may hand back another object: the firmware then holds the real socket, whose
    // write() also keeps a copy of what it sends.
    class Recording {
      constructor(options: TCPOptions) {
        const socket = new Socket(options);
        const chunks: Uint8Array[] = [];
        streams.set(socket, chunks);
        const write = socket.write.bind(socket);
        socket.write = (buffer) => {
          const view = ArrayBuffer.isView(buffer)
            ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
            : new Uint8Array(buffer);
          chunks.push(view.slice());
          write(buffer);
        };
        return socket;
      }
    }
    return Recording as unknown as TCPConstructor;
  }
}

function indexOfHeadEnd(bytes: Uint8Array, from: number): number {
  for (let i = from; i + 3 < bytes.length; i++) {
    if (bytes[i] === 13 && bytes[i + 1] === 10 && bytes[i + 2] === 13 && bytes[i + 3] === 10) return i + 4;
  }
  return -1;
}

function latin1(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

const immediate = () => new Promise<void>((resolve) => setImmediate(resolve));

/** True while a sync round or a config fetch has a call on the wire. */
function busy(machine: Machine): boolean {
  return machine.sync?.state.syncing === true || machine.cloudConfig.fetching;
}

/** Yields to the real event loop until no call is in flight. */
export async function settle(machine: Machine): Promise<void> {
  for (let quiet = 0; quiet < 3; ) {
    await immediate();
    quiet = busy(machine) ? 0 : quiet + 1;
  }
}

/** Runs virtual time timer by timer, letting each call finish on the real sockets before going on. */
export async function runVirtual(device: SimulatedDevice<Machine>, ms: number): Promise<void> {
  const world = device.clock as VirtualClock;
  const until = world.monotonic() + ms;
  while (world.runNext(until)) if (busy(device.machine)) await settle(device.machine);
  world.advanceTo(until);
  await settle(device.machine);
}
