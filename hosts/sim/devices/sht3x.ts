// A simulated Sensirion SHT3x at the protocol level: single-shot measurement commands, a conversion
// time during which the chip acknowledges nothing, big-endian words each followed by the datasheet's
// CRC-8, and a switch that corrupts the CRCs on the wire so that drivers can be tested against bad
// transfers.

import type { Clock } from "../../../src/host.ts";
import type { SimI2CDevice } from "../i2c-device.ts";

/** Single-shot commands without clock stretching, with their maximum conversion times. */
const SINGLE_SHOT_MS = new Map([
  [0x2400, 15], // high repeatability
  [0x240b, 6], // medium
  [0x2416, 4], // low
]);
const SOFT_RESET = 0x30a2;
const HEATER_ON = 0x306d;
const HEATER_OFF = 0x3066;
const READ_STATUS = 0xf32d;
/** Status register bit 13: the heater is on. */
const STATUS_HEATER = 0x2000;

export interface SimSht3xOptions {
  /** °C */
  temperature?: number;
  /** %RH */
  humidity?: number;
  /** Without a clock a conversion is ready at once. */
  clock?: Clock;
}

export class SimSht3x implements SimI2CDevice {
  temperature: number;
  humidity: number;
  /** While set, every CRC byte the sensor sends is wrong. */
  corruptCrc = false;
  /** Conversions started so far. */
  measurements = 0;
  /** Set by the heater commands; shown in the status register. */
  heater = false;
  readonly #clock: Clock | undefined;
  /** Raw temperature and humidity words of the last conversion, until they are read. */
  #result: [number, number] | undefined;
  #readyAt = 0;
  /** A status read was asked for: the next read returns the status word instead of a measurement. */
  #statusAsked = false;

  constructor(options: SimSht3xOptions = {}) {
    this.temperature = options.temperature ?? 22;
    this.humidity = options.humidity ?? 45;
    this.#clock = options.clock;
  }

  write(bytes: Uint8Array, stop: boolean): void {
    if (bytes.length !== 2 || !stop) throw new Error("SHT3x: NAK (commands are two bytes followed by a stop)");
    const command = (bytes[0]! << 8) | bytes[1]!;
    if (this.#busy()) throw new Error("SHT3x: NAK (conversion in progress)");
    if (command === SOFT_RESET) {
      this.#result = undefined;
      this.heater = false;
      return;
    }
    if (command === HEATER_ON || command === HEATER_OFF) {
      this.heater = command === HEATER_ON;
      return;
    }
    if (command === READ_STATUS) {
      this.#statusAsked = true;
      return;
    }
    const conversionMs = SINGLE_SHOT_MS.get(command);
    if (conversionMs === undefined) throw new Error(`SHT3x: NAK (unsupported command 0x${command.toString(16)})`);
    this.measurements++;
    this.#readyAt = this.#clock ? this.#now() + conversionMs : 0;
    this.#result = [rawTemperature(this.temperature), rawHumidity(this.humidity)];
  }

  read(count: number): Uint8Array {
    if (this.#statusAsked) {
      this.#statusAsked = false;
      return padded(word(this.heater ? STATUS_HEATER : 0, this.corruptCrc), count);
    }
    const result = this.#result;
    if (!result || this.#busy()) throw new Error("SHT3x: NAK (no measurement ready)");
    // A result can be read once; the master may stop early, and past the end the bus idles high.
    this.#result = undefined;
    return padded([...word(result[0], this.corruptCrc), ...word(result[1], this.corruptCrc)], count);
  }

  #busy(): boolean {
    return this.#result !== undefined && this.#now() < this.#readyAt;
  }

  #now(): number {
    return this.#clock?.monotonic() ?? 0;
  }
}

function padded(bytes: number[], count: number): Uint8Array {
  const out = new Uint8Array(count).fill(0xff);
  out.set(bytes.slice(0, count));
  return out;
}

function rawTemperature(celsius: number): number {
  return clamp16(Math.round(((celsius + 45) * 65535) / 175));
}

function rawHumidity(percent: number): number {
  return clamp16(Math.round((percent * 65535) / 100));
}

function clamp16(value: number): number {
  return Math.min(0xffff, Math.max(0, value));
}

function word(value: number, corrupt: boolean): number[] {
  const msb = value >> 8;
  const lsb = value & 0xff;
  const crc = crc8([msb, lsb]);
  return [msb, lsb, corrupt ? crc ^ 0xff : crc];
}

// Sensirion's CRC-8: polynomial 0x31, initial value 0xFF, MSB first, no final XOR.
function crc8(data: number[]): number {
  let crc = 0xff;
  for (const byte of data) {
    crc ^= byte;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x100) crc ^= 0x131;
    }
  }
  return crc;
}
