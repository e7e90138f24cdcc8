// The station interface as the firmware sees it, with the switches a test flips.

import type { Wifi } from "../../src/host.ts";

export interface SimWifiOptions {
  connected?: boolean;
  /** dBm while associated. */
  rssi?: number;
}

export class SimWifi implements Wifi {
  #connected: boolean;
  #rssi: number;

  constructor(options: SimWifiOptions = {}) {
    this.#connected = options.connected ?? true;
    this.#rssi = options.rssi ?? -60;
  }

  get connected(): boolean {
    return this.#connected;
  }

  rssi(): number | undefined {
    return this.#connected ? this.#rssi : undefined;
  }

  up(rssi?: number): void {
    if (rssi !== undefined) this.setRssi(rssi);
    this.#connected = true;
  }

  down(): void {
    this.#connected = false;
  }

  setRssi(dBm: number): void {
    this.#rssi = dBm;
  }
}
