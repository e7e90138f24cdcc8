// UploadMetadata.method_parameters from a capture method's additional_params. Viam's server turns
// each string into a google.protobuf.Any holding the first wrapper that parses it, trying Go's
// strconv.ParseBool, ParseInt, ParseUint and ParseFloat in that order, else a StringValue. The same
// rules apply here, so the cloud sees the same types from this board as from viam-server ("1" is a
// BoolValue, as it is there).
import { google } from "../../proto/generated/viam.js";
import { toProtoStruct } from "../../proto/struct.ts";

const TYPE_URL = "type.googleapis.com/google.protobuf.";

// strconv.ParseBool's spellings.
const TRUE = new Set(["1", "t", "T", "TRUE", "true", "True"]);
const FALSE = new Set(["0", "f", "F", "FALSE", "false", "False"]);

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

export function methodParameters(params: Readonly<Record<string, string>>, method?: string): Record<string, google.protobuf.IAny> {
  const out: Record<string, google.protobuf.IAny> = {};
  for (const key of Object.keys(params)) {
    // DoCommand's command is a struct in the config, kept as its JSON text, and goes up as a Struct.
    const command = method === "DoCommand" && key === "docommand_input";
    out[key] = command ? packStruct(JSON.parse(params[key]!) as { [key: string]: unknown }) : packParameter(params[key]!);
  }
  return out;
}

function packStruct(value: { [key: string]: unknown }): google.protobuf.IAny {
  return any("Struct", google.protobuf.Struct.encode(toProtoStruct(value)).finish());
}

export function packParameter(text: string): google.protobuf.IAny {
  if (TRUE.has(text) || FALSE.has(text)) {
    return any("BoolValue", google.protobuf.BoolValue.encode(TRUE.has(text) ? { value: true } : {}).finish());
  }
  if (/^[+-]?\d+$/.test(text)) {
    const value = BigInt(text);
    if (value >= INT64_MIN && value <= INT64_MAX) return any("Int64Value", varintField(value));
    if (value >= 0n && value <= UINT64_MAX && /^\d+$/.test(text)) return any("UInt64Value", varintField(value));
  }
  const float = parseFloat64(text);
  if (float !== undefined) return any("DoubleValue", google.protobuf.DoubleValue.encode(Object.is(float, 0) ? {} : { value: float }).finish());
  return any("StringValue", google.protobuf.StringValue.encode(text === "" ? {} : { value: text }).finish());
}

/** strconv.ParseFloat(text, 64) for decimal and special spellings; undefined where Go returns an error. */
function parseFloat64(text: string): number | undefined {
  if (text === "NaN" || /^nan$/i.test(text)) return NaN;
  if (/^[+-]?(?:inf|infinity)$/i.test(text)) return text.startsWith("-") ? -Infinity : Infinity;
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  // Go reports overflow (ErrRange) rather than returning infinity for a finite spelling.
  return Number.isFinite(value) ? value : undefined;
}

function any(name: string, value: Uint8Array): google.protobuf.IAny {
  return { typeUrl: TYPE_URL + name, value };
}

/** Field 1 as a varint, two's complement over 64 bits, as int64 and uint64 are encoded. The int64
 *  range exceeds what a JS number holds exactly, so this does not go through the number-only codec. */
function varintField(value: bigint): Uint8Array {
  if (value === 0n) return new Uint8Array(0);
  let rest = BigInt.asUintN(64, value);
  const bytes = [0x08];
  while (rest >= 0x80n) {
    bytes.push(Number(rest & 0x7fn) | 0x80);
    rest >>= 7n;
  }
  bytes.push(Number(rest));
  return Uint8Array.from(bytes);
}
