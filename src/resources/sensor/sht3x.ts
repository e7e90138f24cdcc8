// Sensor model `sht3x`: a Sensirion SHT30/31/35 humidity and temperature sensor on I2C, using the
// single-shot, high-repeatability measurement without clock stretching (command 0x2400).
//
// A conversion takes up to 15 ms, and a capture read must not block that long (nothing else runs
// meanwhile on the board). So each read collects the conversion that the previous read started and
// starts the next one: a reading is as old as the interval between reads. The first conversion is
// started when the sensor is built.
import type { Clock } from "../../host.ts";
import type { CaptureRead, ResourceName } from "../resource.ts";
import type { Model } from "../model.ts";
import { I2cDevice } from "../i2c/i2c-device.ts";
import type { I2cDeviceOptions } from "../i2c/i2c-device.ts";
import { readI2cAttributes } from "../i2c/i2c-attributes.ts";
import type { Readings, Sensor } from "./sensor.ts";
import { readingsCapture } from "./sensor.ts";
import { sensirionCrc } from "./sensirion-crc.ts";
import { frozen } from "../../frozen.ts";

export const SHT3X_DEFAULT_ADDRESS = 0x44;
export const SHT3X_MEASURE_HIGH_REPEATABILITY = 0x2400;
/** Datasheet maximum for a high-repeatability conversion. */
export const SHT3X_CONVERSION_MS = 15;

export interface Sht3xOptions {
  name: ResourceName;
  i2c: I2cDeviceOptions;
  clock: Clock;
}

export class Sht3xSensor implements Sensor {
  readonly name: ResourceName;
  readonly model = "sht3x";
  #device: I2cDevice;
  #clock: Clock;
  #startedAt?: number;

  constructor(options: Sht3xOptions) {
    this.name = options.name;
    this.#clock = options.clock;
    this.#device = new I2cDevice(options.i2c);
    try {
      this.#start();
    } catch (error) {
      this.#device.close();
      throw new Error(`no SHT3x answered at I2C address 0x${options.i2c.address.toString(16)}: ${(error as Error).message}`);
    }
  }

  readings(): Readings {
    const startedAt = this.#startedAt;
    if (startedAt !== undefined && this.#clock.monotonic() - startedAt < SHT3X_CONVERSION_MS) {
      throw new Error("sht3x: conversion still in progress");
    }
    this.#startedAt = undefined;
    let bytes: Uint8Array | undefined;
    try {
      if (startedAt !== undefined) bytes = this.#device.read(6);
    } catch (error) {
      this.#tryStart();
      throw error;
    }
    this.#start();
    if (bytes === undefined) throw new Error("sht3x: no conversion was pending; one has been started");
    return decodeMeasurement(bytes);
  }

  captureReader(method: string): CaptureRead {
    return readingsCapture(this, method);
  }

  close(): void {
    this.#device.close();
  }

  /** After a failed read the read's error is the one worth reporting; if this start fails too, the
   *  next read finds no conversion pending and starts one then. */
  #tryStart(): void {
    try {
      this.#start();
    } catch {
      this.#startedAt = undefined;
    }
  }

  #start(): void {
    this.#device.write([SHT3X_MEASURE_HIGH_REPEATABILITY >> 8, SHT3X_MEASURE_HIGH_REPEATABILITY & 0xff]);
    this.#startedAt = this.#clock.monotonic();
  }
}

/** Six bytes: temperature MSB, LSB, CRC, then humidity MSB, LSB, CRC. */
export function decodeMeasurement(bytes: Uint8Array): Readings {
  if (bytes.length !== 6) throw new Error(`sht3x: expected 6 bytes, got ${bytes.length}`);
  if (sensirionCrc(bytes[0], bytes[1]) !== bytes[2]) throw new Error("sht3x: temperature CRC mismatch");
  if (sensirionCrc(bytes[3], bytes[4]) !== bytes[5]) throw new Error("sht3x: humidity CRC mismatch");
  const rawTemperature = (bytes[0] << 8) | bytes[1];
  const rawHumidity = (bytes[3] << 8) | bytes[4];
  return {
    temperature_celsius: -45 + (175 * rawTemperature) / 65535,
    relative_humidity_pct: (100 * rawHumidity) / 65535,
  };
}

export const sht3xSensor: Model = frozen({
  create: (context) =>
    new Sht3xSensor({ name: context.name, i2c: readI2cAttributes(context, SHT3X_DEFAULT_ADDRESS), clock: context.host.clock }),
});
