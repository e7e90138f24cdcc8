// The official Python SDK (viam-sdk from PyPI, in the venv that .ci/run caches) dials the simulated
// board directly — no WebRTC, the part's credentials — and reads the board, a sensor and a movement
// sensor: test/python/read_board.py, run against a board booted here.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { FAKE_MOVEMENT_DEFAULTS } from "../src/resources/movement-sensor/fake.ts";
import { constant } from "../hosts/sim/signals.ts";
import { pythonPath } from "./peer-tools.ts";
import { PART, SECRET, bootRemoteBoard, type RemoteBoard } from "./remote-harness.ts";

const script = join(dirname(fileURLToPath(import.meta.url)), "python", "read_board.py");
let board: RemoteBoard;

before(async () => {
  board = await bootRemoteBoard({
    virtual: false,
    setup: (sim) => {
      sim.analog(34, constant(1234));
      sim.analog(35, constant(931));
      sim.digitalIn(15, 1);
    },
  });
});

after(async () => {
  await board?.close();
});

test("viam-sdk (Python) dials the board without WebRTC, with credentials, and reads it", { timeout: 60_000 }, async () => {
  const python = pythonPath();
  const child = spawn(python, [script], {
    env: { ...process.env, VIAM_BOARD_ADDRESS: `localhost:${board.port}`, VIAM_BOARD_PART: PART, VIAM_BOARD_SECRET: SECRET },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((done) => child.once("close", done));
  assert.equal(code, 0, `read_board.py failed:\n${stderr}`);
  const read = JSON.parse(stdout.trim().split("\n").at(-1)!) as {
    resources: string[];
    light: { value: number; min_range: number; max_range: number };
    gpio15: boolean;
    temperature: { temperature_celsius: number };
    acceleration: { x: number; y: number; z: number };
    position: { latitude: number; longitude: number; altitude: number };
  };
  for (const name of ["board/board", "sensor/temperature", "movement_sensor/imu", "encoder/wheel"]) assert.ok(read.resources.includes(name), `${name} in ${read.resources}`);
  assert.equal(read.light.value, 1234);
  assert.equal(read.light.min_range, 0);
  assert.ok(Math.abs(read.light.max_range - 3.3) < 1e-6);
  assert.equal(read.gpio15, true);
  assert.ok(Math.abs(read.temperature.temperature_celsius - 25) < 1, JSON.stringify(read.temperature));
  assert.deepEqual(read.acceleration, { ...FAKE_MOVEMENT_DEFAULTS.linearAcceleration });
  assert.deepEqual(read.position, {
    latitude: FAKE_MOVEMENT_DEFAULTS.position.latitude,
    longitude: FAKE_MOVEMENT_DEFAULTS.position.longitude,
    altitude: FAKE_MOVEMENT_DEFAULTS.position.altitudeM,
  });
  assert.ok(!board.logs.some((line) => line.includes(SECRET)), "the secret is never logged");
});
