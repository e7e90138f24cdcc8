// The device settings the app serves apart from the machine config (DeviceAgentConfig's
// advanced_settings): fetched from the local cloud after the config, cached in NVS, and read as a
// boot begins. A firmware_mode from the cloud puts a running board into deep-sleep mode; a bad value
// is reported at its path and stops nothing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { MINUTE, WALL, sleepConfig, sleepRig, type SleepRig } from "./deep-sleep-rig.ts";
import { SETTINGS_PATH } from "../src/boot.ts";
import { formatIssue } from "../src/config/parse.ts";

// Sync once an hour in normal mode: only the sync before the restart can send what it read.
const normal = sleepConfig({ rates: [1 / 60], deepSleep: { wakes_per_sync: 5 }, dataManager: { sync_interval_mins: 60 }, advanced: { firmware_mode: "normal" } });

/** Runs the world in small steps, giving real time to calls on the wire, until `done` or 20 s of real time. */
async function runUntil(rig: SleepRig, done: () => boolean): Promise<void> {
  const guard = Date.now() + 20_000;
  while (!done()) {
    if (Date.now() > guard) throw new Error("timed out");
    await rig.run(100);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function cachedSettings(rig: SleepRig): string | undefined {
  const store = rig.device.host.keyValue.open({ path: SETTINGS_PATH, format: "string" });
  try {
    return store.read("agent");
  } finally {
    store.close();
  }
}

test("firmware_mode from the cloud puts a running board into deep-sleep mode: it syncs, restarts into it and keeps it", async (t) => {
  const rig = await sleepRig({ config: normal });
  t.after(() => rig.close());
  assert.equal(rig.device.machine.deepSleep, undefined, "the local config runs it in normal mode");
  await rig.run(2.5 * MINUTE);
  assert.equal(rig.device.machine.deepSleep, undefined);
  rig.cloud.setConfig("sleep-part", sleepConfig({ rates: [1 / 60], deepSleep: { wakes_per_sync: 5 } }));
  await runUntil(rig, () => rig.device.machine.deepSleep !== undefined);
  assert.equal(cachedSettings(rig), '{"firmware_mode":"deep_sleep_between_data_syncs"}');
  const restart = rig.logs.find((line) => line.includes("info: config: restarting into deep-sleep mode"));
  assert.ok(restart);
  assert.equal(rig.device.machine.epoch, 2, "the restart is a reboot");
  await rig.run(6 * MINUTE);
  // Normal mode read s0 each minute and syncs hourly here: what it read reached the cloud only because
  // the board synced before the restart dropped the epoch.
  const restartAt = Number(restart.split(" ")[0]);
  const before = rig.cloud.uploads({ componentName: "s0" }).filter((row) => row.timeRequestedMs! < WALL + restartAt);
  assert.ok(before.length >= 2, `${before.length} reading(s) of the normal-mode epoch`);
  const state = rig.slept();
  assert.equal(state.epoch, 2);
  assert.ok(state.wakes >= 6, `wakes ${state.wakes}`);
  assert.equal(rig.logs.filter((line) => line.includes("restarting into deep-sleep mode")).length, 1, "the cached mode holds at every wake");
});

test("a bad firmware_mode from the cloud is reported at its path; the board runs on in normal mode and syncs", async (t) => {
  const normal = sleepConfig({ rates: [1 / 60], advanced: { firmware_mode: "normal" } });
  const cloudConfig = { ...normal, agent: { advanced_settings: { firmware_mode: "deep_sleep", deep_sleep_action_timeout_seconds: 30 } } };
  const rig = await sleepRig({ config: normal, cloudConfig });
  t.after(() => rig.close());
  const message = 'agent.advanced_settings.firmware_mode: must be one of "normal", "deep_sleep_between_data_syncs"; running in normal mode';
  await runUntil(rig, () => rig.logs.some((line) => line.endsWith(`error: config: ${message}`)));
  await runUntil(rig, () => rig.cloud.uploads({ componentName: "s0" }).length >= 1);
  assert.equal(rig.device.machine.deepSleep, undefined);
  assert.ok(rig.device.machine.server !== undefined, "still serving");
  rig.device.restart();
  await runUntil(rig, () => rig.device.machine.epoch === 2);
  assert.equal(rig.device.machine.deepSleep, undefined);
  assert.ok(rig.device.machine.issues.map(formatIssue).includes(message), "the next boot lists it among its issues");
});

test("firmware_mode normal from the cloud takes a deep-sleep board out of the mode at its next wake", async (t) => {
  const rig = await sleepRig({ config: sleepConfig({ rates: [1 / 60], deepSleep: { wakes_per_sync: 5 } }) });
  t.after(() => rig.close());
  await rig.run(5 * MINUTE);
  assert.equal(rig.device.deepSleep.asleep, true);
  rig.cloud.setConfig("sleep-part", normal);
  // The config (and with it the agent settings) is checked at the first sync wake an hour after the last check.
  await rig.run(60 * MINUTE);
  assert.ok(rig.logs.some((line) => line.includes("info: config: the next wake runs in normal mode")));
  await runUntil(rig, () => rig.device.running && rig.device.machine.server !== undefined);
  assert.equal(rig.device.machine.deepSleep, undefined);
  assert.equal(cachedSettings(rig), '{"firmware_mode":"normal"}');
});
