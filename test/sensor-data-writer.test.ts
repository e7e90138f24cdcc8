// The SensorData writer against protobuf.js's generated encoder: the same bytes for every kind of
// value a reading can hold, and the same refusals.
import { test } from "node:test";
import assert from "node:assert/strict";
import { viam } from "../src/proto/generated/viam.js";
import { sensorDataLength, writeSensorData } from "../src/proto/sensor-data-writer.ts";
import { toProtoStruct } from "../src/proto/struct.ts";
import { toProtoTimestamp } from "./proto-timestamp.ts";
import { sensorData, type SensorData } from "../src/data/sensor-data.ts";
import { seededRandom } from "./seeded-random.ts";

function byProtobufJs(data: SensorData): Uint8Array {
  return viam.app.datasync.v1.SensorData.encode({
    metadata: { timeRequested: toProtoTimestamp(data.metadata.timeRequested), timeReceived: toProtoTimestamp(data.metadata.timeReceived) },
    struct: toProtoStruct(data.struct),
  }).finish();
}

function written(data: SensorData): Uint8Array {
  const length = sensorDataLength(data);
  // Written after three bytes that must stay, into a buffer with room to spare.
  const buffer = new Uint8Array(length + 8).fill(0xee);
  const end = writeSensorData(buffer, 3, data);
  assert.equal(end, 3 + length);
  assert.deepEqual([...buffer.subarray(0, 3), ...buffer.subarray(end)], Array(8).fill(0xee));
  return buffer.subarray(3, end);
}

const READINGS: Array<SensorData["struct"]> = [
  {},
  { value: 512 },
  { readings: { a: 1, b: 2.5, c: "3" } },
  { readings: { volts: 4.996, amps: 0.99991455078125, is_ac: false, watts: 4.99957275390625 } },
  { orientation: { o_x: 0, o_y: 0, o_z: 1, theta: 90 } },
  { nothing: null, yes: true, no: false, zero: 0, negative: -17.25, tiny: 5e-324, big: 1.7976931348623157e308, nan: NaN, inf: -Infinity },
  { list: [1, "two", null, false, [3, [4]], { five: 5 }], empty: [], nested: { deeper: { deepest: {} } } },
  { "ключ": "значение", "emoji 🌡": "23 °C 😀", long: "x".repeat(300), "": "" },
  { docommand_output: { status: "ok", uptime_ms: 1234567, pins: [2, 4, 15] } },
];

test("SensorData is written byte for byte as protobuf.js encodes it", () => {
  const times: Array<[number, number]> = [
    [1_700_000_000_123, 1_700_000_000_160],
    [1_700_000_000_000, 1_700_000_001_000], // whole seconds: nanos left out
    [0, 0], // both timestamps empty
    [999, 1_000], // seconds left out of the first
    [8_640_000_000_000_000, 8_640_000_000_000_000], // the last valid Date
  ];
  for (const struct of READINGS) {
    for (const [requested, received] of times) {
      const data = sensorData(requested, received, struct);
      assert.deepEqual(written(data), byProtobufJs(data), JSON.stringify({ struct, requested }));
    }
  }
});

test("random readings are written as protobuf.js encodes them", () => {
  const random = seededRandom(20261205);
  const value = (depth: number): unknown => {
    const pick = Math.floor(random() * (depth > 2 ? 4 : 6));
    if (pick === 0) return (random() - 0.5) * 10 ** Math.floor(random() * 12);
    if (pick === 1) return String.fromCharCode(...Array.from({ length: Math.floor(random() * 40) }, () => 32 + Math.floor(random() * 0x2fff)));
    if (pick === 2) return random() < 0.5;
    if (pick === 3) return null;
    if (pick === 4) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
    return struct(depth + 1);
  };
  const struct = (depth: number): SensorData["struct"] =>
    Object.fromEntries(Array.from({ length: Math.floor(random() * 5) }, (_, i) => [`k${i}_${Math.floor(random() * 1000)}`, value(depth)]));
  for (let i = 0; i < 300; i++) {
    const requested = Math.floor(random() * 2e12);
    const data = sensorData(requested, requested + Math.floor(random() * 50), struct(0));
    assert.deepEqual(written(data), byProtobufJs(data));
  }
});

test("a value with no google.protobuf.Value form, or a time before 1970, is refused before anything is written", () => {
  assert.throws(() => sensorDataLength(sensorData(1, 2, { value: undefined })), { name: "TypeError", message: "a undefined has no google.protobuf.Value form" });
  assert.throws(() => sensorDataLength(sensorData(1, 2, { list: [() => 1] })), { name: "TypeError", message: "a function has no google.protobuf.Value form" });
  assert.throws(() => sensorDataLength(sensorData(-2_000, 2, { value: 1 })), RangeError);
});
