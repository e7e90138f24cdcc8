// bytesPerReading: flash bytes our store spends per reading against what viam-micro-server keeps
// per reading (a length-delimited SensorData protobuf), from the same captured readings.
//
// The comparison uses viam-micro-server's own timestamps: its board collectors (Analogs, Gpios) stamp
// readings with the time since boot, so their Timestamp seconds are small varints; its sensor and
// movement-sensor Readings carry wall time. Encoding every reading with wall time would inflate its
// board records by about 6 bytes and flatter our ratio.
//
// Ours is measured, not computed: an hour of virtual capture on the simulated board, through the real
// DataManager, collectors and RingStore; each full ring block's 4096 bytes (header, acknowledgement
// bitmap, entries with their length and CRC bytes, and the unused tail) are divided by the readings
// it holds. The same readings, read back as SensorData, are encoded in viam-micro-server's format.
import { VirtualClock } from "../hosts/sim/clock.ts";
import { SimBoard } from "../hosts/sim/board.ts";
import { SimFlash } from "../hosts/sim/flash.ts";
import { MemoryKeyValue } from "../hosts/sim/key-value.ts";
import { createMemoryHost } from "../hosts/sim/memory-host.ts";
import { noise, sine } from "../hosts/sim/signals.ts";
import { SimMpu6050 } from "../hosts/sim/devices/mpu6050.ts";
import { parseMachineConfig } from "../src/config/parse.ts";
import type { ConfigIssue } from "../src/config/types.ts";
import { buildResources } from "../src/resources/build.ts";
import type { CaptureData, Resource } from "../src/resources/resource.ts";
import { DataManager } from "../src/data/data-manager.ts";
import type { Collector } from "../src/data/collector.ts";
import { CURSOR_SPAN } from "../src/data/store/layout.ts";
import type { SensorData, Timestamp } from "../src/data/sensor-data.ts";
import { timestampFromMs } from "../src/data/sensor-data.ts";
import { readBack } from "../src/data/read-back.ts";
import { encodeSensorDataDelimited } from "./capture-sensor-data-proto.ts";

const WALL = 1_717_243_200_000;
const BLOCK = 4096;
const SECONDS = 3600;

export interface BytesFigure {
  readings: number;
  /** Flash bytes per reading, all store overhead included. */
  ours: number;
  /** Mean payload bytes (our compact record) per reading. */
  oursPayload: number;
  /** Mean length-delimited SensorData bytes per reading. */
  viamMicroServer: number;
  /** How many more readings fit in the same bytes. */
  ratio: number;
  /** Absent for figures shown for information only. */
  goal?: number;
  met?: boolean;
}

export interface BytesPerReading {
  Analogs: BytesFigure;
  Gpios: BytesFigure;
  /** The 3-field Readings of the firmware's MPU-6050 driver (angular_velocity, linear_acceleration,
   *  temperature_celsius) on the simulated chip. */
  Readings: BytesFigure;
  /** For information: a 3-field Readings of a third-party sensor whose keys are not in the key
   *  dictionary, so every key is spelled out in every record. */
  ReadingsUnknownKeys: BytesFigure;
}

/** A third-party BME280-class module: three float readings from noisy raw words, converted the way
 *  such drivers do, so values are arbitrary doubles rather than short decimals. */
function environmentSensor(clock: VirtualClock): Resource {
  const raw = noise({ mean: 32768, spread: 2000, seed: 7 });
  const word = (t: number) => Math.round(raw(t));
  return {
    name: { namespace: "rdk", type: "component", subtype: "sensor", name: "env" },
    model: "bench-environment",
    captureReader: () => (): CaptureData => {
      const t = clock.monotonic();
      return {
        readings: {
          temp_c: -45 + (175 * word(t)) / 65535,
          humidity_pct_rh: (100 * word(t + 0.25)) / 65535,
          pressure_hpa: 900 + (word(t + 0.5) * 200) / 65535,
        },
      };
    },
    close() {},
  };
}

/** How viam-micro-server stamps a method's readings: board methods with the time since boot. */
function viamTimes(method: string, data: SensorData, bootWallMs: number): SensorData {
  if (method !== "Analogs" && method !== "Gpios") return data;
  const sinceBoot = (t: Timestamp) => timestampFromMs(t.seconds * 1000 + t.nanos / 1e6 - bootWallMs);
  const { timeRequested, timeReceived } = data.metadata;
  return {
    metadata: { timeRequested: sinceBoot(timeRequested), timeReceived: sinceBoot(timeReceived) },
    struct: data.struct,
  };
}

function measure(collector: Collector, goal?: number): BytesFigure {
  const perBlock = new Map<number, number>();
  let payloadBytes = 0;
  for (const entry of collector.ring.entries()) {
    const seq = Math.floor(entry.cursor / CURSOR_SPAN);
    perBlock.set(seq, (perBlock.get(seq) ?? 0) + 1);
    payloadBytes += entry.payload.length;
  }
  // The newest block is still filling; only full blocks show the real cost per reading.
  const full = [...perBlock.keys()].sort((a, b) => a - b).slice(0, -1);
  const inFull = full.reduce((sum, seq) => sum + perBlock.get(seq)!, 0);
  if (full.length === 0) throw new Error(`${collector.name}: no full block to measure`);
  let viamBytes = 0;
  let readings = 0;
  // The ring's own records, without the constant fields (Analogs' range) that sync adds to each
  // upload: viam-micro-server stores only {value}, and this compares what each keeps in flash.
  for (const stored of readBack(collector.ring, collector.method)) {
    viamBytes += encodeSensorDataDelimited(viamTimes(collector.method, stored.sensorData, WALL)).length;
    readings++;
  }
  const ours = (full.length * BLOCK) / inFull;
  const viamMicroServer = viamBytes / readings;
  const ratio = viamMicroServer / ours;
  const figure: BytesFigure = {
    readings,
    ours: round(ours),
    oursPayload: round(payloadBytes / readings),
    viamMicroServer: round(viamMicroServer),
    ratio: round(ratio),
  };
  if (goal !== undefined) {
    figure.goal = goal;
    figure.met = ratio >= goal;
  }
  return figure;
}

export function bytesPerReading(): BytesPerReading {
  const clock = new VirtualClock({ wall: WALL });
  const board = new SimBoard({ clock });
  board.analog(34, sine({ offset: 2048, amplitude: 1800, periodMs: 61_000 }));
  const toggles = noise({ mean: 0.5, spread: 0.5, seed: 3 });
  board.scriptDigital(
    15,
    Array.from({ length: SECONDS * 2 }, (_, i) => [i * 500 + 250, toggles(i) < 0.5 ? 0 : 1] as const),
  );
  const mpu = new SimMpu6050();
  board.i2c().attach(0x68, mpu);
  const motion = noise({ mean: 0, spread: 1, seed: 11 });
  clock.repeat(() => {
    const t = clock.monotonic();
    mpu.acceleration = { x: motion(t) * 0.2, y: motion(t + 0.1) * 0.2, z: 1 + motion(t + 0.2) * 0.05 };
    mpu.angularVelocity = { x: motion(t + 0.3) * 30, y: motion(t + 0.4) * 30, z: motion(t + 0.5) * 30 };
    mpu.temperature = 30 + motion(t + 0.6) * 2;
  }, 100);
  const flash = new SimFlash({ size: 512 * BLOCK });
  const host = createMemoryHost({ clock, board, flash, kv: new MemoryKeyValue() });
  const methods = (list: unknown[]) => [{ type: "data_manager", attributes: { capture_methods: list } }];
  const parsed = parseMachineConfig({
    components: [
      {
        name: "board",
        type: "board",
        model: "esp32",
        attributes: { pins: [15], analogs: [{ name: "light", pin: 34 }] },
        service_configs: methods([
          { method: "Analogs", capture_frequency_hz: 10, cache_size_kb: 320, additional_params: { reader_name: "light" } },
          { method: "Gpios", capture_frequency_hz: 1, cache_size_kb: 64, additional_params: { pin_name: "15" } },
        ]),
      },
      {
        name: "imu",
        type: "movement_sensor",
        model: "mpu6050",
        attributes: {},
        service_configs: methods([{ method: "Readings", capture_frequency_hz: 1, cache_size_kb: 300 }]),
      },
      {
        name: "env",
        type: "sensor",
        model: "fake",
        attributes: {},
        service_configs: methods([{ method: "Readings", capture_frequency_hz: 1, cache_size_kb: 300 }]),
      },
    ],
    services: [{ name: "dm", type: "data_manager", attributes: {} }],
  });
  const issues: ConfigIssue[] = [...parsed.issues];
  const report = (issue: ConfigIssue) => issues.push(issue);
  const resources = buildResources(host, parsed.config.components, report);
  resources.get("env")?.close();
  resources.set("env", environmentSensor(clock));
  const data = new DataManager({ host, config: parsed.config, resources, epoch: 1, report });
  if (issues.length > 0) throw new Error(issues.map((i) => `${i.path}: ${i.message}`).join("; "));
  try {
    clock.advance(SECONDS * 1000);
    const [analogs, gpios, imu, env] = data.collectors;
    for (const c of data.collectors) {
      if (c.counters.droppedOldest > 0 || c.counters.readErrors > 0) throw new Error(`${c.name} lost readings`);
    }
    return {
      Analogs: measure(analogs, 5),
      Gpios: measure(gpios, 5),
      Readings: measure(imu, 2),
      ReadingsUnknownKeys: measure(env),
    };
  } finally {
    data.close();
    for (const resource of resources.values()) resource.close();
    board.close();
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
