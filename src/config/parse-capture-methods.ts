import type { CaptureMethodConfig } from "./types.ts";
import { childPath } from "./json-path.ts";
import type { FieldReader } from "./reader.ts";
import { objectEntries } from "./reader.ts";
import { fieldsOrShared } from "./empty-values.ts";

export interface ComponentCapture {
  captureMethods: CaptureMethodConfig[];
  retentionPolicy?: unknown;
}

const DATA_MANAGER_TYPES = new Set(["data_manager", "service:data_manager", "rdk:service:data_manager"]);

/** The additional_params a method cannot run without, by method name. */
const REQUIRED_PARAMS = new Map([
  ["Analogs", "reader_name"],
  ["Gpios", "pin_name"],
  ["DoCommand", "docommand_input"],
]);

const METHOD_KEYS = new Set(["method", "capture_frequency_hz", "cache_size_kb", "additional_params", "disabled"]);
const ATTRIBUTE_KEYS = new Set(["capture_methods", "retention_policy"]);

/** Reads a component's data manager `service_configs`. Each bad capture method is reported and skipped;
 *  its siblings are kept. */
export function parseServiceConfigs(component: FieldReader, defaultCacheSizeKb: number): ComponentCapture {
  const capture: ComponentCapture = { captureMethods: [] };
  const list = component.array("service_configs");
  if (list === undefined) return capture;
  let dataManagerPath: string | undefined;
  for (const entry of objectEntries(component.issues, component.pathOf("service_configs"), list)) {
    const type = entry.string("type", { required: true, nonEmpty: true });
    if (type === undefined) continue;
    if (!DATA_MANAGER_TYPES.has(type)) {
      entry.issues.warn(entry.pathOf("type"), `unsupported service config type "${type}"`);
      continue;
    }
    if (dataManagerPath !== undefined) {
      entry.issues.error(entry.path, `more than one data_manager service config; ${dataManagerPath} is used`);
      continue;
    }
    dataManagerPath = entry.path;
    const attributes = entry.object("attributes");
    if (attributes === undefined) continue;
    const retention = attributes.object("retention_policy");
    if (retention !== undefined) capture.retentionPolicy = retention.value;
    for (const key of attributes.otherKeys(ATTRIBUTE_KEYS)) {
      attributes.issues.warn(attributes.pathOf(key), "unknown attribute");
    }
    capture.captureMethods = parseCaptureMethods(attributes, defaultCacheSizeKb);
  }
  return capture;
}

function parseCaptureMethods(attributes: FieldReader, defaultCacheSizeKb: number): CaptureMethodConfig[] {
  const methods: CaptureMethodConfig[] = [];
  const seen = new Map<string, string>();
  const list = attributes.array("capture_methods") ?? [];
  for (const entry of objectEntries(attributes.issues, attributes.pathOf("capture_methods"), list)) {
    const method = parseCaptureMethod(entry, defaultCacheSizeKb);
    if (method === undefined) continue;
    const identity = captureIdentity(method);
    const first = seen.get(identity);
    if (first !== undefined) {
      entry.issues.error(entry.path, `duplicates ${first}`);
      continue;
    }
    seen.set(identity, entry.path);
    methods.push(method);
  }
  return methods;
}

function parseCaptureMethod(entry: FieldReader, defaultCacheSizeKb: number): CaptureMethodConfig | undefined {
  const errorsBefore = entry.issues.errorCount;
  const method = entry.string("method", { required: true, nonEmpty: true });
  const captureFrequencyHz = entry.number("capture_frequency_hz", { required: true, positive: true });
  const cacheSizeKb = entry.number("cache_size_kb", { positive: true }) ?? defaultCacheSizeKb;
  const additionalParams = fieldsOrShared(readParams(entry, method));
  const disabled = entry.boolean("disabled") ?? false;
  for (const key of entry.otherKeys(METHOD_KEYS)) entry.issues.warn(entry.pathOf(key), "unknown attribute");
  if (entry.issues.errorCount > errorsBefore || method === undefined || captureFrequencyHz === undefined) {
    return undefined;
  }
  return { path: entry.path, method, captureFrequencyHz, cacheSizeKb, additionalParams, disabled };
}

// Viam types additional_params as map<string, string>, but hand-written JSON often says
// `"pin_name": 15`; numbers and booleans are taken as their decimal/`true`/`false` text.
function readParams(entry: FieldReader, method: string | undefined): Record<string, string> {
  const params: Record<string, string> = {};
  const path = entry.pathOf("additional_params");
  const given = entry.has("additional_params");
  const reader = entry.object("additional_params");
  if (given && reader === undefined) return params;
  for (const [key, value] of Object.entries(reader?.value ?? {})) {
    // DoCommand's command is a struct, as viam-server takes it; it travels as its JSON text.
    if (method === "DoCommand" && key === "docommand_input") {
      if (typeof value === "object" && value !== null && !Array.isArray(value)) params[key] = JSON.stringify(value);
      else entry.issues.error(childPath(path, key), "must be an object: the DoCommand command, such as {\"command\": \"status\"}");
    } else if (typeof value === "string") params[key] = value;
    else if (typeof value === "number" || typeof value === "boolean") params[key] = String(value);
    else entry.issues.error(childPath(path, key), "must be a string");
  }
  const required = method === undefined ? undefined : REQUIRED_PARAMS.get(method);
  if (required === undefined) return params;
  const requiredPath = childPath(path, required);
  if (reader?.value[required] === undefined) entry.issues.error(requiredPath, `is required for ${method}`);
  else if (params[required] === "") entry.issues.error(requiredPath, "must not be empty");
  return params;
}

function captureIdentity(method: CaptureMethodConfig): string {
  const params = Object.keys(method.additionalParams)
    .sort()
    .map((key) => [key, method.additionalParams[key]]);
  return JSON.stringify([method.method, params]);
}
