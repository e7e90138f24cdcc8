// `npm start -- --deep-sleep` as a user runs it: the real CLI in its own process, in real time, with
// the local cloud. The status shows the board asleep between wakes with its radio off, the wakes, the
// radio sessions and the uploads the local cloud holds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const run = promisify(execFile);

test("npm start -- --deep-sleep shows wakes, sleeps, radio sessions and uploads", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "cli-sleep-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const args = ["--import", "tsx", join(root, "hosts/node/cli.ts"), "--deep-sleep", "--state-dir", dir, "--duration", "15", "--status", "1"];
  const { stdout } = await run(process.execPath, args, { cwd: root, timeout: 60_000 });
  assert.match(stdout, /board\/Analogs\(light\)\s+0\.1 Hz/);
  assert.match(stdout, /sync: to local cloud/);
  assert.match(stdout, /server: off/, "no gRPC server in deep-sleep mode");
  // The reset boot syncs (Wi-Fi up, upload, Wi-Fi off) and sleeps; at the next multiple of 10 s of
  // wall time the board wakes to read what is due and sleeps again without the radio.
  assert.match(stdout, /deep sleep: reset \(wake 1, epoch 1\); read 3 collector\(s\)/);
  assert.match(stdout, /deep sleep — awake \(connecting\), radio on/);
  assert.match(stdout, /deep sleep: synced 3 reading\(s\) and checked the config/);
  assert.match(stdout, /deep sleep — asleep, radio off, next wake in \d+\.\d s/);
  assert.match(stdout, /deep sleep: woke \(wake 2, epoch 1\); read [1-3] collector\(s\)/);
  assert.match(stdout, /wakes 2 in epoch 1; 1 since the last sync; readings captured [4-6], dropped 0/);
  assert.match(stdout, /radio sessions 1 \(\d+\.\d s on in all\); uploads: 3 readings acknowledged, 3 in the cloud/);
  assert.match(stdout, /stopped cleanly/);
});
