// The motor API and its capture methods, Position and IsPowered.
import type { CaptureRead, Resource } from "../resource.ts";
import { unsupportedMethod } from "../model.ts";

export interface Motor extends Resource {
  /** True when an encoder gives the position. */
  readonly positionReporting: boolean;
  /** −1 to 1; throws ResourceConfigError outside it. */
  setPower(power: number): void;
  /** Runs at `rpm` for `revolutions` (0: until stopped) and resolves when done or stopped. */
  goFor(rpm: number, revolutions: number): Promise<void>;
  /** Runs at `rpm` to `positionRevolutions`; needs position reporting. */
  goTo(rpm: number, positionRevolutions: number): Promise<void>;
  /** Runs at `rpm` until stopped. */
  setRpm(rpm: number): void;
  /** Revolutions from the zero; needs position reporting. */
  position(): number;
  /** Makes the current position read `offset`. */
  resetZeroPosition(offset: number): void;
  stop(): void;
  /** The power now, −1 to 1. */
  power(): number;
}

export function isMotor(resource: Resource): resource is Motor {
  return resource.name.subtype === "motor";
}

export function motorCapture(motor: Motor, method: string): CaptureRead {
  if (method === "IsPowered") {
    return () => {
      const power = motor.power();
      return { is_on: power !== 0, power_pct: power };
    };
  }
  if (method === "Position" && motor.positionReporting) return () => ({ position: motor.position() });
  throw unsupportedMethod(motor.name, motor.model, method);
}
