// ESP-IDF's count of free heap bytes, for the board's status command. Moddable's instrumentation has
// the same figure only in debug and instrumented builds; this works in the release build that ships.
export function freeHeapBytes() @ "xs_esp32_free_heap_bytes";
