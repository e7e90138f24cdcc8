import { test } from "node:test";
import assert from "node:assert/strict";
import { BlobKeyValue, type BufferStorage, type BufferStore } from "../hosts/esp32/blob-key-value.ts";
import { TickClock } from "../hosts/esp32/tick-clock.ts";
import { resolvingSocketClass, type OpenOptions, type Resolve } from "../hosts/moddable/resolving-socket.ts";
import { ROOT_CERTIFICATE_RESOURCE, tlsOpener, type ModdableTLSOptions } from "../hosts/esp32/tls-socket.ts";
import type { TCPSocket } from "../src/host.ts";

// The pieces of the ESP32 host that hold logic of their own are plain TypeScript, so they run here
// against stand-ins for Moddable's Time.ticks, NVS-backed key-value store, resolver and sockets.

function clockOver(readings: number[]): TickClock {
  let index = 0;
  return new TickClock({ ticks: () => readings[index++], wall: () => 1_700_000_000_000 });
}

test("monotonic time follows the tick counter from power-on", () => {
  const clock = clockOver([250, 1_250, 61_250]);
  assert.deepEqual([clock.monotonic(), clock.monotonic(), clock.monotonic()], [250, 1_250, 61_250]);
  assert.equal(clock.wall(), 1_700_000_000_000);
});

test("monotonic time keeps growing across a signed 32-bit wrap of the tick counter", () => {
  const clock = clockOver([2 ** 31 - 10, -(2 ** 31) + 5, -(2 ** 31) + 1_005]);
  assert.equal(clock.monotonic(), 2 ** 31 - 10);
  assert.equal(clock.monotonic(), 2 ** 31 + 5);
  assert.equal(clock.monotonic(), 2 ** 31 + 1_005);
});

test("monotonic time keeps growing across an unsigned 32-bit wrap of the tick counter", () => {
  const clock = clockOver([2 ** 32 - 100, 20, 20]);
  assert.equal(clock.monotonic(), 2 ** 32 - 100);
  assert.equal(clock.monotonic(), 2 ** 32 + 20);
  assert.equal(clock.monotonic(), 2 ** 32 + 20);
});

/** Behaves like Moddable's ESP32 key-value store in "buffer" format: blobs per namespace. */
class FakeNvs implements BufferStorage {
  readonly namespaces = new Map<string, Map<string, ArrayBuffer>>();
  readonly formats: string[] = [];
  open(options: { path: string; format: "buffer" }): BufferStore {
    this.formats.push(options.format);
    const blobs = this.namespaces.get(options.path) ?? new Map<string, ArrayBuffer>();
    this.namespaces.set(options.path, blobs);
    let open = true;
    const live = () => {
      if (!open) throw new Error("closed");
      return blobs;
    };
    return {
      read: (key) => live().get(key)?.slice(0),
      write: (key, value) => void live().set(key, value.slice(0)),
      delete: (key) => void live().delete(key),
      close: () => void (open = false),
    };
  }
}

const utf8 = {
  encode: (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer,
  decode: (bytes: ArrayBuffer) => new TextDecoder().decode(bytes),
};

test("strings are stored as UTF-8 blobs, so values past NVS's 4000-byte string limit survive", () => {
  const nvs = new FakeNvs();
  const keyValue = new BlobKeyValue({ storage: nvs, codec: utf8 });
  const config = JSON.stringify({ components: Array.from({ length: 200 }, (_, i) => ({ name: `sensor-${i}`, note: "°C" })) });
  assert.ok(new TextEncoder().encode(config).byteLength > 4000);

  const store = keyValue.open({ path: "viam", format: "string" });
  store.write("config", config);
  store.close();
  assert.deepEqual(nvs.formats, ["buffer"]);
  assert.ok(nvs.namespaces.get("viam")?.get("config") instanceof ArrayBuffer);

  const reopened = keyValue.open({ path: "viam" });
  assert.equal(reopened.read("config"), config);
  assert.equal(reopened.read("credentials"), undefined);
  reopened.delete("config");
  assert.equal(reopened.read("config"), undefined);
  reopened.close();
  assert.throws(() => reopened.read("config"), /closed/);
});

test("a value that is not a blob is reported, not mistaken for a missing key", () => {
  const storage: BufferStorage = {
    open: () => ({ read: () => "plain string", write() {}, delete() {}, close() {} }),
  };
  const store = new BlobKeyValue({ storage, codec: utf8 }).open({ path: "viam" });
  assert.throws(() => store.read("boot_epoch"), TypeError);
});

// Moddable's sockets connect to IP literals only, so the ESP32 host resolves names first. The fakes
// below stand for Moddable's Net.resolve (which always answers later) and its TCP/TLS classes.

class FakeResolver {
  readonly pending: Array<{ host: string; answer: (address: string | undefined) => void }> = [];
  failNow = false;
  readonly resolve: Resolve = (host, callback) => {
    if (this.failNow) throw new Error("dns request failed");
    this.pending.push({ host, answer: callback });
  };
  answer(address: string | undefined): void {
    const next = this.pending.shift();
    assert.ok(next, "nothing is being resolved");
    next.answer(address);
  }
}

class FakePlatformSocket implements TCPSocket {
  readonly written: Uint8Array[] = [];
  closed = false;
  incoming: ArrayBuffer | undefined;
  constructor(readonly options: OpenOptions) {}
  // As Moddable's TCP: no argument reads everything, and a count must be within what arrived.
  read(...args: [byteLength?: number]): ArrayBuffer | undefined {
    const bytes = this.incoming;
    if (bytes === undefined) return undefined;
    const count = args.length === 0 ? bytes.byteLength : Number(args[0]);
    if (!(count > 0 && count <= bytes.byteLength)) throw new Error("invalid");
    this.incoming = count === bytes.byteLength ? undefined : bytes.slice(count);
    return bytes.slice(0, count);
  }
  write(buffer: ArrayBufferLike | Uint8Array): void {
    this.written.push(new Uint8Array(ArrayBuffer.isView(buffer) ? buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) : buffer));
  }
  close(): void {
    this.closed = true;
  }
}

function socketsOver(resolver: FakeResolver) {
  const opened: FakePlatformSocket[] = [];
  const TCP = resolvingSocketClass({
    resolve: resolver.resolve,
    open: (options) => {
      if (options.address === "0.0.0.0") throw new Error("connect error");
      const socket = new FakePlatformSocket(options);
      opened.push(socket);
      return socket;
    },
  });
  return { TCP, opened };
}

function recorder() {
  const events: string[] = [];
  const errors: unknown[] = [];
  const sockets: unknown[] = [];
  const callbacks = {
    onReadable(this: TCPSocket, byteLength: number) {
      sockets.push(this);
      events.push(`readable ${byteLength}`);
    },
    onWritable(this: TCPSocket, byteLength: number) {
      sockets.push(this);
      events.push(`writable ${byteLength}`);
    },
    onError(this: TCPSocket, error?: unknown) {
      sockets.push(this);
      errors.push(error);
      events.push("error");
    },
  };
  return { events, errors, sockets, callbacks };
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

test("a host name is resolved first, then the socket connects to its address and reports as the caller's socket", () => {
  const resolver = new FakeResolver();
  const { TCP, opened } = socketsOver(resolver);
  const { events, sockets, callbacks } = recorder();
  const socket = new TCP({ host: "app.viam.com", port: 443, ...callbacks });

  assert.deepEqual(resolver.pending.map(({ host }) => host), ["app.viam.com"]);
  assert.equal(opened.length, 0, "nothing connects before the name is known");
  assert.equal(socket.read(), undefined);
  assert.throws(() => socket.write(new Uint8Array([1])), /not connected/);

  resolver.answer("34.120.1.2");
  assert.equal(opened.length, 1);
  assert.equal(opened[0].options.address, "34.120.1.2");
  assert.equal(opened[0].options.port, 443);
  assert.equal(opened[0].options.host, "app.viam.com", "TLS still needs the name");

  opened[0].options.onWritable(5744);
  socket.write(new Uint8Array([7, 8]));
  opened[0].incoming = new Uint8Array([9, 10, 11]).buffer;
  opened[0].options.onReadable(3);
  assert.deepEqual([...new Uint8Array(socket.read(1) ?? new ArrayBuffer(0))], [9]);
  assert.deepEqual([...new Uint8Array(socket.read() ?? new ArrayBuffer(0))], [10, 11]);
  assert.equal(socket.read(), undefined);
  assert.deepEqual(opened[0].written.map((bytes) => [...bytes]), [[7, 8]]);
  assert.deepEqual(events, ["writable 5744", "readable 3"]);
  assert.ok(sockets.every((that) => that === socket));

  socket.close();
  assert.equal(opened[0].closed, true);
});

test("an address, an IP literal host or an accepted connection opens at once, without DNS", () => {
  const resolver = new FakeResolver();
  const { TCP, opened } = socketsOver(resolver);
  new TCP({ address: "192.168.1.20", port: 8080 });
  new TCP({ host: "10.0.0.7", port: 80 });
  const accepted = {};
  new TCP({ from: accepted });
  assert.equal(resolver.pending.length, 0);
  assert.deepEqual(opened.map(({ options }) => options.address ?? options.from), ["192.168.1.20", "10.0.0.7", accepted]);
  assert.throws(() => new TCP({ address: "0.0.0.0", port: 1 }), /connect error/, "a failure to open at once throws, as Moddable's constructor does");
  assert.throws(() => new TCP({ port: 80 }), TypeError);
});

test("a name that does not resolve is reported through onError, and nothing connects", async () => {
  const resolver = new FakeResolver();
  const { TCP, opened } = socketsOver(resolver);
  const { events, errors, sockets, callbacks } = recorder();
  const socket = new TCP({ host: "no-such-host.invalid", port: 443, ...callbacks });
  resolver.answer(undefined);
  assert.deepEqual(events, ["error"]);
  assert.match(String((errors[0] as Error).message), /cannot resolve no-such-host\.invalid/);
  assert.equal(sockets[0], socket);
  assert.equal(opened.length, 0);
  assert.throws(() => socket.write(new Uint8Array([1])), /closed/);
  socket.close();
  await settle();
  assert.deepEqual(events, ["error"]);
});

test("a resolver that throws at once is still reported through onError, after the constructor returns", async () => {
  const resolver = new FakeResolver();
  resolver.failNow = true;
  const { TCP } = socketsOver(resolver);
  const { events, errors, callbacks } = recorder();
  new TCP({ host: "app.viam.com", port: 443, ...callbacks });
  assert.deepEqual(events, [], "no callback runs inside the constructor");
  await settle();
  assert.deepEqual(events, ["error"]);
  assert.match((errors[0] as Error).message, /cannot resolve app\.viam\.com/);
});

test("a socket that cannot open after resolution reports that error, and one closed while resolving never opens", () => {
  const resolver = new FakeResolver();
  const { TCP, opened } = socketsOver(resolver);
  const failing = recorder();
  new TCP({ host: "broken.example", port: 1, ...failing.callbacks });
  resolver.answer("0.0.0.0");
  assert.deepEqual(failing.events, ["error"]);
  assert.match((failing.errors[0] as Error).message, /connect error/);

  const quiet = recorder();
  const socket = new TCP({ host: "slow.example", port: 443, ...quiet.callbacks });
  socket.close();
  resolver.answer("203.0.113.9");
  assert.equal(opened.length, 0);
  assert.deepEqual(quiet.events, []);
});

/** Stands for Moddable's TLSSocket: records what it was constructed with. */
class FakeTLS extends FakePlatformSocket {
  static made: ModdableTLSOptions<string>[] = [];
  constructor(options: ModdableTLSOptions<string>) {
    super(options as unknown as OpenOptions);
    FakeTLS.made.push(options);
  }
}

test("TLS connects to the resolved address and verifies the cloud's chain against the bundled root, for the server's name", () => {
  const resolver = new FakeResolver();
  FakeTLS.made = [];
  const PlatformTCP = class {};
  let certificateReads = 0;
  const TLS = resolvingSocketClass({
    resolve: resolver.resolve,
    open: tlsOpener({ TLS: FakeTLS, TCP: PlatformTCP, certificate: () => (certificateReads++, "GTS Root R1 DER") }),
  });
  const { events, callbacks } = recorder();
  new TLS({ host: "app.viam.com", port: 443, secure: { serverName: "app.viam.com", verify: true }, ...callbacks });
  assert.equal(FakeTLS.made.length, 0);
  resolver.answer("34.120.1.2");

  const [made] = FakeTLS.made;
  assert.equal(made.TCP.io, PlatformTCP);
  assert.equal(made.address, "34.120.1.2");
  assert.equal(made.port, 443);
  assert.deepEqual([made.host, made.secure], ["app.viam.com", { verify: true, certificate: "GTS Root R1 DER" }]);
  assert.deepEqual(Object.keys(made).sort(), ["TCP", "address", "host", "onError", "onReadable", "onWritable", "port", "secure"], "what SDK 8.2.3's TLSSocket reads");
  assert.equal(certificateReads, 1);
  made.onWritable(1000);
  made.onError();
  assert.deepEqual(events, ["writable 1000", "error"]);

  new TLS({ address: "34.120.1.2", host: "app.viam.com", port: 443 });
  assert.deepEqual(FakeTLS.made[1].secure, { verify: true, certificate: "GTS Root R1 DER" }, "verification is on unless a caller turns it off");
  assert.throws(() => new TLS({ address: "34.120.1.2", port: 443 }), /host name/);
});

test("a TLS connection without the bundled root fails with what to do about it", () => {
  const resolver = new FakeResolver();
  const TLS = resolvingSocketClass({
    resolve: resolver.resolve,
    open: tlsOpener({
      TLS: FakeTLS,
      TCP: class {},
      certificate: () => {
        throw new Error(`${ROOT_CERTIFICATE_RESOURCE} is not in this build`);
      },
    }),
  });
  const { errors, callbacks } = recorder();
  new TLS({ host: "app.viam.com", port: 443, ...callbacks });
  resolver.answer("34.120.1.2");
  assert.match((errors[0] as Error).message, /gts-root-r1\.der is not in this build/);
});
