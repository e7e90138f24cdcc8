// `device.io.Digital` for the simulated board. Inputs read levels that the board scripts, and
// onReadable fires (synchronously, with `this` the Digital) on the edges the firmware asked for;
// outputs record every write with its monotonic time.

import type { Bit, Clock, Digital, DigitalConstructor, DigitalOptions } from "../../src/host.ts";
import { checkGpio, isInputOnly, type PinRegistry } from "./pins.ts";
import { frozen } from "../../src/frozen.ts";

const MODES = frozen({ Input: 0, InputPullUp: 1, InputPullDown: 2, InputPullUpDown: 3, Output: 8, OutputOpenDrain: 9 } as const);
const EDGES = frozen({ Rising: 1, Falling: 2 } as const);

export interface DigitalWorld {
  clock: Clock;
  pins: PinRegistry;
  /** The level driven onto a pin from outside, if any. */
  level(pin: number): Bit | undefined;
  record(pin: number, value: Bit): void;
  /** Registers the open input on a pin so that level changes reach it. */
  listen(pin: number, input: SimDigitalInput | undefined): void;
}

/** What the board calls on an open input pin when its outside level changes. */
export interface SimDigitalInput {
  /** The level the firmware would read now (the outside level, else the pull). */
  read(): Bit;
  changed(from: Bit, to: Bit): void;
}

function isOutput(mode: number): boolean {
  return mode === MODES.Output || mode === MODES.OutputOpenDrain;
}

export function digitalClass(world: DigitalWorld): DigitalConstructor {
  class SimDigital implements Digital, SimDigitalInput {
    static readonly Input = MODES.Input;
    static readonly InputPullUp = MODES.InputPullUp;
    static readonly InputPullDown = MODES.InputPullDown;
    static readonly InputPullUpDown = MODES.InputPullUpDown;
    static readonly Output = MODES.Output;
    static readonly OutputOpenDrain = MODES.OutputOpenDrain;
    static readonly Rising = EDGES.Rising;
    static readonly Falling = EDGES.Falling;

    readonly #pin: number;
    readonly #mode: number;
    readonly #edge: number;
    readonly #onReadable: ((this: Digital) => void) | undefined;
    #written: Bit = 0;
    #closed = false;

    constructor(options: DigitalOptions) {
      const { pin, mode } = options;
      checkGpio(pin);
      if (!(Object.values(MODES) as number[]).includes(mode)) throw new RangeError(`invalid Digital mode ${mode}`);
      if (isOutput(mode) && isInputOnly(pin)) throw new RangeError(`GPIO ${pin} is input-only`);
      const edge = options.edge ?? 0;
      if (!Number.isInteger(edge) || (edge & ~(EDGES.Rising | EDGES.Falling)) !== 0) {
        throw new RangeError(`invalid Digital edge ${edge}`);
      }
      if (options.onReadable && (isOutput(mode) || edge === 0)) {
        throw new RangeError("onReadable needs an input mode and an edge");
      }
      this.#pin = pin;
      this.#mode = mode;
      this.#edge = edge;
      this.#onReadable = options.onReadable;
      world.pins.claim(pin, this);
      if (!isOutput(mode)) world.listen(pin, this);
    }

    read(): Bit {
      this.open();
      if (isOutput(this.#mode)) return this.#written;
      const level = world.level(this.#pin);
      if (level !== undefined) return level;
      return this.#mode === MODES.InputPullUp ? 1 : 0;
    }

    write(value: Bit): void {
      this.open();
      if (!isOutput(this.#mode)) throw new Error(`GPIO ${this.#pin} is an input; it cannot be written`);
      if (value !== 0 && value !== 1) throw new RangeError(`Digital write needs 0 or 1, got ${String(value)}`);
      this.#written = value;
      world.record(this.#pin, value);
    }

    close(): void {
      if (this.#closed) return;
      this.#closed = true;
      if (!isOutput(this.#mode)) world.listen(this.#pin, undefined);
      world.pins.release(this.#pin, this);
    }

    changed(from: Bit, to: Bit): void {
      if (this.#closed || !this.#onReadable) return;
      const edge = to > from ? EDGES.Rising : EDGES.Falling;
      if (this.#edge & edge) this.#onReadable.call(this);
    }

    private open(): void {
      if (this.#closed) throw new Error(`Digital on GPIO ${this.#pin} is closed`);
    }
  }
  return SimDigital;
}
