// `npm start` against bad input and damaged state: every error names its file and ends the process,
// damaged NVS boots on defaults, a stop signal ends a timed run, and the status adds up after a
// durable restart.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const run = promisify(execFile);
const args = (more: string[]) => ["--import", "tsx", join(root, "hosts/node/cli.ts"), "--port", "0", ...more];
const cli = (more: string[]) => run(process.execPath, args(more), { cwd: root, timeout: 60_000 });
const fails = (more: string[], code: number, pattern: RegExp) =>
  assert.rejects(cli(more), (error: { code: number; stderr: string; stdout: string }) => {
    assert.equal(error.code, code, error.stderr);
    assert.match(error.stderr, pattern);
    assert.doesNotMatch(error.stdout, /resources \(/, "it stopped before booting");
    return true;
  });

function tempDir(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), "cli-faults-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test("an unknown flag gets the usage text", async () => {
  await fails(["--durration", "3"], 2, /Unknown option '--durration'[\s\S]*usage: npm start/);
});

test("file errors name the file: a missing or broken config, a summary folder that does not exist", async (t) => {
  const dir = tempDir(t);
  const missing = join(dir, "nope.json");
  await fails(["--config", missing, "--state-dir", dir], 1, new RegExp(`cannot read the config file ${missing}`));
  const broken = join(dir, "broken.json");
  writeFileSync(broken, '{"components": [');
  await fails(["--config", broken, "--state-dir", dir], 1, new RegExp(`config file ${broken} is not valid JSON`));
  const summary = join(dir, "no-such-folder", "summary.json");
  await fails(["--state-dir", dir, "--duration", "1", "--summary", summary], 2, new RegExp(`--summary ${summary}: the folder`));
});

test("a flash file of the wrong size is a clear error and exit 1, never a hang", async (t) => {
  const dir = tempDir(t);
  for (const size of [600_000, 8192]) {
    writeFileSync(join(dir, "flash.bin"), new Uint8Array(size).fill(0xff));
    await fails(["--state-dir", dir, "--duration", "1"], 1, new RegExp(`flash file ${join(dir, "flash.bin")} holds ${size} bytes`));
  }
});

test("a kv.json that is not JSON boots on defaults, with a warning that names the file", async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, "kv.json"), "{not json");
  const { stdout, stderr } = await cli(["--state-dir", dir, "--duration", "1"]);
  assert.match(stderr, new RegExp(`key-value file ${join(dir, "kv.json")} is not JSON`));
  assert.match(stdout, /boot epoch 1\)/);
  assert.match(stdout, /stopped cleanly/);
  assert.equal(readFileSync(join(dir, "kv.json.damaged"), "utf8"), "{not json");
  JSON.parse(readFileSync(join(dir, "kv.json"), "utf8"));
});

test("SIGTERM ends a --duration run at once: the duration timer does not keep it alive", { timeout: 60_000 }, async (t) => {
  const dir = tempDir(t);
  const child = spawn(process.execPath, args(["--state-dir", dir, "--duration", "600"]), { cwd: root });
  let stdout = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  t.after(() => child.kill("SIGKILL"));
  await new Promise<void>((resolve) => {
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes("status —")) resolve();
    });
  });
  child.kill("SIGTERM");
  // The test runner's timeout below is what fails a process that lives on.
  assert.equal(await exited, 0);
  assert.match(stdout, /stopped cleanly/);
});

test("after a durable restart the status adds up: buffered records are the ring's, restored ones count", async (t) => {
  const dir = tempDir(t);
  const config = JSON.parse(readFileSync(join(root, "examples/config.json"), "utf8"));
  const manager = config.services.find((s: { type: string }) => s.type === "data_manager");
  manager.attributes.durable = true;
  const configPath = join(dir, "config.json");
  writeFileSync(configPath, JSON.stringify(config));
  const summaryPath = join(dir, "summary.json");
  // Offline throughout, so that everything captured stays in flash.
  await cli(["--config", configPath, "--state-dir", dir, "--duration", "2", "--offline", "60"]);
  const { stdout } = await cli(["--config", configPath, "--state-dir", dir, "--duration", "2", "--summary", summaryPath]);
  const summary = JSON.parse(readFileSync(summaryPath, "utf8")) as Record<string, { captured: number; restored: number; synced: number }>;
  const light = summary["board/Analogs(light)"]!;
  assert.ok(light.restored >= 10, `restored ${light.restored}`);
  assert.ok(light.synced <= light.captured + light.restored, JSON.stringify(light));
  assert.match(stdout, /board\/Analogs\(light\)\s+10 Hz\s+\d+ \+\d+ restored/);
  // The final status: what is buffered is what the ring holds, never 0 beside bytes in flash.
  const last = stdout.slice(stdout.lastIndexOf("status —"));
  for (const line of last.split("\n").filter((l) => / Hz /.test(l))) {
    const cells = line.trim().split(/\s{2,}/);
    const [buffered, bytes] = [Number(cells[3]), Number(cells[4])];
    assert.equal(buffered === 0, bytes === 0, line);
  }
  assert.doesNotMatch(last, /last success never/);
});
