// A RemoteConfig of the cloud's RobotConfig, read from the wire into the machine config's JSON,
// keys in sorted order; src/cloud/robot-config-json.ts reads the rest of the config.
import type { JsonObject } from "../proto/struct-json-reader.ts";
import { viam } from "../proto/generated/viam.js";
import { endAt, LEN, nestedEnd, VARINT, type WireReader } from "../proto/wire.ts";
import { frozen } from "../frozen.ts";

// The machine-config JSON spells a credential type as rdk does, not by the enum's name.
const CREDENTIALS_TYPES: Record<number, string> = frozen({
  [viam.app.v1.CredentialsType.CREDENTIALS_TYPE_INTERNAL]: "internal",
  [viam.app.v1.CredentialsType.CREDENTIALS_TYPE_API_KEY]: "api-key",
  [viam.app.v1.CredentialsType.CREDENTIALS_TYPE_ROBOT_SECRET]: "robot-secret",
  [viam.app.v1.CredentialsType.CREDENTIALS_TYPE_ROBOT_LOCATION_SECRET]: "robot-location-secret",
});

/** Reads a RemoteConfig that ends at `end`, leaving out what is empty or unset. */
export function readRemoteJson(reader: WireReader, end: number): JsonObject {
  let name = "";
  let address = "";
  let secret = "";
  let prefix = "";
  let insecure = false;
  let auth: JsonObject | undefined;
  while (reader.pos < end) {
    const tag = reader.uint32();
    switch (tag) {
      case (1 << 3) | LEN:
        name = reader.string();
        break;
      case (2 << 3) | LEN:
        address = reader.string();
        break;
      case (4 << 3) | LEN:
        auth = remoteAuth(reader, nestedEnd(reader));
        break;
      case (6 << 3) | VARINT:
        insecure = reader.bool();
        break;
      case (10 << 3) | LEN:
        secret = reader.string();
        break;
      case (11 << 3) | LEN:
        prefix = reader.string();
        break;
      default:
        reader.skipType(tag & 7);
    }
  }
  endAt(reader, end);
  const out: JsonObject = {};
  if (address) out.address = address;
  if (auth) out.auth = auth;
  if (insecure) out.insecure = true;
  if (name) out.name = name;
  if (prefix) out.prefix = prefix;
  if (secret) out.secret = secret;
  return out;
}

function remoteAuth(reader: WireReader, end: number): JsonObject {
  let credentials: JsonObject | undefined;
  let entity = "";
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag === ((1 << 3) | LEN)) credentials = remoteCredentials(reader, nestedEnd(reader));
    else if (tag === ((2 << 3) | LEN)) entity = reader.string();
    else reader.skipType(tag & 7);
  }
  endAt(reader, end);
  const out: JsonObject = {};
  if (credentials) out.credentials = credentials;
  if (entity) out.entity = entity;
  return out;
}

function remoteCredentials(reader: WireReader, end: number): JsonObject {
  let type = 0;
  let payload = "";
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag === ((1 << 3) | VARINT)) type = reader.int32();
    else if (tag === ((2 << 3) | LEN)) payload = reader.string();
    else reader.skipType(tag & 7);
  }
  endAt(reader, end);
  const out: JsonObject = {};
  if (payload) out.payload = payload;
  const spelled = CREDENTIALS_TYPES[type];
  if (spelled) out.type = spelled;
  return out;
}
