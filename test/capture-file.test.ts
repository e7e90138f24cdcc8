// The reader of viam-server's capture files (test/capture-file.ts) on capture bytes made here by hand
// from the field numbers of Viam's data_sync.proto: a closed file decodes whole, an in-progress file
// that rdk's buffered writer cut inside its last record loses that record and says so, and anything
// else that is not whole records is an error rather than a misread.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { readCaptureFile } from "./capture-file.ts";

const dir = mkdtempSync(join(tmpdir(), "capture-file-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const varint = (value: number): number[] => {
  const out: number[] = [];
  for (; value >= 0x80; value = Math.floor(value / 128)) out.push((value % 128) | 0x80);
  return [...out, value];
};
const bytesField = (no: number, bytes: number[]) => [(no << 3) | 2, ...varint(bytes.length), ...bytes];
const text = (no: number, value: string) => bytesField(no, [...Buffer.from(value)]);
const varintField = (no: number, value: number) => [no << 3, ...varint(value)];
const double = (no: number, value: number) => [(no << 3) | 1, ...Buffer.from(new Float64Array([value]).buffer)];
const framed = (message: number[]) => [...varint(message.length), ...message];

/** DataCaptureMetadata of a board's Analogs for one reader, its additional param packed in an Any. */
const metadata = (reader: string) => {
  const value = text(3, reader); // google.protobuf.Value string_value
  const any = [...text(1, "type.googleapis.com/google.protobuf.Value"), ...bytesField(2, value)];
  return [...text(1, "rdk:component:board"), ...text(2, "board"), ...text(4, "Analogs"), ...varintField(5, 2), ...bytesField(6, [...text(1, "reader_name"), ...bytesField(2, any)])];
};
const T0 = Date.UTC(2025, 0, 1) / 1000;
/** SensorData: requested at T0 + i s, received 250 ms later, a Struct {value: i, note: 120 × "x"}. */
const sensorData = (i: number) => {
  const timestamp = (seconds: number, nanos: number) => [...varintField(1, seconds), ...varintField(2, nanos)];
  const sensorMetadata = [...bytesField(1, timestamp(T0 + i, 0)), ...bytesField(2, timestamp(T0 + i, 250_000_000))];
  const entry = (key: string, value: number[]) => bytesField(1, [...text(1, key), ...bytesField(2, value)]);
  const struct = [...entry("value", double(2, i)), ...entry("note", text(3, "x".repeat(120)))];
  return [...bytesField(1, sensorMetadata), ...bytesField(2, struct)];
};

const records = [0, 1, 2].map(sensorData);
// Each record is longer than 127 bytes, so that its length takes two varint bytes.
assert.ok(records.every((record) => record.length > 127));
const whole = [...framed(metadata("light")), ...records.flatMap(framed)];
const lastStart = whole.length - framed(records[2]).length;

function write(name: string, bytes: number[]): string {
  const path = join(dir, name);
  writeFileSync(path, Uint8Array.from(bytes));
  return path;
}

const expected = [0, 1, 2].map((i) => ({
  requested: (T0 + i) * 1000,
  received: (T0 + i) * 1000 + 250,
  data: { value: i, note: "x".repeat(120) },
}));

test("a closed capture file decodes whole: its metadata, parameters and every record", async () => {
  const file = await readCaptureFile(write("whole.capture", whole));
  assert.deepEqual(
    { type: file.componentType, name: file.componentName, method: file.method, parameters: file.parameters, truncatedTail: file.truncatedTail },
    { type: "rdk:component:board", name: "board", method: "Analogs", parameters: { reader_name: "light" }, truncatedTail: 0 },
  );
  assert.deepEqual(file.records, expected);
});

test("an in-progress file cut inside its last record's length varint drops that record and counts the byte", async () => {
  const file = await readCaptureFile(write("cut-in-length.prog", whole.slice(0, lastStart + 1)));
  assert.deepEqual(file.records, expected.slice(0, 2));
  assert.equal(file.truncatedTail, 1);
});

test("an in-progress file cut inside its last record's message drops that record and counts its bytes", async () => {
  const file = await readCaptureFile(write("cut-in-message.prog", whole.slice(0, lastStart + 40)));
  assert.deepEqual(file.records, expected.slice(0, 2));
  assert.equal(file.truncatedTail, 40);
});

test("an in-progress file cut inside its metadata has no records yet", async () => {
  const file = await readCaptureFile(write("cut-in-metadata.prog", whole.slice(0, 20)));
  assert.deepEqual([file.componentType, file.records, file.truncatedTail], ["", [], 20]);
});

test("a closed file cut inside a record is an error, not a shorter file", async () => {
  for (const [name, cut] of [["cut-in-length.capture", lastStart + 1], ["cut-in-message.capture", lastStart + 40]] as const) {
    await assert.rejects(readCaptureFile(write(name, whole.slice(0, cut))), new RegExp(`${name}: a closed capture file that ends inside record 3 \\(byte ${lastStart} of ${cut}\\)`));
  }
});

test("a malformed record before the end is an error in an in-progress file too", async () => {
  const secondStart = framed(metadata("light")).length + framed(records[0]).length;
  const corrupt = [...whole];
  // Record 2's first tag made field 4 with wire type 4 (end group), which SensorData never holds.
  corrupt[secondStart + 2] = 0x24;
  await assert.rejects(readCaptureFile(write("corrupt.prog", corrupt)), new RegExp(`corrupt.prog: record 2 at byte ${secondStart} is not a SensorData`));
  // Bytes that decode, but hold no times: not a record rdk wrote.
  const untimed = [...framed(metadata("light")), ...framed(text(2, ""))];
  await assert.rejects(readCaptureFile(write("untimed.capture", untimed)), /untimed.capture: record 1 at byte \d+ lacks the times or the data of a SensorData/);
});

test("two collectors' metadata in one file, as rdk writes when both start a file in the same microsecond, is named", async () => {
  const shared = [...framed(metadata("light")), ...framed(metadata("thermo")), ...records.flatMap(framed)];
  await assert.rejects(readCaptureFile(write("shared.capture", shared)), /shared.capture: record 1 at byte \d+ is not a SensorData \(.*\): it is a second DataCaptureMetadata \(board Analogs\), so two collectors wrote this one file/);
});
