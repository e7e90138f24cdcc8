// Node side of the XS host: runs the firmware bundle in a real XS engine (an @agoric/xsnap worker)
// and, for comparison, the same command handler under Node in a child process (the "twin"). Both
// speak the JSON command protocol of hosts/xs/commands.ts and present the same shape, so a test can
// drive both engines with one script and compare what they answer.
//
// @agoric/xsnap needs the SES globals (`harden`, `assert`): import "@endo/init" before this module.
// That locks the importing process down, which is why XS tests live in their own files.
import { spawn } from "node:child_process";
import fs from "node:fs";
import fsp from "node:fs/promises";
import os from "node:os";
import { dirname, join } from "node:path";
import { deepStrictEqual } from "node:assert";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { xsnap } from "@agoric/xsnap";
import { buildBundle } from "./bundle.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const twinScript = join(root, "hosts", "xs", "node-twin.ts");
const encoder = new TextEncoder();
const decoder = new TextDecoder();

const DEFAULT_CLOSE_TIMEOUT_MS = 10_000;

export class EngineError extends Error {
  constructor(engine, op, error) {
    super(`${engine} ${op}: ${error.name}: ${error.message}`);
    this.name = "EngineError";
    this.remote = error;
  }
}

function unwrap(engine, command, reply, logs) {
  logs.push(...reply.logs);
  if (!reply.ok) throw new EngineError(engine, command.op, reply.error);
  return reply.value;
}

// Virtual time may wake code that continues in promise jobs. Each engine drains its promise jobs
// only between commands, so time is advanced one due instant per round trip.
async function advanceBy(run, ms) {
  const { now } = await run({ op: "now" });
  const until = now + ms;
  let state;
  do state = await run({ op: "step", until });
  while (state.ran);
  return state;
}

let builtOnce;
function defaultBundle() {
  builtOnce ??= buildBundle();
  return builtOnce;
}

async function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts an XS worker with the firmware bundle loaded.
 * `close()` always ends the worker process; it rejects when the worker did not exit cleanly
 * (exit code 15 means an exception or promise rejection nobody handled inside XS).
 *
 * @param {{ bundle?: string; name?: string; meteringLimit?: number; print?: boolean; closeTimeoutMs?: number }} [options]
 *   `bundle` defaults to hosts/xs/entry.ts, built once per process; `meteringLimit` is compute per command
 *   (0 for none); `print` forwards the worker's stdout/stderr (XS `print`) to this process;
 *   `closeTimeoutMs` is how long close() lets a busy worker finish before killing it.
 */
export async function startXs({
  bundle,
  name = "firmware",
  meteringLimit,
  print = false,
  closeTimeoutMs = DEFAULT_CLOSE_TIMEOUT_MS,
} = {}) {
  const code = bundle ?? (await defaultBundle()).code;
  const worker = await xsnap({
    os: os.type(),
    spawn,
    fs: { ...fs, ...fsp },
    name,
    meteringLimit,
    stdout: print ? "inherit" : "ignore",
    stderr: print ? "inherit" : "ignore",
  });
  const logs = [];
  let meter;
  let computeTotal = 0;
  let closed = false;

  const record = (meterUsage) => {
    const { compute, currentHeapCount, allocate } = meterUsage;
    meter = { compute, currentHeapCount, allocate };
    computeTotal += compute;
  };

  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await withTimeout(worker.close(), closeTimeoutMs, `${name}: xsnap worker did not exit`);
    } catch (error) {
      await worker.terminate();
      throw error;
    }
  };

  const run = async (command) => {
    const { reply, meterUsage } = await worker.issueCommand(encoder.encode(JSON.stringify(command)));
    record(meterUsage);
    return unwrap("xs", command, JSON.parse(decoder.decode(reply)), logs);
  };

  try {
    record((await worker.evaluate(code)).meterUsage);
  } catch (error) {
    await worker.terminate();
    throw error;
  }

  return {
    engine: "xs",
    logs,
    /**
     * Meter of the latest round trip: `compute` is the work of that command and of the promise jobs
     * it started (not the building of its reply); `currentHeapCount` is 32-byte slots in use after
     * it, garbage included (see liveHeap); `allocate` is reserved space, not use.
     */
    get meter() {
      return meter;
    },
    /** Compute summed over every round trip so far, loading the bundle included. */
    get computeTotal() {
      return computeTotal;
    },
    /** Slots still reachable: collects garbage inside XS first. */
    async liveHeap() {
      await run({ op: "ping", gc: true });
      return meter.currentHeapCount;
    },
    run,
    advance: (ms) => advanceBy(run, ms),
    close,
  };
}

/**
 * Starts the same command handler under Node (via tsx, straight from the TypeScript sources) in a
 * child process, so that it runs outside this process's lockdown. Same shape as startXs, no meter.
 */
export async function startNodeTwin() {
  const child = spawn(process.execPath, ["--import", "tsx", twinScript], {
    cwd: root,
    stdio: ["pipe", "pipe", "pipe"],
  });
  const logs = [];
  const waiting = [];
  let stderr = "";
  let exited = false;
  const exit = new Promise((resolve) => {
    child.once("exit", (code, signal) => {
      exited = true;
      const error = new Error(`node twin exited (code ${code}, signal ${signal}): ${stderr.trim()}`);
      for (const { reject } of waiting.splice(0)) reject(error);
      resolve({ code, signal });
    });
  });
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (text) => {
    stderr += text;
  });
  createInterface({ input: child.stdout }).on("line", (line) => {
    waiting.shift()?.resolve(JSON.parse(line));
  });

  // One command at a time, as xsnap does, so each sees the previous one's promise jobs finished.
  let queue = Promise.resolve();
  const send = (command) =>
    new Promise((resolve, reject) => {
      if (exited) throw new Error(`node twin has exited: ${stderr.trim()}`);
      waiting.push({ resolve, reject });
      child.stdin.write(`${JSON.stringify(command)}\n`);
    });
  const run = async (command) => {
    const reply = queue.then(() => send(command));
    queue = reply.then(
      () => undefined,
      () => undefined,
    );
    return unwrap("node", command, await reply, logs);
  };

  const close = async () => {
    if (!exited) child.stdin.end();
    try {
      const { code } = await withTimeout(exit, DEFAULT_CLOSE_TIMEOUT_MS, "node twin did not exit");
      if (code !== 0) throw new Error(`node twin exited with code ${code}: ${stderr.trim()}`);
    } catch (error) {
      child.kill();
      throw error;
    }
  };

  return { engine: "node", logs, run, advance: (ms) => advanceBy(run, ms), close };
}

/**
 * XS and its Node twin side by side for one test (`t`), both closed when it ends. `same(command)`
 * runs the command in each, fails unless they answer alike, and gives the answer; `advance(ms)` moves
 * both clocks.
 */
export async function startTwins(t) {
  const xs = await startXs();
  t.after(() => xs.close());
  const node = await startNodeTwin();
  t.after(() => node.close());
  return {
    xs,
    node,
    async same(command) {
      const answer = await xs.run(command);
      deepStrictEqual(answer, await node.run(command), JSON.stringify(command));
      return answer;
    },
    async advance(ms) {
      await xs.advance(ms);
      await node.advance(ms);
    },
  };
}
