// Sensor model `fake`: needs no hardware. Readings are {a, b, c}: `a` counts reads from 1 so that
// captured records show their order, `b` is a fixed fraction and `c` a fixed string, so a capture
// exercises integer, fractional and string values.
import type { CaptureRead, ResourceName } from "../resource.ts";
import type { Model } from "../model.ts";
import type { Readings, Sensor } from "./sensor.ts";
import { readingsCapture } from "./sensor.ts";
import { frozen } from "../../frozen.ts";

export class FakeSensor implements Sensor {
  readonly name: ResourceName;
  get model(): string {
    return "fake";
  }
  #reads = 0;

  constructor(options: { name: ResourceName }) {
    this.name = options.name;
  }

  readings(): Readings {
    this.#reads++;
    return { a: this.#reads, b: 2.5, c: "3" };
  }

  captureReader(method: string): CaptureRead {
    return readingsCapture(this, method);
  }

  close(): void {}
}

export const fakeSensor: Model = frozen({
  create: (context) => new FakeSensor({ name: context.name }),
});
