// The official Viam TypeScript SDK dials the booted simulated board directly, as the README's
// example does against `npm start`: once with its default transport (gRPC-web through fetch, which
// in Node is HTTP/1.1), once with gRPC over HTTP/2 through its GRPC_TRANSPORT_FACTORY hook.
import assert from "node:assert/strict";
import { after, afterEach, describe, it } from "node:test";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { BoardClient, EncoderClient, MovementSensorClient, RobotClient, SensorClient } from "@viamrobotics/sdk";
import { constant, volts } from "../hosts/sim/signals.ts";
import { PART, SECRET, bootRemoteBoard } from "./remote-harness.ts";

type TransportFactory = (options: { baseUrl: string; [key: string]: unknown }) => unknown;
type Globals = { VIAM?: { GRPC_TRANSPORT_FACTORY?: TransportFactory } };
const globals = globalThis as Globals;

// The SDK keeps a 10 s heartbeat timer past disconnect(); unreferenced, it cannot hold the run open.
const realSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => realSetTimeout(...args).unref()) as typeof setTimeout;
after(() => {
  globalThis.setTimeout = realSetTimeout;
});

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Variant {
  name: string;
  factory?: TransportFactory;
}

const http2Dials: string[] = [];
const variants: Variant[] = [
  { name: "its default transport: gRPC-web over HTTP/1.1 (fetch)" },
  {
    name: "gRPC over HTTP/2 (connect-node through GRPC_TRANSPORT_FACTORY)",
    factory: (options) => {
      http2Dials.push(options.baseUrl);
      return createGrpcTransport({ ...options, httpVersion: "2" });
    },
  },
];

describe("the official SDK against the booted board", () => {
  for (const variant of variants) {
    it(`reads the analog readers, GPIO and sensors with ${variant.name}`, async () => {
      const board = await bootRemoteBoard({
        virtual: false,
        setup: (sim) => {
          sim.analog(34, constant(1234));
          sim.analog(35, constant(volts(0.75)));
          sim.digitalIn(15, 1);
        },
      });
      cleanups.push(() => board.close());
      const previous = globals.VIAM;
      if (variant.factory) globals.VIAM = { GRPC_TRANSPORT_FACTORY: variant.factory };
      else delete globals.VIAM;
      cleanups.push(() => {
        if (previous === undefined) delete globals.VIAM;
        else globals.VIAM = previous;
      });
      const dialsBefore = http2Dials.length;
      const callsBefore = board.machine().server!.stats().calls;

      const client = new RobotClient();
      cleanups.push(() => client.disconnect());
      await client.dial({
        host: `http://localhost:${board.port}`,
        noReconnect: true,
        disableSessions: true,
        credentials: { type: "robot-secret", payload: SECRET, authEntity: PART },
      });

      const names = await client.resourceNames();
      assert.deepEqual(
        names.map((name) => `${name.subtype}/${name.name}`),
        ["board/board", "sensor/fake-sensor", "sensor/temperature", "movement_sensor/imu", "encoder/wheel", "data_manager/data_manager-1"],
      );

      const boardClient = new BoardClient(client, "board");
      const light = await boardClient.readAnalogReader("light");
      assert.equal(light.value, 1234);
      assert.ok(Math.abs(light.maxRange - 3.3) < 1e-6);
      assert.equal((await boardClient.readAnalogReader("thermo")).value, volts(0.75));
      assert.equal(await boardClient.getGPIO("15"), true);
      await boardClient.setGPIO("16", true);
      assert.equal(await boardClient.getGPIO("16"), true);
      assert.deepEqual(board.device.board.writes(16).map(([, level]) => level), [1]);

      const readings = await new SensorClient(client, "temperature").getReadings();
      assert.ok(Math.abs((readings.temperature_celsius as number) - 25) < 0.1, JSON.stringify(readings));
      const fake = await new SensorClient(client, "fake-sensor").getReadings();
      assert.equal(fake.c, "3");
      assert.equal((await new MovementSensorClient(client, "imu").getCompassHeading()), 90);
      const [ticks] = await new EncoderClient(client, "wheel").getPosition();
      assert.equal(ticks, 0);

      // Everything above went to the board's server, through the transport under test.
      assert.ok(board.machine().server!.stats().calls - callsBefore >= 12);
      assert.equal(http2Dials.length > dialsBefore, variant.factory !== undefined);
    });
  }

  it("fails to dial with a wrong secret", async () => {
    const board = await bootRemoteBoard({ virtual: false });
    cleanups.push(() => board.close());
    delete globals.VIAM;
    const client = new RobotClient();
    cleanups.push(() => client.disconnect());
    // The SDK reports each failed attempt on console.debug; keep it out of the test output.
    const debug = console.debug;
    console.debug = () => {};
    cleanups.push(() => (console.debug = debug));
    await assert.rejects(
      client.dial({
        host: `http://localhost:${board.port}`,
        noReconnect: true,
        disableSessions: true,
        credentials: { type: "robot-secret", payload: "not-the-secret", authEntity: PART },
      }),
      (error: Error & { cause?: Array<{ code?: number; rawMessage?: string }> }) => {
        assert.equal(error.cause?.[0]?.code, 16, "UNAUTHENTICATED");
        assert.equal(error.cause?.[0]?.rawMessage, "invalid credentials");
        return true;
      },
    );
  });
});
