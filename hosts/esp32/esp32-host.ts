import device from "embedded:provider/builtin";
import flash from "embedded:storage/flash";
import keyValue from "embedded:storage/key-value";
import Time from "time";
import Timer from "timer";
import type { Host, I2COptions, PWMOptions, Timers } from "../../src/host.ts";
import { BlobKeyValue } from "./blob-key-value.ts";
import { fillRandom } from "./hardware-random.js";
import { freeHeapBytes } from "./free-heap.js";
import { closeInherited } from "../moddable/inherited-close.ts";
import { sockets } from "./moddable-sockets.ts";
import { TickClock } from "./tick-clock.ts";
import { StationWifi } from "./station-wifi.ts";
import { boardSleep } from "./board-sleep.ts";
import { frozen } from "../../src/frozen.ts";

const STANDARD_MODE_HZ = 100_000;

// The ESP32 routes I2C through its GPIO matrix, so nothing fixes the pins; 21 (SDA) and 22 (SCL) are
// the DevKit convention that Moddable's own ESP32 board providers use. A board target that declares
// `device.I2C.default` wins.
const CONVENTIONAL_I2C = frozen({ data: 21, clock: 22 });

// ECMA-419 makes `hz` a required I2C option and Moddable's ESP32 driver throws without it; the Host
// leaves it optional, so standard mode fills in.
class I2C extends device.io.I2C {
  constructor(options: I2COptions) {
    super({ ...options, hz: options.hz ?? STANDARD_MODE_HZ });
  }

  close(): void {
    closeInherited(I2C, this);
  }
}

// The ESP32 driver (modules/io/pwm/esp32) also takes `resolution`, which SDK 8.2.3's typing leaves out.
class PWM extends device.io.PWM {
  constructor(options: PWMOptions) {
    super(options);
  }

  close(): void {
    closeInherited(PWM, this);
  }
}

class Analog extends device.io.Analog {
  close(): void {
    closeInherited(Analog, this);
  }
}

const timers: Timers = frozen({
  set: (callback, ms) => Timer.set(callback, ms),
  repeat: (callback, ms) => Timer.repeat(callback, ms),
  clear: (id) => Timer.clear(id as Timer),
});

function randomBytes(count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  fillRandom(bytes);
  return bytes;
}

export function createEsp32Host(): Host {
  const defaultI2C = device.I2C?.default ?? CONVENTIONAL_I2C;
  return {
    device: {
      io: { Analog, Digital: device.io.Digital, I2C, PWM },
      i2c: { data: defaultI2C.data, clock: defaultI2C.clock },
    },
    flash,
    keyValue: new BlobKeyValue({
      storage: keyValue,
      codec: { encode: (text) => ArrayBuffer.fromString(text), decode: (bytes) => String.fromArrayBuffer(bytes) },
    }),
    clock: new TickClock({ ticks: () => Time.ticks, wall: () => Date.now() }),
    timers,
    log: (level, message) => trace(`${level}: ${message}\n`),
    wifi: new StationWifi(),
    randomBytes,
    freeHeapBytes,
    restart: () => System.restart(),
    sleep: boardSleep(),
    platform: "esp32 (Moddable XS)",
    sockets,
  };
}
