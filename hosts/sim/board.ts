// The simulated ESP32 board: the world around the firmware (signals on analog pins, levels on
// digital inputs, chips on I2C buses, Wi-Fi) and the ECMA-419 classes through which the firmware
// sees it. The board outlives firmware restarts; a reset only closes the handles the firmware held.

import type { Bit, Clock, Device, TimerId, Timers } from "../../src/host.ts";
import { analogClass } from "./analog.ts";
import { digitalClass, type SimDigitalInput } from "./digital.ts";
import { i2cClass, SimI2CBus } from "./i2c.ts";
import { pwmClass, type PwmOutput } from "./pwm.ts";
import { checkGpio, PinRegistry } from "./pins.ts";
import type { Signal } from "./signals.ts";
import { SimWifi, type SimWifiOptions } from "./wifi.ts";

export interface SimBoardOptions {
  clock: Clock & Timers;
  wifi?: SimWifiOptions;
}

export class SimBoard {
  readonly device: Device;
  readonly wifi: SimWifi;
  readonly #clock: Clock & Timers;
  readonly #pins = new PinRegistry();
  readonly #signals = new Map<number, Signal>();
  readonly #levels = new Map<number, Bit>();
  readonly #inputs = new Map<number, SimDigitalInput>();
  readonly #writes = new Map<number, Array<[number, Bit]>>();
  readonly #buses = new Map<number, SimI2CBus>();
  readonly #scripts = new Map<number, TimerId>();
  readonly #pwm = new Map<number, PwmOutput>();

  constructor(options: SimBoardOptions) {
    const clock = options.clock;
    this.#clock = clock;
    this.wifi = new SimWifi(options.wifi, clock);
    const pins = this.#pins;
    this.device = {
      io: {
        Analog: analogClass({ clock, pins, signal: (pin) => this.#signals.get(pin) }),
        Digital: digitalClass({
          clock,
          pins,
          level: (pin) => this.#levels.get(pin),
          record: (pin, value) => this.record(pin, value),
          listen: (pin, input) => {
            if (input) this.#inputs.set(pin, input);
            else this.#inputs.delete(pin);
          },
        }),
        I2C: i2cClass((port) => this.i2c(port)),
        PWM: pwmClass({ pins, outputs: this.#pwm }),
      },
      i2c: { data: 21, clock: 22 },
    };
  }

  /** Puts a signal on an analog pin; reads sample it at the clock's monotonic time. */
  analog(pin: number, signal: Signal): void {
    checkGpio(pin);
    this.#signals.set(pin, signal);
  }

  /** Drives a digital input to `level` now, firing onReadable if that is a configured edge. */
  digitalIn(pin: number, level: Bit): void {
    checkGpio(pin);
    if (level !== 0 && level !== 1) throw new RangeError(`level must be 0 or 1, got ${String(level)}`);
    const input = this.#inputs.get(pin);
    const before = input?.read();
    this.#levels.set(pin, level);
    if (input && before !== undefined && before !== level) input.changed(before, level);
  }

  /**
   * Applies levels at the given monotonic times of the board's clock as time passes; a row whose
   * time has already passed applies on the next timer turn. Replaces any script on the pin.
   */
  scriptDigital(pin: number, rows: ReadonlyArray<readonly [number, Bit]>): void {
    checkGpio(pin);
    this.stopScript(pin);
    const queue = [...rows];
    for (let i = 1; i < queue.length; i++) {
      if (queue[i]![0] < queue[i - 1]![0]) throw new RangeError(`script rows for GPIO ${pin} must be in time order`);
    }
    const next = () => {
      const row = queue.shift();
      if (!row) {
        this.#scripts.delete(pin);
        return;
      }
      this.#scripts.set(
        pin,
        this.#clock.set(() => {
          this.digitalIn(pin, row[1]);
          next();
        }, Math.max(0, row[0] - this.#clock.monotonic())),
      );
    };
    next();
  }

  /** Toggles a digital input every half period, rising first after half a period: a square wave
   *  that costs one timer however long it runs (a script of rows holds every row at once). Replaces
   *  any script on the pin. */
  squareWave(pin: number, periodMs: number): void {
    checkGpio(pin);
    this.stopScript(pin);
    let level: Bit = 0;
    const toggle = () => {
      level = level === 1 ? 0 : 1;
      this.digitalIn(pin, level);
    };
    this.#scripts.set(pin, this.#clock.repeat(toggle, periodMs / 2));
  }

  /** Every value written to an output pin, with the monotonic time of the write. */
  writes(pin: number): Array<[number, Bit]> {
    return (this.#writes.get(pin) ?? []).map(([t, v]) => [t, v]);
  }

  /** The I2C bus on `port` (0 unless the firmware picks another). */
  i2c(port = 0): SimI2CBus {
    let bus = this.#buses.get(port);
    if (!bus) this.#buses.set(port, (bus = new SimI2CBus()));
    return bus;
  }

  /** Pins the firmware has open. */
  get openPins(): number[] {
    return this.#pins.open;
  }

  /** What the PWM output open on `pin` drives, if one is open. */
  pwm(pin: number): PwmOutput | undefined {
    const output = this.#pwm.get(pin);
    return output && { ...output };
  }

  /** A chip reset: every Analog and Digital the firmware held is closed and the radio goes off; the
   *  world stays as it is. */
  reset(): void {
    this.#pins.closeAll();
    this.wifi.disconnect();
  }

  /** Stops the digital scripts and closes every pin handle. */
  close(): void {
    for (const pin of [...this.#scripts.keys()]) this.stopScript(pin);
    this.reset();
  }

  private record(pin: number, value: Bit): void {
    let list = this.#writes.get(pin);
    if (!list) this.#writes.set(pin, (list = []));
    list.push([this.#clock.monotonic(), value]);
  }

  private stopScript(pin: number): void {
    const id = this.#scripts.get(pin);
    if (id !== undefined) this.#clock.clear(id);
    this.#scripts.delete(pin);
  }
}
