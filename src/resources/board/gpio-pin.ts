// A GPIO from the board's `pins` list. It is opened on first use, as an input for a read and as an
// output for a write, because Viam configs list pins that double as analog inputs (e.g. 34 in both
// `pins` and `analogs`) and the IO layer lets only one driver hold a pin at a time.
import type { Bit, Digital, DigitalConstructor } from "../../host.ts";

export class GpioPin {
  readonly pin: number;
  #Digital: DigitalConstructor;
  #digital?: Digital;
  #output = false;
  #level: Bit = 0;

  constructor(options: { pin: number; Digital: DigitalConstructor }) {
    this.pin = options.pin;
    this.#Digital = options.Digital;
  }

  /** An output reports the level last written: reading back a pin in output mode is not reliable on ESP32. */
  read(): boolean {
    if (this.#output) return this.#level === 1;
    this.#digital ??= new this.#Digital({ pin: this.pin, mode: this.#Digital.Input });
    return this.#digital.read() === 1;
  }

  write(high: boolean): void {
    let digital = this.#output ? this.#digital : undefined;
    if (digital === undefined) {
      this.close();
      digital = new this.#Digital({ pin: this.pin, mode: this.#Digital.Output });
      this.#digital = digital;
      this.#output = true;
    }
    this.#level = high ? 1 : 0;
    digital.write(this.#level);
  }

  close(): void {
    this.#digital?.close();
    this.#digital = undefined;
    this.#output = false;
  }
}
