// SensorData written straight into an upload buffer: the same bytes as protobuf.js's generated
// encoder gives for the reading (test/sensor-data-writer.test.ts compares them), without its
// objects. protobuf.js queues an operation object for every field and a state for every nested
// message before it writes a byte, some fifty objects and over 200 slots for one small reading; a
// board syncing twenty collectors ran out of heap in the middle of one.
import type { SensorData, Timestamp } from "../data/sensor-data.ts";
import { encodeUtf8, utf8Length } from "../data/utf8.ts";
import { protobufFloat } from "./run-time-float.ts";

// Tags: field number << 3 | wire type (0 varint, 1 fixed64, 2 length-delimited). Every field here
// is numbered below 16, so each tag is one byte.
const FIRST_MESSAGE = 0x0a; // field 1, length-delimited
const SECOND_MESSAGE = 0x12; // field 2, length-delimited
const SECONDS = 0x08;
const NANOS = 0x10;
const NULL_VALUE = 0x08;
const NUMBER_VALUE = 0x11;
const STRING_VALUE = 0x1a;
const BOOL_VALUE = 0x20;
const STRUCT_VALUE = 0x2a;
const LIST_VALUE = 0x32;
const DOUBLE_BYTES = 8;

type Struct = { [key: string]: unknown };

export function varintLength(value: number): number {
  let length = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 128);
    length++;
  }
  return length;
}

/** Writes a non-negative integer as a varint; returns the offset after it. */
export function writeVarint(target: Uint8Array, offset: number, value: number): number {
  while (value >= 0x80) {
    target[offset++] = (value & 0x7f) | 0x80;
    value = Math.floor(value / 128);
  }
  target[offset++] = value;
  return offset;
}

/** Bytes of `data` encoded as a SensorData message. Throws TypeError for a value that has no
 *  google.protobuf.Value form, as encoding it would. */
export function sensorDataLength(data: SensorData): number {
  return delimited(metadataLength(data)) + delimited(structLength(data.struct));
}

/** Writes `data` as a SensorData message at `offset`, which must have sensorDataLength(data) bytes
 *  of room; returns the offset after it. */
export function writeSensorData(target: Uint8Array, offset: number, data: SensorData): number {
  const { timeRequested, timeReceived } = data.metadata;
  let at = header(target, offset, FIRST_MESSAGE, metadataLength(data));
  at = writeTimestamp(target, header(target, at, FIRST_MESSAGE, timestampLength(timeRequested)), timeRequested);
  at = writeTimestamp(target, header(target, at, SECOND_MESSAGE, timestampLength(timeReceived)), timeReceived);
  return writeStruct(target, header(target, at, SECOND_MESSAGE, structLength(data.struct)), data.struct);
}

function delimited(length: number): number {
  return 1 + varintLength(length) + length;
}

/** A tag and a varint: a message's length, or a varint field's value. */
function header(target: Uint8Array, offset: number, tag: number, varint: number): number {
  target[offset] = tag;
  return writeVarint(target, offset + 1, varint);
}

function metadataLength(data: SensorData): number {
  return delimited(timestampLength(data.metadata.timeRequested)) + delimited(timestampLength(data.metadata.timeReceived));
}

// Zero fields are left out, as toProtoTimestamp leaves them out for protobuf.js.
function timestampLength(timestamp: Timestamp): number {
  return (timestamp.seconds === 0 ? 0 : 1 + varintLength(nonNegative(timestamp.seconds))) + (timestamp.nanos === 0 ? 0 : 1 + varintLength(timestamp.nanos));
}

function writeTimestamp(target: Uint8Array, offset: number, timestamp: Timestamp): number {
  let at = offset;
  if (timestamp.seconds !== 0) at = header(target, at, SECONDS, timestamp.seconds);
  if (timestamp.nanos !== 0) at = header(target, at, NANOS, timestamp.nanos);
  return at;
}

function nonNegative(seconds: number): number {
  if (seconds < 0) throw new RangeError(`a capture time before 1970 (${seconds} s) cannot be uploaded`);
  return seconds;
}

// A Struct is a map<string, Value>: each field is an entry message of key (1) and value (2).
function structLength(struct: Struct): number {
  let length = 0;
  for (const key of Object.keys(struct)) length += delimited(entryLength(key, struct[key]));
  return length;
}

function entryLength(key: string, value: unknown): number {
  return delimited(utf8Length(key)) + delimited(valueLength(value));
}

function writeStruct(target: Uint8Array, offset: number, struct: Struct): number {
  let at = offset;
  for (const key of Object.keys(struct)) {
    const value = struct[key];
    at = header(target, at, FIRST_MESSAGE, entryLength(key, value));
    at = encodeUtf8(key, target, header(target, at, FIRST_MESSAGE, utf8Length(key)));
    at = writeValue(target, header(target, at, SECOND_MESSAGE, valueLength(value)), value);
  }
  return at;
}

function valueLength(value: unknown): number {
  if (value === null) return 2;
  switch (typeof value) {
    case "number":
      return 1 + DOUBLE_BYTES;
    case "string":
      return delimited(utf8Length(value));
    case "boolean":
      return 2;
    case "object":
      return delimited(Array.isArray(value) ? listLength(value) : structLength(value as Struct));
    default:
      throw new TypeError(`a ${typeof value} has no google.protobuf.Value form`);
  }
}

function writeValue(target: Uint8Array, offset: number, value: unknown): number {
  if (value === null) return header(target, offset, NULL_VALUE, 0);
  switch (typeof value) {
    case "number":
      target[offset] = NUMBER_VALUE;
      protobufFloat().writeDoubleLE(value, target, offset + 1);
      return offset + 1 + DOUBLE_BYTES;
    case "string":
      return encodeUtf8(value, target, header(target, offset, STRING_VALUE, utf8Length(value)));
    case "boolean":
      return header(target, offset, BOOL_VALUE, value ? 1 : 0);
    default:
      if (Array.isArray(value)) return writeList(target, header(target, offset, LIST_VALUE, listLength(value)), value);
      return writeStruct(target, header(target, offset, STRUCT_VALUE, structLength(value as Struct)), value as Struct);
  }
}

// A ListValue is a repeated Value (1).
function listLength(values: readonly unknown[]): number {
  let length = 0;
  for (const value of values) length += delimited(valueLength(value));
  return length;
}

function writeList(target: Uint8Array, offset: number, values: readonly unknown[]): number {
  let at = offset;
  for (const value of values) at = writeValue(target, header(target, at, FIRST_MESSAGE, valueLength(value)), value);
  return at;
}
