import { test } from "node:test";
import assert from "node:assert/strict";
import { formatIssue, parseMachineConfig } from "../src/config/parse.ts";
import type { ParsedConfig } from "../src/config/types.ts";

const A = "services[0].attributes";

function withDataManager(attributes: unknown, service: Record<string, unknown> = {}): ParsedConfig {
  return parseMachineConfig({ services: [{ name: "dm", type: "data_manager", attributes, ...service }] });
}

function lines(parsed: ParsedConfig): string[] {
  return parsed.issues.map((issue) => `${issue.severity} ${formatIssue(issue)}`);
}

const DEFAULTS = {
  path: "services[0]",
  name: "dm",
  syncIntervalMins: 0.1,
  tags: [],
  captureDisabled: false,
  syncDisabled: false,
  deleteDataOnPartDeletion: false,
  cacheSizeKb: 1,
  durable: false,
};

test("every data manager attribute has its documented default", () => {
  for (const parsed of [withDataManager({}), parseMachineConfig({ services: [{ name: "dm", type: "data_manager" }] })]) {
    assert.deepEqual(lines(parsed), []);
    assert.deepEqual(parsed.config.dataManager, DEFAULTS);
    assert.equal("captureDir" in parsed.config.dataManager!, false);
  }
});

test("every data manager attribute takes an explicit value", () => {
  const parsed = withDataManager({
    sync_interval_mins: 2.5,
    capture_dir: "/capture",
    tags: ["site_1", "line-B", "x9"],
    capture_disabled: true,
    sync_disabled: true,
    delete_data_on_part_deletion: true,
    cache_size_kb: 16,
    durable: true,
  });
  assert.deepEqual(lines(parsed), []);
  assert.deepEqual(parsed.config.dataManager, {
    path: "services[0]",
    name: "dm",
    syncIntervalMins: 2.5,
    captureDir: "/capture",
    tags: ["site_1", "line-B", "x9"],
    captureDisabled: true,
    syncDisabled: true,
    deleteDataOnPartDeletion: true,
    cacheSizeKb: 16,
    durable: true,
  });
});

test("an empty capture_dir is kept as written", () => {
  const parsed = withDataManager({ capture_dir: "" });
  assert.deepEqual(lines(parsed), []);
  assert.equal(parsed.config.dataManager?.captureDir, "");
});

test("the data manager is found in every way Viam writes its API", () => {
  const forms: Record<string, unknown>[] = [
    { type: "data_manager" },
    { type: "rdk:service:data_manager" },
    { type: "service:data_manager" },
    { namespace: "rdk", type: "data_manager" },
    { api: "rdk:service:data_manager", model: "rdk:builtin:builtin" },
  ];
  for (const form of forms) {
    const parsed = parseMachineConfig({ services: [{ name: "dm", attributes: { cache_size_kb: 3 }, ...form }] });
    assert.deepEqual(lines(parsed), [], JSON.stringify(form));
    assert.equal(parsed.config.dataManager?.cacheSizeKb, 3, JSON.stringify(form));
    assert.equal(parsed.config.services[0].type, "data_manager");
    assert.equal(parsed.config.services[0].namespace, "rdk");
  }
});

test("a data_manager type in another namespace is an ordinary service", () => {
  const parsed = parseMachineConfig({ services: [{ name: "dm", namespace: "acme", type: "data_manager" }] });
  assert.deepEqual(lines(parsed), []);
  assert.equal(parsed.config.dataManager, undefined);
  assert.equal(parsed.config.services[0].namespace, "acme");
});

test("sync_interval_mins and cache_size_kb must be numbers > 0; a bad value falls back to the default", () => {
  for (const [key, field, fallback] of [
    ["sync_interval_mins", "syncIntervalMins", 0.1],
    ["cache_size_kb", "cacheSizeKb", 1],
  ] as const) {
    for (const [value, message] of [
      [0, "must be > 0"],
      [-3, "must be > 0"],
      ["5", "must be a number"],
      [true, "must be a number"],
    ] as const) {
      const parsed = withDataManager({ [key]: value });
      assert.deepEqual(lines(parsed), [`error ${A}.${key}: ${message}`]);
      assert.equal(parsed.config.dataManager?.[field], fallback);
    }
  }
});

test("capture_dir must be a string", () => {
  const parsed = withDataManager({ capture_dir: 7 });
  assert.deepEqual(lines(parsed), [`error ${A}.capture_dir: must be a string`]);
  assert.equal(parsed.config.dataManager?.captureDir, undefined);
});

test("each boolean attribute must be a boolean and falls back to false", () => {
  const keys = [
    ["capture_disabled", "captureDisabled"],
    ["sync_disabled", "syncDisabled"],
    ["delete_data_on_part_deletion", "deleteDataOnPartDeletion"],
    ["durable", "durable"],
  ] as const;
  for (const [key, field] of keys) {
    const parsed = withDataManager({ [key]: "true" });
    assert.deepEqual(lines(parsed), [`error ${A}.${key}: must be a boolean`]);
    assert.equal(parsed.config.dataManager?.[field], false);
  }
});

test("tags: only letters, digits, _ and -; bad tags are reported at their index and left out", () => {
  const parsed = withDataManager({ tags: ["good", 5, "has space", "", "dot.ted", "good", "ok-2"] });
  assert.deepEqual(lines(parsed), [
    `error ${A}.tags[1]: must be a string`,
    `error ${A}.tags[2]: may contain only letters, digits, _ and -`,
    `error ${A}.tags[3]: may contain only letters, digits, _ and -`,
    `error ${A}.tags[4]: may contain only letters, digits, _ and -`,
    `warning ${A}.tags[5]: duplicate tag "good"`,
  ]);
  assert.deepEqual(parsed.config.dataManager?.tags, ["good", "ok-2"]);
});

test("tags must be an array", () => {
  const parsed = withDataManager({ tags: "a,b" });
  assert.deepEqual(lines(parsed), [`error ${A}.tags: must be an array`]);
  assert.deepEqual(parsed.config.dataManager?.tags, []);
});

test("viam-server-only attributes are accepted and each reported once as not applicable", () => {
  const parsed = withDataManager({
    additional_sync_paths: ["/tmp/a"],
    delete_every_nth_when_disk_full: 5,
    maximum_num_sync_threads: 250,
    file_last_modified_millis: 10000,
    sync_interval_mins: 1,
  });
  assert.deepEqual(lines(parsed), [
    `warning ${A}.additional_sync_paths: not applicable on this device`,
    `warning ${A}.delete_every_nth_when_disk_full: not applicable on this device`,
    `warning ${A}.maximum_num_sync_threads: not applicable on this device`,
    `warning ${A}.file_last_modified_millis: not applicable on this device`,
  ]);
  assert.equal(parsed.config.dataManager?.syncIntervalMins, 1);
});

test("selective_syncer_name must name a sensor; sync holds while it does not", () => {
  const components = [
    { name: "gate", type: "sensor", model: "sync-condition", attributes: { min_rssi_dbm: -70 } },
    { name: "board", type: "board", model: "esp32", attributes: {} },
  ];
  const withSyncer = (name: unknown) =>
    parseMachineConfig({ components, services: [{ name: "dm", type: "data_manager", attributes: { selective_syncer_name: name } }] });
  const good = withSyncer("gate");
  assert.deepEqual(lines(good), []);
  assert.equal(good.config.dataManager?.selectiveSyncerName, "gate");
  const unknown = withSyncer("trigger");
  assert.deepEqual(lines(unknown), [`error ${A}.selective_syncer_name: no component named "trigger": sync waits until it is a sensor that says should_sync`]);
  assert.equal(unknown.config.dataManager?.selectiveSyncerName, "trigger", "kept, so that sync holds");
  assert.deepEqual(lines(withSyncer("board")), [`error ${A}.selective_syncer_name: "board" is a board, not a sensor: sync waits until it is one that says should_sync`]);
  assert.deepEqual(lines(withSyncer(7)), [`error ${A}.selective_syncer_name: must be a string`]);
});

test("each mongo_capture_config setting is reported once as not applicable", () => {
  const parsed = withDataManager({ mongo_capture_config: { uri: "mongodb://x", database: "d", collection: "c" } });
  assert.deepEqual(lines(parsed), [
    `warning ${A}.mongo_capture_config.uri: not applicable on this device`,
    `warning ${A}.mongo_capture_config.database: not applicable on this device`,
    `warning ${A}.mongo_capture_config.collection: not applicable on this device`,
  ]);
  for (const value of [{}, "mongodb://x"]) {
    assert.deepEqual(lines(withDataManager({ mongo_capture_config: value })), [
      `warning ${A}.mongo_capture_config: not applicable on this device`,
    ]);
  }
});

test("unknown data manager attributes are warnings at their paths", () => {
  const parsed = withDataManager({ sync_intervall_mins: 1, "odd key": true });
  assert.deepEqual(lines(parsed), [
    `warning ${A}.sync_intervall_mins: unknown attribute`,
    `warning ${A}["odd key"]: unknown attribute`,
  ]);
  assert.deepEqual(parsed.config.dataManager, DEFAULTS);
});

test("data manager attributes that are not an object make the service a bad entry", () => {
  const parsed = withDataManager([1]);
  assert.deepEqual(lines(parsed), [`error ${A}: must be an object`]);
  assert.equal(parsed.config.dataManager, undefined);
  assert.deepEqual(parsed.config.services, []);
});

test("a second data manager is an error naming both; the first is used", () => {
  const parsed = parseMachineConfig({
    services: [
      { name: "vision-1", type: "vision", model: "mlmodel" },
      { name: "dm-a", type: "data_manager", attributes: { cache_size_kb: 2 } },
      { name: "dm-b", type: "rdk:service:data_manager", attributes: { cache_size_kb: 9 } },
      { name: "dm-c", api: "rdk:service:data_manager" },
    ],
  });
  assert.deepEqual(lines(parsed), [
    'error services[2]: more than one data manager service: "dm-b" (services[2]) is ignored, "dm-a" (services[1]) is used',
    'error services[3]: more than one data manager service: "dm-c" (services[3]) is ignored, "dm-a" (services[1]) is used',
  ]);
  assert.equal(parsed.config.dataManager?.name, "dm-a");
  assert.equal(parsed.config.dataManager?.path, "services[1]");
  assert.equal(parsed.config.dataManager?.cacheSizeKb, 2);
  assert.deepEqual(
    parsed.config.services.map((service) => service.name),
    ["vision-1", "dm-a"],
  );
});

test("no data manager service leaves dataManager unset", () => {
  const parsed = parseMachineConfig({ services: [] });
  assert.deepEqual(lines(parsed), []);
  assert.equal(parsed.config.dataManager, undefined);
});
