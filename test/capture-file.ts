// Reads viam-server's data capture files (rdk `data/capture_file.go`): a varint-length-delimited
// viam.app.datasync.v1.DataCaptureMetadata, then varint-length-delimited SensorData messages. The
// SensorData schema is the one @viamrobotics/sdk was generated from (captured by officialSchemas);
// DataCaptureMetadata is used by no service the SDK exposes, so it is declared here from its fields
// in Viam's data_sync.proto.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { Any, Value, proto3, type JsonValue } from "@bufbuild/protobuf";
import { officialSchemas, type SensorData } from "../hosts/node/cloud/official-schemas.ts";

const DataCaptureMetadata = proto3.makeMessageType("viam.app.datasync.v1.DataCaptureMetadata", () => [
  { no: 1, name: "component_type", kind: "scalar", T: 9 },
  { no: 2, name: "component_name", kind: "scalar", T: 9 },
  { no: 4, name: "method_name", kind: "scalar", T: 9 },
  { no: 5, name: "type", kind: "scalar", T: 5 },
  { no: 6, name: "method_parameters", kind: "map", K: 9, V: { kind: "message", T: Any } },
  { no: 7, name: "file_extension", kind: "scalar", T: 9 },
  { no: 8, name: "tags", kind: "scalar", T: 9, repeated: true },
  { no: 10, name: "mime_type", kind: "scalar", T: 9 },
]);

export interface CaptureRecord {
  /** Milliseconds since the epoch. */
  requested: number;
  received: number;
  data: JsonValue;
}

export interface CaptureFile {
  path: string;
  componentType: string;
  componentName: string;
  method: string;
  /** method_parameters, each Any unpacked as the google.protobuf.Value rdk stores additional_params in. */
  parameters: Record<string, JsonValue>;
  records: CaptureRecord[];
  /**
   * Bytes at the end of an in-progress `.prog` file that are not yet a whole record, dropped: rdk
   * writes records through a 4 KB bufio.Writer whose flushes cut them anywhere, and only Close
   * flushes the rest (and renames the file `.capture`). Always 0 for a `.capture` file.
   */
  truncatedTail: number;
}

/** Every capture file (finished `.capture` or in-progress `.prog`) under `dir`. */
export async function readCaptureDir(dir: string): Promise<CaptureFile[]> {
  const files: CaptureFile[] = [];
  for (const path of walk(dir)) {
    if (path.endsWith(".capture") || path.endsWith(".prog")) files.push(await readCaptureFile(path));
  }
  return files;
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

interface Frame {
  at: number;
  bytes: Uint8Array;
}

/**
 * The file's varint-length-delimited messages. A last one that the file ends inside is left out and
 * counted in `truncatedTail` for a `.prog` file; a `.capture` file, which rdk closed, must end on a
 * record's end.
 */
function frames(path: string, bytes: Uint8Array): { frames: Frame[]; truncatedTail: number } {
  const found: Frame[] = [];
  let at = 0;
  while (at < bytes.length) {
    const start = at;
    let length = 0;
    let complete = false;
    for (let shift = 0; at < bytes.length; shift += 7) {
      // A message length in a file is far below 2**49: a longer varint is not one.
      if (shift > 42) throw new Error(`${path}: record ${found.length} at byte ${start} has no valid length`);
      const byte = bytes[at++];
      length += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) {
        complete = true;
        break;
      }
    }
    if (!complete || at + length > bytes.length) {
      if (path.endsWith(".prog")) return { frames: found, truncatedTail: bytes.length - start };
      throw new Error(`${path}: a closed capture file that ends inside record ${found.length} (byte ${start} of ${bytes.length})`);
    }
    found.push({ at: start, bytes: bytes.subarray(at, at + length) });
    at += length;
  }
  return { frames: found, truncatedTail: 0 };
}

export async function readCaptureFile(path: string): Promise<CaptureFile> {
  const field = (await officialSchemas()).dataSync.methods.dataCaptureUpload.I.fields.find(2);
  if (field?.kind !== "message") throw new Error("DataCaptureUploadRequest field 2 is not the SensorData message");
  const SensorDataType = field.T as unknown as { fromBinary(bytes: Uint8Array): SensorData };
  const { frames: [head, ...body], truncatedTail } = frames(path, new Uint8Array(readFileSync(path)));
  const file: CaptureFile = { path, componentType: "", componentName: "", method: "", parameters: {}, records: [], truncatedTail };
  // An in-progress file cut inside its metadata holds no record yet.
  if (!head) return file;
  const metadata = DataCaptureMetadata.fromBinary(head.bytes) as unknown as CaptureMetadata;
  file.componentType = metadata.componentType;
  file.componentName = metadata.componentName;
  file.method = metadata.methodName;
  for (const [name, any] of Object.entries(metadata.methodParameters)) {
    const value = new Value();
    if (!any.unpackTo(value)) throw new Error(`${path}: parameter ${name} is a ${any.typeUrl}, not a google.protobuf.Value`);
    file.parameters[name] = value.toJson();
  }
  const millis = (t: { seconds: bigint; nanos: number }) => Number(t.seconds) * 1000 + t.nanos / 1e6;
  for (const [index, frame] of body.entries()) {
    const where = `${path}: record ${index + 1} at byte ${frame.at}`;
    let sensorData: SensorData;
    try {
      sensorData = SensorDataType.fromBinary(frame.bytes);
    } catch (error) {
      throw new Error(`${where} is not a SensorData (${(error as Error).message})${secondMetadata(frame.bytes)}`);
    }
    const { timeRequested, timeReceived } = sensorData.metadata ?? {};
    // rdk writes both times and the data in every record: without them, these bytes are something else.
    if (!timeRequested || !timeReceived || sensorData.data.case === undefined) {
      throw new Error(`${where} lacks the times or the data of a SensorData${secondMetadata(frame.bytes)}`);
    }
    file.records.push({
      requested: millis(timeRequested),
      received: millis(timeReceived),
      data: sensorData.data.case === "struct" ? sensorData.data.value.toJson() : null,
    });
  }
  return file;
}

interface CaptureMetadata {
  componentType: string;
  componentName: string;
  methodName: string;
  methodParameters: Record<string, Any>;
}

/**
 * Why a record may be another collector's metadata: rdk names a capture file by the microsecond in
 * a directory per resource and method, and opens it to append, so two collectors of one method
 * (Analogs of two readers) that start a file in the same microsecond write into one file.
 */
function secondMetadata(bytes: Uint8Array): string {
  try {
    const metadata = DataCaptureMetadata.fromBinary(bytes) as unknown as CaptureMetadata;
    if (metadata.componentType === "" || metadata.methodName === "") return "";
    return `: it is a second DataCaptureMetadata (${metadata.componentName} ${metadata.methodName}), so two collectors wrote this one file`;
  } catch {
    return "";
  }
}
