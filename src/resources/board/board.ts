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
  /** Duty cycle 0 to 1 on a GPIO from `pins`; the pin becomes a PWM output (at 1 kHz until told otherwise). */
  setPwm(pin: number, duty: number): void;
  /** The duty cycle last set; 0 on a pin that is not a PWM output. */
  pwm(pin: number): number;
  /** Hz of the pin's PWM output; 0 on a pin that is not one. */
  pwmFrequency(pin: number): number;
  /** 0 means the default (1 kHz), as Viam's API has it. */
  setPwmFrequency(pin: number, hz: number): void;
  /** True when the board holds, or may open, this GPIO: other components must not open it too. */
  claims(pin: number): boolean;
}

export function isBoard(resource: Resource): resource is Board {
  return resource.name.subtype === "board";
}
