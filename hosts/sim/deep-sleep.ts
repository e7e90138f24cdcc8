// Deep sleep on the simulated board: the firmware's RAM is gone (its boot is powered down), flash,
// NVS and the board's world stay, and one retained area survives the sleep, as RTC slow memory does
// on the ESP32. The wake comes from a timer on the world's clock, which runs on while the firmware
// sleeps; each wake then spends `bootMs` booting before the firmware runs again, as the ROM, the
// bootloader and loading the app take on a board. Any other boot (power-on, a cut, a restart) is a
// reset: the retained area is lost.

import type { Clock, Sleep, TimerId, Timers } from "../../src/host.ts";
import { RETAINED_BYTES } from "../../src/sleep/retained-state.ts";

export interface SimDeepSleepOptions {
  /** The world's clock and timers, which run while the firmware sleeps. */
  timers: Timers;
  clock: Clock;
  /** Ms a wake takes to boot before the firmware runs. Default DEFAULT_BOOT_MS. */
  bootMs?: number;
  /** Powers the firmware's boot down without closing anything more (it closed what it meant to). */
  powerDown: () => void;
  /** Boots the firmware again. */
  wakeUp: () => void;
}

/** An ESP32 coming out of deep sleep runs its ROM and bootloader and loads the app again: a few
 *  hundred ms before the firmware's first line. */
export const DEFAULT_BOOT_MS = 300;

export class SimDeepSleep {
  readonly bootMs: number;
  /** Sleeps the firmware asked for, and the ms it asked to sleep in all. */
  sleeps = 0;
  sleptMs = 0;
  readonly #options: SimDeepSleepOptions;
  #retained: string | undefined;
  #byTimer = false;
  #wake: TimerId | undefined;
  #wakeAt: number | undefined;

  constructor(options: SimDeepSleepOptions) {
    this.#options = options;
    this.bootMs = options.bootMs ?? DEFAULT_BOOT_MS;
  }

  /** True from a sleep until its wake. */
  get asleep(): boolean {
    return this.#wake !== undefined;
  }

  /** When the pending wake comes, in the world clock's monotonic ms (its boot time included). */
  get wakeAt(): number | undefined {
    return this.#wake === undefined ? undefined : this.#wakeAt;
  }

  /** The retained area as the last boot left it (tests and the CLI read it while the board sleeps). */
  get retained(): string | undefined {
    return this.#retained;
  }

  /** The Sleep of the boot starting now: a timer wake if a sleep just ended, else a reset. */
  forBoot(): Sleep {
    const wake = this.#byTimer ? "timer" : "reset";
    this.#byTimer = false;
    if (wake === "reset") this.#retained = undefined;
    return {
      wake,
      readRetained: () => this.#retained,
      writeRetained: (text) => {
        if (text.length > RETAINED_BYTES) throw new RangeError(`retained area holds ${RETAINED_BYTES} bytes, asked to keep ${text.length}`);
        this.#retained = text;
      },
      sleep: (ms) => this.#sleep(ms),
    };
  }

  /** A reset while asleep (a power cut, say): the wake never comes. */
  cancel(): void {
    if (this.#wake !== undefined) this.#options.timers.clear(this.#wake);
    this.#wake = undefined;
    this.#byTimer = false;
  }

  #sleep(ms: number): void {
    if (!(ms >= 0) || !Number.isFinite(ms)) throw new RangeError(`sleep needs ms >= 0, got ${ms}`);
    this.sleeps++;
    this.sleptMs += ms;
    this.#options.powerDown();
    this.#wakeAt = this.#options.clock.monotonic() + ms + this.bootMs;
    this.#wake = this.#options.timers.set(() => {
      this.#wake = undefined;
      this.#byTimer = true;
      this.#options.wakeUp();
    }, ms + this.bootMs);
  }
}
