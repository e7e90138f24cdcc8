// The board API that RPC handlers and pin-using components (tmp36, encoders) call.
import type { Resource } from "../resource.ts";

/** One ADC read, as Viam's ReadAnalogReader reports it: raw counts plus the range they span. */
export interface AnalogReading {
  value: number;
  minRange: number;
  maxRange: number;
  /** Volts per count. */
  stepSize: number;
}

export interface Board extends Resource {
  readonly analogReaderNames: readonly string[];
  readonly digitalInterruptNames: readonly string[];
  /** Throws ResourceConfigError naming the reader when the board has none by that name. */
  readAnalog(readerName: string): AnalogReading;
  /** Level of a GPIO listed in `pins` or `digital_interrupts`. */
  getGpio(pin: number): boolean;
  setGpio(pin: number, high: boolean): void;
  /** Edges counted so far; `name` is the interrupt's name or its pin number. */
  interruptValue(name: string): number;
  /** True when the board holds, or may open, this GPIO: other components must not open it too. */
  claims(pin: number): boolean;
}

export function isBoard(resource: Resource): resource is Board {
  return resource.name.subtype === "board";
}
