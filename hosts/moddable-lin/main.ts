// The firmware in Moddable's own XS runtime on Linux (`mcconfig -p lin`): the same preloaded modules
// and the manifest's fixed heap as on the board, run headless by scripts/moddable-run.ts. What an
// ESP32 gets from its hardware comes from the simulated board of hosts/sim, wired like `npm start`'s
// example world, and time runs on a virtual clock that a real Moddable Timer drives faster than real
// time, so that minutes of capture take seconds. The network is real: Moddable's ECMA-419 TCP and
// listener on loopback, to the local cloud and to gRPC clients.
//
// It writes one JSON line per report to stdout (via trace): after boot, after each sync round, and
// at the end; the runner reads them. Nothing more: what the runner builds counts against the heap
// the firmware is measured in.
import Timer from "timer";
import { boot, type Machine } from "../../src/boot.ts";
import { SimBoard } from "../sim/board.ts";
import { VirtualClock } from "../sim/clock.ts";
import { wireExampleWorld } from "../sim/example-world.ts";
import { MemoryKeyValue } from "../sim/key-value.ts";
import { createMemoryHost } from "../sim/memory-host.ts";
import { ModdableListener, openTcp } from "../moddable/moddable-tcp.ts";
import { resolvingSocketClass } from "../moddable/resolving-socket.ts";
import { LinFlash } from "./lin-flash.ts";
import { environment, heapMeter, resetHeapPeaks, type HeapMeter } from "./lin-native.js";

const STEP_MS = 10;
const PARTITION_BYTES = 1024 * 1024;

function required(name: string): string {
  const value = environment(name);
  if (value === undefined) throw new Error(`${name} is not set: run this through "npm run moddable:run"`);
  return value;
}

function report(kind: string, fields: object): void {
  trace(`${JSON.stringify({ report: kind, ...fields })}\n`);
}

interface Peak {
  slots: number;
  chunks: number;
  chunks32: number;
}

function status(machine: Machine, clock: VirtualClock) {
  const collectors = machine.data.collectors.map((collector) => ({ name: collector.name, ...collector.counters }));
  return { virtualMs: clock.monotonic(), collectors, sync: machine.sync?.state, server: machine.server?.stats() };
}

export default function main(): void {
  // The runtime alone, before the runner makes anything.
  report("start", { heap: heapMeter() });
  const speed = Number(required("VIAM_LIN_SPEED"));
  const durationMs = Number(required("VIAM_LIN_DURATION_MS"));
  const clock = new VirtualClock({ wall: Date.now() });
  const board = new SimBoard({ clock, wifi: { connected: true, rssi: -55 } });
  wireExampleWorld(board);
  // Nothing here draws from a hardware generator; backoff jitter is all the firmware uses it for here.
  // The runner talks to IP addresses only; a name fails, later, as the Resolve contract says.
  const noResolver = (_host: string, callback: (address: string | undefined) => void) => Timer.set(() => callback(undefined));
  const randomBytes = (count: number) => Uint8Array.from({ length: count }, () => Math.floor(Math.random() * 256));
  const host = createMemoryHost({
    clock,
    board,
    flash: new LinFlash({ size: PARTITION_BYTES }),
    kv: new MemoryKeyValue(),
    log: (level, message) => report("log", { level, message }),
    randomBytes,
    sockets: {
      TCP: resolvingSocketClass({ resolve: noResolver, open: openTcp }),
      TLS: resolvingSocketClass({
        resolve: noResolver,
        open: () => {
          throw new Error("the Linux runner talks to the local cloud without TLS");
        },
      }),
      Listener: ModdableListener,
    },
    platform: "linux (Moddable XS)",
  });

  // What the simulated world and the host cost before the firmware boots: on a board, native IO
  // stands in for most of it.
  report("host", { heap: heapMeter() });

  // Empty credentials run capture alone, and port "off" no server: what each part costs is measured that way.
  const credentials = required("VIAM_LIN_CREDENTIALS");
  const port = required("VIAM_LIN_PORT");
  const machine = boot(host, {
    config: required("VIAM_LIN_CONFIG"),
    ...(credentials !== "" && { credentials }),
    server: port === "off" ? false : { port: Number(port) },
  });
  const afterBoot: HeapMeter = heapMeter();
  report("boot", { epoch: machine.epoch, resources: machine.resources.size, issues: machine.issues.map((issue) => issue.path), heap: afterBoot });
  resetHeapPeaks();

  // Live memory is sampled after a collection at every step while a sync round or a call is in
  // flight; a step is between two turns of the runtime, so what a function holds only inside one
  // turn is not seen. The runner also runs the firmware in a heap cut to the goal, which catches that.
  const peak: Peak = { slots: afterBoot.slots, chunks: afterBoot.chunks, chunks32: afterBoot.chunks32 };
  let rounds = 0;
  const timer = Timer.repeat(() => {
    clock.advance(STEP_MS * speed);
    const busy = machine.sync?.state.syncing === true || (machine.server?.stats().connections ?? 0) > 0;
    if (busy) {
      const now = heapMeter();
      peak.slots = Math.max(peak.slots, now.slots);
      peak.chunks = Math.max(peak.chunks, now.chunks);
      peak.chunks32 = Math.max(peak.chunks32, now.chunks32);
    }
    const ended = machine.sync?.state.rounds ?? 0;
    if (ended !== rounds) {
      rounds = ended;
      report("round", { rounds, virtualMs: clock.monotonic(), uploadedRecords: machine.sync?.state.uploadedRecords, peak });
    }
    if (clock.monotonic() >= durationMs) {
      Timer.clear(timer);
      const end = heapMeter();
      // Closed before the report: the status of twenty collectors is a few hundred slots, which
      // the runner would otherwise add to the firmware's own at a moment it does not measure.
      machine.close();
      report("end", { ...status(machine, clock), heap: end, peak, rawPeaks: { slots: end.peakSlots, chunks: end.peakChunks } });
    }
  }, STEP_MS);
}
