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

/** The resolution the board drives PWM at: 10 bits, Moddable's default on ESP32. */
export const PWM_RESOLUTION_BITS = 10;
/** LEDC divides the 80 MHz APB clock: hz × 2^resolution cannot exceed it. */
export const PWM_MAX_HZ = 80_000_000 / 2 ** PWM_RESOLUTION_BITS;

/** Why LEDC cannot run at `hz`, or undefined when it can. */
export function pwmFrequencyProblem(hz: number): string | undefined {
  if (!Number.isInteger(hz) || hz < 1 || hz > PWM_MAX_HZ) {
    return `PWM frequency ${hz} Hz is not possible: the ESP32 runs 1 to ${PWM_MAX_HZ} Hz at ${PWM_RESOLUTION_BITS}-bit resolution`;
  }
  return undefined;
}
