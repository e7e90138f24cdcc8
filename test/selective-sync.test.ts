// Conditional sync end to end: the data manager's selective_syncer_name names the built-in
// `sync-condition` sensor (a daily window and a minimum Wi-Fi signal) on the booted simulated board,
// which syncs to the local cloud in virtual time. Scheduled rounds run only while the sensor says
// should_sync; capture goes on meanwhile; a held round touches no socket; the reason is in the state,
// the log and the data manager's DoCommand (grpc-js and the official SDK); a syncer that is missing
// or has no should_sync holds sync and is reported at its path.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DataManagerClient, SensorClient, Struct, commonApi } from "@viamrobotics/sdk";
import { GrpcStatus } from "../src/rpc/grpc-status.ts";
import { renderStatus } from "../hosts/node/status.ts";
import { GrpcPeer, PART, SECRET, bootRemoteBoard, failsWith, remoteConfig, until, type RemoteBoard } from "./remote-harness.ts";
import { withRobot } from "./sdk-robot.ts";

const INTERVAL_MS = 6_000;

function gatedConfig(syncer: string) {
  const config = remoteConfig();
  config.components.push({
    name: "gate",
    type: "sensor",
    model: "sync-condition",
    // The board boots at 12:00 UTC: the window opens a minute later.
    attributes: { window: { start: "12:01", end: "12:03" }, min_rssi_dbm: -70 },
  });
  (config.services[0] as { attributes: Record<string, unknown> }).attributes.selective_syncer_name = syncer;
  return config;
}

/** One sync interval of virtual time, then real time until a round it started has ended. */
async function interval(board: RemoteBoard): Promise<void> {
  board.device.advance(INTERVAL_MS);
  await until(() => board.machine().sync!.state.syncing === false, "the round to end");
}

const uploaded = (board: RemoteBoard) => board.cloud.uploads({ partId: PART, componentName: "fake-sensor" }).length;

describe("selective_syncer_name with the sync-condition sensor", () => {
  it("syncs only inside the window and above the signal floor, capturing throughout", async () => {
    const board = await bootRemoteBoard({ config: gatedConfig("gate") });
    try {
      assert.deepEqual(board.machine().issues, []);
      const sync = board.machine().sync!;
      const fake = board.machine().data.collectors.find((c) => c.componentName === "fake-sensor")!;
      const accepted = board.cloud.uploads({ partId: PART }).length;
      for (let i = 0; i < 9; i++) await interval(board);
      // 54 s in: every scheduled round so far was held, and nothing reached the cloud.
      assert.equal(board.cloud.uploads({ partId: PART }).length, accepted);
      assert.equal(sync.state.held, 'selective syncer "gate" says should_sync false');
      assert.equal(sync.state.rounds, 0, "no round ran, so nothing touched the network");
      assert.equal(fake.counters.captured, 27, "capture went on at 0.5 Hz");
      assert.equal(board.logs.filter((line) => line.includes("sync: holding")).length, 1, "logged once, not every interval");
      assert.match(renderStatus(board.machine(), board.device.clock.monotonic(), true), /\n  holding: selective syncer "gate" says should_sync false/, "npm start's status shows why");
      // The data manager's DoCommand reports why, to a remote client (grpc-js, the SDK's messages).
      const peer = new GrpcPeer(board.port);
      try {
        await peer.authenticate(PART, "robot-secret", SECRET);
        const DO = "/viam.service.datamanager.v1.DataManagerService/DoCommand";
        const name = board.machine().config.config.dataManager!.name;
        const ask = (command: string) =>
          peer.call(DO, new commonApi.DoCommandRequest({ name, command: Struct.fromJson({ command }) }), commonApi.DoCommandResponse);
        assert.deepEqual((await ask("status")).result!.toJson(), {
          sync: "held",
          held: 'selective syncer "gate" says should_sync false',
          syncing: false,
          rounds: 0,
          uploaded_records: 0,
          consecutive_failures: 0,
          backoff_ms: 0,
        });
        await failsWith(ask("flush"), GrpcStatus.INVALID_ARGUMENT, /unknown command "flush" \(the data manager knows status, sync\)/);
      } finally {
        peer.close();
      }
      // The official SDK's clients read the same: the gate's readings, and why the data manager holds.
      await withRobot(board.port, PART, SECRET, async (robot) => {
        assert.deepEqual(await new SensorClient(robot, "gate").getReadings(), { in_window: false, rssi_dbm: -60, should_sync: false });
        const status = (await new DataManagerClient(robot, "data_manager-1").doCommand(Struct.fromJson({ command: "status" }))) as { sync: string; held: string };
        assert.deepEqual([status.sync, status.held], ["held", 'selective syncer "gate" says should_sync false']);
      });

      await interval(board); // 60 s: 12:01, inside the window
      assert.equal(sync.state.held, undefined);
      assert.equal(uploaded(board), 30, "everything captured while held arrives");
      assert.ok(board.logs.some((line) => line.includes("sync: resuming")));

      board.device.board.wifi.setRssi(-80);
      await interval(board);
      assert.equal(sync.state.held, 'selective syncer "gate" says should_sync false');
      const readings = board.machine().resources.get("gate") as unknown as { readings(): Record<string, unknown> };
      assert.deepEqual(readings.readings(), { in_window: true, rssi_dbm: -80, should_sync: false });
      assert.equal(uploaded(board), 30);

      // An explicit Sync is a request, not a schedule: it runs whatever the syncer says.
      await sync.syncNow();
      assert.equal(uploaded(board), 33);
    } finally {
      await board.close();
    }
  });

  it("holds sync while the syncer is missing or has no should_sync, and says so", async () => {
    const missing = await bootRemoteBoard({ config: gatedConfig("nothing") });
    try {
      assert.deepEqual(
        missing.machine().issues.map((issue) => `${issue.path}: ${issue.message}`),
        ['services[0].attributes.selective_syncer_name: no component named "nothing": sync waits until it is a sensor that says should_sync'],
      );
      await interval(missing);
      assert.equal(missing.machine().sync!.state.held, 'selective syncer "nothing" is not a running sensor');
      assert.equal(missing.machine().sync!.state.rounds, 0);
      assert.ok(missing.logs.some((line) => line.includes('sync: holding: selective syncer "nothing" is not a running sensor')));
    } finally {
      await missing.close();
    }
    const wrong = await bootRemoteBoard({ config: gatedConfig("temperature") });
    try {
      await interval(wrong);
      assert.equal(wrong.machine().sync!.state.held, 'selective syncer "temperature" has no should_sync reading');
    } finally {
      await wrong.close();
    }
  });
});
