// Deep-sleep mode in the real XS engine: the same wakes as under Node, each a fresh boot of the
// firmware over the same flash, going on in one epoch, reading each collector at its own rate, and a
// sync wake whose conditional-sync sensor says no keeps the radio off.
import "@endo/init";
import { test } from "node:test";
import assert from "node:assert/strict";
import { startTwins } from "../../hosts/xs/harness.mjs";

const fake = (name, hz) => ({
  name,
  type: "sensor",
  model: "fake",
  service_configs: [{ type: "data_manager", attributes: { capture_methods: [{ method: "Readings", capture_frequency_hz: hz }] } }],
});
const config = JSON.stringify({
  components: [fake("fast", 1 / 60), fake("slow", 1 / 180), { name: "gate", type: "sensor", model: "sync-condition", attributes: { window: { start: "13:00", end: "14:00" } } }],
  services: [{ name: "dm", type: "data_manager", attributes: { selective_syncer_name: "gate", deep_sleep: { wakes_per_sync: 3 } } }],
  agent: { advanced_settings: { firmware_mode: "deep_sleep_between_data_syncs" } },
});
// Credentials make sync wakes due; the gate holds every one of them before anything would connect.
const credentials = JSON.stringify({ cloud: { id: "xs-part", secret: "xs-secret", app_address: "https://app.example:443" } });
const boot = { op: "boot", config, credentials, wall: Date.UTC(2025, 0, 1, 12), deepSleep: { bootMs: 250 } };

test("deep-sleep wakes in XS match Node: one epoch, own rates, radio off while the syncer says no", async (t) => {
  const twins = await startTwins(t);
  await twins.same(boot);
  await twins.advance(10 * 60_000 + 1000);
  const slept = await twins.same({ op: "slept" });
  // The same bytes on flash.
  await twins.same({ op: "flash" });
  assert.equal(slept.awake, false);
  assert.equal(slept.sleeps, 11, "a reset boot and a wake each minute");
  assert.equal(slept.state.epoch, 1);
  assert.equal(slept.state.wakes, 11);
  assert.equal(slept.state.captured, 11 + 4, "fast each minute, slow every third");
  assert.equal(slept.radioSessions, 0, "the radio never came up");
  assert.equal(slept.state.radioSessions, 0);
  assert.match(slept.state.held, /selective syncer "gate" says should_sync false/);
  const wakes = twins.xs.logs.filter((line) => line.includes("deep sleep: woke")).map((line) => Number(line.split(" ")[0]));
  assert.deepEqual(wakes, Array.from({ length: 10 }, (_, i) => (i + 1) * 60_000 + 250), "each wake 250 ms of booting after its due time");
});
