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

export async function readCaptureFile(path: string): Promise<CaptureFile> {
  const field = (await officialSchemas()).dataSync.methods.dataCaptureUpload.I.fields.find(2);
  if (field?.kind !== "message") throw new Error("DataCaptureUploadRequest field 2 is not the SensorData message");
  const SensorDataType = field.T as unknown as { fromBinary(bytes: Uint8Array): SensorData };
  const bytes = new Uint8Array(readFileSync(path));
  let at = 0;
  const next = (): Uint8Array | undefined => {
    if (at >= bytes.length) return undefined;
    let length = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      length += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
    }
    // A record still being written ends the file early; what came before it is whole.
    if (at + length > bytes.length) return undefined;
    const message = bytes.subarray(at, at + length);
    at += length;
    return message;
  };
  const metadata = DataCaptureMetadata.fromBinary(next() ?? new Uint8Array()) as unknown as {
    componentType: string;
    componentName: string;
    methodName: string;
    methodParameters: Record<string, Any>;
  };
  const parameters: Record<string, JsonValue> = {};
  for (const [name, any] of Object.entries(metadata.methodParameters)) {
    const value = new Value();
    if (!any.unpackTo(value)) throw new Error(`${path}: parameter ${name} is a ${any.typeUrl}, not a google.protobuf.Value`);
    parameters[name] = value.toJson();
  }
  const records: CaptureRecord[] = [];
  for (let message = next(); message; message = next()) {
    const sensorData = SensorDataType.fromBinary(message);
    const millis = (t?: { seconds: bigint; nanos: number }) => (t ? Number(t.seconds) * 1000 + t.nanos / 1e6 : NaN);
    records.push({
      requested: millis(sensorData.metadata?.timeRequested),
      received: millis(sensorData.metadata?.timeReceived),
      data: sensorData.data.case === "struct" ? sensorData.data.value.toJson() : null,
    });
  }
  return { path, componentType: metadata.componentType, componentName: metadata.componentName, method: metadata.methodName, parameters, records };
}
