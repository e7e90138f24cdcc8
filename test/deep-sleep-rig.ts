// A simulated board in deep-sleep mode, in virtual time, syncing over loopback to the local cloud:
// the world's clock runs one timer at a time, and while a sync wake has a call on the wire, real
// time runs until it is answered.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { boot, type Machine } from "../src/boot.ts";
import { startLocalCloud, type LocalCloud } from "../hosts/node/cloud/local-cloud.ts";
import { SimulatedDevice } from "../hosts/node/simulated-device.ts";
import type { SimBoard } from "../hosts/sim/board.ts";
import type { VirtualClock } from "../hosts/sim/clock.ts";
import type { SimWifiOptions } from "../hosts/sim/wifi.ts";
import type { SleepState } from "../src/sleep/retained-state.ts";
import type { Host } from "../src/host.ts";

export const WALL = Date.UTC(2025, 5, 1, 12);
export const MINUTE = 60_000;

export interface SleepRig {
  device: SimulatedDevice<Machine>;
  cloud: LocalCloud;
  logs: string[];
  /** Runs the world for `ms` of virtual time. */
  run(ms: number): Promise<void>;
  /** The retained state the last wake left (the board is asleep between wakes). */
  slept(): SleepState;
  close(): Promise<void>;
}

export interface RigOptions {
  config: object;
  /** What the local cloud serves; the local config by default. */
  cloudConfig?: object;
  setup?: (board: SimBoard) => void;
  wifi?: SimWifiOptions;
  bootMs?: number;
  flashSize?: number;
  credentials?: boolean;
  /** Wall ms at power-on (WALL by default; 0: a clock SNTP has not set). */
  wall?: number;
  /** Runs before each boot, with the host that boot gets. */
  beforeBoot?: (host: Host) => void;
}

const immediate = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function sleepRig(options: RigOptions): Promise<SleepRig> {
  const part = { id: "sleep-part", secret: "sleep-secret-x1", config: options.cloudConfig ?? options.config };
  const cloud = await startLocalCloud({ parts: [part] });
  const dir = mkdtempSync(join(tmpdir(), "deep-sleep-"));
  const logs: string[] = [];
  const device: SimulatedDevice<Machine> = new SimulatedDevice<Machine>({
    dir,
    config: JSON.stringify(options.config),
    ...(options.credentials !== false && {
      credentials: JSON.stringify({ cloud: { id: part.id, secret: part.secret, app_address: cloud.url } }),
    }),
    virtual: true,
    wall: options.wall ?? WALL,
    boot: (host, bootOptions) => {
      options.beforeBoot?.(host);
      return boot(host, bootOptions);
    },
    wifi: { onDemand: true, ...options.wifi },
    ...(options.bootMs !== undefined && { bootMs: options.bootMs }),
    ...(options.flashSize !== undefined && { flashSize: options.flashSize }),
    log: (level, message) => logs.push(`${(device.clock as VirtualClock).monotonic()} ${level}: ${message}`),
    ...(options.setup && { setup: options.setup }),
  });
  const world = device.clock as VirtualClock;
  const syncing = () => device.running && device.machine.deepSleep?.phase === "syncing";

  async function settle(): Promise<void> {
    const guard = Date.now() + 20_000;
    for (let quiet = 0; quiet < 3; ) {
      await immediate();
      quiet = syncing() ? 0 : quiet + 1;
      if (Date.now() > guard) throw new Error("a sync wake is still waiting after 20 s of real time");
    }
  }

  device.start();
  await settle();
  return {
    device,
    cloud,
    logs,
    async run(ms) {
      const until = world.monotonic() + ms;
      while (world.runNext(until)) await settle();
      world.advanceTo(until);
    },
    slept() {
      const text = device.deepSleep.retained;
      if (text === undefined) throw new Error("nothing retained: the board has not slept since its last reset");
      return JSON.parse(text) as SleepState;
    },
    async close() {
      device.close();
      await cloud.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One sensor capture method per entry, on `fake` sensors (their readings are constants). */
export function sleepConfig(options: {
  rates: number[];
  deepSleep?: object;
  dataManager?: object;
  advanced?: object;
  extraComponents?: object[];
}): object {
  return {
    components: [
      ...options.rates.map((hz, i) => ({
        name: `s${i}`,
        type: "sensor",
        model: "fake",
        service_configs: [{ type: "data_manager", attributes: { capture_methods: [{ method: "Readings", capture_frequency_hz: hz }] } }],
      })),
      ...(options.extraComponents ?? []),
    ],
    services: [
      { name: "dm", type: "data_manager", attributes: { ...options.dataManager, ...(options.deepSleep && { deep_sleep: options.deepSleep }) } },
    ],
    agent: { advanced_settings: { firmware_mode: "deep_sleep_between_data_syncs", ...options.advanced } },
  };
}
