// viam.app.datasync.v1.SensorData with a google.protobuf.Struct, encoded straight into an upload
// buffer: the bytes protobuf.js writes for what proto/struct.ts and proto/timestamp.ts make of a
// reading, without the intermediate message objects.
//
// Lengths come first in protobuf, so every message is measured (sizeOf…) before it is written; a
// nested Struct is measured again at each level, which costs nothing for readings' shallow data.
import type { SensorData, Timestamp } from "../sensor-data.ts";
import {
  type WireTarget,
  delimitedSize,
  stringFieldSize,
  varintSize,
  writeDelimited,
  writeDouble,
  writeStringField,
  writeVarint,
} from "./proto-writer.ts";

// Tags: field number << 3 | wire type (0 varint, 1 64-bit, 2 length-delimited).
const SENSOR_METADATA = 0x0a; // SensorData.metadata
const SENSOR_STRUCT = 0x12; // SensorData.struct
const TIME_REQUESTED = 0x0a; // SensorMetadata.time_requested
const TIME_RECEIVED = 0x12; // SensorMetadata.time_received
const SECONDS = 0x08; // Timestamp.seconds
const NANOS = 0x10; // Timestamp.nanos
const STRUCT_FIELD = 0x0a; // Struct.fields, a map entry
const ENTRY_KEY = 0x0a;
const ENTRY_VALUE = 0x12;
const NULL_VALUE = 0x08;
const NUMBER_VALUE = 0x11;
const STRING_VALUE = 0x1a;
const BOOL_VALUE = 0x20;
const STRUCT_VALUE = 0x2a;
const LIST_VALUE = 0x32;
const LIST_ITEM = 0x0a; // ListValue.values

type Struct = { readonly [key: string]: unknown };

/** Bytes of the encoded SensorData message (without a field tag or length before it). */
export function sizeOfSensorData(data: SensorData): number {
  return delimitedSize(sizeOfMetadata(data)) + delimitedSize(sizeOfStruct(data.struct));
}

/** Writes what sizeOfSensorData measured. Throws TypeError, as proto/struct.ts does, for data
 *  with no Struct form; sizeOfSensorData throws first. */
export function writeSensorData(out: WireTarget, data: SensorData): void {
  const { timeRequested, timeReceived } = data.metadata;
  writeDelimited(out, SENSOR_METADATA, sizeOfMetadata(data));
  writeDelimited(out, TIME_REQUESTED, sizeOfTimestamp(timeRequested));
  writeTimestamp(out, timeRequested);
  writeDelimited(out, TIME_RECEIVED, sizeOfTimestamp(timeReceived));
  writeTimestamp(out, timeReceived);
  writeDelimited(out, SENSOR_STRUCT, sizeOfStruct(data.struct));
  writeStruct(out, data.struct);
}

function sizeOfMetadata(data: SensorData): number {
  return delimitedSize(sizeOfTimestamp(data.metadata.timeRequested)) + delimitedSize(sizeOfTimestamp(data.metadata.timeReceived));
}

// Zero fields are left out, as proto3 encoders (and proto/timestamp.ts) do.
function sizeOfTimestamp(time: Timestamp): number {
  return (time.seconds !== 0 ? 1 + varintSize(time.seconds) : 0) + (time.nanos !== 0 ? 1 + varintSize(time.nanos) : 0);
}

function writeTimestamp(out: WireTarget, time: Timestamp): void {
  if (time.seconds !== 0) {
    out.bytes[out.at++] = SECONDS;
    writeVarint(out, time.seconds);
  }
  if (time.nanos !== 0) {
    out.bytes[out.at++] = NANOS;
    writeVarint(out, time.nanos);
  }
}

function sizeOfStruct(struct: Struct): number {
  let size = 0;
  for (const key of Object.keys(struct)) size += delimitedSize(sizeOfEntry(key, struct[key]));
  return size;
}

function sizeOfEntry(key: string, value: unknown): number {
  return stringFieldSize(key) + delimitedSize(sizeOfValue(value));
}

function writeStruct(out: WireTarget, struct: Struct): void {
  for (const key of Object.keys(struct)) {
    const value = struct[key];
    writeDelimited(out, STRUCT_FIELD, sizeOfEntry(key, value));
    writeStringField(out, ENTRY_KEY, key);
    writeDelimited(out, ENTRY_VALUE, sizeOfValue(value));
    writeValue(out, value);
  }
}

/** Bytes of a google.protobuf.Value. */
function sizeOfValue(value: unknown): number {
  if (value === null) return 2;
  switch (typeof value) {
    case "number":
      return 9;
    case "string":
      return stringFieldSize(value);
    case "boolean":
      return 2;
    case "object":
      return delimitedSize(Array.isArray(value) ? sizeOfList(value) : sizeOfStruct(value as Struct));
    default:
      throw new TypeError(`a ${typeof value} has no google.protobuf.Value form`);
  }
}

function sizeOfList(values: readonly unknown[]): number {
  let size = 0;
  for (const value of values) size += delimitedSize(sizeOfValue(value));
  return size;
}

function writeValue(out: WireTarget, value: unknown): void {
  const bytes = out.bytes;
  if (value === null) {
    bytes[out.at++] = NULL_VALUE;
    bytes[out.at++] = 0;
  } else if (typeof value === "number") {
    writeDouble(out, NUMBER_VALUE, value);
  } else if (typeof value === "string") {
    writeStringField(out, STRING_VALUE, value);
  } else if (typeof value === "boolean") {
    bytes[out.at++] = BOOL_VALUE;
    bytes[out.at++] = value ? 1 : 0;
  } else if (Array.isArray(value)) {
    writeDelimited(out, LIST_VALUE, sizeOfList(value));
    for (const item of value) {
      writeDelimited(out, LIST_ITEM, sizeOfValue(item));
      writeValue(out, item);
    }
  } else {
    writeDelimited(out, STRUCT_VALUE, sizeOfStruct(value as Struct));
    writeStruct(out, value as Struct);
  }
}
