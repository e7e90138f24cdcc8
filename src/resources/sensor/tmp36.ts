// Sensor model `tmp36`: an Analog Devices TMP36 on one of a board's analog readers. Its output is
// 500 mV at 0 °C and rises 10 mV per °C.
import type { CaptureRead, ResourceName } from "../resource.ts";
import { ResourceConfigError } from "../resource.ts";
import type { Model } from "../model.ts";
import type { Board } from "../board/board.ts";
import { isBoard } from "../board/board.ts";
import type { Readings, Sensor } from "./sensor.ts";
import { readingsCapture } from "./sensor.ts";
import { frozen } from "../../frozen.ts";

export interface Tmp36Options {
  name: ResourceName;
  board: Board;
  analogReader: string;
  /** ADC reads averaged into one reading. */
  numReadings?: number;
  /** Volts at full scale when the reader's wiring differs from the board's nominal range. */
  vrefVolts?: number;
}

export const TMP36_OFFSET_VOLTS = 0.5;
export const TMP36_VOLTS_PER_DEGREE = 0.01;

export class Tmp36Sensor implements Sensor {
  readonly name: ResourceName;
  get model(): string {
    return "tmp36";
  }
  #board: Board;
  #reader: string;
  #numReadings: number;
  #vrefVolts?: number;

  constructor(options: Tmp36Options) {
    this.name = options.name;
    this.#board = options.board;
    this.#reader = options.analogReader;
    this.#numReadings = options.numReadings ?? 1;
    this.#vrefVolts = options.vrefVolts;
  }

  readings(): Readings {
    const first = this.#board.readAnalog(this.#reader);
    let sum = first.value;
    for (let i = 1; i < this.#numReadings; i++) sum += this.#board.readAnalog(this.#reader).value;
    const voltsPerCount = this.#vrefVolts === undefined ? first.stepSize : (first.stepSize * this.#vrefVolts) / first.maxRange;
    const volts = (sum / this.#numReadings) * voltsPerCount;
    return { temperature_celsius: (volts - TMP36_OFFSET_VOLTS) / TMP36_VOLTS_PER_DEGREE };
  }

  captureReader(method: string): CaptureRead {
    return readingsCapture(this, method);
  }

  /** The board owns the analog pin; it is released when the board closes. */
  close(): void {}
}

export const tmp36Sensor: Model = frozen({
  references: ["board"],
  create(context) {
    const attributes = context.attributes;
    const board = context.dependency("board", "board", isBoard);
    const analogReader = attributes.string("analog_reader");
    if (!board.analogReaderNames.includes(analogReader)) {
      throw new ResourceConfigError(`no analog reader "${analogReader}" on board "${board.name.name}"`, attributes.pathOf("analog_reader"));
    }
    const numReadings = attributes.optionalInteger("num_readings", { min: 1, max: 100 });
    const vrefVolts = attributes.optionalNumber("vref_volts");
    if (vrefVolts !== undefined && !(vrefVolts > 0)) attributes.fail("vref_volts", "must be > 0");
    return new Tmp36Sensor({ name: context.name, board, analogReader, numReadings, vrefVolts });
  },
});
