import { test } from "node:test";
import assert from "node:assert/strict";
import { RecordEncoder, decodeRecordFor, FLAG_GENERIC, FLAG_MONOTONIC, FLAG_PACKED } from "../src/data/record-codec.ts";
import type { CaptureRecord } from "../src/data/record-codec.ts";

import { sensorData, timestampFromMs } from "../src/data/sensor-data.ts";
import { recordToSensorData } from "../src/data/read-back.ts";
import { ByteReader, ByteWriter } from "../src/data/bytes.ts";
import { decodeUtf8, encodeUtf8, utf8Length } from "../src/data/utf8.ts";
import { KEY_DICTIONARY } from "../src/data/key-dictionary.ts";
import { seededRandom } from "./seeded-random.ts";

const BASE = 1_700_000_000_000;

/** One method's encode and decode, as a collector and sync use them. */
function codecFor({ method }: { method: string }) {
  const encoder = new RecordEncoder();
  return {
    encode: (record: CaptureRecord, base: number) => encoder.encode(method, record, base),
    decode: (payload: Uint8Array, base: number) => decodeRecordFor(method, payload, base),
  };
}

function roundTrip(method: string, data: Record<string, unknown>, t = BASE + 1234, received = 3, base = BASE) {
  const record: CaptureRecord = { timeRequestedMs: t, timeReceivedMs: t + received, monotonic: false, data };
  const payload = codecFor({ method }).encode(record, base);
  const decoded = decodeRecordFor(method, payload, base);
  assert.deepStrictEqual(recordToSensorData(decoded), sensorData(t, t + received, data));
  assert.deepStrictEqual(decoded, record);
  return payload;
}

test("Analogs, Gpios and TicksCount use their short layouts", () => {
  // header (received 3 ms) + time delta 1234 (2 bytes) + value
  assert.equal(roundTrip("Analogs", { value: 4095 }).length, 1 + 2 + 2);
  assert.equal(roundTrip("Analogs", { value: 0 }).length, 4);
  roundTrip("Analogs", { value: -17 });
  roundTrip("Analogs", { value: 2 ** 52 });
  roundTrip("Analogs", { value: -(2 ** 52) });
  assert.equal(roundTrip("Gpios", { high: true }).length, 4);
  roundTrip("Gpios", { high: false });
  assert.equal(roundTrip("TicksCount", { ticks: 100 }).length, 4);
  roundTrip("TicksCount", { ticks: 2 ** 52 });
});

/** Encodes a reading `delta` ms after the block base, checks it decodes exactly, and names its form. */
function form(
  method: string,
  data: Record<string, unknown>,
  options: { delta?: number; received?: number; monotonic?: boolean } = {},
): string {
  const { delta = 0, received = 0, monotonic = false } = options;
  const t = BASE + delta;
  const record: CaptureRecord = { timeRequestedMs: t, timeReceivedMs: t + received, monotonic, data };
  const payload = codecFor({ method }).encode(record, BASE);
  const decoded = decodeRecordFor(method, payload, BASE);
  assert.deepStrictEqual(decoded, record);
  assert.deepStrictEqual(recordToSensorData(decoded), sensorData(t, t + received, data));
  if (payload[0]! & FLAG_PACKED) return `packed ${payload.length}`;
  return payload[0]! & FLAG_GENERIC ? "generic" : "general";
}

test("usual Analogs and Gpios readings pack into 4 and 3 bytes; every boundary case falls back exactly", () => {
  const ANALOG_DELTA = 2 ** 18 - 1;
  assert.equal(form("Analogs", { value: 0 }), "packed 4");
  assert.equal(form("Analogs", { value: 4095 }, { delta: ANALOG_DELTA, received: 1 }), "packed 4");
  assert.equal(form("Analogs", { value: 4096 }), "general");
  assert.equal(form("Analogs", { value: -1 }), "general");
  assert.equal(form("Analogs", { value: 7 }, { delta: ANALOG_DELTA + 1 }), "general");
  assert.equal(form("Analogs", { value: 7 }, { delta: -1 }), "general");
  assert.equal(form("Analogs", { value: 7 }, { received: 2 }), "general");
  assert.equal(form("Analogs", { value: 7 }, { monotonic: true }), "general");
  assert.equal(form("Analogs", { value: 7.5 }), "generic");
  assert.equal(form("Analogs", { value: -0 }), "generic");

  const GPIO_DELTA = 2 ** 21 - 1;
  assert.equal(form("Gpios", { high: false }), "packed 3");
  assert.equal(form("Gpios", { high: true }, { delta: GPIO_DELTA, received: 1 }), "packed 3");
  assert.equal(form("Gpios", { high: true }, { delta: GPIO_DELTA + 1 }), "general");
  assert.equal(form("Gpios", { high: true }, { delta: -1 }), "general");
  assert.equal(form("Gpios", { high: true }, { received: 2 }), "general");
  assert.equal(form("Gpios", { high: true }, { monotonic: true }), "general");
  assert.equal(form("Gpios", { high: 1 }), "generic");

  // Ticks only grow, so they keep the general form.
  assert.equal(form("TicksCount", { ticks: 5 }), "general");
});

test("the packed form's bits are fixed: records on flash outlive the firmware that wrote them", () => {
  const codec = codecFor({ method: "Analogs" });
  const t = BASE + 0x12345;
  const record: CaptureRecord = { timeRequestedMs: t, timeReceivedMs: t + 1, monotonic: false, data: { value: 0xabc } };
  // 1 (packed) | 1 ms received << 1 | delta << 2 | value << 20, little-endian.
  assert.deepStrictEqual([...codec.encode(record, BASE)], [0x17, 0x8d, 0xc4, 0xab]);
  assert.deepStrictEqual(decodeRecordFor("Analogs", Uint8Array.of(0x17, 0x8d, 0xc4, 0xab), BASE), record);
  const gpio = codecFor({ method: "Gpios" });
  // 1 (packed) | 0 received | delta 3 << 2 | high << 23.
  const high = { timeRequestedMs: BASE + 3, timeReceivedMs: BASE + 3, monotonic: false, data: { high: true } };
  assert.deepStrictEqual([...gpio.encode(high, BASE)], [0x0d, 0x00, 0x80]);
});

test("a reading that does not match its method's shape falls back to the generic struct, exactly", () => {
  for (const [method, data] of [
    ["Analogs", { value: 1.5 }],
    ["Analogs", { value: -0 }],
    ["Analogs", { value: 2 ** 53 + 2 }],
    ["Analogs", { value: 3, extra: true }],
    ["Gpios", { high: 1 }],
    ["TicksCount", { ticks: -3 }],
    ["AngularVelocity", { angular_velocity: { x: 1, y: 2 } }],
    ["AngularVelocity", { angular_velocity: { y: 1, x: 2, z: 3 } }],
    ["Position", { position_deg: 90 }],
    ["Readings", { readings: [1, 2] }],
    ["Readings", { readings: {}, extra: null }],
  ] as const) {
    const payload = roundTrip(method, data);
    assert.equal(payload[0] & FLAG_GENERIC, FLAG_GENERIC, `${method} ${JSON.stringify(data)}`);
  }
});

test("movement sensor shapes round-trip", () => {
  roundTrip("AngularVelocity", { angular_velocity: { x: 0.5, y: -12.25, z: 1e-7 } });
  roundTrip("LinearAcceleration", { linear_acceleration: { x: 9.81, y: 0, z: -9.80665 } });
  roundTrip("LinearVelocity", { linear_velocity: { x: NaN, y: Infinity, z: -Infinity } });
  roundTrip("CompassHeading", { value: 359.9 });
  const gps = roundTrip("Position", { coordinate: { latitude: 40.712776, longitude: -74.005974 }, altitude_m: 10.5 });
  assert.equal(gps[0] & FLAG_GENERIC, 0);
  assert.ok(gps.length <= 1 + 2 + 3 * 5, `position record is ${gps.length} bytes`);
});

test("Readings keep every value kind, nested structs and lists", () => {
  const payload = roundTrip("Readings", {
    readings: {
      temperature_c: 23.4,
      humidity: 45.12,
      pressure_pa: 101325,
      label: "kitchen ☕ 𝄞",
      ok: true,
      missing: null,
      nested: { list: [1, -2.5, "x", false, null, { deep: [[]] }], empty: {} },
      tiny: 5e-324,
      huge: 1.7976931348623157e308,
      big_int: 2 ** 60,
      negative_zero: -0,
      nan: NaN,
    },
  });
  assert.equal(payload[0] & FLAG_GENERIC, 0);
  const odd: Record<string, unknown> = {};
  Object.defineProperty(odd, "__proto__", { value: 1, enumerable: true, writable: true, configurable: true });
  odd["0"] = "index-like key";
  roundTrip("DoCommand", { odd });
});

test("known keys take one byte, others are spelled out", () => {
  const size = (readings: Record<string, unknown>) => roundTrip("Readings", { readings }).length;
  const known = size({ temperature_celsius: 1, relative_humidity_pct: 2 });
  const unknown = size({ temperature_kelvin: 1, relative_humidity_pc: 2 });
  // header, 2-byte time delta, field count, then per field a key and a 2-byte int value.
  assert.equal(known, 1 + 2 + 1 + 2 * (1 + 2));
  assert.equal(unknown, 1 + 2 + 1 + (1 + 18 + 2) + (1 + 20 + 2));
  // The dictionary is append-only: records on flash refer to these positions, so they are frozen here.
  const frozen = ["readings", "value", "high", "ticks", "x", "y", "z", "angular_velocity", "linear_acceleration",
    "linear_velocity", "coordinate", "latitude", "longitude", "altitude_m", "position", "lat", "lon", "alt",
    "compass_heading", "orientation", "o_x", "o_y", "o_z", "theta", "position_deg", "temperature_celsius",
    "relative_humidity_pct", "rssi"];
  assert.deepStrictEqual(KEY_DICTIONARY.slice(0, frozen.length), frozen);
  assert.equal(new Set(KEY_DICTIONARY).size, KEY_DICTIONARY.length);
});

test("short decimals are stored as scaled integers, shorter than float32", () => {
  const writer = (value: number) => {
    const payload = roundTrip("CompassHeading", { value });
    return payload.length - 3; // minus header and 2-byte time delta
  };
  assert.equal(writer(23.4), 1 + 2);
  assert.equal(writer(0.001), 1 + 1);
  assert.equal(writer(0.1 + 0.2), 1 + 8); // 0.30000000000000004 has no short decimal
  assert.equal(writer(0.15625), 1 + 3); // float32-exact too, but 15625e-5 is shorter
  assert.equal(writer(131072.5), 1 + 4); // float32: the decimal mantissa would take 4 bytes as well
  assert.equal(writer(2 ** -7), 1 + 4); // 7 decimal digits: past the decimal forms
});

test("times: negative deltas, long reads, monotonic flag", () => {
  const codec = codecFor({ method: "Analogs" });
  const record: CaptureRecord = { timeRequestedMs: 5_000, timeReceivedMs: 125_000, monotonic: true, data: { value: 7 } };
  const payload = codec.encode(record, BASE);
  assert.equal(payload[0] & FLAG_MONOTONIC, FLAG_MONOTONIC);
  assert.deepStrictEqual(codec.decode(payload, BASE), record);
  assert.throws(() => codec.encode({ ...record, timeReceivedMs: 4_999 }, 0), RangeError);
  assert.throws(() => codec.encode({ ...record, timeRequestedMs: 5_000.5 }, 0), RangeError);
});

test("timestamps: ms become seconds and nanos, normalised", () => {
  assert.deepStrictEqual(timestampFromMs(1_700_000_000_123), { seconds: 1_700_000_000, nanos: 123_000_000 });
  assert.deepStrictEqual(timestampFromMs(-1), { seconds: -1, nanos: 999_000_000 });
  assert.deepStrictEqual(timestampFromMs(0), { seconds: 0, nanos: 0 });
});

test("values with no Struct form are refused, naming the path", () => {
  const codec = codecFor({ method: "Readings" });
  const at = (data: Record<string, unknown>) => ({ timeRequestedMs: 0, timeReceivedMs: 0, monotonic: false, data });
  assert.throws(() => codec.encode(at({ readings: { a: undefined } }), 0), /readings\.a: undefined/);
  assert.throws(() => codec.encode(at({ readings: { a: [1, 2n] } }), 0), /readings\.a\[1\]: a bigint/);
  assert.throws(() => codec.encode(at({ readings: { when: new Date(0) } }), 0), /readings\.when/);
});

test("corrupt payloads are refused, not misread", () => {
  const payload = codecFor({ method: "Readings" }).encode(
    { timeRequestedMs: 10, timeReceivedMs: 10, monotonic: false, data: { readings: { a: "text" } } },
    0,
  );
  assert.throws(() => decodeRecordFor("Readings", payload.subarray(0, payload.length - 1), 0), RangeError);
  const longer = new Uint8Array(payload.length + 1);
  longer.set(payload);
  assert.throws(() => decodeRecordFor("Readings", longer, 0), /trailing/);
  assert.throws(() => decodeRecordFor("Gpios", Uint8Array.of(0, 0, 2), 0), /0 or 1/);
  assert.throws(() => decodeRecordFor("Readings", Uint8Array.of(FLAG_PACKED, 0, 0, 0), 0), /no packed form/);
  assert.throws(() => decodeRecordFor("Analogs", Uint8Array.of(FLAG_PACKED, 0, 0), 0), /3 bytes, expected 4/);
  assert.throws(() => decodeRecordFor("Gpios", Uint8Array.of(FLAG_PACKED, 0, 0, 0), 0), /4 bytes, expected 3/);
  // One field: the literal key "a" (varint 2 = 1 byte of text), then an unknown value tag.
  assert.throws(() => decodeRecordFor("Readings", Uint8Array.of(FLAG_GENERIC, 0, 1, 2, 0x61, 200), 0), /tag 200/);
  // One field whose key is a dictionary index past the end of the dictionary.
  const past = KEY_DICTIONARY.length * 2 + 1;
  assert.throws(() => decodeRecordFor("Readings", Uint8Array.of(FLAG_GENERIC, 0, 1, past, 0), 0), /dictionary key/);
});

test("utf-8 matches the standard encoding and keeps lone surrogates", () => {
  const encode = (text: string) => {
    const bytes = new Uint8Array(utf8Length(text));
    assert.equal(encodeUtf8(text, bytes, 0), bytes.length);
    assert.equal(decodeUtf8(bytes, 0, bytes.length), text);
    return bytes;
  };
  for (const text of ["", "ascii", "é", "€", "𝄞", "a\u0000b", "\ud83d\ude00 ok"]) {
    assert.deepStrictEqual(encode(text), new Uint8Array(Buffer.from(text, "utf8")));
  }
  assert.deepStrictEqual(encode("\ud800"), Uint8Array.of(0xed, 0xa0, 0x80));
  for (const text of ["x\udc00y", "\ud83d\ude00\ud83d", "\udc00\ud800"]) encode(text);
  const long = "ü".repeat(5000);
  const bytes = new Uint8Array(utf8Length(long));
  encodeUtf8(long, bytes, 0);
  assert.equal(decodeUtf8(bytes, 0, bytes.length), long);
  assert.throws(() => decodeUtf8(Uint8Array.of(0xc3), 0, 1), RangeError);
  assert.throws(() => decodeUtf8(Uint8Array.of(0x80), 0, 1), RangeError);
});

test("varints are exact up to 2**53 and zigzag up to ±2**52", () => {
  const out = new ByteWriter({ capacity: 1 });
  const unsigned = [0, 1, 127, 128, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 32 + 1, 2 ** 53 - 1, 2 ** 53];
  const signed = [0, -1, 1, -64, 64, -(2 ** 31), 2 ** 31, -(2 ** 52), 2 ** 52, 2 ** 52 - 1];
  for (const v of unsigned) out.varint(v);
  for (const v of signed) out.zigzag(v);
  const input = new ByteReader(out.toBytes());
  for (const v of unsigned) assert.equal(input.varint(), v);
  for (const v of signed) assert.equal(input.zigzag(), v);
  assert.ok(input.done);
});

function randomNumber(r: () => number): number {
  switch (Math.floor(r() * 9)) {
    case 0: return Math.floor(r() * 4096);
    case 1: return Math.round((r() - 0.5) * 2 ** 40);
    case 2: return Math.round((r() - 0.5) * 2000) / 10;
    case 3: return Math.round((r() - 0.5) * 2e8) / 1e6;
    case 4: return Math.fround((r() - 0.5) * 1000);
    case 5: return (r() - 0.5) * 10 ** Math.floor(r() * 600 - 300);
    case 6: return [NaN, Infinity, -Infinity, -0, 0, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53, -(2 ** 53)][Math.floor(r() * 9)];
    case 7: return Math.round((r() - 0.5) * 2 ** 54);
    default: return r();
  }
}

function randomString(r: () => number): string {
  const pool = ["a", "Z", "_", "-", " ", "é", "€", "𝄞", "\ud800", "\u0000", "温"];
  let s = "";
  for (let n = Math.floor(r() * 8); n > 0; n--) s += pool[Math.floor(r() * pool.length)];
  return s;
}

function randomValue(r: () => number, depth: number): unknown {
  switch (Math.floor(r() * (depth > 3 ? 4 : 6))) {
    case 0: return randomNumber(r);
    case 1: return randomString(r);
    case 2: return r() < 0.5;
    case 3: return null;
    case 4: return randomStruct(r, depth + 1);
    default: return Array.from({ length: Math.floor(r() * 4) }, () => randomValue(r, depth + 1));
  }
}

function randomStruct(r: () => number, depth: number): Record<string, unknown> {
  const struct: Record<string, unknown> = {};
  for (let n = Math.floor(r() * 5); n > 0; n--) struct[randomString(r)] = randomValue(r, depth);
  return struct;
}

function randomReading(r: () => number, method: string): Record<string, unknown> {
  const n = () => randomNumber(r);
  switch (method) {
    case "Analogs": return { value: r() < 0.9 ? Math.floor(r() * 4096) : n() };
    case "Gpios": return { high: r() < 0.5 };
    case "TicksCount": return { ticks: r() < 0.9 ? Math.floor(r() * 1e9) : n() };
    case "AngularVelocity": return { angular_velocity: { x: n(), y: n(), z: n() } };
    case "LinearAcceleration": return { linear_acceleration: { x: n(), y: n(), z: n() } };
    case "LinearVelocity": return { linear_velocity: { x: n(), y: n(), z: n() } };
    case "CompassHeading": return { value: n() };
    case "Position": return { coordinate: { latitude: n(), longitude: n() }, altitude_m: n() };
    case "Readings": return { readings: randomStruct(r, 0) };
    default: return randomStruct(r, 0);
  }
}

test("property: every random reading rebuilds as the SensorData built directly from it", () => {
  const methods = ["Analogs", "Gpios", "TicksCount", "AngularVelocity", "LinearAcceleration", "LinearVelocity",
    "CompassHeading", "Position", "Readings", "DoCommand"];
  for (let seed = 1; seed <= 300; seed++) {
    const r = seededRandom(seed);
    for (const method of methods) {
      const codec = codecFor({ method });
      const base = Math.floor(r() * 2 ** 42);
      const t = base + Math.round((r() - 0.3) * 1e7);
      const received = Math.floor(r() * (r() < 0.9 ? 20 : 1e6));
      const data = r() < 0.1 ? randomStruct(r, 0) : randomReading(r, method);
      const record: CaptureRecord = { timeRequestedMs: t, timeReceivedMs: t + received, monotonic: r() < 0.2, data };
      const decoded = codec.decode(codec.encode(record, base), base);
      assert.deepStrictEqual(decoded, record, `seed ${seed} ${method}`);
      assert.deepStrictEqual(recordToSensorData(decoded), sensorData(t, t + received, data), `seed ${seed} ${method}`);
    }
  }
});

test("property: readings near the packed form's limits take it exactly when they fit, and decode exactly", () => {
  const limits = { Analogs: { delta: 2 ** 18 - 1, value: 4095 }, Gpios: { delta: 2 ** 21 - 1, value: 1 } };
  const near = (r: () => number, max: number) => {
    const pick = r();
    if (pick < 0.3) return Math.floor(r() * 5) - 2;
    if (pick < 0.6) return max + Math.floor(r() * 5) - 2;
    return Math.floor(r() * max);
  };
  for (let seed = 1; seed <= 300; seed++) {
    const r = seededRandom(seed);
    for (const method of ["Analogs", "Gpios"] as const) {
      const codec = codecFor({ method });
      const limit = limits[method];
      const base = Math.floor(r() * 2 ** 42);
      const delta = near(r, limit.delta);
      const received = Math.floor(r() * 3);
      const monotonic = r() < 0.2;
      const value = near(r, limit.value);
      const data = method === "Analogs" ? { value } : { high: r() < 0.5 };
      const t = base + delta;
      const record: CaptureRecord = { timeRequestedMs: t, timeReceivedMs: t + received, monotonic, data };
      const payload = codec.encode(record, base);
      const fits = !monotonic && received <= 1 && delta >= 0 && delta <= limit.delta &&
        (method === "Gpios" || (value >= 0 && value <= limit.value));
      assert.equal((payload[0]! & FLAG_PACKED) !== 0, fits, `seed ${seed} ${method}`);
      const decoded = codec.decode(payload, base);
      assert.deepStrictEqual(decoded, record, `seed ${seed} ${method}`);
      assert.deepStrictEqual(recordToSensorData(decoded), sensorData(t, t + received, data), `seed ${seed} ${method}`);
    }
  }
});
