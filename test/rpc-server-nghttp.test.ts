// nghttp2's own clients (Debian package nghttp2-client) against the server: `nghttp` speaking h2c with
// prior knowledge, Huffman-coded headers and PRIORITY frames included, and `h2load` running many
// calls over several connections. The binaries must be installed: without them this test fails.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, afterEach, describe, it } from "node:test";
import { startServer, type TestServer } from "./rpc-server-harness.ts";

const dir = mkdtempSync(join(tmpdir(), "nghttp-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const servers: TestServer[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { encoding: "latin1", timeout: 20_000 }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === "ENOENT") {
        reject(new Error(`${command} is not installed: apt-get install -y nghttp2-client`));
      } else if (error) reject(new Error(`${command} failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve(stdout + stderr);
    });
  });
}

function requestFile(text: string): string {
  const payload = Buffer.from(text);
  const file = join(dir, `request-${payload.length}-${servers.length}.bin`);
  writeFileSync(file, Buffer.concat([Buffer.from([0, 0, 0, 0, payload.length]), payload]));
  return file;
}

async function serve(): Promise<TestServer> {
  const t = await startServer();
  servers.push(t);
  return t;
}

const grpcHeaders = ["-H", "content-type: application/grpc", "-H", "te: trailers"];

describe("nghttp", () => {
  it("makes a unary call over h2c with prior knowledge", async () => {
    const t = await serve();
    const out = await run("nghttp", ["-v", ...grpcHeaders, "-d", requestFile("hello board"), `http://127.0.0.1:${t.port}/test.Echo/Echo`]);
    assert.match(out, /recv \(stream_id=\d+\) :status: 200/);
    assert.match(out, /recv \(stream_id=\d+\) content-type: application\/grpc/);
    assert.match(out, /recv \(stream_id=\d+\) grpc-status: 0/);
    assert.ok(out.includes("\0\0\0\0\x0bhello board"), "the echoed message, framed");
    assert.match(out, /recv HEADERS frame <length=\d+, flags=0x05/, "trailers end the stream");
    assert.equal(Buffer.from(t.service.calls[0].request).toString(), "hello board");
    assert.equal(t.service.calls[0].context.metadata.get("user-agent")?.startsWith("nghttp2/"), true);
  });

  it("gets the status of a failing call in trailers-only form", async () => {
    const t = await serve();
    const out = await run("nghttp", ["-v", ...grpcHeaders, "-d", requestFile("no such sensor"), `http://127.0.0.1:${t.port}/test.Echo/Fail`]);
    assert.match(out, /grpc-status: 5/);
    assert.match(out, /grpc-message: no such sensor/);
  });

  it("gets REFUSED_STREAM for the requests beyond MAX_CONCURRENT_STREAMS it sent before our SETTINGS", async () => {
    const t = await serve();
    const urls = Array.from({ length: 7 }, (_, i) => `http://127.0.0.1:${t.port}/test.Echo/Echo?n=${i}`);
    const out = await run("nghttp", ["-v", ...grpcHeaders, "-d", requestFile("many"), ...urls]);
    // nghttp opens all seven streams at once, before it has seen the limit of four.
    assert.equal(out.match(/grpc-status: 0/g)?.length, 4);
    assert.equal(out.match(/recv RST_STREAM frame[^\n]*\n\s*\(error_code=REFUSED_STREAM/g)?.length, 3);
    assert.equal(t.server.stats().accepted, 1);
    assert.equal(t.server.stats().refusedStreams, 3);
  });
});

describe("h2load", () => {
  it("completes every call of a small load run", async () => {
    const t = await serve();
    const url = `http://127.0.0.1:${t.port}/test.Echo/Echo`;
    const out = await run("h2load", ["-n", "200", "-c", "3", "-m", "4", ...grpcHeaders, "-d", requestFile("load"), url]);
    assert.match(out, /requests: 200 total, 200 started, 200 done, 200 succeeded, 0 failed, 0 errored/);
    assert.match(out, /status codes: 200 2xx/);
    assert.equal(t.server.stats().calls, 200);
  });
});
