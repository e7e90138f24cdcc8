/** Fills `buffer` with bytes from the ESP32's hardware random number generator. */
export function fillRandom(buffer: Uint8Array): void;
