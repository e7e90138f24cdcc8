// ESP32 (WROOM/WROVER) pin facts that the simulated board enforces, so that a config which could
// never work on the chip fails here as well.

/** GPIOs 6 to 11 drive the SPI flash; touching them stops a real board. */
const FLASH_PINS = new Set([6, 7, 8, 9, 10, 11]);
const ABSENT_PINS = new Set([20, 24, 28, 29, 30, 31]);

export function checkGpio(pin: number): void {
  if (!Number.isInteger(pin) || pin < 0 || pin > 39 || ABSENT_PINS.has(pin)) {
    throw new RangeError(`GPIO ${pin} does not exist on the ESP32`);
  }
  if (FLASH_PINS.has(pin)) throw new RangeError(`GPIO ${pin} is wired to the SPI flash and cannot be used`);
}

/** GPIOs 34 to 39 have no output driver. */
export function isInputOnly(pin: number): boolean {
  return pin >= 34 && pin <= 39;
}

/** Only ADC1 (GPIOs 32 to 39) can be read while Wi-Fi is running; ADC2 belongs to the radio. */
export function checkAdc1(pin: number): void {
  checkGpio(pin);
  if (pin < 32) {
    throw new RangeError(`GPIO ${pin} is not an ADC1 pin (32 to 39); ADC2 cannot be read while Wi-Fi runs`);
  }
}

/** The handles the firmware holds, one per pin, as Moddable allows. */
export class PinRegistry {
  readonly #owners = new Map<number, { close(): void }>();

  claim(pin: number, owner: { close(): void }): void {
    if (this.#owners.has(pin)) throw new Error(`GPIO ${pin} is already in use`);
    this.#owners.set(pin, owner);
  }

  release(pin: number, owner: { close(): void }): void {
    if (this.#owners.get(pin) === owner) this.#owners.delete(pin);
  }

  get open(): number[] {
    return [...this.#owners.keys()];
  }

  /** Closes every handle, as a chip reset does. */
  closeAll(): void {
    for (const owner of [...this.#owners.values()]) owner.close();
    this.#owners.clear();
  }
}
