// nghttp2's own client (Debian package nghttp2-client) against the booted simulated board: h2c with
// prior knowledge, Huffman-coded headers and PRIORITY frames, authenticating and then reading a
// sensor, with messages encoded and decoded by the official @viamrobotics/sdk classes. Without the
// binary this test fails.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, it } from "node:test";
import { commonApi } from "@viamrobotics/sdk";
import { officialSchemas } from "../hosts/node/cloud/official-schemas.ts";
import { constant, volts } from "../hosts/sim/signals.ts";
import { AUTHENTICATE, PART, SECRET, bootRemoteBoard, type RemoteBoard } from "./remote-harness.ts";

const GET_READINGS = "/viam.component.sensor.v1.SensorService/GetReadings";
const dir = mkdtempSync(join(tmpdir(), "remote-nghttp-"));
let board: RemoteBoard;

before(async () => {
  board = await bootRemoteBoard({ setup: (sim) => sim.analog(35, constant(volts(0.75))) });
});
after(async () => {
  await board.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs nghttp without blocking: the board answers from this same process. */
function nghttp(path: string, message: Uint8Array, headers: string[] = []): Promise<string> {
  const body = join(dir, `${path.split("/").pop()}.bin`);
  writeFileSync(body, Buffer.concat([Buffer.from([0, 0, 0, 0, message.length]), message]));
  const args = ["-v", "-H", "content-type: application/grpc", "-H", "te: trailers", ...headers.flatMap((h) => ["-H", h]), "-d", body];
  return new Promise((resolve, reject) => {
    execFile("nghttp", [...args, `http://127.0.0.1:${board.port}${path}`], { encoding: "latin1", timeout: 20_000 }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === "ENOENT") reject(new Error("nghttp is not installed: apt-get install -y nghttp2-client"));
      else if (error) reject(new Error(`nghttp failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** The response message: with -v, nghttp prints a DATA frame's payload just before its log line. */
function message(out: string): Uint8Array {
  const match = /\[\s*[\d.]+\] recv DATA frame <length=(\d+)/.exec(out);
  assert.ok(match, `a DATA frame in\n${out}`);
  const length = Number(match[1]);
  const frame = Buffer.from(out.slice(match.index - length, match.index), "latin1");
  assert.equal(frame[0], 0, "an uncompressed gRPC message");
  assert.equal(frame.readUInt32BE(1), length - 5, "one whole message in the frame");
  return new Uint8Array(frame.subarray(5));
}

it("authenticates and reads a sensor over h2c with nghttp", async () => {
  const { auth } = await officialSchemas();
  const request = new commonApi.GetReadingsRequest({ name: "temperature" }).toBinary();

  const refused = await nghttp(GET_READINGS, request);
  assert.match(refused, /recv \(stream_id=\d+\) grpc-status: 16/);

  const authenticate = auth.methods.authenticate;
  const credentials = new authenticate.I({ entity: PART, credentials: { type: "robot-secret", payload: SECRET } }).toBinary();
  const authenticated = await nghttp(AUTHENTICATE, credentials);
  assert.match(authenticated, /recv \(stream_id=\d+\) grpc-status: 0/);
  const token = authenticate.O.fromBinary(message(authenticated)).accessToken;
  assert.match(token, /^[0-9a-f]{32}$/);

  const out = await nghttp(GET_READINGS, request, [`authorization: Bearer ${token}`]);
  assert.match(out, /recv \(stream_id=\d+\) :status: 200/);
  assert.match(out, /recv \(stream_id=\d+\) content-type: application\/grpc/);
  assert.match(out, /recv \(stream_id=\d+\) grpc-status: 0/);
  assert.match(out, /recv HEADERS frame <length=\d+, flags=0x05/, "trailers end the stream");
  const readings = commonApi.GetReadingsResponse.fromBinary(message(out));
  const celsius = readings.readings.temperature_celsius?.toJson();
  assert.ok(typeof celsius === "number" && Math.abs(celsius - 25) < 0.1, `temperature ${celsius}`);
});
