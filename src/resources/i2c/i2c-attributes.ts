// The attributes every I2C sensor model shares: bus pins, address and clock rate.
import type { AttributeReader } from "../attributes.ts";
import type { BuildContext } from "../model.ts";
import type { I2cDeviceOptions } from "./i2c-device.ts";

export const DEFAULT_I2C_HZ = 100_000;

export function readI2cAttributes(context: BuildContext, defaultAddress: number): I2cDeviceOptions {
  const attributes: AttributeReader = context.attributes;
  const defaults = context.host.device.i2c;
  const data = attributes.optionalInteger("data_pin", { min: 0 }) ?? defaults?.data;
  const clock = attributes.optionalInteger("clock_pin", { min: 0 }) ?? defaults?.clock;
  if (data === undefined) attributes.fail("data_pin", "is required: this host has no default I2C pins");
  if (clock === undefined) attributes.fail("clock_pin", "is required: this host has no default I2C pins");
  const address = attributes.optionalInteger("i2c_address", { min: 0x08, max: 0x77 }) ?? defaultAddress;
  const hz = attributes.optionalInteger("baudrate_hz", { min: 1_000, max: 1_000_000 }) ?? DEFAULT_I2C_HZ;
  return { io: context.host.device.io, data, clock, address, hz };
}
