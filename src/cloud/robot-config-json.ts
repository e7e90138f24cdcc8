// The cloud's ConfigResponse (protobuf) as the JSON machine config that src/config/parse.ts reads:
// the same shape as a config file written by hand or exported from app.viam.com. Object keys come
// out sorted at every level, so equal configs give equal text whatever order the app put map
// entries in (Go randomises it), and a config is only applied again when something in it changed.
//
// Read from the bytes straight into the JSON, field by field: decoding into protobufjs messages
// first had every message, repeated field and Struct Value alive beside the JSON made from them,
// and with twenty components that was more than the board's heap had left.
import { errorMessage } from "../error-message.ts";
import { frozen } from "../frozen.ts";
import { readStructJson, type Json, type JsonObject } from "../proto/struct-json-reader.ts";
import { endAt, LEN, nestedEnd, wireReader, type WireReader } from "../proto/wire.ts";
import { readRemoteJson } from "./remote-config-json.ts";

/** Decodes a ConfigResponse into config JSON; throws when the bytes are malformed or hold no config. */
export function configResponseToJson(bytes: Uint8Array): JsonObject {
  let config: JsonObject | undefined;
  try {
    const reader = wireReader(bytes);
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      // ConfigResponse.config
      if (tag === ((1 << 3) | LEN)) config = robotConfig(reader, nestedEnd(reader));
      else reader.skipType(tag & 7);
    }
  } catch (error) {
    throw new Error(`the Config response is malformed: ${errorMessage(error)}`);
  }
  if (!config) throw new Error("the Config response holds no config");
  return config;
}

function robotConfig(reader: WireReader, end: number): JsonObject {
  let cloud: JsonObject | undefined;
  const components: Json[] = [];
  const remotes: Json[] = [];
  const services: Json[] = [];
  let revision = "";
  while (reader.pos < end) {
    const tag = reader.uint32();
    switch (tag) {
      case (1 << 3) | LEN:
        cloud = cloudConfig(reader, nestedEnd(reader));
        break;
      case (2 << 3) | LEN:
        remotes.push(readRemoteJson(reader, nestedEnd(reader)));
        break;
      case (3 << 3) | LEN:
        components.push(resource(reader, nestedEnd(reader), COMPONENT));
        break;
      case (5 << 3) | LEN:
        services.push(resource(reader, nestedEnd(reader), SERVICE));
        break;
      case (15 << 3) | LEN:
        revision = reader.string();
        break;
      default:
        reader.skipType(tag & 7);
    }
  }
  endAt(reader, end);
  const out: JsonObject = {};
  if (cloud) out.cloud = cloud;
  out.components = components;
  out.remotes = remotes;
  if (revision) out.revision = revision;
  out.services = services;
  return out;
}

function cloudConfig(reader: WireReader, end: number): JsonObject {
  let id = "";
  let fqdn = "";
  let localFqdn = "";
  let primaryOrgId = "";
  let locationId = "";
  let machineId = "";
  while (reader.pos < end) {
    const tag = reader.uint32();
    switch (tag) {
      case (1 << 3) | LEN:
        id = reader.string();
        break;
      case (2 << 3) | LEN:
        fqdn = reader.string();
        break;
      case (3 << 3) | LEN:
        localFqdn = reader.string();
        break;
      case (10 << 3) | LEN:
        primaryOrgId = reader.string();
        break;
      case (11 << 3) | LEN:
        locationId = reader.string();
        break;
      case (12 << 3) | LEN:
        machineId = reader.string();
        break;
      default:
        reader.skipType(tag & 7);
    }
  }
  endAt(reader, end);
  const out: JsonObject = {};
  if (fqdn) out.fqdn = fqdn;
  if (id) out.id = id;
  if (localFqdn) out.local_fqdn = localFqdn;
  if (locationId) out.location_id = locationId;
  if (machineId) out.machine_id = machineId;
  if (primaryOrgId) out.primary_org_id = primaryOrgId;
  return out;
}

// Components and services share most of their fields but number some of them differently.
interface ResourceFields {
  model: number;
  dependsOn: number;
  attributes: number;
  serviceConfigs: number;
}

const COMPONENT: ResourceFields = frozen({ model: 4, dependsOn: 6, serviceConfigs: 7, attributes: 8 });
// A service's own service_configs (field 10) are not read: nothing in the machine config uses them,
// and field 0 is never on the wire.
const SERVICE: ResourceFields = frozen({ attributes: 4, dependsOn: 5, model: 6, serviceConfigs: 0 });

/** Reads a ComponentConfig or ServiceConfig, every field of which is length-delimited. */
function resource(reader: WireReader, end: number, fields: ResourceFields): JsonObject {
  let name = "";
  let namespace = "";
  let type = "";
  let model = "";
  let api = "";
  let attributes: JsonObject | undefined;
  const dependsOn: string[] = [];
  const serviceConfigs: Json[] = [];
  while (reader.pos < end) {
    const tag = reader.uint32();
    const field = tag >>> 3;
    if ((tag & 7) !== LEN) reader.skipType(tag & 7);
    else if (field === 1) name = reader.string();
    else if (field === 2) namespace = reader.string();
    else if (field === 3) type = reader.string();
    else if (field === 9) api = reader.string();
    else if (field === fields.model) model = reader.string();
    else if (field === fields.dependsOn) dependsOn.push(reader.string());
    else if (field === fields.attributes) attributes = readStructJson(reader, nestedEnd(reader));
    else if (field === fields.serviceConfigs) serviceConfigs.push(resourceServiceConfig(reader, nestedEnd(reader)));
    else reader.skipType(LEN);
  }
  endAt(reader, end);
  const out: JsonObject = {};
  if (api) out.api = api;
  if (attributes) out.attributes = attributes;
  if (dependsOn.length) out.depends_on = dependsOn;
  if (model) out.model = model;
  if (name) out.name = name;
  if (namespace) out.namespace = namespace;
  if (serviceConfigs.length) out.service_configs = serviceConfigs;
  if (type) out.type = type;
  return out;
}

function resourceServiceConfig(reader: WireReader, end: number): JsonObject {
  let type = "";
  let attributes: JsonObject | undefined;
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag === ((1 << 3) | LEN)) type = reader.string();
    else if (tag === ((2 << 3) | LEN)) attributes = readStructJson(reader, nestedEnd(reader));
    else reader.skipType(tag & 7);
  }
  endAt(reader, end);
  const out: JsonObject = {};
  if (attributes) out.attributes = attributes;
  if (type) out.type = type;
  return out;
}

/** JSON text with object keys sorted at every level: equal configs give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value as Json));
}

function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]!);
  return out;
}
