// Compact self-describing encoding for the values a capture Struct can hold (google.protobuf.Value:
// null, number, string, bool, struct, list). Each value starts with a one-byte tag. Struct keys are
// a dictionary index (key-dictionary.ts) when the key is a known one, else length-prefixed UTF-8.
//
// Numbers take the smallest exact form: a zigzag varint for integers with |n| <= 2**52, a short
// decimal (a zigzag mantissa m and a scale k, read back as m / 10**k — IEEE division is correctly
// rounded, so a form is only chosen when that division gives back the very same double), float32 when
// it round-trips, otherwise float64. -0, NaN and ±Infinity are kept as floats: protobuf's double can
// carry them, so the record does too.
//
// `undefined`, functions, symbols, bigints and objects that are not plain objects or arrays have no
// Struct form; encoding them throws a TypeError naming the path, rather than silently changing data.
import type { ByteReader, ByteWriter } from "./bytes.ts";
import { KEY_DICTIONARY, dictionaryIndex } from "./key-dictionary.ts";
import { utf8Length } from "./utf8.ts";
import { frozen } from "../frozen.ts";

const TAG_NULL = 0;
const TAG_FALSE = 1;
const TAG_TRUE = 2;
const TAG_INT = 3;
const TAG_FLOAT32 = 4;
const TAG_FLOAT64 = 5;
const TAG_STRING = 6;
const TAG_STRUCT = 7;
const TAG_LIST = 8;
/** TAG_DECIMAL + k - 1 for a decimal with k fractional digits, k = 1..MAX_DECIMALS. */
const TAG_DECIMAL = 9;
const MAX_DECIMALS = 6;

const MAX_ZIGZAG = 2 ** 52;
const POWERS_OF_TEN = frozen([1, 10, 100, 1000, 10_000, 100_000, 1_000_000]);

export type StructValue = { [key: string]: unknown };

export function writeNumber(out: ByteWriter, value: number): void {
  if (Number.isInteger(value) && Math.abs(value) <= MAX_ZIGZAG && !Object.is(value, -0)) {
    out.byte(TAG_INT);
    out.zigzag(value);
    return;
  }
  if (Number.isFinite(value)) {
    const magnitude = Math.abs(value);
    for (let k = 1; k <= MAX_DECIMALS; k++) {
      const scale = POWERS_OF_TEN[k];
      const mantissa = Math.round(value * scale);
      if (Math.abs(mantissa) > MAX_ZIGZAG) break;
      if (mantissa / scale === value && mantissa !== 0) {
        // A float32 is never longer than 4 bytes; past that the decimal only wins on float64s.
        if (magnitude * scale < 2 ** 20 || Math.fround(value) !== value) {
          out.byte(TAG_DECIMAL + k - 1);
          out.zigzag(mantissa);
          return;
        }
        break;
      }
    }
  }
  if (Object.is(Math.fround(value), value)) {
    out.byte(TAG_FLOAT32);
    out.float32(value);
    return;
  }
  out.byte(TAG_FLOAT64);
  out.float64(value);
}

export function readNumber(input: ByteReader): number {
  const value = readValue(input);
  if (typeof value !== "number") throw new RangeError("expected a number in the record");
  return value;
}

export function writeValue(out: ByteWriter, value: unknown, path: string): void {
  switch (typeof value) {
    case "number":
      writeNumber(out, value);
      return;
    case "boolean":
      out.byte(value ? TAG_TRUE : TAG_FALSE);
      return;
    case "string":
      out.byte(TAG_STRING);
      out.string(value);
      return;
    case "object":
      if (value === null) {
        out.byte(TAG_NULL);
        return;
      }
      if (Array.isArray(value)) {
        out.byte(TAG_LIST);
        out.varint(value.length);
        for (let i = 0; i < value.length; i++) writeValue(out, value[i], `${path}[${i}]`);
        return;
      }
      if (isPlainObject(value)) {
        out.byte(TAG_STRUCT);
        writeStruct(out, value as StructValue, path);
        return;
      }
  }
  throw new TypeError(`${path || "value"}: ${describe(value)} has no Struct form`);
}

export function readValue(input: ByteReader): unknown {
  const tag = input.byte();
  switch (tag) {
    case TAG_NULL:
      return null;
    case TAG_FALSE:
      return false;
    case TAG_TRUE:
      return true;
    case TAG_INT:
      return input.zigzag();
    case TAG_FLOAT32:
      return input.float32();
    case TAG_FLOAT64:
      return input.float64();
    case TAG_STRING:
      return input.string();
    case TAG_STRUCT:
      return readStruct(input);
    case TAG_LIST: {
      const count = input.varint();
      const list: unknown[] = [];
      for (let i = 0; i < count; i++) list.push(readValue(input));
      return list;
    }
  }
  if (tag >= TAG_DECIMAL && tag < TAG_DECIMAL + MAX_DECIMALS) {
    return input.zigzag() / POWERS_OF_TEN[tag - TAG_DECIMAL + 1];
  }
  throw new RangeError(`unknown value tag ${tag}`);
}

/** A struct body without a tag: the field count, then each key and value.
 *  A key is a varint v: odd v names KEY_DICTIONARY[(v - 1) / 2]; even v is followed by v / 2 bytes
 *  of UTF-8. */
export function writeStruct(out: ByteWriter, struct: StructValue, path: string): void {
  const keys = Object.keys(struct);
  out.varint(keys.length);
  for (const key of keys) {
    const index = dictionaryIndex(key);
    if (index === undefined) {
      out.varint(utf8Length(key) * 2);
      out.utf8(key);
    } else out.varint(index * 2 + 1);
    writeValue(out, struct[key], path === "" ? key : `${path}.${key}`);
  }
}

export function readStruct(input: ByteReader): StructValue {
  const count = input.varint();
  const struct: StructValue = {};
  for (let i = 0; i < count; i++) {
    const v = input.varint();
    let key: string;
    if (v % 2 === 0) key = input.utf8(v / 2);
    else {
      const known = KEY_DICTIONARY[(v - 1) / 2];
      if (known === undefined) throw new RangeError(`unknown dictionary key ${(v - 1) / 2}`);
      key = known;
    }
    setField(struct, key, readValue(input));
  }
  return struct;
}

export function isPlainObject(value: unknown): value is StructValue {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Assignment would turn a "__proto__" key into a prototype change instead of a field. */
function setField(struct: StructValue, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(struct, key, { value, enumerable: true, writable: true, configurable: true });
  } else struct[key] = value;
}

function describe(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "object") return "an object of a class";
  return `a ${typeof value}`;
}
