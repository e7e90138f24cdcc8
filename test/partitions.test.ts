import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// The flash layout is checked here the way ESP-IDF's partition table generator reads it, because no
// ESP-IDF is available to build it: a mistake would otherwise surface only when a board is flashed.
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const FLASH_SIZE = 4 * 1024 * 1024;
const APP_ALIGN = 0x10000;
const DATA_ALIGN = 0x1000;
const TABLE_SIZE = 0x1000;
const KB = 1024;

interface Partition {
  name: string;
  type: string;
  subtype: string;
  offset: number;
  size: number;
}

function parseNumber(text: string): number {
  const match = /^(0x[0-9a-f]+|\d+)([km]?)$/i.exec(text);
  if (!match) throw new Error(`not a size or offset: "${text}"`);
  const value = match[1].toLowerCase().startsWith("0x") ? parseInt(match[1], 16) : parseInt(match[1], 10);
  const unit = match[2].toLowerCase();
  return value * (unit === "k" ? 1024 : unit === "m" ? 1024 * 1024 : 1);
}

function alignUp(value: number, alignment: number): number {
  return Math.ceil(value / alignment) * alignment;
}

/** ESP-IDF CSV rules: `#` comments, blank offsets follow the previous partition, app offsets 64 KB aligned. */
function parsePartitions(text: string, tableOffset: number): Partition[] {
  const partitions: Partition[] = [];
  let next = tableOffset + TABLE_SIZE;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const [name, type, subtype, offsetText = "", sizeText = ""] = line.split(",").map((field) => field.trim());
    if (sizeText === "") throw new Error(`partition ${name} has no size`);
    const alignment = type === "app" ? APP_ALIGN : DATA_ALIGN;
    const offset = offsetText === "" ? alignUp(next, alignment) : parseNumber(offsetText);
    const size = parseNumber(sizeText);
    partitions.push({ name, type, subtype, offset, size });
    next = offset + size;
  }
  return partitions;
}

function parseSdkconfig(text: string): Map<string, string> {
  const settings = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^(CONFIG_\w+)=(.*)$/.exec(line.trim());
    if (match) settings.set(match[1], match[2].replace(/^"(.*)"$/, "$1"));
  }
  return settings;
}

const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as { build: Record<string, string> };
const sdkconfig = parseSdkconfig(readFileSync(join(root, manifest.build.SDKCONFIGPATH, "sdkconfig.defaults"), "utf8"));
const tableOffset = parseNumber(sdkconfig.get("CONFIG_PARTITION_TABLE_OFFSET") ?? "0x8000");
const partitions = parsePartitions(readFileSync(join(root, manifest.build.PARTITIONS_FILE), "utf8"), tableOffset);
const byName = (name: string) => partitions.find((partition) => partition.name === name);

test("the parser places blank offsets the way ESP-IDF documents for its two-OTA table", () => {
  const documented = `# Name, Type, SubType, Offset, Size, Flags
nvs,      data, nvs,     ,        0x4000,
otadata,  data, ota,     ,        0x2000,
phy_init, data, phy,     ,        0x1000,
factory,  app,  factory, ,        1M,
ota_0,    app,  ota_0,   ,        1M,
ota_1,    app,  ota_1,   ,        1M,`;
  const placed = parsePartitions(documented, 0x8000).map(({ name, offset, size }) => [name, offset, size]);
  assert.deepEqual(placed, [
    ["nvs", 0x9000, 0x4000],
    ["otadata", 0xd000, 0x2000],
    ["phy_init", 0xf000, 0x1000],
    ["factory", 0x10000, 0x100000],
    ["ota_0", 0x110000, 0x100000],
    ["ota_1", 0x210000, 0x100000],
  ]);
  assert.equal(parseNumber("24K"), 0x6000);
  assert.throws(() => parseNumber("1.5M"));
});

test("every partition fits 4 MB after the partition table, without overlap", () => {
  assert.ok(partitions.length >= 4);
  const sorted = [...partitions].sort((a, b) => a.offset - b.offset);
  assert.ok(sorted[0].offset >= tableOffset + TABLE_SIZE, "a partition overlaps the partition table or bootloader");
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    assert.ok(sorted[i].offset >= previous.offset + previous.size, `${sorted[i].name} overlaps ${previous.name}`);
  }
  for (const partition of partitions) {
    assert.ok(partition.size > 0, `${partition.name} is empty`);
    assert.ok(partition.offset + partition.size <= FLASH_SIZE, `${partition.name} ends past 4 MB`);
  }
  assert.equal(new Set(partitions.map((partition) => partition.name)).size, partitions.length, "duplicate labels");
  for (const partition of partitions) assert.ok(partition.name.length <= 16, `${partition.name} is longer than 16 characters`);
});

test("app partitions are 64 KB aligned and data partitions 4 KB aligned", () => {
  for (const partition of partitions) {
    const alignment = partition.type === "app" ? APP_ALIGN : DATA_ALIGN;
    assert.equal(partition.offset % alignment, 0, `${partition.name} offset is not aligned`);
    assert.equal(partition.size % DATA_ALIGN, 0, `${partition.name} is not a whole number of 4 KB sectors`);
  }
});

test("nvs, phy_init and the factory app are present, and the app keeps at least 2 MB", () => {
  const nvs = byName("nvs");
  assert.ok(nvs, "no nvs partition");
  assert.deepEqual([nvs.type, nvs.subtype], ["data", "nvs"]);
  // ESP-IDF recommends at least 0x3000 of NVS; it holds the cached config, credentials and boot epoch.
  assert.ok(nvs.size >= 0x3000);
  assert.deepEqual([byName("phy_init")?.type, byName("phy_init")?.subtype], ["data", "phy"]);
  const factory = byName("factory");
  assert.ok(factory, "no factory partition");
  assert.deepEqual([factory.type, factory.subtype], ["app", "factory"]);
  assert.ok(factory.size >= 2 * 1024 * KB);
});

test("capture is a raw data partition of at least 960 KB, apart from the app", () => {
  const capture = byName("capture");
  assert.ok(capture, "no capture partition");
  assert.equal(capture.type, "data");
  // embedded:storage/flash on ESP32 opens a data partition by label whatever its subtype; "undefined"
  // keeps filesystem components (fat, spiffs, littlefs) from claiming it.
  assert.equal(capture.subtype, "undefined");
  assert.ok(capture.size >= 960 * KB, `capture is only ${capture.size / KB} KB`);
  for (const app of partitions.filter((partition) => partition.type === "app")) {
    const apart = capture.offset >= app.offset + app.size || app.offset >= capture.offset + capture.size;
    assert.ok(apart, `capture overlaps ${app.name}`);
  }
});

test("sdkconfig.defaults selects 4 MB flash and this partition table", () => {
  assert.equal(sdkconfig.get("CONFIG_ESPTOOLPY_FLASHSIZE_4MB"), "y");
  assert.equal(sdkconfig.get("CONFIG_ESPTOOLPY_FLASHSIZE"), "4MB");
  assert.equal(sdkconfig.get("CONFIG_PARTITION_TABLE_CUSTOM"), "y");
  const table = basename(manifest.build.PARTITIONS_FILE);
  assert.equal(sdkconfig.get("CONFIG_PARTITION_TABLE_CUSTOM_FILENAME"), table);
  assert.equal(sdkconfig.get("CONFIG_PARTITION_TABLE_FILENAME"), table);
  assert.equal(tableOffset, 0x8000);
});
