// The power sensor API and how its methods map onto captured data. The capture shapes are the
// response messages' fields under their proto names, as viam-server records them.
import type { CaptureRead, Resource } from "../resource.ts";
import { unsupportedMethod } from "../model.ts";
import type { Readings } from "../sensor/sensor.ts";

export interface Voltage {
  volts: number;
  isAc: boolean;
}

export interface Current {
  amperes: number;
  isAc: boolean;
}

export interface PowerSensor extends Resource {
  voltage(): Voltage;
  current(): Current;
  /** Watts. */
  power(): number;
  readings(): Readings;
}

export function isPowerSensor(resource: Resource): resource is PowerSensor {
  return resource.name.subtype === "power_sensor";
}

/** GetReadings of a power sensor, keyed as viam-server keys them. */
export function powerReadings(sensor: PowerSensor): Readings {
  const { volts, isAc } = sensor.voltage();
  return { volts, amps: sensor.current().amperes, is_ac: isAc, watts: sensor.power() };
}

export function powerCapture(sensor: PowerSensor, method: string): CaptureRead {
  switch (method) {
    case "Voltage":
      return () => {
        const { volts, isAc } = sensor.voltage();
        return { volts, is_ac: isAc };
      };
    case "Current":
      return () => {
        const { amperes, isAc } = sensor.current();
        return { amperes, is_ac: isAc };
      };
    case "Power":
      return () => ({ watts: sensor.power() });
    case "Readings":
      return () => ({ readings: sensor.readings() });
  }
  throw unsupportedMethod(sensor.name, sensor.model, method);
}
