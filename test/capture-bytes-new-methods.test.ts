// Flash bytes per reading for the capture methods issue 13 added, against viam-micro-server's
// length-delimited SensorData for the same reading (its store format; it captures none of these).
// Ours is the record codec's payload plus the store's 2 bytes of framing per entry; the ring block's
// header and bitmap (about 3 % of a block) are left out of both. The capture bench's goal for a
// 3-field Readings is 1.5×; every new method keeps at least that.
import { test } from "node:test";
import assert from "node:assert/strict";
import { RecordEncoder, decodeRecordFor } from "../src/data/record-codec.ts";
import { sensorData } from "../src/data/sensor-data.ts";
import { encodeSensorDataDelimited } from "../bench/capture-sensor-data-proto.ts";

const WALL = Date.UTC(2025, 5, 1, 12);
const ENTRY_FRAMING = 2;

const samples: Record<string, Array<Record<string, unknown>>> = {
  Voltage: [{ volts: 4.996, is_ac: false }, { volts: 12.0875, is_ac: false }],
  Current: [{ amperes: 0.99991455078125, is_ac: false }],
  Power: [{ watts: 4.99957275390625 }],
  Readings: [{ readings: { volts: 4.996, amps: 0.99991455078125, is_ac: false, watts: 4.99957275390625 } }],
  Position: [{ position_deg: 90 }, { position: 2.25 }],
  IsPowered: [{ is_on: true, power_pct: 0.5 }],
  Orientation: [{ orientation: { o_x: 0, o_y: 0, o_z: 1, theta: 90 } }],
  DoCommand: [{ uptime_ms: 1_234_567 }],
};

test("the new capture methods keep at least 1.5× more readings per KB than viam-micro-server's format", (t) => {
  for (const [method, datas] of Object.entries(samples)) {
    const encoder = new RecordEncoder();
    for (const data of datas) {
      const requested = WALL + 1_000;
      const ours = encoder.encode(method, { timeRequestedMs: requested, timeReceivedMs: requested, monotonic: false, data }, WALL).length + ENTRY_FRAMING;
      const theirs = encodeSensorDataDelimited(sensorData(requested, requested, data)).length;
      const ratio = theirs / ours;
      t.diagnostic(`${method} ${JSON.stringify(data)}: ${ours} B vs ${theirs} B, ${ratio.toFixed(2)}×`);
      assert.ok(ratio >= 1.5, `${method}: ${ratio.toFixed(2)}×`);
      assert.deepEqual(decodeRecordFor(method, encoder.encode(method, { timeRequestedMs: requested, timeReceivedMs: requested, monotonic: false, data }, WALL), WALL).data, data);
    }
  }
});
