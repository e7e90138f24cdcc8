// The README's example as a user runs it: `npm start` in its own process, in real time, and the
// official SDK dialing the address it prints with the part secret it keeps in the state dir.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import { BoardClient, SensorClient } from "@viamrobotics/sdk";
import { withRobot } from "./sdk-robot.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

test("npm start prints the server's address, and the official SDK reads the board there", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "remote-cli-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const cli = spawn(process.execPath, ["--import", "tsx", join(root, "hosts/node/cli.ts"), "--state-dir", dir, "--port", "0", "--status", "60"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  cli.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  cli.stderr.resume();
  const exited = new Promise<number | null>((done) => cli.once("exit", (code) => done(code)));
  t.after(() => cli.kill("SIGKILL"));

  const deadline = Date.now() + 30_000;
  let address: RegExpExecArray | null = null;
  while ((address = /server: http:\/\/localhost:(\d+) /.exec(stdout)) === null) {
    assert.ok(Date.now() < deadline && cli.exitCode === null, `npm start printed no server address:\n${stdout}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const part = JSON.parse(readFileSync(join(dir, "local-part.json"), "utf8")) as { id: string; secret: string };
  assert.match(stdout, new RegExp(`authenticate as entity ${part.id}, type robot-secret`));
  assert.ok(!stdout.includes(part.secret), "the secret is not printed");

  await withRobot(Number(address[1]), part.id, part.secret, async (robot) => {
    const board = new BoardClient(robot, "board");
    const light = await board.readAnalogReader("light");
    assert.ok(light.value > 0 && light.value < 4096, `light ${light.value}`);
    assert.equal(typeof (await board.getGPIO("15")), "boolean");
    const readings = await new SensorClient(robot, "temperature").getReadings();
    assert.ok(Math.abs((readings.temperature_celsius as number) - 25) < 2, JSON.stringify(readings));
  });

  cli.kill("SIGINT");
  assert.equal(await exited, 0);
  assert.match(stdout, /stopped cleanly/);
});
