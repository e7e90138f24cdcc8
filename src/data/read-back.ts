// Reads a collector's ring back as the SensorData that sync uploads, oldest first, without consuming
// anything: sync commits a cursor only after the cloud acknowledged the records up to it.
import type { Ring } from "./store/ring-store.ts";
import type { CaptureRecord } from "./record-codec.ts";
import { decodeRecordFor } from "./record-codec.ts";
import type { SensorData } from "./sensor-data.ts";
import type { CaptureData } from "../resources/resource.ts";
import { sensorData } from "./sensor-data.ts";

export interface StoredReading {
  /** Pass the last uploaded reading's cursor to `Ring.commit` once the cloud acknowledged it. */
  cursor: number;
  /** Times count from boot (the wall clock was unset); see CaptureRecord.monotonic. */
  monotonic: boolean;
  sensorData: SensorData;
}

/** `constants` (see CaptureRead) follow the stored fields in each struct. */
export function recordToSensorData(record: CaptureRecord, constants?: Readonly<CaptureData>): SensorData {
  return sensorData(record.timeRequestedMs, record.timeReceivedMs, constants ? { ...record.data, ...constants } : record.data);
}

/** Entries the codec cannot decode (a CRC collision in a damaged block, or a record written by an
 *  incompatible firmware) are passed to `onUndecodable` and left out. */
export function* readBack(
  ring: Ring,
  method: string,
  onUndecodable?: (cursor: number, error: unknown) => void,
  constants?: Readonly<CaptureData>,
): Generator<StoredReading> {
  for (const entry of ring.entries()) {
    let record: CaptureRecord;
    try {
      record = decodeRecordFor(method, entry.payload, entry.base);
    } catch (error) {
      onUndecodable?.(entry.cursor, error);
      continue;
    }
    yield { cursor: entry.cursor, monotonic: record.monotonic, sensorData: recordToSensorData(record, constants) };
  }
}
// A generator function's prototype is an object that preload would otherwise keep in RAM.
Object.freeze(readBack.prototype);
