// Plain JS values → google.protobuf.Struct / Value messages, the form every captured reading takes
// on the wire. Kept apart from the generated code so sync, the server and the benchmarks share it.

import { google } from "./generated/viam.js";

export function toProtoValue(value: unknown): google.protobuf.IValue {
  if (value === null) return { nullValue: google.protobuf.NullValue.NULL_VALUE };
  switch (typeof value) {
    case "number":
      return { numberValue: value };
    case "string":
      return { stringValue: value };
    case "boolean":
      return { boolValue: value };
    case "object":
      return Array.isArray(value)
        ? { listValue: { values: value.map(toProtoValue) } }
        : { structValue: toProtoStruct(value as { [key: string]: unknown }) };
    default:
      throw new TypeError(`a ${typeof value} has no google.protobuf.Value form`);
  }
}

export function toProtoStruct(struct: { [key: string]: unknown }): google.protobuf.IStruct {
  const fields: { [key: string]: google.protobuf.IValue } = {};
  for (const key of Object.keys(struct)) fields[key] = toProtoValue(struct[key]);
  return { fields };
}

/** google.protobuf.Value → plain JS value; a Value with no kind set is null, as protobuf's JSON mapping has it. */
export function fromProtoValue(value: google.protobuf.IValue): unknown {
  if (value.numberValue != null) return value.numberValue;
  if (value.stringValue != null) return value.stringValue;
  if (value.boolValue != null) return value.boolValue;
  if (value.structValue != null) return fromProtoStruct(value.structValue);
  if (value.listValue != null) return (value.listValue.values ?? []).map(fromProtoValue);
  return null;
}

export function fromProtoStruct(struct: google.protobuf.IStruct): { [key: string]: unknown } {
  const out: { [key: string]: unknown } = {};
  const fields = struct.fields ?? {};
  for (const key of Object.keys(fields)) out[key] = fromProtoValue(fields[key]!);
  return out;
}
