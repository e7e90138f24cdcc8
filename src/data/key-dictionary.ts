// Struct keys that records refer to by number instead of spelling out: the keys of every capture
// shape in Viam's API and of this firmware's own models. In a 3-field Readings record the key text
// is most of the bytes, and these keys repeat in every record.
//
// Append-only. Records on flash hold indexes into this list, and durable mode keeps records across
// firmware updates, so an entry may never be changed, removed or moved; new keys go at the end. At
// most 2**52 entries are addressable, but only the first 64 cost a single byte.
import { frozen } from "../frozen.ts";
export const KEY_DICTIONARY: readonly string[] = frozen([
  "readings",
  "value",
  "high",
  "ticks",
  "x",
  "y",
  "z",
  "angular_velocity",
  "linear_acceleration",
  "linear_velocity",
  "coordinate",
  "latitude",
  "longitude",
  "altitude_m",
  "position",
  "lat",
  "lon",
  "alt",
  "compass_heading",
  "orientation",
  "o_x",
  "o_y",
  "o_z",
  "theta",
  "position_deg",
  "temperature_celsius",
  "relative_humidity_pct",
  "rssi",
]);

const INDEX = new Map(KEY_DICTIONARY.map((key, index) => [key, index]));

export function dictionaryIndex(key: string): number | undefined {
  return INDEX.get(key);
}
