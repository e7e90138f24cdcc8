// Compact capture records, one per reading, stored as ring entry payloads.
//
// A record has one of two forms, told apart by bit 0 of its first byte:
//
// Packed (bit 0 set): Analogs and Gpios readings in the usual case, one fixed little-endian word;
// see packed-record.ts for its bits. It is used when the wall clock is set, the read took at most
// 1 ms, the reading lies within 2**D - 1 ms after the block base, and its value fits:
//     Analogs  {value: 0..4095}   4 bytes, D = 18 (4.3 min)
//     Gpios    {high: bool}       3 bytes, D = 21 (35 min)
// A 4096-byte ring block holds 661 4-byte or 794 3-byte records, so the packed form lasts the whole
// block from 2.6 Hz (Analogs) and 0.4 Hz (Gpios) up; in slower blocks the later records take the
// general form.
//
// General (bit 0 clear; all varints are LEB128):
//   varint  header  = receivedDeltaMs * 8 + flags
//                     flags bit 0: clear, see above
//                     flags bit 1 MONOTONIC: both times are ms since boot, because the wall clock
//                                            was not set yet (before 2020); see CaptureRecord.monotonic
//                     flags bit 2 GENERIC:   the body is a generic struct, not the method's layout
//   zigzag  timeRequestedMs - blockBase       (blockBase: the ms base in the ring block's header)
//   body    the method's layout when the data has exactly the method's shape (these keys, in this
//           order, these types), else a generic struct:
//     Analogs          {value: int}                      zigzag value
//     Gpios            {high: bool}                      one byte, 0 or 1
//     TicksCount       {ticks: int >= 0}                 varint ticks
//     AngularVelocity, LinearAcceleration, LinearVelocity
//                      {<snake_name>: {x, y, z}}         three tagged numbers
//     CompassHeading   {value: number}                   one tagged number
//     Position         {coordinate: {latitude, longitude}, altitude_m}
//                                                        three tagged numbers: lat, lon, alt
//     Readings         {readings: {...}}                 the inner struct (the "readings" key is implied)
//     generic          any struct                        field count, then key + tagged value each
// Keys, tagged numbers and tagged values are described in typed-value.ts. TicksCount has no packed
// form: its count only grows, so no fixed width would hold it for long.
//
// Times are whole ms (see sensor-data.ts). The store adds 2 bytes per record (length, CRC-8).
import { ByteReader, ByteWriter } from "./bytes.ts";
import type { StructValue } from "./typed-value.ts";
import { isPlainObject, readNumber, readStruct, writeNumber, writeStruct } from "./typed-value.ts";
import { PACKED_BIT, PackedForm } from "./packed-record.ts";
import { frozen } from "../frozen.ts";

export const FLAG_PACKED = PACKED_BIT;
export const FLAG_MONOTONIC = 2;
export const FLAG_GENERIC = 4;
const FLAG_COUNT = 8;

export interface CaptureRecord {
  /** Integer ms: since the Unix epoch, or since boot when `monotonic`. */
  timeRequestedMs: number;
  timeReceivedMs: number;
  /** The wall clock was unset at capture, so the times count from boot. The boot that wrote the
   *  record can map them to wall time once SNTP has run; after a reboot they cannot be mapped. */
  monotonic: boolean;
  data: StructValue;
}

interface Layout {
  fits(data: StructValue): boolean;
  write(out: ByteWriter, data: StructValue): void;
  read(input: ByteReader): StructValue;
  packing?: Packing;
}

/** How a layout's data maps to the one number of its packed form. */
interface Packing {
  form: PackedForm;
  /** Only called on data that the layout fits. */
  value(data: StructValue): number;
  data(value: number): StructValue;
}

/**
 * Encodes capture records for every collector of a data manager. One instance serves them all, so a
 * collector carries no scratch buffers and no encode closure of its own: captures run one at a time,
 * and each one's bytes are in flash before the next is encoded.
 */
export class RecordEncoder {
  readonly #out = new ByteWriter();
  /** Where packed records are built, one buffer per packed length: capture at 100 Hz allocates
   *  nothing for them. */
  readonly #packed: Uint8Array[] = [];
  #method = "";
  #record: CaptureRecord | undefined;
  #failed = false;

  /** Encodes one record of `method` against the base of the ring block it will land in. The bytes
   *  returned may be overwritten by the next encode: copy them to keep them. Throws TypeError if the
   *  data holds something a Struct cannot (see typed-value.ts). */
  encode(method: string, record: CaptureRecord, blockBase: number): Uint8Array {
    const received = record.timeReceivedMs - record.timeRequestedMs;
    if (!Number.isInteger(received) || received < 0 || !Number.isInteger(record.timeRequestedMs)) {
      throw new RangeError("capture times must be whole ms, received not before requested");
    }
    const known = LAYOUTS.get(method);
    const layout = known !== undefined && known.fits(record.data) ? known : undefined;
    const packing = layout?.packing;
    if (packing !== undefined && !record.monotonic) {
      const { form } = packing;
      const delta = record.timeRequestedMs - blockBase;
      const value = packing.value(record.data);
      if (form.fits(received, delta, value)) {
        const packed = (this.#packed[form.bytes] ??= new Uint8Array(form.bytes));
        form.write(packed, received, delta, value);
        return packed;
      }
    }
    const out = this.#out;
    out.reset();
    const flags = (record.monotonic ? FLAG_MONOTONIC : 0) | (layout === undefined ? FLAG_GENERIC : 0);
    out.varint(received * FLAG_COUNT + flags);
    out.zigzag(record.timeRequestedMs - blockBase);
    if (layout !== undefined) layout.write(out, record.data);
    else writeStruct(out, record.data, "");
    return out.toBytes();
  }

  /** Makes `record` what `entry` encodes next, for a `Ring.append` right after. */
  stage(method: string, record: CaptureRecord): void {
    this.#method = method;
    this.#record = record;
    this.#failed = false;
  }

  /** Lets go of the staged record once its append is over. */
  unstage(): void {
    this.#record = undefined;
  }

  /** Whether encoding the staged record threw, as opposed to the store refusing it. */
  get failed(): boolean {
    return this.#failed;
  }

  /** The `encode` argument of `Ring.append` for the staged record; bound once per encoder. */
  readonly entry = (blockBase: number): Uint8Array => {
    try {
      return this.encode(this.#method, this.#record!, blockBase);
    } catch (error) {
      this.#failed = true;
      throw error;
    }
  };
}

/** Decodes a payload written by `RecordEncoder.encode` for `method`. Throws RangeError on bytes that
 *  encoder cannot have produced. */
export function decodeRecordFor(method: string, payload: Uint8Array, blockBase: number): CaptureRecord {
  return decodeRecord(LAYOUTS.get(method), payload, blockBase);
}

function decodeRecord(layout: Layout | undefined, payload: Uint8Array, blockBase: number): CaptureRecord {
  if (payload.length > 0 && payload[0]! & FLAG_PACKED) {
    const packing = layout?.packing;
    if (packing === undefined) throw new RangeError("record is packed but the method has no packed form");
    const { form } = packing;
    const word = form.word(payload);
    const timeRequestedMs = blockBase + form.delta(word);
    return {
      timeRequestedMs,
      timeReceivedMs: timeRequestedMs + form.received(word),
      monotonic: false,
      data: packing.data(form.value(word)),
    };
  }
  const input = new ByteReader(payload);
  const header = input.varint();
  const flags = header % FLAG_COUNT;
  const timeRequestedMs = blockBase + input.zigzag();
  let data: StructValue;
  if (flags & FLAG_GENERIC) data = readStruct(input);
  else if (layout !== undefined) data = layout.read(input);
  else throw new RangeError("record has a method layout but the method has none");
  if (!input.done) throw new RangeError("record has trailing bytes");
  return {
    timeRequestedMs,
    timeReceivedMs: timeRequestedMs + (header - flags) / FLAG_COUNT,
    monotonic: (flags & FLAG_MONOTONIC) !== 0,
    data,
  };
}

function hasOnlyKeys(object: StructValue, keys: readonly string[]): boolean {
  const own = Object.keys(object);
  if (own.length !== keys.length) return false;
  for (let i = 0; i < keys.length; i++) if (own[i] !== keys[i]) return false;
  return true;
}

function isZigzagInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && Math.abs(value) <= 2 ** 52 && !Object.is(value, -0);
}

function numbersAt(object: unknown, keys: readonly string[]): boolean {
  if (!isPlainObject(object) || !hasOnlyKeys(object, keys)) return false;
  for (const key of keys) if (typeof object[key] !== "number") return false;
  return true;
}

const VALUE = frozen(["value"]);
const HIGH = frozen(["high"]);
const TICKS = frozen(["ticks"]);
const XYZ = frozen(["x", "y", "z"]);
const POSITION = frozen(["coordinate", "altitude_m"]);
const COORDINATE = frozen(["latitude", "longitude"]);
const READINGS = frozen(["readings"]);

const analogs: Layout = frozen({
  fits: (data) => hasOnlyKeys(data, VALUE) && isZigzagInteger(data.value),
  write: (out, data) => out.zigzag(data.value as number),
  read: (input) => ({ value: input.zigzag() }),
  // 12 bits: the ESP32's ADC resolution.
  packing: {
    form: new PackedForm({ bytes: 4, valueBits: 12 }),
    value: (data) => data.value as number,
    data: (value) => ({ value }),
  },
});

const gpios: Layout = frozen({
  fits: (data) => hasOnlyKeys(data, HIGH) && typeof data.high === "boolean",
  write: (out, data) => out.byte(data.high ? 1 : 0),
  read: (input) => {
    const byte = input.byte();
    if (byte > 1) throw new RangeError("Gpios byte is not 0 or 1");
    return { high: byte === 1 };
  },
  packing: {
    form: new PackedForm({ bytes: 3, valueBits: 1 }),
    value: (data) => (data.high ? 1 : 0),
    data: (value) => ({ high: value === 1 }),
  },
});

const ticksCount: Layout = frozen({
  fits: (data) => hasOnlyKeys(data, TICKS) && isZigzagInteger(data.ticks) && data.ticks >= 0,
  write: (out, data) => out.varint(data.ticks as number),
  read: (input) => ({ ticks: input.varint() }),
});

function vector(key: string): Layout {
  const keys = [key];
  return {
    fits: (data) => hasOnlyKeys(data, keys) && numbersAt(data[key], XYZ),
    write: (out, data) => {
      const v = data[key] as { x: number; y: number; z: number };
      writeNumber(out, v.x);
      writeNumber(out, v.y);
      writeNumber(out, v.z);
    },
    read: (input) => {
      const x = readNumber(input);
      const y = readNumber(input);
      return { [key]: { x, y, z: readNumber(input) } };
    },
  };
}

const compassHeading: Layout = frozen({
  fits: (data) => hasOnlyKeys(data, VALUE) && typeof data.value === "number",
  write: (out, data) => writeNumber(out, data.value as number),
  read: (input) => ({ value: readNumber(input) }),
});

const position: Layout = frozen({
  fits: (data) =>
    hasOnlyKeys(data, POSITION) && numbersAt(data.coordinate, COORDINATE) && typeof data.altitude_m === "number",
  write: (out, data) => {
    const c = data.coordinate as { latitude: number; longitude: number };
    writeNumber(out, c.latitude);
    writeNumber(out, c.longitude);
    writeNumber(out, data.altitude_m as number);
  },
  read: (input) => {
    const latitude = readNumber(input);
    const longitude = readNumber(input);
    return { coordinate: { latitude, longitude }, altitude_m: readNumber(input) };
  },
});

const readings: Layout = frozen({
  fits: (data) => hasOnlyKeys(data, READINGS) && isPlainObject(data.readings),
  write: (out, data) => writeStruct(out, data.readings as StructValue, "readings"),
  read: (input) => ({ readings: readStruct(input) }),
});

const LAYOUTS = new Map<string, Layout>([
  ["Analogs", analogs],
  ["Gpios", gpios],
  ["TicksCount", ticksCount],
  ["AngularVelocity", vector("angular_velocity")],
  ["LinearAcceleration", vector("linear_acceleration")],
  ["LinearVelocity", vector("linear_velocity")],
  ["CompassHeading", compassHeading],
  ["Position", position],
  ["Readings", readings],
]);
