// Sensor model `sync-condition`: the selective syncer a board without modules can use. Its readings
// say `should_sync: true` only inside a daily time window, only while the Wi-Fi signal is at least
// `min_rssi_dbm`, or only when both hold; the data manager's `selective_syncer_name` names it. It
// reads the clock and the current association only, so asking it never brings the radio up. A
// deep-sleep wake asks its two parts apart (src/sleep/sync-gate.ts): the window before the radio is
// up, the signal once it has associated.
//
// Attributes: `window` {"start": "HH:MM", "end": "HH:MM"} in local time with `utc_offset_mins` (0);
// a window whose end is before its start runs past midnight. `min_rssi_dbm`. At least one is needed.
// Until SNTP has set the wall clock the time of day is unknown, so a window never holds then.
import type { Clock, Wifi } from "../../host.ts";
import type { CaptureRead, ResourceName } from "../resource.ts";
import { ResourceConfigError } from "../resource.ts";
import type { Model } from "../model.ts";
import type { Readings, Sensor } from "./sensor.ts";
import { readingsCapture } from "./sensor.ts";
import { WALL_CLOCK_VALID_FROM } from "../../data/collector.ts";
import { frozen } from "../../frozen.ts";

const DAY_MINUTES = 1440;

export interface SyncConditionOptions {
  name: ResourceName;
  clock: Clock;
  wifi?: Wifi;
  /** Minutes after local midnight; `end` is exclusive. */
  window?: { start: number; end: number; utcOffsetMins: number };
  minRssiDbm?: number;
}

export class SyncConditionSensor implements Sensor {
  readonly name: ResourceName;
  get model(): string {
    return "sync-condition";
  }
  readonly #options: SyncConditionOptions;

  constructor(options: SyncConditionOptions) {
    this.name = options.name;
    this.#options = options;
  }

  readings(): Readings {
    const readings: Readings = {};
    let shouldSync = true;
    const inWindow = this.inWindow();
    if (inWindow !== undefined) {
      readings.in_window = inWindow;
      shouldSync &&= inWindow;
    }
    const signal = this.signal();
    if (signal !== undefined) {
      readings.rssi_dbm = signal.rssiDbm ?? null;
      shouldSync &&= signal.strong;
    }
    readings.should_sync = shouldSync;
    return readings;
  }

  /** Whether the time of day is inside the window; undefined without a window. */
  inWindow(): boolean | undefined {
    const { window, clock } = this.#options;
    if (!window) return undefined;
    const wall = clock.wall();
    return wall >= WALL_CLOCK_VALID_FROM && within(localMinute(wall, window.utcOffsetMins), window.start, window.end);
  }

  /** The signal now and whether it reaches min_rssi_dbm (never while not associated); undefined
   *  without min_rssi_dbm. */
  signal(): { rssiDbm: number | undefined; minDbm: number; strong: boolean } | undefined {
    const { minRssiDbm, wifi } = this.#options;
    if (minRssiDbm === undefined) return undefined;
    const rssiDbm = wifi?.connected ? wifi.rssi() : undefined;
    return { rssiDbm, minDbm: minRssiDbm, strong: rssiDbm !== undefined && rssiDbm >= minRssiDbm };
  }

  captureReader(method: string): CaptureRead {
    return readingsCapture(this, method);
  }

  close(): void {}
}

function localMinute(wallMs: number, utcOffsetMins: number): number {
  const minute = Math.floor(wallMs / 60_000) + utcOffsetMins;
  return ((minute % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
}

function within(minute: number, start: number, end: number): boolean {
  return start <= end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** "HH:MM" → minutes after midnight. */
function parseTime(text: unknown, path: string): number {
  const match = typeof text === "string" ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text) : null;
  if (!match) throw new ResourceConfigError('must be a time of day such as "08:30"', path);
  return Number(match[1]) * 60 + Number(match[2]);
}

export const syncConditionSensor: Model = frozen({
  create(context) {
    const attributes = context.attributes;
    const options: SyncConditionOptions = { name: context.name, clock: context.host.clock };
    const window = attributes.optionalObject("window");
    if (window) {
      const start = parseTime(window.values.start, window.pathOf("start"));
      const end = parseTime(window.values.end, window.pathOf("end"));
      if (start === end) window.fail("end", "must differ from start");
      const utcOffsetMins = attributes.optionalInteger("utc_offset_mins", { min: -720, max: 840 }) ?? 0;
      options.window = { start, end, utcOffsetMins };
    }
    const minRssiDbm = attributes.optionalNumber("min_rssi_dbm");
    if (minRssiDbm !== undefined) {
      if (!context.host.wifi) attributes.fail("min_rssi_dbm", "this host has no Wi-Fi");
      options.minRssiDbm = minRssiDbm;
      options.wifi = context.host.wifi;
    }
    if (!window && minRssiDbm === undefined) attributes.fail("window", "a window, a min_rssi_dbm, or both are needed");
    return new SyncConditionSensor(options);
  },
});
