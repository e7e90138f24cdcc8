// The server across config changes: when the cloud's config replaces the running one, the same
// server (same connection, same tokens) serves the new resources at once; the `auth` block is read
// from the local config only, whichever config the machine runs.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as grpc from "@grpc/grpc-js";
import { commonApi, robotApi } from "@viamrobotics/sdk";
import { GrpcStatus } from "../src/rpc/grpc-status.ts";
import { GrpcPeer, PART, SECRET, bootRemoteBoard, failsWith, remoteConfig, until } from "./remote-harness.ts";

const RESOURCE_NAMES = "/viam.robot.v1.RobotService/ResourceNames";
const GET_READINGS = "/viam.component.sensor.v1.SensorService/GetReadings";

async function resourceNames(peer: GrpcPeer, metadata?: grpc.Metadata): Promise<string[]> {
  const answer = await peer.call(RESOURCE_NAMES, new robotApi.ResourceNamesRequest(), robotApi.ResourceNamesResponse, metadata);
  return answer.resources.map((name) => name.name);
}

function readings(peer: GrpcPeer, name: string, metadata?: grpc.Metadata) {
  return peer.call(GET_READINGS, new commonApi.GetReadingsRequest({ name }), commonApi.GetReadingsResponse, metadata);
}

/** The remote config without the fake sensor, and with a second fake sensor named "humidity". */
function changedConfig() {
  const config = remoteConfig();
  config.components = config.components.filter((component) => component.name !== "fake-sensor");
  config.components.push({ name: "humidity", namespace: "rdk", type: "sensor", model: "fake", attributes: {} });
  return config;
}

describe("reconfiguration from the cloud", () => {
  it("serves the new resources at once, on the same connection, with the token issued before", async () => {
    const board = await bootRemoteBoard();
    const peer = new GrpcPeer(board.port);
    try {
      await peer.authenticate(PART, "robot-secret", SECRET);
      assert.deepEqual(await resourceNames(peer), ["board", "fake-sensor", "temperature", "imu", "wheel", "data_manager-1"]);
      await readings(peer, "fake-sensor");
      const server = board.machine().server;

      board.cloud.setConfig(PART, changedConfig());
      await board.machine().refreshConfig();
      assert.equal(board.machine().cloudConfig.reconfigurations, 1);

      assert.deepEqual(await resourceNames(peer), ["board", "temperature", "imu", "wheel", "humidity", "data_manager-1"]);
      const humidity = await readings(peer, "humidity");
      assert.deepEqual(humidity.toJson(), { readings: { a: 1, b: 2.5, c: "3" } });
      await failsWith(readings(peer, "fake-sensor"), GrpcStatus.NOT_FOUND, /no sensor named "fake-sensor"/);
      assert.equal(board.machine().server, server, "the same server");
      assert.equal(server!.stats().accepted, 1, "the same connection throughout");
    } finally {
      peer.close();
      await board.close();
    }
  });
});

describe("the auth block", () => {
  it("is taken from the local config while the machine runs the cloud's, and after a reboot from the cached one", async () => {
    const local = remoteConfig() as ReturnType<typeof remoteConfig> & { auth?: object };
    // viam-server's `handlers` mean nothing here: reported, whichever config runs.
    local.auth = { location_secrets: ["location-secret-1"], token_ttl_mins: 1, handlers: [] };
    // The cloud's config has no auth block, and a different component list.
    const board = await bootRemoteBoard({ config: local, cloudConfig: changedConfig() });
    let peer = new GrpcPeer(board.port);
    try {
      await board.machine().refreshConfig();
      assert.equal(board.machine().cloudConfig.source, "cloud");
      assert.equal(board.machine().config.config.auth, undefined, "the running config has no auth block");
      await peer.authenticate("192.168.1.20:12346", "robot-location-secret", "location-secret-1");
      assert.ok((await resourceNames(peer)).includes("humidity"));
      // token_ttl_mins: 1, in the board's virtual time.
      board.device.advance(60_000);
      await failsWith(resourceNames(peer), GrpcStatus.UNAUTHENTICATED, /expired/);

      peer.close();
      board.device.restart();
      await until(() => board.machine().server!.port !== 0, "the rebooted server to bind");
      assert.equal(board.machine().cloudConfig.source, "cache");
      assert.deepEqual(board.machine().issues.map((issue) => issue.path), ["auth.handlers"]);
      peer = new GrpcPeer(board.port);
      await failsWith(resourceNames(peer), GrpcStatus.UNAUTHENTICATED);
      await peer.authenticate("esp32.local", "robot-location-secret", "location-secret-1");
      assert.ok((await resourceNames(peer)).includes("humidity"));
    } finally {
      peer.close();
      await board.close();
    }
  });

  it("turns token checks off only from the local config", async () => {
    const local = remoteConfig() as ReturnType<typeof remoteConfig> & { auth?: object };
    local.auth = { disabled: true };
    const board = await bootRemoteBoard({ config: local, cloudConfig: changedConfig() });
    const peer = new GrpcPeer(board.port);
    try {
      assert.ok(board.logs.some((line) => /^warn server: auth is disabled/.test(line)));
      assert.ok((await resourceNames(peer, new grpc.Metadata())).includes("fake-sensor"));
      await board.machine().refreshConfig();
      assert.ok((await resourceNames(peer, new grpc.Metadata())).includes("humidity"), "still open under the cloud's config");
    } finally {
      peer.close();
      await board.close();
    }

    // The same machine whose local config says nothing about auth: closed.
    const closed = await bootRemoteBoard({ cloudConfig: changedConfig() });
    const stranger = new GrpcPeer(closed.port);
    try {
      await failsWith(resourceNames(stranger, new grpc.Metadata()), GrpcStatus.UNAUTHENTICATED);
    } finally {
      stranger.close();
      await closed.close();
    }
  });
});

describe("close()", () => {
  it("stops serving: the listener and every connection are closed", async () => {
    const board = await bootRemoteBoard();
    const peer = new GrpcPeer(board.port);
    try {
      await peer.authenticate(PART, "robot-secret", SECRET);
      await resourceNames(peer);
      board.machine().close();
      await until(() => board.device.sockets.openCount === 0, "every socket to close");
      await failsWith(resourceNames(peer), GrpcStatus.UNAVAILABLE);
    } finally {
      peer.close();
      await board.close();
    }
  });
});
