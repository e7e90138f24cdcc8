import type { DataManagerConfig, ServiceConfig } from "./types.ts";
import { parseDataManager } from "./parse-data-manager.ts";
import type { FieldReader } from "./reader.ts";
import { objectEntries } from "./reader.ts";
import { readModel, readResourceApi } from "./resource-api.ts";

export interface ParsedServices {
  services: ServiceConfig[];
  dataManager?: DataManagerConfig;
}

const BUILTIN_MODEL = "rdk:builtin:builtin";

/** Reads `services[]` and picks out the one data manager (the first, if there are several). */
export function parseServices(root: FieldReader): ParsedServices {
  const parsed: ParsedServices = { services: [] };
  const namePaths = new Map<string, string>();
  const list = root.array("services") ?? [];
  for (const entry of objectEntries(root.issues, root.pathOf("services"), list)) {
    const errorsBefore = entry.issues.errorCount;
    const name = entry.string("name", { required: true, nonEmpty: true });
    const api = readResourceApi(entry, "service");
    const model = readModel(entry, { required: false }) ?? BUILTIN_MODEL;
    const attributes = entry.object("attributes");
    const dependsOn = entry.strings("depends_on", { nonEmpty: true }) ?? [];
    if (entry.issues.errorCount > errorsBefore || name === undefined || api === undefined) continue;

    // Viam keeps names unique per API, so a vision service and a data manager may share one.
    const key = `${api.namespace}:${api.type}/${name}`;
    const firstPath = namePaths.get(key);
    if (firstPath !== undefined) {
      entry.issues.error(entry.pathOf("name"), `duplicate name "${name}" (first at ${firstPath})`);
      continue;
    }
    if (api.namespace === "rdk" && api.type === "data_manager") {
      const used = parsed.dataManager;
      if (used !== undefined) {
        entry.issues.error(
          entry.path,
          `more than one data manager service: "${name}" (${entry.path}) is ignored, "${used.name}" (${used.path}) is used`,
        );
        continue;
      }
      parsed.dataManager = parseDataManager(entry.path, name, attributes);
    }
    namePaths.set(key, entry.path);
    parsed.services.push({
      path: entry.path,
      name,
      namespace: api.namespace,
      type: api.type,
      model,
      attributes: attributes?.value ?? {},
      dependsOn,
    });
  }
  return parsed;
}
