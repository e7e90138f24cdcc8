// ESP32 (original, not -S2/-S3/-C3) GPIO facts, checked while a config is read so that a wrong pin is
// reported at its JSON path instead of failing deep inside the IO driver.

const ABSENT = new Set([20, 24, 28, 29, 30, 31]);

/** Why `pin` cannot be used as a GPIO, or undefined when it can. */
export function gpioProblem(pin: number): string | undefined {
  if (pin < 0 || pin > 39 || ABSENT.has(pin)) return `GPIO ${pin} does not exist on the ESP32`;
  // GPIO 6..11 drive the module's SPI flash; touching them crashes the chip.
  if (pin >= 6 && pin <= 11) return `GPIO ${pin} is wired to the SPI flash`;
  return undefined;
}

/** GPIO 34..39 have no output driver. */
export function isInputOnly(pin: number): boolean {
  return pin >= 34;
}

/** ADC2 is unusable while Wi-Fi runs, so analog readers must sit on ADC1 (GPIO 32..39). */
export function isAdc1(pin: number): boolean {
  return pin >= 32 && pin <= 39;
}
