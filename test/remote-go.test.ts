// rdk's own robot/client (the code viam-server dials remotes with) and grpc-go against the simulated
// board: test/go/remote_dial_test.go, compiled with `go test -c` and run against a board booted here.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { GO_BUILD_ENV, GO_TAGS, cacheDir } from "./peer-tools.ts";
import { SECRET, bootRemoteBoard, type RemoteBoard } from "./remote-harness.ts";

const goDir = join(dirname(fileURLToPath(import.meta.url)), "go");
const binary = join(cacheDir, "go-test", "remote-dial.test");

function run(command: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, output }));
  });
}

let board: RemoteBoard;
let small: RemoteBoard;

before(async () => {
  const built = await run("go", ["test", "-c", "-tags", GO_TAGS, "-o", binary, "."], { cwd: goDir, env: GO_BUILD_ENV });
  assert.equal(built.code, 0, `go test -c failed:\n${built.output}`);
  board = await bootRemoteBoard({ virtual: false });
  small = await bootRemoteBoard({ virtual: false, server: { port: 0, limits: { maxConnections: 2 } } });
});

after(async () => {
  await board?.close();
  await small?.close();
});

async function goTest(target: RemoteBoard, pattern: string, env: Record<string, string> = {}): Promise<void> {
  const result = await run(binary, ["-test.v", "-test.run", pattern, "-test.timeout", "90s"], {
    env: { VIAM_BOARD_ADDRESS: `localhost:${target.port}`, VIAM_BOARD_SECRET: SECRET, ...env },
  });
  assert.equal(result.code, 0, result.output);
  assert.match(result.output, /^PASS$/m);
}

test("robot/client adds the board as viam-server adds a remote, reads it, and refreshes quickly", { timeout: 120_000 }, async () => {
  await goTest(board, "^TestRemoteDialSequence$");
});

test("a stream never half-closed gets its answer as soon as its answer is decided", { timeout: 60_000 }, async () => {
  await goTest(board, "^TestStreamNeverHalfClosed$");
});

test("grpc-go's blocking dial over the connection limit learns why", { timeout: 60_000 }, async () => {
  await goTest(small, "^TestRefusedConnectionLearnsWhy$", { VIAM_BOARD_MAX_CONNECTIONS: "2" });
});
