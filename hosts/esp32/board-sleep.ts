// The Host's Sleep on the ESP32: deep sleep with the RTC timer as wake source, the retained area
// in RTC slow memory (hosts/esp32/deep-sleep.c says why not NVS).
import type { Sleep } from "../../src/host.ts";
import { deepSleep, readRetained, wokeByTimer, writeRetained } from "./deep-sleep.js";

export function boardSleep(): Sleep {
  const wake = wokeByTimer() ? "timer" : "reset";
  return {
    wake,
    readRetained() {
      const bytes = wake === "timer" ? readRetained() : undefined;
      return bytes === undefined ? undefined : String.fromArrayBuffer(bytes);
    },
    writeRetained: (text) => writeRetained(ArrayBuffer.fromString(text)),
    sleep: (ms) => deepSleep(ms),
  };
}
