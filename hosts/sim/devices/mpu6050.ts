// A simulated TDK InvenSense MPU-6050 at the register level: an auto-incrementing register pointer,
// WHO_AM_I, sleep on power-up, the full-scale selections in GYRO_CONFIG and ACCEL_CONFIG, and the
// big-endian two's-complement data block from ACCEL_XOUT_H (0x3B) to GYRO_ZOUT_L (0x48), sampled
// from the motion the test sets.

import type { SimI2CDevice } from "../i2c-device.ts";

export interface SimVector {
  x: number;
  y: number;
  z: number;
}

export interface SimMpu6050Options {
  /** In g. */
  acceleration?: SimVector;
  /** In degrees per second. */
  angularVelocity?: SimVector;
  /** °C */
  temperature?: number;
  /** What WHO_AM_I reads, for testing a wrong chip on the address. */
  whoAmI?: number;
}

const GYRO_CONFIG = 0x1b;
const ACCEL_CONFIG = 0x1c;
const DATA_START = 0x3b;
const DATA_END = 0x48;
const PWR_MGMT_1 = 0x6b;
const WHO_AM_I = 0x75;
const SLEEP = 0x40;
const WRITABLE = new Set([0x19, 0x1a, GYRO_CONFIG, ACCEL_CONFIG, PWR_MGMT_1, 0x6c]);

export class SimMpu6050 implements SimI2CDevice {
  acceleration: SimVector;
  angularVelocity: SimVector;
  temperature: number;
  readonly #registers = new Uint8Array(128);
  #pointer = 0;

  constructor(options: SimMpu6050Options = {}) {
    this.acceleration = options.acceleration ?? { x: 0, y: 0, z: 1 };
    this.angularVelocity = options.angularVelocity ?? { x: 0, y: 0, z: 0 };
    this.temperature = options.temperature ?? 25;
    this.#registers[PWR_MGMT_1] = SLEEP;
    this.#registers[WHO_AM_I] = options.whoAmI ?? 0x68;
  }

  get asleep(): boolean {
    return (this.#registers[PWR_MGMT_1]! & SLEEP) !== 0;
  }

  /** Raw value of a register, as a test inspects what a driver configured. */
  register(address: number): number {
    return this.#registers[address]!;
  }

  write(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.#pointer = bytes[0]! & 0x7f;
    for (const value of bytes.subarray(1)) {
      if (!WRITABLE.has(this.#pointer)) throw new Error(`MPU-6050: NAK (register 0x${this.#pointer.toString(16)} is read-only)`);
      this.#registers[this.#pointer] = value;
      this.#pointer = (this.#pointer + 1) & 0x7f;
    }
  }

  read(count: number): Uint8Array {
    // One sample serves the whole burst, as the chip's shadow registers do.
    const sample = this.#sample();
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      const address = this.#pointer;
      out[i] = address >= DATA_START && address <= DATA_END ? sample[address - DATA_START]! : this.#registers[address]!;
      this.#pointer = (this.#pointer + 1) & 0x7f;
    }
    return out;
  }

  #sample(): Uint8Array {
    const block = new Uint8Array(DATA_END - DATA_START + 1);
    if (this.asleep) return block;
    const lsbPerG = 16384 / 2 ** ((this.#registers[ACCEL_CONFIG]! >> 3) & 3);
    const lsbPerDps = 131 / 2 ** ((this.#registers[GYRO_CONFIG]! >> 3) & 3);
    const values = [
      this.acceleration.x * lsbPerG,
      this.acceleration.y * lsbPerG,
      this.acceleration.z * lsbPerG,
      (this.temperature - 36.53) * 340,
      this.angularVelocity.x * lsbPerDps,
      this.angularVelocity.y * lsbPerDps,
      this.angularVelocity.z * lsbPerDps,
    ];
    values.forEach((value, index) => {
      const raw = Math.min(32767, Math.max(-32768, Math.round(value))) & 0xffff;
      block[index * 2] = raw >> 8;
      block[index * 2 + 1] = raw & 0xff;
    });
    return block;
  }
}
