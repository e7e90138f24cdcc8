// Entry of the firmware bundle inside an xsnap worker. xsnap calls the global `handleCommand` with
// the bytes that Node passed to issueCommand, runs every pending promise job, closes the crank's
// meter, and only then reads the `result` property of what handleCommand returned. A getter there
// builds the reply at that moment: after any async work the command started (as the Node twin
// does), and outside the metered compute, so the meter counts firmware work, not the harness's JSON.
import { CommandHandler } from "./commands.ts";
import type { Command } from "./commands.ts";

interface XsnapGlobals {
  handleCommand?: (request: ArrayBuffer) => { readonly result: ArrayBuffer };
  /** xsnap's full garbage collection. */
  gc?: () => void;
}

/** `gc: true` on any command collects garbage after the reply is built, so that the heap count
 *  xsnap reports with that reply counts live slots only. */
type Envelope = Command & { gc?: boolean };

const xsnap = globalThis as XsnapGlobals;
const handler = new CommandHandler();
const decoder = new TextDecoder();
const encoder = new TextEncoder();

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

xsnap.handleCommand = (request) => {
  const command = JSON.parse(decoder.decode(request)) as Envelope;
  const reply = handler.handle(command);
  return {
    get result() {
      const bytes = toArrayBuffer(encoder.encode(JSON.stringify(reply())));
      if (command.gc) xsnap.gc?.();
      return bytes;
    },
  };
};
