import type { ComponentConfig } from "./types.ts";
import { parseServiceConfigs } from "./parse-capture-methods.ts";
import type { FieldReader } from "./reader.ts";
import { objectEntries, reportUnknownKeys } from "./reader.ts";
import { readModel, readResourceApi } from "./resource-api.ts";
import { NO_FIELDS, NO_NAMES, fieldsOrShared, namesOrShared } from "./empty-values.ts";

/** Every key Viam's config can carry on a component, read here or not. */
const COMPONENT_KEYS = Object.freeze([
  "name",
  "namespace",
  "type",
  "api",
  "model",
  "attributes",
  "depends_on",
  "service_configs",
  "frame",
  "log_configuration",
  "implicit_depends_on",
]);

/** Reads `components[]`. A component with a bad field or a name already taken is reported and skipped;
 *  its capture methods are still checked so that one pass shows every problem. */
export function parseComponents(root: FieldReader, defaultCacheSizeKb: number): ComponentConfig[] {
  const components: ComponentConfig[] = [];
  const namePaths = new Map<string, string>();
  const list = root.array("components") ?? [];
  for (const entry of objectEntries(root.issues, root.pathOf("components"), list)) {
    const errorsBefore = entry.issues.errorCount;
    reportUnknownKeys(entry, COMPONENT_KEYS, "component key");
    const name = entry.string("name", { required: true, nonEmpty: true });
    const api = readResourceApi(entry, "component");
    const model = readModel(entry, { required: true });
    const attributes = fieldsOrShared(entry.object("attributes")?.value ?? NO_FIELDS);
    const dependsOn = namesOrShared(entry.strings("depends_on", { nonEmpty: true }) ?? NO_NAMES);
    const broken = entry.issues.errorCount > errorsBefore;
    // A bad capture method costs only that method, so these errors do not count against the component.
    const capture = parseServiceConfigs(entry, defaultCacheSizeKb);
    if (broken || name === undefined || api === undefined || model === undefined) continue;

    const firstPath = namePaths.get(name);
    if (firstPath !== undefined) {
      entry.issues.error(entry.pathOf("name"), `duplicate name "${name}" (first at ${firstPath})`);
      continue;
    }
    namePaths.set(name, entry.path);
    const component: ComponentConfig = {
      path: entry.path,
      name,
      namespace: api.namespace,
      type: api.type,
      model,
      attributes,
      dependsOn,
      captureMethods: capture.captureMethods,
    };
    if (capture.retentionPolicy !== undefined) component.retentionPolicy = capture.retentionPolicy;
    components.push(component);
  }
  return components;
}
