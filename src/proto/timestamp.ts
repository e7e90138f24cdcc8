// protobuf.js writes every field that is present in the object it encodes, zeros included, where
// proto3 (and the official encoders) leave default values out. Timestamps are the one place where a
// zero is common (readings on whole seconds), so they are handed over with zero fields absent.

import type { google } from "./generated/viam.js";

export function toProtoTimestamp(timestamp: { seconds: number; nanos: number }): google.protobuf.ITimestamp {
  const out: google.protobuf.ITimestamp = {};
  if (timestamp.seconds !== 0) out.seconds = timestamp.seconds;
  if (timestamp.nanos !== 0) out.nanos = timestamp.nanos;
  return out;
}
