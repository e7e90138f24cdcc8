// UploadMetadata.method_parameters from a capture method's additional_params. Viam's server turns
// each string into a google.protobuf.Any holding the first wrapper that parses it, trying Go's
// strconv.ParseBool, ParseInt, ParseUint and ParseFloat in that order, else a StringValue. The same
// rules apply here, so the cloud sees the same types from this board as from viam-server ("1" is a
// BoolValue, as it is there).
import { stringFieldSize, wireTarget, writeDouble, writeStringField } from "./proto-writer.ts";

/** A google.protobuf.Any: the wrapper's type URL and its encoded message. */
export interface PackedParameter {
  typeUrl: string;
  value: Uint8Array;
}

// The wrappers' one field, `value` (field 1), as a varint, a 64-bit double or length-delimited.
const VALUE_VARINT = 0x08;
const VALUE_DOUBLE = 0x09;
const VALUE_BYTES = 0x0a;

const TYPE_URL = "type.googleapis.com/google.protobuf.";

// strconv.ParseBool's spellings.
const TRUE = new Set(["1", "t", "T", "TRUE", "true", "True"]);
const FALSE = new Set(["0", "f", "F", "FALSE", "false", "False"]);

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INFINITY = /^[+-]?(?:inf|infinity)$/i;

export function methodParameters(params: Readonly<Record<string, string>>): Record<string, PackedParameter> {
  const out: Record<string, PackedParameter> = {};
  for (const key of Object.keys(params)) out[key] = packParameter(params[key]!);
  return out;
}

/** A wrapper's `value` is left out when it holds the default, as proto3 encoders do. */
export function packParameter(text: string): PackedParameter {
  if (TRUE.has(text) || FALSE.has(text)) return any("BoolValue", TRUE.has(text) ? Uint8Array.of(VALUE_VARINT, 1) : new Uint8Array(0));
  if (/^[+-]?\d+$/.test(text)) {
    const value = BigInt(text);
    if (value >= INT64_MIN && value <= INT64_MAX) return any("Int64Value", varintField(value));
    if (value >= 0n && value <= UINT64_MAX && /^\d+$/.test(text)) return any("UInt64Value", varintField(value));
  }
  const float = parseFloat64(text);
  if (float !== undefined) return any("DoubleValue", Object.is(float, 0) ? new Uint8Array(0) : doubleField(float));
  return any("StringValue", text === "" ? new Uint8Array(0) : stringField(text));
}

/** strconv.ParseFloat(text, 64) for decimal and special spellings; undefined where Go returns an error. */
function parseFloat64(text: string): number | undefined {
  if (text === "NaN" || /^nan$/i.test(text)) return NaN;
  if (INFINITY.test(text)) return text.startsWith("-") ? -Infinity : Infinity;
  if (!DECIMAL.test(text)) return undefined;
  const value = Number(text);
  // Go reports overflow (ErrRange) rather than returning infinity for a finite spelling.
  return Number.isFinite(value) ? value : undefined;
}

function any(name: string, value: Uint8Array): PackedParameter {
  return { typeUrl: TYPE_URL + name, value };
}

/** Field 1 as a varint, two's complement over 64 bits, as int64 and uint64 are encoded. The int64
 *  range exceeds what a JS number holds exactly, so this does not go through the number-only codec. */
function varintField(value: bigint): Uint8Array {
  if (value === 0n) return new Uint8Array(0);
  let rest = BigInt.asUintN(64, value);
  const bytes = [VALUE_VARINT];
  while (rest >= 0x80n) {
    bytes.push(Number(rest & 0x7fn) | 0x80);
    rest >>= 7n;
  }
  bytes.push(Number(rest));
  return Uint8Array.from(bytes);
}

function doubleField(value: number): Uint8Array {
  const out = wireTarget(new Uint8Array(9));
  writeDouble(out, VALUE_DOUBLE, value);
  return out.bytes;
}

function stringField(text: string): Uint8Array {
  const out = wireTarget(new Uint8Array(stringFieldSize(text)));
  writeStringField(out, VALUE_BYTES, text);
  return out.bytes;
}
