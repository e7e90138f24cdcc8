// What an analog pin sees, as a pure function of time: the same time always gives the same count,
// however often or in whatever order the firmware reads it. The board rounds and clamps the result
// to the 12-bit ADC range.

/** Raw ADC counts at monotonic time `tMs`. */
export type Signal = (tMs: number) => number;

const FULL_SCALE = 4095;

export function constant(count: number): Signal {
  return () => count;
}

export interface SineOptions {
  /** Count at the centre of the wave. */
  offset: number;
  amplitude: number;
  periodMs: number;
  /** Radians. */
  phase?: number;
}

export function sine(options: SineOptions): Signal {
  const { offset, amplitude, periodMs, phase = 0 } = options;
  if (!(periodMs > 0)) throw new RangeError(`periodMs must be > 0, got ${periodMs}`);
  return (t) => offset + amplitude * Math.sin((2 * Math.PI * t) / periodMs + phase);
}

export interface NoiseOptions {
  mean: number;
  /** Values are uniform in [mean - spread, mean + spread]. */
  spread: number;
  seed: number;
}

/** Uniform noise that depends only on the seed and the microsecond of `t`. */
export function noise(options: NoiseOptions): Signal {
  const { mean, spread } = options;
  const seed = options.seed >>> 0;
  return (t) => {
    const us = Math.floor(t * 1000);
    const low = us >>> 0;
    const high = Math.floor(us / 0x1_0000_0000) >>> 0;
    const unit = mix(mix(seed ^ low) ^ high) / 0x1_0000_0000;
    return mean + spread * (2 * unit - 1);
  };
}

export interface ReplayOptions {
  /**
   * Repeat the rows forever. One cycle runs from the first row's time to the last row's time plus
   * the gap before the last row, so evenly spaced samples loop evenly.
   */
  loop?: boolean;
}

/**
 * Holds each row's count from its time until the next row's time. Before the first row the first
 * count holds; after the last row (without `loop`) the last count holds.
 */
export function replay(rows: ReadonlyArray<readonly [number, number]>, options: ReplayOptions = {}): Signal {
  if (rows.length === 0) throw new RangeError("replay needs at least one row");
  const times = rows.map((row) => row[0]);
  const counts = rows.map((row) => row[1]);
  for (let i = 1; i < times.length; i++) {
    if (!(times[i]! > times[i - 1]!)) {
      throw new RangeError(`replay rows must have increasing times; row ${i} (${times[i]}) follows ${times[i - 1]}`);
    }
  }
  const first = times[0]!;
  const last = times[times.length - 1]!;
  const period = times.length > 1 ? last - first + (last - times[times.length - 2]!) : 0;
  return (t) => {
    let at = t;
    if (options.loop && period > 0 && at >= first) at = first + ((at - first) % period);
    return counts[lastAtOrBefore(times, at)]!;
  };
}

/**
 * Parses `t_ms,count` lines. A first line that is not numeric is taken as a header; blank lines are
 * skipped; anything else that does not parse is an error naming its 1-based line number.
 */
export function parseCsv(text: string): Array<[number, number]> {
  const rows: Array<[number, number]> = [];
  let seenContent = false;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "") continue;
    const isFirst = !seenContent;
    seenContent = true;
    const cells = line.split(",").map((cell) => cell.trim());
    const numbers = cells.map((cell) => (cell === "" ? NaN : Number(cell)));
    if (cells.length === 2 && numbers.every(Number.isFinite)) {
      rows.push([numbers[0]!, numbers[1]!]);
      continue;
    }
    if (isFirst && cells.length === 2 && numbers.every(Number.isNaN)) continue;
    throw new Error(`CSV line ${i + 1}: expected "t_ms,count", got "${line}"`);
  }
  return rows;
}

/** The count that `v` volts gives on an ADC whose full scale is `vref`. */
export function volts(v: number, vref = 3.3): number {
  return Math.min(FULL_SCALE, Math.max(0, Math.round((v / vref) * FULL_SCALE)));
}

function lastAtOrBefore(times: number[], t: number): number {
  let low = 0;
  let high = times.length - 1;
  if (t < times[0]!) return 0;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (times[mid]! <= t) low = mid;
    else high = mid - 1;
  }
  return low;
}

// A 32-bit integer hash (the lowbias32 constants) turning nearby inputs into unrelated outputs.
function mix(x: number): number {
  x >>>= 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}
