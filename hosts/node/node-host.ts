// The simulated ESP32 as a Host on Node: the portable simulation core, with flash and key-value
// kept in files under one directory, real or virtual time, and a console log.

import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Clock, Host, Log, Sleep, Timers } from "../../src/host.ts";
import { SimBoard } from "../sim/board.ts";
import { VirtualClock } from "../sim/clock.ts";
import type { SimFlash } from "../sim/flash.ts";
import type { MemoryKeyValue } from "../sim/key-value.ts";
import { createMemoryHost } from "../sim/memory-host.ts";
import { openFileFlash } from "./file-flash.ts";
import { openFileKeyValue } from "./file-key-value.ts";
import { RealClock } from "./real-clock.ts";
import { NodeSockets } from "./sockets.ts";
import { errorStack } from "../../src/error-message.ts";

export const PLATFORM = "esp32-sim (node)";

export interface NodeHostOptions {
  /** Holds flash.bin (the capture partition) and kv.json (NVS). Created if missing. */
  dir: string;
  /** Virtual time that the caller advances, instead of real time. */
  virtual?: boolean;
  /** Wall time at monotonic 0. Virtual clocks default to 0, as an ESP32 before SNTP; real ones follow the system. */
  wall?: number;
  /** Defaults to printing info and above on stderr. */
  log?: Log;
  flashSize?: number;
  cutPowerDuringErase?: boolean;
  /** What host.restart() does; without it, restart() throws. */
  restart?: () => void;
}

export interface NodeHost<C extends Clock & Timers> {
  host: Host;
  board: SimBoard;
  clock: C;
  flash: SimFlash;
  kv: MemoryKeyValue;
  /** The host's sockets on loopback, down whenever the board's Wi-Fi is. */
  sockets: NodeSockets;
  /** Stops the board's scripts, closes every socket and, in real time, stops every timer. */
  close(): void;
}

export function createNodeHost(options: NodeHostOptions & { virtual: true }): NodeHost<VirtualClock>;
export function createNodeHost(options: NodeHostOptions): NodeHost<VirtualClock | RealClock>;
export function createNodeHost(options: NodeHostOptions): NodeHost<VirtualClock | RealClock> {
  const log = options.log ?? consoleLog;
  const clock = createClock(options, log);
  const board = new SimBoard({ clock });
  const parts = openHostFiles({ ...options, clock, board, log });
  return {
    ...parts,
    board,
    clock,
    close() {
      parts.sockets.close();
      board.close();
      if (clock instanceof RealClock) clock.close();
    },
  };
}

export function createClock(options: { virtual?: boolean; wall?: number }, log: Log): VirtualClock | RealClock {
  const onError = (error: unknown) => log("error", `timer callback threw: ${errorStack(error)}`);
  if (options.virtual) return new VirtualClock({ wall: options.wall ?? 0 });
  return new RealClock({ ...(options.wall !== undefined && { wall: options.wall }), onError });
}

export interface HostFilesOptions {
  dir: string;
  /** The clock the firmware sees. */
  clock: Clock & Timers;
  board: SimBoard;
  log: Log;
  flashSize?: number;
  cutPowerDuringErase?: boolean;
  restart?: () => void;
  sleep?: Sleep;
}

/** Opens the flash and key-value files in `dir` and builds a Host over them, with sockets of its own
 *  that follow the board's Wi-Fi; closing them is the caller's part of powering off. */
export function openHostFiles(options: HostFilesOptions): { host: Host; flash: SimFlash; kv: MemoryKeyValue; sockets: NodeSockets } {
  mkdirSync(options.dir, { recursive: true });
  const flash = openFileFlash({
    path: join(options.dir, "flash.bin"),
    ...(options.flashSize !== undefined && { size: options.flashSize }),
    ...(options.cutPowerDuringErase !== undefined && { cutPowerDuringErase: options.cutPowerDuringErase }),
  });
  const kv = openFileKeyValue({ path: join(options.dir, "kv.json") });
  const sockets = new NodeSockets({ wifi: options.board.wifi });
  const host = createMemoryHost({
    clock: options.clock,
    board: options.board,
    flash,
    kv,
    log: options.log,
    ...(options.restart && { restart: options.restart }),
    ...(options.sleep && { sleep: options.sleep }),
    randomBytes: (count) => new Uint8Array(randomBytes(count)),
    sockets,
    platform: PLATFORM,
  });
  return { host, flash, kv, sockets };
}

export const consoleLog: Log = (level, message) => {
  if (level !== "debug") console.error(`[${level}] ${message}`);
};
