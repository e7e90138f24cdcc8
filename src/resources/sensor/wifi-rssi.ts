// Sensor model `wifi-rssi`: the signal strength of the access point the board is associated with.
import type { Wifi } from "../../host.ts";
import type { CaptureRead, ResourceName } from "../resource.ts";
import { ResourceConfigError } from "../resource.ts";
import type { Model } from "../model.ts";
import type { Readings, Sensor } from "./sensor.ts";
import { readingsCapture } from "./sensor.ts";
import { frozen } from "../../frozen.ts";

export class WifiRssiSensor implements Sensor {
  readonly name: ResourceName;
  get model(): string {
    return "wifi-rssi";
  }
  #wifi: Wifi;

  constructor(options: { name: ResourceName; wifi: Wifi }) {
    this.name = options.name;
    this.#wifi = options.wifi;
  }

  /** Throws while the station is not associated: there is no signal to report, and a made-up value would pollute the data. */
  readings(): Readings {
    const rssi = this.#wifi.rssi();
    if (rssi === undefined) throw new Error("Wi-Fi is not associated");
    return { rssi };
  }

  captureReader(method: string): CaptureRead {
    return readingsCapture(this, method);
  }

  close(): void {}
}

export const wifiRssiSensor: Model = frozen({
  create(context) {
    const wifi = context.host.wifi;
    if (!wifi) throw new ResourceConfigError("this host has no Wi-Fi");
    return new WifiRssiSensor({ name: context.name, wifi });
  },
});
