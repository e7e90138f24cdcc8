// The station interface as the firmware sees it, with the switches a test flips. `up()`/`down()` put
// the access point in reach or out of it. By default the radio is always on, as when Moddable's
// setup brings Wi-Fi up before the firmware starts; `onDemand` keeps it off until the firmware calls
// connect(), and then associating takes `associateMs` and may fail (`associates`), as it does on a
// board that wakes from deep sleep. The radio's sessions and its time on are counted either way.

import type { Clock, TimerId, Timers, Wifi } from "../../src/host.ts";

export interface SimWifiOptions {
  /** Whether the access point is in reach. Default true. */
  connected?: boolean;
  /** dBm while associated. */
  rssi?: number;
  /** The radio stays off until the firmware asks. */
  onDemand?: boolean;
  /** Ms from connect() to associated (on demand). Default 1,500. */
  associateMs?: number;
  /** Asked at each connect() (on demand): false means this attempt never associates. */
  associates?: () => boolean;
}

export class SimWifi implements Wifi {
  readonly onDemand: boolean;
  /** connect() calls, and ms the radio was on over all of them (on demand). */
  sessions = 0;
  #radioMs = 0;
  #inReach: boolean;
  #rssi: number;
  readonly #clock: (Clock & Timers) | undefined;
  readonly #associateMs: number;
  readonly #associates: (() => boolean) | undefined;
  #radioOnAt: number | undefined;
  #associated = false;
  #pending: TimerId | undefined;

  constructor(options: SimWifiOptions = {}, clock?: Clock & Timers) {
    this.#inReach = options.connected ?? true;
    this.#rssi = options.rssi ?? -60;
    this.onDemand = options.onDemand ?? false;
    this.#associateMs = options.associateMs ?? 1_500;
    this.#associates = options.associates;
    this.#clock = clock;
    if (this.onDemand && clock === undefined) throw new Error("an on-demand radio needs the board's clock");
  }

  get connected(): boolean {
    return this.#inReach && (!this.onDemand || this.#associated);
  }

  /** Whether the radio is on now (always, unless on demand). */
  get radioOn(): boolean {
    return !this.onDemand || this.#radioOnAt !== undefined;
  }

  /** Ms the radio has been on, on demand, the session under way included. */
  get radioMs(): number {
    const open = this.#radioOnAt === undefined ? 0 : this.#clock!.monotonic() - this.#radioOnAt;
    return this.#radioMs + open;
  }

  rssi(): number | undefined {
    return this.connected ? this.#rssi : undefined;
  }

  connect(): void {
    if (!this.onDemand || this.#radioOnAt !== undefined) return;
    const clock = this.#clock!;
    this.sessions++;
    this.#radioOnAt = clock.monotonic();
    if (this.#associates?.() === false) return;
    this.#pending = clock.set(() => {
      this.#pending = undefined;
      this.#associated = true;
    }, this.#associateMs);
  }

  disconnect(): void {
    if (!this.onDemand || this.#radioOnAt === undefined) return;
    const clock = this.#clock!;
    if (this.#pending !== undefined) clock.clear(this.#pending);
    this.#pending = undefined;
    this.#radioMs += clock.monotonic() - this.#radioOnAt;
    this.#radioOnAt = undefined;
    this.#associated = false;
  }

  up(rssi?: number): void {
    if (rssi !== undefined) this.setRssi(rssi);
    this.#inReach = true;
  }

  down(): void {
    this.#inReach = false;
  }

  setRssi(dBm: number): void {
    this.#rssi = dBm;
  }
}
