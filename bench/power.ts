// Battery life in deep-sleep mode, against viam-micro-server's deep-sleep mode, on the simulated board
// with the real firmware and the local cloud over loopback, at 1 reading per minute per collector.
//
// What is measured on the simulated board: wakes, the time each spends booting and awake (virtual
// time), the radio's time on (association included) as the on-demand Wi-Fi counts it, radio
// sessions, the bytes the firmware writes to its sockets, and every reading captured, uploaded and
// lost (the local cloud's rows, after a last sync). Wi-Fi fails at random (FAILURE_RATE of
// association attempts, seeded). What the simulation does not take time for comes from the current
// model below: the TLS handshake of each session (the local cloud is plain HTTP) and the airtime of
// the bytes sent.
//
// ESP32 current model (3.3 V), from Espressif's ESP32 Series Datasheet v4.x, §5 "Electrical
// Characteristics": Table "Power Consumption by Power Modes" and Table "RF Current Consumption in
// Active Mode" (https://www.espressif.com/sites/default/files/documentation/esp32_datasheet_en.pdf):
// - deep sleep with the RTC timer and RTC memory on: 10 µA;
// - CPU active with the radio off (modem-sleep, 160 MHz: 27 to 44 mA): 44 mA, the top of the range;
// - radio on, receiving or listening (Rx 802.11b/g/n: 95 to 100 mA): 100 mA, for association, DHCP
//   and the TLS handshake, whose crypto runs on the CPU while the radio listens;
// - transmitting (Tx 802.11g 54 Mbps at 16 dBm: 190 mA; 802.11b 1 Mbps at 19.5 dBm: 240 mA): 190 mA
//   for the airtime of the bytes sent at an effective TX_BPS.
// Durations the datasheet does not give are ours, stated here: association and DHCP take
// ASSOCIATE_MS (the simulated Wi-Fi takes that long), a TLS handshake TLS_HANDSHAKE_MS (Moddable's
// TLS runs in JavaScript), each wake bootMs of booting (ROM, bootloader, loading the app) and
// wakeWorkMs of firmware work (config, resources, the reads, the flash appends), which virtual time
// does not count. The simulated capture partition is 64 KB, which holds these rings many times over
// and keeps 10,000 boots quick.
//
// viam-micro-server's mode (firmware_mode deep_sleep_between_data_syncs in micro-rdk): every wake
// reads each collector once, connects, uploads and sleeps; it has no store, so a wake whose upload
// fails loses that wake's readings. It is measured by running this firmware the same way (a sync at
// every wake, deep_sleep.wakes_per_sync 1) on the same board, with the same model. Our backoff skips
// the radio at some wakes after a failure where viam-micro-server would try again, which makes its
// figures here, if anything, better than its own.
import type { Host, Sockets, TCPOptions } from "../src/host.ts";
import { MINUTE, sleepConfig, sleepRig, type SleepRig } from "../test/deep-sleep-rig.ts";
import { noise } from "../hosts/sim/signals.ts";

export const MODEL = {
  sleepMa: 0.01,
  cpuMa: 44,
  radioMa: 100,
  txMa: 190,
  txBps: 1_000_000,
  tlsHandshakeMs: 1_500,
  associateMs: 1_500,
  bootMs: 300,
  wakeWorkMs: 100,
  batteryMah: 2_000,
} as const;
const FAILURE_RATE = 0.1;
const OUR_WAKES = 10_000;
const THEIR_WAKES = 1_000;

export interface ModeFigures {
  wakes: number;
  readings: number;
  radioSessions: number;
  /** Radio on, measured (association and session) plus the modelled handshakes and airtime. */
  radioOnSeconds: number;
  radioOnSecondsPer1000Readings: number;
  bytesSent: number;
  mAhPerDay: number;
  daysOn2000mAh: number;
  readingsLost: number;
}

export interface PowerFigures {
  model: typeof MODEL & { failureRate: number };
  configs: Record<string, { ours: ModeFigures; viamMicroServer: ModeFigures; radioRatio: number; batteryRatio: number; met: boolean }>;
  goals: { radioRatio: number; batteryRatio: number; readingsLost: number };
  met: boolean;
}

/** Counts what the firmware writes to its sockets. */
function countBytes(host: Host, sent: { bytes: number }): void {
  const sockets = host.sockets;
  if (sockets === undefined) return;
  class Counting extends sockets.TCP {
    constructor(options: TCPOptions) {
      super(options);
    }
    override write(buffer: ArrayBuffer | Uint8Array): void {
      sent.bytes += buffer.byteLength;
      super.write(buffer);
    }
  }
  host.sockets = { ...sockets, TCP: Counting } as Sockets;
}

async function runMode(collectors: number, wakesPerSync: number, wakes: number): Promise<ModeFigures> {
  // Uniform in [0, 1) by the world's time of each attempt: the same failures on every run.
  const chance = noise({ mean: 0.5, spread: 0.5, seed: 0x5eed + collectors * 7 + wakesPerSync });
  const sent = { bytes: 0 };
  let failing = true;
  const rig: SleepRig = await sleepRig({
    config: sleepConfig({ rates: Array.from({ length: collectors }, () => 1 / 60), deepSleep: { wakes_per_sync: wakesPerSync } }),
    bootMs: MODEL.bootMs,
    flashSize: 16 * 4096,
    wifi: { associateMs: MODEL.associateMs, associates: () => !failing || chance(rig.device.clock.monotonic()) >= FAILURE_RATE },
    beforeBoot: (host) => countBytes(host, sent),
  });
  try {
    await rig.run(wakes * MINUTE - 1);
    const state = rig.slept();
    const durationMs = rig.device.clock.monotonic();
    const wifi = rig.device.board.wifi;
    const failedSessions = state.radioSessions - countSyncs(rig.logs);
    const handshakes = state.radioSessions - failedSessions;
    const airtimeMs = ((sent.bytes * 8) / MODEL.txBps) * 1000;
    const radioMs = wifi.radioMs + handshakes * MODEL.tlsHandshakeMs + airtimeMs;
    const sleptMs = rig.device.deepSleep.sleptMs;
    const bootMs = state.wakes * MODEL.bootMs;
    const workMs = state.wakes * MODEL.wakeWorkMs;
    const cpuMs = Math.max(0, durationMs - sleptMs - bootMs - wifi.radioMs) + bootMs + workMs;
    const mAh =
      (MODEL.sleepMa * (sleptMs - workMs) + MODEL.cpuMa * cpuMs + MODEL.radioMa * (radioMs - airtimeMs) + MODEL.txMa * airtimeMs) / 3_600_000;
    const days = durationMs / 86_400_000;
    const readings = state.captured;
    // viam-micro-server deletes a wake's readings before it uploads them: a failed session loses them.
    const theirLoss = wakesPerSync === 1 ? failedSessions * collectors : undefined;
    // Ours: the Wi-Fi recovers, one more sync, and whatever the cloud lacks then is lost.
    failing = false;
    await rig.run(wakesPerSync * 2 * MINUTE + 64 * MINUTE);
    const finalState = rig.slept();
    const inCloud = rig.cloud.counts().reduce((sum, row) => sum + row.count - row.duplicates, 0);
    const ourLoss = Math.max(0, finalState.captured - inCloud - finalState.sinceSync * collectors);
    return {
      wakes: state.wakes,
      readings,
      radioSessions: state.radioSessions,
      radioOnSeconds: round(radioMs / 1000),
      radioOnSecondsPer1000Readings: round((radioMs / 1000 / readings) * 1000),
      bytesSent: sent.bytes,
      mAhPerDay: round(mAh / days),
      daysOn2000mAh: round(MODEL.batteryMah / (mAh / days)),
      readingsLost: theirLoss ?? ourLoss,
    };
  } finally {
    await rig.close();
  }
}

function countSyncs(logs: string[]): number {
  return logs.filter((line) => line.includes("info: deep sleep: synced ")).length;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export async function powerBench(): Promise<PowerFigures> {
  const goals = { radioRatio: 5, batteryRatio: 3, readingsLost: 0 };
  const configs: PowerFigures["configs"] = {};
  for (const [name, collectors] of [["one sensor", 1], ["five collectors", 5]] as const) {
    const ours = await runMode(collectors, 10, OUR_WAKES);
    const viamMicroServer = await runMode(collectors, 1, THEIR_WAKES);
    const radioRatio = round(viamMicroServer.radioOnSecondsPer1000Readings / ours.radioOnSecondsPer1000Readings);
    const batteryRatio = round(ours.daysOn2000mAh / viamMicroServer.daysOn2000mAh);
    const met = radioRatio >= goals.radioRatio && batteryRatio >= goals.batteryRatio && ours.readingsLost <= goals.readingsLost;
    configs[name] = { ours, viamMicroServer, radioRatio, batteryRatio, met };
  }
  return { model: { ...MODEL, failureRate: FAILURE_RATE }, configs, goals, met: Object.values(configs).every((c) => c.met) };
}
