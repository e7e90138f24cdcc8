// One DataCaptureUploadRequest, built record by record into a single buffer: the metadata first
// (field 1), then each SensorData as it is read from the ring (field 2, repeated). Field order does
// not matter on the wire, and writing into one buffer sized for the largest batch means a batch
// never exists twice in memory while it is built, which matters with XS's small heap.
import { google, viam } from "../../proto/generated/viam.js";
import { sensorDataLength, varintLength, writeSensorData, writeVarint } from "../../proto/sensor-data-writer.ts";
import type { SensorData } from "../sensor-data.ts";

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
  methodParameters: Record<string, google.protobuf.IAny>;
}

/** UploadMetadata for tabular readings of one collector, encoded once and reused for its batches. */
export function encodeUploadMetadata(target: UploadTarget): Uint8Array {
  return viam.app.datasync.v1.UploadMetadata.encode({
    partId: target.partId,
    componentType: target.componentType,
    componentName: target.componentName,
    methodName: target.methodName,
    type: viam.app.datasync.v1.DataType.DATA_TYPE_TABULAR_SENSOR,
    methodParameters: target.methodParameters,
    tags: [...target.tags],
  }).finish().slice();
}

// No #private methods here: XS keeps the last receiver of a private method alive, which would keep a
// sent batch's buffer until the next batch called one.
export class UploadBatch {
  readonly #metadata: Uint8Array;
  readonly #maxBytes: number;
  /** Made by the first add(), so that a batch that gets no record costs nothing. */
  #buffer: Uint8Array | undefined;
  #used = 0;
  #contentBytes = 0;
  #count = 0;

  /** `maxBytes` (default MAX_BATCH_BYTES) bounds the SensorData bytes, and so the buffer. */
  constructor(options: { metadata: Uint8Array; maxBytes?: number }) {
    this.#metadata = options.metadata;
    this.#maxBytes = options.maxBytes ?? MAX_BATCH_BYTES;
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
    const length = sensorDataLength(data);
    const framed = 1 + varintLength(length) + length;
    if (this.#count > 0 && this.#contentBytes + framed > this.#maxBytes) return false;
    let buffer = this.#buffer;
    if (buffer === undefined) {
      // Sized once: room for a full batch, or for a first record larger than that, which then goes
      // alone (the check above refuses whatever would follow it).
      const room = Math.max(this.#maxBytes, framed);
      buffer = withMetadata(this.#metadata, room);
      this.#used = buffer.length - room;
      this.#buffer = buffer;
    }
    buffer[this.#used++] = SENSOR_CONTENTS_TAG;
    this.#used = writeSensorData(buffer, writeVarint(buffer, this.#used, length), data);
    this.#contentBytes += framed;
    this.#count++;
    return true;
  }

  /** The request's bytes; the batch must not be added to afterwards. */
  finish(): Uint8Array {
    return this.#buffer?.subarray(0, this.#used) ?? withMetadata(this.#metadata, 0);
  }
}

/** A request buffer holding the metadata field, with `room` bytes after it. */
function withMetadata(metadata: Uint8Array, room: number): Uint8Array {
  const buffer = new Uint8Array(1 + varintLength(metadata.length) + metadata.length + room);
  buffer[0] = METADATA_TAG;
  buffer.set(metadata, writeVarint(buffer, 1, metadata.length));
  return buffer;
}
