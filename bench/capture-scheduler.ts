// schedulerBench: the capture scheduler in REAL time on the simulated board (Node's clock and
// timers, hosts/node/real-clock.ts): achieved against configured rate, how late each capture runs
// after its due time (p50/p99/max, measured below the clock's whole ms), and the process CPU time
// this took, at 100 Hz and 1 kHz. Each tick does the full capture work: an Analogs read on the
// simulated board, the record encode and the flash append. The figures depend on how busy the
// machine is: other processes competing for the cores show up as late and skipped ticks.
import { performance } from "node:perf_hooks";
import { RealClock } from "../hosts/node/real-clock.ts";
import { SimBoard } from "../hosts/sim/board.ts";
import { SimFlash } from "../hosts/sim/flash.ts";
import { MemoryKeyValue } from "../hosts/sim/key-value.ts";
import { createMemoryHost } from "../hosts/sim/memory-host.ts";
import { sine } from "../hosts/sim/signals.ts";
import { buildResources } from "../src/resources/build.ts";
import { parseMachineConfig } from "../src/config/parse.ts";
import { RingStore } from "../src/data/store/ring-store.ts";
import { Collector } from "../src/data/collector.ts";
import { RecordEncoder } from "../src/data/record-codec.ts";
import { Scheduler } from "../src/data/scheduler.ts";

export interface SchedulerFigure {
  configuredHz: number;
  achievedHz: number;
  /** |achieved - configured| / configured, in percent. */
  rateErrorPct: number;
  captured: number;
  missedTicks: number;
  /** Lateness of captures after their due time, ms. */
  jitterP50Ms: number;
  jitterP99Ms: number;
  jitterMaxMs: number;
  /** Process CPU time (user + system, all threads) per wall second while the scheduler ran, ms. */
  cpuMsPerSecond: number;
  goal: { rateErrorPct: number; jitterP99Ms?: number };
  met: boolean;
}

export interface SchedulerBench {
  seconds: number;
  rates: SchedulerFigure[];
}

async function runAt(hz: number, seconds: number): Promise<SchedulerFigure> {
  const clock = new RealClock({ wall: Date.UTC(2024, 5, 1) });
  const board = new SimBoard({ clock });
  board.analog(34, sine({ offset: 2048, amplitude: 1500, periodMs: 1000 }));
  const host = createMemoryHost({ clock, board, flash: new SimFlash({ size: 64 * 4096 }), kv: new MemoryKeyValue() });
  const parsed = parseMachineConfig({
    components: [{ name: "board", type: "board", model: "esp32", attributes: { analogs: [{ name: "light", pin: 34 }] } }],
  });
  const resources = buildResources(host, parsed.config.components, (issue) => {
    throw new Error(`${issue.path}: ${issue.message}`);
  });
  const store = new RingStore({
    partition: host.flash.open({ path: "capture" }),
    epoch: 1,
    durable: false,
    rings: [{ owner: 1, name: "board/Analogs(light)", capacityBytes: 1024 }],
  });
  const collector = new Collector({
    component: { type: "board", name: "board" },
    capture: { method: "Analogs", additionalParams: { reader_name: "light" }, captureFrequencyHz: hz },
    read: resources.get("board")!.captureReader("Analogs", { reader_name: "light" }),
    ring: store.ring(1)!,
    context: { clock, log: host.log, encoder: new RecordEncoder() },
  });

  const periodMs = 1000 / hz;
  const lateness: number[] = [];
  let tick = 0;
  const task = {
    hz,
    tick() {
      tick++;
      lateness.push(clock.preciseMonotonic() - (start + Math.round(tick * periodMs)));
      collector.tick();
    },
    missed(count: number) {
      tick += count;
      collector.missed(count);
    },
  };
  // The Scheduler takes its start from the whole-ms clock. Build it just after the clock ticks over,
  // and again in the rare case that doing so took until the next ms (compiling its code on first use),
  // so that it surely took `start` and the due times measured against are its due times.
  let start: number;
  let scheduler: Scheduler;
  for (;;) {
    for (const from = clock.monotonic(); clock.monotonic() === from; );
    start = clock.monotonic();
    scheduler = new Scheduler({ clock, timers: clock, tasks: [task] });
    if (clock.monotonic() === start) break;
    scheduler.close();
  }
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  // Ends on the same clock between the last tick in the window and the next one (or level with the
  // next one, but armed before it, so it runs first): the count cannot pick up a tick past the window.
  await new Promise<void>((resolve) => {
    const end = start + seconds * 1000 + Math.ceil(periodMs / 2);
    clock.set(() => {
      scheduler.close();
      resolve();
    }, end - clock.monotonic());
  });
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMsPerSecond = (cpu.user + cpu.system) / 1000 / ((performance.now() - wallBefore) / 1000);
  const elapsedTicks = Math.floor(seconds * hz);
  const counters = collector.counters;
  store.close();
  for (const resource of resources.values()) resource.close();
  clock.close();

  // Ticks due within the window: the achieved rate counts what ran of those.
  const ran = lateness.length;
  const achievedHz = ran / seconds;
  const rateErrorPct = (Math.abs(achievedHz - hz) / hz) * 100;
  lateness.sort((a, b) => a - b);
  const pick = (q: number) => round(lateness[Math.min(lateness.length - 1, Math.floor(q * lateness.length))] ?? NaN);
  const goal = hz === 100 ? { rateErrorPct: 1, jitterP99Ms: 5 } : { rateErrorPct: 1 };
  const jitterP99Ms = pick(0.99);
  return {
    configuredHz: hz,
    achievedHz: round(achievedHz),
    rateErrorPct: round(rateErrorPct),
    captured: counters.captured,
    missedTicks: counters.missedTicks,
    jitterP50Ms: pick(0.5),
    jitterP99Ms,
    jitterMaxMs: round(lateness[lateness.length - 1] ?? NaN),
    cpuMsPerSecond: round(cpuMsPerSecond),
    goal,
    met: rateErrorPct <= goal.rateErrorPct && (goal.jitterP99Ms === undefined || jitterP99Ms < goal.jitterP99Ms) && ran <= elapsedTicks,
  };
}

export async function schedulerBench(options: { seconds?: number } = {}): Promise<SchedulerBench> {
  const seconds = options.seconds ?? 3;
  const rates: SchedulerFigure[] = [];
  for (const hz of [100, 1000]) rates.push(await runAt(hz, seconds));
  return { seconds, rates };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
