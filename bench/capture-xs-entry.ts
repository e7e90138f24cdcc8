// Entry of the capture benchmark's bundle inside an xsnap worker: only the capture machine of
// bench/capture-machine.ts, driven by a few JSON commands, so that the meter and the heap count
// see the capture path and nothing of boot, sync or the firmware's command set.
//
// Commands reach it through hosts/xs/xsnap-commands.ts, which builds each reply after the crank's
// meter is closed, so the JSON of the reply is not counted as capture work.
import { createCaptureMachine } from "./capture-machine.ts";
import type { CaptureMachine, CaptureMachineOptions } from "./capture-machine.ts";
import { replyTo, serveXsnapCommands } from "../hosts/xs/xsnap-commands.ts";

type Command =
  | ({ op: "create" } & CaptureMachineOptions)
  /** Runs the machine `ticks` capture periods forward; answers its collector's counters. */
  | { op: "advance"; ticks: number }
  /** Does nothing; a round trip to read the meter. */
  | { op: "ping" }
  | { op: "close" };

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

serveXsnapCommands((command: Command) => replyTo(command, dispatch));
