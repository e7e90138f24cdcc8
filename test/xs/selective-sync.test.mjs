// Conditional sync's decision in the real XS engine: the sync-condition sensor and the check the
// sync task makes before each scheduled round give the same answers as under Node as the virtual
// clock crosses the window.
import "@endo/init";
import { test } from "node:test";
import assert from "node:assert/strict";
import { startTwins } from "../../hosts/xs/harness.mjs";

const config = JSON.stringify({
  components: [
    {
      name: "gate",
      type: "sensor",
      model: "sync-condition",
      attributes: { window: { start: "12:01", end: "12:02" } },
      service_configs: [{ type: "data_manager", attributes: { capture_methods: [{ method: "Readings", capture_frequency_hz: 0.05 }] } }],
    },
  ],
  services: [{ name: "dm", type: "data_manager", attributes: { selective_syncer_name: "gate" } }],
});
const boot = { op: "boot", config, wall: Date.UTC(2025, 0, 1, 12) };

test("the selective syncer's answers match Node in XS", async (t) => {
  const twins = await startTwins(t);
  await twins.same(boot);
  const answers = [];
  for (const ms of [0, 60_000, 60_000]) {
    await twins.advance(ms);
    answers.push((await twins.same({ op: "syncHold" })).held);
  }
  assert.deepEqual(answers, ['selective syncer "gate" says should_sync false', null, 'selective syncer "gate" says should_sync false']);
  const readings = await twins.same({ op: "readings", collector: "gate/Readings" });
  assert.deepEqual(
    readings.map((r) => r.sensorData.struct.readings.should_sync),
    [false, false, true, true, true, false],
    "captured at 20, 40, …, 120 s: inside the window from 12:01:00 to 12:01:59",
  );
});
