// A simulated chip on an I2C bus. The bus hands it each transfer as the master sees it; a device
// that does not acknowledge (wrong register, busy, unplugged) throws, and the master's read or write
// fails the way a NAK does on hardware.

export interface SimI2CDevice {
  /** One write transfer. `stop` false means a repeated start follows (typically a register read). */
  write(bytes: Uint8Array, stop: boolean): void;
  /** One read transfer of exactly `count` bytes. */
  read(count: number): Uint8Array;
}
