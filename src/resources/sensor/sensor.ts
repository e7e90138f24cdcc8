// The sensor API: one method, GetReadings, whose map is also what the Readings capture method records.
import type { CaptureRead, Resource } from "../resource.ts";
import { unsupportedMethod } from "../model.ts";

/** Plain JSON values only (numbers, strings, booleans, nested objects), so they map onto a Struct. */
export type Readings = { [key: string]: unknown };

export interface Sensor extends Resource {
  readings(): Readings;
}

export function isSensor(resource: Resource): resource is Sensor {
  return resource.name.subtype === "sensor";
}

export function readingsCapture(sensor: Sensor, method: string): CaptureRead {
  if (method !== "Readings") throw unsupportedMethod(sensor.name, sensor.model, method);
  return () => ({ readings: sensor.readings() });
}
