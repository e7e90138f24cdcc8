// The command protocol between a Node driver and the firmware running in some engine: JSON in,
// JSON out, with virtual time so that both engines see exactly the same timeline. The XS glue
// (entry.ts) and the Node twin (node-twin.ts) are thin transports around this one handler, so the
// two engines run the same code on the same inputs.
//
// A command returns a thunk rather than a reply: the transport calls it only once the engine has
// run every promise job the command started, which is when XS itself answers a command.
import { boot } from "../../src/boot.ts";
import type { Machine } from "../../src/boot.ts";
import type { Host, LogLevel } from "../../src/host.ts";
import { viam } from "../../src/proto/generated/viam.js";
import { fromProtoStruct, toProtoStruct } from "../../src/proto/struct.ts";
import { GrpcError } from "../../src/rpc/grpc-status.ts";
import { selectiveSyncHold } from "../../src/data/sync/selective-sync.ts";
import { createMachineService, type MachineService } from "../../src/rpc/server/services/machine-service.ts";
import { parseConfigText } from "../../src/config/parse.ts";
import { VirtualClock } from "../sim/clock.ts";
import { BootClock } from "../sim/boot-clock.ts";
import { SimDeepSleep } from "../sim/deep-sleep.ts";
import { SimBoard } from "../sim/board.ts";
import { SimFlash } from "../sim/flash.ts";
import { MemoryKeyValue } from "../sim/key-value.ts";
import { createMemoryHost } from "../sim/memory-host.ts";
import { SimIna } from "../sim/devices/ina.ts";
import type { SimInaOptions } from "../sim/devices/ina.ts";
import { constant, noise, replay, sine } from "../sim/signals.ts";
import type { Signal } from "../sim/signals.ts";
import { summarizeConfig, summarizeMachine, toPlain } from "./summary.ts";
import { replyTo, type Reply } from "./xsnap-commands.ts";

/** A pin signal as JSON, mirroring the factories of hosts/sim/signals.ts. */
export type SignalSpec =
  | { constant: number }
  | { sine: { offset: number; amplitude: number; periodMs: number; phase?: number } }
  | { noise: { mean: number; spread: number; seed: number } }
  | { replay: Array<[number, number]>; loop?: boolean };

export interface BootCommand {
  op: "boot";
  /** Machine config as JSON text. */
  config: string;
  credentials?: string;
  /** Size of the simulated `capture` partition in bytes (default 1 MB). */
  flashSize?: number;
  /** Wall time in ms at monotonic 0. */
  wall?: number;
  /** GPIO number → signal; analog pins without one read 0. */
  analogs?: Record<string, SignalSpec>;
  /** GPIO number → level changes `[tMs, level]` applied as virtual time passes. */
  digitals?: Record<string, Array<[number, 0 | 1]>>;
  /** 7-bit I2C address on the default bus → the simulated chip there. */
  i2c?: Record<string, { ina: SimInaOptions }>;
  /** A board that can deep-sleep: each boot gets its own monotonic time from 0, a sleep powers the
   *  firmware down, and its wake boots it again over the same flash and NVS. Its Wi-Fi is on demand. */
  deepSleep?: { bootMs?: number };
}

export type Command =
  | BootCommand
  /** Does nothing; a round trip to read the meter. */
  | { op: "ping" }
  | { op: "parse"; config: string }
  | { op: "summary" }
  /** A collector's live records, oldest first, as the SensorData that sync would upload. */
  | { op: "readings"; collector: string }
  /** The capture partition's size, erase count and a digest of every byte. */
  | { op: "flash" }
  | { op: "now" }
  /** One DoCommand call through the machine's gRPC service (as the server runs it, token check off):
   *  `path` is the service's DoCommand path; the reply is {result} or {code, message}. */
  | { op: "doCommand"; path: string; name: string; command: { [key: string]: unknown } }
  /** SetPWMFrequency then SetPWM on board `board`'s `pin` through the machine's gRPC service, then
   *  PWM and PWMFrequency; the reply has both answers and what the simulated LEDC drives. */
  | { op: "pwm"; pin: number; hz: number; duty: number }
  /** Any unary call through the machine's gRPC service (token check off): request and answer bytes
   *  in hex, or {code, message}. */
  | { op: "rpc"; path: string; request: string }
  /** What the sync task's conditional-sync check says now: {held: reason} or {held: null}. */
  | { op: "syncHold" }
  /** A deep-sleeping board: the retained state its last wake left, its sleeps, the radio's sessions
   *  and whether a wake is running now. */
  | { op: "slept" }
  /** Runs the earliest timer due at or before `until`; if none is due, moves time to `until`. */
  | { op: "step"; until: number }
  | { op: "close" };

const DEFAULT_FLASH_SIZE = 1024 * 1024;

function toSignal(spec: SignalSpec): Signal {
  if ("constant" in spec) return constant(spec.constant);
  if ("sine" in spec) return sine(spec.sine);
  if ("noise" in spec) return noise(spec.noise);
  if ("replay" in spec) return replay(spec.replay, { loop: spec.loop });
  throw new TypeError(`unknown signal ${JSON.stringify(spec)}`);
}

// Comparing a whole partition across the engine boundary as JSON would cost megabytes per call.
function fnv1a(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}

export class CommandHandler {
  readonly #logs: string[] = [];
  #clock: VirtualClock | undefined;
  #host: Host | undefined;
  #board: SimBoard | undefined;
  #flash: SimFlash | undefined;
  #machine: Machine | undefined;
  #sleeper: SimDeepSleep | undefined;

  /** Runs `command` now; the returned thunk builds the reply after the engine's promise jobs. */
  handle(command: Command): () => Reply {
    return replyTo(command, (c) => this.#dispatch(c), () => this.#drainLogs());
  }

  #dispatch(command: Command): () => unknown {
    switch (command.op) {
      case "boot":
        return this.#boot(command);
      case "ping":
        return () => null;
      case "parse": {
        const parsed = parseConfigText(command.config);
        return () => summarizeConfig(parsed);
      }
      case "summary": {
        const machine = this.#running();
        return () => summarizeMachine(machine);
      }
      case "readings": {
        const name = command.collector;
        const collector = this.#running().data.collectors.find((c) => c.name === name);
        if (!collector) throw new Error(`no collector named ${JSON.stringify(name)}`);
        // Decoding the ring is firmware work, so it happens here, inside the metered command.
        const readings = [...collector.readings()];
        return () => toPlain(readings);
      }
      case "flash": {
        const flash = this.#capture();
        return () => ({ size: flash.bytes.byteLength, erases: flash.erases, fnv1a: fnv1a(flash.bytes) });
      }
      case "now": {
        const clock = this.#time();
        return () => ({ now: clock.monotonic(), pending: clock.pending });
      }
      case "doCommand":
        return this.#doCommand(command);
      case "pwm":
        return this.#pwm(command);
      case "rpc":
        return this.#rpc(command);
      case "slept": {
        const sleeper = this.#sleeper;
        if (!sleeper) throw new Error("this board does not deep-sleep");
        const board = this.#board!;
        const retained = sleeper.retained;
        return () => ({
          state: retained === undefined ? null : JSON.parse(retained),
          sleeps: sleeper.sleeps,
          awake: this.#machine !== undefined,
          radioSessions: board.wifi.sessions,
          radioMs: board.wifi.radioMs,
        });
      }
      case "syncHold": {
        const machine = this.#running();
        const held = selectiveSyncHold(machine.resources, machine.config.config.dataManager?.selectiveSyncerName);
        return () => ({ held: held ?? null });
      }
      case "step": {
        const clock = this.#time();
        const ran = clock.runNext(command.until);
        if (!ran) clock.advanceTo(command.until);
        return () => ({ now: clock.monotonic(), ran, pending: clock.pending, nextDue: clock.nextDue ?? null });
      }
      case "close": {
        this.#running().close();
        this.#machine = undefined;
        return () => null;
      }
      default:
        throw new TypeError(`unknown command ${JSON.stringify((command as { op?: unknown }).op)}`);
    }
  }

  #boot(command: BootCommand): () => unknown {
    if (this.#machine) throw new Error("a machine is already running; close it first");
    const clock = new VirtualClock({ wall: command.wall ?? 0 });
    const board = new SimBoard({ clock, ...(command.deepSleep && { wifi: { onDemand: true } }) });
    for (const [pin, spec] of Object.entries(command.analogs ?? {})) board.analog(Number(pin), toSignal(spec));
    for (const [pin, rows] of Object.entries(command.digitals ?? {})) board.scriptDigital(Number(pin), rows);
    for (const [address, chip] of Object.entries(command.i2c ?? {})) board.i2c().attach(Number(address), new SimIna(chip.ina));
    const flash = new SimFlash({ size: command.flashSize ?? DEFAULT_FLASH_SIZE });
    this.#flash = flash;
    const kv = new MemoryKeyValue();
    const log = (level: LogLevel, message: string) => {
      this.#logs.push(`${clock.monotonic()} ${level} ${message}`);
    };
    this.#clock = clock;
    this.#board = board;
    const options = { config: command.config, credentials: command.credentials };
    if (command.deepSleep) return this.#bootSleeping(command.deepSleep, { clock, board, flash, kv, log }, options);
    const host = createMemoryHost({ clock, board, flash, kv, log });
    this.#host = host;
    const machine = boot(host, options);
    this.#machine = machine;
    return () => summarizeMachine(machine);
  }

  #bootSleeping(
    sleep: { bootMs?: number },
    parts: { clock: VirtualClock; board: SimBoard; flash: SimFlash; kv: MemoryKeyValue; log: (level: LogLevel, message: string) => void },
    options: { config: string; credentials: string | undefined },
  ): () => unknown {
    let bootClock: BootClock | undefined;
    const start = () => {
      bootClock = new BootClock({ clock: parts.clock });
      const host = createMemoryHost({ ...parts, clock: bootClock, sleep: sleeper.forBoot() });
      this.#host = host;
      this.#machine = boot(host, options);
    };
    const sleeper = new SimDeepSleep({
      timers: parts.clock,
      clock: parts.clock,
      ...(sleep.bootMs !== undefined && { bootMs: sleep.bootMs }),
      powerDown: () => {
        bootClock?.close();
        parts.board.reset();
        this.#machine = undefined;
      },
      wakeUp: start,
    });
    this.#sleeper = sleeper;
    start();
    const machine = this.#machine!;
    return () => summarizeMachine(machine);
  }

  #service(): MachineService {
    const machine = this.#running();
    return createMachineService({
      host: this.#host!,
      machine: () => ({ resources: machine.resources, config: machine.config.config }),
      auth: { disabled: true },
    });
  }

  #pwm(command: Extract<Command, { op: "pwm" }>): () => unknown {
    const service = this.#service();
    const board = viam.component.board.v1;
    const path = "/viam.component.board.v1.BoardService/";
    const pin = String(command.pin);
    const call = (method: string, bytes: Uint8Array) => service.call(path + method, bytes, { metadata: new Map() });
    let outcome: unknown;
    // Nothing here waits for I/O, so the calls have settled once the engine's jobs have run.
    call("SetPWMFrequency", board.SetPWMFrequencyRequest.encode({ name: "board", pin, frequencyHz: command.hz }).finish())
      .then(() => call("SetPWM", board.SetPWMRequest.encode({ name: "board", pin, dutyCyclePct: command.duty }).finish()))
      .then(() => call("PWM", board.PWMRequest.encode({ name: "board", pin }).finish()))
      .then(async (duty) => {
        const hz = await call("PWMFrequency", board.PWMFrequencyRequest.encode({ name: "board", pin }).finish());
        outcome = {
          duty: board.PWMResponse.decode(duty).dutyCyclePct,
          hz: Number(board.PWMFrequencyResponse.decode(hz).frequencyHz),
          driven: this.#board!.pwm(command.pin) ?? null,
        };
      })
      .catch((error: unknown) => {
        outcome = error instanceof GrpcError ? { code: error.code, message: error.grpcMessage } : { message: String(error) };
      });
    return () => {
      service.close();
      return toPlain(outcome);
    };
  }

  #rpc(command: Extract<Command, { op: "rpc" }>): () => unknown {
    const service = this.#service();
    const bytes = new Uint8Array(command.request.length / 2);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(command.request.slice(i * 2, i * 2 + 2), 16);
    let outcome: unknown;
    // Nothing a call here waits for is I/O, so it has settled once the engine's jobs have run.
    service.call(command.path, bytes, { metadata: new Map() }).then(
      (answer) => {
        outcome = { response: Array.from(answer, (byte) => byte.toString(16).padStart(2, "0")).join("") };
      },
      (error: unknown) => {
        outcome = error instanceof GrpcError ? { code: error.code, message: error.grpcMessage } : { message: String(error) };
      },
    );
    return () => {
      service.close();
      return toPlain(outcome);
    };
  }

  #doCommand(command: Extract<Command, { op: "doCommand" }>): () => unknown {
    const service = this.#service();
    const request = viam.common.v1.DoCommandRequest.encode({ name: command.name, command: toProtoStruct(command.command) }).finish();
    let outcome: unknown;
    // Nothing in a DoCommand waits for I/O, so the call has settled once the engine's jobs have run.
    service.call(command.path, request, { metadata: new Map() }).then(
      (bytes) => {
        outcome = { result: fromProtoStruct(viam.common.v1.DoCommandResponse.decode(bytes).result ?? {}) };
      },
      (error: unknown) => {
        outcome = error instanceof GrpcError ? { code: error.code, message: error.grpcMessage } : { message: String(error) };
      },
    );
    return () => {
      service.close();
      return toPlain(outcome);
    };
  }

  #running(): Machine {
    if (!this.#machine) throw new Error("no machine is running; boot one first");
    return this.#machine;
  }

  #capture(): SimFlash {
    if (!this.#flash) throw new Error("no flash yet; boot a machine first");
    return this.#flash;
  }

  #time(): VirtualClock {
    if (!this.#clock) throw new Error("no clock yet; boot a machine first");
    return this.#clock;
  }

  #drainLogs(): string[] {
    return this.#logs.splice(0);
  }
}
