// What a deep-sleep wake leaves for the next one, in the host's retained area (RTC slow memory on
// the ESP32), which survives deep sleep and nothing else. Everything else a wake needs is in flash
// (the rings) or NVS (the cached config and the boot epoch). A retained area that is missing (any
// boot but a timer wake) or unreadable means a new boot: a new epoch, as for any reboot.
import type { Host } from "../host.ts";
import { utf8Length } from "../data/utf8.ts";

/** The most the firmware keeps in the retained area; every host with Sleep gives at least this. */
export const RETAINED_BYTES = 1024;

export interface SleepState {
  /** The boot epoch these wakes share. */
  epoch: number;
  /** Wall ms at the previous wake's capture: collectors due since then are read at this wake. */
  capturedAt: number;
  /** Wakes since power-on, this one included. */
  wakes: number;
  /** Wakes since the last sync that ended well (or since power-on). */
  sinceSync: number;
  /** Wall ms of the oldest reading captured since then; absent when there is none. */
  oldestUnsynced?: number;
  /** Sync wakes that failed in a row, and the wake from which the next may try. */
  failures: number;
  retryAtWake: number;
  /** Wall ms from which the config is due for a fetch. */
  configDueAt: number;
  /** Sync wakes that brought the radio up, ended well or not. */
  radioSessions: number;
  /** Ms the radio was on, over all of them. */
  radioMs: number;
  /** Readings uploaded and acknowledged since power-on. */
  uploaded: number;
  /** Readings captured since power-on, and those dropped because their ring was full. */
  captured: number;
  dropped: number;
  /** Why the last sync wake kept the radio off (conditional sync); absent when it did not. */
  held?: string;
  /** The last sync wake's failure. */
  lastError?: string;
}

export function readSleepState(host: Host): SleepState | undefined {
  const sleep = host.sleep;
  if (sleep === undefined || sleep.wake !== "timer") return undefined;
  const text = sleep.readRetained();
  if (text === undefined) return undefined;
  try {
    const state = JSON.parse(text) as SleepState;
    return Number.isInteger(state.epoch) && Number.isFinite(state.capturedAt) && Number.isInteger(state.wakes) ? state : undefined;
  } catch {
    return undefined;
  }
}

/** Writes `state`, leaving out the messages first when it would not fit. */
export function writeSleepState(host: Host, state: SleepState): void {
  let text = JSON.stringify(state);
  // The area holds UTF-8 bytes, and an error message may hold any character.
  if (utf8Length(text) > RETAINED_BYTES) {
    const { held: _held, lastError: _error, ...rest } = state;
    text = JSON.stringify(rest);
  }
  host.sleep!.writeRetained(text);
}
