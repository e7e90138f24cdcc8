// HPACK (RFC 7541): the Appendix C examples byte for byte, the Huffman code against headers that
// Node's own HTTP/2 stack (nghttp2) encodes, and every malformed block a COMPRESSION_ERROR.
import assert from "node:assert/strict";
import http2 from "node:http2";
import net from "node:net";
import { describe, it } from "node:test";
import { ErrorCode, Http2Error } from "../src/rpc/http2/errors.ts";
import { FrameReader } from "../src/rpc/http2/frame-reader.ts";
import { Flag, FrameType, PREFACE, stripPadding } from "../src/rpc/http2/frame.ts";
import { HpackDecoder } from "../src/rpc/http2/hpack-decoder.ts";
import { HpackEncoder } from "../src/rpc/http2/hpack-encoder.ts";
import { decodeHuffman, encodeHuffman, huffmanLength } from "../src/rpc/http2/huffman.ts";

const hex = (text: string) => Uint8Array.from(Buffer.from(text.replace(/\s+/g, ""), "hex"));
const toHex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const decoder = (maxTableSize = 4096) => new HpackDecoder({ maxTableSize, maxHeaderListSize: 64 * 1024 });
const compressionError = (error: unknown) => error instanceof Http2Error && error.code === ErrorCode.COMPRESSION_ERROR;

const REQUESTS = [
  [[":method", "GET"], [":scheme", "http"], [":path", "/"], [":authority", "www.example.com"]],
  [[":method", "GET"], [":scheme", "http"], [":path", "/"], [":authority", "www.example.com"], ["cache-control", "no-cache"]],
  [[":method", "GET"], [":scheme", "https"], [":path", "/index.html"], [":authority", "www.example.com"], ["custom-key", "custom-value"]],
];
const DATE1 = "Mon, 21 Oct 2013 20:13:21 GMT";
const LOCATION = "https://www.example.com";
const RESPONSES = [
  [[":status", "302"], ["cache-control", "private"], ["date", DATE1], ["location", LOCATION]],
  [[":status", "307"], ["cache-control", "private"], ["date", DATE1], ["location", LOCATION]],
  [
    [":status", "200"],
    ["cache-control", "private"],
    ["date", "Mon, 21 Oct 2013 20:13:22 GMT"],
    ["location", LOCATION],
    ["content-encoding", "gzip"],
    ["set-cookie", "foo=ASDJKHQKBZXOQWEOPIUAXQWEOIU; max-age=3600; version=1"],
  ],
];

describe("HPACK decoding: RFC 7541 Appendix C", () => {
  it("C.3: requests without Huffman coding share one dynamic table", () => {
    const d = decoder();
    const blocks = [
      "828684410f7777772e6578616d706c652e636f6d",
      "828684be58086e6f2d6361636865",
      "828785bf400a637573746f6d2d6b65790c637573746f6d2d76616c7565",
    ];
    const sizes = [57, 110, 164];
    blocks.forEach((block, i) => {
      assert.deepEqual(d.decode(hex(block)).fields, REQUESTS[i]);
      assert.equal(d.tableSize, sizes[i]);
    });
  });

  it("C.4: the same requests with Huffman coding", () => {
    const d = decoder();
    const blocks = [
      "828684418cf1e3c2e5f23a6ba0ab90f4ff",
      "828684be5886a8eb10649cbf",
      "828785bf408825a849e95ba97d7f8925a849e95bb8e8b4bf",
    ];
    blocks.forEach((block, i) => assert.deepEqual(d.decode(hex(block)).fields, REQUESTS[i]));
    assert.equal(d.tableSize, 164);
  });

  it("C.6: responses with Huffman coding evict from a 256-octet table", () => {
    const d = decoder(256);
    const blocks = [
      "488264025885aec3771a4b6196d07abe941054d444a8200595040b8166e082a62d1bff6e919d29ad171863c78f0b97c8e9ae82ae43d3",
      "4883640effc1c0bf",
      "88c16196d07abe941054d444a8200595040b8166e084a62d1bffc05a839bd9ab77ad94e7821dd7f2e6c7b335dfdfcd5b3960d5af27087f3672c1ab270fb5291f9587316065c003ed4ee5b1063d5007",
    ];
    const sizes = [222, 222, 215];
    blocks.forEach((block, i) => {
      assert.deepEqual(d.decode(hex(block)).fields, RESPONSES[i]);
      assert.equal(d.tableSize, sizes[i]);
    });
  });

  it("never-indexed literals decode and stay out of the table", () => {
    const d = decoder();
    // 0x10: never indexed, new name "password", value "secret".
    const block = hex("1008" + Buffer.from("password").toString("hex") + "06" + Buffer.from("secret").toString("hex"));
    assert.deepEqual(d.decode(block).fields, [["password", "secret"]]);
    assert.equal(d.tableSize, 0);
  });
});

describe("HPACK decoding: limits and malformed blocks", () => {
  it("keeps the table in step but stops collecting fields past the header list size", () => {
    const d = new HpackDecoder({ maxHeaderListSize: 100 });
    const big = "x".repeat(60);
    // Two literals with incremental indexing (0x40, new name) of 1 + 60 + 32 = 93 octets each.
    const field = "4001" + "61" + "3c" + Buffer.from(big).toString("hex");
    const result = d.decode(hex(field + field));
    assert.equal(result.oversize, true);
    assert.deepEqual(result.fields, [["a", big]]);
    assert.equal(d.tableSize, 186, "both entries were still added");
  });

  it("rejects a table size update above the SETTINGS value, and one after a field", () => {
    assert.throws(() => decoder(4096).decode(hex("3fe21f")), compressionError, "update to 4097");
    assert.throws(() => decoder().decode(hex("823f01")), compressionError);
    assert.doesNotThrow(() => decoder().decode(hex("3fe11f82")), "update to 4096 then a field");
  });

  it("demands a size update once a lower SETTINGS_HEADER_TABLE_SIZE took effect", () => {
    const d = decoder();
    d.decode(hex("828684410f7777772e6578616d706c652e636f6d"));
    d.setAllowedTableSize(0);
    assert.throws(() => d.decode(hex("82")), compressionError);
    const e = decoder();
    e.setAllowedTableSize(0);
    assert.deepEqual(e.decode(hex("2082")).fields, [[":method", "GET"]]);
  });

  for (const [name, block] of [
    ["index 0", "80"],
    ["an index past the tables", "be"],
    ["a truncated integer", "ff"],
    ["an integer beyond 2^31", "fffffffffff0"],
    ["zero continuation bytes forever", "ff808080808080808080"],
    ["a string longer than the block", "400a61"],
    ["Huffman padding of 8 bits", "40018161ff"],
    ["Huffman padding that is not all ones", "400181610f"],
    ["an EOS symbol inside a Huffman string", "400184ffffffff"],
  ] as const) {
    it(`rejects ${name}`, () => assert.throws(() => decoder().decode(hex(block)), compressionError));
  }
});

describe("Huffman code", () => {
  it("encodes the RFC's examples byte for byte", () => {
    for (const [text, coded] of [
      ["www.example.com", "f1e3c2e5f23a6ba0ab90f4ff"],
      ["no-cache", "a8eb10649cbf"],
      ["custom-key", "25a849e95ba97d7f"],
      ["private", "aec3771a4b"],
      [DATE1, "d07abe941054d444a8200595040b8166e082a62d1bff"],
    ]) {
      const out = new Uint8Array(huffmanLength(text));
      assert.equal(encodeHuffman(text, out, 0), out.length);
      assert.equal(toHex(out), coded);
      assert.equal(decodeHuffman(out, 0, out.length), text);
    }
  });

  it("decodes every octet as Node's nghttp2 encodes it", async () => {
    // Header values may hold tab, 0x20-0x7e and 0x80-0xff; nghttp2 Huffman-codes them when shorter,
    // which long runs of rare octets never are, so each octet is tested in a run of common letters.
    const allowed = [9, ...Array.from({ length: 0x5f }, (_, i) => 0x20 + i), ...Array.from({ length: 0x80 }, (_, i) => 0x80 + i)];
    const values = allowed.map((octet) => `aeiou${String.fromCharCode(octet)}aeiouaeiou`.trim() || "x");
    // Node sends at most 128 fields per request.
    let blockBytes = 0;
    let plainBytes = 0;
    for (let from = 0; from < values.length; from += 100) {
      const headers: Record<string, string> = {};
      for (let i = from; i < Math.min(from + 100, values.length); i++) headers[`x-v${i}`] = values[i];
      const [block] = await captureHeaderBlocks(headers);
      const fields = new Map(new HpackDecoder({ maxHeaderListSize: 1 << 20 }).decode(block).fields);
      for (const [name, value] of Object.entries(headers)) assert.equal(fields.get(name), value, `${name}: ${JSON.stringify(value)}`);
      blockBytes += block.length;
      for (const [name, value] of Object.entries(headers)) plainBytes += name.length + value.length + 2;
    }
    assert.ok(blockBytes < plainBytes, `plain literals would take at least ${plainBytes} octets, not ${blockBytes}: Huffman was used`);
  });
});

describe("HPACK encoding", () => {
  it("indexes static matches and Huffman-codes literals, which the decoder reads back", () => {
    const e = new HpackEncoder();
    const fields = [
      [":status", "200"],
      ["content-type", "application/grpc"],
      ["grpc-status", "0"],
      ["grpc-message", "100%25 ok"],
    ] as const;
    const block = e.encode(fields);
    assert.equal(block[0], 0x88, ":status 200 is static index 8");
    assert.deepEqual(decoder().decode(block).fields, fields);
  });

  it("announces a smaller peer table with a size update at the start of the next block", () => {
    const e = new HpackEncoder();
    e.setPeerTableSize(0);
    const block = e.encode([[":status", "200"]]);
    assert.equal(toHex(block), "2088");
    assert.equal(toHex(e.encode([[":status", "200"]])), "88");
  });
});

/** Connects Node's HTTP/2 client to a bare TCP server and returns the HEADERS/CONTINUATION blocks it sends. */
async function captureHeaderBlocks(headers: Record<string, string>): Promise<Uint8Array[]> {
  const blocks: Uint8Array[] = [];
  let done!: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const server = net.createServer((socket) => {
    const reader = new FrameReader({ maxFrameSize: 1 << 24 - 1 });
    let skipped = 0;
    let pending: Uint8Array[] = [];
    socket.on("data", (chunk: Buffer) => {
      let bytes = new Uint8Array(chunk);
      if (skipped < PREFACE.length) {
        const take = Math.min(PREFACE.length - skipped, bytes.length);
        skipped += take;
        bytes = bytes.subarray(take);
      }
      reader.push(bytes);
      for (let frame = reader.next(); frame; frame = reader.next()) {
        if (frame.type === FrameType.HEADERS || frame.type === FrameType.CONTINUATION) {
          pending.push(frame.type === FrameType.HEADERS ? stripPadding(frame).slice() : frame.payload.slice());
          if (frame.flags & Flag.END_HEADERS) {
            blocks.push(Buffer.concat(pending));
            pending = [];
            done();
          }
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  const client = http2.connect(`http://127.0.0.1:${port}`);
  client.on("error", () => {});
  const request = client.request({ ":method": "POST", ":path": "/x", ...headers });
  request.on("error", () => {});
  await finished;
  client.destroy();
  server.close();
  return blocks;
}
