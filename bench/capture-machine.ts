// A machine with one capture collector on the simulated board, in virtual time. Portable (it is
// bundled into XS for the meter benchmark and the same-bytes check): it imports only src/ and
// hosts/sim/. The analog input is a deterministic function of time, so Node and XS see the same
// readings and must write the same flash bytes.
import { VirtualClock } from "../hosts/sim/clock.ts";
import { SimBoard } from "../hosts/sim/board.ts";
import { SimFlash } from "../hosts/sim/flash.ts";
import { MemoryKeyValue } from "../hosts/sim/key-value.ts";
import { createMemoryHost } from "../hosts/sim/memory-host.ts";
import { sine } from "../hosts/sim/signals.ts";
import { parseMachineConfig } from "../src/config/parse.ts";
import type { ConfigIssue } from "../src/config/types.ts";
import { buildResources } from "../src/resources/build.ts";
import { DataManager } from "../src/data/data-manager.ts";
import type { CollectorCounters } from "../src/data/collector.ts";

export interface CaptureMachineOptions {
  /** Capture rate of the one Analogs collector; default 100 Hz. */
  hz?: number;
  /** cache_size_kb of the collector; default 1 (Viam's default). */
  cacheSizeKb?: number;
  /** Size of the capture partition in 4096-byte blocks; default 16. */
  blocks?: number;
}

export interface CaptureMachine {
  /** Runs virtual time forward by `ticks` capture periods. */
  advance(ticks: number): void;
  readonly counters: CollectorCounters;
  /** The capture partition as it is on flash now. */
  flashBytes(): Uint8Array;
  close(): void;
}

const WALL = 1_717_243_200_000; // 2024-06-01T12:00:00Z

export function createCaptureMachine(options: CaptureMachineOptions = {}): CaptureMachine {
  const hz = options.hz ?? 100;
  const clock = new VirtualClock({ wall: WALL });
  const board = new SimBoard({ clock });
  board.analog(34, sine({ offset: 2048, amplitude: 1500, periodMs: 7_919 }));
  const flash = new SimFlash({ size: (options.blocks ?? 16) * 4096 });
  const host = createMemoryHost({ clock, board, flash, kv: new MemoryKeyValue() });
  const parsed = parseMachineConfig({
    components: [
      {
        name: "board",
        type: "board",
        model: "esp32",
        attributes: { analogs: [{ name: "light", pin: 34 }] },
        service_configs: [
          {
            type: "data_manager",
            attributes: {
              capture_methods: [
                {
                  method: "Analogs",
                  capture_frequency_hz: hz,
                  cache_size_kb: options.cacheSizeKb ?? 1,
                  additional_params: { reader_name: "light" },
                },
              ],
            },
          },
        ],
      },
    ],
    services: [{ name: "dm", type: "data_manager", attributes: {} }],
  });
  const issues: ConfigIssue[] = [...parsed.issues];
  const report = (issue: ConfigIssue) => issues.push(issue);
  const resources = buildResources(host, parsed.config.components, report);
  const data = new DataManager({ host, config: parsed.config, resources, epoch: 1, report });
  const collector = data.collectors[0];
  if (issues.length > 0 || collector === undefined) {
    throw new Error(`capture machine did not start: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
  }
  const periodMs = 1000 / hz;
  let ticks = 0;
  return {
    advance(count: number) {
      ticks += count;
      clock.advanceTo(Math.round(ticks * periodMs));
    },
    get counters() {
      return collector.counters;
    },
    flashBytes: () => flash.bytes.slice(),
    close() {
      data.close();
      for (const resource of resources.values()) resource.close();
    },
  };
}
