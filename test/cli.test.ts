import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

// `npm start` as a user runs it: the real CLI in its own process, real time, local cloud included.
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const run = promisify(execFile);
const cli = (args: string[]) =>
  run(process.execPath, ["--import", "tsx", join(root, "hosts/node/cli.ts"), "--port", "0", ...args], { cwd: root, timeout: 60_000 });

test("npm start runs the example machine, syncs to the local cloud and writes the summary", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "cli-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const summaryPath = join(dir, "summary.json");
  const { stdout } = await cli(["--state-dir", dir, "--duration", "3", "--status", "1", "--summary", summaryPath]);

  assert.match(stdout, /resources \(3\):/);
  assert.match(stdout, /board\/Analogs\(light\)\s+10 Hz/);
  assert.match(stdout, /config issues: none/);
  assert.match(stdout, /stopped cleanly/);
  const summary = JSON.parse(readFileSync(summaryPath, "utf8")) as Record<string, Record<string, number>>;
  assert.deepEqual(Object.keys(summary), [
    "board/Analogs(light)",
    "board/Analogs(thermo)",
    "board/Gpios(15)",
    "fake-sensor/Readings",
    "temperature/Readings",
  ]);
  const light = summary["board/Analogs(light)"]!;
  assert.ok(light.captured >= 20, `captured ${light.captured} at 10 Hz in 3 s`);
  // Capture goes on during the clean stop's last upload, so a few readings may stay behind; what
  // the board counts as synced is exactly what the cloud stored (checked below), once.
  assert.ok(light.synced > 0 && light.synced <= light.captured, `synced ${light.synced} of ${light.captured}`);
  assert.equal(light.dropped_oldest, 0);
  assert.equal(light.duplicates_seen_by_cloud, 0);

  const query = await run(process.execPath, ["--import", "tsx", join(root, "hosts/node/cloud/cli.ts"), "query", "--db", join(dir, "cloud.sqlite")], { cwd: root });
  assert.match(query.stdout, new RegExp(`rdk:component:board/board\\s+Analogs\\s+${light.synced + summary["board/Analogs(thermo)"]!.synced}\\b`));
});

test("npm start reports config errors by JSON path and keeps running the rest", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "cli-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const config = JSON.parse(readFileSync(join(root, "examples/config.json"), "utf8"));
  config.components[1].service_configs[0].attributes.capture_methods[0].capture_frequency_hz = 0;
  const configPath = join(dir, "config.json");
  writeFileSync(configPath, JSON.stringify(config));
  const { stdout } = await cli(["--config", configPath, "--state-dir", dir, "--duration", "1"]);
  assert.match(stdout, /components\[1\]\.service_configs\[0\]\.attributes\.capture_methods\[0\]\.capture_frequency_hz: must be > 0/);
  assert.match(stdout, /collectors \(4\)/);
  assert.match(stdout, /stopped cleanly/);
});

test("npm start refuses a half-given remote cloud and bad numbers with a usage message", async () => {
  await assert.rejects(cli(["--app-address", "https://app.viam.com:443"]), (error: { code: number; stderr: string }) => {
    assert.equal(error.code, 2);
    assert.match(error.stderr, /--app-address, --part-id and --secret go together/);
    return true;
  });
  await assert.rejects(cli(["--duration", "soon"]), (error: { code: number; stderr: string }) => {
    assert.equal(error.code, 2);
    assert.match(error.stderr, /--duration must be a positive number of seconds/);
    return true;
  });
});
