// Analogs readings upload {value, min_range, max_range, step_size}, as viam-server records them. The
// range is the reader's and never changes, so flash keeps only the value: the record stays the packed
// 4 bytes, and sync adds the range while it builds each batch. This test pins both sizes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { RecordEncoder } from "../src/data/record-codec.ts";
import { recordToSensorData } from "../src/data/read-back.ts";
import { UploadBatch } from "../src/data/sync/upload-batch.ts";
import type { SensorData } from "../src/data/sensor-data.ts";
import { VirtualClock } from "../hosts/sim/clock.ts";
import { SimBoard } from "../hosts/sim/board.ts";
import { constant } from "../hosts/sim/signals.ts";
import { Esp32Board } from "../src/resources/board/esp32.ts";

const WALL = Date.UTC(2025, 0, 1);

function uploadBytesPerReading(readings: SensorData[]): number {
  const batch = new UploadBatch({ metadata: new Uint8Array(0) });
  for (const reading of readings) assert.ok(batch.add(reading));
  return batch.contentBytes / readings.length;
}

test("Analogs: the range rides along at upload, never in flash", (t) => {
  const clock = new VirtualClock({ wall: WALL });
  const sim = new SimBoard({ clock });
  sim.analog(34, constant(2048));
  const board = new Esp32Board({ name: { namespace: "rdk", type: "component", subtype: "board", name: "board" }, io: sim.device.io, analogs: [{ name: "light", pin: 34 }] });
  const read = board.captureReader("Analogs", { reader_name: "light" });
  assert.deepEqual(read(), { value: 2048 }, "what is stored");
  assert.deepEqual(read.constants, { min_range: 0, max_range: 3.3, step_size: 3.3 / 4095 });
  const { minRange, maxRange, stepSize } = board.readAnalog("light");
  assert.deepEqual(read.constants, { min_range: minRange, max_range: maxRange, step_size: stepSize }, "the same as ReadAnalogReader reports");

  const record = { timeRequestedMs: WALL + 100, timeReceivedMs: WALL + 100, monotonic: false, data: read() };
  assert.equal(new RecordEncoder().encode("Analogs", record, WALL).length, 4, "the packed flash record is unchanged");

  const readings = (constants?: Record<string, unknown>) =>
    Array.from({ length: 100 }, (_, i) => recordToSensorData({ ...record, timeRequestedMs: WALL + i * 100, timeReceivedMs: WALL + i * 100 }, constants));
  const before = uploadBytesPerReading(readings());
  const after = uploadBytesPerReading(readings(read.constants));
  assert.deepEqual(readings(read.constants)[0]!.struct, { value: 2048, min_range: 0, max_range: 3.3, step_size: 3.3 / 4095 });
  t.diagnostic(`Analogs upload bytes per reading: ${before} with {value}, ${after} with the range; flash: 4 + 2 bytes either way`);
  assert.equal(after - before, 72, "three fields of 24 bytes: map entry, 9-character key, double Value");
  board.close();
});
