// Deep-sleep mode (agent.advanced_settings.firmware_mode "deep_sleep_between_data_syncs") on the
// simulated board in virtual time, syncing to the local cloud: which wakes happen, what each reads,
// when the radio comes up, and what survives wakes, resets, power cuts and a cloud that is down.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseMachineConfig } from "../src/config/parse.ts";
import { formatIssue } from "../src/config/parse.ts";
import type { SimFlash } from "../hosts/sim/flash.ts";
import { MINUTE, WALL, sleepConfig, sleepRig } from "./deep-sleep-rig.ts";
import type { Host } from "../src/host.ts";
import { RETAINED_BYTES, writeSleepState, type SleepState } from "../src/sleep/retained-state.ts";
import { utf8Length } from "../src/data/utf8.ts";

/** Wall ms of each wake's first line ("woke" or "reset"), relative to WALL. */
function wakeTimes(logs: string[]): number[] {
  return logs.filter((line) => / info: deep sleep: (woke|reset) /.test(line)).map((line) => Number(line.split(" ")[0]));
}

test("collectors of different rates share wakes; the radio comes up only every N wakes", async (t) => {
  const rig = await sleepRig({ config: sleepConfig({ rates: [1 / 60, 1 / 300, 1 / 120], deepSleep: { wakes_per_sync: 5 } }), bootMs: 300 });
  t.after(() => rig.close());
  await rig.run(10 * MINUTE + 5000);
  // A reset boot at 0, then one wake per minute, each 300 ms of booting after its due time.
  assert.deepEqual(wakeTimes(rig.logs), [0, ...Array.from({ length: 10 }, (_, i) => (i + 1) * MINUTE + 300)]);
  const state = rig.slept();
  assert.equal(state.wakes, 11);
  assert.equal(state.epoch, 1, "every wake goes on in the first boot's epoch");
  // The reset boot syncs (time and config), then every fifth wake: wakes 1, 6 and 11.
  assert.equal(rig.device.board.wifi.sessions, 3);
  assert.equal(state.radioSessions, 3);
  const times = (name: string) => rig.cloud.uploads({ componentName: name }).map((row) => row.timeRequestedMs! - WALL);
  assert.deepEqual(times("s0"), [0, ...Array.from({ length: 10 }, (_, i) => (i + 1) * MINUTE + 300)]);
  assert.deepEqual(times("s1"), [0, 5 * MINUTE + 300, 10 * MINUTE + 300]);
  assert.deepEqual(times("s2"), [0, 2 * MINUTE + 300, 4 * MINUTE + 300, 6 * MINUTE + 300, 8 * MINUTE + 300, 10 * MINUTE + 300]);
  assert.equal(state.uploaded, 11 + 3 + 6);
  assert.equal(rig.device.board.wifi.radioOn, false, "asleep with the radio off");
});

test("firmware_mode and deep_sleep values that are wrong are errors at their paths; the rest runs", () => {
  const parsed = parseMachineConfig({
    ...sleepConfig({ rates: [1], deepSleep: { wakes_per_sync: 0.5, sync_at_fill_percent: 120, max_unsynced_age_mins: -1, typo: 1 } }),
    agent: { advanced_settings: { firmware_mode: "deep_sleep", deep_sleep_action_timeout_seconds: "soon", ulp_wakeup_enabled: true } },
  });
  assert.deepEqual(parsed.issues.map(formatIssue), [
    "services[0].attributes.deep_sleep.wakes_per_sync: must be a whole number of wakes, 1 or more",
    "services[0].attributes.deep_sleep.sync_at_fill_percent: must be a percentage above 0 and at most 100",
    "services[0].attributes.deep_sleep.max_unsynced_age_mins: must be > 0",
    "services[0].attributes.deep_sleep.typo: unknown attribute",
    'agent.advanced_settings.firmware_mode: must be one of "normal", "deep_sleep_between_data_syncs"; running in normal mode',
    "agent.advanced_settings.deep_sleep_action_timeout_seconds: must be a number",
    "agent.advanced_settings.ulp_wakeup_enabled: not applicable on this device: it has no ULP program; the board wakes by its timer only",
  ]);
  assert.equal(parsed.config.firmware?.mode, "normal");
  assert.deepEqual(parsed.config.dataManager?.deepSleep, { wakesPerSync: 10, syncAtFillPercent: 75 });
  assert.equal(parsed.config.components.length, 1);
});

test("a cloud that is down for many wakes: data kept to the rings' capacity, the oldest dropped and counted, backoff in whole wakes", async (t) => {
  const rig = await sleepRig({
    config: sleepConfig({ rates: [1], deepSleep: { wakes_per_sync: 10, sync_at_fill_percent: 100 }, dataManager: { cache_size_kb: 4 } }),
    flashSize: 16 * 4096,
    bootMs: 0,
    wifi: { associateMs: 200 },
  });
  t.after(() => rig.close());
  await rig.run(1000);
  await rig.cloud.faults.down();
  await rig.run(1500 * 1000);
  const down = rig.slept();
  assert.ok(down.failures >= 5, `failures ${down.failures}`);
  assert.ok(down.dropped > 0, "a full ring drops its oldest block");
  // Backoff jitter comes from the host's random bytes, so the count varies (40 was seen); without
  // backoff in whole wakes it would be one session per wake.
  assert.ok(down.radioSessions < 60, `radio sessions over 1,500 wakes: ${down.radioSessions}`);
  await rig.cloud.faults.up();
  await rig.run(200 * 1000);
  const up = rig.slept();
  assert.equal(up.failures, 0);
  const uploaded = rig.cloud.uploads({ componentName: "s0" }).length;
  assert.equal(uploaded, up.uploaded);
  assert.ok(up.sinceSync < 10);
  // Everything captured is uploaded, dropped with its ring's oldest block, or still in the ring.
  const inRing = up.captured - up.uploaded - up.dropped;
  assert.ok(inRing >= 0 && inRing <= up.sinceSync, `captured ${up.captured}, uploaded ${up.uploaded}, dropped ${up.dropped}`);
  assert.equal(rig.cloud.duplicates(), 0);
});

for (const durable of [false, true]) {
  test(`a reboot between wakes ${durable ? "keeps unsynced data with durable" : "drops unsynced data (Viam's rule)"}`, async (t) => {
    const rig = await sleepRig({ config: sleepConfig({ rates: [1 / 60], deepSleep: { wakes_per_sync: 100 }, dataManager: { durable } }) });
    t.after(() => rig.close());
    await rig.run(5 * MINUTE + 1000);
    assert.equal(rig.slept().uploaded, 1, "the reset boot's sync took the first reading");
    assert.equal(rig.device.deepSleep.asleep, true);
    rig.device.restart();
    await rig.run(5000);
    assert.equal(rig.slept().epoch, 2, "a reboot is a new epoch");
    const times = rig.cloud.uploads({ componentName: "s0" }).map((row) => Math.round((row.timeRequestedMs! - WALL) / MINUTE));
    assert.deepEqual(times, durable ? [0, 1, 2, 3, 4, 5, 5] : [0, 5]);
  });
}

test("a power cut in the middle of a wake's flash write loses that reading only (durable)", async (t) => {
  let wake = 0;
  let cut: SimFlash | undefined;
  const rig = await sleepRig({
    config: sleepConfig({ rates: [1 / 60], deepSleep: { wakes_per_sync: 100 }, dataManager: { durable: true } }),
    beforeBoot(host) {
      if (++wake !== 4) return;
      cut = host.flash.open({ path: "capture" }) as SimFlash;
      cut.cutPowerAfter(3);
      // The cut ends this wake before anything else of it runs.
      rig.device.clock.set(() => rig.device.powerCut(), 0);
    },
  });
  t.after(() => rig.close());
  await rig.run(5 * MINUTE + 1000);
  assert.ok(cut?.powerLost);
  assert.ok(rig.logs.some((line) => /error: capture s0\/Readings: store append failed: .*power/.test(line)), "the cut came in the middle of the reading's append");
  const state = rig.slept();
  assert.equal(state.epoch, 2, "the cut was a reset");
  const times = rig.cloud.uploads({ componentName: "s0" }).map((row) => Math.round((row.timeRequestedMs! - WALL) / MINUTE));
  // Wake 4 (minute 3) was cut mid-append; the reset boot right after it read at minute 3 again and synced.
  assert.deepEqual(times, [0, 1, 2, 3]);
  await rig.run(2 * MINUTE);
  assert.deepEqual([rig.slept().epoch, rig.slept().wakes], [2, 5], "the wakes after it go on in the new epoch");
});

test("a config change reaches the board at a sync wake and the next wakes follow it", async (t) => {
  const config = sleepConfig({ rates: [1 / 60], deepSleep: { wakes_per_sync: 10 } });
  const rig = await sleepRig({ config });
  t.after(() => rig.close());
  await rig.run(30 * MINUTE);
  const changed = sleepConfig({ rates: [1 / 30], deepSleep: { wakes_per_sync: 10 } });
  rig.cloud.setConfig("sleep-part", { components: (changed as { components: object[] }).components, services: (changed as { services: object[] }).services });
  // The config is checked at the first sync wake an hour after the last check.
  await rig.run(50 * MINUTE);
  // The first sync took the cloud's copy, which differs from the local file only in leaving out the
  // agent section (the app serves that apart); the change is the second one applied.
  const lines = rig.logs.filter((line) => line.includes("applying it"));
  assert.equal(lines.length, 2);
  const appliedAt = Number(lines[1]!.split(" ")[0]);
  assert.ok(appliedAt >= 60 * MINUTE && appliedAt < 70 * MINUTE, `applied at ${appliedAt}`);
  const after = wakeTimes(rig.logs).filter((at) => at > appliedAt);
  const gaps = after.slice(1).map((at, i) => at - after[i]!);
  assert.ok(gaps.length > 10 && gaps.every((gap) => gap === 30_000), `gaps ${gaps.join(",")}`);
  assert.equal(rig.slept().epoch, 1, "a config change at a wake is no reboot");
});

test("conditional sync saying no at a sync wake keeps the radio off; capture goes on", async (t) => {
  const gate = {
    name: "gate",
    type: "sensor",
    model: "sync-condition",
    attributes: { window: { start: "12:30", end: "13:30" } },
  };
  const rig = await sleepRig({
    config: sleepConfig({ rates: [1 / 60], deepSleep: { wakes_per_sync: 5 }, dataManager: { selective_syncer_name: "gate" }, extraComponents: [gate] }),
  });
  t.after(() => rig.close());
  await rig.run(20 * MINUTE);
  const held = rig.slept();
  assert.equal(rig.device.board.wifi.sessions, 0, "the radio never came up");
  assert.equal(held.radioSessions, 0);
  assert.match(held.held ?? "", /selective syncer "gate" says should_sync false/);
  assert.equal(held.sinceSync, held.wakes, "every wake still waits to sync");
  assert.ok(rig.logs.some((line) => line.includes("holding sync, radio stays off")));
  await rig.run(15 * MINUTE);
  const open = rig.slept();
  assert.equal(open.held, undefined);
  assert.equal(open.radioSessions, 1);
  assert.equal(rig.cloud.uploads({ componentName: "s0" }).length, 31, "minutes 0 to 30, all kept while sync waited");
});

test("after a power-on with the wall clock unset, a time-window gate does not hold the sync that sets it", async (t) => {
  const gate = { name: "gate", type: "sensor", model: "sync-condition", attributes: { window: { start: "12:30", end: "13:30" } } };
  const rig = await sleepRig({
    wall: 0,
    config: sleepConfig({ rates: [1 / 60], deepSleep: { wakes_per_sync: 5 }, dataManager: { selective_syncer_name: "gate" }, extraComponents: [gate] }),
  });
  t.after(() => rig.close());
  await rig.run(2 * MINUTE);
  assert.ok(rig.device.board.wifi.sessions >= 1, "the reset wake brought the radio up");
  assert.equal(rig.slept().radioSessions >= 1, true);
});

test("the retained state fits the area in UTF-8 bytes: messages go first when they would not", () => {
  const written: string[] = [];
  const host = { sleep: { writeRetained: (text: string) => written.push(text) } } as unknown as Host;
  const state: SleepState = { epoch: 1, capturedAt: WALL, wakes: 2, sinceSync: 1, failures: 1, retryAtWake: 3, configDueAt: 0, radioSessions: 1, radioMs: 10, uploaded: 0, captured: 2, dropped: 0, lastError: "温".repeat(600) };
  writeSleepState(host, state);
  assert.ok(utf8Length(written[0]!) <= RETAINED_BYTES, `${utf8Length(written[0]!)} bytes`);
  assert.equal((JSON.parse(written[0]!) as SleepState).lastError, undefined);
  assert.equal((JSON.parse(written[0]!) as SleepState).wakes, 2);
});

test("a wake that passes its action timeout while connecting turns the radio off before it sleeps and counts its time", async (t) => {
  // Wi-Fi never associates, so the action timeout (2 s) wins over the 10 s connect wait.
  const rig = await sleepRig({
    config: sleepConfig({ rates: [1 / 60], advanced: { deep_sleep_action_timeout_seconds: 2 } }),
    wifi: { associates: () => false },
  });
  t.after(() => rig.close());
  await rig.run(30_000);
  const state = rig.slept();
  assert.equal(state.radioSessions, 1);
  assert.equal(rig.device.deepSleep.asleep, true);
  assert.equal(rig.device.board.wifi.radioOn, false, "asleep with the radio off");
  assert.equal(state.radioMs, 2000, "the session's time counted up to the timeout");
  assert.equal(rig.device.board.wifi.radioMs, 2000);
  assert.match(state.lastError ?? "", /action timeout of 2 s/);
});

test("a min_rssi_dbm gate is judged once Wi-Fi has associated: a strong signal syncs, a weak one turns the radio off and backs off", async (t) => {
  const gate = { name: "gate", type: "sensor", model: "sync-condition", attributes: { window: { start: "11:00", end: "23:00" }, min_rssi_dbm: -70 } };
  const rig = await sleepRig({
    config: sleepConfig({ rates: [1 / 60], deepSleep: { wakes_per_sync: 5 }, dataManager: { selective_syncer_name: "gate" }, extraComponents: [gate] }),
    wifi: { rssi: -60 },
  });
  t.after(() => rig.close());
  await rig.run(10 * MINUTE + 5000);
  const strong = rig.slept();
  assert.equal(strong.radioSessions, 3, "the reset wake, then every fifth");
  assert.equal(strong.failures, 0);
  assert.equal(rig.cloud.uploads({ componentName: "s0" }).length, 11);
  rig.device.board.wifi.setRssi(-80);
  await rig.run(10 * MINUTE);
  const weak = rig.slept();
  assert.equal(rig.cloud.uploads({ componentName: "s0" }).length, 11, "nothing sent over the weak signal");
  assert.ok(weak.failures >= 1 && weak.radioSessions > 3 && weak.radioSessions < 3 + 10, `sessions ${weak.radioSessions}, failures ${weak.failures}`);
  assert.match(weak.lastError ?? "", /conditional sync after association: selective syncer "gate" says the signal \(-80 dBm\) is below min_rssi_dbm -70/);
  assert.equal(rig.device.board.wifi.radioOn, false);
  rig.device.board.wifi.setRssi(-65);
  await rig.run(70 * MINUTE);
  const back = rig.slept();
  assert.equal(back.failures, 0);
  assert.equal(rig.cloud.uploads({ componentName: "s0" }).length, back.captured - (back.sinceSync), "all but the wakes since the last sync sent");
});

test("a gate's window still keeps the radio off before a min_rssi_dbm is judged", async (t) => {
  const gate = { name: "gate", type: "sensor", model: "sync-condition", attributes: { window: { start: "12:30", end: "13:30" }, min_rssi_dbm: -70 } };
  const rig = await sleepRig({
    config: sleepConfig({ rates: [1 / 60], deepSleep: { wakes_per_sync: 5 }, dataManager: { selective_syncer_name: "gate" }, extraComponents: [gate] }),
  });
  t.after(() => rig.close());
  await rig.run(20 * MINUTE);
  assert.equal(rig.device.board.wifi.sessions, 0);
  assert.match(rig.slept().held ?? "", /selective syncer "gate" says in_window false/);
  await rig.run(15 * MINUTE);
  assert.equal(rig.slept().radioSessions, 1);
  assert.equal(rig.cloud.uploads({ componentName: "s0" }).length, 31);
});
