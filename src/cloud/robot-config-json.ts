// The cloud's RobotConfig (protobuf) as the JSON machine config that src/config/parse.ts reads: the
// same shape as a config file written by hand or exported from app.viam.com. Object keys come out
// sorted at every level, so equal configs give equal text whatever order the app put map entries
// in (Go randomises it), and a config is only applied again when something in it changed.
import { google, viam } from "../proto/generated/viam.js";
import { frozen } from "../frozen.ts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Decodes a ConfigResponse into config JSON; throws when the bytes or the config are missing. */
export function configResponseToJson(bytes: Uint8Array): JsonObject {
  const response = viam.app.v1.ConfigResponse.decode(bytes);
  if (!response.config) throw new Error("the Config response holds no config");
  return robotConfigToJson(response.config);
}

// The JSON is built with its keys already in order, and each decoded component or service is let go
// once converted: on the board the decoded message, its JSON and a sorted copy of that JSON would
// otherwise all be alive at once, and with twenty components that is more than the heap has left.
export function robotConfigToJson(config: viam.app.v1.IRobotConfig): JsonObject {
  const out: JsonObject = {};
  if (config.cloud) {
    const c = config.cloud;
    const cloud: JsonObject = {};
    put(cloud, "fqdn", c.fqdn);
    put(cloud, "id", c.id);
    put(cloud, "local_fqdn", c.localFqdn);
    put(cloud, "location_id", c.locationId);
    put(cloud, "machine_id", c.machineId);
    put(cloud, "primary_org_id", c.primaryOrgId);
    out.cloud = cloud;
  }
  out.components = convertEach(config.components, component);
  out.remotes = convertEach(config.remotes, remote);
  put(out, "revision", config.revision);
  out.services = convertEach(config.services, service);
  return out;
}

/** Converts a decoded list, dropping each decoded entry as soon as its JSON exists. */
function convertEach<T>(list: (T | undefined)[] | null | undefined, convert: (entry: T) => JsonObject): Json[] {
  const out: Json[] = [];
  if (!list) return out;
  for (let i = 0; i < list.length; i++) {
    out.push(convert(list[i]!));
    list[i] = undefined;
  }
  return out;
}

/** JSON text with object keys sorted at every level: equal configs give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value as Json));
}

function component(c: viam.app.v1.IComponentConfig): JsonObject {
  const out: JsonObject = {};
  put(out, "api", c.api);
  if (c.attributes) out.attributes = struct(c.attributes);
  if (c.dependsOn?.length) out.depends_on = [...c.dependsOn];
  put(out, "model", c.model);
  put(out, "name", c.name);
  put(out, "namespace", c.namespace);
  if (c.serviceConfigs?.length) out.service_configs = c.serviceConfigs.map(resourceServiceConfig);
  put(out, "type", c.type);
  return out;
}

function resourceServiceConfig(s: viam.app.v1.IResourceLevelServiceConfig): JsonObject {
  const out: JsonObject = {};
  if (s.attributes) out.attributes = struct(s.attributes);
  put(out, "type", s.type);
  return out;
}

function service(s: viam.app.v1.IServiceConfig): JsonObject {
  const out: JsonObject = {};
  put(out, "api", s.api);
  if (s.attributes) out.attributes = struct(s.attributes);
  if (s.dependsOn?.length) out.depends_on = [...s.dependsOn];
  put(out, "model", s.model);
  put(out, "name", s.name);
  put(out, "namespace", s.namespace);
  put(out, "type", s.type);
  return out;
}

const CREDENTIALS_TYPES: Record<number, string> = frozen({
  [viam.app.v1.CredentialsType.CREDENTIALS_TYPE_INTERNAL]: "internal",
  [viam.app.v1.CredentialsType.CREDENTIALS_TYPE_API_KEY]: "api-key",
  [viam.app.v1.CredentialsType.CREDENTIALS_TYPE_ROBOT_SECRET]: "robot-secret",
  [viam.app.v1.CredentialsType.CREDENTIALS_TYPE_ROBOT_LOCATION_SECRET]: "robot-location-secret",
});

function remote(r: viam.app.v1.IRemoteConfig): JsonObject {
  const out: JsonObject = {};
  put(out, "address", r.address);
  if (r.auth) {
    const auth: JsonObject = {};
    const credentials = r.auth.credentials;
    if (credentials) {
      const given: JsonObject = {};
      put(given, "payload", credentials.payload);
      put(given, "type", CREDENTIALS_TYPES[credentials.type ?? 0]);
      auth.credentials = given;
    }
    put(auth, "entity", r.auth.entity);
    out.auth = auth;
  }
  if (r.insecure) out.insecure = true;
  put(out, "name", r.name);
  put(out, "prefix", r.prefix);
  put(out, "secret", r.secret);
  return out;
}

function struct(s: google.protobuf.IStruct): JsonObject {
  const out: JsonObject = {};
  const fields = s.fields ?? {};
  for (const key of Object.keys(fields).sort()) {
    out[key] = value(fields[key]!);
    delete fields[key];
  }
  return out;
}

function value(v: google.protobuf.IValue): Json {
  // Decoded messages leave every unset member of the oneof null, so the one that is set is found
  // by presence; none set (or null_value) is null, as in Struct's JSON mapping.
  if (v.numberValue != null) return v.numberValue;
  if (v.stringValue != null) return v.stringValue;
  if (v.boolValue != null) return v.boolValue;
  if (v.structValue != null) return struct(v.structValue);
  if (v.listValue != null) return (v.listValue.values ?? []).map(value);
  return null;
}

function put(target: JsonObject, key: string, text: string | null | undefined): void {
  if (text) target[key] = text;
}

function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]!);
  return out;
}
