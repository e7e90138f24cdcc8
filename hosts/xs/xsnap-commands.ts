// The command transport of every bundle that the XS harness, the XS tests and the benches run in an
// xsnap worker. xsnap calls the global `handleCommand` with the bytes Node passed to issueCommand,
// runs every pending promise job, closes the crank's meter, and only then reads the `result` property
// of what handleCommand returned. A getter there builds the reply at that moment: after any async work
// the command started, and outside the metered compute, so the meter counts the firmware's work and
// not the JSON of the reply.

interface XsnapGlobals {
  handleCommand?: (request: ArrayBuffer) => { readonly result: ArrayBuffer };
  /** xsnap's full garbage collection; the peak-reporting worker of bench/sync-xs.mjs reads an
   *  argument as a stress period. */
  gc?: (period?: number) => void;
}

export type Reply =
  | { ok: true; value: unknown; logs: string[] }
  | { ok: false; error: { name: string; message: string; stack?: string }; logs: string[] };

/** Runs `command` at once; the thunk it returns answers with what it found once the engine has run
 *  the command's promise jobs. */
export type Dispatch<C> = (command: C) => () => unknown;

export const xsnap = globalThis as XsnapGlobals;

function describeError(error: unknown): { name: string; message: string; stack?: string } {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: "Thrown", message: String(error) };
}

/** Runs `command` through `dispatch` now; the returned thunk builds its reply, with the log lines
 *  that `drainLogs` hands over by then. A throw, now or in the thunk, becomes an `ok: false` reply. */
export function replyTo<C>(command: C, dispatch: Dispatch<C>, drainLogs: () => string[] = () => []): () => Reply {
  let value: () => unknown;
  try {
    value = dispatch(command);
  } catch (error) {
    return () => ({ ok: false, error: describeError(error), logs: drainLogs() });
  }
  return () => {
    try {
      return { ok: true, value: value(), logs: drainLogs() };
    } catch (error) {
      return { ok: false, error: describeError(error), logs: drainLogs() };
    }
  };
}

/**
 * Installs `handleCommand`: each request is one JSON command for `handle`, and the reply is its
 * thunk's result as JSON. `gc: true` on any command collects garbage after the reply is built, so
 * that the heap count xsnap sends with that reply counts live slots only.
 */
export function serveXsnapCommands<C>(handle: (command: C) => () => Reply): void {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  xsnap.handleCommand = (request) => {
    const command = JSON.parse(decoder.decode(request)) as C & { gc?: boolean };
    const reply = handle(command);
    return {
      get result() {
        const bytes = encoder.encode(JSON.stringify(reply()));
        if (command.gc) xsnap.gc?.();
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      },
    };
  };
}
