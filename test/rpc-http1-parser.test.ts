import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { HttpError, type HttpFailure } from "../src/rpc/http1-error.ts";
import { encodeRequestHead } from "../src/rpc/http1-request.ts";
import { Http1ResponseParser, type Http1Response } from "../src/rpc/http1-response-parser.ts";

const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const text = (data: Uint8Array) => String.fromCharCode(...data);
const limits = { maxHeaderBytes: 1024, maxBodyBytes: 4096 };

function parseWhole(input: string, options = limits): Http1Response | undefined {
  return new Http1ResponseParser(options).push(bytes(input));
}

/** Feeds the response in three pieces for every pair of cut points; every split must give the same result. */
function parseEverySplit(input: string): Http1Response {
  const data = bytes(input);
  let first: Http1Response | undefined;
  for (let a = 0; a <= data.length; a++) {
    for (let b = a; b <= data.length; b += 3) {
      const parser = new Http1ResponseParser(limits);
      const results = [parser.push(data.subarray(0, a)), parser.push(data.subarray(a, b)), parser.push(data.subarray(b))];
      const done = results.filter((r) => r !== undefined);
      assert.equal(done.length, 1, `split at ${a},${b}`);
      if (!first) first = done[0];
      else assert.deepEqual(done[0], first, `split at ${a},${b}`);
    }
  }
  return first as Http1Response;
}

function failsWith(failure: HttpFailure, run: () => unknown): void {
  assert.throws(run, (error: unknown) => error instanceof HttpError && error.failure === failure);
}

describe("HTTP/1.1 response parser", () => {
  it("reads a content-length body, whatever the read boundaries", () => {
    const response = parseEverySplit("HTTP/1.1 200 OK\r\nContent-Type: application/grpc-web+proto\r\nContent-Length: 5\r\n\r\nhello");
    assert.equal(response.status, 200);
    assert.equal(response.reason, "OK");
    assert.equal(response.headers.get("content-type"), "application/grpc-web+proto");
    assert.equal(text(response.body), "hello");
    assert.equal(response.keepAlive, true);
    assert.equal(response.closeDelimited, false);
  });

  it("reads chunked bodies with chunk extensions and trailers, whatever the read boundaries", () => {
    const response = parseEverySplit(
      "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n" +
        "3;name=value;x\r\nabc\r\n" +
        "A \r\n0123456789\r\n" +
        "1;ext=\"quoted\"\r\n!\r\n" +
        "0;last\r\nGrpc-Status: 0\r\nx-trailer: t\r\n\r\n",
    );
    assert.equal(text(response.body), "abc0123456789!");
    assert.equal(response.trailers.get("grpc-status"), "0");
    assert.equal(response.trailers.get("x-trailer"), "t");
    assert.equal(response.keepAlive, true);
  });

  it("accepts bare LF line endings", () => {
    const response = parseWhole("HTTP/1.1 200 OK\ncontent-length: 2\n\nhi");
    assert.equal(text(response?.body ?? new Uint8Array()), "hi");
  });

  it("joins repeated headers and matches names case-insensitively", () => {
    const response = parseWhole("HTTP/1.1 200 OK\r\nX-A: 1\r\nx-a: 2\r\nContent-Length: 0\r\n\r\n");
    assert.equal(response?.headers.get("x-a"), "1, 2");
  });

  it("skips interim 1xx responses", () => {
    const response = parseWhole("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\ncontent-length: 1\r\n\r\nx");
    assert.equal(response?.status, 200);
    assert.equal(text(response?.body ?? new Uint8Array()), "x");
  });

  it("expects no body after 204, 304 or a HEAD request", () => {
    assert.equal(parseWhole("HTTP/1.1 204 No Content\r\ncontent-length: 10\r\n\r\n")?.body.length, 0);
    assert.equal(parseWhole("HTTP/1.1 304 Not Modified\r\n\r\n")?.body.length, 0);
    const head = new Http1ResponseParser({ ...limits, headRequest: true }).push(bytes("HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\n"));
    assert.equal(head?.body.length, 0);
  });

  it("reads a body without a length until the connection closes, and never reuses that connection", () => {
    const parser = new Http1ResponseParser(limits);
    assert.equal(parser.push(bytes("HTTP/1.1 200 OK\r\n\r\npart one ")), undefined);
    assert.equal(parser.push(bytes("part two")), undefined);
    const response = parser.end();
    assert.equal(text(response.body), "part one part two");
    assert.equal(response.closeDelimited, true);
    assert.equal(response.keepAlive, false);
  });

  it("reports a response cut short by the connection closing", () => {
    const parser = new Http1ResponseParser(limits);
    failsWith("closed", () => parser.end());
    parser.push(bytes("HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\nabc"));
    failsWith("closed", () => parser.end());
    const chunked = new Http1ResponseParser(limits);
    chunked.push(bytes("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n5\r\nabc"));
    failsWith("closed", () => chunked.end());
  });

  it("decides keep-alive from the version and the connection header", () => {
    assert.equal(parseWhole("HTTP/1.1 200 OK\r\nConnection: close\r\ncontent-length: 0\r\n\r\n")?.keepAlive, false);
    assert.equal(parseWhole("HTTP/1.0 200 OK\r\ncontent-length: 0\r\n\r\n")?.keepAlive, false);
    assert.equal(parseWhole("HTTP/1.0 200 OK\r\nconnection: Keep-Alive\r\ncontent-length: 0\r\n\r\n")?.keepAlive, true);
    // Bytes after a complete response mean the peer and we disagree about framing.
    assert.equal(parseWhole("HTTP/1.1 200 OK\r\ncontent-length: 1\r\n\r\nxy")?.keepAlive, false);
  });

  it("refuses header blocks over the limit, even while no line end has arrived", () => {
    failsWith("too-large", () => parseWhole(`HTTP/1.1 200 OK\r\nx-big: ${"a".repeat(2000)}\r\n\r\n`));
    const parser = new Http1ResponseParser(limits);
    parser.push(bytes("HTTP/1.1 200 OK\r\nx-big: "));
    failsWith("too-large", () => {
      for (let i = 0; i < 100; i++) parser.push(bytes("a".repeat(100)));
    });
    failsWith("too-large", () => parseWhole(`HTTP/1.1 200 OK\r\n${"x: y\r\n".repeat(200)}\r\n`));
  });

  it("refuses bodies over the limit before reading them", () => {
    failsWith("too-large", () => parseWhole("HTTP/1.1 200 OK\r\ncontent-length: 4097\r\n\r\n"));
    failsWith("too-large", () => parseWhole("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n800\r\n" + "a".repeat(2048) + "\r\n801\r\n"));
    const parser = new Http1ResponseParser(limits);
    parser.push(bytes("HTTP/1.1 200 OK\r\n\r\n"));
    failsWith("too-large", () => parser.push(new Uint8Array(4097)));
  });

  it("refuses what is not HTTP/1.x", () => {
    failsWith("malformed", () => parseWhole("SSH-2.0-OpenSSH\r\n"));
    failsWith("malformed", () => parseWhole("HTTP/1.1 200 OK\r\nbad header\r\n\r\n"));
    failsWith("malformed", () => parseWhole("HTTP/1.1 200 OK\r\n folded: x\r\n\r\n"));
    failsWith("malformed", () => parseWhole("HTTP/1.1 200 OK\r\ncontent-length: 1, 2\r\n\r\n"));
    failsWith("malformed", () => parseWhole("HTTP/1.1 200 OK\r\ncontent-length: -1\r\n\r\n"));
    failsWith("malformed", () => parseWhole("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n"));
    failsWith("malformed", () => parseWhole("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n1\r\nabc\r\n"));
    failsWith("malformed", () => parseWhole(`HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n1;${"e".repeat(2000)}`));
    failsWith("malformed", () => parseWhole("HTTP/1.1 101 Switching Protocols\r\n\r\n"));
  });
});

describe("HTTP/1.1 request head", () => {
  it("writes the request line, host, headers and content-length", () => {
    const head = encodeRequestHead({
      method: "POST",
      path: "/svc/Method",
      authority: "example.com:8080",
      headers: { "x-grpc-web": "1" },
      bodyLength: 12,
    });
    assert.equal(text(head), "POST /svc/Method HTTP/1.1\r\nhost: example.com:8080\r\nx-grpc-web: 1\r\ncontent-length: 12\r\n\r\n");
  });

  it("refuses anything that could smuggle a second request, without echoing header values", () => {
    const base = { method: "POST", path: "/a", authority: "h", headers: {} };
    assert.throws(() => encodeRequestHead({ ...base, path: "/a b" }), TypeError);
    assert.throws(() => encodeRequestHead({ ...base, method: "PO ST" }), TypeError);
    assert.throws(() => encodeRequestHead({ ...base, headers: { "bad name": "x" } }), TypeError);
    assert.throws(() => encodeRequestHead({ ...base, headers: { "content-length": "5" } }), TypeError);
    assert.throws(
      () => encodeRequestHead({ ...base, headers: { authorization: "Bearer s3cret\r\nx: y" } }),
      (error: unknown) => error instanceof TypeError && !error.message.includes("s3cret"),
    );
  });
});
