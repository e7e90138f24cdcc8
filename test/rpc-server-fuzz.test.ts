// Fuzzing a live server with a seeded PRNG: random HTTP/2 frames, mutations of recorded real exchanges
// (test/fixtures/h2-exchanges.json: @grpc/grpc-js and nghttp), valid calls with random or mutated gRPC
// bodies, and mutated gRPC-web requests over HTTP/1.1 (the cases and their runner are in
// rpc-server-fuzz-cases.ts, shared with the longer run in bench/server-fuzz.ts). Each case must end in
// bounded time with an answer or a close; the server must never log an internal error, never hold more
// than its limits allow per connection, and still serve a real client afterwards.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { assertStillServes, fuzzServer } from "./rpc-server-fuzz-cases.ts";
import { startServer, type TestServer } from "./rpc-server-harness.ts";

const SEED = 0x5eed_2024;

describe("fuzzing the server", () => {
  let t: TestServer;
  // Room for every concurrent case, so that none is merely refused as one connection too many.
  const concurrency = 8;
  before(async () => {
    t = await startServer({ limits: { maxConnections: concurrency + 2 } });
  });
  after(() => t.close());

  it("survives at least 10,000 random and mutated frames and bodies", async (context) => {
    const { cases, frames, grpcWebRequests, answered } = await fuzzServer(t.port, {
      seed: SEED,
      concurrency,
      enough: (totals) => totals.frames >= 10_000,
      check: () => assertStillServes(t),
      checkEvery: 400,
      onHang: "fail",
    });
    const stats = t.server.stats();
    context.diagnostic(`${cases} cases, ${frames} HTTP/2 frames, ${grpcWebRequests} gRPC-web requests: ${JSON.stringify(stats)}`);
    assert.ok(frames >= 10_000);
    assert.equal(stats.rejected, 0);
    assert.ok(grpcWebRequests > 100, `${grpcWebRequests} gRPC-web cases`);
    assert.ok(answered > cases * 0.9, `${answered} of ${cases} cases got bytes back before the close`);
    assert.ok(stats.connectionErrors > 100, "the cases reached the protocol checks");
    assert.ok(stats.calls > 100, "the cases reached the service");
    assert.ok(
      stats.peakConnectionBufferedBytes <= stats.connectionBufferLimit,
      `a connection held ${stats.peakConnectionBufferedBytes} octets; the limit is ${stats.connectionBufferLimit}`,
    );
    await assertStillServes(t);
    assert.equal(t.server.stats().connections, 0);
    assert.equal(t.server.stats().bufferedBytes, 0);
  });
});
