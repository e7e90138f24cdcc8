// google.protobuf.Struct, Value and ListValue read from the wire straight into the plain JSON they
// stand for, with no decoded message in between: on the board a decoded Struct costs a message
// object per Value and a map object per Struct, on top of the JSON made from it.
import { endAt, I64, LEN, nestedEnd, VARINT, type WireReader } from "./wire.ts";

export type Json = null | boolean | number | string | Json[] | JsonObject;
export type JsonObject = { [key: string]: Json };

const STRUCT_FIELDS = (1 << 3) | LEN;
const ENTRY_KEY = (1 << 3) | LEN;
const ENTRY_VALUE = (2 << 3) | LEN;
const NULL_VALUE = (1 << 3) | VARINT;
const NUMBER_VALUE = (2 << 3) | I64;
const STRING_VALUE = (3 << 3) | LEN;
const BOOL_VALUE = (4 << 3) | VARINT;
const STRUCT_VALUE = (5 << 3) | LEN;
const LIST_VALUE = (6 << 3) | LEN;
const LIST_VALUES = (1 << 3) | LEN;

// Each level of nesting is a few frames of recursion, and the board's XS stack is 512 slots; no
// config nests anywhere near this deep.
const MAX_DEPTH = 32;

/**
 * Reads a Struct that ends at `end` as a JSON object with its keys in sorted order, so that equal
 * Structs give equal text whatever order the map entries came in. A key given twice keeps its last
 * value, as protobuf maps do.
 */
export function readStructJson(reader: WireReader, end: number, depth = 0): JsonObject {
  if (depth > MAX_DEPTH) throw new RangeError(`Structs nested more than ${MAX_DEPTH} deep`);
  const out: JsonObject = {};
  let previous: string | undefined;
  let inOrder = true;
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag !== STRUCT_FIELDS) {
      reader.skipType(tag & 7);
      continue;
    }
    const entryEnd = nestedEnd(reader);
    let key = "";
    let value: Json = null;
    while (reader.pos < entryEnd) {
      const entryTag = reader.uint32();
      if (entryTag === ENTRY_KEY) key = reader.string();
      else if (entryTag === ENTRY_VALUE) value = readValueJson(reader, nestedEnd(reader), depth);
      else reader.skipType(entryTag & 7);
    }
    endAt(reader, entryEnd);
    if (previous !== undefined && key < previous) inOrder = false;
    previous = key;
    setMember(out, key, value);
  }
  endAt(reader, end);
  return inOrder ? out : sortedCopy(out);
}

/** Reads a Value that ends at `end`; one with no kind set is null, as in protobuf's JSON mapping. */
export function readValueJson(reader: WireReader, end: number, depth = 0): Json {
  // The kinds are a oneof: the last one on the wire is the one that counts.
  let value: Json = null;
  while (reader.pos < end) {
    const tag = reader.uint32();
    switch (tag) {
      case NULL_VALUE:
        reader.skipType(VARINT);
        value = null;
        break;
      case NUMBER_VALUE:
        value = reader.double();
        break;
      case STRING_VALUE:
        value = reader.string();
        break;
      case BOOL_VALUE:
        value = reader.bool();
        break;
      case STRUCT_VALUE:
        value = readStructJson(reader, nestedEnd(reader), depth + 1);
        break;
      case LIST_VALUE:
        value = readListJson(reader, nestedEnd(reader), depth + 1);
        break;
      default:
        reader.skipType(tag & 7);
    }
  }
  endAt(reader, end);
  return value;
}

function readListJson(reader: WireReader, end: number, depth: number): Json[] {
  if (depth > MAX_DEPTH) throw new RangeError(`ListValues nested more than ${MAX_DEPTH} deep`);
  const out: Json[] = [];
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag === LIST_VALUES) out.push(readValueJson(reader, nestedEnd(reader), depth));
    else reader.skipType(tag & 7);
  }
  endAt(reader, end);
  return out;
}

function sortedCopy(object: JsonObject): JsonObject {
  const keys = Object.keys(object).sort();
  const out: JsonObject = {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    setMember(out, key, object[key] as Json);
  }
  return out;
}

/** Sets an own property, even for "__proto__", which plain assignment would take as the prototype. */
function setMember(target: JsonObject, key: string, value: Json): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
