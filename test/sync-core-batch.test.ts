// The pieces of one upload, read back with the official schemas: the request a batch builds, the
// 32,000-byte limit and the sync task's 8,000-byte default, method_parameters typed as Viam's server
// types them, and the backoff delays.
import assert from "node:assert/strict";
import { test } from "node:test";
import { BoolValue, DoubleValue, Int64Value, StringValue, UInt64Value } from "@bufbuild/protobuf";
import { officialSchemas } from "../hosts/node/cloud/official-schemas.ts";
import { Backoff } from "../src/backoff.ts";
import { sensorData } from "../src/data/sensor-data.ts";
import { packParameter, methodParameters } from "../src/data/sync/method-parameters.ts";
import { MAX_BATCH_BYTES, UploadBatch, encodeUploadMetadata } from "../src/data/sync/upload-batch.ts";
import { DATA_CAPTURE_UPLOAD_PATH, DEFAULT_BATCH_BYTES, SyncTask } from "../src/data/sync/sync-task.ts";
import { boot } from "../src/boot.ts";
import { SimBoard } from "../hosts/sim/board.ts";
import { VirtualClock } from "../hosts/sim/clock.ts";
import { SimFlash } from "../hosts/sim/flash.ts";
import { MemoryKeyValue } from "../hosts/sim/key-value.ts";
import { createMemoryHost } from "../hosts/sim/memory-host.ts";
import { constant } from "../hosts/sim/signals.ts";

const { dataSync } = await officialSchemas();
const UploadRequest = dataSync.methods.dataCaptureUpload.I;

const T0 = Date.UTC(2024, 5, 1, 12);

type OfficialSensorData = InstanceType<typeof UploadRequest>["sensorContents"][number];

function structOf(content: OfficialSensorData): unknown {
  if (content.data.case !== "struct") throw new Error(`a ${content.data.case} record`);
  return content.data.value.toJson();
}

function varintLength(n: number): number {
  let length = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    length++;
  }
  return length;
}

const metadata = encodeUploadMetadata({
  partId: "part-1",
  componentType: "rdk:component:board",
  componentName: "board",
  methodName: "Analogs",
  tags: ["alpha", "beta"],
  methodParameters: methodParameters({ reader_name: "light" }),
});

test("a batch is one DataCaptureUploadRequest with the metadata and every record, in order", () => {
  const batch = new UploadBatch({ metadata });
  for (let i = 0; i < 5; i++) assert.ok(batch.add(sensorData(T0 + i * 100, T0 + i * 100 + 2, { value: 1000 + i })));
  const request = UploadRequest.fromBinary(batch.finish());
  const m = request.metadata!;
  assert.equal(m.partId, "part-1");
  assert.equal(m.componentType, "rdk:component:board");
  assert.equal(m.componentName, "board");
  assert.equal(m.methodName, "Analogs");
  assert.equal(m.type, 2, "TABULAR_SENSOR");
  assert.deepEqual(m.tags, ["alpha", "beta"]);
  assert.deepEqual(Object.keys(m.methodParameters), ["reader_name"]);
  assert.equal(StringValue.fromBinary(m.methodParameters.reader_name!.value).value, "light");
  assert.equal(request.sensorContents.length, 5);
  request.sensorContents.forEach((content, i) => {
    assert.equal(content.metadata!.timeRequested!.toDate().getTime(), T0 + i * 100);
    assert.equal(content.metadata!.timeReceived!.toDate().getTime(), T0 + i * 100 + 2);
    assert.deepEqual(structOf(content), { value: 1000 + i });
  });
});

test("a batch holds at most 32,000 bytes of records and refuses the record that would pass it", () => {
  const batch = new UploadBatch({ metadata });
  const readings = (i: number) => sensorData(T0 + i, T0 + i, { readings: { index: i, label: `reading number ${i}`, ok: i % 2 === 0 } });
  let added = 0;
  while (batch.add(readings(added))) added++;
  const request = UploadRequest.fromBinary(batch.finish());
  assert.equal(request.sensorContents.length, added);
  const sizes = request.sensorContents.map((content) => {
    const length = content.toBinary().length;
    return 1 + varintLength(length) + length;
  });
  const total = sizes.reduce((a, b) => a + b, 0);
  assert.equal(total, batch.contentBytes);
  assert.ok(total <= MAX_BATCH_BYTES, `${total} bytes`);
  assert.ok(total + sizes[sizes.length - 1]! > MAX_BATCH_BYTES, "the batch was filled before it refused a record");
  request.sensorContents.forEach((content, i) => assert.equal((structOf(content) as { readings: { index: number } }).readings.index, i));
});

test("a batch that got no record is the metadata alone", () => {
  const request = UploadRequest.fromBinary(new UploadBatch({ metadata }).finish());
  assert.equal(request.metadata!.componentName, "board");
  assert.equal(request.sensorContents.length, 0);
});

test("a single record larger than the limit still goes, alone", () => {
  const batch = new UploadBatch({ metadata, maxBytes: 100 });
  const big = sensorData(T0, T0, { readings: { text: "x".repeat(500) } });
  assert.ok(batch.add(big));
  assert.equal(batch.add(sensorData(T0 + 1, T0 + 1, { readings: { n: 1 } })), false);
  const request = UploadRequest.fromBinary(batch.finish());
  assert.equal(request.sensorContents.length, 1);
  assert.deepEqual(structOf(request.sensorContents[0]!), { readings: { text: "x".repeat(500) } });
});

/** A booted board with a minute of 50 Hz Analogs in flash (about 96 KB of SensorData to upload). */
function backlog() {
  const clock = new VirtualClock({ wall: T0 });
  const board = new SimBoard({ clock });
  board.analog(34, constant(1234));
  const host = createMemoryHost({ clock, board, flash: new SimFlash({ size: 64 * 4096 }), kv: new MemoryKeyValue() });
  const config = {
    components: [
      {
        name: "board",
        type: "board",
        model: "esp32",
        attributes: { analogs: [{ name: "light", pin: 34 }] },
        service_configs: [
          {
            type: "data_manager",
            attributes: {
              capture_methods: [{ method: "Analogs", capture_frequency_hz: 50, cache_size_kb: 128, additional_params: { reader_name: "light" } }],
            },
          },
        ],
      },
    ],
    services: [{ name: "data_manager-1", type: "data_manager", attributes: {} }],
  };
  const machine = boot(host, { config: JSON.stringify(config) });
  assert.deepEqual(machine.issues, []);
  clock.advance(60_000);
  return { host, machine, dataManager: machine.config.config.dataManager! };
}

/** SensorData bytes of each upload a sync task sends, with the records' order checked. */
async function uploadSizes(maxBatchBytes: number | undefined): Promise<number[]> {
  const { host, machine, dataManager } = backlog();
  const sizes: number[] = [];
  let lastTime = 0;
  const client = {
    partId: "part-1",
    call(path: string, request: Uint8Array): Promise<Uint8Array> {
      assert.equal(path, DATA_CAPTURE_UPLOAD_PATH);
      const decoded = UploadRequest.fromBinary(request);
      for (const content of decoded.sensorContents) {
        const time = content.metadata!.timeRequested!.toDate().getTime();
        assert.ok(time > lastTime, "in capture order");
        lastTime = time;
      }
      // What follows the metadata field in the bytes sent is the records.
      const metadataLength = decoded.metadata!.toBinary().length;
      sizes.push(request.length - (1 + varintLength(metadataLength) + metadataLength));
      return Promise.resolve(new Uint8Array(0));
    },
  };
  const collectors = () => machine.data.collectors;
  const task = new SyncTask({ host, client, collectors, config: dataManager, random: () => 0.5, ...(maxBatchBytes !== undefined && { maxBatchBytes }) });
  await task.syncNow();
  task.close();
  assert.equal(task.state.uploadedBatches, sizes.length);
  assert.equal(task.state.uploadedRecords, machine.data.collectors[0]!.counters.captured);
  assert.equal(task.state.uploadedRecords, 3000);
  machine.close();
  return sizes;
}

test("a sync task uploads batches of up to 8,000 bytes by default, and up to 32,000 when told", async () => {
  for (const [cap, want] of [
    [undefined, DEFAULT_BATCH_BYTES],
    [MAX_BATCH_BYTES, MAX_BATCH_BYTES],
  ] as const) {
    const sizes = await uploadSizes(cap);
    for (const size of sizes) assert.ok(size <= want, `${size} bytes with a cap of ${want}`);
    // Every batch but the last was filled until the next record would not fit (an Analogs record,
    // uploaded with its reader's range, takes about 125 bytes).
    for (const size of sizes.slice(0, -1)) assert.ok(size > want - 160, `${size} bytes with a cap of ${want}`);
  }
  assert.equal(DEFAULT_BATCH_BYTES, 8_000);
});

test("a sync task takes a batch cap from 1 to 32,000 and refuses anything else", () => {
  const { host, machine, dataManager } = backlog();
  const client = { partId: "part-1", call: () => Promise.resolve(new Uint8Array(0)) };
  for (const maxBatchBytes of [0, -1, 1.5, MAX_BATCH_BYTES + 1, Number.NaN]) {
    assert.throws(
      () => new SyncTask({ host, client, collectors: () => [], config: dataManager, maxBatchBytes }),
      { name: "RangeError", message: /maxBatchBytes must be an integer from 1 to 32000/ },
      String(maxBatchBytes),
    );
  }
  for (const maxBatchBytes of [1, MAX_BATCH_BYTES]) {
    new SyncTask({ host, client, collectors: () => [], config: dataManager, maxBatchBytes }).close();
  }
  machine.close();
});

test("additional_params become Any values of the type Viam's server picks for each string", () => {
  const unpack = (text: string) => {
    const any = packParameter(text);
    const name = any.typeUrl!.replace("type.googleapis.com/google.protobuf.", "");
    const bytes = any.value!;
    switch (name) {
      case "BoolValue":
        return [name, BoolValue.fromBinary(bytes).value];
      case "Int64Value":
        return [name, Int64Value.fromBinary(bytes).value];
      case "UInt64Value":
        return [name, UInt64Value.fromBinary(bytes).value];
      case "DoubleValue":
        return [name, DoubleValue.fromBinary(bytes).value];
      case "StringValue":
        return [name, StringValue.fromBinary(bytes).value];
      default:
        throw new Error(`unexpected ${any.typeUrl}`);
    }
  };
  assert.deepEqual(unpack("true"), ["BoolValue", true]);
  assert.deepEqual(unpack("F"), ["BoolValue", false]);
  assert.deepEqual(unpack("1"), ["BoolValue", true], "strconv.ParseBool takes 1 before ParseInt does");
  assert.deepEqual(unpack("15"), ["Int64Value", 15n]);
  assert.deepEqual(unpack("-42"), ["Int64Value", -42n]);
  assert.deepEqual(unpack("9223372036854775807"), ["Int64Value", 9223372036854775807n]);
  assert.deepEqual(unpack("-9223372036854775808"), ["Int64Value", -9223372036854775808n]);
  assert.deepEqual(unpack("18446744073709551615"), ["UInt64Value", 18446744073709551615n]);
  assert.deepEqual(unpack("18446744073709551616"), ["DoubleValue", 18446744073709551616]);
  assert.deepEqual(unpack("0.25"), ["DoubleValue", 0.25]);
  assert.deepEqual(unpack("-1e3"), ["DoubleValue", -1000]);
  assert.deepEqual(unpack("Inf"), ["DoubleValue", Infinity]);
  assert.deepEqual(unpack("1e999"), ["StringValue", "1e999"], "ParseFloat's range error falls through to a string");
  assert.deepEqual(unpack("light"), ["StringValue", "light"]);
  assert.deepEqual(unpack(""), ["StringValue", ""]);
  assert.deepEqual(unpack("0x10"), ["StringValue", "0x10"]);
});

test("backoff: 1 s doubling to a 1 h cap, equal jitter from the injected random, reset by a success", () => {
  let r = 0;
  const backoff = new Backoff({ random: () => r });
  const low = Array.from({ length: 14 }, () => backoff.fail());
  assert.deepEqual(low, [500, 1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 512000, 1024000, 1800000, 1800000]);
  assert.equal(backoff.failures, 14);
  backoff.succeed();
  assert.equal(backoff.delayMs, 0);
  r = 0.999999;
  assert.equal(backoff.fail(), 1000);
  r = 0.5;
  assert.equal(backoff.fail(), 1500);
  for (let i = 0; i < 40; i++) backoff.fail();
  assert.equal(backoff.delayMs, 2_700_000, "capped at 1 h, then jittered");
});
