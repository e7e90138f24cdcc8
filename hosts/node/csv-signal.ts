// An analog signal replayed from a recording on disk, for scripting pins from the command line.

import { readFileSync } from "node:fs";
import { parseCsv, replay, type ReplayOptions, type Signal } from "../sim/signals.ts";
import { errorMessage } from "../../src/error-message.ts";

/** Reads `t_ms,count` rows from a CSV file; errors name the file and the line. */
export function csvSignal(path: string, options: ReplayOptions = {}): Signal {
  let rows: Array<[number, number]>;
  try {
    rows = parseCsv(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: ${errorMessage(error)}`);
  }
  return replay(rows, options);
}
