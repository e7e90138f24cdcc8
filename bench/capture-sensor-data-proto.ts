// viam-micro-server's store format, for comparison: each reading is a length-delimited
// viam.app.datasync.v1.SensorData, encoded with the firmware's own generated protobuf code.
import protobuf from "protobufjs/minimal.js";
import { viam } from "../src/proto/generated/viam.js";
import { toProtoStruct } from "../src/proto/struct.ts";
import { toProtoTimestamp } from "../src/proto/timestamp.ts";
import type { SensorData } from "../src/data/sensor-data.ts";

/** The bytes viam-micro-server keeps for one reading: a varint length, then the SensorData. */
export function encodeSensorDataDelimited(data: SensorData): Uint8Array {
  const body = viam.app.datasync.v1.SensorData.encode({
    metadata: {
      timeRequested: toProtoTimestamp(data.metadata.timeRequested),
      timeReceived: toProtoTimestamp(data.metadata.timeReceived),
    },
    struct: toProtoStruct(data.struct),
  }).finish();
  // Writer.bytes() writes the varint length before the bytes.
  return protobuf.Writer.create().bytes(body).finish();
}
