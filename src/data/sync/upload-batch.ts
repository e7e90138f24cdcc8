// One DataCaptureUploadRequest, built record by record into a single buffer: the metadata first
// (field 1), then each SensorData as it is read from the ring (field 2, repeated), encoded in place
// (proto-writer.ts says why not with protobuf.js). Field order does not matter on the wire, and
// writing into one buffer sized for the largest batch means a batch never exists twice in memory
// while it is built, which matters with XS's small heap.
import { viam } from "../../proto/generated/viam.js";
import type { SensorData } from "../sensor-data.ts";
import type { PackedParameter } from "./method-parameters.ts";
import {
  type WireTarget,
  delimitedSize,
  stringFieldSize,
  varintSize,
  wireTarget,
  writeBytesField,
  writeDelimited,
  writeStringField,
  writeVarint,
} from "./proto-writer.ts";
import { sizeOfSensorData, writeSensorData } from "./sensor-data-wire.ts";

const TABULAR_SENSOR = viam.app.datasync.v1.DataType.DATA_TYPE_TABULAR_SENSOR;

/** viam-micro-server's limit, kept as the most a batch may hold: encoded SensorData bytes in one
 *  upload request. */
export const MAX_BATCH_BYTES = 32_000;

const METADATA_TAG = 0x0a; // field 1, length-delimited
const SENSOR_CONTENTS_TAG = 0x12; // field 2, length-delimited

export interface UploadTarget {
  partId: string;
  /** e.g. "rdk:component:sensor". */
  componentType: string;
  componentName: string;
  methodName: string;
  tags: readonly string[];
  methodParameters: Readonly<Record<string, PackedParameter>>;
}

// UploadMetadata fields, in the order protobuf.js writes them.
const PART_ID = 0x0a;
const COMPONENT_TYPE = 0x12;
const COMPONENT_NAME = 0x1a;
const METHOD_NAME = 0x2a;
const DATA_TYPE = 0x30; // field 6, varint
const METHOD_PARAMETERS = 0x42; // field 8, map<string, Any> entries
const ENTRY_KEY = 0x0a;
const ENTRY_VALUE = 0x12;
const ANY_TYPE_URL = 0x0a;
const ANY_VALUE = 0x12;
const TAGS = 0x52; // field 10

/** UploadMetadata for tabular readings of one collector, encoded once and reused for its batches. */
export function encodeUploadMetadata(target: UploadTarget): Uint8Array {
  const parameters = target.methodParameters;
  const keys = Object.keys(parameters);
  let size =
    stringFieldSize(target.partId) +
    stringFieldSize(target.componentType) +
    stringFieldSize(target.componentName) +
    stringFieldSize(target.methodName) +
    1 +
    varintSize(TABULAR_SENSOR);
  for (const key of keys) size += delimitedSize(parameterEntrySize(key, parameters[key]!));
  for (const tag of target.tags) size += stringFieldSize(tag);
  const out = wireTarget(new Uint8Array(size));
  writeStringField(out, PART_ID, target.partId);
  writeStringField(out, COMPONENT_TYPE, target.componentType);
  writeStringField(out, COMPONENT_NAME, target.componentName);
  writeStringField(out, METHOD_NAME, target.methodName);
  out.bytes[out.at++] = DATA_TYPE;
  writeVarint(out, TABULAR_SENSOR);
  for (const key of keys) {
    const any = parameters[key]!;
    writeDelimited(out, METHOD_PARAMETERS, parameterEntrySize(key, any));
    writeStringField(out, ENTRY_KEY, key);
    writeDelimited(out, ENTRY_VALUE, anySize(any));
    writeStringField(out, ANY_TYPE_URL, any.typeUrl);
    writeBytesField(out, ANY_VALUE, any.value);
  }
  for (const tag of target.tags) writeStringField(out, TAGS, tag);
  return out.bytes;
}

function parameterEntrySize(key: string, any: PackedParameter): number {
  return stringFieldSize(key) + delimitedSize(anySize(any));
}

function anySize(any: PackedParameter): number {
  return stringFieldSize(any.typeUrl) + delimitedSize(any.value.length);
}

export class UploadBatch {
  readonly #maxBytes: number;
  readonly #out: WireTarget;
  #contentBytes = 0;
  #count = 0;

  /** `maxBytes` (default MAX_BATCH_BYTES) bounds the SensorData bytes, and so the buffer. */
  constructor(options: { metadata: Uint8Array; maxBytes?: number }) {
    const metadata = options.metadata;
    this.#maxBytes = options.maxBytes ?? MAX_BATCH_BYTES;
    const bytes = new Uint8Array(1 + varintSize(metadata.length) + metadata.length + this.#maxBytes);
    const out = wireTarget(bytes);
    writeBytesField(out, METADATA_TAG, metadata);
    this.#out = out;
  }

  /** Records added. */
  get count(): number {
    return this.#count;
  }

  /** Encoded SensorData bytes added, field framing included. */
  get contentBytes(): number {
    return this.#contentBytes;
  }

  /** Adds a record if it fits, and says whether it did. A first record always fits, however large,
   *  so that one oversized reading cannot stop its collector's sync for good. */
  add(data: SensorData): boolean {
    const size = sizeOfSensorData(data);
    const framed = 1 + varintSize(size) + size;
    if (this.#count > 0 && this.#contentBytes + framed > this.#maxBytes) return false;
    const out = this.#out;
    if (out.at + framed > out.bytes.length) {
      const bytes = new Uint8Array(out.at + framed);
      bytes.set(out.bytes.subarray(0, out.at));
      out.bytes = bytes;
      out.view = new DataView(bytes.buffer);
    }
    writeDelimited(out, SENSOR_CONTENTS_TAG, size);
    writeSensorData(out, data);
    this.#contentBytes += framed;
    this.#count++;
    return true;
  }

  /** The request's bytes; the batch must not be added to afterwards. */
  finish(): Uint8Array {
    return this.#out.bytes.subarray(0, this.#out.at);
  }
}
