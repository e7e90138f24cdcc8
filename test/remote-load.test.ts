// Capture keeps its schedule while the server is busy: five gRPC clients (each on its own HTTP/2
// connection) hammer the booted board in real time while ten collectors run at 100 Hz each (1 kHz
// in all) on the board's virtual clock, which the test advances in 10 ms steps between socket events.
import assert from "node:assert/strict";
import { it } from "node:test";
import { boardApi, commonApi } from "@viamrobotics/sdk";
import { constant, volts } from "../hosts/sim/signals.ts";
import { GrpcPeer, PART, SECRET, bootRemoteBoard, remoteConfig } from "./remote-harness.ts";

const HZ = 100;
const STEP_MS = 10;
const CLIENTS = 5;
const CALLS_PER_CLIENT = 60;

function method(name: string, params?: Record<string, string>) {
  return { method: name, capture_frequency_hz: HZ, cache_size_kb: 4, ...(params && { additional_params: params }) };
}

/** The remote config with every capture at 100 Hz: ten collectors. */
function loadConfig() {
  const config = remoteConfig();
  const capture = (name: string, methods: object[]) => {
    const component = config.components.find((c) => c.name === name)!;
    component.service_configs = [{ type: "data_manager", attributes: { capture_methods: methods } }];
  };
  capture("board", [
    method("Analogs", { reader_name: "light" }),
    method("Analogs", { reader_name: "thermo" }),
    method("Gpios", { pin_name: "15" }),
    method("Gpios", { pin_name: "16" }),
  ]);
  capture("fake-sensor", [method("Readings")]);
  capture("temperature", [method("Readings")]);
  capture("imu", [method("Readings"), method("AngularVelocity"), method("LinearAcceleration")]);
  capture("wheel", [method("TicksCount")]);
  // No upload during the run: this test is about capture and serving.
  (config.services[0]!.attributes as Record<string, unknown>).sync_interval_mins = 60;
  return config;
}

it("five clients hammering the server leave every 100 Hz collector on schedule", async () => {
  const board = await bootRemoteBoard({
    config: loadConfig(),
    server: { limits: { maxConnections: CLIENTS } },
    setup: (sim) => {
      sim.analog(34, constant(2000));
      sim.analog(35, constant(volts(0.75)));
    },
  });
  // grpc-js shares one connection among clients to the same address unless each has its own pool.
  const peers = Array.from({ length: CLIENTS }, () => new GrpcPeer(board.port, { "grpc.use_local_subchannel_pool": 1 }));
  try {
    const collectors = board.machine().data.collectors;
    assert.equal(collectors.length, 10);
    assert.ok(collectors.every((collector) => collector.hz === HZ));

    let stepsWhileServing = 0;
    let finished = false;
    const hammer = async (peer: GrpcPeer, index: number) => {
      await peer.authenticate(PART, "robot-secret", SECRET);
      for (let i = 0; i < CALLS_PER_CLIENT; i++) {
        if ((i + index) % 2 === 0) {
          const answer = await peer.call(
            "/viam.component.sensor.v1.SensorService/GetReadings",
            new commonApi.GetReadingsRequest({ name: "temperature" }),
            commonApi.GetReadingsResponse,
          );
          assert.ok(answer.readings.temperature_celsius);
        } else {
          const answer = await peer.call(
            "/viam.component.board.v1.BoardService/ReadAnalogReader",
            new boardApi.ReadAnalogReaderRequest({ boardName: "board", analogReaderName: "light" }),
            boardApi.ReadAnalogReaderResponse,
          );
          assert.equal(answer.value, 2000);
        }
      }
    };
    const clients = Promise.all(peers.map(hammer)).finally(() => {
      finished = true;
    });
    // Virtual time moves on whenever the event loop has had a turn, so ticks fall due while calls
    // are in flight; the clients' assertions surface through `clients`.
    let steps = 0;
    while (!finished || steps < 100) {
      board.device.advance(STEP_MS);
      steps++;
      if (!finished) stepsWhileServing++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await clients;

    const stats = board.machine().server!.stats();
    assert.equal(stats.accepted, CLIENTS, "one connection per client");
    assert.equal(stats.calls, CLIENTS * (CALLS_PER_CLIENT + 1));
    assert.ok(stepsWhileServing >= 20, `only ${stepsWhileServing} steps of capture overlapped the calls`);

    const elapsed = board.device.host.clock.monotonic();
    assert.equal(elapsed, steps * STEP_MS);
    const expected = (elapsed * HZ) / 1000;
    for (const collector of collectors) {
      const counters = collector.counters;
      assert.equal(counters.missedTicks, 0, `${collector.name} missed ticks`);
      assert.equal(counters.readErrors, 0, `${collector.name} read errors`);
      assert.equal(counters.storeErrors, 0, `${collector.name} store errors`);
      assert.equal(counters.captured, expected, `${collector.name} captured ${counters.captured} of ${expected}`);
    }
  } finally {
    for (const peer of peers) peer.close();
    await board.close();
  }
});
