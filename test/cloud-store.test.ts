import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import { Struct, Timestamp, type JsonObject, type PartialMessage } from "@bufbuild/protobuf";
import { startLocalCloud, type LocalCloud } from "../hosts/node/cloud/local-cloud.ts";
import type { DataCaptureUploadRequest } from "../hosts/node/cloud/official-schemas.ts";
import { cloudClients, type CloudClients } from "../hosts/node/cloud/protocol-clients.ts";
import { queryReport } from "../hosts/node/cloud/query-report.ts";
import { UploadStore } from "../hosts/node/cloud/upload-store.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const part = { id: "44444444-dddd-4ddd-8ddd-000000000004", secret: "store-secret", config: { components: [] } };

function upload(componentName: string, readings: Array<[atMs: number, data: JsonObject]>): PartialMessage<DataCaptureUploadRequest> {
  return {
    metadata: { partId: part.id, componentType: "rdk:component:board", componentName, methodName: "Analogs", type: 2 },
    sensorContents: readings.map(([atMs, data]) => ({
      metadata: { timeRequested: Timestamp.fromDate(new Date(atMs)) },
      data: { case: "struct", value: Struct.fromJson(data) },
    })),
  };
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const children = new Set<ChildProcess>();

function cli(args: string[], onStdout?: (text: string, child: ChildProcess) => void): Promise<Run> {
  const child = spawn(process.execPath, ["--import", "tsx", "hosts/node/cloud/cli.ts", ...args], { cwd: root });
  children.add(child);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    onStdout?.(stdout, child);
  });
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    child.on("close", (code) => {
      children.delete(child);
      resolve({ code, stdout, stderr });
    });
  });
}

describe("local cloud storage", () => {
  let dir: string;
  const open: Array<CloudClients | LocalCloud> = [];

  before(() => {
    dir = mkdtempSync(join(tmpdir(), "local-cloud-"));
  });
  after(async () => {
    for (const child of children) child.kill("SIGKILL");
    for (const item of open) await item.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const login = async (cloud: LocalCloud) => {
    const clients = await cloudClients(cloud.url, "grpc-web");
    open.push(clients);
    return { dataSync: clients.dataSync, headers: await clients.login(part.id, part.secret) };
  };

  it("writes every acknowledged batch to the database file, which a restarted cloud reopens", async () => {
    const dbPath = join(dir, "restart", "uploads.sqlite");
    const first = await startLocalCloud({ parts: [part], dbPath });
    open.push(first);
    assert.ok(existsSync(dbPath), "the database exists before the first upload");
    const { dataSync, headers } = await login(first);
    await dataSync.dataCaptureUpload(upload("light", [[1_700_000_000_000, { value: 1 }], [1_700_000_000_100, { value: 2 }]]), {
      headers,
    });

    const onDisk = await UploadStore.open(dbPath);
    assert.deepEqual(
      onDisk.uploads().map((row) => row.data),
      [{ value: 1 }, { value: 2 }],
      "acknowledged means already on disk",
    );
    await onDisk.close();
    assert.deepEqual(readdirSync(join(dir, "restart")), ["uploads.sqlite"], "no temporary file is left behind");
    await first.close();

    const second = await startLocalCloud({ parts: [part], dbPath });
    open.push(second);
    const again = await login(second);
    await again.dataSync.dataCaptureUpload(upload("light", [[1_700_000_000_200, { value: 3 }]]), { headers: again.headers });
    const rows = second.uploads();
    assert.deepEqual(rows.map((row) => row.data), [{ value: 1 }, { value: 2 }, { value: 3 }]);
    assert.ok(rows[2]!.batchId > rows[0]!.batchId, "batch ids keep increasing across restarts");
  });

  it("keeps uploads in memory only when no database path is given", async () => {
    const cloud = await startLocalCloud({ parts: [part] });
    open.push(cloud);
    const { dataSync, headers } = await login(cloud);
    await dataSync.dataCaptureUpload(upload("memory", [[1, { value: 1 }]]), { headers });
    assert.equal(cloud.uploads().length, 1);
  });

  it("counts a reading seen again (same source, time and data) as a duplicate", async () => {
    const cloud = await startLocalCloud({ parts: [part] });
    open.push(cloud);
    const { dataSync, headers } = await login(cloud);
    const batch = upload("flow", [
      [1_700_000_000_000, { value: 5, nested: { a: 1, b: 2 } }],
      [1_700_000_001_000, { value: 6 }],
    ]);
    await dataSync.dataCaptureUpload(batch, { headers });
    await dataSync.dataCaptureUpload(batch, { headers });
    await dataSync.dataCaptureUpload(
      upload("flow", [
        [1_700_000_000_000, { nested: { b: 2, a: 1 }, value: 5 }],
        [1_700_000_000_000, { value: 7 }],
        [1_700_000_002_000, { value: 6 }],
      ]),
      { headers },
    );
    await dataSync.dataCaptureUpload(upload("other", [[1_700_000_000_000, { value: 5 }]]), { headers });
    assert.equal(cloud.duplicates(), 3);
    assert.equal(cloud.duplicates({ componentName: "other" }), 0);
    assert.deepEqual(
      cloud.counts().map(({ componentName, count, duplicates }) => [componentName, count, duplicates]),
      [
        ["flow", 7, 3],
        ["other", 1, 0],
      ],
    );
  });

  it("query prints counts per part/component/method and the latest records", async () => {
    const dbPath = join(dir, "query.sqlite");
    const cloud = await startLocalCloud({ parts: [part], dbPath });
    open.push(cloud);
    const { dataSync, headers } = await login(cloud);
    await dataSync.dataCaptureUpload(upload("light", [[1_000, { value: 1 }], [2_000, { value: 2 }], [3_000, { value: 3 }]]), {
      headers,
    });
    await dataSync.dataCaptureUpload(upload("light", [[3_000, { value: 3 }]]), { headers });
    await dataSync.dataCaptureUpload(upload("thermo", [[1_000, { value: 9 }]]), { headers });
    await cloud.close();

    const json = await queryReport({ dbPath, componentName: "light", limit: 2, json: true });
    const result = JSON.parse(json) as {
      readings: number;
      duplicates: number;
      counts: Array<{ componentName: string; count: number }>;
      latest: Array<{ timeRequestedMs: number; data: unknown }>;
    };
    assert.equal(result.readings, 4);
    assert.equal(result.duplicates, 1);
    assert.deepEqual(result.counts.map((count) => [count.componentName, count.count]), [["light", 4]]);
    assert.deepEqual(
      result.latest.map((row) => [row.timeRequestedMs, row.data]),
      [
        [3_000, { value: 3 }],
        [3_000, { value: 3 }],
      ],
    );

    const text = await cli(["query", "--db", dbPath]);
    assert.equal(text.code, 0, text.stderr);
    const lines = text.stdout.split("\n");
    assert.equal(lines[0], `${dbPath}: 5 readings stored, 1 duplicates`);
    assert.match(lines[2] ?? "", /^part\s+component\s+method\s+readings\s+duplicates$/);
    assert.match(lines[3] ?? "", new RegExp(`^${part.id}\\s+rdk:component:board/light\\s+Analogs\\s+4\\s+1$`));
    assert.match(lines[4] ?? "", new RegExp(`^${part.id}\\s+rdk:component:board/thermo\\s+Analogs\\s+1\\s+0$`));
    assert.equal(lines[6], "latest 5:");
    assert.deepEqual((JSON.parse(lines[11] ?? "") as { data: unknown }).data, { value: 9 });
  });

  it("query names a missing database instead of printing an empty one", async () => {
    const missing = join(dir, "missing.sqlite");
    await assert.rejects(queryReport({ dbPath: missing, limit: 10, json: false }), {
      message: `no local cloud database at ${missing} (start one with: npm run cloud -- serve --db ${missing})`,
    });
    assert.equal(existsSync(missing), false);
  });

  it("serve runs a cloud for the parts file until SIGTERM, then exits cleanly", async () => {
    const dbPath = join(dir, "served.sqlite");
    const partsFile = join(dir, "parts.json");
    const credentialsFile = join(dir, "credentials.json");
    writeFileSync(join(dir, "machine.json"), JSON.stringify({ components: [{ name: "s", type: "sensor", model: "fake" }] }));
    writeFileSync(partsFile, JSON.stringify([{ id: part.id, secret: part.secret, config: "machine.json" }]));

    let served: ((url: string) => void) | undefined;
    const listening = new Promise<string>((resolve) => (served = resolve));
    let server: ChildProcess | undefined;
    const exited = cli(
      ["serve", "--port", "0", "--db", dbPath, "--parts", partsFile, "--credentials-out", credentialsFile],
      (stdout, child) => {
        server = child;
        const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1];
        if (url && /credentials for part/.test(stdout)) served?.(url);
      },
    );
    const url = await Promise.race([listening, exited.then((run) => assert.fail(`serve exited: ${run.stderr}`))]);

    const credentials = JSON.parse(readFileSync(credentialsFile, "utf8")) as { cloud: { id: string; secret: string; app_address: string } };
    assert.deepEqual(credentials, { cloud: { id: part.id, secret: part.secret, app_address: url } });
    const clients = await cloudClients(url, "grpc");
    open.push(clients);
    const headers = await clients.login(part.id, part.secret);
    const { config } = await clients.appRobot.config({ id: part.id }, { headers });
    assert.deepEqual(config?.components.map((component) => component.name), ["s"]);
    await clients.dataSync.dataCaptureUpload(upload("served", [[1, { value: 1 }]]), { headers });
    clients.close();

    server?.kill("SIGTERM");
    const run = await exited;
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /DataCaptureUpload: part "44444444-dddd-4ddd-8ddd-000000000004" rdk:component:board\/served/);
    assert.match(run.stdout, /local cloud stopped/);
    assert.doesNotMatch(run.stdout.replace(/credentials for part[^\n]*/, ""), new RegExp(part.secret));
    const onDisk = await UploadStore.open(dbPath);
    assert.deepEqual(onDisk.uploads().map((row) => row.componentName), ["served"]);
    await onDisk.close();
  });
});
