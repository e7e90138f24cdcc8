// Movement sensor Orientation and Readings captured in the real XS engine give the same records as
// under Node.
import "@endo/init";
import { test } from "node:test";
import assert from "node:assert/strict";
import { startTwins } from "../../hosts/xs/harness.mjs";

const config = JSON.stringify({
  components: [
    {
      name: "imu",
      type: "movement_sensor",
      model: "fake",
      attributes: {},
      service_configs: [
        {
          type: "data_manager",
          attributes: { capture_methods: ["Orientation", "Readings"].map((method) => ({ method, capture_frequency_hz: 2 })) },
        },
      ],
    },
  ],
  services: [{ name: "dm", type: "data_manager", attributes: {} }],
});

test("Orientation and Readings match Node in XS", async (t) => {
  const twins = await startTwins(t);
  const { xs } = twins;
  await twins.same({ op: "boot", config, wall: Date.UTC(2025, 0, 1) });
  await twins.advance(1_000);
  for (const collector of ["imu/Orientation", "imu/Readings"]) {
    const readings = await twins.same({ op: "readings", collector });
    assert.equal(readings.length, 2);
  }
  const [first] = await xs.run({ op: "readings", collector: "imu/Orientation" });
  assert.deepEqual(first.sensorData.struct, { orientation: { o_x: 0, o_y: 0, o_z: 1, theta: 90 } });
  const [reading] = await xs.run({ op: "readings", collector: "imu/Readings" });
  assert.deepEqual(reading.sensorData.struct.readings.orientation, { o_x: 0, o_y: 0, o_z: 1, theta: 90 });
});
