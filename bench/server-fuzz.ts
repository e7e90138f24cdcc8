// The long server fuzz: the cases of test/rpc-server-fuzz.test.ts (test/rpc-server-fuzz-cases.ts), about
// twenty times as many and from another seed, against a live RpcServer on the simulated board's sockets.
// It reports rather than stops at a defect: cases that hung, internal errors the server logged, the most
// any one connection held against what the limits allow, and whether a real client is still served.
// The run ends early when its time is up, so that a slow machine still finishes; `cases` says how many ran.
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { assertStillServes, fuzzServer } from "../test/rpc-server-fuzz-cases.ts";
import { startServer, type TestServer } from "../test/rpc-server-harness.ts";

/** About twenty times the 3,224 cases the test's 10,000 frames take. */
const DEFAULT_CASES = 64_000;
const DEFAULT_SEED = 0xf022_0005;
const DEFAULT_MAX_SECONDS = 120;
const CONCURRENCY = 8;
const CHECK_EVERY = 1000;

export interface ServerFuzzOptions {
  cases?: number;
  seed?: number;
  /** The run stops starting new batches after this long. */
  maxSeconds?: number;
}

export interface ServerFuzzFigures {
  seed: number;
  casesRequested: number;
  cases: number;
  frames: number;
  grpcWebRequests: number;
  answered: number;
  closed: number;
  /** The first bytes (hex) of the first few cases that neither got a close nor ended in time. */
  hung: string[];
  internalErrors: number;
  peakBufferedBytesPerConnection: number;
  limit: number;
  serverStillServes: boolean;
  seconds: number;
}

async function serves(t: TestServer): Promise<boolean> {
  try {
    await assertStillServes(t);
    return true;
  } catch {
    return false;
  }
}

export async function serverFuzzBench(options: ServerFuzzOptions = {}): Promise<ServerFuzzFigures> {
  const casesRequested = options.cases ?? DEFAULT_CASES;
  const seed = options.seed ?? DEFAULT_SEED;
  const t = await startServer({ limits: { maxConnections: CONCURRENCY + 2 } });
  const started = performance.now();
  const stopAt = started + (options.maxSeconds ?? DEFAULT_MAX_SECONDS) * 1000;
  let serving = true;
  try {
    const totals = await fuzzServer(t.port, {
      seed,
      concurrency: CONCURRENCY,
      enough: (run) => run.cases >= casesRequested || performance.now() >= stopAt || !serving,
      check: async () => {
        serving &&= await serves(t);
      },
      checkEvery: CHECK_EVERY,
      onHang: "count",
    });
    const seconds = (performance.now() - started) / 1000;
    const stats = t.server.stats();
    return {
      seed,
      casesRequested,
      ...totals,
      internalErrors: t.logs.filter(([level]) => level === "error").length,
      peakBufferedBytesPerConnection: stats.peakConnectionBufferedBytes,
      limit: stats.connectionBufferLimit,
      serverStillServes: serving && (await serves(t)),
      seconds: Number(seconds.toFixed(1)),
    };
  } finally {
    // Not t.close(): that asserts no error was logged, and here those are a figure to report.
    t.server.close();
    t.sockets.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await serverFuzzBench();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
