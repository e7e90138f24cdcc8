// Sensor model `sht3x`: a Sensirion SHT30/31/35 humidity and temperature sensor on I2C, using the
// single-shot, high-repeatability measurement without clock stretching (command 0x2400).
//
// A conversion takes up to 15 ms, and a capture read must not block that long (nothing else runs
// meanwhile on the board). So each read collects the conversion that the previous read started and
// starts the next one: a reading is as old as the interval between reads. The first conversion is
// started when the sensor is built.
//
// DoCommand: `heater` with `on` true or false switches the on-chip heater (to drive off condensation,
// or to check the sensor by watching it warm), and `status` reads the status register. The chip
// answers nothing while it converts, so a command in that window fails and says when to retry; a
// finished conversion is collected first, so the next reading still gets it.
import type { Clock } from "../../host.ts";
import type { CaptureRead, Command, ResourceName } from "../resource.ts";
import type { Model } from "../model.ts";
import { I2cDevice } from "../i2c/i2c-device.ts";
import type { I2cDeviceOptions } from "../i2c/i2c-device.ts";
import { readI2cAttributes } from "../i2c/i2c-attributes.ts";
import type { Readings, Sensor } from "./sensor.ts";
import { readingsCapture } from "./sensor.ts";
import { sensirionCrc } from "./sensirion-crc.ts";
import { booleanArgument, commandName } from "../do-command.ts";
import { frozen } from "../../frozen.ts";
import { errorMessage } from "../../error-message.ts";

export const SHT3X_DEFAULT_ADDRESS = 0x44;
export const SHT3X_MEASURE_HIGH_REPEATABILITY = 0x2400;
/** Datasheet maximum for a high-repeatability conversion. */
export const SHT3X_CONVERSION_MS = 15;
export const SHT3X_HEATER_ON = 0x306d;
export const SHT3X_HEATER_OFF = 0x3066;
export const SHT3X_READ_STATUS = 0xf32d;

export interface Sht3xOptions {
  name: ResourceName;
  i2c: I2cDeviceOptions;
  clock: Clock;
}

export class Sht3xSensor implements Sensor {
  readonly name: ResourceName;
  get model(): string {
    return "sht3x";
  }
  readonly commands: readonly string[] = ["heater", "status"];
  #device: I2cDevice;
  #clock: Clock;
  #startedAt?: number;
  /** A finished conversion collected by a command, for the next reading. */
  #collected?: Uint8Array;

  constructor(options: Sht3xOptions) {
    this.name = options.name;
    this.#clock = options.clock;
    this.#device = new I2cDevice(options.i2c);
    try {
      this.start();
    } catch (error) {
      this.#device.close();
      throw new Error(`no SHT3x answered at I2C address 0x${options.i2c.address.toString(16)}: ${errorMessage(error)}`);
    }
  }

  readings(): Readings {
    const startedAt = this.#startedAt;
    if (startedAt !== undefined && this.#clock.monotonic() - startedAt < SHT3X_CONVERSION_MS) {
      throw new Error("sht3x: conversion still in progress");
    }
    this.#startedAt = undefined;
    let bytes = this.#collected;
    this.#collected = undefined;
    try {
      if (bytes === undefined && startedAt !== undefined) bytes = this.#device.read(6);
    } catch (error) {
      this.tryStart();
      throw error;
    }
    this.start();
    if (bytes === undefined) throw new Error("sht3x: no conversion was pending; one has been started");
    return decodeMeasurement(bytes);
  }

  captureReader(method: string): CaptureRead {
    return readingsCapture(this, method);
  }

  doCommand(command: Command): Command {
    const name = commandName(this, command);
    const on = name === "heater" ? booleanArgument(command, "on") : undefined;
    this.collect();
    if (on !== undefined) {
      this.command(on ? SHT3X_HEATER_ON : SHT3X_HEATER_OFF);
      return { heater: on };
    }
    this.command(SHT3X_READ_STATUS);
    const bytes = this.#device.read(3);
    if (sensirionCrc(bytes[0], bytes[1]) !== bytes[2]) throw new Error("sht3x: status CRC mismatch");
    const status = (bytes[0] << 8) | bytes[1];
    // Datasheet bits: 15 alert pending, 13 heater on, 4 reset detected since the last clear.
    return { status, alert_pending: (status & 0x8000) !== 0, heater: (status & 0x2000) !== 0, reset_detected: (status & 0x0010) !== 0 };
  }

  close(): void {
    this.#device.close();
  }

  /** After a failed read the read's error is the one worth reporting; if this start fails too, the
   *  next read finds no conversion pending and starts one then. */
  private tryStart(): void {
    try {
      this.start();
    } catch {
      this.#startedAt = undefined;
    }
  }

  private start(): void {
    this.command(SHT3X_MEASURE_HIGH_REPEATABILITY);
    this.#startedAt = this.#clock.monotonic();
  }

  /** Frees the chip for another command: fails while it converts, keeps a finished conversion. */
  private collect(): void {
    const startedAt = this.#startedAt;
    if (startedAt === undefined) return;
    const left = SHT3X_CONVERSION_MS - (this.#clock.monotonic() - startedAt);
    if (left > 0) throw new Error(`sht3x: a conversion is in progress; try again in ${left} ms`);
    this.#collected = this.#device.read(6);
    this.#startedAt = undefined;
  }

  private command(command: number): void {
    this.#device.write([command >> 8, command & 0xff]);
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
