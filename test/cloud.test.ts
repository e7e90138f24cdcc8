import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { Any, MethodKind, StringValue, Struct, Timestamp, type JsonObject } from "@bufbuild/protobuf";
import { Code, ConnectError, createPromiseClient, type Transport } from "@connectrpc/connect";
import { createGrpcWebTransport } from "@connectrpc/connect-node";
import { createViamClient } from "@viamrobotics/sdk";
import { startLocalCloud, type LocalCloud } from "../hosts/node/cloud/local-cloud.ts";
import { officialSchemas, type DataCaptureUploadRequest } from "../hosts/node/cloud/official-schemas.ts";
import { cloudClients, cloudProtocols, type CloudClients } from "../hosts/node/cloud/protocol-clients.ts";
import type { PartialMessage } from "@bufbuild/protobuf";

const exampleConfig = JSON.parse(readFileSync(new URL("../examples/config.json", import.meta.url), "utf8")) as object;
const partA = { id: "11111111-aaaa-4aaa-8aaa-000000000001", secret: "secret-of-a", config: exampleConfig };
const partB = { id: "22222222-bbbb-4bbb-8bbb-000000000002", secret: "secret-of-b", config: { components: [] } };

function upload(
  partId: string,
  componentName: string,
  readings: Array<{ atMs: number; data: JsonObject }>,
): PartialMessage<DataCaptureUploadRequest> {
  return {
    metadata: {
      partId,
      componentType: "rdk:component:sensor",
      componentName,
      methodName: "Readings",
      type: 2,
      tags: ["example", "bench"],
      methodParameters: { reader_name: Any.pack(new StringValue({ value: "thermo" })) },
    },
    sensorContents: readings.map(({ atMs, data }) => ({
      metadata: { timeRequested: Timestamp.fromDate(new Date(atMs)), timeReceived: Timestamp.fromDate(new Date(atMs + 2)) },
      data: { case: "struct", value: Struct.fromJson(data) },
    })),
  };
}

async function rejection(promise: Promise<unknown>): Promise<ConnectError> {
  try {
    await promise;
  } catch (error) {
    return ConnectError.from(error);
  }
  assert.fail("the call succeeded");
}

describe("local cloud", () => {
  let cloud: LocalCloud;
  let clock = 1_750_000_000_000;
  const open: CloudClients[] = [];
  const clients = async (protocol: (typeof cloudProtocols)[number]): Promise<CloudClients> => {
    const made = await cloudClients(cloud.url, protocol);
    open.push(made);
    return made;
  };

  before(async () => {
    cloud = await startLocalCloud({ parts: [partA, partB], tokenTtlMs: 60_000, now: () => clock });
  });
  after(async () => {
    for (const made of open) made.close();
    await cloud.close();
  });

  for (const protocol of cloudProtocols) {
    it(`serves Authenticate, Config and DataCaptureUpload over ${protocol}`, async () => {
      const { login, appRobot, dataSync } = await clients(protocol);
      const headers = await login(partA.id, partA.secret);

      const { config } = await appRobot.config({ id: partA.id }, { headers });
      assert.deepEqual(
        config?.components.map((component) => [component.name, component.type, component.model]),
        [
          ["board", "board", "esp32"],
          ["fake-sensor", "sensor", "fake"],
          ["temperature", "sensor", "tmp36"],
        ],
      );
      const temperature = config?.components[2];
      assert.deepEqual(temperature?.attributes?.toJson(), { board: "board", analog_reader: "thermo", num_readings: 8 });
      assert.deepEqual(config?.services[0]?.attributes?.toJson(), { sync_interval_mins: 0.1, tags: ["example"] });

      const component = `temperature-${protocol}`;
      const response = await dataSync.dataCaptureUpload(
        upload(partA.id, component, [
          { atMs: 1_700_000_000_250, data: { readings: { temperature_c: 21.5 } } },
          { atMs: 1_700_000_001_250, data: { readings: { temperature_c: 21.75 } } },
        ]),
        { headers },
      );
      assert.equal(response.getType().typeName, "viam.app.datasync.v1.DataCaptureUploadResponse");

      const stored = cloud.uploads({ componentName: component });
      assert.deepEqual(
        stored.map(({ id: _id, batchId: _batch, receivedAtMs: _received, ...row }) => row),
        [
          {
            partId: partA.id,
            componentType: "rdk:component:sensor",
            componentName: component,
            methodName: "Readings",
            tags: ["example", "bench"],
            methodParameters: { reader_name: { "@type": "type.googleapis.com/google.protobuf.StringValue", value: "thermo" } },
            timeRequestedMs: 1_700_000_000_250,
            timeReceivedMs: 1_700_000_000_252,
            data: { readings: { temperature_c: 21.5 } },
          },
          {
            partId: partA.id,
            componentType: "rdk:component:sensor",
            componentName: component,
            methodName: "Readings",
            tags: ["example", "bench"],
            methodParameters: { reader_name: { "@type": "type.googleapis.com/google.protobuf.StringValue", value: "thermo" } },
            timeRequestedMs: 1_700_000_001_250,
            timeReceivedMs: 1_700_000_001_252,
            data: { readings: { temperature_c: 21.75 } },
          },
        ],
      );
      assert.equal(stored[0]?.batchId, stored[1]?.batchId, "one call is one batch");
      assert.equal(stored[0]?.receivedAtMs, clock);
      assert.deepEqual(cloud.counts({ componentName: component }), [
        {
          partId: partA.id,
          componentType: "rdk:component:sensor",
          componentName: component,
          methodName: "Readings",
          count: 2,
          duplicates: 0,
        },
      ]);
    });
  }

  it("accepts Viam's own SDK client: robot-secret login, then tabularDataCaptureUpload", async () => {
    const global = globalThis as { VIAM?: { GRPC_TRANSPORT_FACTORY?: (options: { baseUrl: string }) => Transport } };
    global.VIAM = { GRPC_TRANSPORT_FACTORY: ({ baseUrl }) => createGrpcWebTransport({ baseUrl, httpVersion: "1.1" }) };
    try {
      const client = await createViamClient({
        serviceHost: cloud.url,
        credentials: { type: "robot-secret", authEntity: partB.id, payload: partB.secret },
      });
      await client.dataClient.tabularDataCaptureUpload(
        [{ readings: { humidity: 40 } }],
        partB.id,
        "rdk:component:sensor",
        "sdk-sensor",
        "Readings",
        [[new Date(1_700_000_000_000), new Date(1_700_000_000_010)]],
        ["from-sdk"],
      );
    } finally {
      delete global.VIAM;
    }
    const [stored] = cloud.uploads({ componentName: "sdk-sensor" });
    assert.equal(stored?.partId, partB.id);
    assert.deepEqual(stored?.tags, ["from-sdk"]);
    assert.equal(stored?.timeRequestedMs, 1_700_000_000_000);
    assert.deepEqual(stored?.data, { readings: { humidity: 40 } });
  });

  for (const protocol of cloudProtocols) {
    it(`refuses bad credentials and missing or foreign tokens over ${protocol}`, async () => {
      const { auth, login, appRobot, dataSync } = await clients(protocol);
      const attempts: Array<[string, () => Promise<unknown>, RegExp]> = [
        [
          "wrong secret",
          () => auth.authenticate({ entity: partA.id, credentials: { type: "robot-secret", payload: "guess" } }),
          /wrong secret for part "11111111-aaaa-4aaa-8aaa-000000000001"/,
        ],
        [
          "unknown part",
          () => auth.authenticate({ entity: "no-such-part", credentials: { type: "robot-secret", payload: partA.secret } }),
          /unknown part id "no-such-part"/,
        ],
        [
          "other credential type",
          () => auth.authenticate({ entity: partA.id, credentials: { type: "api-key", payload: partA.secret } }),
          /credentials type "api-key" is not supported/,
        ],
        ["no credentials", () => auth.authenticate({ entity: partA.id }), /credentials are missing/],
        ["no token", () => dataSync.dataCaptureUpload(upload(partA.id, "x", [{ atMs: 1, data: {} }])), /authorization: Bearer/],
        [
          "forged token",
          () => appRobot.config({ id: partA.id }, { headers: { authorization: "Bearer forged" } }),
          /access token is not valid/,
        ],
      ];
      for (const [what, attempt, message] of attempts) {
        const error = await rejection(attempt());
        assert.equal(error.code, Code.Unauthenticated, what);
        assert.match(error.rawMessage, message, what);
        assert.doesNotMatch(error.rawMessage, new RegExp(partA.secret), what);
      }

      const headersOfB = await login(partB.id, partB.secret);
      const foreignUpload = await rejection(
        dataSync.dataCaptureUpload(upload(partA.id, "foreign", [{ atMs: 1, data: {} }]), { headers: headersOfB }),
      );
      assert.equal(foreignUpload.code, Code.PermissionDenied);
      const foreignConfig = await rejection(appRobot.config({ id: partA.id }, { headers: headersOfB }));
      assert.equal(foreignConfig.code, Code.PermissionDenied);
      assert.deepEqual(cloud.uploads({ componentName: "foreign" }), []);
    });
  }

  it("expires tokens after tokenTtlMs, and on demand", async () => {
    const { login, appRobot } = await clients("grpc-web");
    const headers = await login(partA.id, partA.secret);
    clock += 59_999;
    await appRobot.config({ id: partA.id }, { headers });
    clock += 1;
    const expired = await rejection(appRobot.config({ id: partA.id }, { headers }));
    assert.equal(expired.code, Code.Unauthenticated);
    assert.equal(expired.rawMessage, "access token expired");

    const fresh = await login(partA.id, partA.secret);
    await appRobot.config({ id: partA.id }, { headers: fresh });
    cloud.faults.expireTokens();
    assert.equal((await rejection(appRobot.config({ id: partA.id }, { headers: fresh }))).code, Code.Unauthenticated);
    await appRobot.config({ id: partA.id }, { headers: await login(partA.id, partA.secret) });
  });

  it("serves a config changed at run time, and rejects one that is not a RobotConfig", async () => {
    const { login, appRobot } = await clients("grpc");
    const headers = await login(partB.id, partB.secret);
    assert.deepEqual((await appRobot.config({ id: partB.id }, { headers })).config?.components, []);
    cloud.setConfig(partB.id, { components: [{ name: "added", type: "sensor", model: "fake", attributes: {} }] });
    const { config } = await appRobot.config({ id: partB.id }, { headers });
    assert.deepEqual(config?.components.map((component) => component.name), ["added"]);

    assert.throws(() => cloud.setConfig(partB.id, { components: "nope" }), /not a valid viam\.app\.v1\.RobotConfig/);
    assert.throws(() => cloud.setConfig("no-such-part", {}), /unknown part id/);
    assert.deepEqual((await appRobot.config({ id: partB.id }, { headers })).config?.components.map((c) => c.name), ["added"]);
  });

  it("rejects uploads whose metadata or contents are malformed, storing nothing", async () => {
    const { login, dataSync } = await clients("grpc-web");
    const headers = await login(partA.id, partA.secret);
    const before = cloud.uploads().length;
    const noMetadata = await rejection(dataSync.dataCaptureUpload({ sensorContents: [] }, { headers }));
    assert.equal(noMetadata.code, Code.InvalidArgument);
    const empty = upload(partA.id, "bad", []);
    assert.equal((await rejection(dataSync.dataCaptureUpload(empty, { headers }))).code, Code.InvalidArgument);
    const binaryInTabular = upload(partA.id, "bad", [{ atMs: 1, data: {} }]);
    binaryInTabular.sensorContents![0]!.data = { case: "binary", value: new Uint8Array([1, 2]) };
    const mixed = await rejection(dataSync.dataCaptureUpload(binaryInTabular, { headers }));
    assert.equal(mixed.code, Code.InvalidArgument);
    assert.match(mixed.rawMessage, /sensor_contents\[0\] holds binary, but upload type 2 needs struct/);
    assert.equal(cloud.uploads().length, before);
  });

  for (const protocol of cloudProtocols) {
    it(`answers a method it does not serve with UNIMPLEMENTED over ${protocol}`, async () => {
      const { appRobot } = await officialSchemas();
      const unserved = {
        typeName: "viam.app.v1.AppService",
        methods: { config: { ...appRobot.methods.config, name: "GetRobotPart", kind: MethodKind.Unary } },
      } as const;
      const made = await clients(protocol);
      const client = createPromiseClient(unserved, made.transport);
      assert.equal((await rejection(client.config({ id: partA.id }))).code, Code.Unimplemented);
    });
  }
});
