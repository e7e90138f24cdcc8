// The board's Wi-Fi station. With `station` settings ({ssid, password}) the radio stays off until the
// firmware asks (deep-sleep mode brings it up only to sync), and the first association of a boot
// whose clock was never set asks SNTP for the time. Without them the station is whatever the build's
// setup brought up, and connect() and disconnect() do nothing. Moddable's Net reports no IP address
// while the station is not associated (network.md), which makes it the connection test as well as
// the source of the RSSI.
import WiFi from "embedded:network/interface/wifi";
import Net from "net";
import SNTP from "sntp";
import Time from "time";
import type { Wifi } from "../../src/host.ts";
import { WALL_CLOCK_VALID_FROM } from "../../src/data/collector.ts";

export interface StationOptions {
  ssid: string;
  password?: string;
  /** Host name of the time server asked after the first association, while the clock is unset. */
  sntp?: string;
}

export class StationWifi implements Wifi {
  readonly #options: StationOptions | undefined;
  #station: WiFi | undefined;

  constructor(options?: StationOptions) {
    this.#options = options;
  }

  get connected(): boolean {
    return Net.get("IP") !== undefined;
  }

  rssi(): number | undefined {
    return Net.get("IP") === undefined ? undefined : Net.get("RSSI");
  }

  connect(): void {
    const options = this.#options;
    if (options === undefined || this.#station !== undefined) return;
    const sntp = options.sntp;
    const station: WiFi = new WiFi({
      onChanged(property) {
        if (property !== "address" || station.address === undefined || sntp === undefined || Date.now() >= WALL_CLOCK_VALID_FROM) return;
        new SNTP({ host: sntp }, (event, value) => {
          if (event === SNTP.time && value !== undefined) Time.set(value);
        });
      },
    });
    station.connect(options.password === undefined ? { SSID: options.ssid } : { SSID: options.ssid, password: options.password });
    this.#station = station;
  }

  disconnect(): void {
    const station = this.#station;
    if (station === undefined) return;
    this.#station = undefined;
    station.disconnect();
    station.close();
  }
}
