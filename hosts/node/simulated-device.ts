// A whole simulated ESP32 running the firmware: the board and the clock stand for the world and
// last as long as this object; each boot gets a fresh Host over the same flash and key-value
// files, its own monotonic time from 0, its own timers and its own sockets. A restart closes the
// firmware first; a power cut does not, and whatever it had in flight is simply gone (its
// connections are dropped).

import type { Host, Log } from "../../src/host.ts";
import type { ServerLimits } from "../../src/rpc/server/limits.ts";
import { BootClock } from "../sim/boot-clock.ts";
import { SimBoard } from "../sim/board.ts";
import { VirtualClock } from "../sim/clock.ts";
import type { SimFlash } from "../sim/flash.ts";
import { SimDeepSleep } from "../sim/deep-sleep.ts";
import type { SimWifiOptions } from "../sim/wifi.ts";
import type { MemoryKeyValue } from "../sim/key-value.ts";
import { consoleLog, createClock, openHostFiles } from "./node-host.ts";
import { RealClock } from "./real-clock.ts";
import type { NodeSockets } from "./sockets.ts";
import { errorStack } from "../../src/error-message.ts";

export interface BootOptions {
  config: string;
  credentials?: string;
  server?: { port?: number; limits?: Partial<ServerLimits> } | false;
}

/** The firmware entry point, injected so that this file does not depend on src/boot.ts. */
export type BootFunction<M extends { close(): void }> = (host: Host, options: BootOptions) => M;

export interface SimulatedDeviceOptions<M extends { close(): void }> {
  dir: string;
  /** Machine config, as JSON text. */
  config: string;
  /** Credentials file contents, as JSON text. */
  credentials?: string;
  virtual?: boolean;
  wall?: number;
  boot: BootFunction<M>;
  /** The firmware's gRPC server. Default `{port: 0}`: any free loopback port, so that several
   *  simulated boards (and test files) can run at once; `npm start` asks for 12346. */
  server?: { port?: number; limits?: Partial<ServerLimits> } | false;
  /** Wires the world once: signals, scripted levels, I2C devices. The board survives restarts. */
  setup?: (board: SimBoard) => void;
  log?: Log;
  flashSize?: number;
  cutPowerDuringErase?: boolean;
  /** The board's Wi-Fi (on demand for deep sleep, say). */
  wifi?: SimWifiOptions;
  /** Ms each wake from deep sleep spends booting (hosts/sim/deep-sleep.ts). */
  bootMs?: number;
}

interface Running<M> {
  machine: M | undefined;
  host: Host;
  clock: BootClock;
  flash: SimFlash;
  kv: MemoryKeyValue;
  sockets: NodeSockets;
}

export class SimulatedDevice<M extends { close(): void }> {
  readonly board: SimBoard;
  readonly clock: VirtualClock | RealClock;
  /** Deep sleep: the firmware's host has it, and its sleeps, wakes and retained area are here. */
  readonly deepSleep: SimDeepSleep;
  readonly #options: SimulatedDeviceOptions<M>;
  readonly #log: Log;
  #running: Running<M> | undefined;
  #pendingRestart: unknown;
  #boots = 0;
  #closed = false;

  constructor(options: SimulatedDeviceOptions<M>) {
    this.#options = options;
    this.#log = options.log ?? consoleLog;
    this.clock = createClock(options, this.#log);
    this.board = new SimBoard({ clock: this.clock, ...(options.wifi && { wifi: options.wifi }) });
    this.deepSleep = new SimDeepSleep({
      timers: this.clock,
      clock: this.clock,
      ...(options.bootMs !== undefined && { bootMs: options.bootMs }),
      powerDown: () => this.#powerOff(),
      wakeUp: () => this.start(),
    });
    options.setup?.(this.board);
  }

  /** The running firmware. */
  get machine(): M {
    const machine = this.#running?.machine;
    if (!machine) throw new Error("the simulated device is not running");
    return machine;
  }

  /** The Host of the current boot. */
  get host(): Host {
    if (!this.#running) throw new Error("the simulated device is not running");
    return this.#running.host;
  }

  /** The sockets of the current boot: a test's leak check (openCount). */
  get sockets(): NodeSockets {
    if (!this.#running) throw new Error("the simulated device is not running");
    return this.#running.sockets;
  }

  /** The capture partition of the current boot; arm power cuts or flip bits on it. */
  get flash(): SimFlash {
    if (!this.#running) throw new Error("the simulated device is not running");
    return this.#running.flash;
  }

  get kv(): MemoryKeyValue {
    if (!this.#running) throw new Error("the simulated device is not running");
    return this.#running.kv;
  }

  /** Boots so far, counting the first. */
  get boots(): number {
    return this.#boots;
  }

  get running(): boolean {
    return this.#running?.machine !== undefined;
  }

  /** Moves virtual time forward; only for a device made with `virtual: true`. */
  advance(ms: number): void {
    if (!(this.clock instanceof VirtualClock)) throw new Error("advance() needs a device in virtual time");
    this.clock.advance(ms);
  }

  /** Powers on and boots. A boot that throws leaves the device off and rethrows. */
  start(): M {
    if (this.#closed) throw new Error("the simulated device is closed");
    if (this.#running) throw new Error("the simulated device is already running");
    const clock = new BootClock({ clock: this.clock });
    const { host, flash, kv, sockets } = openHostFiles({
      dir: this.#options.dir,
      clock,
      board: this.board,
      log: this.#log,
      ...(this.#options.flashSize !== undefined && { flashSize: this.#options.flashSize }),
      ...(this.#options.cutPowerDuringErase !== undefined && { cutPowerDuringErase: this.#options.cutPowerDuringErase }),
      restart: () => this.#requestRestart(),
      sleep: this.deepSleep.forBoot(),
    });
    const running: Running<M> = { machine: undefined, host, clock, flash, kv, sockets };
    this.#running = running;
    this.#boots++;
    const { config, credentials, server = { port: 0 } } = this.#options;
    try {
      running.machine = this.#options.boot(host, { config, server, ...(credentials !== undefined && { credentials }) });
    } catch (error) {
      this.#powerOff();
      throw error;
    }
    return running.machine;
  }

  /** Closes the firmware, then boots it again over the same files. What host.restart() does. */
  restart(): M {
    this.#shutDown();
    this.deepSleep.cancel();
    return this.start();
  }

  /** Loses power without closing anything, then boots again from whatever the files hold. A
   *  sleeping board loses its pending wake too. */
  powerCut(): M {
    this.#powerOff();
    this.deepSleep.cancel();
    return this.start();
  }

  /** Closes the firmware and stops the world (scripts and, in real time, every timer). */
  close(): void {
    if (this.#closed) return;
    this.#shutDown();
    this.deepSleep.cancel();
    this.#closed = true;
    this.board.close();
    if (this.clock instanceof RealClock) this.clock.close();
  }

  #shutDown(): void {
    const machine = this.#running?.machine;
    if (machine) {
      try {
        machine.close();
      } catch (error) {
        this.#log("error", `machine.close() threw during restart: ${errorStack(error)}`);
      }
    }
    this.#powerOff();
  }

  #powerOff(): void {
    this.#cancelPendingRestart();
    const running = this.#running;
    if (!running) return;
    this.#running = undefined;
    running.clock.close();
    // Connections die with the board; the peer sees them drop.
    running.sockets.close();
    running.flash.powerOff();
    running.kv.close();
    this.board.reset();
  }

  // esp_restart() never returns, but a JavaScript call must: the reboot happens on the next timer
  // turn of the world clock, after the caller has unwound.
  #requestRestart(): void {
    if (this.#pendingRestart !== undefined) return;
    this.#pendingRestart = this.clock.set(() => {
      this.#pendingRestart = undefined;
      this.restart();
    }, 0);
  }

  #cancelPendingRestart(): void {
    if (this.#pendingRestart === undefined) return;
    this.clock.clear(this.#pendingRestart);
    this.#pendingRestart = undefined;
  }
}
