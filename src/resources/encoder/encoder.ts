// The encoder API: a tick count that the TicksCount capture method records.
import type { CaptureRead, Resource } from "../resource.ts";
import { unsupportedMethod } from "../model.ts";

export interface Encoder extends Resource {
  ticks(): number;
  /** Sets the count back to zero (ResetPosition). */
  resetPosition(): void;
}

export function isEncoder(resource: Resource): resource is Encoder {
  return resource.name.subtype === "encoder";
}

export function encoderCapture(encoder: Encoder, method: string): CaptureRead {
  if (method !== "TicksCount") throw unsupportedMethod(encoder.name, encoder.model, method);
  return () => ({ ticks: encoder.ticks() });
}
