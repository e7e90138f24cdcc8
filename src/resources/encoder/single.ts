// Encoder model `single`: one pulse wire, no direction. Like viam-micro-server's pulse-counter
// driver it counts both edges of every pulse, upward, or downward with `dir_flip`.
import type { Digital, DigitalConstructor } from "../../host.ts";
import type { CaptureRead, ResourceName } from "../resource.ts";
import { ResourceConfigError } from "../resource.ts";
import type { BuildContext, Model } from "../model.ts";
import { isBoard } from "../board/board.ts";
import { gpioProblem } from "../board/esp32-gpio.ts";
import type { Encoder } from "./encoder.ts";
import { encoderCapture } from "./encoder.ts";
import { frozen } from "../../frozen.ts";
import { errorMessage } from "../../error-message.ts";

export interface SingleEncoderOptions {
  name: ResourceName;
  Digital: DigitalConstructor;
  pin: number;
  /** Count down instead of up. */
  dirFlip?: boolean;
}

export class SingleEncoder implements Encoder {
  readonly name: ResourceName;
  get model(): string {
    return "single";
  }
  #digital: Digital;
  #count = 0;

  constructor(options: SingleEncoderOptions) {
    this.name = options.name;
    const step = options.dirFlip ? -1 : 1;
    const Digital = options.Digital;
    this.#digital = new Digital({
      pin: options.pin,
      mode: Digital.Input,
      edge: Digital.Rising | Digital.Falling,
      onReadable: () => {
        this.#count += step;
      },
    });
  }

  ticks(): number {
    return this.#count;
  }

  resetPosition(): void {
    this.#count = 0;
  }

  captureReader(method: string): CaptureRead {
    return encoderCapture(this, method);
  }

  close(): void {
    this.#digital.close();
  }
}

// Viam documents two shapes: `board` plus `pins: {i}` (viam-server) and a bare `pin` (viam-micro-server).
function readPin(context: BuildContext): { pin: number; path: string } {
  const attributes = context.attributes;
  const pins = attributes.optionalObject("pins");
  if (pins && attributes.has("pin")) attributes.fail("pin", "give either pin or pins.i, not both");
  if (pins) {
    if (!attributes.has("board")) attributes.fail("board", "is required with pins.i");
    return { pin: pins.integer("i"), path: pins.pathOf("i") };
  }
  if (!attributes.has("pin")) attributes.fail("pins", "is required: give pins.i (or pin)");
  return { pin: attributes.integer("pin"), path: attributes.pathOf("pin") };
}

export const singleEncoder: Model = frozen({
  references: ["board"],
  create(context) {
    const { pin, path } = readPin(context);
    const problem = gpioProblem(pin);
    if (problem) throw new ResourceConfigError(problem, path);
    if (context.attributes.has("board")) {
      const board = context.dependency("board", "board", isBoard);
      if (board.claims(pin)) throw new ResourceConfigError(`GPIO ${pin} is already used by board "${board.name.name}"`, path);
    }
    const dirFlip = context.attributes.boolean("dir_flip", false);
    try {
      return new SingleEncoder({ name: context.name, Digital: context.host.device.io.Digital, pin, dirFlip });
    } catch (error) {
      throw new ResourceConfigError(`GPIO ${pin} could not be opened: ${errorMessage(error)}`, path);
    }
  },
});
