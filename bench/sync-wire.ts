// Wire bytes per reading of a full upload batch, against the protobuf payload alone (goal: at most
// 1.3×). A simulated board captures for ten minutes of virtual time without syncing, then one sync
// round uploads everything to the local cloud; every byte the firmware writes to its socket is
// recorded and split back into HTTP/1.1 requests, so the figure holds the request head, the
// gRPC-web frame and the DataCaptureUploadRequest exactly as sent.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { boot, type Machine } from "../src/boot.ts";
import { viam } from "../src/proto/generated/viam.js";
import { DATA_CAPTURE_UPLOAD_PATH, DEFAULT_BATCH_BYTES } from "../src/data/sync/sync-task.ts";
import { FRAME_HEADER_BYTES } from "../src/rpc/grpc-frame.ts";
import { startLocalCloud } from "../hosts/node/cloud/local-cloud.ts";
import { SimulatedDevice } from "../hosts/node/simulated-device.ts";
import { sine } from "../hosts/sim/signals.ts";
import { WireRecorder, runVirtual, settle } from "./sync-rig.ts";
import { lightAndFakeMachine } from "../test/fixtures/light-and-fake.ts";

const GOAL_RATIO = 1.3;
const CAPTURE_MS = 600_000;

// Two shapes of record: a board's Analogs (one number) and a sensor's Readings (a small struct),
// each with a ring large enough to hold more than one full batch. No sync until asked.
const machineConfig = lightAndFakeMachine({
  light: { hz: 10, cacheKb: 64 },
  fake: { hz: 5, cacheKb: 64 },
  dataManager: { sync_interval_mins: 60, tags: ["bench"] },
});

export interface BatchWire {
  collector: string;
  readings: number;
  /** The DataCaptureUploadRequest message. */
  payloadBytes: number;
  /** Request head + gRPC-web frame header + payload, as written to the socket. */
  wireBytes: number;
  headBytes: number;
  payloadPerReading: number;
  wirePerReading: number;
  ratio: number;
}

export interface WireFigures {
  /** The largest upload of each collector, a full batch (near DEFAULT_BATCH_BYTES, 8,000 bytes of SensorData). */
  fullBatches: BatchWire[];
  uploads: number;
  worstRatio: number;
  goal: { ratio: number };
  met: boolean;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export async function syncWireBench(): Promise<WireFigures> {
  const part = { id: "bench-wire-part", secret: "bench-wire-secret", config: machineConfig };
  const cloud = await startLocalCloud({ parts: [part] });
  const dir = mkdtempSync(join(tmpdir(), "sync-wire-"));
  const recorder = new WireRecorder();
  const device = new SimulatedDevice<Machine>({
    dir,
    config: JSON.stringify(machineConfig),
    credentials: JSON.stringify({ cloud: { id: part.id, secret: part.secret, app_address: cloud.url } }),
    virtual: true,
    wall: Date.UTC(2025, 0, 1),
    log: () => {},
    setup: (board) => board.analog(34, sine({ offset: 2048, amplitude: 1500, periodMs: 60_000 })),
    boot: (host, options) => {
      recorder.attach(host);
      return boot(host, options);
    },
  });
  try {
    const machine = device.start();
    await settle(machine);
    await runVirtual(device, CAPTURE_MS);
    await machine.sync?.syncNow();
    if (machine.sync?.state.consecutiveFailures !== 0) throw new Error(`sync failed: ${machine.sync?.state.lastError}`);

    const uploads = recorder.requests().filter((request) => request.path === DATA_CAPTURE_UPLOAD_PATH);
    const batches = uploads.map((request): BatchWire => {
      const payload = request.body.subarray(FRAME_HEADER_BYTES);
      const message = viam.app.datasync.v1.DataCaptureUploadRequest.decode(payload);
      const readings = message.sensorContents?.length ?? 0;
      const wireBytes = request.headBytes + request.body.length;
      return {
        collector: `${message.metadata?.componentName}/${message.metadata?.methodName}`,
        readings,
        payloadBytes: payload.length,
        wireBytes,
        headBytes: request.headBytes,
        payloadPerReading: round(payload.length / readings, 2),
        wirePerReading: round(wireBytes / readings, 2),
        ratio: round(wireBytes / payload.length, 4),
      };
    });
    const fullBatches: BatchWire[] = [];
    for (const batch of batches) {
      const best = fullBatches.find((b) => b.collector === batch.collector);
      if (!best) fullBatches.push(batch);
      else if (batch.payloadBytes > best.payloadBytes) fullBatches.splice(fullBatches.indexOf(best), 1, batch);
    }
    for (const batch of fullBatches) {
      if (batch.payloadBytes < DEFAULT_BATCH_BYTES * 0.95) throw new Error(`${batch.collector}: no full batch was uploaded`);
    }
    const worstRatio = Math.max(...fullBatches.map((b) => b.ratio));
    return { fullBatches, uploads: uploads.length, worstRatio, goal: { ratio: GOAL_RATIO }, met: worstRatio <= GOAL_RATIO };
  } finally {
    device.close();
    await cloud.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
