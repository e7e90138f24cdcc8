// What the example machine (examples/config.json) is wired to on the simulated board, so that
// `npm start` captures readings that move: a light sensor on a slow sine, a TMP36 near room
// temperature with a little noise, a switch on GPIO 15 and a flow meter pulsing GPIO 4.

import type { SimBoard } from "./board.ts";
import { noise, sine, volts } from "./signals.ts";

export function wireExampleWorld(board: SimBoard): void {
  board.analog(34, sine({ offset: 2048, amplitude: 1500, periodMs: 60_000 }));
  // 0.75 V is 25 °C on a TMP36.
  board.analog(35, noise({ mean: volts(0.75), spread: 12, seed: 35 }));
  board.squareWave(15, 7_000);
  board.squareWave(4, 250);
}
