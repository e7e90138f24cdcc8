// Movement sensor orientation and accuracy on the booted simulated board: the fake model's
// Orientation captured and synced to the local cloud, and GetOrientation, GetAccuracy, GetProperties
// and GetReadings through the official SDK's MovementSensorClient.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MovementSensorClient, Struct } from "@viamrobotics/sdk";
import { PART, bootRemoteBoard, remoteConfig, withSdkBoard } from "./remote-harness.ts";

function orientationConfig() {
  const config = remoteConfig();
  const imu = config.components.find((component) => component.name === "imu")!;
  imu.service_configs = [{ type: "data_manager", attributes: { capture_methods: [{ method: "Orientation", capture_frequency_hz: 1 }] } }];
  return config;
}

describe("movement sensor orientation", () => {
  it("captures Orientation and syncs it as viam-server records it", async () => {
    const board = await bootRemoteBoard({ config: orientationConfig() });
    try {
      assert.deepEqual(board.machine().issues, []);
      board.device.advance(2_000);
      await board.machine().sync!.syncNow();
      const rows = board.cloud.uploads({ partId: PART, componentName: "imu", methodName: "Orientation" });
      assert.equal(rows.length, 2);
      for (const row of rows) {
        assert.equal(row.componentType, "rdk:component:movement_sensor");
        assert.deepEqual(row.data, { orientation: { o_x: 0, o_y: 0, o_z: 1, theta: 90 } });
      }
    } finally {
      await board.close();
    }
  });

  describe("through the official SDK", () => {
    it("reads orientation, accuracy, properties and readings", () =>
      withSdkBoard({ config: orientationConfig() }, async (robot) => {
        const imu = new MovementSensorClient(robot, "imu");
        const orientation = await imu.getOrientation();
        assert.deepEqual([orientation.oX, orientation.oY, orientation.oZ, orientation.theta], [0, 0, 1, 90]);
        const accuracy = await imu.getAccuracy();
        assert.equal(accuracy.compassDegreesError, 2);
        assert.equal((await imu.getProperties()).orientationSupported, true);
      const readings = await imu.getReadings();
      assert.deepEqual(readings.orientation, { o_x: 0, o_y: 0, o_z: 1, theta: 90 });
      assert.equal(readings.compass_heading, 90);
      await assert.rejects(imu.doCommand(Struct.fromJson({ command: "status" })), /movement sensor model fake has no DoCommand commands/);
      }));
  });
});
