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
