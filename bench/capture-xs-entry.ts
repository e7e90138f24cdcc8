// Entry of the capture benchmark's bundle inside an xsnap worker: only the capture machine of
// bench/capture-machine.ts, driven by a few JSON commands, so that the meter and the heap count
// see the capture path and nothing of boot, sync or the firmware's command set.
//
// Same transport as hosts/xs/entry.ts: the reply is built in a `result` getter, which xsnap reads
// after the crank's meter is closed, so the JSON of the reply is not counted as capture work.
import { createCaptureMachine } from "./capture-machine.ts";
import type { CaptureMachine, CaptureMachineOptions } from "./capture-machine.ts";

interface XsnapGlobals {
  handleCommand?: (request: ArrayBuffer) => { readonly result: ArrayBuffer };
  /** xsnap's full garbage collection. */
  gc?: () => void;
}

type Command =
  | ({ op: "create" } & CaptureMachineOptions)
  /** Runs the machine `ticks` capture periods forward; answers its collector's counters. */
  | { op: "advance"; ticks: number }
  /** Does nothing; a round trip to read the meter. */
  | { op: "ping" }
  | { op: "close" };

/** `gc: true` collects garbage after the reply is built, so the heap count xsnap reports with
 *  that reply counts live slots only (the harness's liveHeap() sends it on a ping). */
type Envelope = Command & { gc?: boolean };

type Reply =
  | { ok: true; value: unknown; logs: string[] }
  | { ok: false; error: { name: string; message: string }; logs: string[] };

const xsnap = globalThis as XsnapGlobals;
const decoder = new TextDecoder();
const encoder = new TextEncoder();
let machine: CaptureMachine | undefined;

function running(): CaptureMachine {
  if (!machine) throw new Error("no capture machine; create one first");
  return machine;
}

function dispatch(command: Command): () => unknown {
  switch (command.op) {
    case "create": {
      if (machine) throw new Error("a capture machine already exists; close it first");
      machine = createCaptureMachine(command);
      return () => null;
    }
    case "advance": {
      const current = running();
      current.advance(command.ticks);
      return () => ({ ...current.counters });
    }
    case "ping":
      return () => null;
    case "close": {
      running().close();
      machine = undefined;
      return () => null;
    }
    default:
      throw new TypeError(`unknown command ${JSON.stringify((command as { op?: unknown }).op)}`);
  }
}

function describeError(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: "Thrown", message: String(error) };
}

function handle(command: Command): () => Reply {
  let value: () => unknown;
  try {
    value = dispatch(command);
  } catch (error) {
    return () => ({ ok: false, error: describeError(error), logs: [] });
  }
  return () => {
    try {
      return { ok: true, value: value(), logs: [] };
    } catch (error) {
      return { ok: false, error: describeError(error), logs: [] };
    }
  };
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

xsnap.handleCommand = (request) => {
  const command = JSON.parse(decoder.decode(request)) as Envelope;
  const reply = handle(command);
  return {
    get result() {
      const bytes = toArrayBuffer(encoder.encode(JSON.stringify(reply())));
      if (command.gc) xsnap.gc?.();
      return bytes;
    },
  };
};
