import assert from "node:assert/strict";
import net from "node:net";
import { after, before, describe, it } from "node:test";
import { Struct, Timestamp, type PartialMessage } from "@bufbuild/protobuf";
import { Code, ConnectError } from "@connectrpc/connect";
import { startLocalCloud, type LocalCloud } from "../hosts/node/cloud/local-cloud.ts";
import { officialSchemas, type DataCaptureUploadRequest } from "../hosts/node/cloud/official-schemas.ts";
import { cloudClients, cloudProtocols, type CloudClients, type CloudProtocol } from "../hosts/node/cloud/protocol-clients.ts";

const part = { id: "33333333-cccc-4ccc-8ccc-000000000003", secret: "s3cret", config: { components: [] } };

// How connect clients report a connection that died before the answer was complete.
const connectionLost = [Code.Aborted, Code.Canceled, Code.Unavailable, Code.Internal];

let sequence = 0;
function upload(componentName: string): PartialMessage<DataCaptureUploadRequest> {
  sequence += 1;
  return {
    metadata: { partId: part.id, componentType: "rdk:component:board", componentName, methodName: "Analogs", type: 2 },
    sensorContents: [
      {
        metadata: { timeRequested: Timestamp.fromDate(new Date(1_700_000_000_000 + sequence)) },
        data: { case: "struct", value: Struct.fromJson({ value: sequence }) },
      },
    ],
  };
}

function connectError(port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.on("error", (error: NodeJS.ErrnoException) => resolve(error.code));
  });
}

async function rejection(promise: Promise<unknown>): Promise<ConnectError> {
  try {
    await promise;
  } catch (error) {
    return ConnectError.from(error);
  }
  assert.fail("the call succeeded");
}

describe("local cloud fault injection", () => {
  let cloud: LocalCloud;
  const open: CloudClients[] = [];
  const connect = async (protocol: CloudProtocol) => {
    const clients = await cloudClients(cloud.url, protocol);
    open.push(clients);
    return { ...clients, headers: await clients.login(part.id, part.secret) };
  };
  const stored = (component: string): number => cloud.uploads({ componentName: component }).length;

  before(async () => {
    cloud = await startLocalCloud({ parts: [part] });
  });
  after(async () => {
    for (const clients of open) clients.close();
    await cloud.close();
  });

  for (const protocol of cloudProtocols) {
    describe(`over ${protocol}`, () => {
      it("down refuses connections; up serves again on the same port", async () => {
        const { dataSync, headers } = await connect(protocol);
        const component = `down-${protocol}`;
        const port = cloud.port;
        await cloud.faults.down();
        try {
          // The first call may still try the connection the cloud just dropped; either way it fails.
          await rejection(dataSync.dataCaptureUpload(upload(component), { headers }));
          const refused = await rejection(dataSync.dataCaptureUpload(upload(component), { headers }));
          assert.equal(refused.code, Code.Unavailable);
          assert.match(refused.rawMessage, /ECONNREFUSED/);
          assert.equal(await connectError(port), "ECONNREFUSED");
        } finally {
          await cloud.faults.up();
        }
        assert.equal(cloud.port, port);
        assert.equal(stored(component), 0);
        await dataSync.dataCaptureUpload(upload(component), { headers });
        assert.equal(stored(component), 1);
      });

      it("unavailable answers status 14 without storing", async () => {
        const { dataSync, headers } = await connect(protocol);
        const component = `unavailable-${protocol}`;
        cloud.faults.next("unavailable");
        const error = await rejection(dataSync.dataCaptureUpload(upload(component), { headers }));
        assert.equal(error.code, Code.Unavailable);
        assert.match(error.rawMessage, /injected fault/);
        assert.equal(stored(component), 0);
        await dataSync.dataCaptureUpload(upload(component), { headers });
        assert.equal(stored(component), 1);
      });

      it("http503 answers HTTP 503, which clients read as UNAVAILABLE, without storing", async () => {
        const { dataSync, headers } = await connect(protocol);
        const component = `http503-${protocol}`;
        cloud.faults.next("http503");
        const error = await rejection(dataSync.dataCaptureUpload(upload(component), { headers }));
        assert.equal(error.code, Code.Unavailable);
        assert.match(error.rawMessage, /503/);
        assert.equal(stored(component), 0);
        await dataSync.dataCaptureUpload(upload(component), { headers });
        assert.equal(stored(component), 1);
      });

      it("reset-mid-response stores the upload but the client never sees the answer", async () => {
        const { dataSync, headers } = await connect(protocol);
        const component = `reset-${protocol}`;
        cloud.faults.next("reset-mid-response");
        const error = await rejection(dataSync.dataCaptureUpload(upload(component), { headers }));
        assert.ok(connectionLost.includes(error.code), error.message);
        assert.equal(stored(component), 1, "the cloud acted on the call: a retry will duplicate it");
        await dataSync.dataCaptureUpload(upload(component), { headers });
        assert.equal(stored(component), 2);
      });

      it("stall never answers, so the client times out; nothing is stored", async () => {
        const { dataSync, headers } = await connect(protocol);
        const component = `stall-${protocol}`;
        cloud.faults.next("stall");
        const error = await rejection(dataSync.dataCaptureUpload(upload(component), { headers, timeoutMs: 200 }));
        assert.equal(error.code, Code.DeadlineExceeded);
        assert.equal(stored(component), 0);
        await dataSync.dataCaptureUpload(upload(component), { headers });
        assert.equal(stored(component), 1);
      });

      it("expire-tokens makes the call's token expired; a fresh login works", async () => {
        const { dataSync, headers, login } = await connect(protocol);
        const component = `expire-${protocol}`;
        cloud.faults.next("expire-tokens");
        const error = await rejection(dataSync.dataCaptureUpload(upload(component), { headers }));
        assert.equal(error.code, Code.Unauthenticated);
        assert.equal(error.rawMessage, "access token expired");
        assert.equal(stored(component), 0);
        await dataSync.dataCaptureUpload(upload(component), { headers: await login(part.id, part.secret) });
        assert.equal(stored(component), 1);
      });
    });
  }

  it("reset-mid-response sends HTTP/1.1 headers and part of the gRPC-web body, then closes", async () => {
    const { headers } = await connect("grpc-web");
    const { dataSync } = await officialSchemas();
    const message = new dataSync.methods.dataCaptureUpload.I(upload("raw-reset")).toBinary();
    const frame = new Uint8Array(5 + message.length);
    new DataView(frame.buffer).setUint32(1, message.length);
    frame.set(message, 5);
    cloud.faults.next("reset-mid-response");
    const received = await new Promise<string>((resolve) => {
      const socket = net.connect(cloud.port, "127.0.0.1");
      let text = "";
      socket.on("data", (chunk) => (text += chunk.toString("latin1")));
      socket.on("close", () => resolve(text));
      socket.write(
        "POST /viam.app.datasync.v1.DataSyncService/DataCaptureUpload HTTP/1.1\r\nhost: cloud\r\n" +
          `content-type: application/grpc-web+proto\r\nauthorization: ${headers.authorization}\r\n` +
          `content-length: ${frame.length}\r\n\r\n`,
      );
      socket.write(frame);
    });
    const [head, body = ""] = received.split("\r\n\r\n", 2);
    assert.match(head ?? "", /^HTTP\/1\.1 200 OK\r\n/);
    assert.match(head ?? "", /content-type: application\/grpc-web\+proto/i);
    // The body is chunked; its first chunk is a strict prefix of the 5-byte frame of the (empty) answer.
    const chunk = /^([0-9a-f]+)\r\n/i.exec(body);
    const size = Number.parseInt(chunk?.[1] ?? "0", 16);
    assert.ok(size > 0 && size < 5, `first chunk holds ${size} bytes`);
    assert.match(body.slice((chunk?.[0].length ?? 0) + size), /^(\r\n)?$/, "no further chunk followed it");
    assert.equal(stored("raw-reset"), 1);
  });

  it("targets DataCaptureUpload by default, another method or any method on request", async () => {
    const { appRobot, dataSync, login, headers } = await connect("grpc-web");
    cloud.faults.next("unavailable");
    await appRobot.config({ id: part.id }, { headers });
    assert.equal(cloud.faults.pending, 1);
    assert.equal((await rejection(dataSync.dataCaptureUpload(upload("target"), { headers }))).code, Code.Unavailable);

    cloud.faults.next("http503", 1, { method: "Authenticate" });
    await dataSync.dataCaptureUpload(upload("target"), { headers });
    assert.equal((await rejection(login(part.id, part.secret))).code, Code.Unavailable);

    cloud.faults.next("unavailable", 1, { method: "any" });
    assert.equal((await rejection(appRobot.config({ id: part.id }, { headers }))).code, Code.Unavailable);
    assert.equal(cloud.faults.pending, 0);
  });

  it("hits the next N calls, or every call until cleared", async () => {
    const { dataSync, headers } = await connect("grpc");
    const outcome = async (): Promise<string> => {
      try {
        await dataSync.dataCaptureUpload(upload("counted"), { headers });
        return "ok";
      } catch (error) {
        return Code[ConnectError.from(error).code];
      }
    };
    cloud.faults.next("unavailable", 2);
    assert.deepEqual([await outcome(), await outcome(), await outcome()], ["Unavailable", "Unavailable", "ok"]);
    cloud.faults.next("http503", Infinity);
    assert.deepEqual([await outcome(), await outcome(), await outcome()], ["Unavailable", "Unavailable", "Unavailable"]);
    cloud.faults.clear();
    assert.equal(await outcome(), "ok");
    assert.throws(() => cloud.faults.next("unavailable", 0), RangeError);
    assert.throws(() => cloud.faults.next("flood" as never), /unknown fault kind "flood"/);
  });
});
