// A simulated TI INA219 or INA226 at the register level: a register pointer set by the first byte
// of every write, 16-bit big-endian registers, and the chip's own arithmetic. The test sets the true
// bus voltage and load current; the chip measures the drop across its (physical) shunt with its ADC
// resolution and range, and computes the current and power registers from the calibration register
// exactly as the datasheets' equations do, so a driver's calibration mistakes show up as they would
// on hardware.

import type { SimI2CDevice } from "../i2c-device.ts";

export type InaVariant = "ina219" | "ina226";

export interface SimInaOptions {
  variant: InaVariant;
  /** The real shunt on the board, Ω (default 0.1). */
  shuntOhms?: number;
  busVolts?: number;
  amperes?: number;
}

interface Variant {
  shuntLsb: number;
  busLsb: number;
  busShift: number;
  currentDivisor: number;
  powerDivisor: number;
  configurationReset: number;
  calibrationMask: number;
  /** Registers beyond 0x00–0x05 and their reset values. */
  extra: Map<number, number>;
}

const VARIANTS: Record<InaVariant, Variant> = {
  // SBOS448: shunt 10 µV, bus 4 mV in bits 15–3, Current = Shunt × CAL / 4096, Power = Current × Bus / 5000.
  ina219: {
    shuntLsb: 10e-6,
    busLsb: 4e-3,
    busShift: 3,
    currentDivisor: 4096,
    powerDivisor: 5000,
    configurationReset: 0x399f,
    calibrationMask: 0xfffe,
    extra: new Map(),
  },
  // SBOS547: shunt 2.5 µV, bus 1.25 mV, Current = Shunt × CAL / 2048, Power = Current × Bus / 20000.
  ina226: {
    shuntLsb: 2.5e-6,
    busLsb: 1.25e-3,
    busShift: 0,
    currentDivisor: 2048,
    powerDivisor: 20000,
    configurationReset: 0x4127,
    calibrationMask: 0x7fff,
    extra: new Map([
      [0x06, 0x0000], // mask/enable
      [0x07, 0x0000], // alert limit
      [0xfe, 0x5449], // manufacturer ID
      [0xff, 0x2260], // die ID
    ]),
  },
};

export class SimIna implements SimI2CDevice {
  readonly variant: InaVariant;
  shuntOhms: number;
  busVolts: number;
  amperes: number;
  /** Every register write, as [register, value]. */
  readonly writes: Array<[number, number]> = [];
  readonly #spec: Variant;
  readonly #registers = new Map<number, number>();
  #pointer = 0;

  constructor(options: SimInaOptions) {
    this.variant = options.variant;
    this.#spec = VARIANTS[options.variant];
    this.shuntOhms = options.shuntOhms ?? 0.1;
    this.busVolts = options.busVolts ?? 0;
    this.amperes = options.amperes ?? 0;
    this.#registers.set(0x00, this.#spec.configurationReset);
    this.#registers.set(0x05, 0);
    for (const [register, value] of this.#spec.extra) this.#registers.set(register, value);
  }

  get calibration(): number {
    return this.#registers.get(0x05)!;
  }

  write(bytes: Uint8Array, _stop: boolean): void {
    if (bytes.length !== 1 && bytes.length !== 3) throw new Error(`${this.variant}: NAK (a write is a pointer byte, optionally with one 16-bit word)`);
    const register = bytes[0]!;
    if (!this.#registers.has(register) && (register < 0x01 || register > 0x04)) throw new Error(`${this.variant}: NAK (no register 0x${register.toString(16)})`);
    this.#pointer = register;
    if (bytes.length === 1) return;
    const value = (bytes[1]! << 8) | bytes[2]!;
    this.writes.push([register, value]);
    if (register === 0x00 && value & 0x8000) {
      this.#registers.set(0x00, this.#spec.configurationReset);
      this.#registers.set(0x05, 0);
      return;
    }
    if (register === 0x05) this.#registers.set(0x05, value & this.#spec.calibrationMask);
    else if (register === 0x00 || register === 0x06 || register === 0x07) this.#registers.set(register, value);
    else throw new Error(`${this.variant}: NAK (register 0x${register.toString(16)} is read-only)`);
  }

  read(count: number): Uint8Array {
    const value = this.#read(this.#pointer);
    const out = new Uint8Array(count).fill(0xff);
    out.set([value >> 8, value & 0xff].slice(0, count));
    return out;
  }

  #read(register: number): number {
    switch (register) {
      case 0x01:
        return this.#shunt() & 0xffff;
      case 0x02:
        return this.#bus();
      case 0x03:
        return this.#power().value;
      case 0x04:
        return this.#current().value & 0xffff;
      default:
        return this.#registers.get(register)!;
    }
  }

  /** The shunt voltage register, signed, clamped to the ADC's full scale (the INA219's set by its PGA bits). */
  #shunt(): number {
    const spec = this.#spec;
    const fullScaleVolts = this.variant === "ina219" ? 0.04 * 2 ** ((this.#registers.get(0x00)! >> 11) & 0x3) : 0.08192;
    const limit = Math.round(fullScaleVolts / spec.shuntLsb);
    return Math.max(-limit, Math.min(limit - 1, Math.round((this.amperes * this.shuntOhms) / spec.shuntLsb)));
  }

  /** The bus voltage count, without status bits. */
  #busCount(): number {
    const max = this.variant === "ina219" ? 0x1fff : 0x7fff;
    return Math.max(0, Math.min(max, Math.round(this.busVolts / this.#spec.busLsb)));
  }

  #bus(): number {
    const count = this.#busCount() << this.#spec.busShift;
    if (this.variant === "ina226") return count;
    // INA219: CNVR (bit 1) is always set, since continuous conversions finish every 532 µs, faster
    // than any driver reads; OVF (bit 0) when a calculation overflowed.
    const overflow = this.#current().overflow || this.#power().overflow;
    return count | 0x2 | (overflow ? 0x1 : 0);
  }

  #current(): { value: number; overflow: boolean } {
    const exact = Math.trunc((this.#shunt() * this.calibration) / this.#spec.currentDivisor);
    const value = Math.max(-0x8000, Math.min(0x7fff, exact));
    return { value, overflow: value !== exact };
  }

  #power(): { value: number; overflow: boolean } {
    const exact = Math.trunc((Math.abs(this.#current().value) * this.#busCount()) / this.#spec.powerDivisor);
    const value = Math.min(0xffff, exact);
    return { value, overflow: value !== exact };
  }
}
