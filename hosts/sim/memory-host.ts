// A complete Host made of simulated parts, with nothing outside ECMAScript: the XS harness bundles
// it, and Node tests use it when no files are wanted.

import type { Clock, Flash, Host, KeyValue, Log, Sleep, Sockets, Timers } from "../../src/host.ts";
import type { SimBoard } from "./board.ts";
import { SimFlash, SimFlashStorage } from "./flash.ts";

export interface MemoryHostOptions {
  clock: Clock & Timers;
  board: SimBoard;
  /** A SimFlash is served as the "capture" partition. */
  flash: SimFlash | Flash;
  kv: KeyValue;
  /** Defaults to discarding messages. */
  log?: Log;
  /** What host.restart() does; without it, restart() throws, since nothing could boot again. */
  restart?: () => void;
  randomBytes?: (count: number) => Uint8Array;
  /** What host.freeHeapBytes() answers; without it the host cannot tell. */
  freeHeapBytes?: () => number;
  /** Networking, where the embedding runtime has it (hosts/node gives one NodeSockets per boot). */
  sockets?: Sockets;
  platform?: string;
  /** Deep sleep, for a board that has it (hosts/sim/deep-sleep.ts gives one per boot). */
  sleep?: Sleep;
}

export function createMemoryHost(options: MemoryHostOptions): Host {
  const { clock, board } = options;
  const flash =
    options.flash instanceof SimFlash ? new SimFlashStorage({ partitions: { capture: options.flash } }) : options.flash;
  const restart = options.restart;
  const host: Host = {
    device: board.device,
    flash,
    keyValue: options.kv,
    clock,
    timers: clock,
    log: options.log ?? (() => {}),
    wifi: board.wifi,
    restart() {
      if (!restart) throw new Error("this host has no way to restart");
      restart();
    },
    platform: options.platform ?? "sim",
  };
  if (options.randomBytes) host.randomBytes = options.randomBytes;
  if (options.freeHeapBytes) host.freeHeapBytes = options.freeHeapBytes;
  if (options.sockets) host.sockets = options.sockets;
  if (options.sleep) host.sleep = options.sleep;
  return host;
}
