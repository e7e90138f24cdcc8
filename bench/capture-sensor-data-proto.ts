// viam-micro-server's store format, for comparison: each reading is a length-delimited
// viam.app.datasync.v1.SensorData, encoded by the firmware's own SensorData writer (the bytes of its
// generated protobuf code, test/sensor-data-writer.test.ts).
import { sensorDataLength, varintLength, writeSensorData, writeVarint } from "../src/proto/sensor-data-writer.ts";
import type { SensorData } from "../src/data/sensor-data.ts";

/** The bytes viam-micro-server keeps for one reading: a varint length, then the SensorData. */
export function encodeSensorDataDelimited(data: SensorData): Uint8Array {
  const length = sensorDataLength(data);
  const bytes = new Uint8Array(varintLength(length) + length);
  writeSensorData(bytes, writeVarint(bytes, 0, length), data);
  return bytes;
}
