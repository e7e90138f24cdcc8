// The sync-condition sensor's readings: a daily window (across midnight, in local time), the Wi-Fi
// signal floor, both, an unset clock, and its attribute errors at their JSON paths.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ConfigIssue } from "../src/config/types.ts";
import { parseMachineConfig } from "../src/config/parse.ts";
import { buildResources } from "../src/resources/build.ts";
import type { Sensor } from "../src/resources/sensor/sensor.ts";
import { VirtualClock } from "../hosts/sim/clock.ts";
import { SimBoard } from "../hosts/sim/board.ts";
import { SimFlash } from "../hosts/sim/flash.ts";
import { MemoryKeyValue } from "../hosts/sim/key-value.ts";
import { createMemoryHost } from "../hosts/sim/memory-host.ts";

const MIDNIGHT = Date.UTC(2025, 2, 3);
const at = (hh: number, mm: number) => MIDNIGHT + (hh * 60 + mm) * 60_000;

function gate(attributes: Record<string, unknown>, wall = MIDNIGHT) {
  const clock = new VirtualClock({ wall });
  const board = new SimBoard({ clock });
  const host = createMemoryHost({ clock, board, flash: new SimFlash({ size: 4 * 4096 }), kv: new MemoryKeyValue() });
  const parsed = parseMachineConfig({ components: [{ name: "gate", type: "sensor", model: "sync-condition", attributes }] });
  const issues: ConfigIssue[] = [];
  const sensor = buildResources(host, parsed.config.components, (issue) => issues.push(issue)).get("gate") as Sensor | undefined;
  return { clock, board, sensor, issues: issues.map((issue) => `${issue.path}: ${issue.message}`) };
}

test("a window that runs past midnight, in local time", () => {
  // 22:00 to 02:00 at UTC+2 is 20:00 to 00:00 UTC.
  const { clock, sensor } = gate({ window: { start: "22:00", end: "02:00" }, utc_offset_mins: 120 }, at(19, 59));
  assert.deepEqual(sensor!.readings(), { in_window: false, should_sync: false });
  clock.advance(60_000);
  assert.deepEqual(sensor!.readings(), { in_window: true, should_sync: true });
  clock.advance(4 * 3_600_000 - 60_000);
  assert.deepEqual(sensor!.readings(), { in_window: true, should_sync: true }, "01:59 local");
  clock.advance(60_000);
  assert.deepEqual(sensor!.readings(), { in_window: false, should_sync: false }, "the end is exclusive");
});

test("no window holds before the wall clock is set", () => {
  const { sensor } = gate({ window: { start: "00:00", end: "23:59" } }, 0);
  assert.deepEqual(sensor!.readings(), { in_window: false, should_sync: false });
});

test("the signal floor, alone and with a window", () => {
  const { board, sensor } = gate({ min_rssi_dbm: -70 });
  assert.deepEqual(sensor!.readings(), { rssi_dbm: -60, should_sync: true });
  board.wifi.setRssi(-71);
  assert.deepEqual(sensor!.readings(), { rssi_dbm: -71, should_sync: false });
  board.wifi.down();
  assert.deepEqual(sensor!.readings(), { rssi_dbm: null, should_sync: false });
  const both = gate({ window: { start: "00:00", end: "01:00" }, min_rssi_dbm: -50 });
  assert.deepEqual(both.sensor!.readings(), { in_window: true, rssi_dbm: -60, should_sync: false });
});

test("bad attributes are reported at their JSON path", () => {
  assert.deepEqual(gate({}).issues, ["components[0].attributes.window: a window, a min_rssi_dbm, or both are needed"]);
  assert.deepEqual(gate({ window: { start: "8:00", end: "09:00" } }).issues, ['components[0].attributes.window.start: must be a time of day such as "08:30"']);
  assert.deepEqual(gate({ window: { start: "08:00", end: "08:00" } }).issues, ["components[0].attributes.window.end: must differ from start"]);
  assert.deepEqual(gate({ window: { start: "08:00", end: "09:00" }, utc_offset_mins: 900 }).issues, ["components[0].attributes.utc_offset_mins: must be at most 840"]);
});
