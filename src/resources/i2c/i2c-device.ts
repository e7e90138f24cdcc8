// One addressed device on an I2C bus, with the byte-level operations datasheets describe.
import type { Device, I2C } from "../../host.ts";

export interface I2cDeviceOptions {
  io: Device["io"];
  data: number;
  clock: number;
  address: number;
  hz: number;
}

export class I2cDevice {
  readonly address: number;
  #i2c: I2C;

  constructor(options: I2cDeviceOptions) {
    this.address = options.address;
    this.#i2c = new options.io.I2C({ data: options.data, clock: options.clock, address: options.address, hz: options.hz });
  }

  write(bytes: number[], stop = true): void {
    this.#i2c.write(Uint8Array.from(bytes), stop);
  }

  read(count: number): Uint8Array {
    return new Uint8Array(this.#i2c.read(count));
  }

  /** Register-pointer write followed by a repeated-start read, the usual burst read. */
  readRegisters(register: number, count: number): Uint8Array {
    this.write([register], false);
    return this.read(count);
  }

  close(): void {
    this.#i2c.close();
  }
}
