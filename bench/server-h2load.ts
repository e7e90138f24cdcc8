// Server throughput and latency: the simulated board (examples/config.json on the example world, the
// machine's real services, token auth off) serves GetReadings of the TMP36 sensor over h2c, and
// `h2load` (Debian nghttp2-client) calls it with 1 and with 5 concurrent clients. Requests per second
// come from h2load; p50/p99 from its per-request log (--log-file), since it prints no percentiles.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as grpc from "@grpc/grpc-js";
import { NodeSockets } from "../hosts/node/sockets.ts";
import { RealClock } from "../hosts/node/real-clock.ts";
import { wireExampleWorld } from "../hosts/sim/example-world.ts";
import { SimBoard } from "../hosts/sim/board.ts";
import { SimFlash } from "../hosts/sim/flash.ts";
import { MemoryKeyValue } from "../hosts/sim/key-value.ts";
import { createMemoryHost } from "../hosts/sim/memory-host.ts";
import { parseConfigText } from "../src/config/parse.ts";
import { viam } from "../src/proto/generated/viam.js";
import { buildResources } from "../src/resources/build.ts";
import { RpcServer } from "../src/rpc/server/rpc-server.ts";
import { createMachineService } from "../src/rpc/server/services/machine-service.ts";

const here = dirname(fileURLToPath(import.meta.url));
const PATH = "/viam.component.sensor.v1.SensorService/GetReadings";
const SENSOR = "temperature";

export interface LoadFigures {
  clients: number;
  requests: number;
  succeeded: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface ServerBenchOptions {
  /** Calls per run; default 5000. */
  requests?: number;
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(command, args, { encoding: "utf8", timeout: 120_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} failed (is nghttp2-client installed?): ${error.message}\n${stdout}${stderr}`));
      else resolve(stdout);
    }),
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** h2load counts HTTP statuses only, so one call through a gRPC client first shows that the calls
 *  succeed in gRPC terms too. Returns the readings (as protobuf Values). */
async function checkCall(port: number): Promise<Record<string, unknown>> {
  const client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  try {
    const identity = (value: Buffer) => value;
    const request = Buffer.from(viam.common.v1.GetReadingsRequest.encode({ name: SENSOR }).finish());
    const response = await new Promise<Buffer>((resolve, reject) =>
      client.makeUnaryRequest(PATH, identity, identity, request, (error, value) => (error ? reject(error) : resolve(value as Buffer))),
    );
    const { readings } = viam.common.v1.GetReadingsResponse.decode(response);
    return JSON.parse(JSON.stringify(readings)) as Record<string, unknown>;
  } finally {
    client.close();
  }
}

async function load(port: number, clients: number, requests: number, dir: string): Promise<LoadFigures> {
  const body = join(dir, "request.bin");
  const message = viam.common.v1.GetReadingsRequest.encode({ name: SENSOR }).finish();
  writeFileSync(body, Buffer.concat([Buffer.from([0, 0, 0, 0, message.length]), message]));
  const log = join(dir, `h2load-${clients}.log`);
  const out = await run("h2load", [
    "-n",
    String(requests),
    "-c",
    String(clients),
    "-m",
    "1",
    "-H",
    "content-type: application/grpc",
    "-H",
    "te: trailers",
    "-d",
    body,
    `--log-file=${log}`,
    `http://127.0.0.1:${port}${PATH}`,
  ]);
  const finished = /finished in [\d.]+m?s, ([\d.]+) req\/s/.exec(out);
  const counts = /requests: (\d+) total, \d+ started, \d+ done, (\d+) succeeded/.exec(out);
  if (!finished || !counts) throw new Error(`unexpected h2load output:\n${out}`);
  // Each line: start time (µs), HTTP status, request time (µs).
  const durations = readFileSync(log, "utf8")
    .trim()
    .split("\n")
    .map((line) => Number(line.split("\t")[2]) / 1000)
    .sort((a, b) => a - b);
  return {
    clients,
    requests: Number(counts[1]),
    succeeded: Number(counts[2]),
    requestsPerSecond: round(Number(finished[1]), 0),
    p50Ms: round(percentile(durations, 50), 3),
    p99Ms: round(percentile(durations, 99), 3),
    maxMs: round(durations[durations.length - 1], 3),
  };
}

export async function serverBench(options: ServerBenchOptions = {}): Promise<{ getReadings: LoadFigures[]; sample: unknown; note: string }> {
  const requests = options.requests ?? 5000;
  const clock = new RealClock();
  const board = new SimBoard({ clock });
  wireExampleWorld(board);
  const sockets = new NodeSockets();
  const host = { ...createMemoryHost({ clock, board, flash: new SimFlash({ size: 64 * 1024 }), kv: new MemoryKeyValue() }), sockets };
  const parsed = parseConfigText(readFileSync(join(here, "..", "examples", "config.json"), "utf8"));
  const resources = buildResources(host, parsed.config.components, () => {});
  const service = createMachineService({ host, machine: () => ({ resources, config: parsed.config }), auth: { disabled: true } });
  // Five h2load clients are five connections: one more than the default limit allows.
  const server = new RpcServer({ sockets, timers: clock, clock, log: () => {}, service, port: 0, limits: { maxConnections: 5 } });
  const dir = mkdtempSync(join(tmpdir(), "server-bench-"));
  try {
    while (server.port === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const sample = await checkCall(server.port);
    await load(server.port, 1, 200, dir);
    const figures = [await load(server.port, 1, requests, dir), await load(server.port, 5, requests, dir)];
    for (const figure of figures) {
      if (figure.succeeded !== figure.requests) throw new Error(`${figure.requests - figure.succeeded} calls failed`);
    }
    return {
      getReadings: figures,
      sample,
      note: `GetReadings of the ${SENSOR} sensor (tmp36, 8 ADC reads per call) on the simulated board under Node; limits as default except maxConnections 5`,
    };
  } finally {
    server.close();
    service.close();
    for (const resource of resources.values()) resource.close();
    // The example world's square waves run on real timers, which would keep Node alive.
    board.close();
    sockets.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await serverBench();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
