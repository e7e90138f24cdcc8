// ESP-IDF's esp_fill_random reads the ESP32's hardware random number generator, which is a true
// random source while Wi-Fi or Bluetooth runs (as it does whenever the board syncs or serves). The
// Moddable SDK documents no module for it, so this native function reaches it directly.
export function fillRandom(buffer) @ "xs_esp32_fill_random";
