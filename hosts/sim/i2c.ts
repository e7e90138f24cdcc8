// `device.io.I2C` for the simulated board: each bus (by `port`) maps 7-bit addresses to simulated
// devices, and a transfer to an address where nothing answers fails like a NAK.

import type { I2C, I2CConstructor, I2COptions } from "../../src/host.ts";
import type { SimI2CDevice } from "./i2c-device.ts";

export class SimI2CBus {
  readonly #devices = new Map<number, SimI2CDevice>();

  attach(address: number, device: SimI2CDevice): void {
    checkAddress(address);
    if (this.#devices.has(address)) throw new Error(`I2C address 0x${address.toString(16)} is already taken`);
    this.#devices.set(address, device);
  }

  detach(address: number): void {
    this.#devices.delete(address);
  }

  device(address: number): SimI2CDevice | undefined {
    return this.#devices.get(address);
  }
}

export function i2cClass(bus: (port: number) => SimI2CBus): I2CConstructor {
  return class SimI2C implements I2C {
    readonly #bus: SimI2CBus;
    readonly #address: number;
    #closed = false;

    constructor(options: I2COptions) {
      checkAddress(options.address);
      this.#bus = bus(options.port ?? 0);
      this.#address = options.address;
    }

    read(count: number): ArrayBuffer {
      if (!Number.isInteger(count) || count < 0) throw new RangeError(`I2C read count must be >= 0, got ${count}`);
      const bytes = this.device("read").read(count);
      if (bytes.length !== count) {
        throw new Error(`I2C device 0x${this.#address.toString(16)} returned ${bytes.length} bytes, asked for ${count}`);
      }
      return bytes.slice().buffer;
    }

    write(buffer: ArrayBuffer | ArrayBufferView, stop = true): void {
      const bytes = ArrayBuffer.isView(buffer)
        ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).slice()
        : new Uint8Array(buffer).slice();
      this.device("write").write(bytes, stop);
    }

    close(): void {
      this.#closed = true;
    }

    private device(what: string): SimI2CDevice {
      if (this.#closed) throw new Error(`I2C 0x${this.#address.toString(16)} is closed`);
      const device = this.#bus.device(this.#address);
      if (!device) throw new Error(`I2C ${what} failed: no ACK from address 0x${this.#address.toString(16)}`);
      return device;
    }
  };
}

function checkAddress(address: number): void {
  if (!Number.isInteger(address) || address < 0 || address > 0x7f) {
    throw new RangeError(`I2C address must be 0 to 0x7f, got ${address}`);
  }
}
