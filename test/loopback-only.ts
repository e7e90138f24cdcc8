// viam-server runs network checks of its own at start (DNS, UDP and TCP to public hosts, pings to
// 1.1.1.1), with no flag to turn them off. The interop tests may only use loopback, so a test file
// that starts viam-server re-runs itself inside a new network namespace that holds nothing but an
// up `lo` (util-linux `unshare`, iproute2 `ip`): everything it spawns — the board, viam-server and
// its clients — talks over that loopback, and nothing can leave the machine.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { test } from "node:test";

const MARK = "VIAM_MICRO_XS_LOOPBACK_ONLY";

export function insideLoopbackNamespace(): boolean {
  return process.env[MARK] === "1";
}

/** Registers one test that runs `file`'s tests in a loopback-only network namespace. */
export function runInLoopbackNamespace(file: string, timeoutMs: number): void {
  test(`${file.split("/").at(-1)} in a loopback-only network namespace`, { timeout: timeoutMs }, async () => {
    const child = spawn(
      "unshare",
      ["--user", "--map-root-user", "--net", "sh", "-c", 'ip link set lo up && exec "$@"', "sh", process.execPath, "--import", "tsx", "--test", "--test-reporter=spec", file],
      { env: childEnv(), stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    const code = await new Promise<number | null>((done) => child.once("close", done));
    process.stdout.write(output.replace(/^/gm, "    "));
    assert.equal(code, 0, `the tests inside the namespace failed:\n${output.slice(-8000)}`);
    // A run that found no tests also exits 0.
    assert.match(output, /^ℹ pass [1-9]/m, "tests ran inside the namespace");
    assert.match(output, /^ℹ fail 0$/m);
  });
}

/** This process's environment, marked, and without node:test's own variable: a child that inherits
 *  it believes it is a test file run by this runner and runs nothing. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, [MARK]: "1" };
  delete env.NODE_TEST_CONTEXT;
  return env;
}
