// The servo API: move to an angle and report it; Position is its capture method.
import type { CaptureRead, Resource } from "../resource.ts";
import { unsupportedMethod } from "../model.ts";

export interface Servo extends Resource {
  /** Whole degrees within the model's range; throws ResourceConfigError outside it. */
  move(angleDeg: number): void;
  /** The angle last commanded: a hobby servo reports nothing back. */
  position(): number;
  /** Stops driving the servo, which then holds no position. */
  stop(): void;
  isMoving(): boolean;
}

export function isServo(resource: Resource): resource is Servo {
  return resource.name.subtype === "servo";
}

export function servoCapture(servo: Servo, method: string): CaptureRead {
  if (method !== "Position") throw unsupportedMethod(servo.name, servo.model, method);
  return () => ({ position_deg: servo.position() });
}
