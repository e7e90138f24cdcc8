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

export function robotConfigToJson(config: viam.app.v1.IRobotConfig): JsonObject {
  const out: JsonObject = {
    components: (config.components ?? []).map(component),
    services: (config.services ?? []).map(service),
    remotes: (config.remotes ?? []).map(remote),
  };
  if (config.cloud) {
    const c = config.cloud;
    const cloud: JsonObject = {};
    put(cloud, "id", c.id);
    put(cloud, "fqdn", c.fqdn);
    put(cloud, "local_fqdn", c.localFqdn);
    put(cloud, "primary_org_id", c.primaryOrgId);
    put(cloud, "location_id", c.locationId);
    put(cloud, "machine_id", c.machineId);
    out.cloud = cloud;
  }
  put(out, "revision", config.revision);
  return sortKeys(out) as JsonObject;
}

/** JSON text with object keys sorted at every level: equal configs give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value as Json));
}

function component(c: viam.app.v1.IComponentConfig): JsonObject {
  const out: JsonObject = {};
  put(out, "name", c.name);
  put(out, "api", c.api);
  put(out, "namespace", c.namespace);
  put(out, "type", c.type);
  put(out, "model", c.model);
  if (c.attributes) out.attributes = struct(c.attributes);
  if (c.dependsOn?.length) out.depends_on = [...c.dependsOn];
  if (c.serviceConfigs?.length) out.service_configs = c.serviceConfigs.map(resourceServiceConfig);
  return out;
}

function resourceServiceConfig(s: viam.app.v1.IResourceLevelServiceConfig): JsonObject {
  const out: JsonObject = {};
  put(out, "type", s.type);
  if (s.attributes) out.attributes = struct(s.attributes);
  return out;
}

function service(s: viam.app.v1.IServiceConfig): JsonObject {
  const out: JsonObject = {};
  put(out, "name", s.name);
  put(out, "api", s.api);
  put(out, "namespace", s.namespace);
  put(out, "type", s.type);
  put(out, "model", s.model);
  if (s.attributes) out.attributes = struct(s.attributes);
  if (s.dependsOn?.length) out.depends_on = [...s.dependsOn];
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
  put(out, "name", r.name);
  put(out, "address", r.address);
  if (r.insecure) out.insecure = true;
  put(out, "prefix", r.prefix);
  put(out, "secret", r.secret);
  if (r.auth) {
    const auth: JsonObject = {};
    put(auth, "entity", r.auth.entity);
    const credentials = r.auth.credentials;
    if (credentials) {
      const given: JsonObject = {};
      put(given, "type", CREDENTIALS_TYPES[credentials.type ?? 0]);
      put(given, "payload", credentials.payload);
      auth.credentials = given;
    }
    out.auth = auth;
  }
  return out;
}

function struct(s: google.protobuf.IStruct): JsonObject {
  const out: JsonObject = {};
  const fields = s.fields ?? {};
  for (const key of Object.keys(fields)) out[key] = value(fields[key]!);
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
