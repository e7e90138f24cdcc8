/** Bytes of ESP-IDF heap free now. */
export function freeHeapBytes(): number;
