import { test } from "node:test";
import assert from "node:assert/strict";
import { BlobKeyValue, type BufferStorage, type BufferStore } from "../hosts/esp32/blob-key-value.ts";
import { TickClock } from "../hosts/esp32/tick-clock.ts";

// The two pieces of the ESP32 host that hold logic of their own are plain TypeScript, so they run
// here against stand-ins for Moddable's Time.ticks and NVS-backed key-value store.

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
