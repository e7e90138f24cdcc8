// Timestamps for protobuf.js, as sync handed them over before it wrote SensorData itself
// (src/proto/sensor-data-writer.ts), kept as the reference that writer is compared with. protobuf.js
// writes every field present in the object it encodes, zeros included, where proto3 (and the
// official encoders) leave default values out, so zero fields are left absent.

import type { google } from "../src/proto/generated/viam.js";

export function toProtoTimestamp(timestamp: { seconds: number; nanos: number }): google.protobuf.ITimestamp {
  const out: google.protobuf.ITimestamp = {};
  if (timestamp.seconds !== 0) out.seconds = timestamp.seconds;
  if (timestamp.nanos !== 0) out.nanos = timestamp.nanos;
  return out;
}
