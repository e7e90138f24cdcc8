// The server fuzz, shared by test/rpc-server-fuzz.test.ts (about 10,000 frames) and
// bench/server-fuzz.ts (a much longer run): a seeded case generator (random HTTP/2 frames, mutations
// of recorded real exchanges in test/fixtures/h2-exchanges.json from @grpc/grpc-js and nghttp, valid
// calls with random or mutated gRPC bodies, mutated gRPC-web requests over HTTP/1.1), the per-case
// runner over a real socket, and the loop that sends cases in concurrent batches against a TestServer.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import net from "node:net";
import * as grpc from "@grpc/grpc-js";
import { Flag, FrameType, PREFACE, Setting, encodeFrame, encodeSettings } from "../src/rpc/http2/frame.ts";
import { HpackEncoder } from "../src/rpc/http2/hpack-encoder.ts";
import { RawH2, unframe, type TestServer } from "./rpc-server-harness.ts";
import { concatBytes } from "../src/data/bytes.ts";
import { seededRandom } from "./seeded-random.ts";

const CASE_TIMEOUT_MS = 3000;
/** How many hung cases a run keeps the bytes of, for the report. */
const HUNG_KEPT = 5;

/** Seeded, so that a failing case names the seed that reproduces it. */
function prng(seed: number) {
  const next = seededRandom(seed);
  const int = (n: number) => Math.floor(next() * n);
  return {
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)],
    chance: (p: number) => next() < p,
    bytes: (n: number) => Uint8Array.from({ length: n }, () => int(256)),
  };
}

type Random = ReturnType<typeof prng>;

const fixtures = JSON.parse(readFileSync(new URL("./fixtures/h2-exchanges.json", import.meta.url), "utf8")) as Record<
  string,
  { client: string }
>;
const PREFACE_BYTES = new Uint8Array(Buffer.from(PREFACE, "latin1"));
/** The recorded client bytes after the preface: real frames from real peers. */
const recorded = Object.values(fixtures).map((fixture) => new Uint8Array(Buffer.from(fixture.client, "hex")).subarray(PREFACE.length));

/** Splits a recorded byte stream into its frames (they are well-formed). */
function splitFrames(bytes: Uint8Array): Uint8Array[] {
  const frames: Uint8Array[] = [];
  for (let at = 0; at + 9 <= bytes.length; ) {
    const length = (bytes[at] << 16) | (bytes[at + 1] << 8) | bytes[at + 2];
    frames.push(bytes.subarray(at, at + 9 + length));
    at += 9 + length;
  }
  return frames;
}
const recordedFrames = recorded.map(splitFrames);

function grpcBody(message: Uint8Array, flags = 0): Uint8Array {
  const body = new Uint8Array(5 + message.length);
  body[0] = flags;
  new DataView(body.buffer).setUint32(1, message.length);
  body.set(message, 5);
  return body;
}

/** Flips, overwrites, inserts, deletes, duplicates or truncates, a few times. */
function mutate(random: Random, input: Uint8Array): Uint8Array {
  let bytes: Uint8Array = input.slice();
  for (let n = 1 + random.int(4); n > 0; n--) {
    const at = random.int(bytes.length + 1);
    switch (random.int(7)) {
      case 0:
        if (bytes.length > 0) bytes[Math.min(at, bytes.length - 1)] ^= 1 << random.int(8);
        break;
      case 1:
        if (bytes.length > 0) bytes[Math.min(at, bytes.length - 1)] = random.pick([0, 0xff, 0x7f, 0x80, random.int(256)]);
        break;
      case 2:
        bytes = concatBytes([bytes.subarray(0, at), random.bytes(1 + random.int(16)), bytes.subarray(at)]);
        break;
      case 3:
        bytes = concatBytes([bytes.subarray(0, at), bytes.subarray(Math.min(bytes.length, at + 1 + random.int(16)))]);
        break;
      case 4: {
        const from = random.int(bytes.length + 1);
        bytes = concatBytes([bytes.subarray(0, at), bytes.subarray(from, from + random.int(64)), bytes.subarray(at)]);
        break;
      }
      case 5:
        bytes = bytes.subarray(0, at);
        break;
      default:
        // A frame length field (the first 3 octets of some frame) set to something odd.
        if (bytes.length >= 3) bytes.set([0, random.int(256), random.int(256)], Math.min(at, bytes.length - 3));
    }
  }
  return bytes;
}

const FRAME_TYPES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0xff];
const STREAM_IDS = [0, 1, 2, 3, 5, 7, 9, 0x7fffffff, 0xffffffff];

function randomFrame(random: Random): Uint8Array {
  const size = random.pick([0, 1, 4, 5, 6, 8, 9, 12, 20, 64, 300, 16384, 16385]);
  const flags = random.chance(0.5) ? random.int(256) : random.pick([0, Flag.END_STREAM, Flag.END_HEADERS, Flag.END_HEADERS | Flag.END_STREAM, Flag.PADDED]);
  return encodeFrame(random.pick(FRAME_TYPES), flags, random.pick(STREAM_IDS) >>> 0, random.bytes(size));
}

function callHeaders(random: Random, encoder: HpackEncoder, streamId: number, path: string): Uint8Array {
  const fields: Array<[string, string]> = [
    [":method", "POST"],
    [":scheme", "http"],
    [":path", path],
    [":authority", "board"],
    ["content-type", random.pick(["application/grpc", "application/grpc+proto", "application/grpc-web", "text/plain"])],
  ];
  if (random.chance(0.3)) fields.push(["grpc-timeout", random.pick(["1S", "100m", "99999999H", "x", "5n"])]);
  if (random.chance(0.3)) fields.push(["authorization", `Bearer ${Buffer.from(random.bytes(12)).toString("base64")}`]);
  return encodeFrame(FrameType.HEADERS, Flag.END_HEADERS, streamId, encoder.encode(fields));
}

/** One HTTP/2 case: the frames after the preface and SETTINGS. */
function h2Case(random: Random, encoder: HpackEncoder): Uint8Array {
  switch (random.int(5)) {
    case 0:
      return concatBytes(Array.from({ length: 1 + random.int(8) }, () => randomFrame(random)));
    case 1:
      return mutate(random, recorded[random.int(recorded.length)]);
    case 2: {
      // Recorded frames, some replaced by random ones or mutated.
      const frames = recordedFrames[random.int(recordedFrames.length)].map((frame) =>
        random.chance(0.2) ? randomFrame(random) : random.chance(0.2) ? mutate(random, frame) : frame,
      );
      return concatBytes(frames);
    }
    case 3: {
      // A well-formed call whose gRPC body is random or mutated.
      const message = random.bytes(random.int(64));
      const body = random.pick([
        () => grpcBody(message),
        () => mutate(random, grpcBody(message)),
        () => grpcBody(message, random.int(256)),
        () => random.bytes(random.int(40)),
        () => concatBytes([grpcBody(message), grpcBody(message)]),
        () => grpcBody(random.bytes(17_000)).subarray(0, 16_000),
      ])();
      const path = random.pick(["/test.Echo/Echo", "/test.Echo/Fail", "/test.Echo/Throw", "/x.Y/Z", "/", "*"]);
      const frames = [callHeaders(random, encoder, 1, path)];
      for (let at = 0; at < body.length || at === 0; at += 16_000) {
        const end = at + 16_000 >= body.length;
        frames.push(encodeFrame(FrameType.DATA, end ? Flag.END_STREAM : 0, 1, body.subarray(at, at + 16_000)));
        if (end) break;
      }
      return concatBytes(frames);
    }
    default: {
      // Valid headers with a corrupted HPACK block.
      const headers = callHeaders(random, encoder, 1, "/test.Echo/Echo");
      const block = mutate(random, headers.subarray(9));
      return concatBytes([encodeFrame(FrameType.HEADERS, random.pick([Flag.END_HEADERS, Flag.END_HEADERS | Flag.END_STREAM, 0]), 1, block)]);
    }
  }
}

function grpcWebRequest(random: Random): Uint8Array {
  const body = grpcBody(random.bytes(random.int(48)));
  const chunked = random.chance(0.3);
  const head =
    `POST /test.Echo/${random.pick(["Echo", "Fail", "Nope"])} HTTP/1.1\r\nhost: board\r\n` +
    `content-type: application/grpc-web+proto\r\nx-grpc-web: 1\r\n` +
    (chunked ? "transfer-encoding: chunked\r\n\r\n" : `content-length: ${body.length}\r\n\r\n`);
  const payload = chunked ? concatBytes([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from("\r\n0\r\n\r\n")]) : body;
  return concatBytes([Buffer.from(head), payload]);
}

export interface FuzzCase {
  bytes: Uint8Array;
  /** HTTP/2 (after the preface and SETTINGS) or else one HTTP/1.1 gRPC-web request. */
  h2: boolean;
  /** HTTP/2 frames in the case (a mutation too short for a frame counts as one); 0 for gRPC-web. */
  frames: number;
}

/** The cases of one seed, always the same sequence. The HPACK encoder belongs to the sequence, since
 *  its dynamic table shapes the bytes of every later header block. */
export function fuzzCases(seed: number): () => FuzzCase {
  const random = prng(seed);
  const encoder = new HpackEncoder();
  return () => {
    if (random.chance(0.15)) {
      const request = grpcWebRequest(random);
      return { bytes: random.chance(0.7) ? mutate(random, request) : request, h2: false, frames: 0 };
    }
    const bytes = h2Case(random, encoder);
    return { bytes, h2: true, frames: splitFrames(bytes).length || 1 };
  };
}

/** Sends one case and waits, within CASE_TIMEOUT_MS, for the connection to close. Over HTTP/2 the case
 *  ends with a PING (to see whether the server still answers) and then zeros, which complete any frame
 *  the case left open and then are DATA on stream 0: a protocol error, so the server must close.
 *  `closed` is false when the time ran out (the socket is then destroyed from this side). */
export function runCase(port: number, fuzzCase: FuzzCase): Promise<{ answered: boolean; closed: boolean }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let received = Buffer.alloc(0);
    let closed = true;
    const timer = setTimeout(() => {
      closed = false;
      socket.destroy();
    }, CASE_TIMEOUT_MS);
    socket.on("error", () => {});
    socket.on("data", (chunk) => (received = Buffer.concat([received, chunk]).subarray(-64 * 1024)));
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ answered: received.length > 0, closed });
    });
    if (fuzzCase.h2) {
      socket.write(concatBytes([PREFACE_BYTES, encodeSettings([[Setting.INITIAL_WINDOW_SIZE, 1 << 20]])]));
      socket.write(fuzzCase.bytes);
      socket.write(encodeFrame(FrameType.PING, 0, 0, new Uint8Array(8)));
      socket.write(new Uint8Array(16_384 + 18));
    } else {
      socket.write(fuzzCase.bytes);
      socket.end();
    }
  });
}

export interface FuzzTotals {
  cases: number;
  /** HTTP/2 frames sent, over all HTTP/2 cases. */
  frames: number;
  grpcWebRequests: number;
  /** Cases that got bytes back before the close. */
  answered: number;
  /** Cases whose connection closed within CASE_TIMEOUT_MS. */
  closed: number;
  /** The first bytes (hex) of the first few cases that hung. */
  hung: string[];
}

export interface FuzzRunOptions {
  seed: number;
  /** Cases in flight at once; the server's maxConnections must leave room for them and the checks. */
  concurrency: number;
  /** Asked before each batch; the run ends once it says so. */
  enough: (totals: FuzzTotals) => boolean;
  /** Run after every `checkEvery` cases, to show that a real client is still served. */
  check: () => Promise<void>;
  checkEvery: number;
  /** "fail" ends the run with an error at the first hung case; "count" only counts it. */
  onHang: "fail" | "count";
}

/** Sends cases in batches of `concurrency` against the server on `port` until `enough`. */
export async function fuzzServer(port: number, options: FuzzRunOptions): Promise<FuzzTotals> {
  const next = fuzzCases(options.seed);
  const totals: FuzzTotals = { cases: 0, frames: 0, grpcWebRequests: 0, answered: 0, closed: 0, hung: [] };
  while (!options.enough(totals)) {
    const batch: FuzzCase[] = [];
    for (let i = 0; i < options.concurrency; i++) {
      const fuzzCase = next();
      batch.push(fuzzCase);
      totals.cases++;
      totals.frames += fuzzCase.frames;
      if (!fuzzCase.h2) totals.grpcWebRequests++;
    }
    const results = await Promise.all(batch.map((fuzzCase) => runCase(port, fuzzCase)));
    for (const [i, result] of results.entries()) {
      if (result.answered) totals.answered++;
      if (result.closed) {
        totals.closed++;
        continue;
      }
      const hex = Buffer.from(batch[i].bytes.subarray(0, 200)).toString("hex");
      if (options.onHang === "fail") throw new Error(`no answer or close within ${CASE_TIMEOUT_MS} ms for case ${hex}`);
      if (totals.hung.length < HUNG_KEPT) totals.hung.push(hex);
    }
    if (totals.cases % options.checkEvery < options.concurrency) await options.check();
  }
  return totals;
}

/** One call over a raw HTTP/2 peer and one through @grpc/grpc-js must both come back echoed; then
 *  waits until the server has let both connections go. */
export async function assertStillServes(t: TestServer): Promise<void> {
  const peer = new RawH2(t.port);
  try {
    peer.call(1, Buffer.from("still serving"));
    const { data } = await peer.response(1);
    assert.equal(Buffer.from(unframe(data)).toString(), "still serving");
  } finally {
    peer.close();
  }
  const client = new grpc.Client(`127.0.0.1:${t.port}`, grpc.credentials.createInsecure());
  try {
    const identity = (value: Buffer) => value;
    const answer = await new Promise<Buffer>((resolve, reject) =>
      client.makeUnaryRequest(
        "/test.Echo/Echo",
        identity,
        identity,
        Buffer.from("grpc-js"),
        // A server that stopped answering must fail the check, not stall it.
        { deadline: Date.now() + 5000 },
        (error, value) => (error ? reject(error) : resolve(value as Buffer)),
      ),
    );
    assert.equal(answer.toString(), "grpc-js");
  } finally {
    client.close();
  }
  const deadline = Date.now() + 2000;
  while (t.server.stats().connections > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
}
