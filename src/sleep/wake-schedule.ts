// When deep-sleep wakes happen and what each reads. Collectors keep their own rates: a collector of
// period P is due at every whole multiple of P in wall time, and the board wakes for the earliest of
// those across its collectors, so collectors whose due times meet share a wake (a 60 s and a 300 s
// collector wake together every fifth minute). Wall time is the clock that runs on through deep
// sleep (the ESP32's RTC keeps the system time); monotonic time starts again at every wake.
import { WALL_CLOCK_VALID_FROM } from "../data/collector.ts";

export interface Periodic {
  readonly hz: number;
}

/** How many of `task`'s due times fell in (since, now]: 0 when it is not due now. */
export function dueTicks(task: Periodic, since: number | undefined, now: number): number {
  if (since === undefined || jumped(since, now)) return 1;
  const period = 1000 / task.hz;
  return Math.max(0, Math.floor(now / period) - Math.floor(since / period));
}

/** Ms from `now` to the earliest due time after it; undefined without tasks. */
export function msToNextDue(tasks: readonly Periodic[], now: number): number | undefined {
  let next = Infinity;
  for (const task of tasks) {
    const period = 1000 / task.hz;
    next = Math.min(next, (Math.floor(now / period) + 1) * period);
  }
  return next === Infinity ? undefined : Math.max(1, Math.ceil(next - now));
}

/** SNTP set the clock, or it went back: the time since the last wake means nothing. */
function jumped(since: number, now: number): boolean {
  return now < since || (since < WALL_CLOCK_VALID_FROM && now >= WALL_CLOCK_VALID_FROM);
}
