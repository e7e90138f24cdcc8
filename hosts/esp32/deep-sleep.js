// ESP-IDF's deep sleep with the RTC timer as its wake source, and RTC slow memory kept through it.
// Moddable SDK 8.2.3 declares System.deepSleep(us, mode) in embedded:io/system, but its native
// (modules/io/system/system.c) sleeps only on the ESP8266 and returns without doing anything on the
// ESP32, so the board's host calls ESP-IDF itself.
export function wokeByTimer() @ "xs_esp32_woke_by_timer";
export function readRetained() @ "xs_esp32_read_retained";
export function writeRetained(bytes) @ "xs_esp32_write_retained";
export function deepSleep(ms) @ "xs_esp32_deep_sleep";
